"""``moby-client compat`` and ``moby-client versions`` (moby_client._compat_cli)."""

from __future__ import annotations

import argparse
import io
import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from moby_client import _compat_cli, versions

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "gomod"


def run(*argv: str) -> tuple[int, str, str]:
    """Run one subcommand through a parser built with ``add_commands``."""
    parser = argparse.ArgumentParser(prog="moby-client")
    subparsers = parser.add_subparsers(dest="command", required=True)
    _compat_cli.add_commands(subparsers)
    args = parser.parse_args(list(argv))
    out, err = io.StringIO(), io.StringIO()
    args.out, args.err = out, err
    status: int = args.handler(args)
    return status, out.getvalue(), err.getvalue()


def table_rows(output: str) -> dict[str, list[str]]:
    """Rows of the first table in ``output``, keyed by their first cell."""
    lines = output.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("MODULE"))
    rows: dict[str, list[str]] = {}
    for line in lines[start + 1 :]:
        if not line.strip():
            break
        cells = [cell for cell in line.split("  ") if cell.strip()]
        rows[cells[0].strip()] = [cell.strip() for cell in cells]
    return rows


def test_versions_summary_lists_every_line_and_client_tag() -> None:
    status, out, _ = run("versions")
    assert status == 0
    for line in versions.engine_lines():
        assert any(row.split()[:1] == [line.line] for row in out.splitlines())
    finals = [r for r in versions.releases() if r.kind == "client" and not r.prerelease]
    for record in finals:
        row = next(r for r in out.splitlines() if r.startswith(record.module_version))
        assert f"{record.api_min}-{record.api_max}" in row


def test_versions_engine() -> None:
    status, out, _ = run("versions", "--engine", "20.10.24+dfsg1")
    assert status == 0
    assert "API 1.41 at most" in out
    assert "github.com/docker/docker@v20.10.24+incompatible" in out


def test_versions_engine_newer_than_the_table() -> None:
    status, out, _ = run("versions", "--engine", "31.0.0")
    assert status == 0
    assert "newer than the table" in out


def test_versions_module() -> None:
    status, out, _ = run("versions", "--module", "github.com/moby/moby/client@v0.1.0")
    assert status == 0
    values = dict(
        (line[:22].strip(), line[22:].strip()) for line in out.splitlines()[1:9]
    )
    assert values["negotiates by default"] == "no"
    assert values["fallback API version"] == "1.44"
    assert values["API max"] == "1.52"


@pytest.mark.parametrize(
    "argv",
    [
        ("versions", "--engine", "latest"),
        ("versions", "--module", "github.com/spf13/cobra@v1.8.1"),
        ("versions", "--module", "github.com/moby/moby/client"),
    ],
)
def test_versions_bad_input_exits_2(argv: tuple[str, ...]) -> None:
    status, out, err = run(*argv)
    assert status == 2
    assert out == ""
    assert err.startswith("moby-client versions: ")


def test_compat_will_not_talk_exits_1() -> None:
    status, out, _ = run(
        "compat", "--go-mod", str(FIXTURES / "client-block"), "--engine", "20.10.24"
    )
    assert status == 1
    rows = table_rows(out)
    assert rows["github.com/moby/moby/client"][-1] == "will not talk"
    assert rows["github.com/moby/moby/api"][-1] == "types only"
    assert "minimum 1.44" in out


def test_compat_talks_exits_0() -> None:
    status, out, _ = run(
        "compat", "--go-mod", str(FIXTURES / "client-block"), "--engine", "28.5.2"
    )
    assert status == 0
    assert table_rows(out)["github.com/moby/moby/client"][-1] == "talks at 1.51"


def test_compat_uses_replacements() -> None:
    status, out, _ = run(
        "compat", "--go-mod", str(FIXTURES / "replace-module"), "--engine", "20.10.24"
    )
    rows = table_rows(out)
    # docker/docker is built from github.com/moby/moby v24.0.9 (API 1.43, no
    # negotiation): too new for 20.10; the client is really v0.3.0 (min 1.40).
    assert rows["github.com/docker/docker"][-1] == "will not talk"
    assert rows["github.com/moby/moby/client"][-1] == "talks at 1.41"
    assert status == 1


def test_compat_local_replacement_is_not_checked() -> None:
    status, out, _ = run(
        "compat", "--go-mod", str(FIXTURES / "replace-path"), "--engine", "28.5.2"
    )
    assert status == 0
    assert table_rows(out)["github.com/moby/moby/client"][-1] == "not checked"
    assert "local directory ../moby/client" in out


def test_compat_go_sum_fallback() -> None:
    status, out, _ = run(
        "compat", "--go-mod", str(FIXTURES / "gosum-fallback"), "--engine", "29.3.0"
    )
    assert status == 0
    row = table_rows(out)["github.com/docker/docker"]
    assert "(go.sum)" in row[1]
    assert row[-1] == "talks at 1.43"


def test_compat_engine_module_uses_its_client() -> None:
    status, out, _ = run(
        "compat", "--go-mod", str(FIXTURES / "engine-v2"), "--engine", "28.5.2"
    )
    assert status == 1  # client v0.1.0 sends 1.52 without negotiation
    assert "(client v0.1.0)" in table_rows(out)["github.com/moby/moby/v2"][1]


