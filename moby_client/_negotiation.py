"""API version negotiation and gating, free of I/O.

Negotiation reads the daemon's ``Api-Version`` from a ping and uses
``min(NEWEST_API_VERSION, daemon)``:

- a daemon older than :data:`~moby_client.OLDEST_API_VERSION` (1.25) is
  refused with :class:`~moby_client.errors.APIVersionError`: the SDK's
  bindings do not describe such daemons;
- a ping without ``Api-Version`` (a proxy that drops the header, or a daemon
  older than the header) falls back to 1.25, the oldest version the SDK
  covers, which every daemon it supports serves; a daemon that refuses it as
  too old answers with a clear
  :class:`~moby_client.errors.APIVersionMismatchError`. Pin a version with
  ``api_version=`` or ``DOCKER_API_VERSION`` to choose otherwise.

Gating refuses, before anything is sent, a call the negotiated version cannot
serve: the operation itself, each query or header parameter given, and each
request body field the caller set (walked through nested models).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from ._apiversion import NEWEST_API_VERSION, OLDEST_API_VERSION, APIVersion
from ._spec import OperationSpec, ParamSpec
from ._types import NotGiven
from .errors import APIVersionError, UnsupportedByAPIVersion

if TYPE_CHECKING:
    from ._model import MobyModel

__all__ = [
    "FALLBACK_API_VERSION",
    "DaemonInfo",
    "daemon_info_from_headers",
    "choose_api_version",
    "check_supported",
]

FALLBACK_API_VERSION: Final = OLDEST_API_VERSION
"""The version used when the daemon's ping names none."""


@dataclass(frozen=True, slots=True)
class DaemonInfo:
    """What a ping tells about the daemon.

    Attributes:
        api_version: the daemon's newest API version (``Api-Version``), if sent.
        os_type: ``linux`` or ``windows`` (``Ostype``), if sent.
        experimental: experimental features are on (``Docker-Experimental``).
        builder_version: the default builder, ``1`` or ``2``, if sent.
        swarm_state: ``inactive``, ``pending``, ``active``, ``error`` or
            ``locked`` (``Swarm``), if sent.
        swarm_control_available: this node is a swarm manager.
        server: the ``Server`` header, e.g. ``Docker/28.5.2 (linux)``.
    """

    api_version: APIVersion | None = None
    os_type: str | None = None
    experimental: bool = False
    builder_version: str | None = None
    swarm_state: str | None = None
    swarm_control_available: bool = False
    server: str | None = None


def daemon_info_from_headers(headers: Iterable[tuple[bytes, bytes]]) -> DaemonInfo:
    """Read the ping's response headers (raw ``(name, value)`` pairs)."""
    found: dict[str, str] = {}
    for name, value in headers:
        found[name.decode("latin-1").lower()] = value.decode("latin-1").strip()
    api_version: APIVersion | None = None
    raw_version = found.get("api-version")
    if raw_version:
        try:
            api_version = APIVersion(raw_version)
        except ValueError:
            api_version = None
    swarm = found.get("swarm")
    swarm_state, role = None, None
    if swarm:
        swarm_state, _, role = swarm.partition("/")
    return DaemonInfo(
        api_version=api_version,
        os_type=found.get("ostype") or None,
        experimental=found.get("docker-experimental") == "true",
        builder_version=found.get("builder-version") or None,
        swarm_state=swarm_state,
        swarm_control_available=role == "manager",
        server=found.get("server") or None,
    )


def choose_api_version(daemon: DaemonInfo) -> APIVersion:
    """The version to speak with a daemon, from its ping.

    Raises:
        APIVersionError: the daemon is older than API 1.25.
    """
    announced = daemon.api_version
    if announced is None:
        return FALLBACK_API_VERSION
    if announced < OLDEST_API_VERSION:
        raise APIVersionError(
            f"the daemon speaks API {announced}, older than {OLDEST_API_VERSION}, "
            "the oldest this SDK supports",
            client_version=str(OLDEST_API_VERSION),
            daemon_version=str(announced),
            hint="upgrade the daemon (Docker 17.03 or newer)",
        )
    return min(announced, NEWEST_API_VERSION)


_Range = tuple[tuple[int, int], tuple[int, int] | None]
_GATES: dict[int, tuple[_Range, tuple[ParamSpec, ...]]] = {}


