# Async source: moby_client/_sync/resources/exec.py is derived from it.
"""``client.exec``: operations on exec instances inside running containers."""

from __future__ import annotations

from ..._generated.resources_async import AsyncExecAPI

__all__ = ["AsyncExec"]


class AsyncExec(AsyncExecAPI):
    """Operations on exec instances inside running containers."""
