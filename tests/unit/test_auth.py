"""Registry credentials: config.json, credential helpers and the auth headers."""

from __future__ import annotations

import base64
import json
import os
import stat
from pathlib import Path

import pytest

from moby_client._protocol.auth import (
    DOCKER_HUB_INDEX,
    AuthConfig,
    CredentialHelperError,
    DockerConfigFile,
    build_registry_config,
    default_config_path,
    encode_registry_auth,
    encode_registry_config,
    registry_auth_header,
    registry_from_reference,
    registry_hostname,
)


def decode_header(value: str) -> object:
    assert "+" not in value and "/" not in value
    assert len(value) % 4 == 0
    return json.loads(base64.urlsafe_b64decode(value))


@pytest.mark.parametrize(
    ("reference", "registry"),
    [
        ("busybox", DOCKER_HUB_INDEX),
        ("busybox:1.36", DOCKER_HUB_INDEX),
        ("library/busybox", DOCKER_HUB_INDEX),
        ("someone/app:tag", DOCKER_HUB_INDEX),
        ("docker.io/library/busybox", DOCKER_HUB_INDEX),
        ("index.docker.io/x/y", DOCKER_HUB_INDEX),
        ("registry-1.docker.io/x/y:1", DOCKER_HUB_INDEX),
        ("localhost/x", "localhost"),
        ("localhost:5000/x", "localhost:5000"),
        ("127.0.0.1:5000/busybox:t1", "127.0.0.1:5000"),
        ("registry.example/team/app@sha256:" + "a" * 64, "registry.example"),
        ("[::1]:5000/app", "[::1]:5000"),
        ("Upper/app", "Upper"),
    ],
)
def test_registry_from_reference(reference: str, registry: str) -> None:
    assert registry_from_reference(reference) == registry


@pytest.mark.parametrize(
    ("server", "host"),
    [
        ("https://index.docker.io/v1/", "docker.io"),
        ("registry-1.docker.io", "docker.io"),
        ("http://127.0.0.1:5001", "127.0.0.1:5001"),
        ("https://127.0.0.1:5001/v2/", "127.0.0.1:5001"),
        ("127.0.0.1:5001", "127.0.0.1:5001"),
    ],
)
def test_registry_hostname(server: str, host: str) -> None:
    assert registry_hostname(server) == host


def test_x_registry_auth_is_padded_base64url_of_set_fields_only() -> None:
    header = encode_registry_auth(
        AuthConfig(username="u", password="p?>>", serveraddress="r:1")
    )
    assert decode_header(header) == {
        "username": "u",
        "password": "p?>>",
        "serveraddress": "r:1",
    }
    mapping = encode_registry_auth({"Username": "u", "IdentityToken": "t"})
    assert decode_header(mapping) == {"username": "u", "identitytoken": "t"}


def test_x_registry_config_maps_registries() -> None:
    header = encode_registry_config(
        {"r:1": AuthConfig(username="a", password="b"), DOCKER_HUB_INDEX: {"auth": "x"}}
    )
    assert decode_header(header) == {
        "r:1": {"username": "a", "password": "b"},
        DOCKER_HUB_INDEX: {"auth": "x"},
    }


def test_unknown_field_is_refused() -> None:
    with pytest.raises(ValueError, match="pasword"):
        AuthConfig.coerce({"pasword": "x"})


def test_repr_never_shows_secrets() -> None:
    config = AuthConfig(
        username="alice",
        password="hunter2",
        auth="c2VjcmV0",
        identitytoken="tok-123",
        registrytoken="reg-456",
        serveraddress="r:1",
    )
    for text in (repr(config), str(config), f"{config}", repr([config])):
        for secret in ("hunter2", "c2VjcmV0", "tok-123", "reg-456"):
            assert secret not in text
        assert "alice" in text
        assert "password=" in text


def write_config(directory: Path, data: dict[str, object]) -> Path:
    path = directory / "config.json"
    path.write_text(json.dumps(data))
    return path


def basic(user: str, password: str) -> str:
    return base64.b64encode(f"{user}:{password}".encode()).decode()


def test_auths_section(tmp_path: Path) -> None:
    path = write_config(
        tmp_path,
        {
            "auths": {
                DOCKER_HUB_INDEX: {"auth": basic("hub", "pw:with:colons")},
                "http://127.0.0.1:5001": {"auth": basic("reg", "regpw")},
                "tok.example": {"identitytoken": "refresh"},
                "empty.example": {},
            }
        },
    )
    config = DockerConfigFile.load(path)
    hub = config.credentials_for(registry_from_reference("busybox"))
    assert hub == AuthConfig(
        username="hub", password="pw:with:colons", serveraddress=DOCKER_HUB_INDEX
    )
    local = config.credentials_for("127.0.0.1:5001")
    assert local is not None
    assert (local.username, local.password) == ("reg", "regpw")
    token = config.credentials_for("tok.example")
    assert token is not None and token.identitytoken == "refresh"
    assert config.credentials_for("empty.example") is None
    assert config.credentials_for("other.example") is None
    assert "regpw" not in repr(config)


def test_docker_config_env_and_missing_file(tmp_path: Path) -> None:
    assert default_config_path({"DOCKER_CONFIG": str(tmp_path)}) == (
        tmp_path / "config.json"
    )
    assert default_config_path({}) == Path.home() / ".docker" / "config.json"
    empty = DockerConfigFile.load(environ={"DOCKER_CONFIG": str(tmp_path)})
    assert empty.credentials_for("r:1") is None
    write_config(tmp_path, {"auths": {"r:1": {"auth": basic("a", "b")}}})
    found = DockerConfigFile.load(environ={"DOCKER_CONFIG": str(tmp_path)})
    assert found.credentials_for("r:1") is not None


