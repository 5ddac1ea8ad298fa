"""``moby_client/_generated/resources_async.py``: one class per group."""

from __future__ import annotations

import json

from codegen.naming import pascal_case, python_field_name, upper_snake
from codegen.operations import OperationInfo, ParamInfo
from codegen.render_models import field_names
from codegen.render_types import render_type
from codegen.schema import ModelSet
from codegen.tables import PARAM_NOTES, SUMMARIES
from codegen.types import TypeExpr

__all__ = ["render_resources_async"]

_STREAM_TYPES = {
    "frames": "AsyncFrameStream",
    "binary": "AsyncByteStream",
    "upgrade": "AsyncHijackedSession",
}
_BINARY_BODY = "bytes | IO[bytes] | Iterable[bytes] | AsyncIterable[bytes]"
_LOCATION_WORDS = {"path": "path", "query": "query", "header": "header"}


class _Renderer:
    def __init__(self, models: ModelSet, newest: int) -> None:
        self.models = models
        self.newest = newest

    def ref(self, name: str) -> str:
        return f"_models.{name}"

    def type_text(self, t: TypeExpr) -> str:
        return render_type(t, self.ref, "builtins.list")

    def api_range(self, versions: set[int]) -> str:
        if max(versions) < self.newest:
            return f"API 1.{min(versions)}-1.{max(versions)}"
        return f"API 1.{min(versions)}+"

    def param_type(self, param: ParamInfo) -> str:
        if param.location == "query" and param.name == "filters":
            # filters go on the wire as JSON; the client encodes a mapping
            return "Mapping[str, Any] | str"
        return self.type_text(param.type)

    def return_type(self, info: OperationInfo) -> tuple[str, str]:
        """(annotation, response_type expression)."""
        kind = info.response_kind
        if kind == "json":
            success = info.success_type
            if success is None:
                return "Any", "None"
            text = self.type_text(success)
            if text == "Any":
                return "Any", "None"
            return text, text
        if kind == "json_stream":
            item = info.stream_item
            if item is None:
                return "AsyncJSONStream[dict[str, Any]]", "None"
            return f"AsyncJSONStream[{self.ref(item)}]", self.ref(item)
        if kind == "text":
            return "str", "str"
        if kind == "empty":
            return ("bool" if info.has_304 else "None"), "None"
        return _STREAM_TYPES[kind], "None"

    def method(self, info: OperationInfo) -> str:
        args: list[str] = ["self"]
        keyword: list[str] = []
        docs: list[str] = []
        path_items: list[str] = []
        query_items: list[str] = []
        header_items: list[str] = []
        taken = {"self", "body", "options"}
        for param in info.params.values():
            taken.add(param.python_name)
            annotation = self.param_type(param)
            rng = self.api_range(set(param.types))
            location = _LOCATION_WORDS[param.location]
            note = PARAM_NOTES.get((info.operation_id, param.name))
            docs.append(
                f"{param.python_name}: {note} ({location} parameter "
                f"``{param.name}``, {annotation}, {rng})."
                if note
                else f"{param.python_name}: {location} parameter "
                f"``{param.name}`` ({annotation}), {rng}."
            )
            entry = f"{json.dumps(param.name)}: {param.python_name}"
            if param.location == "path":
                args.append(f"{param.python_name}: {annotation}")
                path_items.append(entry)
                continue
            # a parameter the newest API dropped cannot be required of callers
            if param.required and max(param.types) >= self.newest:
                keyword.append(f"{param.python_name}: {annotation}")
            else:
                keyword.append(
                    f"{param.python_name}: {annotation} | NotGiven = NOT_GIVEN"
                )
            (query_items if param.location == "query" else header_items).append(entry)
        body_expr = "NOT_GIVEN"
        body = info.body
        if body is not None and body.kind == "model" and body.model in self.models:
            model = self.models[body.model]
            field_items: list[str] = []
            python_names = field_names(model)
            for wire, field in model.fields.items():
                name = python_field_name(wire)
                while name in taken:
                    name = "body_" + name
                taken.add(name)
                annotation = self.type_text(field.type)
                keyword.append(
                    f"{name}: {annotation} | NotGiven | None = NOT_GIVEN"
                    if annotation != "Any"
                    else f"{name}: Any | NotGiven = NOT_GIVEN"
                )
                docs.append(
                    f"{name}: body field ``{wire}`` ({annotation}), "
                    f"{self.api_range(set(field.types))}."
                )
                field_items.append(f"{json.dumps(python_names[wire])}: {name}")
            keyword.append(
                f"body: {self.ref(body.model)} | Mapping[str, Any] | NotGiven"
                " = NOT_GIVEN"
            )
            docs.append(
                "body: the whole request body; the keyword arguments above are "
                "merged over it."
            )
            body_expr = (
                f"self._client.build_body({self.ref(body.model)}, body, "
                f"{{{', '.join(field_items)}}})"
            )
        elif body is not None:
            annotation = (
                _BINARY_BODY if body.kind == "binary" else self.type_text(body.type)
            )
            keyword.append(f"body: {annotation} | NotGiven = NOT_GIVEN")
            what = "the bytes to send" if body.kind == "binary" else "the JSON body"
            docs.append(f"body: {what} ({self.api_range(set(body.types))}).")
            body_expr = "body"
        keyword.append("options: RequestOptions | None = None")
        docs.append("options: per-request options such as a timeout.")
        annotation, response_type = self.return_type(info)
        signature = ", ".join([*args, "*", *keyword])
        summary = SUMMARIES.get(info.operation_id, f"Call {info.operation_id}.")
        doc_lines = [
            f'        """{summary}',
            "",
            f"        ``{info.method} {info.path}``, {self.api_range(info.versions)}.",
        ]
        if info.former_ids:
            doc_lines.append(
                "        Former operationIds: " + ", ".join(info.former_ids) + "."
            )
        doc_lines += ["", "        Args:"]
        doc_lines += [f"            {line}" for line in docs]
        doc_lines += ["", "        Returns:", f"            {self._returns_doc(info)}"]
        doc_lines.append('        """')
        call = (
            f"await self._client.request(\n"
            f"            {upper_snake(info.operation_id)},\n"
            f"            path={{{', '.join(path_items)}}},\n"
            f"            query={{{', '.join(query_items)}}},\n"
            f"            headers={{{', '.join(header_items)}}},\n"
            f"            body={body_expr},\n"
            f"            response_type={response_type},\n"
            f"            options=options,\n"
            f"        )"
        )
        if annotation == "None":
            result = f"        {call}"
        else:
            result = f"        return cast({json.dumps(annotation)}, {call})"
        return (
            f"    async def {info.method_name}({signature}) -> {annotation}:\n"
            + "\n".join(doc_lines)
            + "\n"
            + result
            + "\n"
        )

    def _returns_doc(self, info: OperationInfo) -> str:
        kind = info.response_kind
        if kind == "empty":
            if info.has_304:
                return "True when the state changed now, False when it already was so."
            return "Nothing."
        if kind == "json":
            return "The parsed response."
        if kind == "text":
            return "The response text."
        if kind == "json_stream":
            return "A stream of parsed JSON objects; close it when done."
        if kind == "frames":
            return "A stream of output frames; close it when done."
        if kind == "binary":
            return "A stream of byte chunks; close it when done."
        return "The hijacked connection; close it when done."


