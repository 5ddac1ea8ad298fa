"""Plain values the clients hand back, shared by ``MobyClient`` and
``AsyncMobyClient``: output frames and what ``exec.run`` and
``containers.run`` collected.

They hold no connection and import nothing heavy; the public names live in
:mod:`moby_client.streams` and at the top of :mod:`moby_client`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ._protocol.stdcopy import OutputStreamName

__all__ = ["ContainerRunResult", "ExecResult", "Frame"]


@dataclass(frozen=True, slots=True)
class Frame:
    """A piece of container output.

    Attributes:
        stream: ``"stdout"`` or ``"stderr"`` (a tty has only ``"stdout"``).
        data: the bytes as the process wrote them, never decoded.
        timestamp: the daemon's time of the log line when ``timestamps`` were
            asked for, else ``None``.
    """

    stream: OutputStreamName
    data: bytes
    timestamp: datetime | None = None


@dataclass(frozen=True, slots=True)
class ExecResult:
    """What ``client.exec.run`` collected.

    Attributes:
        exit_code: the command's exit code, ``None`` if the daemon did not
            report one in time.
        stdout: everything it wrote to stdout.
        stderr: everything it wrote to stderr (empty with a tty).
    """

    exit_code: int | None
    stdout: bytes
    stderr: bytes


@dataclass(frozen=True, slots=True)
class ContainerRunResult:
    """What ``client.containers.run`` collected from a container that exited.

    The container's ID is ``container_id`` (not ``id``): the result describes
    a run, and the container may already be removed (``remove=True``).

    Attributes:
        container_id: the container's ID.
        exit_code: its exit code (always 0: a non-zero code raises
            :class:`moby_client.ContainerError`).
        stdout: everything it wrote to stdout.
        stderr: everything it wrote to stderr (empty with a tty).
    """

    container_id: str
    exit_code: int
    stdout: bytes
    stderr: bytes