def test_bad_auth_value(tmp_path: Path) -> None:
    path = write_config(
        tmp_path, {"auths": {"r:1": {"auth": basic("nocolon", "")[:4]}}}
    )
    with pytest.raises(ValueError, match=r"config\.json"):
        DockerConfigFile.load(path).credentials_for("r:1")


HELPER = """#!/bin/sh
# A fake credential helper: records its stdin, answers from a table.
read server
echo "$1 $server" >> "{log}"
case "$1" in
  list) echo '{{"https://index.docker.io/v1/": "hubuser", "store.example": "s"}}'; exit 0;;
esac
case "$server" in
  https://index.docker.io/v1/) echo '{{"ServerURL":"'$server'","Username":"hubuser","Secret":"hubsecret"}}';;
  store.example) echo '{{"ServerURL":"'$server'","Username":"<token>","Secret":"idtoken"}}';;
  broken.example) echo 'boom: keychain locked' >&2; exit 3;;
  *) echo 'credentials not found in native keychain'; exit 1;;
esac
"""


@pytest.fixture
def helper_env(tmp_path: Path) -> tuple[dict[str, str], Path]:
    bindir = tmp_path / "bin"
    bindir.mkdir()
    log = tmp_path / "helper.log"
    for name in ("fake", "special"):
        script = bindir / f"docker-credential-{name}"
        script.write_text(HELPER.format(log=log))
        script.chmod(script.stat().st_mode | stat.S_IXUSR)
    env = dict(os.environ)
    env["PATH"] = f"{bindir}{os.pathsep}{env.get('PATH', '')}"
    return env, log


def test_creds_store(tmp_path: Path, helper_env: tuple[dict[str, str], Path]) -> None:
    env, log = helper_env
    path = write_config(
        tmp_path,
        {
            "credsStore": "fake",
            "auths": {"ignored.example": {"auth": basic("file", "file")}},
        },
    )
    config = DockerConfigFile.load(path, environ=env)
    hub = config.credentials_for("docker.io")
    assert hub == AuthConfig(
        username="hubuser", password="hubsecret", serveraddress=DOCKER_HUB_INDEX
    )
    token = config.credentials_for("store.example")
    assert token == AuthConfig(identitytoken="idtoken", serveraddress="store.example")
    assert config.credentials_for("ignored.example") is None
    with pytest.raises(CredentialHelperError, match="keychain locked") as caught:
        config.credentials_for("broken.example")
    assert "hubsecret" not in str(caught.value)
    assert log.read_text().splitlines()[:2] == [
        f"get {DOCKER_HUB_INDEX}",
        "get store.example",
    ]


def test_cred_helpers_win_over_store(
    tmp_path: Path, helper_env: tuple[dict[str, str], Path]
) -> None:
    env, _ = helper_env
    path = write_config(
        tmp_path,
        {"credsStore": "missing", "credHelpers": {"store.example": "special"}},
    )
    config = DockerConfigFile.load(path, environ=env)
    found = config.credentials_for("store.example")
    assert found is not None and found.identitytoken == "idtoken"
    with pytest.raises(CredentialHelperError, match="not found on PATH"):
        config.credentials_for("elsewhere.example")


def test_explicit_credentials_override(
    tmp_path: Path, helper_env: tuple[dict[str, str], Path]
) -> None:
    env, _ = helper_env
    config = DockerConfigFile.load(
        write_config(tmp_path, {"credsStore": "fake"}), environ=env
    )
    header = registry_auth_header(
        "r:1", {"username": "me", "password": "mine"}, config=config
    )
    assert header is not None
    assert decode_header(header) == {
        "username": "me",
        "password": "mine",
        "serveraddress": "r:1",
    }
    stored = registry_auth_header(DOCKER_HUB_INDEX, config=config)
    assert stored is not None
    assert decode_header(stored) == {
        "username": "hubuser",
        "password": "hubsecret",
        "serveraddress": DOCKER_HUB_INDEX,
    }
    assert registry_auth_header("nothing.example", config=config) is None


def test_build_registry_config_collects_every_registry(
    tmp_path: Path, helper_env: tuple[dict[str, str], Path]
) -> None:
    env, _ = helper_env
    config = DockerConfigFile.load(
        write_config(
            tmp_path,
            {
                "credsStore": "fake",
                "credHelpers": {"store.example": "special"},
                "auths": {"file.example": {}},
            },
        ),
        environ=env,
    )
    header = build_registry_config({"r:1": {"username": "x"}}, config=config)
    assert header is not None
    assert decode_header(header) == {
        DOCKER_HUB_INDEX: {
            "username": "hubuser",
            "password": "hubsecret",
            "serveraddress": DOCKER_HUB_INDEX,
        },
        "store.example": {"identitytoken": "idtoken", "serveraddress": "store.example"},
        "r:1": {"username": "x", "serveraddress": "r:1"},
    }
    assert build_registry_config(config=DockerConfigFile({})) is None


@pytest.mark.parametrize(
    ("reference", "parts"),
    [
        ("busybox", ("busybox", None)),
        ("busybox:1.36", ("busybox", "1.36")),
        ("127.0.0.1:5000/busybox", ("127.0.0.1:5000/busybox", None)),
        ("127.0.0.1:5000/busybox:t1", ("127.0.0.1:5000/busybox", "t1")),
        ("app@sha256:" + "b" * 64, ("app", "sha256:" + "b" * 64)),
    ],
)
def test_split_image_reference(reference: str, parts: tuple[str, str | None]) -> None:
    from moby_client._protocol.auth import split_image_reference

    assert split_image_reference(reference) == parts
