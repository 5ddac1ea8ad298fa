"""Daemon addresses with hidden line breaks, spaces or odd digits are refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from moby_client import AsyncMobyClient, MobyClient, TLSConfig
from moby_client._config import context_store_id
from moby_client._protocol.hosts import parse_host
from moby_client.errors import InvalidHostError


@pytest.mark.parametrize(
    ("address", "part"),
    [
        ("tcp://h\n:2375", "host name"),  # '$' let a trailing newline through
        ("ssh://me\n@build-box", "ssh user"),
        ("http://127.0.0.1:2375/x y", "path"),
        ("tcp://127.0.0.1:2375/pr\u00e9fix", "path"),
        ("tcp://127.0.0.1:2375/a\tb", "path"),
        ("tcp://127.0.0.1:\u00b2", "port"),  # isdigit() but int() fails
        ("tcp://127.0.0.1:\u0662\u0663\u0667\u0665", "port"),  # Arabic-Indic 2375
    ],
)
def test_hidden_characters_are_refused(address: str, part: str) -> None:
    with pytest.raises(InvalidHostError, match=part):
        parse_host(address)
    with pytest.raises(InvalidHostError):
        MobyClient(address)
    with pytest.raises(InvalidHostError):
        AsyncMobyClient(address)


@pytest.mark.parametrize(
    "address",
    [
        "tcp://127.0.0.1:2375/prefix/v%20x",
        "unix:///tmp/my dir/docker.sock",
        "ssh://me@build-box:2222",
    ],
)
def test_ordinary_addresses_still_pass(address: str) -> None:
    assert parse_host(address).address == address


def test_a_missing_ca_file_is_named() -> None:
    # it was a bare FileNotFoundError "[Errno 2] No such file or directory"
    tls = TLSConfig(ca_cert="/nonexistent/ca.pem")
    with pytest.raises(ValueError, match=r"/nonexistent/ca\.pem"):
        MobyClient("tcp://127.0.0.1:2376", tls=tls)
    with pytest.raises(ValueError, match=r"/nonexistent/ca\.pem"):
        AsyncMobyClient("tcp://127.0.0.1:2376", tls=tls)


def test_an_unreadable_client_certificate_is_named(tmp_path: Path) -> None:
    cert = tmp_path / "cert.pem"
    cert.write_text("not a certificate\n")
    tls = TLSConfig(client_cert=str(cert), client_key=str(tmp_path / "key.pem"))
    with pytest.raises(ValueError, match=r"cert\.pem"):
        MobyClient("tcp://127.0.0.1:2376", tls=tls)


def test_a_cert_path_that_is_not_a_directory_is_refused() -> None:
    # with DOCKER_TLS_VERIFY the client fell back to the system CAs and then
    # failed the handshake with CERTIFICATE_VERIFY_FAILED
    environ = {
        "DOCKER_HOST": "tcp://127.0.0.1:2376",
        "DOCKER_TLS_VERIFY": "1",
        "DOCKER_CERT_PATH": "/nonexistent/certs",
    }
    with pytest.raises(InvalidHostError, match="DOCKER_CERT_PATH"):
        MobyClient.from_env(environ=environ)
    with pytest.raises(InvalidHostError, match="DOCKER_CERT_PATH"):
        AsyncMobyClient.from_env(environ=environ)


def _context(
    config_dir: Path, name: str, endpoint: dict[str, object]
) -> dict[str, str]:
    meta_dir = config_dir / "contexts" / "meta" / context_store_id(name)
    meta_dir.mkdir(parents=True)
    meta = {"Name": name, "Endpoints": {"docker": endpoint}}
    (meta_dir / "meta.json").write_text(json.dumps(meta))
    return {"DOCKER_CONFIG": str(config_dir), "DOCKER_CONTEXT": name}


@pytest.mark.parametrize("flag", ["false", "0", 1, "true"])
def test_skip_tls_verify_must_be_a_boolean(tmp_path: Path, flag: object) -> None:
    # bool("false") is True: verification was turned off by the word "false"
    environ = _context(
        tmp_path, "remote", {"Host": "tcp://127.0.0.1:2376", "SkipTLSVerify": flag}
    )
    with pytest.raises(InvalidHostError, match="SkipTLSVerify"):
        MobyClient.from_env(environ=environ)


def test_a_context_host_must_be_a_string(tmp_path: Path) -> None:
    environ = _context(tmp_path, "odd", {"Host": 2375})
    with pytest.raises(InvalidHostError, match=r"Host must be a string"):
        MobyClient.from_env(environ=environ)


def test_a_well_formed_context_still_works(tmp_path: Path) -> None:
    environ = _context(
        tmp_path, "remote", {"Host": "tcp://127.0.0.1:2376", "SkipTLSVerify": True}
    )
    with MobyClient.from_env(environ=environ) as client:
        assert client.base_url == "tcp://127.0.0.1:2376"
