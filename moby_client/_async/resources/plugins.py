# Async source: moby_client/_sync/resources/plugins.py is derived from it.
"""``client.plugins``: operations on plugins."""

from __future__ import annotations

from ..._generated.resources_async import AsyncPluginsAPI

__all__ = ["AsyncPlugins"]


class AsyncPlugins(AsyncPluginsAPI):
    """Operations on plugins."""
