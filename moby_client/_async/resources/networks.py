# Async source: moby_client/_sync/resources/networks.py is derived from it.
"""``client.networks``: operations on networks."""

from __future__ import annotations

from ..._generated.resources_async import AsyncNetworksAPI

__all__ = ["AsyncNetworks"]


class AsyncNetworks(AsyncNetworksAPI):
    """Operations on networks."""
