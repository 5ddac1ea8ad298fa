"""``moby-client doctor`` against the real daemons."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

from moby_client import MobyClient
from moby_client._cli import main

from .conftest import _wire


def _doctor(host: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(["doctor", "--host", host], out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def test_doctor_reports_what_the_daemon_says(moby_host: str) -> None:
    with MobyClient(base_url=moby_host) as client:
        version = _wire(client.system.version())
        negotiated = str(client.api_version)

    status, out, err = _doctor(moby_host)

    assert (status, err) == (0, "")
    assert f"host:          {moby_host} (from --host)" in out
    assert f"engine:        Moby {version['Version']}" in out
    daemon_api = f"daemon API:    {version['ApiVersion']} "
    assert f"{daemon_api}(accepts {version['MinAPIVersion']} to " in out
    assert f"negotiated:    {negotiated} " in out
    components = {c["Name"] for c in version.get("Components") or ()}
    for name in components - {"Engine"}:
        assert re.search(rf"^  {re.escape(name)} +\S", out, re.MULTILINE), name


def test_doctor_names_the_releases_of_each_known_daemon(moby_host: str) -> None:
    status, out, _ = _doctor(moby_host)
    assert status == 0
    if "engine:        Moby 20.10." in out:
        assert "daemon API:    1.41 " in out
        assert "Moby engine  v20.10.0 … v20.10.27" in out
        assert "github.com/docker/docker v20.10.0+incompatible" in out
        # Cluster volumes (PUT /volumes/{name}) came with API 1.42.
        assert re.search(r"operations: +\d+ of \d+ the SDK knows cannot be used", out)
        assert "PUT /volumes/{name}  (needs API 1.42)" in out
    elif "engine:        Moby 28.5." in out:
        assert "daemon API:    1.51 " in out
        assert re.search(r"Moby engine  v28\.\S+ … v28\.5\.2", out)
        assert "PUT /volumes/{name}" not in out
        assert "GET /images/{name}/attestations  (needs API 1.5" in out
    else:
        raise AssertionError(f"an engine the tests do not know:\n{out}")


def test_doctor_on_a_dead_socket_exits_1(tmp_path: Path) -> None:
    dead = tmp_path / "docker.sock"
    done = subprocess.run(
        [sys.executable, "-m", "moby_client", "doctor", "--host", f"unix://{dead}"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1, done.stderr
    assert str(dead) in done.stderr


def test_doctor_reports_a_pinned_version_from_the_environment(
    moby_host: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DOCKER_HOST", moby_host)
    monkeypatch.setenv("DOCKER_API_VERSION", "1.30")
    out, err = io.StringIO(), io.StringIO()

    status = main(["doctor"], out=out, err=err)

    assert (status, err.getvalue()) == (0, "")
    report = out.getvalue()
    assert f"host:          {moby_host} (from DOCKER_HOST)" in report
    assert "pinned:        1.30 (by DOCKER_API_VERSION;" in report
    # Sessions (POST /session) came with API 1.31.
    assert "POST /session  (needs API 1.31)" in report


def test_doctor_diagnoses_a_pinned_version_the_daemon_refuses(
    moby_host: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with MobyClient(base_url=moby_host) as client:
        version = _wire(client.system.version())
    too_new = f"1.{int(version['ApiVersion'].split('.')[1]) + 1}"
    monkeypatch.setenv("DOCKER_HOST", moby_host)
    monkeypatch.setenv("DOCKER_API_VERSION", too_new)
    out, err = io.StringIO(), io.StringIO()

    status = main(["doctor"], out=out, err=err)

    assert status == 2
    report = out.getvalue()
    assert (
        f"pinned:        {too_new} (by DOCKER_API_VERSION) is outside the daemon's "
        f"range {version['MinAPIVersion']} to {version['ApiVersion']}"
    ) in report
    assert f"negotiated:    {version['ApiVersion']} without the pin" in report
    assert f"engine:        Moby {version['Version']}" in report
    assert err.getvalue().startswith(f"moby-client doctor: DOCKER_API_VERSION={too_new}")


def test_doctor_on_a_tls_port_without_tls_suggests_the_tls_options() -> None:
    import os

    tls_host = os.environ.get("MOBY_TEST_TLS_HOST")
    cert_path = os.environ.get("MOBY_TEST_TLS_CERT_PATH")
    if not tls_host or not cert_path:
        pytest.skip("no TLS daemon (MOBY_TEST_TLS_HOST, MOBY_TEST_TLS_CERT_PATH)")

    status, out, err = _doctor(tls_host)
    assert (status, out) == (2, "")
    assert "--tlsverify --tlscacert" in err and "DOCKER_CERT_PATH" in err

    out_io, err_io = io.StringIO(), io.StringIO()
    status = main(
        [
            "doctor",
            "--host",
            tls_host,
            "--tlsverify",
            "--tlscacert",
            f"{cert_path}/ca.pem",
            "--tlscert",
            f"{cert_path}/cert.pem",
            "--tlskey",
            f"{cert_path}/key.pem",
        ],
        out=out_io,
        err=err_io,
    )
    assert (status, err_io.getvalue()) == (0, "")
    assert "over TLS (server verified) with a client certificate" in out_io.getvalue()
