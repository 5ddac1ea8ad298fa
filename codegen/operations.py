"""Operations matched across spec versions by method and path."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from codegen.naming import python_field_name, snake_case
from codegen.schema import ModelSet, SchemaCollector
from codegen.specs import SpecSet
from codegen.tables import (
    BINARY_BODIES,
    METHOD_RENAMES,
    PARAM_NOTES,
    RESPONSE_KINDS,
    STREAM_ITEM_MODELS,
    TAG_GROUPS,
)
from codegen.types import TypeExpr, merge_types

__all__ = ["BodyInfo", "OperationInfo", "ParamInfo", "collect"]

_METHODS = ("get", "head", "post", "put", "delete", "patch")
_RESERVED_ARGS = {"self", "body", "options"}


@dataclass
class ParamInfo:
    """A path, query or header parameter over the versions having it."""

    name: str
    location: str
    spec_type: str = "string"
    required: bool = False
    types: dict[int, TypeExpr] = field(default_factory=dict)
    python_name: str = ""

    @property
    def type(self) -> TypeExpr:
        """The merged type of every version."""
        return merge_types([self.types[v] for v in sorted(self.types, reverse=True)])


@dataclass
class BodyInfo:
    """The request body: a JSON object model, other JSON, or bytes."""

    name: str
    kind: str  # "model", "json" or "binary"
    types: dict[int, TypeExpr] = field(default_factory=dict)
    model: str | None = None

    @property
    def type(self) -> TypeExpr:
        """The merged type of every version."""
        return merge_types([self.types[v] for v in sorted(self.types, reverse=True)])


@dataclass
class OperationInfo:
    """One operation over every version having it."""

    method: str
    path: str
    operation_id: str
    ids: list[str] = field(default_factory=list)  # newest first
    versions: set[int] = field(default_factory=set)
    tag: str = ""
    params: dict[tuple[str, str], ParamInfo] = field(default_factory=dict)
    body: BodyInfo | None = None
    responses: dict[int, str | None] = field(default_factory=dict)
    success_types: dict[int, TypeExpr] = field(default_factory=dict)
    produces: tuple[str, ...] = ()
    consumes: tuple[str, ...] = ()
    group: str = ""
    method_name: str = ""
    response_kind: str = "empty"
    stream_item: str | None = None

    @property
    def former_ids(self) -> tuple[str, ...]:
        """Older operationIds, oldest last."""
        return tuple(i for i in self.ids if i != self.operation_id)

    @property
    def success_type(self) -> TypeExpr | None:
        """The merged type of the success response body, if any."""
        if not self.success_types:
            return None
        # the newest spec decides: older ones named the same shape differently
        return self.success_types[max(self.success_types)]

    @property
    def has_304(self) -> bool:
        """The operation documents "not modified" (start, stop)."""
        return 304 in self.responses


def _key(method: str, path: str) -> tuple[str, str]:
    return method.upper(), re.sub(r"\{[^}]*\}", "{}", path)


def _slot_names(specs: SpecSet) -> dict[tuple[str, str, str], str]:
    """Stable model names for inline bodies and responses.

    A slot (operation, ``Body`` or ``Response``) that refers to a definition in
    any version is named after it; otherwise the newest ``title``; otherwise
    ``<operationId>Body`` / ``<operationId>Response`` (operationId of the
    newest spec).
    """
    refs: dict[tuple[str, str, str], str] = {}
    titles: dict[tuple[str, str, str], str] = {}
    for minor in sorted(specs.documents, reverse=True):
        for path, item in specs.documents[minor]["paths"].items():
            for method, op in item.items():
                if method not in _METHODS:
                    continue
                key = _key(method, path)
                for slot, schema in _slot_schemas(op):
                    name = schema.get("$ref", "").rsplit("/", 1)[-1]
                    if name:
                        refs.setdefault((*key, slot), name)
                    elif str(schema.get("title", "")).isidentifier():
                        titles.setdefault((*key, slot), schema["title"])
    return {**titles, **refs}


def _slot_schemas(op: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    slots = []
    for param in op.get("parameters", ()):
        if param.get("in") == "body" and isinstance(param.get("schema"), dict):
            slots.append(("Body", param["schema"]))
    success = _success_schema(op)
    if success is not None:
        slots.append(("Response", success[1]))
    return slots


def _success_schema(op: dict[str, Any]) -> tuple[int, dict[str, Any]] | None:
    for status in sorted(int(s) for s in op.get("responses", {})):
        if 200 <= status < 300:
            response = op["responses"].get(status) or op["responses"].get(str(status))
            if response and isinstance(response.get("schema"), dict):
                return status, response["schema"]
    return None


def _param_type(collector: SchemaCollector, param: dict[str, Any]) -> TypeExpr:
    schema = {k: v for k, v in param.items() if k in ("type", "items", "enum")}
    return collector.convert(schema, "Param")


def collect(specs: SpecSet) -> tuple[ModelSet, dict[tuple[str, str], OperationInfo]]:
    """Collect every model and every operation of every version."""
    collector = SchemaCollector()
    operations: dict[tuple[str, str], OperationInfo] = {}
    slot_names = _slot_names(specs)
    for minor in sorted(specs.documents, reverse=True):
        document = specs.documents[minor]
        collector.begin_version(minor, document)
        for name, schema in document.get("definitions", {}).items():
            collector.add_definition(name, schema)
        for path, item in document["paths"].items():
            shared = item.get("parameters", [])
            for method, op in item.items():
                if method not in _METHODS:
                    continue
                key = _key(method, path)
                info = operations.get(key)
                if info is None:
                    info = operations[key] = OperationInfo(
                        key[0], path, op["operationId"]
                    )
                    info.tag = (op.get("tags") or [""])[0]
                    info.produces = tuple(op.get("produces", ()))
                    info.consumes = tuple(op.get("consumes", ()))
                info.versions.add(minor)
                if op["operationId"] not in info.ids:
                    info.ids.append(op["operationId"])
                _collect_operation(
                    collector,
                    info,
                    minor,
                    [*shared, *op.get("parameters", [])],
                    op,
                    slot_names,
                )
    for info in operations.values():
        _decide(info)
    return collector.models, operations


def _collect_operation(
    collector: SchemaCollector,
    info: OperationInfo,
    minor: int,
    params: list[dict[str, Any]],
    op: dict[str, Any],
    slot_names: dict[tuple[str, str, str], str],
) -> None:
    key = _key(info.method, info.path)
    for param in params:
        location = param["in"]
        if location == "body":
            schema = param.get("schema") or {}
            name = slot_names.get((*key, "Body"), info.operation_id + "Body")
            body_type = collector.convert(schema, name)
            if info.body is None:
                kind = "json"
                if info.operation_id in BINARY_BODIES:
                    kind = "binary"
                elif body_type.kind == "ref":
                    kind = "model"
                info.body = BodyInfo(param["name"], kind)
                if kind == "model":
                    info.body.model = body_type.name
            info.body.types[minor] = body_type
            continue
        if location == "formData":
            continue
        entry = info.params.get((location, param["name"]))
        if entry is None:
            entry = info.params[(location, param["name"])] = ParamInfo(
                param["name"],
                location,
                spec_type=param.get("type", "string"),
                required=bool(param.get("required")),
            )
        entry.types[minor] = _param_type(collector, param)
    for status_key, response in (op.get("responses") or {}).items():
        status = int(status_key)
        schema = (response or {}).get("schema")
        model = None
        if isinstance(schema, dict) and status < 300:
            name = slot_names.get((*key, "Response"), info.operation_id + "Response")
            converted = collector.convert(schema, name)
            if converted.kind == "ref":
                model = converted.name
        elif isinstance(schema, dict) and "$ref" in schema:
            model = schema["$ref"].rsplit("/", 1)[-1]
        info.responses.setdefault(status, model)
    success = _success_schema(op)
    if success is not None:
        name = slot_names.get((*key, "Response"), info.operation_id + "Response")
        info.success_types[minor] = collector.convert(success[1], name)


def _decide(info: OperationInfo) -> None:
    """Group, method name and response kind from the tables."""
    op_id = info.operation_id
    group = TAG_GROUPS[info.tag]
    rename = METHOD_RENAMES.get(op_id)
    if rename is not None:
        group = rename[0] or group
        info.method_name = rename[1]
    else:
        noun = info.tag
        stem = op_id[len(noun) :] if op_id.startswith(noun) else op_id
        info.method_name = snake_case(stem)
    info.group = group
    if op_id in RESPONSE_KINDS:
        info.response_kind = RESPONSE_KINDS[op_id]
    elif info.success_types:
        info.response_kind = "json"
    else:
        info.response_kind = "empty"
    info.stream_item = STREAM_ITEM_MODELS.get(op_id)
    taken = {"body", "options"}
    for param in info.params.values():
        name = python_field_name(param.name)
        if name in taken or name in _RESERVED_ARGS:
            name = f"{param.location}_{name}"
        taken.add(name)
        param.python_name = name


def check_tables(operations: dict[tuple[str, str], OperationInfo]) -> None:
    """Fail when a table names an operation no spec has.

    Raises:
        ValueError: a stale table entry.
    """
    ids = {info.operation_id for info in operations.values()}
    for table_name, table in (
        ("METHOD_RENAMES", METHOD_RENAMES),
        ("RESPONSE_KINDS", RESPONSE_KINDS),
        ("STREAM_ITEM_MODELS", STREAM_ITEM_MODELS),
        ("BINARY_BODIES", dict.fromkeys(BINARY_BODIES)),
    ):
        stale = sorted(set(table) - ids)
        if stale:
            raise ValueError(f"{table_name} names unknown operations: {stale}")
    params = {
        (info.operation_id, param.name)
        for info in operations.values()
        for param in info.params.values()
    }
    stale_notes = sorted(set(PARAM_NOTES) - params)
    if stale_notes:
        raise ValueError(f"PARAM_NOTES names unknown parameters: {stale_notes}")
    names: dict[str, str] = {}
    for info in operations.values():
        dotted = f"{info.group}.{info.method_name}"
        if dotted in names:
            raise ValueError(
                f"{dotted} is both {names[dotted]} and {info.operation_id}"
            )
        names[dotted] = info.operation_id
