# Async source: moby_client/_sync/resources/session.py is derived from it.
"""``client.session``: interactive sessions for BuildKit."""

from __future__ import annotations

from ..._generated.resources_async import AsyncSessionAPI

__all__ = ["AsyncSession"]


class AsyncSession(AsyncSessionAPI):
    """Interactive sessions for BuildKit."""
