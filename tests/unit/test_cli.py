"""The moby-client command: parser, version, and doctor's pure parts."""

from __future__ import annotations

import io
import subprocess
import sys
import types
from typing import Any

import pytest

from moby_client import __version__
from moby_client._apiversion import APIVersion
from moby_client._cli import build_parser, main
from moby_client._config import TLSConfig
from moby_client._doctor import (
    DaemonFacts,
    describe_transport,
    releases_for_api,
    render,
    unavailable_operations,
)
from moby_client._protocol.hosts import parse_host
from moby_client._spec import OperationSpec
from moby_client.versions import ReleaseRecord


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def test_version_names_sdk_version_and_api_range() -> None:
    status, out, _ = _run("version")
    assert status == 0
    assert out.splitlines() == [
        f"moby-client {__version__}",
        "Engine API 1.25 (oldest) to 1.56 (newest)",
    ]


def test_a_subcommand_is_required() -> None:
    with pytest.raises(SystemExit) as exit_info:
        build_parser().parse_args([])
    assert exit_info.value.code == 2


def test_doctor_takes_a_host() -> None:
    args = build_parser().parse_args(["doctor", "--host", "tcp://127.0.0.1:1"])
    assert args.host == "tcp://127.0.0.1:1"
    assert build_parser().parse_args(["doctor"]).host is None


def test_python_dash_m_runs_the_same_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "moby_client", "version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"moby-client {__version__}\n")


def test_compat_extension_adds_its_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    extension = types.ModuleType("moby_client._compat_cli")

    def add_commands(subparsers: Any) -> None:
        sub = subparsers.add_parser("versions")
        sub.set_defaults(handler=lambda args: args.out.write("table\n") and 7)

    extension.add_commands = add_commands  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "moby_client._compat_cli", extension)
    status, out, _ = _run("versions")
    assert (status, out) == (7, "table\n")


def _spec(name: str, since: str = "1.25", until: str | None = None) -> OperationSpec:
    return OperationSpec(
        operation_id=name,
        method="GET",
        path=f"/{name.lower()}",
        tag="System",
        group="system",
        method_name=name.lower(),
        response_kind="json",
        since=since,
        until=until,
    )


def test_unavailable_operations_by_range() -> None:
    specs = [
        _spec("Old"),
        _spec("New", since="1.44"),
        _spec("Gone", until="1.40"),
        _spec("Exact", since="1.41", until="1.41"),
    ]
    missing = unavailable_operations(APIVersion("1.41"), specs)
    assert [(spec.operation_id, reason) for spec, reason in missing] == [
        ("Gone", "removed after API 1.40"),
        ("New", "needs API 1.44"),
    ]
    assert unavailable_operations(APIVersion("1.56"), specs)[0][0].operation_id in {
        "Exact",
        "Gone",
    }


def test_releases_for_api_from_the_sdk_table() -> None:
    match = releases_for_api(APIVersion("1.41"))
    assert "v20.10.24" in match.engine_tags
    assert all(tag.startswith("v20.10.") for tag in match.engine_tags)
    modules = dict(match.modules)
    assert "v20.10.24+incompatible" in modules["github.com/docker/docker"]

    assert "v28.5.2" in releases_for_api(APIVersion("1.51")).engine_tags


def _record(kind: str, tag: str, module: str, api: str, pre: bool = False) -> Any:
    return ReleaseRecord(
        kind=kind,  # type: ignore[arg-type]
        tag=tag,
        module=module,
        module_version=tag.rsplit("/", 1)[-1],
        api_max=APIVersion(api),
        api_min=None,
        api_min_floor=None,
        api_module="",
        client_module="",
        date="",
        prerelease=pre,
        source="test",
    )