def _as_range(since: str, until: str | None) -> _Range:
    return (
        APIVersion(since).as_tuple(),
        APIVersion(until).as_tuple() if until is not None else None,
    )


def _gates(spec: OperationSpec) -> tuple[_Range, tuple[ParamSpec, ...]]:
    """The operation's range and its parameters narrower than 1.25 onwards,
    worked out once per operation."""
    gates = _GATES.get(id(spec))
    if gates is None:
        narrow = tuple(
            p
            for p in spec.params
            if p.location in ("query", "header")
            and (p.until is not None or APIVersion(p.since) > OLDEST_API_VERSION)
        )
        gates = _GATES[id(spec)] = (_as_range(spec.since, spec.until), narrow)
    return gates


def _outside(version: tuple[int, int], known: _Range) -> bool:
    since, until = known
    return version < since or (until is not None and version > until)


def _given(value: Any) -> bool:
    return value is not None and not isinstance(value, NotGiven)


def check_supported(
    spec: OperationSpec,
    version: APIVersion,
    *,
    query: Mapping[str, Any] | None = None,
    headers: Mapping[str, Any] | None = None,
    body: Any = None,
    pinned: bool = False,
) -> None:
    """Refuse a call that ``version`` cannot serve; return quietly otherwise.

    ``pinned`` says the version was fixed by the caller, so that the error
    blames the pin rather than the daemon.

    Raises:
        UnsupportedByAPIVersion: the operation, a given parameter, or a set
            body field is outside its API range.
    """
    try:
        _check_supported(spec, version, query=query, headers=headers, body=body)
    except UnsupportedByAPIVersion as refused:
        if not pinned:
            raise
        raise UnsupportedByAPIVersion(
            operation=refused.operation,
            feature=refused.feature,
            since=refused.since,
            until=refused.until,
            negotiated=refused.negotiated,
            pinned=True,
        ) from None


def _check_supported(
    spec: OperationSpec,
    version: APIVersion,
    *,
    query: Mapping[str, Any] | None,
    headers: Mapping[str, Any] | None,
    body: Any,
) -> None:
    operation_range, narrow = _gates(spec)
    current = (version.major, version.minor)
    if _outside(current, operation_range):
        raise UnsupportedByAPIVersion(
            operation=spec.dotted_name,
            feature=f"the operation {spec.operation_id}",
            since=spec.since,
            until=spec.until,
            negotiated=str(version),
        )
    for param in narrow:
        source = query if param.location == "query" else headers
        if not source:
            continue
        value = source.get(param.name, source.get(param.python_name))
        if _given(value) and _outside(current, _as_range(param.since, param.until)):
            raise UnsupportedByAPIVersion(
                operation=spec.dotted_name,
                feature=f"the {param.location} parameter '{param.python_name}'",
                since=param.since,
                until=param.until,
                negotiated=str(version),
            )
    if body is not None and not isinstance(body, NotGiven):
        from ._model import MobyModel  # pydantic: loaded once a model exists

        if isinstance(body, MobyModel):
            _check_model(spec.dotted_name, current, str(version), body, "")


def _field_ranges() -> Mapping[str, Mapping[str, tuple[str, str | None]]]:
    from ._generated.field_ranges import FIELD_RANGES

    return FIELD_RANGES


def _check_model(
    operation: str,
    version: tuple[int, int],
    negotiated: str,
    model: MobyModel,
    prefix: str,
) -> None:
    ranges = _field_ranges().get(type(model).__name__, {})
    for name in model.model_fields_set:
        wire = type(model)._wire_name(name)
        value = getattr(model, name, None)
        known = ranges.get(wire)
        if known is not None and _given(value):
            since, until = known
            if _outside(version, _as_range(since, until)):
                raise UnsupportedByAPIVersion(
                    operation=operation,
                    feature=f"the body field '{prefix}{wire}'",
                    since=since,
                    until=until,
                    negotiated=negotiated,
                )
        _check_nested(operation, version, negotiated, value, f"{prefix}{wire}.")


def _check_nested(
    operation: str,
    version: tuple[int, int],
    negotiated: str,
    value: Any,
    prefix: str,
) -> None:
    from ._model import MobyModel

    items: Any = ()
    if isinstance(value, MobyModel):
        items = (value,)
    elif isinstance(value, (list, tuple)):
        items = value
    elif isinstance(value, dict):
        items = value.values()
    for item in items:
        if isinstance(item, MobyModel):
            _check_model(operation, version, negotiated, item, prefix)