def test_compat_pinned_api_version() -> None:
    status, out, _ = run(
        "compat",
        "--go-mod",
        str(FIXTURES / "client-block"),
        "--engine",
        "28.5.2",
        "--api-version",
        "1.44",
    )
    assert status == 0
    assert table_rows(out)["github.com/moby/moby/client"][-1] == "talks at 1.44"


@pytest.mark.parametrize(
    ("fixture", "engine", "message"),
    [
        ("malformed", "28.5.2", "go.mod:6"),
        ("no-moby", "28.5.2", "requires none of"),
        ("does-not-exist", "28.5.2", "No such file"),
        ("client-block", "27.0.0", "unknown"),
    ],
)
def test_compat_bad_input_exits_2(fixture: str, engine: str, message: str) -> None:
    status, out, err = run(
        "compat", "--go-mod", str(FIXTURES / fixture), "--engine", engine
    )
    assert status == 2
    assert out == ""
    assert message in err


def test_compat_requires_go_mod() -> None:
    with pytest.raises(SystemExit) as exited:
        run("compat")
    assert exited.value.code == 2


class _VersionHandler(BaseHTTPRequestHandler):
    answer: ClassVar[dict[str, str]] = {}
    paths: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        type(self).paths.append(self.path)
        body = json.dumps(self.answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def fake_daemon() -> Iterator[str]:
    """A loopback HTTP server answering GET /version like Moby 20.10."""
    _VersionHandler.answer = {
        "Version": "20.10.24+dfsg1",
        "ApiVersion": "1.41",
        "MinAPIVersion": "1.12",
    }
    _VersionHandler.paths = []
    server = HTTPServer(("127.0.0.1", 0), _VersionHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"tcp://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_read_version_directly_over_tcp(fake_daemon: str) -> None:
    answer = _compat_cli._read_version_directly(fake_daemon)
    assert answer["ApiVersion"] == "1.41"
    assert _VersionHandler.paths == ["/version"]


def test_read_version_directly_refuses_other_schemes() -> None:
    with pytest.raises(ValueError, match="without the SDK client"):
        _compat_cli._read_version_directly("ssh://root@127.0.0.1")


def test_read_version_directly_unreachable(tmp_path: Path) -> None:
    with pytest.raises(ConnectionError):
        _compat_cli._read_version_directly(f"unix://{tmp_path / 'none.sock'}")


def test_compat_against_a_daemon_address(
    fake_daemon: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        _compat_cli,
        "fetch_daemon_version",
        lambda host: (_compat_cli._read_version_directly(host or ""), host or ""),
    )
    status, out, _ = run(
        "compat", "--go-mod", str(FIXTURES / "client-block"), "--host", fake_daemon
    )
    assert status == 1
    assert out.startswith("daemon: Moby 20.10.24+dfsg1 (API 1.41)")


def test_compat_unreachable_daemon_exits_2(tmp_path: Path) -> None:
    socket_path = tmp_path / "silent.sock"
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(socket_path))
    listener.close()  # a socket file nobody listens on
    status, _, err = run(
        "compat",
        "--go-mod",
        str(FIXTURES / "client-block"),
        "--host",
        f"unix://{socket_path}",
    )
    assert status == 2
    assert "moby-client compat:" in err


def test_the_moby_client_command_has_both_subcommands() -> None:
    cli = pytest.importorskip("moby_client._cli")
    out, err = io.StringIO(), io.StringIO()
    status = cli.main(["versions", "--engine", "28.5.2"], out=out, err=err)
    assert status == 0
    assert "API 1.51 at most" in out.getvalue()


@pytest.mark.parametrize("version", ["99.0", "99", "v99.1"])
def test_versions_engine_past_the_table_without_patch_level_is_newer(
    version: str,
) -> None:
    status, out, err = run("versions", "--engine", version)
    assert (status, err) == (0, "")
    assert out.startswith(f"engine {version} is newer than the table")
    assert versions.engine_release(version).status == "newer"


def test_versions_engine_line_is_not_one_release() -> None:
    release = versions.engine_release("24.0")
    assert release.status == "unknown"
    assert "names a release line" in release.description
    assert "v24.0.0 .. v24.0.9 speak API 1.43" in release.description
    gap = versions.engine_release("21.0")
    assert gap.status == "unknown"
    assert "not in the table, so its API range is unknown" in gap.description
    assert versions.engine_release("19.03").status == "older"


@pytest.mark.parametrize("version", ["24.0.99", "28.5.99", "29.0.0-rc.9"])
def test_versions_engine_well_formed_but_unlisted_is_unknown(version: str) -> None:
    status, out, _ = run("versions", "--engine", version)
    assert status == 0
    assert "is not in the table, so its API range is unknown" in out


def test_versions_engine_not_a_version_is_bad_input() -> None:
    status, out, err = run("versions", "--engine", "abc")
    assert (status, out) == (2, "")
    assert err.startswith("moby-client versions: invalid engine version 'abc'")


def test_compat_with_a_missing_go_mod_says_so_in_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "nonexistent"
    status, out, err = run("compat", "--go-mod", str(missing))
    assert (status, out) == (2, "")
    assert err == (
        f"moby-client compat: cannot read {missing}: No such file or directory\n"
    )
