"""The ``moby-client compat`` and ``moby-client versions`` subcommands.

``compat --go-mod PATH [--host H | --engine V]`` reads a Go module's
``go.mod`` (and ``go.sum``), finds the Moby modules it builds with, and checks
each against a daemon: exit status 0 when every checked module talks to it,
1 when one will not, 2 on bad input or when the daemon gives no answer.

``versions [--engine V | --module MOD@V]`` prints what the release table
knows: one engine release, one Go module version, or (without arguments) the
engine lines with their API ranges and the client module tags.
"""

from __future__ import annotations

import argparse
import http.client
import importlib
import json
import os
import socket
import sys
from collections.abc import Sequence
from typing import Any, TextIO
from urllib.parse import urlsplit

from . import versions
from ._gomod import ModuleRequirement
from .errors import MobyError

__all__ = ["add_commands", "run_compat", "run_versions", "format_table"]

DEFAULT_HOST = "unix:///var/run/docker.sock"


def format_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Left-aligned columns separated by two spaces, one line per row."""
    widths = [len(header) for header in headers]
    for row in rows:
        widths = [
            max(width, len(cell)) for width, cell in zip(widths, row, strict=False)
        ]
    lines = [
        "  ".join(
            cell.ljust(width) for cell, width in zip(line, widths, strict=False)
        ).rstrip()
        for line in [list(headers), *rows]
    ]
    return "\n".join(lines) + "\n"


def _api_range(low: object | None, high: object | None) -> str:
    if high is None:
        return "?"
    return f"{low}-{high}" if low is not None else f"up to {high}"


def _yes_no(value: bool | None) -> str:
    return "-" if value is None else ("yes" if value else "no")


# -- the daemon's /version ---------------------------------------------------


class _UnixHTTPConnection(http.client.HTTPConnection):
    def __init__(self, path: str, timeout: float) -> None:
        super().__init__("api.moby.localhost", timeout=timeout)
        self._socket_path = path

    def connect(self) -> None:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(self.timeout)
        sock.connect(self._socket_path)
        self.sock = sock


def _read_version_directly(host: str, timeout: float = 10.0) -> dict[str, Any]:
    """``GET /version`` with the standard library, for ``unix://`` and plain
    ``tcp://`` hosts (other forms need the SDK client and its transports)."""
    parts = urlsplit(host)
    connection: http.client.HTTPConnection
    if parts.scheme == "unix":
        connection = _UnixHTTPConnection(parts.path, timeout)
    elif parts.scheme in ("tcp", "http") and parts.hostname:
        connection = http.client.HTTPConnection(
            parts.hostname, parts.port or 2375, timeout=timeout
        )
    else:
        raise ValueError(f"cannot read /version from {host!r} without the SDK client")
    try:
        connection.request("GET", "/version", headers={"Accept": "application/json"})
        response = connection.getresponse()
        body = response.read()
    except OSError as exc:
        raise ConnectionError(f"cannot reach the daemon at {host}: {exc}") from exc
    finally:
        connection.close()
    if response.status != 200:
        raise ConnectionError(f"{host}: GET /version answered {response.status}")
    answer = json.loads(body)
    if not isinstance(answer, dict):
        raise ConnectionError(f"{host}: GET /version did not answer an object")
    return answer


def _environment_host() -> str:
    host = os.environ.get("DOCKER_HOST")
    return f"DOCKER_HOST={host}" if host else "the environment's default daemon"


def fetch_daemon_version(host: str | None) -> tuple[Any, str]:
    """The daemon's ``/version`` answer and the address it came from.

    Uses ``MobyClient`` (``from_env()`` when ``host`` is ``None``) when the
    SDK client is importable, else reads ``/version`` directly from ``host``
    or ``DOCKER_HOST`` (default ``unix:///var/run/docker.sock``).
    """
    package = importlib.import_module("moby_client")
    client_class: Any = getattr(package, "MobyClient", None)
    if client_class is not None:
        client = (
            client_class.from_env() if host is None else client_class(base_url=host)
        )
        with client:
            return client.system.version(), host or _environment_host()
    address = host or os.environ.get("DOCKER_HOST") or DEFAULT_HOST
    return _read_version_directly(address), address


# -- compat ------------------------------------------------------------------


def _unchecked_reason(requirement: ModuleRequirement) -> str | None:
    """Why a requirement cannot be checked, or ``None`` when it can."""
    effective = requirement.effective
    if effective is None:
        return f"replaced by the local directory {requirement.replacement}"
    if not versions.is_moby_module(effective.path):
        return f"replaced by {effective}, a module this table does not describe"
    return None


