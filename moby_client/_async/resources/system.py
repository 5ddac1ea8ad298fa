# Async source: moby_client/_sync/resources/system.py is derived from it.
"""``client.system``: daemon-wide operations (ping, version, info, events)."""

from __future__ import annotations

from ..._generated.resources_async import AsyncSystemAPI

__all__ = ["AsyncSystem"]


class AsyncSystem(AsyncSystemAPI):
    """Daemon-wide operations: ping, version, info, events, disk usage."""
