# Async source: moby_client/_sync/client.py is derived from it.
"""The public async client, :class:`AsyncMobyClient`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from .._config import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    Timeout,
    resolve_environment,
)
from ._base_client import AsyncBaseClient

if TYPE_CHECKING:
    from typing_extensions import Self

    from .resources import (
        AsyncConfigs,
        AsyncContainers,
        AsyncDistribution,
        AsyncExec,
        AsyncImages,
        AsyncNetworks,
        AsyncNodes,
        AsyncPlugins,
        AsyncSecrets,
        AsyncServices,
        AsyncSession,
        AsyncSwarm,
        AsyncSystem,
        AsyncTasks,
        AsyncVolumes,
    )

__all__ = ["AsyncMobyClient"]


class AsyncMobyClient(AsyncBaseClient):
    """A client of one Moby (Docker) daemon.

    Every operation of the Engine API is a method of a resource group
    (``client.containers.inspect(...)``); groups are made on first use, so a
    client is cheap to create. Use it as a context manager, or call
    ``aclose()``, to close its connections.

    See :class:`~moby_client._async._base_client.AsyncBaseClient` for the
    constructor's arguments.
    """

    @classmethod
    def from_env(
        cls,
        *,
        environ: Mapping[str, str] | None = None,
        timeout: float | Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        ssh_options: Sequence[str] = (),
    ) -> Self:
        """A client for the daemon the environment names.

        Reads ``DOCKER_HOST``, ``DOCKER_CONTEXT`` (or the current context of
        the Docker CLI's ``config.json``), ``DOCKER_TLS_VERIFY``,
        ``DOCKER_CERT_PATH`` and ``DOCKER_API_VERSION``, as the Docker CLI
        does; with none of them set, the default socket is used.

        Args:
            environ: variables to read instead of ``os.environ``.
            timeout: default time limits of requests.
            max_retries: retries of GET/HEAD requests that could not connect.
            ssh_options: extra ``ssh`` arguments for an ``ssh://`` daemon.

        Raises:
            InvalidHostError: the environment names a malformed address, an
                unknown context or a malformed API version.
        """
        config = resolve_environment(environ)
        return cls(
            config.host.address,
            api_version=config.api_version,
            timeout=timeout,
            tls=config.tls,
            max_retries=max_retries,
            ssh_options=ssh_options,
        )

    @cached_property
    def containers(self) -> AsyncContainers:
        """``containers`` operations."""
        from .resources.containers import AsyncContainers

        return AsyncContainers(self)

    @cached_property
    def images(self) -> AsyncImages:
        """``images`` operations."""
        from .resources.images import AsyncImages

        return AsyncImages(self)

    @cached_property
    def networks(self) -> AsyncNetworks:
        """``networks`` operations."""
        from .resources.networks import AsyncNetworks

        return AsyncNetworks(self)

    @cached_property
    def volumes(self) -> AsyncVolumes:
        """``volumes`` operations."""
        from .resources.volumes import AsyncVolumes

        return AsyncVolumes(self)

    @cached_property
    def exec(self) -> AsyncExec:
        """``exec`` operations."""
        from .resources.exec import AsyncExec

        return AsyncExec(self)

    @cached_property
    def system(self) -> AsyncSystem:
        """``system`` operations."""
        from .resources.system import AsyncSystem

        return AsyncSystem(self)

    @cached_property
    def swarm(self) -> AsyncSwarm:
        """``swarm`` operations."""
        from .resources.swarm import AsyncSwarm

        return AsyncSwarm(self)

    @cached_property
    def nodes(self) -> AsyncNodes:
        """``nodes`` operations."""
        from .resources.nodes import AsyncNodes

        return AsyncNodes(self)

    @cached_property
    def services(self) -> AsyncServices:
        """``services`` operations."""
        from .resources.services import AsyncServices

        return AsyncServices(self)

    @cached_property
    def tasks(self) -> AsyncTasks:
        """``tasks`` operations."""
        from .resources.tasks import AsyncTasks

        return AsyncTasks(self)

    @cached_property
    def secrets(self) -> AsyncSecrets:
        """``secrets`` operations."""
        from .resources.secrets import AsyncSecrets

        return AsyncSecrets(self)

    @cached_property
    def configs(self) -> AsyncConfigs:
        """``configs`` operations."""
        from .resources.configs import AsyncConfigs

        return AsyncConfigs(self)

    @cached_property
    def plugins(self) -> AsyncPlugins:
        """``plugins`` operations."""
        from .resources.plugins import AsyncPlugins

        return AsyncPlugins(self)

    @cached_property
    def distribution(self) -> AsyncDistribution:
        """``distribution`` operations."""
        from .resources.distribution import AsyncDistribution

        return AsyncDistribution(self)

    @cached_property
    def session(self) -> AsyncSession:
        """``session`` operations."""
        from .resources.session import AsyncSession

        return AsyncSession(self)
