"""Which response fields are required, so that they are typed without ``None``.

Every model field is optional by default (daemons differ, and a missing field
must not fail a whole answer). A field is typed as always present only when
all of these hold:

- its model appears only in responses (never in a request body or a
  parameter, where callers build partial objects);
- every spec version in which the model exists lists the field in
  ``required`` and none marks it ``x-nullable``;
- its type is a scalar, an enum or a model: lists and maps stay optional,
  since daemons send ``null`` for empty ones (rule ``null-collections``);
- no correction of kind ``optional`` keeps it optional (a daemon that omits
  it, with the evidence).
"""

from __future__ import annotations

from collections.abc import Iterable

from codegen.operations import OperationInfo
from codegen.schema import FieldInfo, ModelInfo, ModelSet
from codegen.types import ANY, TypeExpr

__all__ = ["RequiredFields", "required_fields", "response_only_models"]

RequiredFields = dict[str, set[str]]
"""Model name → wire names of the fields typed as always present."""

_SCALAR_KINDS = frozenset({"prim", "enum", "ref"})


def _closure(roots: Iterable[str], models: ModelSet) -> set[str]:
    seen: set[str] = set()
    pending = [name for name in roots if name in models]
    while pending:
        name = pending.pop()
        if name in seen:
            continue
        seen.add(name)
        pending.extend(r for r in models[name].refs() if r in models and r not in seen)
    return seen


def _type_refs(types: Iterable[TypeExpr]) -> set[str]:
    return {name for expr in types for name in expr.refs()}


def response_only_models(
    models: ModelSet, operations: Iterable[OperationInfo]
) -> set[str]:
    """Models reachable from responses and never from a request."""
    answered: set[str] = set()
    sent: set[str] = set()
    for info in operations:
        answered.update(_type_refs(info.success_types.values()))
        answered.update(name for name in info.responses.values() if name)
        if info.stream_item:
            answered.add(info.stream_item)
        if info.body is not None:
            sent.update(_type_refs(info.body.types.values()))
        for param in info.params.values():
            sent.update(_type_refs(param.types.values()))
    return _closure(answered, models) - _closure(sent, models)


def _is_scalar(expr: TypeExpr, models: ModelSet) -> bool:
    """A scalar, an enum or an object model; an alias counts as what it names."""
    if expr.kind == "ref" and expr.name in models and models[expr.name].is_alias:
        return _is_scalar(models[expr.name].alias_type, models)
    return expr.kind in _SCALAR_KINDS and expr != ANY


def _always_required(model: ModelInfo, entry: FieldInfo, models: ModelSet) -> bool:
    if not _is_scalar(entry.type, models):
        return False
    return all(
        entry.required.get(version, False) and not entry.nullable.get(version, False)
        for version in model.versions
    )


def required_fields(
    models: ModelSet,
    operations: Iterable[OperationInfo],
    keep_optional: set[tuple[str, str]],
) -> RequiredFields:
    """The fields typed as always present, by model."""
    result: RequiredFields = {}
    for name in sorted(response_only_models(models, operations)):
        model = models[name]
        wires = {
            wire
            for wire, entry in model.fields.items()
            if (name, wire) not in keep_optional
            and _always_required(model, entry, models)
        }
        if wires:
            result[name] = wires
    return result
