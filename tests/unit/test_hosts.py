"""Every DOCKER_HOST form, parsed or refused with the bad part named."""

from __future__ import annotations

import pytest

from moby_client._protocol.hosts import DaemonHost, parse_host
from moby_client.errors import InvalidHostError

# address, tls, scheme, path, host, port, tls flag, base_path, user
VALID = [
    (None, False, "unix", "/var/run/docker.sock", "", None, False, "", None),
    ("", False, "unix", "/var/run/docker.sock", "", None, False, "", None),
    ("unix://", False, "unix", "/var/run/docker.sock", "", None, False, "", None),
    (
        "unix:///run/moby-sid/docker.sock",
        False,
        "unix",
        "/run/moby-sid/docker.sock",
        "",
        None,
        False,
        "",
        None,
    ),
    ("/tmp/d.sock", False, "unix", "/tmp/d.sock", "", None, False, "", None),
    ("  unix:///x.sock  ", False, "unix", "/x.sock", "", None, False, "", None),
    ("tcp://127.0.0.1:2375", False, "tcp", "", "127.0.0.1", 2375, False, "", None),
    ("tcp://127.0.0.1", False, "tcp", "", "127.0.0.1", 2375, False, "", None),
    ("tcp://127.0.0.1", True, "tcp", "", "127.0.0.1", 2376, False, "", None),
    (
        "tcp://daemon.example:1234",
        True,
        "tcp",
        "",
        "daemon.example",
        1234,
        False,
        "",
        None,
    ),
    ("TCP://Daemon.Example:1", False, "tcp", "", "Daemon.Example", 1, False, "", None),
    ("tcp://host:2375/prefix", False, "tcp", "", "host", 2375, False, "/prefix", None),
    ("tcp://host:2375/a/b/", False, "tcp", "", "host", 2375, False, "/a/b", None),
    ("tcp://host:2375/", False, "tcp", "", "host", 2375, False, "", None),
    ("http://host", False, "tcp", "", "host", 2375, False, "", None),
    ("http://host:80/api", False, "tcp", "", "host", 80, False, "/api", None),
    ("https://host", False, "tcp", "", "host", 2376, True, "", None),
    ("https://host:443", False, "tcp", "", "host", 443, True, "", None),
    ("tcp://[::1]:2375", False, "tcp", "", "::1", 2375, False, "", None),
    ("tcp://[::1]", True, "tcp", "", "::1", 2376, False, "", None),
    (
        "tcp://[fe80::1%eth0]:2375",
        False,
        "tcp",
        "",
        "fe80::1%eth0",
        2375,
        False,
        "",
        None,
    ),
    (
        "tcp://[2001:db8::5]:65535/p",
        False,
        "tcp",
        "",
        "2001:db8::5",
        65535,
        False,
        "/p",
        None,
    ),
    ("tcp://:2375", False, "tcp", "", "127.0.0.1", 2375, False, "", None),
    ("localhost:2375", False, "tcp", "", "localhost", 2375, False, "", None),
    ("ssh://host", False, "ssh", "", "host", None, False, "", None),
    ("ssh://me@host", False, "ssh", "", "host", None, False, "", "me"),
    ("ssh://me@host:2222", False, "ssh", "", "host", 2222, False, "", "me"),
    ("ssh://root@127.0.0.1:22", False, "ssh", "", "127.0.0.1", 22, False, "", "root"),
    ("ssh://root@[::1]:2200", False, "ssh", "", "::1", 2200, False, "", "root"),
    ("ssh://host/", False, "ssh", "", "host", None, False, "", None),
    (
        "npipe:////./pipe/docker_engine",
        False,
        "npipe",
        "//./pipe/docker_engine",
        "",
        None,
        False,
        "",
        None,
    ),
    ("fd://", False, "fd", "", "", None, False, "", None),
]


@pytest.mark.parametrize(
    (
        "address",
        "tls",
        "scheme",
        "path",
        "host",
        "port",
        "tls_flag",
        "base_path",
        "user",
    ),
    VALID,
)
def test_valid_forms(
    address: str | None,
    tls: bool,
    scheme: str,
    path: str,
    host: str,
    port: int | None,
    tls_flag: bool,
    base_path: str,
    user: str | None,
) -> None:
    parsed = parse_host(address, tls=tls)
    assert (
        parsed.scheme,
        parsed.path,
        parsed.host,
        parsed.port,
        parsed.tls,
        parsed.base_path,
        parsed.user,
    ) == (scheme, path, host, port, tls_flag, base_path, user)


# address, a piece of text the message must contain
INVALID = [
    ("unix://relative/path", "must be absolute"),
    ("unix:///x.sock?a=1", "query"),
    ("tcp://host:2375#frag", "fragment"),
    ("tcp://host:notaport", "bad port 'notaport'"),
    ("tcp://host:0", "bad port '0'"),
    ("tcp://host:65536", "bad port '65536'"),
    ("tcp://host:", "empty port"),
    ("tcp://", "host is missing"),
    ("tcp://::1:2375", "put it in brackets"),
    ("tcp://[::1:2375", "unclosed '['"),
    ("tcp://[nothex]:2375", "not an IPv6 address"),
    ("tcp://[::1]x", "unexpected 'x'"),
    ("tcp://user@host:2375", "user name is only allowed in ssh"),
    ("tcp://bad_host!:2375", "bad host name 'bad_host!'"),
    ("tcp://-x-.example:1", "bad host name"),
    ("ftp://host", "unknown scheme 'ftp'"),
    ("ssh://", "host is missing"),
    ("ssh://me:secret@host", "passwords are not accepted"),
    ("ssh://host/path", "takes no path"),
    ("ssh://host:abc", "bad port 'abc'"),
    ("ssh://-oProxyCommand=x", "may not start with '-'"),
    ("ssh://bad user@host", "bad ssh user"),
    ("npipe://", "pipe path is missing"),
    ("://host", "bad scheme"),
]


@pytest.mark.parametrize(("address", "expected"), INVALID)
def test_invalid_forms_name_the_bad_part(address: str, expected: str) -> None:
    with pytest.raises(InvalidHostError) as caught:
        parse_host(address)
    assert expected in str(caught.value)
    assert repr(address.strip()) in str(caught.value)


def test_invalid_host_error_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        parse_host("tcp://host:x")


@pytest.mark.parametrize(
    ("address", "header"),
    [
        ("unix:///x.sock", "api.moby.localhost"),
        ("ssh://me@host", "api.moby.localhost"),
        ("tcp://host:2375", "host:2375"),
        ("tcp://[::1]:2375", "[::1]:2375"),
        ("https://h", "h:2376"),
    ],
)
def test_host_header(address: str, header: str) -> None:
    assert parse_host(address).host_header == header


def test_parsed_address_keeps_the_original_text() -> None:
    assert parse_host("tcp://h:1/p") == DaemonHost(
        scheme="tcp", address="tcp://h:1/p", host="h", port=1, base_path="/p"
    )
