"""The types the clients return can be imported from public modules."""

from __future__ import annotations

import dataclasses
import subprocess
import sys

import moby_client
import moby_client.auth
import moby_client.streams
from moby_client._async.resources.containers import AsyncContainers
from moby_client._async.resources.exec import AsyncExec
from moby_client._sync.resources.containers import Containers
from moby_client._sync.resources.exec import Exec

RETURNED_TYPES = [
    "Frame",
    "FrameStream",
    "AsyncFrameStream",
    "JSONStream",
    "AsyncJSONStream",
    "ByteStream",
    "AsyncByteStream",
    "HijackedSession",
    "AsyncHijackedSession",
    "ExecResult",
    "ContainerRunResult",
    "PathStat",
]


def test_returned_types_are_public_in_streams_and_at_top_level() -> None:
    for name in RETURNED_TYPES:
        assert name in moby_client.streams.__all__, name
        assert name in moby_client.__all__, name
        assert getattr(moby_client, name) is getattr(moby_client.streams, name)


def test_sync_and_async_streams_share_one_frame_type() -> None:
    from moby_client._async import streams as async_streams
    from moby_client._sync import streams as sync_streams

    assert async_streams.Frame is sync_streams.Frame is moby_client.Frame


def test_run_results_are_one_dataclass_for_both_clients() -> None:
    for name in ("ExecResult", "ContainerRunResult"):
        cls = getattr(moby_client, name)
        assert dataclasses.is_dataclass(cls), name
        assert cls.__module__ == "moby_client._results", name
    assert Exec.run.__annotations__["return"] == "ExecResult"
    assert AsyncExec.run.__annotations__["return"] == "ExecResult"
    result = moby_client.ContainerRunResult("abc", 0, b"out", b"")
    assert result.container_id == "abc"
    assert Containers.run is not AsyncContainers.run


def test_registry_auth_helpers_are_public() -> None:
    config = moby_client.auth.AuthConfig(username="u", password="s3cr3t-value")
    header = moby_client.auth.encode_registry_auth(config)
    assert header
    assert "s3cr3t-value" not in repr(config)
    assert moby_client.encode_registry_auth is moby_client.auth.encode_registry_auth
    assert moby_client.auth.DockerConfigFile({}).auths == {}


def test_import_moby_client_still_loads_no_stream_or_transport() -> None:
    code = (
        "import sys, moby_client;"
        "heavy = [m for m in ('httpcore', 'anyio', 'moby_client._results',"
        " 'moby_client.streams', 'moby_client._async.streams') if m in sys.modules];"
        "print(heavy)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"
