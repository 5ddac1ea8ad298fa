# Derived from moby_client/_async/_closing.py by codegen/unasync.py; do not edit.
"""The ``with`` support shared by clients, streams and sessions."""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = ["Closable"]


class Closable:
    """An object released by ``close()``; ``with`` closes it on exit."""

    __slots__ = ()

    def close(self) -> None:
        """Release what the object holds."""
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
