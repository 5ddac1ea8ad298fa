"""Fixtures for tests against real Moby daemons.

The daemons come from ``MOBY_TEST_HOSTS`` (space-separated DOCKER_HOST
values); ``scripts/moby-daemons.sh env`` prints it together with the registry,
ssh and TLS variables used here. With ``MOBY_TEST_REQUIRE_DAEMON=1`` a missing
or silent daemon fails the test instead of skipping it.

Every test here is marked ``integration`` automatically. Containers made by a
test carry the labels of :data:`TEST_LABELS` (the ``labels`` fixture):
``moby-client-test=1`` and ``moby-client-test.run=<this run>``. After each test
the ``moby``/``amoby`` fixtures remove the containers of this run only, so
several test runs can share the daemons.
"""

from __future__ import annotations

import fcntl
import os
import re
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

import pytest

from moby_client import AsyncMobyClient, MobyClient
from moby_client.errors import (
    APIError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    ServiceUnavailableError,
)
from moby_client.models import SwarmSpec

from .busybox import IMAGE, import_busybox

TEST_LABEL_KEY = "moby-client-test"
RUN_LABEL_KEY = "moby-client-test.run"
RUN_ID = f"{os.getpid()}-{uuid.uuid4().hex[:12]}"
TEST_LABELS = {TEST_LABEL_KEY: "1", RUN_LABEL_KEY: RUN_ID}
RUN_FILTER = {"label": [f"{RUN_LABEL_KEY}={RUN_ID}"]}

_INTEGRATION_DIR = Path(__file__).parent


def _env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


def daemon_required() -> bool:
    """Whether a missing daemon is a failure (CI) rather than a skip."""
    return _env_flag("MOBY_TEST_REQUIRE_DAEMON")


def listed_hosts() -> list[str]:
    """The daemon addresses listed in ``MOBY_TEST_HOSTS``."""
    return os.environ.get("MOBY_TEST_HOSTS", "").split()


def unavailable(reason: str) -> NoReturn:
    """Skip, or fail when ``MOBY_TEST_REQUIRE_DAEMON=1``, with ``reason``."""
    if daemon_required():
        pytest.fail(f"{reason} (MOBY_TEST_REQUIRE_DAEMON=1)", pytrace=False)
    pytest.skip(reason)


def _host_id(host: str) -> str:
    """``moby-20.10`` from the daemon's engine version, else the host itself."""
    try:
        with MobyClient(base_url=host) as client:
            version = _wire(client.system.version()).get("Version", "")
    except Exception:
        version = ""
    match = re.match(r"(\d+)\.(\d+)", str(version))
    if match:
        return f"moby-{match.group(1)}.{match.group(2)}"
    return re.sub(r"[^A-Za-z0-9.]+", "-", host).strip("-")


def _wire(model: Any) -> dict[str, Any]:
    """A response model as a dict keyed by the wire names."""
    if isinstance(model, dict):
        return model
    dumped: dict[str, Any] = model.model_dump(by_alias=True)
    return dumped


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark everything under tests/integration as ``integration``."""
    for item in items:
        if _INTEGRATION_DIR in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.integration)


_NO_HOSTS = "no daemon: MOBY_TEST_HOSTS is empty"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run each test using ``moby_host`` once per daemon of MOBY_TEST_HOSTS."""
    if "moby_host" not in metafunc.fixturenames:
        return
    hosts = listed_hosts()
    if not hosts:
        metafunc.parametrize(
            "moby_host", [_NO_HOSTS], ids=["no-daemon"], indirect=True, scope="session"
        )
        return
    ids: list[str] = []
    for host in hosts:
        host_id = _host_id(host)
        ids.append(host_id if host_id not in ids else f"{host_id}-{len(ids)}")
    metafunc.parametrize("moby_host", hosts, ids=ids, indirect=True, scope="session")


@pytest.fixture(scope="session")
def moby_host(request: pytest.FixtureRequest) -> str:
    """One daemon address from ``MOBY_TEST_HOSTS``, checked to answer a ping."""
    host: str = request.param
    if host == _NO_HOSTS:
        unavailable(_NO_HOSTS + "; run scripts/moby-daemons.sh start and eval its env")
    try:
        with MobyClient(base_url=host) as client:
            client.system.ping()
    except Exception as exc:
        unavailable(f"daemon {host} does not answer: {exc}")
    return host


