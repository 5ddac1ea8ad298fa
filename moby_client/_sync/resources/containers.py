# Derived from moby_client/_async/resources/containers.py by codegen/unasync.py; do not edit.
"""``client.containers``: operations on containers, and helpers to run them.

Besides the generated operations this group has

- :meth:`Containers.run`: create, attach, start, wait and collect output;
- :meth:`Containers.attach_session`: an attached container as a session
  with stdin;
- :meth:`Containers.stats_once`: one stats sample as a model;
- :meth:`Containers.put_file`: upload one file as a streamed tar archive.

``logs`` and ``attach`` keep their generated signatures; below API 1.42 they
ask the container's ``Tty`` first, because those daemons label multiplexed
output ``raw-stream`` (retired once API 1.42 is the oldest supported).
"""

from __future__ import annotations

import difflib
import inspect
import shlex
from collections.abc import Iterable
from typing import IO, TYPE_CHECKING, Any, Literal, cast, overload

from ..._generated.operations import CONTAINER_ATTACH, CONTAINER_LOGS
from ..._generated.resources_sync import ContainersAPI
from ..._protocol.archive import (
    iter_tar_from_bytes,
    iter_tar_from_chunks,
    iter_tar_from_file,
)
from ..._results import ContainerRunResult
from ..._types import NOT_GIVEN, NotGiven
from ...errors import ContainerError, StreamError
from .._base_client import OUTPUT_CONTENT_TYPE_SINCE
from ..streams import FrameStream, HijackedSession

if TYPE_CHECKING:
    from ... import models as _models
    from ..._types import RequestOptions

__all__ = ["Containers", "ContainerRunResult"]


class _ContainerExitCode:
    """Asks the daemon for a container's exit code (for attach sessions)."""

    def __init__(self, containers: Containers, container_id: str) -> None:
        self._containers = containers
        self._container_id = container_id

    def exit_code(self) -> int | None:
        state = (self._containers.inspect(self._container_id)).state
        if state is None or state.running:
            return None
        return state.exit_code