def _compat_row(
    requirement: ModuleRequirement, daemon: Any, api_version: str | None
) -> tuple[list[str], versions.CompatibilityReport | None, str]:
    """One table row, the report (``None``: not checked) and a note."""
    effective = requirement.effective
    version = requirement.version
    if requirement.replacement is not None:
        version += f" => {requirement.replacement}"
    if requirement.source == "go.sum":
        version += " (go.sum)"
    unchecked = _unchecked_reason(requirement)
    if unchecked is not None or effective is None:
        return (
            [requirement.path, version, "?", "?", "not checked"],
            None,
            unchecked or "",
        )

    info = versions.go_module(effective)
    note = info.notes[0] if info.status != "exact" else ""
    if requirement.excluded:
        note += "; " if note else ""
        note += "this version is excluded, so Go builds a higher one"
    if info.role == "api":
        api = str(info.api_max or "?")
        return [requirement.path, version, api, "-", "types only"], None, note
    if not info.known and info.status != "newer":
        return [requirement.path, version, "?", "?", "not checked"], None, note
    if info.role == "engine" and info.required_client_module:
        # The engine module talks to daemons through the client it requires.
        version += f" (client {info.required_client_module})"
        info = versions.go_module(versions.CLIENT_MODULE, info.required_client_module)
    api = _api_range(info.api_min, info.api_max)
    negotiates = _yes_no(info.negotiates_by_default)
    report = versions.check(info, daemon, api_version=api_version)
    result = f"talks at {report.api_version}" if report.will_talk else "will not talk"
    return [requirement.path, version, api, negotiates, result], report, note


def run_compat(args: argparse.Namespace) -> int:
    """``moby-client compat``: check a go.mod's Moby modules against a daemon."""
    out: TextIO = getattr(args, "out", sys.stdout)
    err: TextIO = getattr(args, "err", sys.stderr)
    try:
        requirements = versions.moby_modules_from_go_mod(args.go_mod)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        where = exc.filename if exc.filename is not None else args.go_mod
        err.write(f"moby-client compat: cannot read {where}: {reason}\n")
        return 2
    except ValueError as exc:
        err.write(f"moby-client compat: {exc}\n")
        return 2
    if not requirements:
        err.write(
            f"moby-client compat: {args.go_mod} requires none of "
            f"{', '.join(versions.MOBY_MODULES)}\n"
        )
        return 2

    daemon: Any
    if args.engine is not None:
        daemon, where = args.engine, "engine release table"
        try:
            versions.check_sdk(daemon)
        except ValueError as exc:
            err.write(f"moby-client compat: {exc}\n")
            return 2
    else:
        try:
            daemon, where = fetch_daemon_version(args.host)
        except (OSError, ValueError, MobyError) as exc:
            err.write(f"moby-client compat: {exc}\n")
            return 2

    rows: list[list[str]] = []
    details: list[str] = []
    failed = False
    for requirement in requirements:
        try:
            row, report, note = _compat_row(requirement, daemon, args.api_version)
        except ValueError as exc:
            row, report, note = (
                [requirement.path, requirement.version, "?", "?", "not checked"],
                None,
                str(exc),
            )
        rows.append(row)
        if report is not None:
            failed = failed or not report.will_talk
            detail = str(report)
        elif note.startswith(requirement.path):
            detail = note
        else:
            detail = f"{requirement.path}@{requirement.version}: {note}" if note else ""
        if detail and detail not in details:
            details.append(detail)

    daemon_label = versions.check_sdk(daemon).daemon
    out.write(f"daemon: {daemon_label} [{where}]\n\n")
    headers = ["MODULE", "VERSION", "CLIENT API", "NEGOTIATES", "RESULT"]
    out.write(format_table(headers, rows))
    if details:
        out.write("\n" + "\n".join(details) + "\n")
    return 1 if failed else 0


# -- versions ----------------------------------------------------------------


def _write_engine(out: TextIO, text: str) -> None:
    release = versions.engine_release(text)
    out.write(release.description + "\n")
    if release.release is None:
        return
    record = release.release
    fields = [
        ("tag", record.tag),
        ("Go module", f"{record.module}@{record.module_version}".rstrip("@")),
        ("API max", str(record.api_max)),
        ("API default min", str(record.api_min or "-")),
        ("API min floor", str(record.api_min_floor or "-")),
        ("requires api module", record.api_module or "in-tree"),
        ("requires client module", record.client_module or "in-tree"),
        ("tag date", record.date or "-"),
    ]
    out.write(format_table(["FIELD", "VALUE"], [list(field) for field in fields]))