@pytest.fixture(scope="session")
def busybox_image(moby_host: str) -> str:
    """``busybox:local``, imported through the SDK once per daemon.

    The import goes through ``images.create(from_src="-")``; the fixture then
    checks that the daemon reports a Linux image under that tag.
    """
    with MobyClient(base_url=moby_host) as client:
        messages = import_busybox(client)
        errors = [m for m in messages if isinstance(m, dict) and m.get("error")]
        assert not errors, f"busybox import failed on {moby_host}: {errors}"
        image = _wire(client.images.inspect(IMAGE))
    assert image.get("Os") == "linux", image
    assert IMAGE in (image.get("RepoTags") or []), image.get("RepoTags")
    return IMAGE


def _gone_already(exc: APIError) -> bool:
    """The container vanished or is being removed by the daemon already."""
    if isinstance(exc, NotFoundError):
        return True
    return isinstance(exc, ConflictError) and "already in progress" in str(exc)


def remove_test_containers(client: MobyClient) -> None:
    """Remove every container this test run labelled."""
    for container in client.containers.list(all=True, filters=RUN_FILTER):
        try:
            client.containers.remove(_wire(container)["Id"], force=True, v=True)
        except APIError as exc:
            if not _gone_already(exc):
                raise


async def aremove_test_containers(client: AsyncMobyClient) -> None:
    """Async twin of :func:`remove_test_containers`."""
    for container in await client.containers.list(all=True, filters=RUN_FILTER):
        try:
            await client.containers.remove(_wire(container)["Id"], force=True, v=True)
        except APIError as exc:
            if not _gone_already(exc):
                raise


@pytest.fixture
def labels() -> dict[str, str]:
    """Labels every test container must carry so that it is cleaned up.

    ``moby-client-test=1`` marks it as a test container; the run label lets
    the fixtures remove this run's containers without touching those of a
    test run next to it on the same daemon.
    """
    return dict(TEST_LABELS)


@pytest.fixture
def moby(moby_host: str) -> Iterator[MobyClient]:
    """A sync client for one daemon; labelled test containers go afterwards."""
    with MobyClient(base_url=moby_host) as client:
        try:
            yield client
        finally:
            remove_test_containers(client)


@pytest.fixture
async def amoby(moby_host: str) -> AsyncIterator[AsyncMobyClient]:
    """An async client for one daemon; labelled test containers go afterwards."""
    async with AsyncMobyClient(base_url=moby_host) as client:
        try:
            yield client
        finally:
            await aremove_test_containers(client)


def _swarm_host() -> str:
    host = os.environ.get("MOBY_TEST_SWARM_HOST", "")
    if not host:
        unavailable("no swarm daemon: MOBY_TEST_SWARM_HOST is empty")
    return host


SWARM_LOCK = os.environ.get("MOBY_TEST_SWARM_LOCK", "/tmp/moby-client-test-swarm.lock")


