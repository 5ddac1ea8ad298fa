# Async source: moby_client/_sync/resources/containers.py is derived from it.
"""``client.containers``: operations on containers."""

from __future__ import annotations

from ..._generated.resources_async import AsyncContainersAPI

__all__ = ["AsyncContainers"]


class AsyncContainers(AsyncContainersAPI):
    """Operations on containers."""
