"""Descriptors of Engine API operations, filled in by the generated code.

An :class:`OperationSpec` describes one operation of the newest spec as the
client needs it at run time: where it goes, which parameters it takes, the API
range of the operation and of each parameter, and how its response is read.
The values live in :mod:`moby_client._generated.operations`; this module only
defines their shape, so that importing it costs nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

__all__ = ["ParamLocation", "ParamSpec", "OperationSpec", "ResponseKind"]

ParamLocation = Literal["path", "query", "header", "body"]

ResponseKind = Literal[
    "json",  # one JSON document, parsed into the response model
    "json_stream",  # newline-delimited (or json-seq) JSON objects
    "frames",  # stdcopy-multiplexed or raw tty output (logs)
    "upgrade",  # connection upgrade to a raw stream (attach, exec start)
    "binary",  # a byte stream such as a tar archive
    "text",  # a short text body (ping)
    "empty",  # no body worth reading
]


@dataclass(frozen=True, slots=True)
class ParamSpec:
    """One parameter of an operation.

    Attributes:
        name: the name on the wire (``shared-size``, ``X-Registry-Auth``).
        python_name: the keyword argument of the SDK method (``shared_size``).
        location: where the value goes.
        type: the spec's type: ``string``, ``integer``, ``boolean``, ``array``,
            ``object``, or for a body the name of its model.
        required: the spec marks it required.
        since: first API version that has it.
        until: last API version that has it, ``None`` while the newest has it.
    """

    name: str
    python_name: str
    location: ParamLocation
    type: str
    required: bool = False
    since: str = "1.25"
    until: str | None = None


@dataclass(frozen=True, slots=True)
class OperationSpec:
    """One operation of the Engine API, matched across spec versions.

    Attributes:
        operation_id: the operationId in the newest spec.
        former_ids: older operationIds of the same method and path.
        method: HTTP method, upper case.
        path: path template without the version prefix, ``/containers/{id}/json``.
        tag: the spec's tag (``Container``).
        group: the client attribute it hangs on (``containers``).
        method_name: the method on that group (``inspect``).
        params: every parameter, in the order of the spec.
        body_model: model name of a JSON request body, if any.
        responses: status code to response model name (``None``: no model).
        response_kind: how the successful response is read.
        since: first API version that has the operation.
        until: last API version that has it, ``None`` while the newest has it.
        consumes: request content types of the spec.
        produces: response content types of the spec.
    """

    operation_id: str
    method: str
    path: str
    tag: str
    group: str
    method_name: str
    response_kind: ResponseKind
    params: tuple[ParamSpec, ...] = ()
    body_model: str | None = None
    responses: dict[int, str | None] = field(default_factory=dict)
    since: str = "1.25"
    until: str | None = None
    former_ids: tuple[str, ...] = ()
    consumes: tuple[str, ...] = ()
    produces: tuple[str, ...] = ()

    @property
    def dotted_name(self) -> str:
        """``group.method_name``, as users call it on a client."""
        return f"{self.group}.{self.method_name}"
