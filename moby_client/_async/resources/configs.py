# Async source: moby_client/_sync/resources/configs.py is derived from it.
"""``client.configs``: operations on swarm configs."""

from __future__ import annotations

from ..._generated.resources_async import AsyncConfigsAPI

__all__ = ["AsyncConfigs"]


class AsyncConfigs(AsyncConfigsAPI):
    """Operations on swarm configs."""
