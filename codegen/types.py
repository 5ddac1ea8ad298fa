"""The generator's type expressions, independent of any spec version."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

__all__ = ["TypeExpr", "ANY", "merge_types"]


@dataclass(frozen=True)
class TypeExpr:
    """A Python type the generator emits.

    Attributes:
        kind: ``prim`` (``name`` is ``str``, ``int``, ``float``, ``bool`` or
            ``Any``), ``enum`` (``name`` is the base primitive, ``values``
            the known values), ``list``, ``dict`` (string keys), ``ref`` (a
            model or alias named ``name``), ``nullable`` or ``union``.
        name: see ``kind``.
        args: element types of ``list``, ``dict``, ``nullable`` and ``union``.
        values: the known values of an ``enum``.
    """

    kind: str
    name: str = ""
    args: tuple[TypeExpr, ...] = ()
    values: tuple[str | int, ...] = ()

    def refs(self) -> Iterator[str]:
        """Names of the models and aliases this type mentions."""
        if self.kind == "ref":
            yield self.name
        for arg in self.args:
            yield from arg.refs()


ANY = TypeExpr("prim", "Any")


def _union_members(types: Iterable[TypeExpr]) -> list[TypeExpr]:
    members: list[TypeExpr] = []
    for t in types:
        for m in t.args if t.kind == "union" else (t,):
            if m not in members:
                members.append(m)
    return members


def merge_types(types: list[TypeExpr]) -> TypeExpr:
    """One type that accepts what every version of a field declared.

    ``types`` is ordered newest first. Enums of one base merge their values;
    lists and maps merge their elements; a field that was a model in one
    version and another model in another keeps the newest; anything else
    becomes a union, newest first.
    """
    distinct = list(dict.fromkeys(types))
    if len(distinct) == 1:
        return distinct[0]
    if ANY in distinct:
        # a loosely typed version ("object", no schema) adds nothing
        distinct = [t for t in distinct if t != ANY]
        if len(distinct) == 1:
            return distinct[0]
    kinds = {t.kind for t in distinct}
    if kinds == {"nullable"} or "nullable" in kinds:
        inner = [t.args[0] if t.kind == "nullable" else t for t in distinct]
        return TypeExpr("nullable", args=(merge_types(inner),))
    enums = [t for t in distinct if t.kind == "enum"]
    if (
        enums
        and all(
            t.kind == "enum" or (t.kind == "prim" and t.name == enums[0].name)
            for t in distinct
        )
        and len({t.name for t in enums}) == 1
    ):
        if any(t.kind == "prim" for t in distinct):
            # an open set in one version (log driver names): the plain type
            return TypeExpr("prim", enums[0].name)
        values: list[str | int] = []
        for t in enums:
            values.extend(v for v in t.values if v not in values)
        return TypeExpr("enum", enums[0].name, values=tuple(values))
    if kinds == {"list"}:
        return TypeExpr("list", args=(merge_types([t.args[0] for t in distinct]),))
    if kinds == {"dict"}:
        return TypeExpr("dict", args=(merge_types([t.args[0] for t in distinct]),))
    if kinds == {"ref"}:
        return distinct[0]
    members = _union_members(distinct)
    return members[0] if len(members) == 1 else TypeExpr("union", args=tuple(members))
