"""from_env: DOCKER_HOST, contexts, TLS files and the pinned API version."""

from __future__ import annotations

import hashlib
import json
import ssl
from pathlib import Path

import pytest

from moby_client import APIVersion, AsyncMobyClient, MobyClient, Timeout, TLSConfig
from moby_client._config import resolve_environment
from moby_client.errors import ConfigurationError, InvalidHostError


def make_context(
    config_dir: Path,
    name: str,
    host: str,
    *,
    skip_verify: bool = False,
    tls_files: tuple[str, ...] = (),
) -> None:
    store_id = hashlib.sha256(name.encode()).hexdigest()
    meta_dir = config_dir / "contexts" / "meta" / store_id
    meta_dir.mkdir(parents=True)
    meta = {
        "Name": name,
        "Metadata": {},
        "Endpoints": {"docker": {"Host": host, "SkipTLSVerify": skip_verify}},
    }
    (meta_dir / "meta.json").write_text(json.dumps(meta))
    if tls_files:
        tls_dir = config_dir / "contexts" / "tls" / store_id / "docker"
        tls_dir.mkdir(parents=True)
        for file_name in tls_files:
            (tls_dir / file_name).write_text("pem")


def test_nothing_set_means_default_socket(tmp_path: Path) -> None:
    config = resolve_environment({"HOME": str(tmp_path)})
    assert config.host.address == "unix:///var/run/docker.sock"
    assert config.tls is None
    assert config.api_version is None
    assert config.source == "default"


def test_docker_host_wins_over_contexts(tmp_path: Path) -> None:
    make_context(tmp_path, "remote", "tcp://10.0.0.1:2375")
    config = resolve_environment(
        {
            "DOCKER_HOST": "unix:///run/moby-sid/docker.sock",
            "DOCKER_CONTEXT": "remote",
            "DOCKER_CONFIG": str(tmp_path),
        }
    )
    assert config.host.path == "/run/moby-sid/docker.sock"
    assert config.source == "DOCKER_HOST"


def test_docker_context_variable(tmp_path: Path) -> None:
    make_context(tmp_path, "remote", "tcp://10.0.0.1:2375")
    config = resolve_environment(
        {"DOCKER_CONTEXT": "remote", "DOCKER_CONFIG": str(tmp_path)}
    )
    assert (config.host.host, config.host.port) == ("10.0.0.1", 2375)
    assert config.tls is None
    assert "remote" in config.source


def test_current_context_of_config_json(tmp_path: Path) -> None:
    make_context(tmp_path, "ssh-box", "ssh://me@box:2222")
    (tmp_path / "config.json").write_text(json.dumps({"currentContext": "ssh-box"}))
    config = resolve_environment({"DOCKER_CONFIG": str(tmp_path)})
    assert (config.host.scheme, config.host.user, config.host.port) == (
        "ssh",
        "me",
        2222,
    )


def test_config_dir_defaults_to_home_docker(tmp_path: Path) -> None:
    docker_dir = tmp_path / ".docker"
    make_context(docker_dir, "x", "tcp://h:1")
    (docker_dir / "config.json").write_text(json.dumps({"currentContext": "x"}))
    config = resolve_environment({"HOME": str(tmp_path)})
    assert config.host.host == "h"