def test_releases_for_api_skips_prereleases_and_other_versions() -> None:
    records = [
        _record("engine", "v1.0.0", "m", "1.41"),
        _record("engine", "v1.1.0-rc.1", "m", "1.41", pre=True),
        _record("client", "c/v0.1.0", "c", "1.41"),
        _record("engine", "v2.0.0", "m", "1.42"),
    ]
    match = releases_for_api(APIVersion("1.41"), records)
    assert match.engine_tags == ["v1.0.0"]
    assert match.modules == [("m", ["v1.0.0"]), ("c", ["v0.1.0"])]


def test_describe_transport() -> None:
    assert describe_transport(parse_host("unix:///run/x.sock"), None) == (
        "unix socket /run/x.sock"
    )
    assert "plain HTTP" in describe_transport(parse_host("tcp://127.0.0.1:2375"), None)
    tls = TLSConfig(verify=True)
    assert describe_transport(parse_host("tcp://127.0.0.1:2376", tls=True), tls) == (
        "TCP 127.0.0.1:2376 over TLS (server verified)"
    )
    ssh = describe_transport(parse_host("ssh://root@127.0.0.1:2222"), None)
    assert ssh.startswith("ssh to 127.0.0.1 port 2222")


def _facts() -> DaemonFacts:
    return DaemonFacts(
        host="unix:///var/run/docker.sock",
        source="DOCKER_HOST",
        transport="unix socket /var/run/docker.sock",
        negotiated=APIVersion("1.41"),
        version={
            "Version": "20.10.24+dfsg1",
            "ApiVersion": "1.41",
            "MinAPIVersion": "1.12",
            "Os": "linux",
            "Arch": "amd64",
            "Components": [
                {"Name": "Engine", "Version": "20.10.24+dfsg1"},
                {"Name": "containerd", "Version": "1.6.20~ds1"},
                {"Name": "runc", "Version": "1.1.5+ds1"},
                {"Name": "docker-init", "Version": "0.19.0"},
            ],
        },
    )


def test_render_reports_versions_components_and_gaps() -> None:
    facts = _facts()
    text = render(
        facts,
        releases_for_api(APIVersion("1.41")),
        unavailable_operations(facts.negotiated, [_spec("New", since="1.44")]),
        known_operations=1,
    )
    assert "host:          unix:///var/run/docker.sock (from DOCKER_HOST)" in text
    assert "engine:        Moby 20.10.24+dfsg1 (linux/amd64)" in text
    assert "daemon API:    1.41 (accepts 1.12 to 1.41)" in text
    assert "negotiated:    1.41 (this SDK speaks 1.25 to 1.56)" in text
    assert "  containerd   1.6.20~ds1" in text
    assert "  docker-init  0.19.0" in text
    assert "Engine " not in text.split("components:")[1].split("API 1.41")[0]
    assert "Moby engine  v20.10.0 … v20.10.27" in text
    assert "1 of 1 the SDK knows cannot be used at API 1.41" in text
    assert "system.new  GET /new  (needs API 1.44)" in text


def test_render_when_every_operation_is_served() -> None:
    text = render(_facts(), None, [], known_operations=5)
    assert "all 5 operations the SDK knows are served at API 1.41" in text


def test_doctor_on_a_missing_socket_says_so_in_one_line(tmp_path: Any) -> None:
    socket_path = tmp_path / "nothing.sock"
    status, out, err = _run("doctor", "--host", f"unix://{socket_path}")
    assert status == 1
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("moby-client doctor: ")
    assert str(socket_path) in err


def test_doctor_on_a_malformed_host_exits_2() -> None:
    status, _, err = _run("doctor", "--host", "gopher://x")
    assert status == 2
    assert err.startswith("moby-client doctor: ")


def test_render_says_when_the_version_was_pinned() -> None:
    facts = _facts()
    pinned = DaemonFacts(
        facts.host,
        facts.source,
        facts.transport,
        APIVersion("1.30"),
        facts.version,
        pinned_by="DOCKER_API_VERSION",
    )
    text = render(pinned, None, [], known_operations=1)
    assert "pinned:        1.30 (by DOCKER_API_VERSION; this SDK speaks" in text
    assert "negotiated:" not in text


