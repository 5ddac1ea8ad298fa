# Derived from moby_client/_async/_resource.py by codegen/unasync.py; do not edit.
"""Base of the resource groups (``client.containers``, ``client.images`` …)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._base_client import BaseClient

__all__ = ["Resource"]


class Resource:
    """A group of operations sharing one client; it holds no state of its own."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client
