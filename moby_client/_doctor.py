"""``moby-client doctor``: what the daemon is and what the SDK can do with it.

The report names the daemon address and transport, the negotiated API
version, the engine's version, API range and components, the Moby releases
and Go module tags that speak the daemon's API version, and the operations
the SDK knows that this daemon cannot serve at the negotiated version.

Gathering (:func:`gather`) talks to the daemon through :class:`MobyClient`;
everything else is pure and works on the gathered :class:`DaemonFacts`.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TextIO

from ._apiversion import NEWEST_API_VERSION, OLDEST_API_VERSION, APIVersion
from .errors import APIVersionError, BadRequestError, ConfigurationError, MobyError

if TYPE_CHECKING:
    from ._config import TLSConfig
    from ._protocol.hosts import DaemonHost
    from ._spec import OperationSpec
    from .versions import ReleaseRecord

__all__ = [
    "DaemonFacts",
    "ReleaseMatch",
    "describe_transport",
    "gather",
    "releases_for_api",
    "render",
    "run",
    "unavailable_operations",
]

EXIT_OK = 0
EXIT_UNREACHABLE = 1
EXIT_BAD_HOST = 2

TLS_REFUSAL = "HTTP request to an HTTPS server"
"""What a TLS daemon answers to plain HTTP."""

TLS_ADVICE = (
    "this port speaks TLS: add --tlsverify --tlscacert CA --tlscert CERT "
    "--tlskey KEY (or --tls to skip checking the daemon's certificate), or set "
    "DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH to a directory with ca.pem, "
    "cert.pem and key.pem"
)


@dataclass(frozen=True)
class DaemonFacts:
    """What doctor learned about one daemon.

    Attributes:
        host: the daemon address as the SDK uses it.
        source: where the address came from (``--host``, ``DOCKER_HOST`` …).
        transport: how the SDK reaches it, in words.
        negotiated: the API version the client settled on.
        version: the daemon's ``GET /version`` answer, keyed by wire names.
        pinned_by: what fixed the API version instead of negotiation
            (``DOCKER_API_VERSION``), ``None`` when it was negotiated.
        pinned_refused: when the pinned version could not be used (the
            daemon or the SDK refused it): the pinned version and why, in one
            line; ``negotiated`` is then what negotiation gives instead.
    """

    host: str
    source: str
    transport: str
    negotiated: APIVersion
    version: Mapping[str, Any]
    pinned_by: str | None = None
    pinned_refused: tuple[APIVersion, str] | None = None

    @property
    def engine_version(self) -> str:
        """The engine's ``Version`` (``20.10.24+dfsg1``)."""
        return str(self.version.get("Version", "unknown"))

    @property
    def api_version(self) -> APIVersion | None:
        """The newest API version the daemon speaks (``ApiVersion``)."""
        return _api_or_none(self.version.get("ApiVersion"))

    @property
    def min_api_version(self) -> APIVersion | None:
        """The oldest API version the daemon accepts (``MinAPIVersion``)."""
        return _api_or_none(self.version.get("MinAPIVersion"))

    def components(self) -> list[tuple[str, str]]:
        """``(name, version)`` of each component besides the engine itself."""
        found: list[tuple[str, str]] = []
        for component in self.version.get("Components") or ():
            if not isinstance(component, Mapping):
                continue
            name = str(component.get("Name", "?"))
            if name.lower() != "engine":
                found.append((name, str(component.get("Version", "?"))))
        return found


@dataclass(frozen=True)
class ReleaseMatch:
    """Moby releases and Go module versions whose newest API is one version.

    Attributes:
        api_version: the API version looked up.
        engine_tags: Moby engine release tags, oldest first.
        modules: ``(module path, [module versions])`` in table order.
    """

    api_version: APIVersion
    engine_tags: list[str]
    modules: list[tuple[str, list[str]]]


def _api_or_none(value: object) -> APIVersion | None:
    if not isinstance(value, str):
        return None
    try:
        return APIVersion(value)
    except ValueError:
        return None


def describe_transport(host: DaemonHost, tls: TLSConfig | None) -> str:
    """Say in words how the SDK reaches ``host``."""
    if host.scheme == "unix":
        return f"unix socket {host.path}"
    if host.scheme == "ssh":
        port = f" port {host.port}" if host.port else ""
        return f"ssh to {host.host}{port}, running docker system dial-stdio there"
    if host.scheme == "npipe":
        return f"Windows named pipe {host.path}"
    if host.scheme == "fd":
        return "inherited socket (fd://)"
    if tls is not None or host.tls:
        checked = "verified" if tls is None or tls.verify else "NOT verified"
        client = " with a client certificate" if tls and tls.client_cert else ""
        return f"TCP {host.host}:{host.port} over TLS (server {checked}){client}"
    return f"TCP {host.host}:{host.port}, plain HTTP (no TLS)"


