"""The ``moby-client`` command (also ``python -m moby_client``).

Subcommands:

- ``version``: the SDK's version and the Engine API range it covers;
- ``doctor [--host H] [--tlsverify --tlscacert F --tlscert F --tlskey F]``:
  what a daemon is and what the SDK can do with it;
- ``compat`` and ``versions`` when :mod:`moby_client._compat_cli` is
  installed beside this module (it adds its own subcommands through
  ``add_commands(subparsers)``).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TextIO

from . import __version__
from ._apiversion import NEWEST_API_VERSION, OLDEST_API_VERSION

if TYPE_CHECKING:
    from ._config import TLSConfig

__all__ = ["build_parser", "main"]

Handler = Callable[[argparse.Namespace], int]


def _version_command(args: argparse.Namespace) -> int:
    out: TextIO = args.out
    out.write(
        f"moby-client {__version__}\n"
        f"Engine API {OLDEST_API_VERSION} (oldest) to {NEWEST_API_VERSION} (newest)\n"
    )
    return 0


def _doctor_command(args: argparse.Namespace) -> int:
    from ._doctor import EXIT_BAD_HOST, run

    try:
        tls = _tls_options(args)
    except ValueError as exc:
        args.err.write(f"moby-client doctor: {exc}\n")
        return EXIT_BAD_HOST
    return run(args.host, out=args.out, err=args.err, tls=tls)


def _tls_options(args: argparse.Namespace) -> TLSConfig | None:
    """TLS settings from ``--tls``, ``--tlsverify`` and the certificate
    options, as the docker CLI reads them; ``None`` when none is given."""
    files = (args.tlscacert, args.tlscert, args.tlskey)
    if not (args.tls or args.tlsverify or any(files)):
        return None
    from ._config import TLSConfig

    for path in files:
        if path is not None and not os.path.isfile(path):
            raise ValueError(f"no such file: {path}")
    return TLSConfig(
        ca_cert=args.tlscacert,
        client_cert=args.tlscert,
        client_key=args.tlskey,
        verify=args.tlsverify or not args.tls,
    )


def _add_extension_commands(subparsers: Any) -> None:
    """Let :mod:`moby_client._compat_cli` add its subcommands, when present."""
    try:
        extension = importlib.import_module("moby_client._compat_cli")
    except ModuleNotFoundError as exc:
        if exc.name != "moby_client._compat_cli":
            raise
        return
    extension.add_commands(subparsers)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="moby-client",
        description="Inspect a Moby (Docker) daemon with the moby_client SDK.",
        epilog=(
            "exit status: 0 success; 1 the daemon cannot be reached (doctor) or "
            "a module will not talk to it (compat); 2 bad input or "
            "configuration (see each command's --help)"
        ),
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    subparsers.required = True

    version = subparsers.add_parser(
        "version", help="print the SDK version and the Engine API range it covers"
    )
    version.set_defaults(handler=_version_command)

    doctor = subparsers.add_parser(
        "doctor",
        help="describe a daemon: versions, components, operations it cannot serve",
        description=(
            "Connect as MobyClient.from_env() does (DOCKER_HOST, DOCKER_CONTEXT, "
            "DOCKER_TLS_VERIFY, DOCKER_CERT_PATH, else the default socket) or "
            "to --host, and report what the daemon is."
        ),
        epilog=(
            "exit status: 0 the daemon answered; 1 it cannot be reached; 2 bad "
            "input or configuration (malformed address, unknown context, a "
            "DOCKER_API_VERSION the daemon refuses, a TLS port asked without "
            "TLS)"
        ),
    )
    doctor.add_argument(
        "--host",
        "-H",
        metavar="HOST",
        help="daemon address in any DOCKER_HOST form (unix://, tcp://, ssh://)",
    )
    doctor.add_argument(
        "--tls",
        action="store_true",
        help="use TLS without checking the daemon's certificate",
    )
    doctor.add_argument(
        "--tlsverify",
        action="store_true",
        help="use TLS and check the daemon's certificate (implied by the "
        "certificate options unless --tls is given)",
    )
    doctor.add_argument(
        "--tlscacert", metavar="FILE", help="CA certificates to trust (PEM)"
    )
    doctor.add_argument("--tlscert", metavar="FILE", help="client certificate (PEM)")
    doctor.add_argument("--tlskey", metavar="FILE", help="client certificate's key")
    doctor.set_defaults(handler=_doctor_command)

    _add_extension_commands(subparsers)
    return parser


def main(
    argv: Sequence[str] | None = None,
    *,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Run ``moby-client`` with ``argv`` (default: the process arguments).

    Returns:
        The exit status.
    """
    args = build_parser().parse_args(argv)
    args.out = out if out is not None else sys.stdout
    args.err = err if err is not None else sys.stderr
    handler: Handler = args.handler
    try:
        status = handler(args)
        args.out.flush()
    except BrokenPipeError:
        # The reader went away (``moby-client versions | head``): nothing
        # more can be said, and Python must not fail again on its final flush.
        _silence_stdout()
        return 0
    return status


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
