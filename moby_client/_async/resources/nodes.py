# Async source: moby_client/_sync/resources/nodes.py is derived from it.
"""``client.nodes``: operations on swarm nodes."""

from __future__ import annotations

from ..._generated.resources_async import AsyncNodesAPI

__all__ = ["AsyncNodes"]


class AsyncNodes(AsyncNodesAPI):
    """Operations on swarm nodes."""