def releases_for_api(
    api_version: APIVersion, records: Iterable[ReleaseRecord] | None = None
) -> ReleaseMatch:
    """The final Moby releases and Go module tags whose newest API is ``api_version``.

    Args:
        api_version: the API version to look up.
        records: release records; ``None`` reads :func:`moby_client.versions.releases`.
    """
    if records is None:
        from .versions import releases

        records = releases()
    engine_tags: list[str] = []
    modules: dict[str, list[str]] = {}
    for record in records:
        if record.api_max != api_version or record.prerelease:
            continue
        if record.kind == "engine":
            engine_tags.append(record.tag)
        if record.module and record.module_version:
            modules.setdefault(record.module, []).append(record.module_version)
    return ReleaseMatch(api_version, engine_tags, list(modules.items()))


def unavailable_operations(
    version: APIVersion, specs: Iterable[OperationSpec]
) -> list[tuple[OperationSpec, str]]:
    """The operations a daemon cannot serve at ``version``, with the reason.

    Returns:
        ``(operation, reason)`` pairs sorted by the method path users call.
    """
    missing: list[tuple[OperationSpec, str]] = []
    for spec in specs:
        if version < spec.since:
            missing.append((spec, f"needs API {spec.since}"))
        elif spec.until is not None and version > spec.until:
            missing.append((spec, f"removed after API {spec.until}"))
    return sorted(missing, key=lambda item: item[0].dotted_name)


def _origin(source: str) -> str:
    return "the default address" if source == "default" else f"from {source}"


def _span(items: Sequence[str]) -> str:
    if len(items) <= 3:
        return ", ".join(items)
    return f"{items[0]} … {items[-1]} ({len(items)})"


def render(
    facts: DaemonFacts,
    releases: ReleaseMatch | None,
    unavailable: list[tuple[OperationSpec, str]],
    known_operations: int,
    release_note: str | None = None,
) -> str:
    """The doctor report as text.

    Args:
        facts: what was learned from the daemon.
        releases: releases speaking the daemon's API (``None``: unknown).
        unavailable: operations the daemon cannot serve, with the reason.
        known_operations: how many operations the SDK knows in all.
        release_note: what the release table says about the engine version.
    """
    lines = [
        f"host:          {facts.host} ({_origin(facts.source)})",
        f"transport:     {facts.transport}",
    ]
    os_arch = "/".join(
        str(facts.version[key]) for key in ("Os", "Arch") if facts.version.get(key)
    )
    engine = facts.engine_version + (f" ({os_arch})" if os_arch else "")
    lines.append(f"engine:        Moby {engine}")
    if release_note:
        lines.append(f"release:       {release_note}")
    api_max, api_min = facts.api_version, facts.min_api_version
    accepts = f"accepts {api_min or '?'} to {api_max or '?'}"
    lines.append(f"daemon API:    {api_max or '?'} ({accepts})")
    sdk_range = f"this SDK speaks {OLDEST_API_VERSION} to {NEWEST_API_VERSION}"
    if facts.pinned_refused is not None:
        pinned, reason = facts.pinned_refused
        if (
            api_min is not None
            and api_max is not None
            and not (api_min <= pinned <= api_max)
        ):
            why = f"is outside the daemon's range {api_min} to {api_max}"
        elif not OLDEST_API_VERSION <= pinned <= NEWEST_API_VERSION:
            why = (
                f"is outside this SDK's range {OLDEST_API_VERSION} to "
                f"{NEWEST_API_VERSION}"
            )
        else:
            why = f"was refused: {reason}"
        lines.append(f"pinned:        {pinned} (by {facts.pinned_by}) {why}")
        lines.append(
            f"negotiated:    {facts.negotiated} without the pin ({sdk_range}); "
            "the report below is for that version"
        )
    elif facts.pinned_by:
        lines.append(
            f"pinned:        {facts.negotiated} (by {facts.pinned_by}; {sdk_range})"
        )
    else:
        lines.append(f"negotiated:    {facts.negotiated} ({sdk_range})")
    components = facts.components()
    if components:
        lines.append("components:")
        lines.extend(f"  {name:<12} {version}" for name, version in components)

    if releases is not None:
        lines.append(f"API {releases.api_version} is the newest API of:")
        if releases.engine_tags:
            lines.append(f"  Moby engine  {_span(releases.engine_tags)}")
        for module, versions in releases.modules:
            lines.append(f"  Go module    {module} {_span(versions)}")
        if not releases.engine_tags and not releases.modules:
            lines.append("  no release in this SDK's table")

    if not unavailable:
        lines.append(
            f"operations:    all {known_operations} operations the SDK knows "
            f"are served at API {facts.negotiated}"
        )
    else:
        lines.append(
            f"operations:    {len(unavailable)} of {known_operations} the SDK knows "
            f"cannot be used at API {facts.negotiated}:"
        )
        width = max(len(spec.dotted_name) for spec, _ in unavailable)
        for spec, reason in unavailable:
            lines.append(
                f"  {spec.dotted_name:<{width}}  {spec.method} {spec.path}  ({reason})"
            )
    return "\n".join(lines) + "\n"


