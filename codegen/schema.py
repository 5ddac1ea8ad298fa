"""Models and aliases collected from every spec version, merged into one set.

A model is the union of its fields over all versions; inline schemas (request
bodies, responses, nested objects with properties) become models named after
their owner, so the names stay the same in every version.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from codegen.naming import pascal_case
from codegen.types import ANY, TypeExpr, merge_types

__all__ = ["FieldInfo", "ModelInfo", "ModelSet", "SchemaCollector"]

_PRIMITIVES = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "file": "bytes",
}


@dataclass
class FieldInfo:
    """One wire field of a model, with its type in each version having it.

    ``required`` and ``nullable`` record, per version, whether the spec lists
    the field in ``required`` and marks it ``x-nullable``; ``also_wire`` are
    other wire spellings read into the same field (a correction's
    ``alias``).
    """

    wire_name: str
    types: dict[int, TypeExpr] = field(default_factory=dict)
    required: dict[int, bool] = field(default_factory=dict)
    nullable: dict[int, bool] = field(default_factory=dict)
    also_wire: tuple[str, ...] = ()

    @property
    def type(self) -> TypeExpr:
        """The merged type, accepting every version's."""
        return merge_types([self.types[v] for v in sorted(self.types, reverse=True)])


@dataclass
class ModelInfo:
    """A model (a class) or an alias (a non-object definition)."""

    name: str
    is_definition: bool = False
    versions: set[int] = field(default_factory=set)
    fields: dict[str, FieldInfo] = field(default_factory=dict)
    alias_types: dict[int, TypeExpr] = field(default_factory=dict)

    @property
    def is_alias(self) -> bool:
        """True for a non-object definition (an enum, a map, an array)."""
        return bool(self.alias_types) and not self.fields

    @property
    def alias_type(self) -> TypeExpr:
        """The merged type of an alias."""
        ordered = sorted(self.alias_types, reverse=True)
        return merge_types([self.alias_types[v] for v in ordered])

    def refs(self) -> set[str]:
        """Names this model or alias refers to directly."""
        names: set[str] = set()
        if self.is_alias:
            names.update(self.alias_type.refs())
        for info in self.fields.values():
            names.update(info.type.refs())
        names.discard(self.name)
        return names


ModelSet = dict[str, ModelInfo]


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


class SchemaCollector:
    """Walks the schemas of one spec version after another into a ModelSet.

    Versions are fed newest first, so that field order follows the newest spec
    and fields only older versions had come last.
    """

    def __init__(self) -> None:
        self.models: ModelSet = {}
        self._version = 0
        self._definitions: dict[str, Any] = {}

    def begin_version(self, minor: int, document: dict[str, Any]) -> None:
        """Start collecting from one spec document."""
        self._version = minor
        self._definitions = document.get("definitions", {})

    def _model(self, name: str) -> ModelInfo:
        info = self.models.get(name)
        if info is None:
            info = self.models[name] = ModelInfo(name)
        info.versions.add(self._version)
        return info

    def add_definition(self, name: str, schema: dict[str, Any]) -> None:
        """Collect one entry of ``definitions``."""
        if self._has_properties(schema):
            self._object_model(name, schema)
        else:
            alias = self.convert(schema, name, as_alias=True)
            self._model(name).alias_types[self._version] = alias
        self.models[name].is_definition = True

    def _has_properties(self, schema: dict[str, Any]) -> bool:
        if schema.get("properties"):
            return True
        parts = schema.get("allOf") or []
        # allOf with a single $ref only adds a description: it is that type
        return len(parts) > 1 or (len(parts) == 1 and "$ref" not in parts[0])

    def _flatten(
        self, schema: dict[str, Any], owner: str, seen: frozenset[str] = frozenset()
    ) -> list[tuple[str, dict[str, Any], str, bool]]:
        """Properties of a schema with ``allOf`` merged in: (wire, schema, owner,
        required)."""
        required = set(schema.get("required") or ())
        result: list[tuple[str, dict[str, Any], str, bool]] = []
        for part in schema.get("allOf", ()):
            if "$ref" in part:
                target = _ref_name(part["$ref"])
                if target in seen:
                    continue
                resolved = self._definitions.get(target, {})
                result.extend(self._flatten(resolved, target, seen | {target}))
            else:
                result.extend(self._flatten(part, owner, seen))
        result = [(w, p, o, r or w in required) for w, p, o, r in result]
        for wire, prop in (schema.get("properties") or {}).items():
            result.append((wire, prop, owner, wire in required))
        return result

    def _object_model(self, name: str, schema: dict[str, Any]) -> TypeExpr:
        info = self._model(name)
        for wire, prop, owner, required in self._flatten(schema, name):
            field_type = self.convert(prop, owner + pascal_case(wire))
            entry = info.fields.get(wire)
            if entry is None:
                entry = info.fields[wire] = FieldInfo(wire)
            entry.types[self._version] = field_type
            entry.required[self._version] = required
            entry.nullable[self._version] = bool(prop.get("x-nullable"))
        return TypeExpr("ref", name)

    def convert(
        self, schema: dict[str, Any] | None, hint: str, *, as_alias: bool = False
    ) -> TypeExpr:
        """The type of ``schema``; inline objects become models named ``hint``."""
        if not schema:
            return ANY
        if "$ref" in schema:
            return TypeExpr("ref", _ref_name(schema["$ref"]))
        if self._has_properties(schema) and not as_alias:
            return self._object_model(hint, schema)
        if len(schema.get("allOf") or ()) == 1:
            return self.convert(schema["allOf"][0], hint)
        kind = schema.get("type")
        if "enum" in schema and kind in ("string", "integer"):
            values = tuple(v for v in schema["enum"] if v is not None)
            return TypeExpr("enum", _PRIMITIVES[kind], values=values)
        if kind == "array" or "items" in schema:
            item_schema = schema.get("items")
            item = self.convert(item_schema, hint + "Item")
            if isinstance(item_schema, dict) and item_schema.get("x-nullable"):
                item = TypeExpr("nullable", args=(item,))
            return TypeExpr("list", args=(item,))
        if kind == "object" or "additionalProperties" in schema:
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                value = self.convert(extra, hint + "Value")
                if extra.get("x-nullable"):
                    value = TypeExpr("nullable", args=(value,))
                return TypeExpr("dict", args=(value,))
            return TypeExpr("dict", args=(ANY,))
        if isinstance(kind, str) and kind in _PRIMITIVES:
            return TypeExpr("prim", _PRIMITIVES[kind])
        return ANY
