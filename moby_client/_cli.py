"""The ``moby-client`` command (also ``python -m moby_client``).

Subcommands:

- ``version``: the SDK's version and the Engine API range it covers;
- ``doctor [--host H]``: what a daemon is and what the SDK can do with it;
- ``compat`` and ``versions`` when :mod:`moby_client._compat_cli` is
  installed beside this module (it adds its own subcommands through
  ``add_commands(subparsers)``).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from . import __version__
from ._apiversion import NEWEST_API_VERSION, OLDEST_API_VERSION

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
    from ._doctor import run

    return run(args.host, out=args.out, err=args.err)


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
            "to --host, and report what the daemon is. Exit status 1 when the "
            "daemon cannot be reached."
        ),
    )
    doctor.add_argument(
        "--host",
        "-H",
        metavar="HOST",
        help="daemon address in any DOCKER_HOST form (unix://, tcp://, ssh://)",
    )
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
    return handler(args)
