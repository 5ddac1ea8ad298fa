"""Daemon addresses with hidden line breaks, spaces or odd digits are refused."""

from __future__ import annotations

import pytest

from moby_client import AsyncMobyClient, MobyClient
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
