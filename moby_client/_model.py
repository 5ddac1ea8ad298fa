"""The base class of every generated model.

Models follow the Engine's wire format loosely on purpose: every field is
optional, unknown fields are kept (``model_extra``), Python names are
snake_case with the wire names as aliases, and :meth:`MobyModel.to_wire` sends
only the fields the caller set, so that "left out" never turns into ``null``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict

__all__ = ["MobyModel"]


class _Hidden:
    """Stands in for a secret value in ``repr()`` and ``str()``."""

    def __repr__(self) -> str:
        return "'***'"


_HIDDEN = _Hidden()


class MobyModel(BaseModel):
    """Base of the generated Engine API models."""

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
        protected_namespaces=(),
        arbitrary_types_allowed=False,
        use_enum_values=True,
    )

    _moby_secret_fields: ClassVar[frozenset[str]] = frozenset()
    """Python and wire names of fields whose values ``repr()`` hides."""

    def __repr_args__(self) -> Iterator[tuple[str | None, Any]]:
        secret = type(self)._moby_secret_fields
        for name, value in super().__repr_args__():
            if name in secret and value is not None:
                yield name, _HIDDEN
            else:
                yield name, value

    def to_wire(self) -> dict[str, Any]:
        """The JSON-ready dict the daemon expects: wire names, set fields only."""
        return self.model_dump(by_alias=True, exclude_unset=True, mode="json")

    def __getitem__(self, wire_name: str) -> Any:
        """Read a field by its wire name (``info["ServerVersion"]``), as in the
        raw JSON; unknown fields the daemon sent are found too."""
        field_name = type(self)._wire_to_python().get(wire_name, wire_name)
        if field_name in type(self).model_fields:
            return getattr(self, field_name)
        extra = self.model_extra or {}
        if wire_name in extra:
            return extra[wire_name]
        raise KeyError(wire_name)

    @classmethod
    def _wire_name(cls, name: str) -> str:
        """The wire name of the field ``name``; ``name`` if it is no field."""
        info = cls.model_fields.get(name)
        return (info.serialization_alias or name) if info is not None else name

    @classmethod
    def _wire_to_python(cls) -> dict[str, str]:
        cached: dict[str, str] | None = cls.__dict__.get("_moby_wire_names")
        if cached is None:
            cached = {cls._wire_name(name): name for name in cls.model_fields}
            type.__setattr__(cls, "_moby_wire_names", cached)
        return cached