def render_resources_async(
    operations: list[OperationInfo], models: ModelSet, header: str, newest: int
) -> str:
    """The async resource classes, one per group."""
    renderer = _Renderer(models, newest)
    groups: dict[str, list[OperationInfo]] = {}
    for info in operations:
        groups.setdefault(info.group, []).append(info)
    specs = sorted(upper_snake(info.operation_id) for info in operations)
    lines = [
        header,
        '"""Generated resource groups: one method per Engine API operation.',
        "",
        "Each method only packs its arguments and hands them to the client's",
        "``request()`` together with the operation's ``OperationSpec``.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "import builtins",
        "from collections.abc import AsyncIterable, Iterable, Mapping",
        "from typing import IO, TYPE_CHECKING, Any, Literal, cast",
        "",
        "from moby_client import models as _models",
        "from moby_client._async._resource import AsyncResource",
        "from moby_client._generated.operations import (",
        *[f"    {name}," for name in specs],
        ")",
        "from moby_client._types import NOT_GIVEN, NotGiven",
        "",
        "if TYPE_CHECKING:",
        "    from moby_client._types import RequestOptions",
        "    from moby_client._async.streams import (",
        "        AsyncByteStream,",
        "        AsyncFrameStream,",
        "        AsyncHijackedSession,",
        "        AsyncJSONStream,",
        "    )",
        "",
        "__all__ = ["
        + ", ".join(json.dumps(f"Async{pascal_case(g)}API") for g in sorted(groups))
        + "]",
        "",
    ]
    for group in sorted(groups):
        lines.append("")
        lines.append(f"class Async{pascal_case(group)}API(AsyncResource):")
        lines.append(f'    """Operations of ``client.{group}``."""')
        lines.append("")
        lines.append("    __slots__ = ()")
        for info in sorted(groups[group], key=lambda i: i.method_name):
            lines.append("")
            lines.append(renderer.method(info))
    return "\n".join(lines).rstrip() + "\n"