class Containers(ContainersAPI):
    """Operations on containers."""

    __slots__ = ()

    def logs(
        self,
        id: str,
        *,
        follow: bool | NotGiven = NOT_GIVEN,
        stdout: bool | NotGiven = NOT_GIVEN,
        stderr: bool | NotGiven = NOT_GIVEN,
        since: int | NotGiven = NOT_GIVEN,
        until: int | NotGiven = NOT_GIVEN,
        timestamps: bool | NotGiven = NOT_GIVEN,
        tail: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> FrameStream:
        """Read a container's output (``GET /containers/{id}/logs``).

        Args:
            id: the container's ID or name.
            follow: keep the stream open and deliver new output as it comes.
            stdout: include stdout. When neither ``stdout`` nor ``stderr`` is
                given, both are asked for (the daemon refuses a request for
                no stream); set one to ``False`` to leave it out.
            stderr: include stderr (see ``stdout``).
            since: only output after this UNIX time (seconds).
            until: only output before this UNIX time (seconds), API 1.35+.
            timestamps: prefix each line with its time; the stream splits it
                off into :attr:`Frame.timestamp`.
            tail: only this many lines from the end (``"all"`` by default).
            options: per-request options such as a timeout.

        Returns:
            A stream of :class:`Frame` items; close it when done.
        """
        if isinstance(stdout, NotGiven) and isinstance(stderr, NotGiven):
            stdout = stderr = True
        tty = self._container_tty(id)
        stream = cast(
            FrameStream,
            self._client.request(
                CONTAINER_LOGS,
                path={"id": id},
                query={
                    "follow": follow,
                    "stdout": stdout,
                    "stderr": stderr,
                    "since": since,
                    "until": until,
                    "timestamps": timestamps,
                    "tail": tail,
                },
                headers={},
                body=NOT_GIVEN,
                response_type=None,
                options=options,
                tty=tty,
            ),
        )
        stream.timestamps = timestamps is True
        return stream

    def attach(
        self,
        id: str,
        *,
        detach_keys: str | NotGiven = NOT_GIVEN,
        logs: bool | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        stdin: bool | NotGiven = NOT_GIVEN,
        stdout: bool | NotGiven = NOT_GIVEN,
        stderr: bool | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> HijackedSession:
        """Attach to a container (``POST /containers/{id}/attach``).

        :meth:`attach_session` is the shorter way to a session with stdin.
        The daemon accepts an attach to nothing and then delivers nothing, so
        left-out flags default to a useful attach: ``stream=True`` when
        neither ``logs`` nor ``stream`` is given, and ``stdout=True,
        stderr=True`` when none of ``stdin``, ``stdout``, ``stderr`` is given.
        A flag given as ``False`` is sent as given.

        Args:
            id: the container's ID or name.
            detach_keys: the key sequence that detaches, such as ``ctrl-p,q``.
            logs: first replay the output so far.
            stream: stream output as it comes.
            stdin: attach stdin.
            stdout: attach stdout.
            stderr: attach stderr.
            options: per-request options such as a timeout.

        Returns:
            The attached session; close it when done.
        """
        if isinstance(logs, NotGiven) and isinstance(stream, NotGiven):
            stream = True
        if all(isinstance(flag, NotGiven) for flag in (stdin, stdout, stderr)):
            stdout = stderr = True
        return self._attach(
            id,
            tty=self._container_tty(id),
            detach_keys=detach_keys,
            logs=logs,
            stream=stream,
            stdin=stdin,
            stdout=stdout,
            stderr=stderr,
            options=options,
        )

    def attach_session(
        self,
        id: str,
        *,
        stdin: bool = True,
        stdout: bool = True,
        stderr: bool = True,
        logs: bool = False,
        detach_keys: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> HijackedSession:
        """Attach to a container's streams, stdin included.

        Write with :meth:`HijackedSession.write`, end the input with
        :meth:`HijackedSession.close_stdin`, read :class:`Frame` items by
        iterating; :meth:`HijackedSession.exit_code` asks the daemon for
        the exit code once the container stopped. The container needs
        ``open_stdin=True`` for stdin to reach it.

        Args:
            id: the container's ID or name.
            stdin: attach stdin.
            stdout: attach stdout.
            stderr: attach stderr.
            logs: first replay the output so far.
            detach_keys: the key sequence that detaches, such as ``ctrl-p,q``.
            options: per-request options such as a timeout.

        Returns:
            The attached session; close it when done.
        """
        return self.attach(
            id,
            stream=True,
            stdin=stdin,
            stdout=stdout,
            stderr=stderr,
            logs=logs,
            detach_keys=detach_keys,
            options=options,
        )

    @overload
    def run(
        self,
        image: str,
        cmd: list[str] | str | None = None,
        *,
        stdin: bytes | None = None,
        detach: Literal[False] = False,
        remove: bool = False,
        **create_kwargs: Any,
    ) -> ContainerRunResult: ...

    @overload
    def run(
        self,
        image: str,
        cmd: list[str] | str | None = None,
        *,
        stdin: None = None,
        detach: Literal[True],
        remove: bool = False,
        **create_kwargs: Any,
    ) -> _models.ContainerInspectResponse: ...

    def run(
        self,
        image: str,
        cmd: list[str] | str | None = None,
        *,
        stdin: bytes | None = None,
        detach: bool = False,
        remove: bool = False,
        **create_kwargs: Any,
    ) -> ContainerRunResult | _models.ContainerInspectResponse:
        """Run a command in a new container and collect what it wrote.

        The container is created, attached (stdout, stderr, and stdin when
        ``stdin`` is given), started and waited for. ``stdin`` is written
        whole and then closed before output is read: a process that writes
        more than the connection buffers hold before it has read all of its
        input would stall; stream such work through :meth:`attach_session`.
        Closing stdin needs a ``unix://``, ``tcp://`` or ``ssh://`` daemon (not
        TLS).

        Args:
            image: the image to run.
            cmd: the command; a string is split like a shell would
                (:func:`shlex.split`), ``None`` runs the image's default.
            stdin: bytes for the process's stdin, then end of input.
            detach: only create and start, and return the container's inspect
                model at once.
            remove: remove the container (and its anonymous volumes) after it
                exited, whatever the outcome.
            **create_kwargs: further keyword arguments of :meth:`create`, such
                as ``env``, ``labels``, ``working_dir``, ``user``,
                ``entrypoint``, ``tty``, ``host_config`` or ``name``; any
                other keyword raises :class:`TypeError` before anything is
                sent.

        Returns:
            A :class:`ContainerRunResult`; with ``detach=True`` the
            container's inspect model.

        Raises:
            ContainerError: the container exited with a non-zero code (it
                carries the exit code, stdout and stderr).
            ValueError: ``stdin`` together with ``detach=True``.
            TypeError: a keyword that :meth:`create` does not take.
        """
        if detach and stdin is not None:
            raise ValueError("run: stdin cannot be combined with detach=True")
        self._check_create_keywords(create_kwargs)
        if isinstance(cmd, str):
            cmd = shlex.split(cmd)
        if cmd is not None:
            create_kwargs["cmd"] = cmd
        with_stdin = stdin is not None
        if with_stdin:
            create_kwargs.update(open_stdin=True, stdin_once=True, attach_stdin=True)
        created = self.create(image=image, **create_kwargs)
        container_id = created.id
        if detach:
            self.start(container_id)
            return self.inspect(container_id)
        try:
            stdout, stderr = self._run_attached(
                container_id, stdin, tty=create_kwargs.get("tty") is True
            )
            waited = self.wait(container_id)
        finally:
            if remove:
                self.remove(container_id, force=True, v=True)
        exit_code = waited.status_code or 0
        if exit_code != 0:
            raise ContainerError(container_id, exit_code, stdout, stderr)
        return ContainerRunResult(container_id, exit_code, stdout, stderr)

    def _check_create_keywords(self, create_kwargs: dict[str, Any]) -> None:
        """Refuse a keyword :meth:`create` does not take, naming it (a typo
        would otherwise be dropped silently or fail deep inside the call)."""
        taken = set(inspect.signature(self.create).parameters) - {"image", "cmd"}
        for keyword in create_kwargs:
            if keyword in taken:
                continue
            close = difflib.get_close_matches(keyword, sorted(taken), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise TypeError(
                f"containers.run() got an unexpected keyword argument {keyword!r}"
                f" (not an argument of containers.create){hint}"
            )

    def stats_once(
        self, id: str, *, options: RequestOptions | None = None
    ) -> _models.ContainerStatsResponse:
        """One resource-usage sample of a container (``stats`` with
        ``stream=false``); ``stats()`` itself gives the stream of samples.

        Args:
            id: the container's ID or name.
            options: per-request options such as a timeout.

        Returns:
            The sample.
        """
        with self.stats(id, stream=False, options=options) as samples:
            for sample in samples:
                return sample
        raise StreamError(f"stats of {id}: the daemon sent no sample")

    def put_file(
        self,
        id: str,
        *,
        path: str,
        name: str,
        data: bytes | IO[bytes] | Iterable[bytes],
        size: int | None = None,
        mode: int = 0o644,
        options: RequestOptions | None = None,
    ) -> None:
        """Upload one file into a container as a tar archive built on the fly.

        Memory use does not grow with the file: a binary file or an iterator
        of chunks is read chunk by chunk while it is sent.

        Args:
            id: the container's ID or name.
            path: an existing directory in the container to put the file in.
            name: the file's name (may hold sub-directories).
            data: the content: bytes, a binary file (read from its current
                position), or an iterator of byte chunks (then ``size`` is
                required, since a tar header states the size first).
            size: the content's size; bytes and real files know their own.
            mode: the file's permission bits.
            options: per-request options such as a timeout.
        """
        if isinstance(data, (bytes, bytearray, memoryview)):
            archive = iter_tar_from_bytes(name, bytes(data), mode=mode)
        elif hasattr(data, "read"):
            archive = iter_tar_from_file(
                name, cast(IO[bytes], data), size=size, mode=mode
            )
        else:
            if size is None:
                raise ValueError("put_file: size is required for an iterator")
            archive = iter_tar_from_chunks(name, data, size=size, mode=mode)
        self.put_archive(id, path=path, body=archive, options=options)

    def _run_attached(
        self, container_id: str, stdin: bytes | None, *, tty: bool
    ) -> tuple[bytes, bytes]:
        session = self._attach(
            container_id,
            tty=tty,
            stream=True,
            stdin=stdin is not None,
            stdout=True,
            stderr=True,
        )
        with session:
            self.start(container_id)
            if stdin is not None:
                if stdin:
                    session.write(stdin)
                session.close_stdin()
            return session.read_all()

    def _attach(
        self,
        id: str,
        *,
        tty: bool | None,
        detach_keys: str | NotGiven = NOT_GIVEN,
        logs: bool | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        stdin: bool | NotGiven = NOT_GIVEN,
        stdout: bool | NotGiven = NOT_GIVEN,
        stderr: bool | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> HijackedSession:
        session = cast(
            HijackedSession,
            self._client.request(
                CONTAINER_ATTACH,
                path={"id": id},
                query={
                    "detachKeys": detach_keys,
                    "logs": logs,
                    "stream": stream,
                    "stdin": stdin,
                    "stdout": stdout,
                    "stderr": stderr,
                },
                headers={},
                body=NOT_GIVEN,
                response_type=None,
                options=options,
                tty=tty,
            ),
        )
        session.container_id = id
        session.exit_code_source = _ContainerExitCode(self, id)
        return session

    def _container_tty(self, id: str) -> bool | None:
        """The container's ``Tty`` when the daemon's Content-Type cannot tell
        (below API 1.42), else ``None`` (no request)."""
        version = self._client.negotiate()
        if version >= OUTPUT_CONTENT_TYPE_SINCE:
            return None
        config = (self.inspect(id)).config
        return bool(config is not None and config.tty)
