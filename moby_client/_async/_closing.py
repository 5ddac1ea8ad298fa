# Async source: moby_client/_sync/_closing.py is derived from this file.
"""The ``async with`` support shared by clients, streams and sessions."""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = ["AsyncClosable"]


class AsyncClosable:
    """An object released by ``aclose()``; ``async with`` closes it on exit."""

    __slots__ = ()

    async def aclose(self) -> None:
        """Release what the object holds."""
        raise NotImplementedError

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()