def _as_wire(value: object) -> dict[str, Any]:
    from ._model import MobyModel

    if isinstance(value, MobyModel):
        return value.to_wire()
    if isinstance(value, Mapping):
        return dict(value)
    raise MobyError(f"unexpected /version answer: {type(value).__name__}")


def gather(host: str | None = None, tls: TLSConfig | None = None) -> DaemonFacts:
    """Ask the daemon for its facts, connecting as ``MobyClient.from_env()`` does.

    When ``DOCKER_API_VERSION`` pins a version that the daemon (or the SDK)
    refuses, the daemon is asked again with negotiation, so that the report
    still shows what it is; :attr:`DaemonFacts.pinned_refused` says why.

    Args:
        host: a daemon address (any DOCKER_HOST form); ``None`` uses the
            environment (``DOCKER_HOST``, ``DOCKER_CONTEXT``, the default
            socket) and its TLS settings.
        tls: TLS settings that replace the environment's (``--tlsverify`` …).

    Raises:
        DaemonUnreachableError: no answer from the daemon.
        ConfigurationError: the address or the environment is malformed.
    """
    from ._config import resolve_environment
    from ._protocol.hosts import parse_host

    pinned: APIVersion | None = None
    if host is None:
        environment = resolve_environment()
        daemon, source = environment.host, environment.source
        tls = environment.tls if tls is None else tls
        pinned = environment.api_version
    else:
        daemon, source = parse_host(host, tls=tls is not None), "--host"
    pinned_by = "DOCKER_API_VERSION" if pinned is not None else None

    refused: tuple[APIVersion, str] | None = None
    try:
        version, negotiated = _ask(daemon.address, tls, pinned)
    except APIVersionError as exc:
        if pinned is None:
            raise
        refused = (APIVersion.coerce(pinned), _one_line(exc))
        version, negotiated = _ask(daemon.address, tls, None)
    return DaemonFacts(
        host=daemon.address,
        source=source,
        transport=describe_transport(daemon, tls),
        negotiated=negotiated,
        version=version,
        pinned_by=pinned_by,
        pinned_refused=refused,
    )


def _ask(
    address: str, tls: TLSConfig | None, api_version: APIVersion | str | None
) -> tuple[dict[str, Any], APIVersion]:
    """``GET /_ping`` and ``GET /version`` of one daemon, and the API version
    used (``api_version`` if given, else negotiated)."""
    from . import MobyClient

    with MobyClient(base_url=address, tls=tls, api_version=api_version) as client:
        client.system.ping()
        version = _as_wire(client.system.version())
        return version, APIVersion.coerce(client.api_version)


def _operation_specs() -> list[OperationSpec]:
    from ._generated.operations import OPERATION_SPECS

    return list(OPERATION_SPECS.values())


def run(
    host: str | None,
    out: TextIO | None = None,
    err: TextIO | None = None,
    *,
    tls: TLSConfig | None = None,
) -> int:
    """Print the doctor report for one daemon.

    Args:
        host: the daemon address, ``None`` for the environment's.
        out: where the report goes (standard output by default).
        err: where the one-line failure goes (standard error by default).
        tls: TLS settings replacing the environment's.

    Returns:
        0 when the daemon answered; 1 when it could not be reached (one line
        on ``err`` says why); 2 for bad input or configuration: a malformed
        address, an unknown context, a pinned API version the daemon refuses
        (the report is printed all the same), or a TLS daemon asked without
        TLS.
    """
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    try:
        facts = gather(host, tls)
    except ConfigurationError as exc:
        print(f"moby-client doctor: {exc}", file=err)
        return EXIT_BAD_HOST
    except (MobyError, OSError) as exc:
        print(f"moby-client doctor: {_one_line(exc)}", file=err)
        if isinstance(exc, BadRequestError) and TLS_REFUSAL in str(exc):
            print(f"moby-client doctor: {TLS_ADVICE}", file=err)
            return EXIT_BAD_HOST
        return EXIT_UNREACHABLE

    specs = _operation_specs()
    unavailable = unavailable_operations(facts.negotiated, specs)
    api = facts.api_version
    releases = releases_for_api(api) if api is not None else None
    out.write(
        render(
            facts,
            releases,
            unavailable,
            len(specs),
            release_note=_release_note(facts.engine_version),
        )
    )
    if facts.pinned_refused is not None:
        print(
            f"moby-client doctor: {facts.pinned_by}={facts.pinned_refused[0]} "
            "cannot be used here (see 'pinned:' above); unset it or pin a version "
            "inside both ranges",
            file=err,
        )
        return EXIT_BAD_HOST
    return EXIT_OK


def _release_note(engine_version: str) -> str | None:
    from .versions import engine_release

    try:
        return engine_release(engine_version).description
    except ValueError:
        return None


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text or type(exc).__name__
