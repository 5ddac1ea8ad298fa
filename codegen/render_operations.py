"""``moby_client/_generated/operations.py`` and ``docs/operations.md``."""

from __future__ import annotations

import json

from codegen.naming import upper_snake
from codegen.operations import OperationInfo
from codegen.tables import METHOD_RENAMES

__all__ = ["render_operations", "render_operations_doc"]


def _lit(value: str | None) -> str:
    return "None" if value is None else json.dumps(value)


def _range(versions: set[int], newest: int) -> tuple[str, str | None]:
    until = f"1.{max(versions)}" if max(versions) < newest else None
    return f"1.{min(versions)}", until


def _tuple(items: list[str]) -> str:
    if not items:
        return "()"
    return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"


def _spec_source(info: OperationInfo, newest: int) -> str:
    since, until = _range(info.versions, newest)
    params = []
    for param in info.params.values():
        p_since, p_until = _range(set(param.types), newest)
        params.append(
            f"ParamSpec({json.dumps(param.name)}, {json.dumps(param.python_name)}, "
            f"{json.dumps(param.location)}, {json.dumps(param.spec_type)}, "
            f"required={param.required}, since={json.dumps(p_since)}, "
            f"until={_lit(p_until)})"
        )
    if info.body is not None:
        b_since, b_until = _range(set(info.body.types), newest)
        body_type = info.body.model or info.body.kind
        params.append(
            f'ParamSpec({json.dumps(info.body.name)}, "body", "body", '
            f"{json.dumps(body_type)}, since={json.dumps(b_since)}, "
            f"until={_lit(b_until)})"
        )
    responses = ", ".join(
        f"{status}: {_lit(model)}" for status, model in sorted(info.responses.items())
    )
    return (
        f"{upper_snake(info.operation_id)} = OperationSpec(\n"
        f"    operation_id={json.dumps(info.operation_id)},\n"
        f"    method={json.dumps(info.method)},\n"
        f"    path={json.dumps(info.path)},\n"
        f"    tag={json.dumps(info.tag)},\n"
        f"    group={json.dumps(info.group)},\n"
        f"    method_name={json.dumps(info.method_name)},\n"
        f"    response_kind={json.dumps(info.response_kind)},\n"
        f"    params={_tuple(params)},\n"
        f"    body_model={_lit(info.body.model if info.body else None)},\n"
        f"    responses={{{responses}}},\n"
        f"    since={json.dumps(since)},\n"
        f"    until={_lit(until)},\n"
        f"    former_ids={_tuple([json.dumps(i) for i in info.former_ids])},\n"
        f"    consumes={_tuple([json.dumps(c) for c in info.consumes])},\n"
        f"    produces={_tuple([json.dumps(c) for c in info.produces])},\n"
        ")"
    )


def render_operations(
    operations: list[OperationInfo], header: str, versions: list[int]
) -> str:
    """One ``OperationSpec`` per operation, and the indexes over them."""
    newest = versions[-1]
    parts = [
        header,
        '"""Every Engine API operation as an ``OperationSpec``.',
        "",
        "Operations are matched across versions by method and path; they and their",
        "parameters carry the first and last API version having",
        "them; ``former_ids`` lists the operationIds older specs used.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from moby_client._spec import OperationSpec, ParamSpec",
        "",
        "API_VERSIONS: tuple[str, ...] = "
        + _tuple([json.dumps(f"1.{v}") for v in versions]),
        '"""Every API version the specs cover, oldest first."""',
        "",
    ]
    for info in operations:
        parts.append(_spec_source(info, newest))
        parts.append("")
    parts.append("OPERATION_SPECS: dict[str, OperationSpec] = {")
    for info in operations:
        parts.append(
            f"    {json.dumps(info.operation_id)}: {upper_snake(info.operation_id)},"
        )
    parts.append("}")
    parts.append('"""Every operation by its operationId in the newest spec."""')
    parts.append("")
    parts.append("OPERATIONS: dict[str, str] = {")
    for info in operations:
        parts.append(
            f"    {json.dumps(info.operation_id)}: "
            f"{json.dumps(info.group + '.' + info.method_name)},"
        )
    parts.append("}")
    parts.append('"""operationId → ``"group.method"``, as called on a client."""')
    return "\n".join(parts) + "\n"


def render_operations_doc(
    operations: list[OperationInfo], header: str, versions: list[int]
) -> str:
    """``docs/operations.md``: every operation and the method names chosen."""
    newest = versions[-1]
    lines = [
        header,
        "",
        "# Operations",
        "",
        f"Every operation of the Engine API specs 1.{versions[0]}-1.{newest}, "
        "matched across versions by method and path. `client.<group>.<method>` "
        "is the same on `MobyClient` and `AsyncMobyClient`.",
        "",
        "| operationId | method and path | client | API | former ids |",
        "|---|---|---|---|---|",
    ]
    for info in operations:
        since, until = _range(info.versions, newest)
        api = f"{since}-{until}" if until else f"{since}+"
        former = ", ".join(info.former_ids)
        lines.append(
            f"| {info.operation_id} | `{info.method} {info.path}` | "
            f"`client.{info.group}.{info.method_name}` | {api} | {former} |"
        )
    lines += [
        "",
        "## Method names",
        "",
        "A method is named after its operationId without the leading noun, in "
        "snake_case (`ContainerInspect` → `containers.inspect`). These differ:",
        "",
        "| operationId | client | why |",
        "|---|---|---|",
    ]
    by_id = {info.operation_id: info for info in operations}
    for op_id, (_, _, why) in METHOD_RENAMES.items():
        info = by_id[op_id]
        lines.append(f"| {op_id} | `client.{info.group}.{info.method_name}` | {why} |")
    lines += [
        "",
        "`containers.attach_websocket` is described for completeness; the client "
        "speaks the plain HTTP upgrade of `containers.attach`, not websockets.",
    ]
    return "\n".join(lines) + "\n"
