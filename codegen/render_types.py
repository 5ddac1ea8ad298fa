"""Python source text for type expressions."""

from __future__ import annotations

import json
from collections.abc import Callable

from codegen.types import TypeExpr

__all__ = ["render_type"]


def _literal(values: tuple[str | int, ...]) -> str:
    return "Literal[" + ", ".join(json.dumps(v) for v in values) + "]"


def render_type(
    t: TypeExpr, ref: Callable[[str], str] = str, list_name: str = "list"
) -> str:
    """``t`` as a Python annotation; ``ref`` renders a model or alias name.

    ``list_name`` spells ``list`` where a method of that name shadows it.
    """
    if t.kind == "prim":
        return t.name
    if t.kind == "enum":
        # enums are open: a value a newer daemon sends never fails validation
        if not t.values:
            return t.name
        return f"{_literal(t.values)} | {t.name}"
    if t.kind == "list":
        return f"{list_name}[{render_type(t.args[0], ref, list_name)}]"
    if t.kind == "dict":
        return f"dict[str, {render_type(t.args[0], ref, list_name)}]"
    if t.kind == "ref":
        return ref(t.name)
    if t.kind == "nullable":
        inner = render_type(t.args[0], ref, list_name)
        return inner if inner == "Any" else f"{inner} | None"
    if t.kind == "union":
        return " | ".join(render_type(a, ref, list_name) for a in t.args)
    raise ValueError(f"unknown type kind {t.kind}")
