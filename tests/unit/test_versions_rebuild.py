"""scripts/rebuild-version-table.py against a small git repository laid out
like moby at a few tags (engine v20.10, v25, v28, docker-v29 with its Go
modules), built here with git."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "rebuild-version-table.py"
HEADER = (ROOT / "openapi" / "moby-versions.tsv").read_text().splitlines()[0]

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def _git(repo: Path, *args: str, date: str = "2020-01-01T00:00:00") -> None:
    env = dict(
        os.environ,
        GIT_AUTHOR_NAME="t",
        GIT_AUTHOR_EMAIL="t@example.test",
        GIT_COMMITTER_NAME="t",
        GIT_COMMITTER_EMAIL="t@example.test",
        GIT_AUTHOR_DATE=date,
        GIT_COMMITTER_DATE=date,
    )
    subprocess.run(
        ["git", "-C", str(repo), *args], check=True, env=env, capture_output=True
    )


def _commit(repo: Path, files: dict[str, str | None], date: str, *tags: str) -> None:
    for path, text in files.items():
        target = repo / path
        if text is None:
            target.unlink()
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", f"state of {tags}", date=date)
    for tag in tags:
        _git(repo, "tag", tag, date=date)


@pytest.fixture
def moby_repo(tmp_path: Path) -> Path:
    repo = tmp_path / "moby"
    repo.mkdir()
    _git(repo, "init", "-q")
    _commit(
        repo,
        {
            "api/common.go": 'package api\n\n// Common constants.\nconst (\n\tDefaultVersion string = "1.41"\n)\n',
            "api/common_unix.go": 'package api\n\nconst MinVersion string = "1.12"\n',
        },
        "2020-12-08T10:00:00",
        "v20.10.0",
    )
    _commit(
        repo,
        {
            "api/common.go": 'package api\n\nconst DefaultVersion = "1.44" // newest\n',
            "daemon/config/config.go": 'package config\n\nconst defaultMinAPIVersion = "1.24"\n',
        },
        "2024-01-18T10:00:00",
        "v25.0.0",
    )
    _commit(
        repo,
        {
            "api/common.go": 'package api\n\nconst (\n\tDefaultVersion = "1.51"\n\tMinSupportedAPIVersion = "1.24"\n)\n',
            "api/common_unix.go": None,
            "daemon/config/config.go": "package config\n\nconst defaultMinAPIVersion = api.MinSupportedAPIVersion\n",
        },
        "2025-11-05T10:00:00",
        "v28.5.2",
        "v28.6.0-rc.1",
    )
    _commit(
        repo,
        {
            "client/client.go": 'package client\n\nconst MaxAPIVersion = "1.52"\nconst fallbackAPIVersion = "1.24"\n',
            "client/go.mod": "module github.com/moby/moby/client\n\nrequire github.com/moby/moby/api v1.52.0-rc.1\n",
        },
        "2025-11-07T10:00:00",
        "client/v0.1.0-rc.1",
        "api/v1.52.0-rc.1",
    )
    _commit(
        repo,
        {
            "go.mod": (
                "module github.com/moby/moby/v2\n\ngo 1.24\n\nrequire (\n"
                "\tgithub.com/moby/moby/api v1.52.0\n"
                "\tgithub.com/moby/moby/client v0.1.0\n)\n"
            ),
            "api/common.go": 'package api\n\nconst (\n\tDefaultVersion = "1.52"\n\tMinSupportedAPIVersion = "1.24"\n)\n',
            "daemon/config/config.go": 'package config\n\nconst defaultMinAPIVersion = "1.44"\n',
            "client/client.go": 'package client\n\nconst MaxAPIVersion = "1.52"\nconst MinAPIVersion = "1.44"\n',
            "client/go.mod": "module github.com/moby/moby/client\n\nrequire github.com/moby/moby/api v1.52.0\n",
        },
        "2025-11-10T10:00:00",
        "docker-v29.0.0",
        "v2.0.0-beta.3",
        "client/v0.1.0",
        "api/v1.52.0",
    )
    _commit(
        repo,
        {"README.md": "fixes\n"},
        "2025-11-14T10:00:00",
        "docker-v29.0.1",
    )
    return repo


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        capture_output=True,
        text=True,
        check=False,
    )


def _table(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text), delimiter="\t"))


def test_rebuild_reads_each_tag(moby_repo: Path, tmp_path: Path) -> None:
    current = tmp_path / "table.tsv"
    current.write_text(
        HEADER
        + "\nclient\tclient/v0.6.0\tgithub.com/moby/moby/client@v0.6.0\t1.56\t1.40"
        "\t\tv1.56.0\t\t\tno\tdebian\n"
    )
    done = _run(str(moby_repo), "--table", str(current), "--verbose")
    assert done.returncode == 0, done.stderr
    rows = _table(done.stdout)
    assert rows[0][0] == "kind"
    by_tag = {row[1]: row[2:] for row in rows[1:]}
    in_tree = "n/a (in-tree api/, client/)"
    assert by_tag["v20.10.0"] == [
        "github.com/docker/docker@v20.10.0+incompatible", "1.41", "1.12", "1.12",
        in_tree, in_tree, "2020-12-08", "no", "git",
    ]  # fmt: skip
    assert by_tag["v25.0.0"][1:4] == ["1.44", "1.24", "1.12"]
    assert by_tag["v28.5.2"][1:4] == ["1.51", "1.24", "1.24"]
    assert by_tag["docker-v29.0.0"] == [
        "github.com/moby/moby/v2@v2.0.0-beta.3", "1.52", "1.44", "1.24",
        "v1.52.0", "v0.1.0", "2025-11-10", "no", "git",
    ]  # fmt: skip
    assert by_tag["docker-v29.0.1"][0] == (
        "github.com/moby/moby/v2 (no v2.0.0-* tag on this commit)"
    )
    assert by_tag["client/v0.1.0-rc.1"] == [
        "github.com/moby/moby/client@v0.1.0-rc.1", "1.52", "1.24", "",
        "v1.52.0-rc.1", "", "2025-11-07", "yes", "git",
    ]  # fmt: skip
    assert by_tag["client/v0.1.0"][1:5] == ["1.52", "1.44", "", "v1.52.0"]
    assert by_tag["api/v1.52.0"][1] == "1.52"
    # Non-git rows survive; pre-release engine tags and v2 tags are no rows.
    assert by_tag["client/v0.6.0"][-1] == "debian"
    assert "v28.6.0-rc.1" not in by_tag and "v2.0.0-beta.3" not in by_tag
    tags = [row[1] for row in rows[1:]]
    assert tags == [
        "v20.10.0", "v25.0.0", "v28.5.2", "docker-v29.0.0", "docker-v29.0.1",
        "client/v0.1.0-rc.1", "client/v0.1.0", "client/v0.6.0",
        "api/v1.52.0-rc.1", "api/v1.52.0",
    ]  # fmt: skip
    assert "v28.5.2: default min 1.24 from daemon/config/config.go" in done.stderr


def test_check_and_write(moby_repo: Path, tmp_path: Path) -> None:
    table = tmp_path / "table.tsv"
    assert _run(str(moby_repo), "--table", str(table), "--write").returncode == 0
    assert _run(str(moby_repo), "--table", str(table), "--check").returncode == 0
    table.write_text(table.read_text().replace("1.51", "1.50"))
    assert _run(str(moby_repo), "--table", str(table), "--check").returncode == 1


def test_missing_constant_is_an_error(moby_repo: Path, tmp_path: Path) -> None:
    _commit(
        moby_repo, {"api/common.go": "package api\n"}, "2026-01-01T00:00:00", "v28.5.3"
    )
    done = _run(str(moby_repo), "--table", str(tmp_path / "none.tsv"))
    assert done.returncode == 2
    assert "v28.5.3: no API max constant found" in done.stderr