@contextmanager
def swarm_lock() -> Iterator[None]:
    """Hold the machine-wide lock on the swarm daemon's swarm state.

    A daemon has one swarm; test runs sharing it (two developers, CI beside
    a developer) would otherwise leave each other's swarm mid-test. Every
    user of the swarm state takes this ``flock`` first.
    """
    with open(SWARM_LOCK, "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _leave_swarm(client: MobyClient) -> None:
    """Leave the swarm, asking again while Moby races its own certificate
    writer ("unlinkat …/swarm/certificates: directory not empty")."""
    for attempt in range(10):
        try:
            client.swarm.leave(force=True)
            return
        except ServiceUnavailableError as exc:
            if "not part of a swarm" not in str(exc):
                raise
            return
        except InternalServerError as exc:
            if "directory not empty" not in str(exc) or attempt == 9:
                raise
            time.sleep(0.5)


@pytest.fixture
def swarm_moby() -> Iterator[MobyClient]:
    """A client whose daemon is the single manager of a fresh swarm.

    The swarm listens and advertises on 127.0.0.1 only and is left (forced)
    after the test, so every test starts outside a swarm. The fixture holds
    :func:`swarm_lock` from before the init to after the leave.
    """
    host = _swarm_host()
    with swarm_lock(), MobyClient(base_url=host) as client:
        try:
            client.system.ping()
        except Exception as exc:
            unavailable(f"swarm daemon {host} does not answer: {exc}")
        state = _wire(client.system.info()).get("Swarm", {}).get("LocalNodeState")
        if state not in (None, "", "inactive"):
            _leave_swarm(client)
        # Auto-lock is on from the start: turning it on later makes Moby
        # re-encrypt the node key in the background, and a leave racing that
        # write leaves a locked swarm state on disk that no later init can use.
        client.swarm.init(
            listen_addr="127.0.0.1:2377",
            advertise_addr="127.0.0.1",
            spec=SwarmSpec.model_validate(
                {"EncryptionConfig": {"AutoLockManagers": True}}
            ),
        )
        try:
            yield client
        finally:
            _leave_swarm(client)


@dataclass(frozen=True)
class RegistryLogin:
    """A loopback registry that wants a login.

    Attributes:
        host: ``127.0.0.1:PORT``, the prefix of image names pushed there.
        username: the throwaway user of its htpasswd file.
        password: that user's password.
    """

    host: str
    username: str
    password: str


@pytest.fixture(scope="session")
def registry() -> str:
    """``127.0.0.1:5000``: a docker-registry without auth (plain HTTP)."""
    host = os.environ.get("MOBY_TEST_REGISTRY", "")
    if not host:
        unavailable("no registry: MOBY_TEST_REGISTRY is empty")
    return host


@pytest.fixture(scope="session")
def auth_registry() -> RegistryLogin:
    """A docker-registry with htpasswd auth and its throwaway login."""
    host = os.environ.get("MOBY_TEST_AUTH_REGISTRY", "")
    user = os.environ.get("MOBY_TEST_AUTH_REGISTRY_USER", "")
    password = os.environ.get("MOBY_TEST_AUTH_REGISTRY_PASSWORD", "")
    if not (host and user and password):
        unavailable("no auth registry: MOBY_TEST_AUTH_REGISTRY[_USER|_PASSWORD] unset")
    return RegistryLogin(host, user, password)


@dataclass(frozen=True)
class TLSDaemon:
    """A daemon reached over ``tcp://`` with mutual TLS.

    Attributes:
        host: ``tcp://127.0.0.1:2376``.
        cert_path: directory holding ``ca.pem``, ``cert.pem`` and ``key.pem``.
    """

    host: str
    cert_path: str


@pytest.fixture(scope="session")
def tls_daemon() -> TLSDaemon:
    """The 20.10 daemon's TLS endpoint and the client certificates for it."""
    host = os.environ.get("MOBY_TEST_TLS_HOST", "")
    cert_path = os.environ.get("MOBY_TEST_TLS_CERT_PATH", "")
    if not (host and cert_path):
        unavailable("no TLS daemon: MOBY_TEST_TLS_HOST/MOBY_TEST_TLS_CERT_PATH unset")
    return TLSDaemon(host, cert_path)


@dataclass(frozen=True)
class SSHDaemon:
    """A daemon reached over ``ssh://`` (the system ``ssh`` runs dial-stdio).

    Attributes:
        host: ``ssh://root@127.0.0.1:2222``.
        identity: the private key root's ``authorized_keys`` accepts.
        config: an ssh client config naming that key for 127.0.0.1 and ::1.
    """

    host: str
    identity: str
    config: str


@pytest.fixture(scope="session")
def ssh_daemon() -> SSHDaemon:
    """The loopback sshd in front of the 20.10 daemon, with its key."""
    host = os.environ.get("MOBY_TEST_SSH_HOST", "")
    identity = os.environ.get("MOBY_TEST_SSH_IDENTITY", "")
    config = os.environ.get("MOBY_TEST_SSH_CONFIG", "")
    if not (host and identity):
        unavailable("no ssh daemon: MOBY_TEST_SSH_HOST/MOBY_TEST_SSH_IDENTITY unset")
    return SSHDaemon(host, identity, config)
