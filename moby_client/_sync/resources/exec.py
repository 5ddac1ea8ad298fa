# Derived from moby_client/_async/resources/exec.py by codegen/unasync.py; do not edit.
"""``client.exec``: commands run inside running containers.

Besides the generated operations (``create``, ``start``, ``inspect``,
``resize``) this group has :meth:`Exec.run`, which runs a command and
returns its exit code and output, and :meth:`Exec.session`, which opens
an interactive session with stdin.
"""

from __future__ import annotations

import shlex
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final, cast

from ..._backends import Compat
from ..._generated.operations import EXEC_START
from ..._generated.resources_sync import ExecAPI
from ..._results import ExecResult
from ..._types import NOT_GIVEN, NotGiven
from .._base_client import OUTPUT_CONTENT_TYPE_SINCE
from ..streams import HijackedSession

if TYPE_CHECKING:
    from ... import models as _models
    from ..._types import RequestOptions

__all__ = ["Exec", "ExecResult"]

EXIT_CODE_POLL_INTERVAL: Final = 0.02
"""Seconds between exec inspections while the daemon finishes the process."""

EXIT_CODE_POLL_LIMIT: Final = 250
"""Inspections at most (about 5 seconds) before the exit code is given up."""


class _ExecExitCode:
    """Asks the daemon for an exec instance's exit code."""

    def __init__(self, exec_api: Exec, exec_id: str) -> None:
        self._exec_api = exec_api
        self._exec_id = exec_id

    def exit_code(self) -> int | None:
        info = self._exec_api.inspect(self._exec_id)
        if info.running:
            return None
        return info.exit_code


def _command(cmd: list[str] | str) -> list[str]:
    return shlex.split(cmd) if isinstance(cmd, str) else list(cmd)


class Exec(ExecAPI):
    """Commands run inside running containers."""

    __slots__ = ()

    def start(
        self,
        id: str,
        *,
        detach: bool | NotGiven | None = NOT_GIVEN,
        tty: bool | NotGiven | None = NOT_GIVEN,
        console_size: list[int] | NotGiven | None = NOT_GIVEN,
        body: _models.ExecStartConfig | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> HijackedSession:
        """Start an exec instance (``POST /exec/{id}/start``), attached.

        Below API 1.42 the daemon's Content-Type cannot tell whether the
        output is multiplexed; ``tty`` says it, and when it is left out the
        exec instance is inspected first.

        Args:
            id: the exec instance's ID.
            detach: start it detached (the session then ends at once).
            tty: the exec instance was created with a tty.
            console_size: ``[height, width]`` of the tty, API 1.42+.
            body: the whole request body; the keyword arguments above are
                merged over it.
            options: per-request options such as a timeout.

        Returns:
            The session; close it when done.
        """
        from ... import models as _models

        session = cast(
            HijackedSession,
            self._client.request(
                EXEC_START,
                path={"id": id},
                query={},
                headers={},
                body=self._client.build_body(
                    _models.ExecStartConfig,
                    body,
                    {"Detach": detach, "Tty": tty, "ConsoleSize": console_size},
                ),
                response_type=None,
                options=options,
                tty=self._exec_tty(id, tty, body),
            ),
        )
        session.exec_id = id
        session.exit_code_source = _ExecExitCode(self, id)
        return session

    def session(
        self,
        container_id: str,
        cmd: list[str] | str,
        *,
        stdin: bool = False,
        tty: bool = False,
        env: list[str] | Mapping[str, str] | NotGiven = NOT_GIVEN,
        working_dir: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        privileged: bool | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> HijackedSession:
        """Run a command in a running container and attach to it.

        Args:
            container_id: the container's ID or name.
            cmd: the command; a string is split like a shell would.
            stdin: attach stdin, to :meth:`HijackedSession.write` to it.
            tty: give the command a tty (stdout and stderr then merge).
            env: extra environment, ``["K=V"]`` or a mapping.
            working_dir: the working directory.
            user: the user (``name``, ``uid``, ``uid:gid``).
            privileged: run with extended privileges.
            options: per-request options such as a timeout.

        Returns:
            The session; :meth:`HijackedSession.exit_code` asks the daemon
            for the command's exit code once it finished.
        """
        if isinstance(env, Mapping):
            env = [f"{key}={value}" for key, value in env.items()]
        created = self.create(
            container_id,
            cmd=_command(cmd),
            attach_stdin=stdin,
            attach_stdout=True,
            attach_stderr=True,
            tty=tty,
            env=env,
            working_dir=working_dir,
            user=user,
            privileged=privileged,
            options=options,
        )
        session = self.start(created.id, detach=False, tty=tty, options=options)
        session.container_id = container_id
        return session

    def run(
        self,
        container_id: str,
        cmd: list[str] | str,
        *,
        stdin: bytes | None = None,
        tty: bool = False,
        env: list[str] | Mapping[str, str] | NotGiven = NOT_GIVEN,
        working_dir: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        privileged: bool | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> ExecResult:
        """Run a command in a running container and collect what it wrote.

        ``stdin`` is written whole and then closed before output is read; a
        command that writes more than the connection buffers hold before it
        has read all of its input would stall (use :meth:`session` to
        interleave). Closing stdin needs a ``unix://``, ``tcp://`` or
        ``ssh://`` daemon (not TLS). A non-zero exit code is returned, not
        raised.

        Args:
            container_id: the container's ID or name.
            cmd: the command; a string is split like a shell would.
            stdin: bytes for the command's stdin, then end of input.
            tty: give the command a tty (stdout and stderr then merge).
            env: extra environment, ``["K=V"]`` or a mapping.
            working_dir: the working directory.
            user: the user (``name``, ``uid``, ``uid:gid``).
            privileged: run with extended privileges.
            options: per-request options such as a timeout.

        Returns:
            The exit code and the output.
        """
        session = self.session(
            container_id,
            cmd,
            stdin=stdin is not None,
            tty=tty,
            env=env,
            working_dir=working_dir,
            user=user,
            privileged=privileged,
            options=options,
        )
        with session:
            if stdin is not None:
                if stdin:
                    session.write(stdin)
                session.close_stdin()
            stdout, stderr = session.read_all()
        exit_code = None
        for _ in range(EXIT_CODE_POLL_LIMIT):
            # The output ends a moment before the daemon records the exit.
            exit_code = session.exit_code()
            if exit_code is not None:
                break
            Compat.sleep(EXIT_CODE_POLL_INTERVAL)
        return ExecResult(exit_code, stdout, stderr)

    def _exec_tty(
        self,
        id: str,
        tty: bool | NotGiven | None,
        body: _models.ExecStartConfig | Mapping[str, Any] | NotGiven,
    ) -> bool | None:
        """The exec's ``Tty`` when the daemon's Content-Type cannot tell
        (below API 1.42), else ``None``."""
        version = self._client.negotiate()
        if version >= OUTPUT_CONTENT_TYPE_SINCE:
            return None
        if isinstance(tty, bool):
            return tty
        if isinstance(body, Mapping) and isinstance(body.get("Tty"), bool):
            return bool(body["Tty"])
        process = (self.inspect(id)).process_config
        return bool(process is not None and process.tty)
