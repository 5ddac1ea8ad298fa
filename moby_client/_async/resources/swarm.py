# Async source: moby_client/_sync/resources/swarm.py is derived from it.
"""``client.swarm``: operations on the swarm itself."""

from __future__ import annotations

from ..._generated.resources_async import AsyncSwarmAPI

__all__ = ["AsyncSwarm"]


class AsyncSwarm(AsyncSwarmAPI):
    """Operations on the swarm itself."""
