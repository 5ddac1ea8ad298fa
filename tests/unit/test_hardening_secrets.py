"""Credentials stay out of reprs, and every public AuthConfig is accepted."""

from __future__ import annotations

import base64
import json
import logging
from pathlib import Path

import pytest
from fakedaemon import Recorded, Reply, fake_daemon

from moby_client import AsyncMobyClient, MobyClient, models
from moby_client._protocol.auth import DockerConfigFile

SECRET = "s3cr3t-Pa55"
TOKEN = "tok-9f8e7d"


@pytest.mark.parametrize(
    ("model", "secret_field"),
    [
        (models.AuthConfig(username="me", password=SECRET), "password"),
        (
            models.AuthResponse(status="Login Succeeded", identity_token=SECRET),
            "identity_token",
        ),
        (models.JoinTokens(worker=SECRET, manager=TOKEN), "worker"),
        (models.SwarmJoinTokens(worker=SECRET, manager=TOKEN), "manager"),
        (models.UnlockKeyResponse(unlock_key=SECRET), "unlock_key"),
        (models.SwarmUnlockRequest(unlock_key=SECRET), "unlock_key"),
        (models.SwarmJoinRequest(join_token=SECRET), "join_token"),
        (models.SecretSpec(name="db", data=SECRET), "data"),
    ],
)
def test_secrets_are_not_in_repr_or_str(
    model: models.MobyModel, secret_field: str
) -> None:
    assert SECRET not in repr(model)
    assert TOKEN not in repr(model)
    assert SECRET not in str(model)
    # the value is still there and still sent
    assert SECRET in json.dumps(model.to_wire())
    assert getattr(model, secret_field) in (SECRET, TOKEN)


def test_swarm_with_join_tokens_hides_them() -> None:
    swarm = models.Swarm.model_validate(
        {"ID": "s1", "JoinTokens": {"Worker": SECRET, "Manager": TOKEN}}
    )
    assert SECRET not in repr(swarm)
    assert TOKEN not in repr(swarm)


def _pull_handler(request: Recorded) -> Reply:
    if request.path.endswith("/_ping"):
        return Reply(body=b"OK", content_type="text/plain")
    if "/images/create" in request.path:
        return Reply(body=b'{"status":"done"}\n')
    return Reply(body=b'{"Id": "sha256:abc"}')


def _sent_auth(request: Recorded) -> dict[str, str]:
    header = request.headers["x-registry-auth"]
    decoded: dict[str, str] = json.loads(base64.urlsafe_b64decode(header))
    return decoded


def test_pull_accepts_the_generated_auth_config_model() -> None:
    auth = models.AuthConfig(username="me", password=SECRET)
    with (
        fake_daemon(handler=_pull_handler) as daemon,
        MobyClient(daemon.host, api_version="1.41") as client,
    ):
        client.images.pull("127.0.0.1:5999/app", auth=auth)
    pull = next(r for r in daemon.requests if "/images/create" in r.path)
    assert _sent_auth(pull) == {
        "username": "me",
        "password": SECRET,
        "serveraddress": "127.0.0.1:5999",
    }


async def test_pull_accepts_the_generated_auth_config_model_async() -> None:
    auth = models.AuthConfig(username="me", password=SECRET)
    with fake_daemon(handler=_pull_handler) as daemon:
        async with AsyncMobyClient(daemon.host, api_version="1.41") as client:
            await client.images.pull("127.0.0.1:5999/app", auth=auth)
    pull = next(r for r in daemon.requests if "/images/create" in r.path)
    assert _sent_auth(pull)["password"] == SECRET


def test_retry_log_lines_leave_the_query_out(caplog: pytest.LogCaptureFixture) -> None:
    # the query can hold values a caller considers private (filters on labels,
    # or an extra_query token); docs/client.md promises it is never logged
    import httpcore
    from test_retry import FlakyPool, client_with

    pool = FlakyPool(1, httpcore.ConnectError("refused"))
    caplog.set_level(logging.DEBUG, logger="moby_client")
    with client_with(pool) as client:
        client.system.events(filters={"label": [f"token={SECRET}"]}).close()
    assert len(pool.calls) == 2
    assert "retry" in caplog.text
    assert SECRET not in caplog.text
    assert "filters" not in caplog.text


@pytest.mark.parametrize(
    ("config", "complaint"),
    [
        ("{{{", "not valid JSON"),  # was a bare JSONDecodeError
        ('{"auths": ["127.0.0.1:5999"]}', "'auths'"),  # was 'dictionary update…'
        ('{"auths": {"127.0.0.1:5999": "x"}}', "'auths'"),
        ('{"credsStore": 5}', "'credsStore'"),  # ran docker-credential-5
        ('{"credHelpers": ["pass"]}', "'credHelpers'"),
    ],
)
def test_a_malformed_docker_config_names_the_file(
    tmp_path: Path, config: str, complaint: str
) -> None:
    (tmp_path / "config.json").write_text(config)
    with pytest.raises(ValueError, match=complaint) as caught:
        DockerConfigFile.load(environ={"DOCKER_CONFIG": str(tmp_path)})
    assert str(tmp_path / "config.json") in str(caught.value)


def test_a_non_text_auth_entry_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text('{"auths": {"127.0.0.1:5999": {"auth": 5}}}')
    config = DockerConfigFile.load(environ={"DOCKER_CONFIG": str(tmp_path)})
    with pytest.raises(ValueError, match="'auth' value"):
        config.credentials_for("127.0.0.1:5999")


def test_a_null_auth_entry_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text('{"auths": {"127.0.0.1:5999": null}}')
    config = DockerConfigFile.load(environ={"DOCKER_CONFIG": str(tmp_path)})
    assert config.credentials_for("127.0.0.1:5999") is None
