"""One DEBUG line per request; credentials and create bodies never logged."""

from __future__ import annotations

import logging
import re

import pytest
from fakedaemon import Recorded, Reply, fake_daemon

from moby_client import MobyClient

SECRET = "hunter2-secret"


def handler(request: Recorded) -> Reply:
    if request.path.endswith("/_ping"):
        return Reply(body=b"OK", content_type="text/plain")
    if "create" in request.path:
        return Reply(status=201, body=b'{"Id": "c1", "Warnings": []}')
    if "/images/" in request.path:
        return Reply(status=404, body=b'{"message": "no such image"}')
    if request.path.startswith("/v1.41/containers/json"):
        return Reply(body=b"[]")
    return Reply(body=b"{}")


def test_library_is_silent_by_default() -> None:
    logger = logging.getLogger("moby_client")
    assert any(isinstance(h, logging.NullHandler) for h in logger.handlers)


def test_one_debug_line_per_request(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="moby_client")
    with fake_daemon(api_version="1.41", handler=handler) as daemon:
        with MobyClient(daemon.host, api_version="1.41") as client:
            client.system.info()
            client.containers.list(all=True, filters={"label": ["a=b"]})
    lines = [r.getMessage() for r in caplog.records if r.name == "moby_client"]
    assert len(lines) == 2
    assert re.fullmatch(r"GET /info 200 \d+\.\dms", lines[0])
    assert re.fullmatch(r"GET /containers/json 200 \d+\.\dms", lines[1])
    assert all(r.levelno == logging.DEBUG for r in caplog.records)


def test_secrets_never_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with fake_daemon(api_version="1.41", handler=handler) as daemon:
        with MobyClient(daemon.host) as client:
            client.containers.create(
                image="busybox:local",
                env=[f"PASSWORD={SECRET}"],
                options={
                    "extra_headers": {
                        "X-Registry-Auth": SECRET,
                        "X-Registry-Config": SECRET,
                    }
                },
            )
            with pytest.raises(Exception) as caught:
                client.images.inspect(
                    "x", options={"extra_headers": {"X-Registry-Auth": SECRET}}
                )
            representation = repr(client)
        sent = daemon.requests[-2]
    assert sent.headers["x-registry-auth"] == SECRET
    assert SECRET.encode() in sent.body
    assert SECRET not in caplog.text
    assert SECRET not in representation
    assert SECRET not in str(caught.value)
    assert "POST /containers/create 201" in caplog.text


def test_client_repr_names_host_and_version() -> None:
    with fake_daemon(api_version="1.44") as daemon, MobyClient(daemon.host) as client:
        assert "not negotiated" in repr(client)
        client.negotiate()
        assert repr(client) == f"<MobyClient {daemon.host} API 1.44>"
