# Async source: moby_client/_sync/resources/services.py is derived from it.
"""``client.services``: operations on swarm services."""

from __future__ import annotations

from ..._generated.resources_async import AsyncServicesAPI

__all__ = ["AsyncServices"]


class AsyncServices(AsyncServicesAPI):
    """Operations on swarm services."""
