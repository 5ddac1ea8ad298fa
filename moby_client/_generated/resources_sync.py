# Derived by codegen/unasync.py from its async source; do not edit.
"""Generated resource groups: one method per Engine API operation.

Each method only packs its arguments and hands them to the client's
``request()`` together with the operation's ``OperationSpec``.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Mapping
from typing import IO, TYPE_CHECKING, Any, Literal, cast

from moby_client import models as _models
from moby_client._generated.operations import (
    BUILD_PRUNE,
    CONFIG_CREATE,
    CONFIG_DELETE,
    CONFIG_INSPECT,
    CONFIG_LIST,
    CONFIG_UPDATE,
    CONTAINER_ARCHIVE,
    CONTAINER_ARCHIVE_INFO,
    CONTAINER_ATTACH,
    CONTAINER_ATTACH_WEBSOCKET,
    CONTAINER_CHANGES,
    CONTAINER_CREATE,
    CONTAINER_DELETE,
    CONTAINER_EXEC,
    CONTAINER_EXPORT,
    CONTAINER_INSPECT,
    CONTAINER_KILL,
    CONTAINER_LIST,
    CONTAINER_LOGS,
    CONTAINER_PAUSE,
    CONTAINER_PRUNE,
    CONTAINER_RENAME,
    CONTAINER_RESIZE,
    CONTAINER_RESTART,
    CONTAINER_START,
    CONTAINER_STATS,
    CONTAINER_STOP,
    CONTAINER_TOP,
    CONTAINER_UNPAUSE,
    CONTAINER_UPDATE,
    CONTAINER_WAIT,
    DISTRIBUTION_INSPECT,
    EXEC_INSPECT,
    EXEC_RESIZE,
    EXEC_START,
    GET_PLUGIN_PRIVILEGES,
    IMAGE_ATTESTATIONS,
    IMAGE_BUILD,
    IMAGE_COMMIT,
    IMAGE_CREATE,
    IMAGE_DELETE,
    IMAGE_GET,
    IMAGE_GET_ALL,
    IMAGE_HISTORY,
    IMAGE_INSPECT,
    IMAGE_LIST,
    IMAGE_LOAD,
    IMAGE_PRUNE,
    IMAGE_PUSH,
    IMAGE_SEARCH,
    IMAGE_TAG,
    NETWORK_CONNECT,
    NETWORK_CREATE,
    NETWORK_DELETE,
    NETWORK_DISCONNECT,
    NETWORK_INSPECT,
    NETWORK_LIST,
    NETWORK_PRUNE,
    NODE_DELETE,
    NODE_INSPECT,
    NODE_LIST,
    NODE_UPDATE,
    PLUGIN_CREATE,
    PLUGIN_DELETE,
    PLUGIN_DISABLE,
    PLUGIN_ENABLE,
    PLUGIN_INSPECT,
    PLUGIN_LIST,
    PLUGIN_PULL,
    PLUGIN_PUSH,
    PLUGIN_SET,
    PLUGIN_UPGRADE,
    PUT_CONTAINER_ARCHIVE,
    SECRET_CREATE,
    SECRET_DELETE,
    SECRET_INSPECT,
    SECRET_LIST,
    SECRET_UPDATE,
    SERVICE_CREATE,
    SERVICE_DELETE,
    SERVICE_INSPECT,
    SERVICE_LIST,
    SERVICE_LOGS,
    SERVICE_UPDATE,
    SESSION,
    SWARM_INIT,
    SWARM_INSPECT,
    SWARM_JOIN,
    SWARM_LEAVE,
    SWARM_UNLOCK,
    SWARM_UNLOCKKEY,
    SWARM_UPDATE,
    SYSTEM_AUTH,
    SYSTEM_DATA_USAGE,
    SYSTEM_EVENTS,
    SYSTEM_INFO,
    SYSTEM_PING,
    SYSTEM_PING_HEAD,
    SYSTEM_VERSION,
    TASK_INSPECT,
    TASK_LIST,
    TASK_LOGS,
    VOLUME_CREATE,
    VOLUME_DELETE,
    VOLUME_INSPECT,
    VOLUME_LIST,
    VOLUME_PRUNE,
    VOLUME_UPDATE,
)
from moby_client._sync._resource import Resource
from moby_client._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from moby_client._sync.streams import (
        ByteStream,
        FrameStream,
        HijackedSession,
        JSONStream,
    )
    from moby_client._types import RequestOptions

__all__ = [
    "ConfigsAPI",
    "ContainersAPI",
    "DistributionAPI",
    "ExecAPI",
    "ImagesAPI",
    "NetworksAPI",
    "NodesAPI",
    "PluginsAPI",
    "SecretsAPI",
    "ServicesAPI",
    "SessionAPI",
    "SwarmAPI",
    "SystemAPI",
    "TasksAPI",
    "VolumesAPI",
]


class ConfigsAPI(Resource):
    """Operations of ``client.configs``."""

    __slots__ = ()

    def create(
        self,
        *,
        name: str | NotGiven | None = NOT_GIVEN,
        labels: dict[str, str] | NotGiven | None = NOT_GIVEN,
        data: str | builtins.list[str] | NotGiven | None = NOT_GIVEN,
        templating: _models.Driver | NotGiven | None = NOT_GIVEN,
        body: _models.ConfigCreateBody | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> _models.IDResponse:
        """Create a config.

        ``POST /configs/create``, API 1.30+.

        Args:
            name: body field ``Name`` (str), API 1.30+.
            labels: body field ``Labels`` (dict[str, str]), API 1.30+.
            data: body field ``Data`` (str | builtins.list[str]), API 1.30+.
            templating: body field ``Templating`` (_models.Driver), API 1.37+.
            body: the whole request body; the keyword arguments above are merged over it.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "_models.IDResponse",
            self._client.request(
                CONFIG_CREATE,
                path={},
                query={},
                headers={},
                body=self._client.build_body(
                    _models.ConfigCreateBody,
                    body,
                    {
                        "name": name,
                        "labels": labels,
                        "data": data,
                        "templating": templating,
                    },
                ),
                response_type=_models.IDResponse,
                options=options,
            ),
        )

    def inspect(
        self, id: str, *, options: RequestOptions | None = None
    ) -> _models.Config:
        """Inspect a config.

        ``GET /configs/{id}``, API 1.30+.

        Args:
            id: path parameter ``id`` (str), API 1.30+.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "_models.Config",
            self._client.request(
                CONFIG_INSPECT,
                path={"id": id},
                query={},
                headers={},
                body=NOT_GIVEN,
                response_type=_models.Config,
                options=options,
            ),
        )

    def list(
        self,
        *,
        filters: Mapping[str, Any] | str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> builtins.list[_models.Config]:
        """List configs.

        ``GET /configs``, API 1.30+.

        Args:
            filters: query parameter ``filters`` (Mapping[str, Any] | str), API 1.30+.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "builtins.list[_models.Config]",
            self._client.request(
                CONFIG_LIST,
                path={},
                query={"filters": filters},
                headers={},
                body=NOT_GIVEN,
                response_type=builtins.list[_models.Config],
                options=options,
            ),
        )

    def remove(self, id: str, *, options: RequestOptions | None = None) -> None:
        """Remove a config.

        ``DELETE /configs/{id}``, API 1.30+.

        Args:
            id: path parameter ``id`` (str), API 1.30+.
            options: per-request options such as a timeout.

        Returns:
            Nothing.
        """
        self._client.request(
            CONFIG_DELETE,
            path={"id": id},
            query={},
            headers={},
            body=NOT_GIVEN,
            response_type=None,
            options=options,
        )

    def update(
        self,
        id: str,
        *,
        version: int,
        name: str | NotGiven | None = NOT_GIVEN,
        labels: dict[str, str] | NotGiven | None = NOT_GIVEN,
        data: str | builtins.list[str] | NotGiven | None = NOT_GIVEN,
        templating: _models.Driver | NotGiven | None = NOT_GIVEN,
        body: _models.ConfigSpec | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> None:
        """Update a config.

        ``POST /configs/{id}/update``, API 1.30+.

        Args:
            id: path parameter ``id`` (str), API 1.30+.
            version: query parameter ``version`` (int), API 1.30+.
            name: body field ``Name`` (str), API 1.30+.
            labels: body field ``Labels`` (dict[str, str]), API 1.30+.
            data: body field ``Data`` (str | builtins.list[str]), API 1.30+.
            templating: body field ``Templating`` (_models.Driver), API 1.37+.
            body: the whole request body; the keyword arguments above are merged over it.
            options: per-request options such as a timeout.

        Returns:
            Nothing.
        """
        self._client.request(
            CONFIG_UPDATE,
            path={"id": id},
            query={"version": version},
            headers={},
            body=self._client.build_body(
                _models.ConfigSpec,
                body,
                {
                    "name": name,
                    "labels": labels,
                    "data": data,
                    "templating": templating,
                },
            ),
            response_type=None,
            options=options,
        )


class ContainersAPI(Resource):
    """Operations of ``client.containers``."""

    __slots__ = ()

    def archive_info(
        self, id: str, *, path: str, options: RequestOptions | None = None
    ) -> None:
        """Stat a path inside a container.

        ``HEAD /containers/{id}/archive``, API 1.25+.
        Former operationIds: ContainerArchiveHead.

        Args:
            id: path parameter ``id`` (str), API 1.25+.
            path: query parameter ``path`` (str), API 1.25+.
            options: per-request options such as a timeout.

        Returns:
            Nothing.
        """
        self._client.request(
            CONTAINER_ARCHIVE_INFO,
            path={"id": id},
            query={"path": path},
            headers={},
            body=NOT_GIVEN,
            response_type=None,
            options=options,
        )

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
        """Attach to a container's standard streams.

        ``POST /containers/{id}/attach``, API 1.25+.

        Args:
            id: path parameter ``id`` (str), API 1.25+.
            detach_keys: query parameter ``detachKeys`` (str), API 1.25+.
            logs: query parameter ``logs`` (bool), API 1.25+.
            stream: query parameter ``stream`` (bool), API 1.25+.
            stdin: query parameter ``stdin`` (bool), API 1.25+.
            stdout: query parameter ``stdout`` (bool), API 1.25+.
            stderr: query parameter ``stderr`` (bool), API 1.25+.
            options: per-request options such as a timeout.

        Returns:
            The hijacked connection; close it when done.
        """
        return cast(
            "HijackedSession",
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
            ),
        )

    def attach_websocket(
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
        """Attach to a container over a websocket.

        ``GET /containers/{id}/attach/ws``, API 1.25+.

        Args:
            id: path parameter ``id`` (str), API 1.25+.
            detach_keys: query parameter ``detachKeys`` (str), API 1.25+.
            logs: query parameter ``logs`` (bool), API 1.25+.
            stream: query parameter ``stream`` (bool), API 1.25+.
            stdin: query parameter ``stdin`` (bool), API 1.42+.
            stdout: query parameter ``stdout`` (bool), API 1.42+.
            stderr: query parameter ``stderr`` (bool), API 1.42+.
            options: per-request options such as a timeout.

        Returns:
            The hijacked connection; close it when done.
        """
        return cast(
            "HijackedSession",
            self._client.request(
                CONTAINER_ATTACH_WEBSOCKET,
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
            ),
        )

    def changes(
        self, id: str, *, options: RequestOptions | None = None
    ) -> builtins.list[_models.FilesystemChange]:
        """List the filesystem changes of a container.

        ``GET /containers/{id}/changes``, API 1.25+.

        Args:
            id: path parameter ``id`` (str), API 1.25+.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "builtins.list[_models.FilesystemChange]",
            self._client.request(
                CONTAINER_CHANGES,
                path={"id": id},
                query={},
                headers={},
                body=NOT_GIVEN,
                response_type=builtins.list[_models.FilesystemChange],
                options=options,
            ),
        )

    def create(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        platform: str | NotGiven = NOT_GIVEN,
        hostname: str | NotGiven | None = NOT_GIVEN,
        domainname: str | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven | None = NOT_GIVEN,
        attach_stdin: bool | NotGiven | None = NOT_GIVEN,
        attach_stdout: bool | NotGiven | None = NOT_GIVEN,
        attach_stderr: bool | NotGiven | None = NOT_GIVEN,
        exposed_ports: dict[str, dict[str, Any]] | NotGiven | None = NOT_GIVEN,
        tty: bool | NotGiven | None = NOT_GIVEN,
        open_stdin: bool | NotGiven | None = NOT_GIVEN,
        stdin_once: bool | NotGiven | None = NOT_GIVEN,
        env: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        cmd: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        healthcheck: _models.HealthConfig | NotGiven | None = NOT_GIVEN,
        args_escaped: bool | NotGiven | None = NOT_GIVEN,
        image: str | NotGiven | None = NOT_GIVEN,
        volumes: dict[str, dict[str, Any]]
        | _models.ContainerConfigVolumes
        | _models.ConfigVolumes
        | NotGiven
        | None = NOT_GIVEN,
        working_dir: str | NotGiven | None = NOT_GIVEN,
        entrypoint: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        network_disabled: bool | NotGiven | None = NOT_GIVEN,
        on_build: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        labels: dict[str, str] | NotGiven | None = NOT_GIVEN,
        stop_signal: str | NotGiven | None = NOT_GIVEN,
        stop_timeout: int | NotGiven | None = NOT_GIVEN,
        shell: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        host_config: _models.HostConfig | NotGiven | None = NOT_GIVEN,
        networking_config: _models.NetworkingConfig | NotGiven | None = NOT_GIVEN,
        mac_address: str | NotGiven | None = NOT_GIVEN,
        body: _models.ContainerCreateBody | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> _models.ContainerCreateResponse:
        """Create a container.

        ``POST /containers/create``, API 1.25+.

        Args:
            name: the new container's name; left out, the daemon picks one (query parameter ``name``, str, API 1.25+).
            platform: query parameter ``platform`` (str), API 1.41+.
            hostname: body field ``Hostname`` (str), API 1.25+.
            domainname: body field ``Domainname`` (str), API 1.25+.
            user: body field ``User`` (str), API 1.25+.
            attach_stdin: body field ``AttachStdin`` (bool), API 1.25+.
            attach_stdout: body field ``AttachStdout`` (bool), API 1.25+.
            attach_stderr: body field ``AttachStderr`` (bool), API 1.25+.
            exposed_ports: body field ``ExposedPorts`` (dict[str, dict[str, Any]]), API 1.25+.
            tty: body field ``Tty`` (bool), API 1.25+.
            open_stdin: body field ``OpenStdin`` (bool), API 1.25+.
            stdin_once: body field ``StdinOnce`` (bool), API 1.25+.
            env: body field ``Env`` (builtins.list[str]), API 1.25+.
            cmd: body field ``Cmd`` (builtins.list[str]), API 1.25+.
            healthcheck: body field ``Healthcheck`` (_models.HealthConfig), API 1.25+.
            args_escaped: body field ``ArgsEscaped`` (bool), API 1.25+.
            image: body field ``Image`` (str), API 1.25+.
            volumes: body field ``Volumes`` (dict[str, dict[str, Any]] | _models.ContainerConfigVolumes | _models.ConfigVolumes), API 1.25+.
            working_dir: body field ``WorkingDir`` (str), API 1.25+.
            entrypoint: body field ``Entrypoint`` (builtins.list[str]), API 1.25+.
            network_disabled: body field ``NetworkDisabled`` (bool), API 1.25+.
            on_build: body field ``OnBuild`` (builtins.list[str]), API 1.25+.
            labels: body field ``Labels`` (dict[str, str]), API 1.25+.
            stop_signal: body field ``StopSignal`` (str), API 1.25+.
            stop_timeout: body field ``StopTimeout`` (int), API 1.25+.
            shell: body field ``Shell`` (builtins.list[str]), API 1.25+.
            host_config: body field ``HostConfig`` (_models.HostConfig), API 1.25+.
            networking_config: body field ``NetworkingConfig`` (_models.NetworkingConfig), API 1.25+.
            mac_address: body field ``MacAddress`` (str), API 1.25-1.51.
            body: the whole request body; the keyword arguments above are merged over it.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "_models.ContainerCreateResponse",
            self._client.request(
                CONTAINER_CREATE,
                path={},
                query={"name": name, "platform": platform},
                headers={},
                body=self._client.build_body(
                    _models.ContainerCreateBody,
                    body,
                    {
                        "hostname": hostname,
                        "domainname": domainname,
                        "user": user,
                        "attach_stdin": attach_stdin,
                        "attach_stdout": attach_stdout,
                        "attach_stderr": attach_stderr,
                        "exposed_ports": exposed_ports,
                        "tty": tty,
                        "open_stdin": open_stdin,
                        "stdin_once": stdin_once,
                        "env": env,
                        "cmd": cmd,
                        "healthcheck": healthcheck,
                        "args_escaped": args_escaped,
                        "image": image,
                        "volumes": volumes,
                        "working_dir": working_dir,
                        "entrypoint": entrypoint,
                        "network_disabled": network_disabled,
                        "on_build": on_build,
                        "labels": labels,
                        "stop_signal": stop_signal,
                        "stop_timeout": stop_timeout,
                        "shell": shell,
                        "host_config": host_config,
                        "networking_config": networking_config,
                        "mac_address": mac_address,
                    },
                ),
                response_type=_models.ContainerCreateResponse,
                options=options,
            ),
        )

    def export(self, id: str, *, options: RequestOptions | None = None) -> ByteStream:
        """Export a container's filesystem as a tar archive.

        ``GET /containers/{id}/export``, API 1.25+.

        Args:
            id: path parameter ``id`` (str), API 1.25+.
            options: per-request options such as a timeout.

        Returns:
            A stream of byte chunks; close it when done.
        """
        return cast(
            "ByteStream",
            self._client.request(
                CONTAINER_EXPORT,
                path={"id": id},
                query={},
                headers={},
                body=NOT_GIVEN,
                response_type=None,
                options=options,
            ),
        )

    def get_archive(
        self, id: str, *, path: str, options: RequestOptions | None = None
    ) -> ByteStream:
        """Read a path of a container as a tar archive.

        ``GET /containers/{id}/archive``, API 1.25+.
        Former operationIds: ContainerGetArchive.

        Args:
            id: path parameter ``id`` (str), API 1.25+.
            path: the file or directory in the container (query parameter ``path``, str, API 1.25+).
            options: per-request options such as a timeout.

        Returns:
            A stream of byte chunks; close it when done.
        """
        return cast(
            "ByteStream",
            self._client.request(
                CONTAINER_ARCHIVE,
                path={"id": id},
                query={"path": path},
                headers={},
                body=NOT_GIVEN,
                response_type=None,
                options=options,
            ),
        )

    def inspect(
        self,
        id: str,
        *,
        size: bool | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> _models.ContainerInspectResponse:
        """Inspect a container.

        ``GET /containers/{id}/json``, API 1.25+.

        Args:
            id: path parameter ``id`` (str), API 1.25+.
            size: also report the sizes (slower) (query parameter ``size``, bool, API 1.25+).
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "_models.ContainerInspectResponse",
            self._client.request(
                CONTAINER_INSPECT,
                path={"id": id},
                query={"size": size},
                headers={},
                body=NOT_GIVEN,
                response_type=_models.ContainerInspectResponse,
                options=options,
            ),
        )

    def kill(
        self,
        id: str,
        *,
        signal: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> None:
        """Send a signal to a container.

        ``POST /containers/{id}/kill``, API 1.25+.

        Args:
            id: path parameter ``id`` (str), API 1.25+.
            signal: the signal, by name or number (``SIGKILL`` when left out) (query parameter ``signal``, str, API 1.25+).
            options: per-request options such as a timeout.

        Returns:
            Nothing.
        """
        self._client.request(
            CONTAINER_KILL,
            path={"id": id},
            query={"signal": signal},
            headers={},
            body=NOT_GIVEN,
            response_type=None,
            options=options,
        )

    def list(
        self,
        *,
        all: bool | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        size: bool | NotGiven = NOT_GIVEN,
        filters: Mapping[str, Any] | str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> builtins.list[_models.ContainerSummary]:
        """List containers.

        ``GET /containers/json``, API 1.25+.

        Args:
            all: also list stopped containers (query parameter ``all``, bool, API 1.25+).
            limit: at most this many, the newest first (query parameter ``limit``, int, API 1.25+).
            size: also report the sizes (slower) (query parameter ``size``, bool, API 1.25+).
            filters: which containers, a mapping such as ``{'label': ['a=b']}`` (query parameter ``filters``, Mapping[str, Any] | str, API 1.25+).
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "builtins.list[_models.ContainerSummary]",
            self._client.request(
                CONTAINER_LIST,
                path={},
                query={"all": all, "limit": limit, "size": size, "filters": filters},
                headers={},
                body=NOT_GIVEN,
                response_type=builtins.list[_models.ContainerSummary],
                options=options,
            ),
        )

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
        """Read a container's logs.

        ``GET /containers/{id}/logs``, API 1.25+.

        Args:
            id: path parameter ``id`` (str), API 1.25+.
            follow: query parameter ``follow`` (bool), API 1.25+.
            stdout: query parameter ``stdout`` (bool), API 1.25+.
            stderr: query parameter ``stderr`` (bool), API 1.25+.
            since: query parameter ``since`` (int), API 1.25+.
            until: query parameter ``until`` (int), API 1.35+.
            timestamps: query parameter ``timestamps`` (bool), API 1.25+.
            tail: query parameter ``tail`` (str), API 1.25+.
            options: per-request options such as a timeout.

        Returns:
            A stream of output frames; close it when done.
        """
        return cast(
            "FrameStream",
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
            ),
        )

    def pause(self, id: str, *, options: RequestOptions | None = None) -> None:
        """Pause the processes of a container.

        ``POST /containers/{id}/pause``, API 1.25+.

        Args:
            id: path parameter ``id`` (str), API 1.25+.
            options: per-request options such as a timeout.

        Returns:
            Nothing.
        """
        self._client.request(
            CONTAINER_PAUSE,
            path={"id": id},
            query={},
            headers={},
            body=NOT_GIVEN,
            response_type=None,
            options=options,
        )

    def prune(
        self,
        *,
        filters: Mapping[str, Any] | str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> _models.ContainerPruneResponse:
        """Remove stopped containers.

        ``POST /containers/prune``, API 1.25+.

        Args:
            filters: query parameter ``filters`` (Mapping[str, Any] | str), API 1.25+.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "_models.ContainerPruneResponse",
            self._client.request(
                CONTAINER_PRUNE,
                path={},
                query={"filters": filters},
                headers={},
                body=NOT_GIVEN,
                response_type=_models.ContainerPruneResponse,
                options=options,
            ),
        )

    def put_archive(
        self,
        id: str,
        *,
        path: str,
        no_overwrite_dir_non_dir: str | NotGiven = NOT_GIVEN,
        copy_uidgid: str | NotGiven = NOT_GIVEN,
        body: bytes
        | IO[bytes]
        | Iterable[bytes]
        | Iterable[bytes]
        | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> None:
        """Extract a tar archive into a container's path.

        ``PUT /containers/{id}/archive``, API 1.25+.
        Former operationIds: ContainerPutArchive.

        Args:
            id: path parameter ``id`` (str), API 1.25+.
            path: an existing directory in the container to unpack the archive into (query parameter ``path``, str, API 1.25+).
            no_overwrite_dir_non_dir: query parameter ``noOverwriteDirNonDir`` (str), API 1.25+.
            copy_uidgid: query parameter ``copyUIDGID`` (str), API 1.39+.
            body: the bytes to send (API 1.25+).
            options: per-request options such as a timeout.

        Returns:
            Nothing.
        """
        self._client.request(
            PUT_CONTAINER_ARCHIVE,
            path={"id": id},
            query={
                "path": path,
                "noOverwriteDirNonDir": no_overwrite_dir_non_dir,
                "copyUIDGID": copy_uidgid,
            },
            headers={},
            body=body,
            response_type=None,
            options=options,
        )

    def remove(
        self,
        id: str,
        *,
        v: bool | NotGiven = NOT_GIVEN,
        force: bool | NotGiven = NOT_GIVEN,
        link: bool | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> None:
        """Remove a container.

        ``DELETE /containers/{id}``, API 1.25+.

        Args:
            id: path parameter ``id`` (str), API 1.25+.
            v: also remove the container's anonymous volumes (query parameter ``v``, bool, API 1.25+).
            force: kill a running container first (query parameter ``force``, bool, API 1.25+).
            link: remove the link ``id`` instead of a container (query parameter ``link``, bool, API 1.27+).
            options: per-request options such as a timeout.

        Returns:
            Nothing.
        """
        self._client.request(
            CONTAINER_DELETE,
            path={"id": id},
            query={"v": v, "force": force, "link": link},
            headers={},
            body=NOT_GIVEN,
            response_type=None,
            options=options,
        )

    def rename(
        self, id: str, *, name: str, options: RequestOptions | None = None
    ) -> None:
        """Rename a container.

        ``POST /containers/{id}/rename``, API 1.25+.

        Args:
            id: path parameter ``id`` (str), API 1.25+.
            name: query parameter ``name`` (str), API 1.25+.
            options: per-request options such as a timeout.

        Returns:
            Nothing.
        """
        self._client.request(
            CONTAINER_RENAME,
            path={"id": id},
            query={"name": name},
            headers={},
            body=NOT_GIVEN,
            response_type=None,
            options=options,
        )

    def resize(
        self, id: str, *, h: int, w: int, options: RequestOptions | None = None
    ) -> None:
        """Resize a container's TTY.

        ``POST /containers/{id}/resize``, API 1.25+.

        Args:
            id: path parameter ``id`` (str), API 1.25+.
            h: query parameter ``h`` (int), API 1.25+.
            w: query parameter ``w`` (int), API 1.25+.
            options: per-request options such as a timeout.

        Returns:
            Nothing.
        """
        self._client.request(
            CONTAINER_RESIZE,
            path={"id": id},
            query={"h": h, "w": w},
            headers={},
            body=NOT_GIVEN,
            response_type=None,
            options=options,
        )

    def restart(
        self,
        id: str,
        *,
        signal: str | NotGiven = NOT_GIVEN,
        t: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> None:
        """Restart a container.

        ``POST /containers/{id}/restart``, API 1.25+.

        Args:
            id: path parameter ``id`` (str), API 1.25+.
            signal: the signal asking it to stop (query parameter ``signal``, str, API 1.42+).
            t: seconds to wait for the container to exit before it is killed and started again (query parameter ``t``, int, API 1.25+).
            options: per-request options such as a timeout.

        Returns:
            Nothing.
        """
        self._client.request(
            CONTAINER_RESTART,
            path={"id": id},
            query={"signal": signal, "t": t},
            headers={},
            body=NOT_GIVEN,
            response_type=None,
            options=options,
        )

    def start(
        self,
        id: str,
        *,
        detach_keys: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> bool:
        """Start a container.

        ``POST /containers/{id}/start``, API 1.25+.

        Args:
            id: path parameter ``id`` (str), API 1.25+.
            detach_keys: query parameter ``detachKeys`` (str), API 1.25+.
            options: per-request options such as a timeout.

        Returns:
            True when the state changed now, False when it already was so.
        """
        return cast(
            "bool",
            self._client.request(
                CONTAINER_START,
                path={"id": id},
                query={"detachKeys": detach_keys},
                headers={},
                body=NOT_GIVEN,
                response_type=None,
                options=options,
            ),
        )

    def stats(
        self,
        id: str,
        *,
        stream: bool | NotGiven = NOT_GIVEN,
        one_shot: bool | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> JSONStream[_models.ContainerStatsResponse]:
        """Read a container's resource usage statistics.

        ``GET /containers/{id}/stats``, API 1.25+.

        Args:
            id: path parameter ``id`` (str), API 1.25+.
            stream: keep sending samples (``False``: one sample) (query parameter ``stream``, bool, API 1.25+).
            one_shot: query parameter ``one-shot`` (bool), API 1.41+.
            options: per-request options such as a timeout.

        Returns:
            A stream of parsed JSON objects; close it when done.
        """
        return cast(
            "JSONStream[_models.ContainerStatsResponse]",
            self._client.request(
                CONTAINER_STATS,
                path={"id": id},
                query={"stream": stream, "one-shot": one_shot},
                headers={},
                body=NOT_GIVEN,
                response_type=_models.ContainerStatsResponse,
                options=options,
            ),
        )

    def stop(
        self,
        id: str,
        *,
        signal: str | NotGiven = NOT_GIVEN,
        t: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> bool:
        """Stop a container.

        ``POST /containers/{id}/stop``, API 1.25+.

        Args:
            id: path parameter ``id`` (str), API 1.25+.
            signal: the signal asking it to stop (``SIGTERM`` or the image's stop signal when left out) (query parameter ``signal``, str, API 1.42+).
            t: seconds to wait for the container to exit before it is killed (query parameter ``t``, int, API 1.25+).
            options: per-request options such as a timeout.

        Returns:
            True when the state changed now, False when it already was so.
        """
        return cast(
            "bool",
            self._client.request(
                CONTAINER_STOP,
                path={"id": id},
                query={"signal": signal, "t": t},
                headers={},
                body=NOT_GIVEN,
                response_type=None,
                options=options,
            ),
        )

    def top(
        self,
        id: str,
        *,
        ps_args: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> _models.ContainerTopResponse:
        """List the processes running in a container.

        ``GET /containers/{id}/top``, API 1.25+.

        Args:
            id: path parameter ``id`` (str), API 1.25+.
            ps_args: arguments for ``ps`` inside the container, such as ``aux`` (query parameter ``ps_args``, str, API 1.25+).
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "_models.ContainerTopResponse",
            self._client.request(
                CONTAINER_TOP,
                path={"id": id},
                query={"ps_args": ps_args},
                headers={},
                body=NOT_GIVEN,
                response_type=_models.ContainerTopResponse,
                options=options,
            ),
        )

    def unpause(self, id: str, *, options: RequestOptions | None = None) -> None:
        """Resume the processes of a paused container.

        ``POST /containers/{id}/unpause``, API 1.25+.

        Args:
            id: path parameter ``id`` (str), API 1.25+.
            options: per-request options such as a timeout.

        Returns:
            Nothing.
        """
        self._client.request(
            CONTAINER_UNPAUSE,
            path={"id": id},
            query={},
            headers={},
            body=NOT_GIVEN,
            response_type=None,
            options=options,
        )

    def update(
        self,
        id: str,
        *,
        cpu_shares: int | NotGiven | None = NOT_GIVEN,
        memory: int | NotGiven | None = NOT_GIVEN,
        cgroup_parent: str | NotGiven | None = NOT_GIVEN,
        blkio_weight: int | NotGiven | None = NOT_GIVEN,
        blkio_weight_device: builtins.list[_models.ResourcesBlkioWeightDeviceItem]
        | NotGiven
        | None = NOT_GIVEN,
        blkio_device_read_bps: builtins.list[_models.ThrottleDevice]
        | NotGiven
        | None = NOT_GIVEN,
        blkio_device_write_bps: builtins.list[_models.ThrottleDevice]
        | NotGiven
        | None = NOT_GIVEN,
        blkio_device_read_iops: builtins.list[_models.ThrottleDevice]
        | NotGiven
        | None = NOT_GIVEN,
        blkio_device_write_iops: builtins.list[_models.ThrottleDevice]
        | NotGiven
        | None = NOT_GIVEN,
        cpu_period: int | NotGiven | None = NOT_GIVEN,
        cpu_quota: int | NotGiven | None = NOT_GIVEN,
        cpu_realtime_period: int | NotGiven | None = NOT_GIVEN,
        cpu_realtime_runtime: int | NotGiven | None = NOT_GIVEN,
        cpuset_cpus: str | NotGiven | None = NOT_GIVEN,
        cpuset_mems: str | NotGiven | None = NOT_GIVEN,
        devices: builtins.list[_models.DeviceMapping] | NotGiven | None = NOT_GIVEN,
        device_cgroup_rules: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        device_requests: builtins.list[_models.DeviceRequest]
        | NotGiven
        | None = NOT_GIVEN,
        memory_reservation: int | NotGiven | None = NOT_GIVEN,
        memory_swap: int | NotGiven | None = NOT_GIVEN,
        memory_swappiness: int | NotGiven | None = NOT_GIVEN,
        nano_cpus: int | NotGiven | None = NOT_GIVEN,
        oom_kill_disable: bool | NotGiven | None = NOT_GIVEN,
        init: bool | NotGiven | None = NOT_GIVEN,
        pids_limit: int | NotGiven | None = NOT_GIVEN,
        ulimits: builtins.list[_models.ResourcesUlimitsItem]
        | NotGiven
        | None = NOT_GIVEN,
        cpu_count: int | NotGiven | None = NOT_GIVEN,
        cpu_percent: int | NotGiven | None = NOT_GIVEN,
        io_maximum_iops: int | NotGiven | None = NOT_GIVEN,
        io_maximum_bandwidth: int | NotGiven | None = NOT_GIVEN,
        restart_policy: _models.RestartPolicy | NotGiven | None = NOT_GIVEN,
        kernel_memory_tcp: int | NotGiven | None = NOT_GIVEN,
        kernel_memory: int | NotGiven | None = NOT_GIVEN,
        disk_quota: int | NotGiven | None = NOT_GIVEN,
        body_nano_cpus: int | NotGiven | None = NOT_GIVEN,
        body: _models.ContainerUpdateBody | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> _models.ContainerUpdateResponse:
        """Change a container's resources and restart policy.

        ``POST /containers/{id}/update``, API 1.25+.

        Args:
            id: path parameter ``id`` (str), API 1.25+.
            cpu_shares: body field ``CpuShares`` (int), API 1.25+.
            memory: body field ``Memory`` (int), API 1.25+.
            cgroup_parent: body field ``CgroupParent`` (str), API 1.25+.
            blkio_weight: body field ``BlkioWeight`` (int), API 1.25+.
            blkio_weight_device: body field ``BlkioWeightDevice`` (builtins.list[_models.ResourcesBlkioWeightDeviceItem]), API 1.25+.
            blkio_device_read_bps: body field ``BlkioDeviceReadBps`` (builtins.list[_models.ThrottleDevice]), API 1.25+.
            blkio_device_write_bps: body field ``BlkioDeviceWriteBps`` (builtins.list[_models.ThrottleDevice]), API 1.25+.
            blkio_device_read_iops: body field ``BlkioDeviceReadIOps`` (builtins.list[_models.ThrottleDevice]), API 1.25+.
            blkio_device_write_iops: body field ``BlkioDeviceWriteIOps`` (builtins.list[_models.ThrottleDevice]), API 1.25+.
            cpu_period: body field ``CpuPeriod`` (int), API 1.25+.
            cpu_quota: body field ``CpuQuota`` (int), API 1.25+.
            cpu_realtime_period: body field ``CpuRealtimePeriod`` (int), API 1.25+.
            cpu_realtime_runtime: body field ``CpuRealtimeRuntime`` (int), API 1.25+.
            cpuset_cpus: body field ``CpusetCpus`` (str), API 1.25+.
            cpuset_mems: body field ``CpusetMems`` (str), API 1.25+.
            devices: body field ``Devices`` (builtins.list[_models.DeviceMapping]), API 1.25+.
            device_cgroup_rules: body field ``DeviceCgroupRules`` (builtins.list[str]), API 1.28+.
            device_requests: body field ``DeviceRequests`` (builtins.list[_models.DeviceRequest]), API 1.40+.
            memory_reservation: body field ``MemoryReservation`` (int), API 1.25+.
            memory_swap: body field ``MemorySwap`` (int), API 1.25+.
            memory_swappiness: body field ``MemorySwappiness`` (int), API 1.25+.
            nano_cpus: body field ``NanoCpus`` (int), API 1.25+.
            oom_kill_disable: body field ``OomKillDisable`` (bool), API 1.25+.
            init: body field ``Init`` (bool), API 1.37+.
            pids_limit: body field ``PidsLimit`` (int), API 1.25+.
            ulimits: body field ``Ulimits`` (builtins.list[_models.ResourcesUlimitsItem]), API 1.25+.
            cpu_count: body field ``CpuCount`` (int), API 1.25+.
            cpu_percent: body field ``CpuPercent`` (int), API 1.25+.
            io_maximum_iops: body field ``IOMaximumIOps`` (int), API 1.25+.
            io_maximum_bandwidth: body field ``IOMaximumBandwidth`` (int), API 1.25+.
            restart_policy: body field ``RestartPolicy`` (_models.RestartPolicy), API 1.25+.
            kernel_memory_tcp: body field ``KernelMemoryTCP`` (int), API 1.40-1.51.
            kernel_memory: body field ``KernelMemory`` (int), API 1.36-1.41.
            disk_quota: body field ``DiskQuota`` (int), API 1.25-1.39.
            body_nano_cpus: body field ``NanoCPUs`` (int), API 1.27-1.27.
            body: the whole request body; the keyword arguments above are merged over it.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "_models.ContainerUpdateResponse",
            self._client.request(
                CONTAINER_UPDATE,
                path={"id": id},
                query={},
                headers={},
                body=self._client.build_body(
                    _models.ContainerUpdateBody,
                    body,
                    {
                        "cpu_shares": cpu_shares,
                        "memory": memory,
                        "cgroup_parent": cgroup_parent,
                        "blkio_weight": blkio_weight,
                        "blkio_weight_device": blkio_weight_device,
                        "blkio_device_read_bps": blkio_device_read_bps,
                        "blkio_device_write_bps": blkio_device_write_bps,
                        "blkio_device_read_iops": blkio_device_read_iops,
                        "blkio_device_write_iops": blkio_device_write_iops,
                        "cpu_period": cpu_period,
                        "cpu_quota": cpu_quota,
                        "cpu_realtime_period": cpu_realtime_period,
                        "cpu_realtime_runtime": cpu_realtime_runtime,
                        "cpuset_cpus": cpuset_cpus,
                        "cpuset_mems": cpuset_mems,
                        "devices": devices,
                        "device_cgroup_rules": device_cgroup_rules,
                        "device_requests": device_requests,
                        "memory_reservation": memory_reservation,
                        "memory_swap": memory_swap,
                        "memory_swappiness": memory_swappiness,
                        "nano_cpus": nano_cpus,
                        "oom_kill_disable": oom_kill_disable,
                        "init": init,
                        "pids_limit": pids_limit,
                        "ulimits": ulimits,
                        "cpu_count": cpu_count,
                        "cpu_percent": cpu_percent,
                        "io_maximum_iops": io_maximum_iops,
                        "io_maximum_bandwidth": io_maximum_bandwidth,
                        "restart_policy": restart_policy,
                        "kernel_memory_tcp": kernel_memory_tcp,
                        "kernel_memory": kernel_memory,
                        "disk_quota": disk_quota,
                        "nano_cpus_": body_nano_cpus,
                    },
                ),
                response_type=_models.ContainerUpdateResponse,
                options=options,
            ),
        )

    def wait(
        self,
        id: str,
        *,
        condition: Literal["not-running", "next-exit", "removed"]
        | str
        | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> _models.ContainerWaitResponse:
        """Wait for a container to reach a condition.

        ``POST /containers/{id}/wait``, API 1.25+.

        Args:
            id: path parameter ``id`` (str), API 1.25+.
            condition: what to wait for: ``not-running`` (the default), ``next-exit`` or ``removed`` (query parameter ``condition``, Literal["not-running", "next-exit", "removed"] | str, API 1.30+).
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "_models.ContainerWaitResponse",
            self._client.request(
                CONTAINER_WAIT,
                path={"id": id},
                query={"condition": condition},
                headers={},
                body=NOT_GIVEN,
                response_type=_models.ContainerWaitResponse,
                options=options,
            ),
        )


class DistributionAPI(Resource):
    """Operations of ``client.distribution``."""

    __slots__ = ()

    def inspect(
        self, name: str, *, options: RequestOptions | None = None
    ) -> _models.DistributionInspect:
        """Read an image's registry descriptor and platforms.

        ``GET /distribution/{name}/json``, API 1.30+.

        Args:
            name: path parameter ``name`` (str), API 1.30+.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "_models.DistributionInspect",
            self._client.request(
                DISTRIBUTION_INSPECT,
                path={"name": name},
                query={},
                headers={},
                body=NOT_GIVEN,
                response_type=_models.DistributionInspect,
                options=options,
            ),
        )


class ExecAPI(Resource):
    """Operations of ``client.exec``."""

    __slots__ = ()

    def create(
        self,
        id: str,
        *,
        attach_stdin: bool | NotGiven | None = NOT_GIVEN,
        attach_stdout: bool | NotGiven | None = NOT_GIVEN,
        attach_stderr: bool | NotGiven | None = NOT_GIVEN,
        console_size: builtins.list[int] | NotGiven | None = NOT_GIVEN,
        detach_keys: str | NotGiven | None = NOT_GIVEN,
        tty: bool | NotGiven | None = NOT_GIVEN,
        env: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        cmd: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        privileged: bool | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven | None = NOT_GIVEN,
        working_dir: str | NotGiven | None = NOT_GIVEN,
        body: _models.ExecConfig | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> _models.IDResponse:
        """Create an exec instance in a container.

        ``POST /containers/{id}/exec``, API 1.25+.

        Args:
            id: path parameter ``id`` (str), API 1.25+.
            attach_stdin: body field ``AttachStdin`` (bool), API 1.25+.
            attach_stdout: body field ``AttachStdout`` (bool), API 1.25+.
            attach_stderr: body field ``AttachStderr`` (bool), API 1.25+.
            console_size: body field ``ConsoleSize`` (builtins.list[int]), API 1.42+.
            detach_keys: body field ``DetachKeys`` (str), API 1.25+.
            tty: body field ``Tty`` (bool), API 1.25+.
            env: body field ``Env`` (builtins.list[str]), API 1.25+.
            cmd: body field ``Cmd`` (builtins.list[str]), API 1.25+.
            privileged: body field ``Privileged`` (bool), API 1.25+.
            user: body field ``User`` (str), API 1.25+.
            working_dir: body field ``WorkingDir`` (str), API 1.35+.
            body: the whole request body; the keyword arguments above are merged over it.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "_models.IDResponse",
            self._client.request(
                CONTAINER_EXEC,
                path={"id": id},
                query={},
                headers={},
                body=self._client.build_body(
                    _models.ExecConfig,
                    body,
                    {
                        "attach_stdin": attach_stdin,
                        "attach_stdout": attach_stdout,
                        "attach_stderr": attach_stderr,
                        "console_size": console_size,
                        "detach_keys": detach_keys,
                        "tty": tty,
                        "env": env,
                        "cmd": cmd,
                        "privileged": privileged,
                        "user": user,
                        "working_dir": working_dir,
                    },
                ),
                response_type=_models.IDResponse,
                options=options,
            ),
        )

    def inspect(
        self, id: str, *, options: RequestOptions | None = None
    ) -> _models.ExecInspectResponse:
        """Inspect an exec instance.

        ``GET /exec/{id}/json``, API 1.25+.

        Args:
            id: path parameter ``id`` (str), API 1.25+.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "_models.ExecInspectResponse",
            self._client.request(
                EXEC_INSPECT,
                path={"id": id},
                query={},
                headers={},
                body=NOT_GIVEN,
                response_type=_models.ExecInspectResponse,
                options=options,
            ),
        )

    def resize(
        self, id: str, *, h: int, w: int, options: RequestOptions | None = None
    ) -> None:
        """Resize an exec instance's TTY.

        ``POST /exec/{id}/resize``, API 1.25+.

        Args:
            id: path parameter ``id`` (str), API 1.25+.
            h: query parameter ``h`` (int), API 1.25+.
            w: query parameter ``w`` (int), API 1.25+.
            options: per-request options such as a timeout.

        Returns:
            Nothing.
        """
        self._client.request(
            EXEC_RESIZE,
            path={"id": id},
            query={"h": h, "w": w},
            headers={},
            body=NOT_GIVEN,
            response_type=None,
            options=options,
        )

    def start(
        self,
        id: str,
        *,
        detach: bool | NotGiven | None = NOT_GIVEN,
        tty: bool | NotGiven | None = NOT_GIVEN,
        console_size: builtins.list[int] | NotGiven | None = NOT_GIVEN,
        body: _models.ExecStartConfig | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> HijackedSession:
        """Start an exec instance.

        ``POST /exec/{id}/start``, API 1.25+.

        Args:
            id: path parameter ``id`` (str), API 1.25+.
            detach: body field ``Detach`` (bool), API 1.25+.
            tty: body field ``Tty`` (bool), API 1.25+.
            console_size: body field ``ConsoleSize`` (builtins.list[int]), API 1.42+.
            body: the whole request body; the keyword arguments above are merged over it.
            options: per-request options such as a timeout.

        Returns:
            The hijacked connection; close it when done.
        """
        return cast(
            "HijackedSession",
            self._client.request(
                EXEC_START,
                path={"id": id},
                query={},
                headers={},
                body=self._client.build_body(
                    _models.ExecStartConfig,
                    body,
                    {"detach": detach, "tty": tty, "console_size": console_size},
                ),
                response_type=None,
                options=options,
            ),
        )


class ImagesAPI(Resource):
    """Operations of ``client.images``."""

    __slots__ = ()

    def attestations(
        self,
        name: str,
        *,
        platform: builtins.list[str] | NotGiven = NOT_GIVEN,
        type: builtins.list[str] | NotGiven = NOT_GIVEN,
        statement: bool | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> builtins.list[_models.AttestationStatement]:
        """List the attestations of an image.

        ``GET /images/{name}/attestations``, API 1.55+.

        Args:
            name: path parameter ``name`` (str), API 1.55+.
            platform: query parameter ``platform`` (builtins.list[str]), API 1.55+.
            type: query parameter ``type`` (builtins.list[str]), API 1.55+.
            statement: query parameter ``statement`` (bool), API 1.55+.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "builtins.list[_models.AttestationStatement]",
            self._client.request(
                IMAGE_ATTESTATIONS,
                path={"name": name},
                query={"platform": platform, "type": type, "statement": statement},
                headers={},
                body=NOT_GIVEN,
                response_type=builtins.list[_models.AttestationStatement],
                options=options,
            ),
        )

    def build_from_tar(
        self,
        *,
        dockerfile: str | NotGiven = NOT_GIVEN,
        t: str | NotGiven = NOT_GIVEN,
        extrahosts: str | NotGiven = NOT_GIVEN,
        remote: str | NotGiven = NOT_GIVEN,
        q: bool | NotGiven = NOT_GIVEN,
        nocache: bool | NotGiven = NOT_GIVEN,
        cachefrom: str | NotGiven = NOT_GIVEN,
        pull: str | NotGiven = NOT_GIVEN,
        rm: bool | NotGiven = NOT_GIVEN,
        forcerm: bool | NotGiven = NOT_GIVEN,
        memory: int | NotGiven = NOT_GIVEN,
        memswap: int | NotGiven = NOT_GIVEN,
        cpushares: int | NotGiven = NOT_GIVEN,
        cpusetcpus: str | NotGiven = NOT_GIVEN,
        cpuperiod: int | NotGiven = NOT_GIVEN,
        cpuquota: int | NotGiven = NOT_GIVEN,
        buildargs: str | int | NotGiven = NOT_GIVEN,
        shmsize: int | NotGiven = NOT_GIVEN,
        squash: bool | NotGiven = NOT_GIVEN,
        labels: str | NotGiven = NOT_GIVEN,
        networkmode: str | NotGiven = NOT_GIVEN,
        content_type: Literal["application/x-tar", "application/tar"]
        | str
        | NotGiven = NOT_GIVEN,
        x_registry_config: str | NotGiven = NOT_GIVEN,
        platform: str | NotGiven = NOT_GIVEN,
        target: str | NotGiven = NOT_GIVEN,
        outputs: str | NotGiven = NOT_GIVEN,
        version: Literal["1", "2"] | str | NotGiven = NOT_GIVEN,
        body: bytes
        | IO[bytes]
        | Iterable[bytes]
        | Iterable[bytes]
        | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> JSONStream[_models.BuildInfo]:
        """Build an image from a tar build context.

        ``POST /build``, API 1.25+.

        Args:
            dockerfile: query parameter ``dockerfile`` (str), API 1.25+.
            t: query parameter ``t`` (str), API 1.25+.
            extrahosts: query parameter ``extrahosts`` (str), API 1.28+.
            remote: query parameter ``remote`` (str), API 1.25+.
            q: query parameter ``q`` (bool), API 1.25+.
            nocache: query parameter ``nocache`` (bool), API 1.25+.
            cachefrom: query parameter ``cachefrom`` (str), API 1.25+.
            pull: query parameter ``pull`` (str), API 1.25+.
            rm: query parameter ``rm`` (bool), API 1.25+.
            forcerm: query parameter ``forcerm`` (bool), API 1.25+.
            memory: query parameter ``memory`` (int), API 1.25+.
            memswap: query parameter ``memswap`` (int), API 1.25+.
            cpushares: query parameter ``cpushares`` (int), API 1.25+.
            cpusetcpus: query parameter ``cpusetcpus`` (str), API 1.25+.
            cpuperiod: query parameter ``cpuperiod`` (int), API 1.25+.
            cpuquota: query parameter ``cpuquota`` (int), API 1.25+.
            buildargs: query parameter ``buildargs`` (str | int), API 1.25+.
            shmsize: query parameter ``shmsize`` (int), API 1.25+.
            squash: query parameter ``squash`` (bool), API 1.25+.
            labels: query parameter ``labels`` (str), API 1.25+.
            networkmode: query parameter ``networkmode`` (str), API 1.25+.
            content_type: header parameter ``Content-type`` (Literal["application/x-tar", "application/tar"] | str), API 1.25+.
            x_registry_config: header parameter ``X-Registry-Config`` (str), API 1.25+.
            platform: query parameter ``platform`` (str), API 1.34+.
            target: query parameter ``target`` (str), API 1.37+.
            outputs: query parameter ``outputs`` (str), API 1.40+.
            version: query parameter ``version`` (Literal["1", "2"] | str), API 1.38+.
            body: the bytes to send (API 1.25+).
            options: per-request options such as a timeout.

        Returns:
            A stream of parsed JSON objects; close it when done.
        """
        return cast(
            "JSONStream[_models.BuildInfo]",
            self._client.request(
                IMAGE_BUILD,
                path={},
                query={
                    "dockerfile": dockerfile,
                    "t": t,
                    "extrahosts": extrahosts,
                    "remote": remote,
                    "q": q,
                    "nocache": nocache,
                    "cachefrom": cachefrom,
                    "pull": pull,
                    "rm": rm,
                    "forcerm": forcerm,
                    "memory": memory,
                    "memswap": memswap,
                    "cpushares": cpushares,
                    "cpusetcpus": cpusetcpus,
                    "cpuperiod": cpuperiod,
                    "cpuquota": cpuquota,
                    "buildargs": buildargs,
                    "shmsize": shmsize,
                    "squash": squash,
                    "labels": labels,
                    "networkmode": networkmode,
                    "platform": platform,
                    "target": target,
                    "outputs": outputs,
                    "version": version,
                },
                headers={
                    "Content-type": content_type,
                    "X-Registry-Config": x_registry_config,
                },
                body=body,
                response_type=_models.BuildInfo,
                options=options,
            ),
        )

    def commit(
        self,
        *,
        container: str | NotGiven = NOT_GIVEN,
        repo: str | NotGiven = NOT_GIVEN,
        tag: str | NotGiven = NOT_GIVEN,
        comment: str | NotGiven = NOT_GIVEN,
        author: str | NotGiven = NOT_GIVEN,
        pause: bool | NotGiven = NOT_GIVEN,
        changes: str | NotGiven = NOT_GIVEN,
        hostname: str | NotGiven | None = NOT_GIVEN,
        domainname: str | NotGiven | None = NOT_GIVEN,
        user: str | NotGiven | None = NOT_GIVEN,
        attach_stdin: bool | NotGiven | None = NOT_GIVEN,
        attach_stdout: bool | NotGiven | None = NOT_GIVEN,
        attach_stderr: bool | NotGiven | None = NOT_GIVEN,
        exposed_ports: dict[str, dict[str, Any]] | NotGiven | None = NOT_GIVEN,
        tty: bool | NotGiven | None = NOT_GIVEN,
        open_stdin: bool | NotGiven | None = NOT_GIVEN,
        stdin_once: bool | NotGiven | None = NOT_GIVEN,
        env: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        cmd: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        healthcheck: _models.HealthConfig | NotGiven | None = NOT_GIVEN,
        args_escaped: bool | NotGiven | None = NOT_GIVEN,
        image: str | NotGiven | None = NOT_GIVEN,
        volumes: dict[str, dict[str, Any]]
        | _models.ContainerConfigVolumes
        | NotGiven
        | None = NOT_GIVEN,
        working_dir: str | NotGiven | None = NOT_GIVEN,
        entrypoint: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        network_disabled: bool | NotGiven | None = NOT_GIVEN,
        on_build: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        labels: dict[str, str] | NotGiven | None = NOT_GIVEN,
        stop_signal: str | NotGiven | None = NOT_GIVEN,
        stop_timeout: int | NotGiven | None = NOT_GIVEN,
        shell: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        mac_address: str | NotGiven | None = NOT_GIVEN,
        body: _models.ContainerConfig | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> _models.IDResponse:
        """Create an image from a container.

        ``POST /commit``, API 1.25+.

        Args:
            container: query parameter ``container`` (str), API 1.25+.
            repo: query parameter ``repo`` (str), API 1.25+.
            tag: query parameter ``tag`` (str), API 1.25+.
            comment: query parameter ``comment`` (str), API 1.25+.
            author: query parameter ``author`` (str), API 1.25+.
            pause: query parameter ``pause`` (bool), API 1.25+.
            changes: query parameter ``changes`` (str), API 1.25+.
            hostname: body field ``Hostname`` (str), API 1.30+.
            domainname: body field ``Domainname`` (str), API 1.30+.
            user: body field ``User`` (str), API 1.30+.
            attach_stdin: body field ``AttachStdin`` (bool), API 1.30+.
            attach_stdout: body field ``AttachStdout`` (bool), API 1.30+.
            attach_stderr: body field ``AttachStderr`` (bool), API 1.30+.
            exposed_ports: body field ``ExposedPorts`` (dict[str, dict[str, Any]]), API 1.30+.
            tty: body field ``Tty`` (bool), API 1.30+.
            open_stdin: body field ``OpenStdin`` (bool), API 1.30+.
            stdin_once: body field ``StdinOnce`` (bool), API 1.30+.
            env: body field ``Env`` (builtins.list[str]), API 1.30+.
            cmd: body field ``Cmd`` (builtins.list[str]), API 1.30+.
            healthcheck: body field ``Healthcheck`` (_models.HealthConfig), API 1.30+.
            args_escaped: body field ``ArgsEscaped`` (bool), API 1.30+.
            image: body field ``Image`` (str), API 1.30+.
            volumes: body field ``Volumes`` (dict[str, dict[str, Any]] | _models.ContainerConfigVolumes), API 1.30+.
            working_dir: body field ``WorkingDir`` (str), API 1.30+.
            entrypoint: body field ``Entrypoint`` (builtins.list[str]), API 1.30+.
            network_disabled: body field ``NetworkDisabled`` (bool), API 1.30+.
            on_build: body field ``OnBuild`` (builtins.list[str]), API 1.30+.
            labels: body field ``Labels`` (dict[str, str]), API 1.30+.
            stop_signal: body field ``StopSignal`` (str), API 1.30+.
            stop_timeout: body field ``StopTimeout`` (int), API 1.30+.
            shell: body field ``Shell`` (builtins.list[str]), API 1.30+.
            mac_address: body field ``MacAddress`` (str), API 1.30-1.51.
            body: the whole request body; the keyword arguments above are merged over it.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "_models.IDResponse",
            self._client.request(
                IMAGE_COMMIT,
                path={},
                query={
                    "container": container,
                    "repo": repo,
                    "tag": tag,
                    "comment": comment,
                    "author": author,
                    "pause": pause,
                    "changes": changes,
                },
                headers={},
                body=self._client.build_body(
                    _models.ContainerConfig,
                    body,
                    {
                        "hostname": hostname,
                        "domainname": domainname,
                        "user": user,
                        "attach_stdin": attach_stdin,
                        "attach_stdout": attach_stdout,
                        "attach_stderr": attach_stderr,
                        "exposed_ports": exposed_ports,
                        "tty": tty,
                        "open_stdin": open_stdin,
                        "stdin_once": stdin_once,
                        "env": env,
                        "cmd": cmd,
                        "healthcheck": healthcheck,
                        "args_escaped": args_escaped,
                        "image": image,
                        "volumes": volumes,
                        "working_dir": working_dir,
                        "entrypoint": entrypoint,
                        "network_disabled": network_disabled,
                        "on_build": on_build,
                        "labels": labels,
                        "stop_signal": stop_signal,
                        "stop_timeout": stop_timeout,
                        "shell": shell,
                        "mac_address": mac_address,
                    },
                ),
                response_type=_models.IDResponse,
                options=options,
            ),
        )

    def create(
        self,
        *,
        from_image: str | NotGiven = NOT_GIVEN,
        from_src: str | NotGiven = NOT_GIVEN,
        repo: str | NotGiven = NOT_GIVEN,
        tag: str | NotGiven = NOT_GIVEN,
        message: str | NotGiven = NOT_GIVEN,
        x_registry_auth: str | NotGiven = NOT_GIVEN,
        changes: builtins.list[str] | NotGiven = NOT_GIVEN,
        platform: str | NotGiven = NOT_GIVEN,
        body: bytes
        | IO[bytes]
        | Iterable[bytes]
        | Iterable[bytes]
        | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> JSONStream[_models.CreateImageInfo]:
        """Pull an image or import one from a tar archive.

        ``POST /images/create``, API 1.25+.

        Args:
            from_image: the image to pull, ``name`` or ``name:tag`` (query parameter ``fromImage``, str, API 1.25+).
            from_src: ``-`` to import the request body as a root filesystem tar, or a URL (query parameter ``fromSrc``, str, API 1.25+).
            repo: query parameter ``repo`` (str), API 1.25+.
            tag: query parameter ``tag`` (str), API 1.25+.
            message: query parameter ``message`` (str), API 1.39+.
            x_registry_auth: header parameter ``X-Registry-Auth`` (str), API 1.25+.
            changes: query parameter ``changes`` (builtins.list[str]), API 1.40+.
            platform: query parameter ``platform`` (str), API 1.32+.
            body: the bytes to send (API 1.25+).
            options: per-request options such as a timeout.

        Returns:
            A stream of parsed JSON objects; close it when done.
        """
        return cast(
            "JSONStream[_models.CreateImageInfo]",
            self._client.request(
                IMAGE_CREATE,
                path={},
                query={
                    "fromImage": from_image,
                    "fromSrc": from_src,
                    "repo": repo,
                    "tag": tag,
                    "message": message,
                    "changes": changes,
                    "platform": platform,
                },
                headers={"X-Registry-Auth": x_registry_auth},
                body=body,
                response_type=_models.CreateImageInfo,
                options=options,
            ),
        )

    def history(
        self,
        name: str,
        *,
        platform: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> builtins.list[_models.ImageHistoryResponseItem]:
        """List the layers history of an image.

        ``GET /images/{name}/history``, API 1.25+.

        Args:
            name: path parameter ``name`` (str), API 1.25+.
            platform: query parameter ``platform`` (str), API 1.48+.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "builtins.list[_models.ImageHistoryResponseItem]",
            self._client.request(
                IMAGE_HISTORY,
                path={"name": name},
                query={"platform": platform},
                headers={},
                body=NOT_GIVEN,
                response_type=builtins.list[_models.ImageHistoryResponseItem],
                options=options,
            ),
        )

    def inspect(
        self,
        name: str,
        *,
        manifests: bool | NotGiven = NOT_GIVEN,
        platform: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> _models.ImageInspect:
        """Inspect an image.

        ``GET /images/{name}/json``, API 1.25+.

        Args:
            name: path parameter ``name`` (str), API 1.25+.
            manifests: query parameter ``manifests`` (bool), API 1.48+.
            platform: query parameter ``platform`` (str), API 1.49+.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "_models.ImageInspect",
            self._client.request(
                IMAGE_INSPECT,
                path={"name": name},
                query={"manifests": manifests, "platform": platform},
                headers={},
                body=NOT_GIVEN,
                response_type=_models.ImageInspect,
                options=options,
            ),
        )

    def list(
        self,
        *,
        all: bool | NotGiven = NOT_GIVEN,
        filters: Mapping[str, Any] | str | NotGiven = NOT_GIVEN,
        shared_size: bool | NotGiven = NOT_GIVEN,
        digests: bool | NotGiven = NOT_GIVEN,
        manifests: bool | NotGiven = NOT_GIVEN,
        identity: bool | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> builtins.list[_models.ImageSummary]:
        """List images.

        ``GET /images/json``, API 1.25+.

        Args:
            all: also list intermediate images (query parameter ``all``, bool, API 1.25+).
            filters: query parameter ``filters`` (Mapping[str, Any] | str), API 1.25+.
            shared_size: query parameter ``shared-size`` (bool), API 1.42+.
            digests: query parameter ``digests`` (bool), API 1.25+.
            manifests: query parameter ``manifests`` (bool), API 1.47+.
            identity: query parameter ``identity`` (bool), API 1.54+.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "builtins.list[_models.ImageSummary]",
            self._client.request(
                IMAGE_LIST,
                path={},
                query={
                    "all": all,
                    "filters": filters,
                    "shared-size": shared_size,
                    "digests": digests,
                    "manifests": manifests,
                    "identity": identity,
                },
                headers={},
                body=NOT_GIVEN,
                response_type=builtins.list[_models.ImageSummary],
                options=options,
            ),
        )

    def load(
        self,
        *,
        quiet: bool | NotGiven = NOT_GIVEN,
        platform: builtins.list[str] | str | NotGiven = NOT_GIVEN,
        body: bytes
        | IO[bytes]
        | Iterable[bytes]
        | Iterable[bytes]
        | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> JSONStream[_models.BuildInfo]:
        """Load images from a tar archive.

        ``POST /images/load``, API 1.25+.

        Args:
            quiet: query parameter ``quiet`` (bool), API 1.25+.
            platform: query parameter ``platform`` (builtins.list[str] | str), API 1.48+.
            body: the bytes to send (API 1.25+).
            options: per-request options such as a timeout.

        Returns:
            A stream of parsed JSON objects; close it when done.
        """
        return cast(
            "JSONStream[_models.BuildInfo]",
            self._client.request(
                IMAGE_LOAD,
                path={},
                query={"quiet": quiet, "platform": platform},
                headers={},
                body=body,
                response_type=_models.BuildInfo,
                options=options,
            ),
        )

    def prune(
        self,
        *,
        filters: Mapping[str, Any] | str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> _models.ImagePruneResponse:
        """Remove unused images.

        ``POST /images/prune``, API 1.25+.

        Args:
            filters: query parameter ``filters`` (Mapping[str, Any] | str), API 1.25+.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "_models.ImagePruneResponse",
            self._client.request(
                IMAGE_PRUNE,
                path={},
                query={"filters": filters},
                headers={},
                body=NOT_GIVEN,
                response_type=_models.ImagePruneResponse,
                options=options,
            ),
        )

    def prune_builds(
        self,
        *,
        reserved_space: int | NotGiven = NOT_GIVEN,
        max_used_space: int | NotGiven = NOT_GIVEN,
        min_free_space: int | NotGiven = NOT_GIVEN,
        all: bool | NotGiven = NOT_GIVEN,
        filters: Mapping[str, Any] | str | NotGiven = NOT_GIVEN,
        keep_storage: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> _models.BuildPruneResponse:
        """Remove build cache.

        ``POST /build/prune``, API 1.31+.

        Args:
            reserved_space: query parameter ``reserved-space`` (int), API 1.48+.
            max_used_space: query parameter ``max-used-space`` (int), API 1.48+.
            min_free_space: query parameter ``min-free-space`` (int), API 1.48+.
            all: query parameter ``all`` (bool), API 1.39+.
            filters: query parameter ``filters`` (Mapping[str, Any] | str), API 1.39+.
            keep_storage: query parameter ``keep-storage`` (int), API 1.39-1.51.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "_models.BuildPruneResponse",
            self._client.request(
                BUILD_PRUNE,
                path={},
                query={
                    "reserved-space": reserved_space,
                    "max-used-space": max_used_space,
                    "min-free-space": min_free_space,
                    "all": all,
                    "filters": filters,
                    "keep-storage": keep_storage,
                },
                headers={},
                body=NOT_GIVEN,
                response_type=_models.BuildPruneResponse,
                options=options,
            ),
        )

    def push_stream(
        self,
        name: str,
        *,
        tag: str | NotGiven = NOT_GIVEN,
        platform: str | NotGiven = NOT_GIVEN,
        x_registry_auth: str,
        options: RequestOptions | None = None,
    ) -> JSONStream[_models.PushImageInfo]:
        """Push an image to a registry.

        ``POST /images/{name}/push``, API 1.25+.

        Args:
            name: path parameter ``name`` (str), API 1.25+.
            tag: query parameter ``tag`` (str), API 1.25+.
            platform: query parameter ``platform`` (str), API 1.46+.
            x_registry_auth: header parameter ``X-Registry-Auth`` (str), API 1.25+.
            options: per-request options such as a timeout.

        Returns:
            A stream of parsed JSON objects; close it when done.
        """
        return cast(
            "JSONStream[_models.PushImageInfo]",
            self._client.request(
                IMAGE_PUSH,
                path={"name": name},
                query={"tag": tag, "platform": platform},
                headers={"X-Registry-Auth": x_registry_auth},
                body=NOT_GIVEN,
                response_type=_models.PushImageInfo,
                options=options,
            ),
        )

    def remove(
        self,
        name: str,
        *,
        force: bool | NotGiven = NOT_GIVEN,
        noprune: bool | NotGiven = NOT_GIVEN,
        platforms: builtins.list[str] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> builtins.list[_models.ImageDeleteResponseItem]:
        """Remove an image.

        ``DELETE /images/{name}``, API 1.25+.

        Args:
            name: path parameter ``name`` (str), API 1.25+.
            force: remove it even when containers use it or several tags name it (query parameter ``force``, bool, API 1.25+).
            noprune: keep untagged parent images (query parameter ``noprune``, bool, API 1.25+).
            platforms: query parameter ``platforms`` (builtins.list[str]), API 1.50+.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "builtins.list[_models.ImageDeleteResponseItem]",
            self._client.request(
                IMAGE_DELETE,
                path={"name": name},
                query={"force": force, "noprune": noprune, "platforms": platforms},
                headers={},
                body=NOT_GIVEN,
                response_type=builtins.list[_models.ImageDeleteResponseItem],
                options=options,
            ),
        )

    def save(
        self,
        name: str,
        *,
        platform: builtins.list[str] | str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> ByteStream:
        """Export an image as a tar archive.

        ``GET /images/{name}/get``, API 1.25+.

        Args:
            name: path parameter ``name`` (str), API 1.25+.
            platform: query parameter ``platform`` (builtins.list[str] | str), API 1.48+.
            options: per-request options such as a timeout.

        Returns:
            A stream of byte chunks; close it when done.
        """
        return cast(
            "ByteStream",
            self._client.request(
                IMAGE_GET,
                path={"name": name},
                query={"platform": platform},
                headers={},
                body=NOT_GIVEN,
                response_type=None,
                options=options,
            ),
        )

    def save_all(
        self,
        *,
        names: builtins.list[str] | NotGiven = NOT_GIVEN,
        platform: builtins.list[str] | str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> ByteStream:
        """Export several images as one tar archive.

        ``GET /images/get``, API 1.25+.

        Args:
            names: query parameter ``names`` (builtins.list[str]), API 1.25+.
            platform: query parameter ``platform`` (builtins.list[str] | str), API 1.48+.
            options: per-request options such as a timeout.

        Returns:
            A stream of byte chunks; close it when done.
        """
        return cast(
            "ByteStream",
            self._client.request(
                IMAGE_GET_ALL,
                path={},
                query={"names": names, "platform": platform},
                headers={},
                body=NOT_GIVEN,
                response_type=None,
                options=options,
            ),
        )

    def search(
        self,
        *,
        term: str,
        limit: int | NotGiven = NOT_GIVEN,
        filters: Mapping[str, Any] | str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> builtins.list[_models.ImageSearchResponseItem]:
        """Search a registry for images.

        ``GET /images/search``, API 1.25+.

        Args:
            term: query parameter ``term`` (str), API 1.25+.
            limit: query parameter ``limit`` (int), API 1.25+.
            filters: query parameter ``filters`` (Mapping[str, Any] | str), API 1.25+.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "builtins.list[_models.ImageSearchResponseItem]",
            self._client.request(
                IMAGE_SEARCH,
                path={},
                query={"term": term, "limit": limit, "filters": filters},
                headers={},
                body=NOT_GIVEN,
                response_type=builtins.list[_models.ImageSearchResponseItem],
                options=options,
            ),
        )

    def tag(
        self,
        name: str,
        *,
        repo: str | NotGiven = NOT_GIVEN,
        tag: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> None:
        """Tag an image.

        ``POST /images/{name}/tag``, API 1.25+.

        Args:
            name: path parameter ``name`` (str), API 1.25+.
            repo: query parameter ``repo`` (str), API 1.25+.
            tag: query parameter ``tag`` (str), API 1.25+.
            options: per-request options such as a timeout.

        Returns:
            Nothing.
        """
        self._client.request(
            IMAGE_TAG,
            path={"name": name},
            query={"repo": repo, "tag": tag},
            headers={},
            body=NOT_GIVEN,
            response_type=None,
            options=options,
        )


class NetworksAPI(Resource):
    """Operations of ``client.networks``."""

    __slots__ = ()

    def connect(
        self,
        id: str,
        *,
        container: str | NotGiven | None = NOT_GIVEN,
        endpoint_config: _models.EndpointSettings | NotGiven | None = NOT_GIVEN,
        body: _models.NetworkConnectRequest | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> None:
        """Connect a container to a network.

        ``POST /networks/{id}/connect``, API 1.25+.

        Args:
            id: path parameter ``id`` (str), API 1.25+.
            container: body field ``Container`` (str), API 1.25+.
            endpoint_config: body field ``EndpointConfig`` (_models.EndpointSettings), API 1.25+.
            body: the whole request body; the keyword arguments above are merged over it.
            options: per-request options such as a timeout.

        Returns:
            Nothing.
        """
        self._client.request(
            NETWORK_CONNECT,
            path={"id": id},
            query={},
            headers={},
            body=self._client.build_body(
                _models.NetworkConnectRequest,
                body,
                {"container": container, "endpoint_config": endpoint_config},
            ),
            response_type=None,
            options=options,
        )

    def create(
        self,
        *,
        name: str | NotGiven | None = NOT_GIVEN,
        driver: str | NotGiven | None = NOT_GIVEN,
        scope: str | NotGiven | None = NOT_GIVEN,
        internal: bool | NotGiven | None = NOT_GIVEN,
        attachable: bool | NotGiven | None = NOT_GIVEN,
        ingress: bool | NotGiven | None = NOT_GIVEN,
        config_only: bool | NotGiven | None = NOT_GIVEN,
        config_from: _models.ConfigReference | NotGiven | None = NOT_GIVEN,
        ipam: _models.IPAM | NotGiven | None = NOT_GIVEN,
        enable_ipv4: bool | NotGiven | None = NOT_GIVEN,
        enable_ipv6: bool | NotGiven | None = NOT_GIVEN,
        body_options: dict[str, str] | NotGiven | None = NOT_GIVEN,
        labels: dict[str, str] | NotGiven | None = NOT_GIVEN,
        check_duplicate: bool | NotGiven | None = NOT_GIVEN,
        body: _models.NetworkCreateRequest | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> _models.NetworkCreateResponse:
        """Create a network.

        ``POST /networks/create``, API 1.25+.

        Args:
            name: body field ``Name`` (str), API 1.25+.
            driver: body field ``Driver`` (str), API 1.25+.
            scope: body field ``Scope`` (str), API 1.41+.
            internal: body field ``Internal`` (bool), API 1.25+.
            attachable: body field ``Attachable`` (bool), API 1.27+.
            ingress: body field ``Ingress`` (bool), API 1.29+.
            config_only: body field ``ConfigOnly`` (bool), API 1.41+.
            config_from: body field ``ConfigFrom`` (_models.ConfigReference), API 1.41+.
            ipam: body field ``IPAM`` (_models.IPAM), API 1.25+.
            enable_ipv4: body field ``EnableIPv4`` (bool), API 1.47+.
            enable_ipv6: body field ``EnableIPv6`` (bool), API 1.25+.
            body_options: body field ``Options`` (dict[str, str]), API 1.25+.
            labels: body field ``Labels`` (dict[str, str]), API 1.25+.
            check_duplicate: body field ``CheckDuplicate`` (bool), API 1.25-1.45.
            body: the whole request body; the keyword arguments above are merged over it.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "_models.NetworkCreateResponse",
            self._client.request(
                NETWORK_CREATE,
                path={},
                query={},
                headers={},
                body=self._client.build_body(
                    _models.NetworkCreateRequest,
                    body,
                    {
                        "name": name,
                        "driver": driver,
                        "scope": scope,
                        "internal": internal,
                        "attachable": attachable,
                        "ingress": ingress,
                        "config_only": config_only,
                        "config_from": config_from,
                        "ipam": ipam,
                        "enable_ipv4": enable_ipv4,
                        "enable_ipv6": enable_ipv6,
                        "options": body_options,
                        "labels": labels,
                        "check_duplicate": check_duplicate,
                    },
                ),
                response_type=_models.NetworkCreateResponse,
                options=options,
            ),
        )

    def disconnect(
        self,
        id: str,
        *,
        container: str | NotGiven | None = NOT_GIVEN,
        force: bool | NotGiven | None = NOT_GIVEN,
        body: _models.NetworkDisconnectRequest
        | Mapping[str, Any]
        | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> None:
        """Disconnect a container from a network.

        ``POST /networks/{id}/disconnect``, API 1.25+.

        Args:
            id: path parameter ``id`` (str), API 1.25+.
            container: body field ``Container`` (str), API 1.25+.
            force: body field ``Force`` (bool), API 1.25+.
            body: the whole request body; the keyword arguments above are merged over it.
            options: per-request options such as a timeout.

        Returns:
            Nothing.
        """
        self._client.request(
            NETWORK_DISCONNECT,
            path={"id": id},
            query={},
            headers={},
            body=self._client.build_body(
                _models.NetworkDisconnectRequest,
                body,
                {"container": container, "force": force},
            ),
            response_type=None,
            options=options,
        )

    def inspect(
        self,
        id: str,
        *,
        verbose: bool | NotGiven = NOT_GIVEN,
        scope: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> _models.NetworkInspect:
        """Inspect a network.

        ``GET /networks/{id}``, API 1.25+.

        Args:
            id: path parameter ``id`` (str), API 1.25+.
            verbose: query parameter ``verbose`` (bool), API 1.28+.
            scope: query parameter ``scope`` (str), API 1.31+.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "_models.NetworkInspect",
            self._client.request(
                NETWORK_INSPECT,
                path={"id": id},
                query={"verbose": verbose, "scope": scope},
                headers={},
                body=NOT_GIVEN,
                response_type=_models.NetworkInspect,
                options=options,
            ),
        )

    def list(
        self,
        *,
        filters: Mapping[str, Any] | str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> builtins.list[_models.NetworkSummary]:
        """List networks.

        ``GET /networks``, API 1.25+.

        Args:
            filters: query parameter ``filters`` (Mapping[str, Any] | str), API 1.25+.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "builtins.list[_models.NetworkSummary]",
            self._client.request(
                NETWORK_LIST,
                path={},
                query={"filters": filters},
                headers={},
                body=NOT_GIVEN,
                response_type=builtins.list[_models.NetworkSummary],
                options=options,
            ),
        )

    def prune(
        self,
        *,
        filters: Mapping[str, Any] | str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> _models.NetworkPruneResponse:
        """Remove unused networks.

        ``POST /networks/prune``, API 1.25+.

        Args:
            filters: query parameter ``filters`` (Mapping[str, Any] | str), API 1.25+.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "_models.NetworkPruneResponse",
            self._client.request(
                NETWORK_PRUNE,
                path={},
                query={"filters": filters},
                headers={},
                body=NOT_GIVEN,
                response_type=_models.NetworkPruneResponse,
                options=options,
            ),
        )

    def remove(self, id: str, *, options: RequestOptions | None = None) -> None:
        """Remove a network.

        ``DELETE /networks/{id}``, API 1.25+.

        Args:
            id: path parameter ``id`` (str), API 1.25+.
            options: per-request options such as a timeout.

        Returns:
            Nothing.
        """
        self._client.request(
            NETWORK_DELETE,
            path={"id": id},
            query={},
            headers={},
            body=NOT_GIVEN,
            response_type=None,
            options=options,
        )


class NodesAPI(Resource):
    """Operations of ``client.nodes``."""

    __slots__ = ()

    def inspect(
        self, id: str, *, options: RequestOptions | None = None
    ) -> _models.Node:
        """Inspect a swarm node.

        ``GET /nodes/{id}``, API 1.25+.

        Args:
            id: path parameter ``id`` (str), API 1.25+.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "_models.Node",
            self._client.request(
                NODE_INSPECT,
                path={"id": id},
                query={},
                headers={},
                body=NOT_GIVEN,
                response_type=_models.Node,
                options=options,
            ),
        )

    def list(
        self,
        *,
        filters: Mapping[str, Any] | str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> builtins.list[_models.Node]:
        """List swarm nodes.

        ``GET /nodes``, API 1.25+.

        Args:
            filters: query parameter ``filters`` (Mapping[str, Any] | str), API 1.25+.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "builtins.list[_models.Node]",
            self._client.request(
                NODE_LIST,
                path={},
                query={"filters": filters},
                headers={},
                body=NOT_GIVEN,
                response_type=builtins.list[_models.Node],
                options=options,
            ),
        )

    def remove(
        self,
        id: str,
        *,
        force: bool | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> None:
        """Remove a swarm node.

        ``DELETE /nodes/{id}``, API 1.25+.

        Args:
            id: path parameter ``id`` (str), API 1.25+.
            force: query parameter ``force`` (bool), API 1.25+.
            options: per-request options such as a timeout.

        Returns:
            Nothing.
        """
        self._client.request(
            NODE_DELETE,
            path={"id": id},
            query={"force": force},
            headers={},
            body=NOT_GIVEN,
            response_type=None,
            options=options,
        )

    def update(
        self,
        id: str,
        *,
        version: int,
        name: str | NotGiven | None = NOT_GIVEN,
        labels: dict[str, str] | NotGiven | None = NOT_GIVEN,
        role: Literal["worker", "manager"] | str | NotGiven | None = NOT_GIVEN,
        availability: Literal["active", "pause", "drain"]
        | str
        | NotGiven
        | None = NOT_GIVEN,
        body: _models.NodeSpec | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> None:
        """Update a swarm node.

        ``POST /nodes/{id}/update``, API 1.25+.

        Args:
            id: path parameter ``id`` (str), API 1.25+.
            version: query parameter ``version`` (int), API 1.25+.
            name: body field ``Name`` (str), API 1.25+.
            labels: body field ``Labels`` (dict[str, str]), API 1.25+.
            role: body field ``Role`` (Literal["worker", "manager"] | str), API 1.25+.
            availability: body field ``Availability`` (Literal["active", "pause", "drain"] | str), API 1.25+.
            body: the whole request body; the keyword arguments above are merged over it.
            options: per-request options such as a timeout.

        Returns:
            Nothing.
        """
        self._client.request(
            NODE_UPDATE,
            path={"id": id},
            query={"version": version},
            headers={},
            body=self._client.build_body(
                _models.NodeSpec,
                body,
                {
                    "name": name,
                    "labels": labels,
                    "role": role,
                    "availability": availability,
                },
            ),
            response_type=None,
            options=options,
        )


class PluginsAPI(Resource):
    """Operations of ``client.plugins``."""

    __slots__ = ()

    def create(
        self,
        *,
        name: str,
        body: bytes
        | IO[bytes]
        | Iterable[bytes]
        | Iterable[bytes]
        | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> None:
        """Create a plugin from a tar archive.

        ``POST /plugins/create``, API 1.25+.

        Args:
            name: query parameter ``name`` (str), API 1.25+.
            body: the bytes to send (API 1.25+).
            options: per-request options such as a timeout.

        Returns:
            Nothing.
        """
        self._client.request(
            PLUGIN_CREATE,
            path={},
            query={"name": name},
            headers={},
            body=body,
            response_type=None,
            options=options,
        )

    def disable(
        self,
        name: str,
        *,
        force: bool | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> None:
        """Disable a plugin.

        ``POST /plugins/{name}/disable``, API 1.25+.

        Args:
            name: path parameter ``name`` (str), API 1.25+.
            force: query parameter ``force`` (bool), API 1.28+.
            options: per-request options such as a timeout.

        Returns:
            Nothing.
        """
        self._client.request(
            PLUGIN_DISABLE,
            path={"name": name},
            query={"force": force},
            headers={},
            body=NOT_GIVEN,
            response_type=None,
            options=options,
        )

    def enable(
        self,
        name: str,
        *,
        timeout: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> None:
        """Enable a plugin.

        ``POST /plugins/{name}/enable``, API 1.25+.

        Args:
            name: path parameter ``name`` (str), API 1.25+.
            timeout: query parameter ``timeout`` (int), API 1.25+.
            options: per-request options such as a timeout.

        Returns:
            Nothing.
        """
        self._client.request(
            PLUGIN_ENABLE,
            path={"name": name},
            query={"timeout": timeout},
            headers={},
            body=NOT_GIVEN,
            response_type=None,
            options=options,
        )

    def inspect(
        self, name: str, *, options: RequestOptions | None = None
    ) -> _models.Plugin:
        """Inspect a plugin.

        ``GET /plugins/{name}/json``, API 1.25+.

        Args:
            name: path parameter ``name`` (str), API 1.25+.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "_models.Plugin",
            self._client.request(
                PLUGIN_INSPECT,
                path={"name": name},
                query={},
                headers={},
                body=NOT_GIVEN,
                response_type=_models.Plugin,
                options=options,
            ),
        )

    def list(
        self,
        *,
        filters: Mapping[str, Any] | str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> builtins.list[_models.Plugin]:
        """List plugins.

        ``GET /plugins``, API 1.25+.

        Args:
            filters: query parameter ``filters`` (Mapping[str, Any] | str), API 1.28+.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "builtins.list[_models.Plugin]",
            self._client.request(
                PLUGIN_LIST,
                path={},
                query={"filters": filters},
                headers={},
                body=NOT_GIVEN,
                response_type=builtins.list[_models.Plugin],
                options=options,
            ),
        )

    def privileges(
        self,
        *,
        remote: str,
        name: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> builtins.list[_models.PluginPrivilege]:
        """List the privileges a plugin asks for.

        ``GET /plugins/privileges``, API 1.25+.

        Args:
            remote: query parameter ``remote`` (str), API 1.27+.
            name: query parameter ``name`` (str), API 1.25-1.26.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "builtins.list[_models.PluginPrivilege]",
            self._client.request(
                GET_PLUGIN_PRIVILEGES,
                path={},
                query={"remote": remote, "name": name},
                headers={},
                body=NOT_GIVEN,
                response_type=builtins.list[_models.PluginPrivilege],
                options=options,
            ),
        )

    def pull(
        self,
        *,
        remote: str,
        name: str | NotGiven = NOT_GIVEN,
        x_registry_auth: str | NotGiven = NOT_GIVEN,
        body: builtins.list[_models.PluginPrivilege] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> JSONStream[dict[str, Any]]:
        """Install a plugin.

        ``POST /plugins/pull``, API 1.25+.

        Args:
            remote: query parameter ``remote`` (str), API 1.25+.
            name: query parameter ``name`` (str), API 1.25+.
            x_registry_auth: header parameter ``X-Registry-Auth`` (str), API 1.25+.
            body: the JSON body (API 1.25+).
            options: per-request options such as a timeout.

        Returns:
            A stream of parsed JSON objects; close it when done.
        """
        return cast(
            "JSONStream[dict[str, Any]]",
            self._client.request(
                PLUGIN_PULL,
                path={},
                query={"remote": remote, "name": name},
                headers={"X-Registry-Auth": x_registry_auth},
                body=body,
                response_type=None,
                options=options,
            ),
        )

    def push(
        self, name: str, *, options: RequestOptions | None = None
    ) -> JSONStream[dict[str, Any]]:
        """Push a plugin to a registry.

        ``POST /plugins/{name}/push``, API 1.25+.

        Args:
            name: path parameter ``name`` (str), API 1.25+.
            options: per-request options such as a timeout.

        Returns:
            A stream of parsed JSON objects; close it when done.
        """
        return cast(
            "JSONStream[dict[str, Any]]",
            self._client.request(
                PLUGIN_PUSH,
                path={"name": name},
                query={},
                headers={},
                body=NOT_GIVEN,
                response_type=None,
                options=options,
            ),
        )

    def remove(
        self,
        name: str,
        *,
        force: bool | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> _models.Plugin:
        """Remove a plugin.

        ``DELETE /plugins/{name}``, API 1.25+.

        Args:
            name: path parameter ``name`` (str), API 1.25+.
            force: query parameter ``force`` (bool), API 1.25+.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "_models.Plugin",
            self._client.request(
                PLUGIN_DELETE,
                path={"name": name},
                query={"force": force},
                headers={},
                body=NOT_GIVEN,
                response_type=_models.Plugin,
                options=options,
            ),
        )

    def set(
        self,
        name: str,
        *,
        body: builtins.list[str] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> None:
        """Configure a plugin.

        ``POST /plugins/{name}/set``, API 1.25+.

        Args:
            name: path parameter ``name`` (str), API 1.25+.
            body: the JSON body (API 1.25+).
            options: per-request options such as a timeout.

        Returns:
            Nothing.
        """
        self._client.request(
            PLUGIN_SET,
            path={"name": name},
            query={},
            headers={},
            body=body,
            response_type=None,
            options=options,
        )

    def upgrade(
        self,
        name: str,
        *,
        remote: str,
        x_registry_auth: str | NotGiven = NOT_GIVEN,
        body: builtins.list[_models.PluginPrivilege] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> JSONStream[dict[str, Any]]:
        """Upgrade a plugin.

        ``POST /plugins/{name}/upgrade``, API 1.26+.

        Args:
            name: path parameter ``name`` (str), API 1.26+.
            remote: query parameter ``remote`` (str), API 1.26+.
            x_registry_auth: header parameter ``X-Registry-Auth`` (str), API 1.26+.
            body: the JSON body (API 1.26+).
            options: per-request options such as a timeout.

        Returns:
            A stream of parsed JSON objects; close it when done.
        """
        return cast(
            "JSONStream[dict[str, Any]]",
            self._client.request(
                PLUGIN_UPGRADE,
                path={"name": name},
                query={"remote": remote},
                headers={"X-Registry-Auth": x_registry_auth},
                body=body,
                response_type=None,
                options=options,
            ),
        )


class SecretsAPI(Resource):
    """Operations of ``client.secrets``."""

    __slots__ = ()

    def create(
        self,
        *,
        name: str | NotGiven | None = NOT_GIVEN,
        labels: dict[str, str] | NotGiven | None = NOT_GIVEN,
        data: str | builtins.list[str] | NotGiven | None = NOT_GIVEN,
        driver: _models.Driver | NotGiven | None = NOT_GIVEN,
        templating: _models.Driver | NotGiven | None = NOT_GIVEN,
        body: _models.SecretCreateBody | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> _models.IDResponse:
        """Create a secret.

        ``POST /secrets/create``, API 1.25+.

        Args:
            name: body field ``Name`` (str), API 1.25+.
            labels: body field ``Labels`` (dict[str, str]), API 1.25+.
            data: body field ``Data`` (str | builtins.list[str]), API 1.25+.
            driver: body field ``Driver`` (_models.Driver), API 1.31+.
            templating: body field ``Templating`` (_models.Driver), API 1.37+.
            body: the whole request body; the keyword arguments above are merged over it.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "_models.IDResponse",
            self._client.request(
                SECRET_CREATE,
                path={},
                query={},
                headers={},
                body=self._client.build_body(
                    _models.SecretCreateBody,
                    body,
                    {
                        "name": name,
                        "labels": labels,
                        "data": data,
                        "driver": driver,
                        "templating": templating,
                    },
                ),
                response_type=_models.IDResponse,
                options=options,
            ),
        )

    def inspect(
        self, id: str, *, options: RequestOptions | None = None
    ) -> _models.Secret:
        """Inspect a secret.

        ``GET /secrets/{id}``, API 1.25+.

        Args:
            id: path parameter ``id`` (str), API 1.25+.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "_models.Secret",
            self._client.request(
                SECRET_INSPECT,
                path={"id": id},
                query={},
                headers={},
                body=NOT_GIVEN,
                response_type=_models.Secret,
                options=options,
            ),
        )

    def list(
        self,
        *,
        filters: Mapping[str, Any] | str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> builtins.list[_models.Secret]:
        """List secrets.

        ``GET /secrets``, API 1.25+.

        Args:
            filters: query parameter ``filters`` (Mapping[str, Any] | str), API 1.25+.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "builtins.list[_models.Secret]",
            self._client.request(
                SECRET_LIST,
                path={},
                query={"filters": filters},
                headers={},
                body=NOT_GIVEN,
                response_type=builtins.list[_models.Secret],
                options=options,
            ),
        )

    def remove(self, id: str, *, options: RequestOptions | None = None) -> None:
        """Remove a secret.

        ``DELETE /secrets/{id}``, API 1.25+.

        Args:
            id: path parameter ``id`` (str), API 1.25+.
            options: per-request options such as a timeout.

        Returns:
            Nothing.
        """
        self._client.request(
            SECRET_DELETE,
            path={"id": id},
            query={},
            headers={},
            body=NOT_GIVEN,
            response_type=None,
            options=options,
        )

    def update(
        self,
        id: str,
        *,
        version: int,
        name: str | NotGiven | None = NOT_GIVEN,
        labels: dict[str, str] | NotGiven | None = NOT_GIVEN,
        data: str | builtins.list[str] | NotGiven | None = NOT_GIVEN,
        driver: _models.Driver | NotGiven | None = NOT_GIVEN,
        templating: _models.Driver | NotGiven | None = NOT_GIVEN,
        body: _models.SecretSpec | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> None:
        """Update a secret.

        ``POST /secrets/{id}/update``, API 1.26+.

        Args:
            id: path parameter ``id`` (str), API 1.26+.
            version: query parameter ``version`` (int), API 1.26+.
            name: body field ``Name`` (str), API 1.25+.
            labels: body field ``Labels`` (dict[str, str]), API 1.25+.
            data: body field ``Data`` (str | builtins.list[str]), API 1.25+.
            driver: body field ``Driver`` (_models.Driver), API 1.31+.
            templating: body field ``Templating`` (_models.Driver), API 1.37+.
            body: the whole request body; the keyword arguments above are merged over it.
            options: per-request options such as a timeout.

        Returns:
            Nothing.
        """
        self._client.request(
            SECRET_UPDATE,
            path={"id": id},
            query={"version": version},
            headers={},
            body=self._client.build_body(
                _models.SecretSpec,
                body,
                {
                    "name": name,
                    "labels": labels,
                    "data": data,
                    "driver": driver,
                    "templating": templating,
                },
            ),
            response_type=None,
            options=options,
        )


class ServicesAPI(Resource):
    """Operations of ``client.services``."""

    __slots__ = ()

    def create(
        self,
        *,
        x_registry_auth: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven | None = NOT_GIVEN,
        labels: dict[str, str] | NotGiven | None = NOT_GIVEN,
        task_template: _models.TaskSpec | NotGiven | None = NOT_GIVEN,
        mode: _models.ServiceSpecMode | NotGiven | None = NOT_GIVEN,
        update_config: _models.ServiceSpecUpdateConfig | NotGiven | None = NOT_GIVEN,
        rollback_config: _models.ServiceSpecRollbackConfig
        | NotGiven
        | None = NOT_GIVEN,
        networks: builtins.list[_models.NetworkAttachmentConfig]
        | NotGiven
        | None = NOT_GIVEN,
        endpoint_spec: _models.EndpointSpec | NotGiven | None = NOT_GIVEN,
        body: _models.ServiceCreateBody | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> _models.ServiceCreateResponse:
        """Create a service.

        ``POST /services/create``, API 1.25+.

        Args:
            x_registry_auth: header parameter ``X-Registry-Auth`` (str), API 1.25+.
            name: body field ``Name`` (str), API 1.25+.
            labels: body field ``Labels`` (dict[str, str]), API 1.25+.
            task_template: body field ``TaskTemplate`` (_models.TaskSpec), API 1.25+.
            mode: body field ``Mode`` (_models.ServiceSpecMode), API 1.25+.
            update_config: body field ``UpdateConfig`` (_models.ServiceSpecUpdateConfig), API 1.25+.
            rollback_config: body field ``RollbackConfig`` (_models.ServiceSpecRollbackConfig), API 1.28+.
            networks: body field ``Networks`` (builtins.list[_models.NetworkAttachmentConfig]), API 1.25+.
            endpoint_spec: body field ``EndpointSpec`` (_models.EndpointSpec), API 1.25+.
            body: the whole request body; the keyword arguments above are merged over it.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "_models.ServiceCreateResponse",
            self._client.request(
                SERVICE_CREATE,
                path={},
                query={},
                headers={"X-Registry-Auth": x_registry_auth},
                body=self._client.build_body(
                    _models.ServiceCreateBody,
                    body,
                    {
                        "name": name,
                        "labels": labels,
                        "task_template": task_template,
                        "mode": mode,
                        "update_config": update_config,
                        "rollback_config": rollback_config,
                        "networks": networks,
                        "endpoint_spec": endpoint_spec,
                    },
                ),
                response_type=_models.ServiceCreateResponse,
                options=options,
            ),
        )

    def inspect(
        self,
        id: str,
        *,
        insert_defaults: bool | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> _models.Service:
        """Inspect a service.

        ``GET /services/{id}``, API 1.25+.

        Args:
            id: path parameter ``id`` (str), API 1.25+.
            insert_defaults: query parameter ``insertDefaults`` (bool), API 1.29+.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "_models.Service",
            self._client.request(
                SERVICE_INSPECT,
                path={"id": id},
                query={"insertDefaults": insert_defaults},
                headers={},
                body=NOT_GIVEN,
                response_type=_models.Service,
                options=options,
            ),
        )

    def list(
        self,
        *,
        filters: Mapping[str, Any] | str | NotGiven = NOT_GIVEN,
        status: bool | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> builtins.list[_models.Service]:
        """List services.

        ``GET /services``, API 1.25+.

        Args:
            filters: query parameter ``filters`` (Mapping[str, Any] | str), API 1.25+.
            status: query parameter ``status`` (bool), API 1.41+.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "builtins.list[_models.Service]",
            self._client.request(
                SERVICE_LIST,
                path={},
                query={"filters": filters, "status": status},
                headers={},
                body=NOT_GIVEN,
                response_type=builtins.list[_models.Service],
                options=options,
            ),
        )

    def logs(
        self,
        id: str,
        *,
        details: bool | NotGiven = NOT_GIVEN,
        follow: bool | NotGiven = NOT_GIVEN,
        stdout: bool | NotGiven = NOT_GIVEN,
        stderr: bool | NotGiven = NOT_GIVEN,
        since: int | NotGiven = NOT_GIVEN,
        timestamps: bool | NotGiven = NOT_GIVEN,
        tail: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> FrameStream:
        """Read a service's logs.

        ``GET /services/{id}/logs``, API 1.25+.

        Args:
            id: path parameter ``id`` (str), API 1.25+.
            details: query parameter ``details`` (bool), API 1.25+.
            follow: query parameter ``follow`` (bool), API 1.25+.
            stdout: query parameter ``stdout`` (bool), API 1.25+.
            stderr: query parameter ``stderr`` (bool), API 1.25+.
            since: query parameter ``since`` (int), API 1.25+.
            timestamps: query parameter ``timestamps`` (bool), API 1.25+.
            tail: query parameter ``tail`` (str), API 1.25+.
            options: per-request options such as a timeout.

        Returns:
            A stream of output frames; close it when done.
        """
        return cast(
            "FrameStream",
            self._client.request(
                SERVICE_LOGS,
                path={"id": id},
                query={
                    "details": details,
                    "follow": follow,
                    "stdout": stdout,
                    "stderr": stderr,
                    "since": since,
                    "timestamps": timestamps,
                    "tail": tail,
                },
                headers={},
                body=NOT_GIVEN,
                response_type=None,
                options=options,
            ),
        )

    def remove(self, id: str, *, options: RequestOptions | None = None) -> None:
        """Remove a service.

        ``DELETE /services/{id}``, API 1.25+.

        Args:
            id: path parameter ``id`` (str), API 1.25+.
            options: per-request options such as a timeout.

        Returns:
            Nothing.
        """
        self._client.request(
            SERVICE_DELETE,
            path={"id": id},
            query={},
            headers={},
            body=NOT_GIVEN,
            response_type=None,
            options=options,
        )

    def update(
        self,
        id: str,
        *,
        version: int,
        registry_auth_from: str | NotGiven = NOT_GIVEN,
        rollback: str | NotGiven = NOT_GIVEN,
        x_registry_auth: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven | None = NOT_GIVEN,
        labels: dict[str, str] | NotGiven | None = NOT_GIVEN,
        task_template: _models.TaskSpec | NotGiven | None = NOT_GIVEN,
        mode: _models.ServiceSpecMode | NotGiven | None = NOT_GIVEN,
        update_config: _models.ServiceSpecUpdateConfig | NotGiven | None = NOT_GIVEN,
        rollback_config: _models.ServiceSpecRollbackConfig
        | NotGiven
        | None = NOT_GIVEN,
        networks: builtins.list[_models.NetworkAttachmentConfig]
        | NotGiven
        | None = NOT_GIVEN,
        endpoint_spec: _models.EndpointSpec | NotGiven | None = NOT_GIVEN,
        body: _models.ServiceUpdateBody | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> _models.ServiceUpdateResponse:
        """Update a service.

        ``POST /services/{id}/update``, API 1.25+.

        Args:
            id: path parameter ``id`` (str), API 1.25+.
            version: query parameter ``version`` (int), API 1.25+.
            registry_auth_from: query parameter ``registryAuthFrom`` (str), API 1.25+.
            rollback: query parameter ``rollback`` (str), API 1.28+.
            x_registry_auth: header parameter ``X-Registry-Auth`` (str), API 1.25+.
            name: body field ``Name`` (str), API 1.25+.
            labels: body field ``Labels`` (dict[str, str]), API 1.25+.
            task_template: body field ``TaskTemplate`` (_models.TaskSpec), API 1.25+.
            mode: body field ``Mode`` (_models.ServiceSpecMode), API 1.25+.
            update_config: body field ``UpdateConfig`` (_models.ServiceSpecUpdateConfig), API 1.25+.
            rollback_config: body field ``RollbackConfig`` (_models.ServiceSpecRollbackConfig), API 1.28+.
            networks: body field ``Networks`` (builtins.list[_models.NetworkAttachmentConfig]), API 1.25+.
            endpoint_spec: body field ``EndpointSpec`` (_models.EndpointSpec), API 1.25+.
            body: the whole request body; the keyword arguments above are merged over it.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "_models.ServiceUpdateResponse",
            self._client.request(
                SERVICE_UPDATE,
                path={"id": id},
                query={
                    "version": version,
                    "registryAuthFrom": registry_auth_from,
                    "rollback": rollback,
                },
                headers={"X-Registry-Auth": x_registry_auth},
                body=self._client.build_body(
                    _models.ServiceUpdateBody,
                    body,
                    {
                        "name": name,
                        "labels": labels,
                        "task_template": task_template,
                        "mode": mode,
                        "update_config": update_config,
                        "rollback_config": rollback_config,
                        "networks": networks,
                        "endpoint_spec": endpoint_spec,
                    },
                ),
                response_type=_models.ServiceUpdateResponse,
                options=options,
            ),
        )


class SessionAPI(Resource):
    """Operations of ``client.session``."""

    __slots__ = ()

    def start(self, *, options: RequestOptions | None = None) -> HijackedSession:
        """Open an interactive session for BuildKit.

        ``POST /session``, API 1.31+.

        Args:
            options: per-request options such as a timeout.

        Returns:
            The hijacked connection; close it when done.
        """
        return cast(
            "HijackedSession",
            self._client.request(
                SESSION,
                path={},
                query={},
                headers={},
                body=NOT_GIVEN,
                response_type=None,
                options=options,
            ),
        )


class SwarmAPI(Resource):
    """Operations of ``client.swarm``."""

    __slots__ = ()

    def init(
        self,
        *,
        listen_addr: str | NotGiven | None = NOT_GIVEN,
        advertise_addr: str | NotGiven | None = NOT_GIVEN,
        data_path_addr: str | NotGiven | None = NOT_GIVEN,
        data_path_port: int | NotGiven | None = NOT_GIVEN,
        default_addr_pool: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        force_new_cluster: bool | NotGiven | None = NOT_GIVEN,
        subnet_size: int | NotGiven | None = NOT_GIVEN,
        spec: _models.SwarmSpec | NotGiven | None = NOT_GIVEN,
        body: _models.SwarmInitRequest | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> str:
        """Create a new swarm.

        ``POST /swarm/init``, API 1.25+.

        Args:
            listen_addr: body field ``ListenAddr`` (str), API 1.25+.
            advertise_addr: body field ``AdvertiseAddr`` (str), API 1.25+.
            data_path_addr: body field ``DataPathAddr`` (str), API 1.30+.
            data_path_port: body field ``DataPathPort`` (int), API 1.40+.
            default_addr_pool: body field ``DefaultAddrPool`` (builtins.list[str]), API 1.39+.
            force_new_cluster: body field ``ForceNewCluster`` (bool), API 1.25+.
            subnet_size: body field ``SubnetSize`` (int), API 1.39+.
            spec: body field ``Spec`` (_models.SwarmSpec), API 1.25+.
            body: the whole request body; the keyword arguments above are merged over it.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "str",
            self._client.request(
                SWARM_INIT,
                path={},
                query={},
                headers={},
                body=self._client.build_body(
                    _models.SwarmInitRequest,
                    body,
                    {
                        "listen_addr": listen_addr,
                        "advertise_addr": advertise_addr,
                        "data_path_addr": data_path_addr,
                        "data_path_port": data_path_port,
                        "default_addr_pool": default_addr_pool,
                        "force_new_cluster": force_new_cluster,
                        "subnet_size": subnet_size,
                        "spec": spec,
                    },
                ),
                response_type=str,
                options=options,
            ),
        )

    def inspect(self, *, options: RequestOptions | None = None) -> _models.Swarm:
        """Inspect the swarm.

        ``GET /swarm``, API 1.25+.

        Args:
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "_models.Swarm",
            self._client.request(
                SWARM_INSPECT,
                path={},
                query={},
                headers={},
                body=NOT_GIVEN,
                response_type=_models.Swarm,
                options=options,
            ),
        )

    def join(
        self,
        *,
        listen_addr: str | NotGiven | None = NOT_GIVEN,
        advertise_addr: str | NotGiven | None = NOT_GIVEN,
        data_path_addr: str | NotGiven | None = NOT_GIVEN,
        remote_addrs: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        join_token: str | NotGiven | None = NOT_GIVEN,
        body: _models.SwarmJoinRequest | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> None:
        """Join an existing swarm.

        ``POST /swarm/join``, API 1.25+.

        Args:
            listen_addr: body field ``ListenAddr`` (str), API 1.25+.
            advertise_addr: body field ``AdvertiseAddr`` (str), API 1.25+.
            data_path_addr: body field ``DataPathAddr`` (str), API 1.30+.
            remote_addrs: body field ``RemoteAddrs`` (builtins.list[str]), API 1.25+.
            join_token: body field ``JoinToken`` (str), API 1.25+.
            body: the whole request body; the keyword arguments above are merged over it.
            options: per-request options such as a timeout.

        Returns:
            Nothing.
        """
        self._client.request(
            SWARM_JOIN,
            path={},
            query={},
            headers={},
            body=self._client.build_body(
                _models.SwarmJoinRequest,
                body,
                {
                    "listen_addr": listen_addr,
                    "advertise_addr": advertise_addr,
                    "data_path_addr": data_path_addr,
                    "remote_addrs": remote_addrs,
                    "join_token": join_token,
                },
            ),
            response_type=None,
            options=options,
        )

    def leave(
        self,
        *,
        force: bool | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> None:
        """Leave the swarm.

        ``POST /swarm/leave``, API 1.25+.

        Args:
            force: query parameter ``force`` (bool), API 1.25+.
            options: per-request options such as a timeout.

        Returns:
            Nothing.
        """
        self._client.request(
            SWARM_LEAVE,
            path={},
            query={"force": force},
            headers={},
            body=NOT_GIVEN,
            response_type=None,
            options=options,
        )

    def unlock(
        self,
        *,
        unlock_key: str | NotGiven | None = NOT_GIVEN,
        body: _models.SwarmUnlockRequest | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> None:
        """Unlock a locked swarm manager.

        ``POST /swarm/unlock``, API 1.25+.

        Args:
            unlock_key: body field ``UnlockKey`` (str), API 1.25+.
            body: the whole request body; the keyword arguments above are merged over it.
            options: per-request options such as a timeout.

        Returns:
            Nothing.
        """
        self._client.request(
            SWARM_UNLOCK,
            path={},
            query={},
            headers={},
            body=self._client.build_body(
                _models.SwarmUnlockRequest, body, {"unlock_key": unlock_key}
            ),
            response_type=None,
            options=options,
        )

    def unlock_key(
        self, *, options: RequestOptions | None = None
    ) -> _models.UnlockKeyResponse:
        """Read the swarm's unlock key.

        ``GET /swarm/unlockkey``, API 1.25+.

        Args:
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "_models.UnlockKeyResponse",
            self._client.request(
                SWARM_UNLOCKKEY,
                path={},
                query={},
                headers={},
                body=NOT_GIVEN,
                response_type=_models.UnlockKeyResponse,
                options=options,
            ),
        )

    def update(
        self,
        *,
        version: int,
        rotate_worker_token: bool | NotGiven = NOT_GIVEN,
        rotate_manager_token: bool | NotGiven = NOT_GIVEN,
        rotate_manager_unlock_key: bool | NotGiven = NOT_GIVEN,
        name: str | NotGiven | None = NOT_GIVEN,
        labels: dict[str, str] | NotGiven | None = NOT_GIVEN,
        orchestration: _models.SwarmSpecOrchestration | NotGiven | None = NOT_GIVEN,
        raft: _models.SwarmSpecRaft | NotGiven | None = NOT_GIVEN,
        dispatcher: _models.SwarmSpecDispatcher | NotGiven | None = NOT_GIVEN,
        ca_config: _models.SwarmSpecCAConfig | NotGiven | None = NOT_GIVEN,
        encryption_config: _models.SwarmSpecEncryptionConfig
        | NotGiven
        | None = NOT_GIVEN,
        task_defaults: _models.SwarmSpecTaskDefaults | NotGiven | None = NOT_GIVEN,
        body: _models.SwarmSpec | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> None:
        """Update the swarm.

        ``POST /swarm/update``, API 1.25+.

        Args:
            version: query parameter ``version`` (int), API 1.25+.
            rotate_worker_token: query parameter ``rotateWorkerToken`` (bool), API 1.25+.
            rotate_manager_token: query parameter ``rotateManagerToken`` (bool), API 1.25+.
            rotate_manager_unlock_key: query parameter ``rotateManagerUnlockKey`` (bool), API 1.25+.
            name: body field ``Name`` (str), API 1.25+.
            labels: body field ``Labels`` (dict[str, str]), API 1.25+.
            orchestration: body field ``Orchestration`` (_models.SwarmSpecOrchestration), API 1.25+.
            raft: body field ``Raft`` (_models.SwarmSpecRaft), API 1.25+.
            dispatcher: body field ``Dispatcher`` (_models.SwarmSpecDispatcher), API 1.25+.
            ca_config: body field ``CAConfig`` (_models.SwarmSpecCAConfig), API 1.25+.
            encryption_config: body field ``EncryptionConfig`` (_models.SwarmSpecEncryptionConfig), API 1.25+.
            task_defaults: body field ``TaskDefaults`` (_models.SwarmSpecTaskDefaults), API 1.25+.
            body: the whole request body; the keyword arguments above are merged over it.
            options: per-request options such as a timeout.

        Returns:
            Nothing.
        """
        self._client.request(
            SWARM_UPDATE,
            path={},
            query={
                "version": version,
                "rotateWorkerToken": rotate_worker_token,
                "rotateManagerToken": rotate_manager_token,
                "rotateManagerUnlockKey": rotate_manager_unlock_key,
            },
            headers={},
            body=self._client.build_body(
                _models.SwarmSpec,
                body,
                {
                    "name": name,
                    "labels": labels,
                    "orchestration": orchestration,
                    "raft": raft,
                    "dispatcher": dispatcher,
                    "ca_config": ca_config,
                    "encryption_config": encryption_config,
                    "task_defaults": task_defaults,
                },
            ),
            response_type=None,
            options=options,
        )


class SystemAPI(Resource):
    """Operations of ``client.system``."""

    __slots__ = ()

    def auth(
        self,
        *,
        username: str | NotGiven | None = NOT_GIVEN,
        password: str | NotGiven | None = NOT_GIVEN,
        serveraddress: str | NotGiven | None = NOT_GIVEN,
        email: str | NotGiven | None = NOT_GIVEN,
        body: _models.AuthConfig | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> _models.AuthResponse:
        """Check registry credentials.

        ``POST /auth``, API 1.25+.

        Args:
            username: body field ``username`` (str), API 1.25+.
            password: body field ``password`` (str), API 1.25+.
            serveraddress: body field ``serveraddress`` (str), API 1.25+.
            email: body field ``email`` (str), API 1.25-1.51.
            body: the whole request body; the keyword arguments above are merged over it.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "_models.AuthResponse",
            self._client.request(
                SYSTEM_AUTH,
                path={},
                query={},
                headers={},
                body=self._client.build_body(
                    _models.AuthConfig,
                    body,
                    {
                        "username": username,
                        "password": password,
                        "serveraddress": serveraddress,
                        "email": email,
                    },
                ),
                response_type=_models.AuthResponse,
                options=options,
            ),
        )

    def df(
        self,
        *,
        type: builtins.list[
            Literal["container", "image", "volume", "build-cache"] | str
        ]
        | NotGiven = NOT_GIVEN,
        verbose: bool | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> _models.SystemDataUsageResponse:
        """Read disk usage.

        ``GET /system/df``, API 1.25+.

        Args:
            type: query parameter ``type`` (builtins.list[Literal["container", "image", "volume", "build-cache"] | str]), API 1.42+.
            verbose: query parameter ``verbose`` (bool), API 1.52+.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "_models.SystemDataUsageResponse",
            self._client.request(
                SYSTEM_DATA_USAGE,
                path={},
                query={"type": type, "verbose": verbose},
                headers={},
                body=NOT_GIVEN,
                response_type=_models.SystemDataUsageResponse,
                options=options,
            ),
        )

    def events(
        self,
        *,
        since: str | NotGiven = NOT_GIVEN,
        until: str | NotGiven = NOT_GIVEN,
        filters: Mapping[str, Any] | str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> JSONStream[_models.EventMessage]:
        """Follow the daemon's events.

        ``GET /events``, API 1.25+.

        Args:
            since: events from this UNIX time on (seconds) (query parameter ``since``, str, API 1.25+).
            until: events up to this UNIX time, then the stream ends (query parameter ``until``, str, API 1.25+).
            filters: query parameter ``filters`` (Mapping[str, Any] | str), API 1.25+.
            options: per-request options such as a timeout.

        Returns:
            A stream of parsed JSON objects; close it when done.
        """
        return cast(
            "JSONStream[_models.EventMessage]",
            self._client.request(
                SYSTEM_EVENTS,
                path={},
                query={"since": since, "until": until, "filters": filters},
                headers={},
                body=NOT_GIVEN,
                response_type=_models.EventMessage,
                options=options,
            ),
        )

    def info(self, *, options: RequestOptions | None = None) -> _models.SystemInfo:
        """Read system-wide information.

        ``GET /info``, API 1.25+.

        Args:
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "_models.SystemInfo",
            self._client.request(
                SYSTEM_INFO,
                path={},
                query={},
                headers={},
                body=NOT_GIVEN,
                response_type=_models.SystemInfo,
                options=options,
            ),
        )

    def ping(self, *, options: RequestOptions | None = None) -> str:
        """Check that the daemon answers.

        ``GET /_ping``, API 1.25+.

        Args:
            options: per-request options such as a timeout.

        Returns:
            The response text.
        """
        return cast(
            "str",
            self._client.request(
                SYSTEM_PING,
                path={},
                query={},
                headers={},
                body=NOT_GIVEN,
                response_type=str,
                options=options,
            ),
        )

    def ping_head(self, *, options: RequestOptions | None = None) -> None:
        """Check that the daemon answers, headers only.

        ``HEAD /_ping``, API 1.40+.

        Args:
            options: per-request options such as a timeout.

        Returns:
            Nothing.
        """
        self._client.request(
            SYSTEM_PING_HEAD,
            path={},
            query={},
            headers={},
            body=NOT_GIVEN,
            response_type=None,
            options=options,
        )

    def version(
        self, *, options: RequestOptions | None = None
    ) -> _models.SystemVersion:
        """Read the daemon's version information.

        ``GET /version``, API 1.25+.

        Args:
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "_models.SystemVersion",
            self._client.request(
                SYSTEM_VERSION,
                path={},
                query={},
                headers={},
                body=NOT_GIVEN,
                response_type=_models.SystemVersion,
                options=options,
            ),
        )


class TasksAPI(Resource):
    """Operations of ``client.tasks``."""

    __slots__ = ()

    def inspect(
        self, id: str, *, options: RequestOptions | None = None
    ) -> _models.Task:
        """Inspect a task.

        ``GET /tasks/{id}``, API 1.25+.

        Args:
            id: path parameter ``id`` (str), API 1.25+.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "_models.Task",
            self._client.request(
                TASK_INSPECT,
                path={"id": id},
                query={},
                headers={},
                body=NOT_GIVEN,
                response_type=_models.Task,
                options=options,
            ),
        )

    def list(
        self,
        *,
        filters: Mapping[str, Any] | str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> builtins.list[_models.Task]:
        """List tasks.

        ``GET /tasks``, API 1.25+.

        Args:
            filters: query parameter ``filters`` (Mapping[str, Any] | str), API 1.25+.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "builtins.list[_models.Task]",
            self._client.request(
                TASK_LIST,
                path={},
                query={"filters": filters},
                headers={},
                body=NOT_GIVEN,
                response_type=builtins.list[_models.Task],
                options=options,
            ),
        )

    def logs(
        self,
        id: str,
        *,
        details: bool | NotGiven = NOT_GIVEN,
        follow: bool | NotGiven = NOT_GIVEN,
        stdout: bool | NotGiven = NOT_GIVEN,
        stderr: bool | NotGiven = NOT_GIVEN,
        since: int | NotGiven = NOT_GIVEN,
        timestamps: bool | NotGiven = NOT_GIVEN,
        tail: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> FrameStream:
        """Read a task's logs.

        ``GET /tasks/{id}/logs``, API 1.29+.

        Args:
            id: path parameter ``id`` (str), API 1.29+.
            details: query parameter ``details`` (bool), API 1.29+.
            follow: query parameter ``follow`` (bool), API 1.29+.
            stdout: query parameter ``stdout`` (bool), API 1.29+.
            stderr: query parameter ``stderr`` (bool), API 1.29+.
            since: query parameter ``since`` (int), API 1.29+.
            timestamps: query parameter ``timestamps`` (bool), API 1.29+.
            tail: query parameter ``tail`` (str), API 1.29+.
            options: per-request options such as a timeout.

        Returns:
            A stream of output frames; close it when done.
        """
        return cast(
            "FrameStream",
            self._client.request(
                TASK_LOGS,
                path={"id": id},
                query={
                    "details": details,
                    "follow": follow,
                    "stdout": stdout,
                    "stderr": stderr,
                    "since": since,
                    "timestamps": timestamps,
                    "tail": tail,
                },
                headers={},
                body=NOT_GIVEN,
                response_type=None,
                options=options,
            ),
        )


class VolumesAPI(Resource):
    """Operations of ``client.volumes``."""

    __slots__ = ()

    def create(
        self,
        *,
        name: str | NotGiven | None = NOT_GIVEN,
        driver: str | NotGiven | None = NOT_GIVEN,
        driver_opts: dict[str, str] | NotGiven | None = NOT_GIVEN,
        labels: dict[str, str] | NotGiven | None = NOT_GIVEN,
        cluster_volume_spec: _models.ClusterVolumeSpec | NotGiven | None = NOT_GIVEN,
        body: _models.VolumeCreateRequest | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> _models.Volume:
        """Create a volume.

        ``POST /volumes/create``, API 1.25+.

        Args:
            name: body field ``Name`` (str), API 1.25+.
            driver: body field ``Driver`` (str), API 1.25+.
            driver_opts: body field ``DriverOpts`` (dict[str, str]), API 1.25+.
            labels: body field ``Labels`` (dict[str, str]), API 1.25+.
            cluster_volume_spec: body field ``ClusterVolumeSpec`` (_models.ClusterVolumeSpec), API 1.52+.
            body: the whole request body; the keyword arguments above are merged over it.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "_models.Volume",
            self._client.request(
                VOLUME_CREATE,
                path={},
                query={},
                headers={},
                body=self._client.build_body(
                    _models.VolumeCreateRequest,
                    body,
                    {
                        "name": name,
                        "driver": driver,
                        "driver_opts": driver_opts,
                        "labels": labels,
                        "cluster_volume_spec": cluster_volume_spec,
                    },
                ),
                response_type=_models.Volume,
                options=options,
            ),
        )

    def inspect(
        self, name: str, *, options: RequestOptions | None = None
    ) -> _models.Volume:
        """Inspect a volume.

        ``GET /volumes/{name}``, API 1.25+.

        Args:
            name: path parameter ``name`` (str), API 1.25+.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "_models.Volume",
            self._client.request(
                VOLUME_INSPECT,
                path={"name": name},
                query={},
                headers={},
                body=NOT_GIVEN,
                response_type=_models.Volume,
                options=options,
            ),
        )

    def list(
        self,
        *,
        filters: Mapping[str, Any] | str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> _models.VolumeListResponse:
        """List volumes.

        ``GET /volumes``, API 1.25+.

        Args:
            filters: query parameter ``filters`` (Mapping[str, Any] | str), API 1.25+.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "_models.VolumeListResponse",
            self._client.request(
                VOLUME_LIST,
                path={},
                query={"filters": filters},
                headers={},
                body=NOT_GIVEN,
                response_type=_models.VolumeListResponse,
                options=options,
            ),
        )

    def prune(
        self,
        *,
        filters: Mapping[str, Any] | str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> _models.VolumePruneResponse:
        """Remove unused volumes.

        ``POST /volumes/prune``, API 1.25+.

        Args:
            filters: query parameter ``filters`` (Mapping[str, Any] | str), API 1.25+.
            options: per-request options such as a timeout.

        Returns:
            The parsed response.
        """
        return cast(
            "_models.VolumePruneResponse",
            self._client.request(
                VOLUME_PRUNE,
                path={},
                query={"filters": filters},
                headers={},
                body=NOT_GIVEN,
                response_type=_models.VolumePruneResponse,
                options=options,
            ),
        )

    def remove(
        self,
        name: str,
        *,
        force: bool | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> None:
        """Remove a volume.

        ``DELETE /volumes/{name}``, API 1.25+.

        Args:
            name: path parameter ``name`` (str), API 1.25+.
            force: remove it even when it is in use (query parameter ``force``, bool, API 1.25+).
            options: per-request options such as a timeout.

        Returns:
            Nothing.
        """
        self._client.request(
            VOLUME_DELETE,
            path={"name": name},
            query={"force": force},
            headers={},
            body=NOT_GIVEN,
            response_type=None,
            options=options,
        )

    def update(
        self,
        name: str,
        *,
        version: int,
        spec: _models.ClusterVolumeSpec | NotGiven | None = NOT_GIVEN,
        body: _models.VolumeUpdateBody | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> None:
        """Update a cluster volume.

        ``PUT /volumes/{name}``, API 1.42+.

        Args:
            name: path parameter ``name`` (str), API 1.42+.
            version: query parameter ``version`` (int), API 1.42+.
            spec: body field ``Spec`` (_models.ClusterVolumeSpec), API 1.42+.
            body: the whole request body; the keyword arguments above are merged over it.
            options: per-request options such as a timeout.

        Returns:
            Nothing.
        """
        self._client.request(
            VOLUME_UPDATE,
            path={"name": name},
            query={"version": version},
            headers={},
            body=self._client.build_body(
                _models.VolumeUpdateBody, body, {"spec": spec}
            ),
            response_type=None,
            options=options,
        )