def test_default_context_is_the_default_socket(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text(json.dumps({"currentContext": "default"}))
    config = resolve_environment({"DOCKER_CONFIG": str(tmp_path)})
    assert config.host.path == "/var/run/docker.sock"


def test_context_tls_files_and_skip_verify(tmp_path: Path) -> None:
    make_context(
        tmp_path,
        "secure",
        "tcp://h:2376",
        skip_verify=True,
        tls_files=("ca.pem", "cert.pem", "key.pem"),
    )
    config = resolve_environment(
        {"DOCKER_CONTEXT": "secure", "DOCKER_CONFIG": str(tmp_path)}
    )
    assert config.tls is not None
    assert config.tls.verify is False
    assert config.tls.ca_cert is not None and config.tls.ca_cert.endswith(
        "docker/ca.pem"
    )
    assert config.tls.client_key is not None and config.tls.client_key.endswith(
        "key.pem"
    )


def test_context_tls_without_port_uses_2376(tmp_path: Path) -> None:
    make_context(tmp_path, "secure", "tcp://h", tls_files=("ca.pem",))
    config = resolve_environment(
        {"DOCKER_CONTEXT": "secure", "DOCKER_CONFIG": str(tmp_path)}
    )
    assert config.host.port == 2376
    assert config.tls is not None and config.tls.verify
    assert config.tls.client_cert is None


def test_missing_context_is_named(tmp_path: Path) -> None:
    with pytest.raises(InvalidHostError, match="'nope' not found"):
        resolve_environment({"DOCKER_CONTEXT": "nope", "DOCKER_CONFIG": str(tmp_path)})


def test_broken_config_json(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text("{not json")
    with pytest.raises(InvalidHostError, match=r"config\.json"):
        resolve_environment({"DOCKER_CONFIG": str(tmp_path)})


def test_cert_path_and_tls_verify(tmp_path: Path) -> None:
    for name in ("ca.pem", "cert.pem", "key.pem"):
        (tmp_path / name).write_text("pem")
    env = {
        "DOCKER_HOST": "tcp://h",
        "DOCKER_CERT_PATH": str(tmp_path),
        "DOCKER_TLS_VERIFY": "1",
    }
    config = resolve_environment(env)
    assert config.host.port == 2376
    assert config.tls == TLSConfig(
        ca_cert=str(tmp_path / "ca.pem"),
        client_cert=str(tmp_path / "cert.pem"),
        client_key=str(tmp_path / "key.pem"),
        verify=True,
    )
    env["DOCKER_TLS_VERIFY"] = ""
    config = resolve_environment(env)
    assert config.tls is not None and config.tls.verify is False


def test_no_tls_without_cert_path_or_verify() -> None:
    config = resolve_environment({"DOCKER_HOST": "tcp://h"})
    assert config.tls is None
    assert config.host.port == 2375


def test_tls_settings_are_dropped_for_unix_sockets(tmp_path: Path) -> None:
    env = {"DOCKER_HOST": "unix:///x.sock", "DOCKER_CERT_PATH": str(tmp_path)}
    assert resolve_environment(env).tls is None


@pytest.mark.parametrize(
    ("value", "expected"), [("1.41", "1.41"), (" v1.44 ", "1.44"), ("v1.25", "1.25")]
)
def test_pinned_api_version(value: str, expected: str) -> None:
    config = resolve_environment(
        {"DOCKER_HOST": "unix:///x", "DOCKER_API_VERSION": value}
    )
    assert config.api_version == APIVersion(expected)


def test_bad_pinned_api_version() -> None:
    with pytest.raises(ConfigurationError, match="DOCKER_API_VERSION") as caught:
        resolve_environment({"DOCKER_API_VERSION": "latest"})
    assert not isinstance(caught.value, InvalidHostError)
    assert isinstance(caught.value, ValueError)


def test_from_env_builds_both_clients(tmp_path: Path) -> None:
    env = {"DOCKER_HOST": "unix:///run/x.sock", "DOCKER_API_VERSION": "1.44"}
    client = MobyClient.from_env(environ=env)
    assert client.api_version == APIVersion("1.44")
    assert client.base_url == "unix:///run/x.sock"
    client.close()
    aclient = AsyncMobyClient.from_env(environ=env, timeout=Timeout(connect=1))
    assert aclient.api_version == "1.44"


def test_tls_config_builds_a_tls12_context() -> None:
    context = TLSConfig(verify=False).ssl_context()
    assert context.minimum_version >= ssl.TLSVersion.TLSv1_2
    assert context.verify_mode == ssl.CERT_NONE
    assert TLSConfig().ssl_context().check_hostname is True


def test_tls_key_without_cert_is_refused() -> None:
    with pytest.raises(ValueError, match="client_key"):
        TLSConfig(client_key="k.pem")


def test_timeout_coercion() -> None:
    assert Timeout.coerce(3) == Timeout(3.0, 3.0, 3.0, 3.0)
    assert Timeout.coerce(None) == Timeout(None, None, None, None)
    limits = Timeout(connect=1, read=2)
    assert Timeout.coerce(limits) is limits
    assert limits.as_extension(read=False)["read"] is None
    assert limits.as_extension()["read"] == 2