def _write_module(out: TextIO, text: str) -> None:
    info = versions.go_module(text)
    fields = [
        ("module", str(info.module)),
        ("status", info.status),
        ("facts from", info.release.tag if info.release else "-"),
        ("API max", str(info.api_max or "?")),
        ("API min", str(info.api_min or "-")),
        ("negotiates by default", _yes_no(info.negotiates_by_default)),
        ("fallback API version", str(info.fallback_api_version or "-")),
        ("requires api module", info.required_api_module or "-"),
    ]
    if info.role == "engine":
        fields.append(("requires client module", info.required_client_module))
    out.write(format_table(["FIELD", "VALUE"], [list(field) for field in fields]))
    out.write("\n" + "\n".join(f"- {note}" for note in info.notes) + "\n")


def _write_summary(out: TextIO) -> None:
    rows = []
    for line in versions.engine_lines():
        rows.append(
            [
                line.line,
                f"{line.first} .. {line.last}" if line.releases > 1 else line.first,
                str(line.releases),
                ", ".join(map(str, line.api_max)),
                ", ".join(map(str, line.api_min)),
                ", ".join(map(str, line.api_min_floor)),
                f"{line.first_date} .. {line.last_date}",
            ]
        )
    headers = ["LINE", "RELEASES", "N", "API MAX", "DEFAULT MIN", "FLOOR", "DATES"]
    out.write("Moby engine releases\n")
    out.write(format_table(headers, rows))

    client_rows = []
    for record in versions.releases():
        if record.kind != "client" or record.prerelease:
            continue
        info = versions.go_module(versions.CLIENT_MODULE, record.module_version)
        client_rows.append(
            [
                record.module_version,
                _api_range(record.api_min, record.api_max),
                _yes_no(info.negotiates_by_default),
                record.api_module,
                record.date or "-",
            ]
        )
    out.write(f"\n{versions.CLIENT_MODULE} releases\n")
    headers = ["VERSION", "API", "NEGOTIATES", "REQUIRES API MODULE", "DATE"]
    out.write(format_table(headers, client_rows))
    out.write(
        f"\n{versions.DOCKER_MODULE} vX.Y.Z+incompatible is the engine release "
        "vX.Y.Z up to v28 (its client negotiates only when asked).\n"
    )


def run_versions(args: argparse.Namespace) -> int:
    """``moby-client versions``: what the release table knows."""
    out: TextIO = getattr(args, "out", sys.stdout)
    err: TextIO = getattr(args, "err", sys.stderr)
    try:
        if args.engine is not None:
            _write_engine(out, args.engine)
        elif args.module is not None:
            _write_module(out, args.module)
        else:
            _write_summary(out)
    except ValueError as exc:
        err.write(f"moby-client versions: {exc}\n")
        return 2
    return 0


def add_commands(subparsers: Any) -> None:
    """Add ``compat`` and ``versions`` to the ``moby-client`` parser.

    Each subcommand sets ``handler`` (``(args) -> exit status``); ``args.out``
    and ``args.err`` are the streams to write to (standard ones if absent).
    """
    compat = subparsers.add_parser(
        "compat",
        help="check the Moby Go modules of a go.mod against a daemon",
        description=(
            "Read go.mod (and go.sum when go.mod lacks a Moby module), find "
            "github.com/moby/moby/client, github.com/docker/docker and the "
            "other Moby modules, and check each against the daemon. Exit "
            "status: 0 all checked modules talk, 1 one will not, 2 bad input "
            "or no answer from the daemon."
        ),
    )
    compat.add_argument(
        "--go-mod", required=True, metavar="PATH", help="go.mod file or its directory"
    )
    target = compat.add_mutually_exclusive_group()
    target.add_argument(
        "--host", "-H", metavar="HOST", help="daemon address (default: environment)"
    )
    target.add_argument(
        "--engine",
        metavar="VERSION",
        help="check against an engine release from the table instead of a daemon",
    )
    compat.add_argument(
        "--api-version",
        metavar="X.Y",
        help="the API version the Go program pins (DOCKER_API_VERSION)",
    )
    compat.set_defaults(handler=run_compat)

    versions_parser = subparsers.add_parser(
        "versions",
        help="Moby releases and Go modules with the Engine API versions they speak",
        description=(
            "Without options: the engine release lines and client module tags "
            "with their API versions."
        ),
    )
    which = versions_parser.add_mutually_exclusive_group()
    which.add_argument("--engine", metavar="VERSION", help="an engine release")
    which.add_argument(
        "--module", metavar="MODULE@VERSION", help="a Moby Go module version"
    )
    versions_parser.set_defaults(handler=run_versions)
