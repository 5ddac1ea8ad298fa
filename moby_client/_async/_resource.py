# Async source: moby_client/_sync/_resource.py is derived from it.
"""Base of the resource groups (``client.containers``, ``client.images`` …)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._base_client import AsyncBaseClient

__all__ = ["AsyncResource"]


class AsyncResource:
    """A group of operations sharing one client; it holds no state of its own."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client