def test_render_says_when_the_daemon_refused_the_pinned_version() -> None:
    facts = _facts()
    refused = DaemonFacts(
        facts.host,
        facts.source,
        facts.transport,
        APIVersion("1.41"),
        facts.version,
        pinned_by="DOCKER_API_VERSION",
        pinned_refused=(APIVersion("1.51"), "400: client version 1.51 is too new"),
    )
    text = render(refused, None, [], known_operations=1)
    assert (
        "pinned:        1.51 (by DOCKER_API_VERSION) is outside the daemon's "
        "range 1.12 to 1.41"
    ) in text
    assert "negotiated:    1.41 without the pin" in text


def test_render_says_when_the_sdk_refused_the_pinned_version() -> None:
    facts = _facts()
    refused = DaemonFacts(
        facts.host,
        facts.source,
        facts.transport,
        APIVersion("1.41"),
        facts.version,
        pinned_by="DOCKER_API_VERSION",
        pinned_refused=(APIVersion("1.20"), "older than 1.25"),
    )
    text = render(refused, None, [], known_operations=1)
    assert "1.20 (by DOCKER_API_VERSION) is outside this SDK's range 1.25 to" in text


def test_doctor_tls_options_as_the_docker_cli_names_them(tmp_path: Any) -> None:
    from moby_client._cli import _tls_options

    files = {}
    for name in ("ca", "cert", "key"):
        files[name] = tmp_path / f"{name}.pem"
        files[name].write_text("-")
    args = build_parser().parse_args(
        [
            "doctor",
            "--tlsverify",
            "--tlscacert",
            str(files["ca"]),
            "--tlscert",
            str(files["cert"]),
            "--tlskey",
            str(files["key"]),
        ]
    )
    assert _tls_options(args) == TLSConfig(
        ca_cert=str(files["ca"]),
        client_cert=str(files["cert"]),
        client_key=str(files["key"]),
        verify=True,
    )
    no_verify = build_parser().parse_args(["doctor", "--tls"])
    assert _tls_options(no_verify) == TLSConfig(verify=False)
    assert _tls_options(build_parser().parse_args(["doctor"])) is None
    missing = tmp_path / "missing.pem"
    status, _, err = _run("doctor", "--tlscacert", str(missing))
    assert status == 2
    assert err == f"moby-client doctor: no such file: {missing}\n"


def test_doctor_on_an_unknown_context_exits_2(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DOCKER_HOST", raising=False)
    monkeypatch.setenv("DOCKER_CONFIG", str(tmp_path))
    monkeypatch.setenv("DOCKER_CONTEXT", "nosuch")
    status, out, err = _run("doctor")
    assert (status, out) == (2, "")
    assert "'nosuch' not found" in err


def test_doctor_on_a_malformed_pinned_version_exits_2(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DOCKER_HOST", "unix:///nonexistent/docker.sock")
    monkeypatch.setenv("DOCKER_API_VERSION", "latest")
    status, out, err = _run("doctor")
    assert (status, out) == (2, "")
    assert "DOCKER_API_VERSION='latest' is not an API version" in err


def test_help_documents_the_exit_statuses() -> None:
    for argv in (["--help"], ["doctor", "--help"]):
        out = io.StringIO()
        with pytest.raises(SystemExit) as exit_info:
            sys.stdout, saved = out, sys.stdout
            try:
                build_parser().parse_args(argv)
            finally:
                sys.stdout = saved
        assert exit_info.value.code == 0
        text = " ".join(out.getvalue().split())
        assert "exit status: 0" in text
        assert "2 bad input or configuration" in text


def test_a_closed_pipe_ends_the_command_quietly() -> None:
    code = (
        "import sys, os\n"
        "from moby_client._cli import main\n"
        "r, w = os.pipe(); os.close(r); os.dup2(w, 1)\n"
        "sys.exit(main(['versions']))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert done.stderr == ""
