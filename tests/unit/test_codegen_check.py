"""``python -m codegen --check`` passes on the tree and fails on drift."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
SPEC_DIR = ROOT.parent / "shared" / "openapi"

pytestmark = pytest.mark.skipif(
    not (SPEC_DIR / "v1.56.yaml").is_file(), reason="spec files not found"
)


def _check(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "codegen",
            "--check",
            "--spec-dir",
            str(SPEC_DIR),
            "--root",
            str(root),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _copy_tree(tmp_path: Path) -> Path:
    copy = tmp_path / "project"
    shutil.copytree(
        ROOT,
        copy,
        ignore=shutil.ignore_patterns(".git", "__pycache__", ".*_cache", "*.egg-info"),
    )
    return copy


def test_check_passes_on_the_real_tree() -> None:
    result = _check(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_fails_after_a_generated_file_changes(tmp_path: Path) -> None:
    copy = _copy_tree(tmp_path)
    target = copy / "moby_client" / "_generated" / "operations.py"
    target.write_text(target.read_text() + "# edited by hand\n")
    (copy / "moby_client" / "_generated" / "models" / "stray.py").write_text("x = 1\n")
    (copy / "moby_client" / "_generated" / "models" / "port_binding.py").unlink()
    result = _check(copy)
    assert result.returncode == 1
    assert "differs: moby_client/_generated/operations.py" in result.stdout
    assert "extra: moby_client/_generated/models/stray.py" in result.stdout
    assert "missing: moby_client/_generated/models/port_binding.py" in result.stdout


def test_missing_spec_dir_is_a_clear_error(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "codegen",
            "--check",
            "--spec-dir",
            str(tmp_path / "no"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "does not exist" in result.stderr
