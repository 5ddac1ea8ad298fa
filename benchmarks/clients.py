"""Builds one client of each contender library for a host, and closes them.

A library that is missing, or a client that fails to start, is recorded with
the reason instead of stopping the run: the results then say why a column is
empty.
"""

from __future__ import annotations

import asyncio
import traceback
from dataclasses import dataclass, field
from typing import Any

from benchmarks.raw import RawAsyncClient, RawClient

RAW = "raw http.client"
RAW_ASYNC = "raw asyncio"
MOBY = "MobyClient"
MOBY_ASYNC = "AsyncMobyClient"
APICLIENT = "docker.APIClient"
DOCKERCLIENT = "docker.DockerClient"
AIODOCKER = "aiodocker"

SYNC_NAMES = (RAW, MOBY, APICLIENT, DOCKERCLIENT)
ASYNC_NAMES = (RAW_ASYNC, MOBY_ASYNC, AIODOCKER)


def describe_failure(error: BaseException) -> str:
    """One line naming an error and where it was raised."""
    frames = traceback.extract_tb(error.__traceback__)
    where = f" at {frames[-1].filename}:{frames[-1].lineno}" if frames else ""
    return f"{type(error).__name__}: {error}{where}"


@dataclass
class Clients:
    """The contenders' clients for one host; ``None`` where unavailable."""

    host: str
    loop: asyncio.AbstractEventLoop
    api_version: str = ""
    clients: dict[str, Any] = field(default_factory=dict)
    unavailable: dict[str, str] = field(default_factory=dict)

    def get(self, name: str) -> Any:
        return self.clients.get(name)

    def _start(self, name: str, factory: Any, is_async: bool = False) -> None:
        try:
            client = self.loop.run_until_complete(factory()) if is_async else factory()
        except Exception as error:  # any failure only removes this contender
            self.unavailable[name] = describe_failure(error)
            return
        self.clients[name] = client

    def start(self, names: tuple[str, ...] | None = None) -> Clients:
        """Start the clients named (all by default)."""
        wanted = names or SYNC_NAMES + ASYNC_NAMES
        raw = RawClient(self.host)
        self.api_version = raw.prefix.removeprefix("/v")
        self.clients[RAW] = raw
        factories = {
            RAW_ASYNC: (self._raw_async, True),
            MOBY: (self._moby, False),
            MOBY_ASYNC: (self._moby_async, True),
            APICLIENT: (self._apiclient, False),
            DOCKERCLIENT: (self._dockerclient, False),
            AIODOCKER: (self._aiodocker, True),
        }
        for name in wanted:
            if name in factories:
                factory, is_async = factories[name]
                self._start(name, factory, is_async)
        return self

    async def _raw_async(self) -> RawAsyncClient:
        return await RawAsyncClient(self.host).start()

    def _moby(self) -> Any:
        from moby_client import MobyClient

        client = MobyClient(base_url=self.host)
        client.system.ping()
        return client

    async def _moby_async(self) -> Any:
        from moby_client import AsyncMobyClient

        client = AsyncMobyClient(base_url=self.host)
        await client.system.ping()
        return client

    def _apiclient(self) -> Any:
        import docker  # type: ignore[import-untyped]

        return docker.APIClient(base_url=self.host, version=self.api_version)

    def _dockerclient(self) -> Any:
        import docker

        return docker.DockerClient(base_url=self.host, version=self.api_version)

    async def _aiodocker(self) -> Any:
        import aiodocker

        client = aiodocker.Docker(url=self.host, api_version=f"v{self.api_version}")
        await client.version()
        return client

    def close(self) -> None:
        """Close every client that was started."""
        for name, client in list(self.clients.items()):
            try:
                if name in (RAW_ASYNC, AIODOCKER):
                    closer = client.aclose if name == RAW_ASYNC else client.close
                    self.loop.run_until_complete(closer())
                elif name == MOBY_ASYNC:
                    self.loop.run_until_complete(client.aclose())
                else:
                    client.close()
            except Exception as error:  # closing is best effort at the end
                self.unavailable.setdefault(name, f"close: {describe_failure(error)}")
        self.clients.clear()
