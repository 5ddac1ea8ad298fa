# Derived from moby_client/_async/client.py by codegen/unasync.py; do not edit.
"""The public async client, :class:`MobyClient`."""

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
from ._base_client import BaseClient

if TYPE_CHECKING:
    from typing_extensions import Self

    from .resources import (
        Configs,
        Containers,
        Distribution,
        Exec,
        Images,
        Networks,
        Nodes,
        Plugins,
        Secrets,
        Services,
        Session,
        Swarm,
        System,
        Tasks,
        Volumes,
    )

__all__ = ["MobyClient"]


class MobyClient(BaseClient):
    """A client of one Moby (Docker) daemon.

    Every operation of the Engine API is a method of a resource group
    (``client.containers.inspect(...)``); groups are made on first use, so a
    client is cheap to create. Use it as a context manager, or call
    ``close()``, to close its connections.

    See :class:`~moby_client._async._base_client.BaseClient` for the
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
    def containers(self) -> Containers:
        """``containers`` operations."""
        from .resources.containers import Containers

        return Containers(self)

    @cached_property
    def images(self) -> Images:
        """``images`` operations."""
        from .resources.images import Images

        return Images(self)

    @cached_property
    def networks(self) -> Networks:
        """``networks`` operations."""
        from .resources.networks import Networks

        return Networks(self)

    @cached_property
    def volumes(self) -> Volumes:
        """``volumes`` operations."""
        from .resources.volumes import Volumes

        return Volumes(self)

    @cached_property
    def exec(self) -> Exec:
        """``exec`` operations."""
        from .resources.exec import Exec

        return Exec(self)

    @cached_property
    def system(self) -> System:
        """``system`` operations."""
        from .resources.system import System

        return System(self)

    @cached_property
    def swarm(self) -> Swarm:
        """``swarm`` operations."""
        from .resources.swarm import Swarm

        return Swarm(self)

    @cached_property
    def nodes(self) -> Nodes:
        """``nodes`` operations."""
        from .resources.nodes import Nodes

        return Nodes(self)

    @cached_property
    def services(self) -> Services:
        """``services`` operations."""
        from .resources.services import Services

        return Services(self)

    @cached_property
    def tasks(self) -> Tasks:
        """``tasks`` operations."""
        from .resources.tasks import Tasks

        return Tasks(self)

    @cached_property
    def secrets(self) -> Secrets:
        """``secrets`` operations."""
        from .resources.secrets import Secrets

        return Secrets(self)

    @cached_property
    def configs(self) -> Configs:
        """``configs`` operations."""
        from .resources.configs import Configs

        return Configs(self)

    @cached_property
    def plugins(self) -> Plugins:
        """``plugins`` operations."""
        from .resources.plugins import Plugins

        return Plugins(self)

    @cached_property
    def distribution(self) -> Distribution:
        """``distribution`` operations."""
        from .resources.distribution import Distribution

        return Distribution(self)

    @cached_property
    def session(self) -> Session:
        """``session`` operations."""
        from .resources.session import Session

        return Session(self)
