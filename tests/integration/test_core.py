"""The client core against real daemons: negotiation, errors, gating,
timeouts, and the ssh and TLS transports."""

from __future__ import annotations

import time

import pytest

from moby_client import (
    APIVersion,
    AsyncMobyClient,
    MobyClient,
    NotFoundError,
    TLSConfig,
    UnsupportedByAPIVersion,
)
from moby_client.errors import APIError, MobyTimeoutError

from .busybox import import_busybox
from .conftest import SSHDaemon, TLSDaemon


def announced_version(client: MobyClient) -> APIVersion:
    version = client.system.version().api_version
    assert version is not None
    return APIVersion(version)


def test_sync_client_negotiates_the_daemon_version(moby: MobyClient) -> None:
    assert moby.system.ping() == "OK"
    daemon_version = announced_version(moby)
    assert moby.api_version == min(daemon_version, APIVersion("1.56"))
    assert moby.api_version in ("1.41", "1.51")
    assert moby.daemon is not None
    assert moby.daemon.os_type == "linux"
    assert (moby.daemon.server or "").startswith("Docker/")


async def test_async_client_negotiates_the_daemon_version(
    amoby: AsyncMobyClient,
) -> None:
    assert await amoby.system.ping() == "OK"
    version = await amoby.system.version()
    info = await amoby.system.info()
    assert amoby.api_version == version.api_version
    assert info["OSType"] == "linux"


def test_info_and_version_are_models(moby: MobyClient) -> None:
    info = moby.system.info()
    version = moby.system.version()
    assert info.server_version == version.version
    assert version.min_api_version is not None


def test_inspecting_a_missing_container(moby: MobyClient) -> None:
    with pytest.raises(NotFoundError) as caught:
        moby.containers.inspect("moby-client-no-such-container")
    error = caught.value
    assert error.status_code == 404
    assert "moby-client-no-such-container" in error.message
    assert (
        error.url
        == f"/v{moby.api_version}/containers/moby-client-no-such-container/json"
    )


async def test_async_missing_container(amoby: AsyncMobyClient) -> None:
    with pytest.raises(NotFoundError):
        await amoby.containers.inspect("moby-client-no-such-container")


def test_gating_follows_the_daemon(
    moby: MobyClient, busybox_image: str, labels: dict[str, str]
) -> None:
    created = moby.containers.create(image=busybox_image, cmd=["true"], labels=labels)
    assert created.id is not None
    if moby.api_version < "1.42":
        with pytest.raises(UnsupportedByAPIVersion):
            moby.containers.stop(created.id, signal="SIGKILL")
        with pytest.raises(UnsupportedByAPIVersion):
            moby.volumes.update("moby-client-no-such-volume", version=1)
    else:
        # never started: the daemon answers 304, reported as "no change"
        assert moby.containers.stop(created.id, signal="SIGKILL") is False
        with pytest.raises(APIError) as caught:
            moby.volumes.update("moby-client-no-such-volume", version=1)
        assert not isinstance(caught.value, UnsupportedByAPIVersion)


def test_start_and_stop_report_state_changes(
    moby: MobyClient, busybox_image: str, labels: dict[str, str]
) -> None:
    created = moby.containers.create(
        image=busybox_image, cmd=["sleep", "30"], labels=labels
    )
    assert created.id is not None
    assert moby.containers.start(created.id) is True
    assert moby.containers.start(created.id) is False
    assert moby.containers.stop(created.id, t=0) is True
    assert moby.containers.stop(created.id, t=0) is False


def test_wait_times_out_without_breaking_the_client(
    moby: MobyClient, busybox_image: str, labels: dict[str, str]
) -> None:
    created = moby.containers.create(
        image=busybox_image, cmd=["sleep", "30"], labels=labels
    )
    assert created.id is not None
    moby.containers.start(created.id)
    started = time.monotonic()
    with pytest.raises(MobyTimeoutError):
        moby.containers.wait(created.id, options={"timeout": 0.5})
    assert time.monotonic() - started < 5
    moby.containers.kill(created.id)
    assert moby.containers.wait(created.id).status_code == 137


def test_logs_are_split_by_stream(
    moby: MobyClient, busybox_image: str, labels: dict[str, str]
) -> None:
    created = moby.containers.create(
        image=busybox_image,
        cmd=["sh", "-c", "echo out; echo err >&2"],
        labels=labels,
    )
    assert created.id is not None
    moby.containers.start(created.id)
    moby.containers.wait(created.id)
    with moby.containers.logs(created.id, stdout=True, stderr=True) as logs:
        assert logs.read_all() == (b"out\n", b"err\n")


def test_ssh_transport(ssh_daemon: SSHDaemon) -> None:
    options = ["-F", ssh_daemon.config] if ssh_daemon.config else []
    options += ["-i", ssh_daemon.identity]
    with MobyClient(ssh_daemon.host, ssh_options=options) as client:
        assert client.system.ping() == "OK"
        assert client.api_version == announced_version(client)
        with pytest.raises(NotFoundError):
            client.containers.inspect("moby-client-no-such-container")


async def test_async_ssh_transport(ssh_daemon: SSHDaemon) -> None:
    options = ["-F", ssh_daemon.config] if ssh_daemon.config else []
    options += ["-i", ssh_daemon.identity]
    async with AsyncMobyClient(ssh_daemon.host, ssh_options=options) as client:
        assert await client.system.ping() == "OK"
        assert (await client.system.version()).api_version == client.api_version


def test_tls_transport(tls_daemon: TLSDaemon) -> None:
    tls = TLSConfig.from_directory(tls_daemon.cert_path, verify=True)
    with MobyClient(tls_daemon.host, tls=tls) as client:
        assert client.system.ping() == "OK"
        assert client.api_version == announced_version(client)
    environ = {
        "DOCKER_HOST": tls_daemon.host,
        "DOCKER_CERT_PATH": tls_daemon.cert_path,
        "DOCKER_TLS_VERIFY": "1",
    }
    with MobyClient.from_env(environ=environ) as client:
        assert client.system.ping() == "OK"


async def test_async_tls_transport(tls_daemon: TLSDaemon) -> None:
    tls = TLSConfig.from_directory(tls_daemon.cert_path, verify=True)
    async with AsyncMobyClient(tls_daemon.host, tls=tls) as client:
        assert await client.system.ping() == "OK"


def test_attach_over_ssh_half_closes_stdin(ssh_daemon: SSHDaemon) -> None:
    options = ["-F", ssh_daemon.config] if ssh_daemon.config else []
    options += ["-i", ssh_daemon.identity]
    labels = {"moby-client-test": "1"}
    with MobyClient(ssh_daemon.host, ssh_options=options) as client:
        import_busybox(client)
        created = client.containers.create(
            image="busybox:local",
            cmd=["cat"],
            open_stdin=True,
            stdin_once=True,
            labels=labels,
        )
        assert created.id is not None
        try:
            client.containers.start(created.id)
            with client.containers.attach(
                created.id, stream=True, stdin=True, stdout=True
            ) as session:
                session.write(b"through ssh\n")
                session.close_stdin()
                assert session.read_all() == (b"through ssh\n", b"")
            assert client.containers.wait(created.id).status_code == 0
        finally:
            client.containers.remove(created.id, force=True)
