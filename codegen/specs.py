"""Finding, loading and verifying the upstream Engine API specs.

Two layouts are understood:

- a flat directory of ``v1.25.yaml`` … ``v1.56.yaml``;
- the Go module ``github.com/moby/moby/api``: ``swagger.yaml`` is the newest
  version (read from its ``info.version``) and ``docs/v1.NN.yaml`` hold the
  older ones.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

__all__ = [
    "OLDEST_VERSION",
    "SpecError",
    "SpecFile",
    "SpecSet",
    "default_spec_dir",
    "find_spec_files",
    "load_specs",
]

OLDEST_VERSION = 25
"""Minor number of the oldest API version the SDK generates for (1.25)."""

_VERSION_FILE = re.compile(r"^v1\.(\d+)\.yaml$")

try:
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = yaml.SafeLoader


class SpecError(Exception):
    """The spec files are missing, unreadable or do not match their checksums."""


@dataclass(frozen=True)
class SpecFile:
    """One spec file: its API version, its path and its path in the Go module."""

    minor: int
    path: Path
    origin: str

    @property
    def version(self) -> str:
        """``1.NN``."""
        return f"1.{self.minor}"


@dataclass(frozen=True)
class SpecSet:
    """All loaded specs, oldest first."""

    files: tuple[SpecFile, ...]
    documents: dict[int, dict[str, Any]]

    @property
    def minors(self) -> list[int]:
        """Minor numbers of the loaded versions, oldest first."""
        return [f.minor for f in self.files]

    @property
    def newest(self) -> int:
        """Minor number of the newest loaded version."""
        return self.files[-1].minor


def default_spec_dir(project_root: Path) -> Path:
    """The spec directory when none is named on the command line.

    ``MOBY_CLIENT_SPEC_DIR`` wins; otherwise ``../shared/openapi`` next to the
    project root.
    """
    env = os.environ.get("MOBY_CLIENT_SPEC_DIR")
    if env:
        return Path(env)
    return project_root.parent / "shared" / "openapi"


def _newest_of_swagger(path: Path) -> int:
    with path.open("rb") as stream:
        head = stream.read(4096).decode("utf-8", "replace")
    match = re.search(r"^\s+version:\s*[\"']?1\.(\d+)", head, re.MULTILINE)
    if match is None:
        raise SpecError(f"{path}: no info.version of the form 1.NN found")
    return int(match.group(1))


def find_spec_files(spec_dir: Path) -> list[SpecFile]:
    """List the spec files of ``spec_dir`` (either layout), oldest first.

    Raises:
        SpecError: the directory does not exist or holds no spec.
    """
    if not spec_dir.is_dir():
        raise SpecError(
            f"spec directory {spec_dir} does not exist; pass --spec-dir DIR or set "
            "MOBY_CLIENT_SPEC_DIR to a directory of v1.25.yaml … v1.56.yaml or to "
            "the github.com/moby/moby/api module"
        )
    found: dict[int, SpecFile] = {}
    swagger = spec_dir / "swagger.yaml"
    if swagger.is_file():
        minor = _newest_of_swagger(swagger)
        found[minor] = SpecFile(minor, swagger, "api/swagger.yaml")
        search = spec_dir / "docs"
    else:
        search = spec_dir
    if search.is_dir():
        for entry in sorted(search.iterdir()):
            match = _VERSION_FILE.match(entry.name)
            if match is None:
                continue
            minor = int(match.group(1))
            if minor < OLDEST_VERSION or minor in found:
                continue
            found[minor] = SpecFile(minor, entry, f"api/docs/{entry.name}")
    if not found:
        raise SpecError(
            f"no Engine API spec (v1.NN.yaml or swagger.yaml) in {spec_dir}"
        )
    files = [found[m] for m in sorted(found)]
    expected = list(range(files[0].minor, files[-1].minor + 1))
    missing = sorted(set(expected) - set(found))
    if missing or files[0].minor != OLDEST_VERSION:
        names = ", ".join(f"v1.{m}.yaml" for m in missing) or "v1.25.yaml"
        raise SpecError(f"incomplete spec directory {spec_dir}: missing {names}")
    return files


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def verify_sources(
    files: list[SpecFile], sources_path: Path, *, strict: bool
) -> list[str]:
    """Compare the files with the checksums recorded in ``openapi/sources.json``.

    Returns the problems found. Each is a warning, or with ``strict`` an error.

    Raises:
        SpecError: ``strict`` is set and a file differs or is not recorded.
    """
    recorded = json.loads(sources_path.read_text())["versions"]
    problems = []
    for spec in files:
        entry = recorded.get(spec.version)
        if entry is None:
            problems.append(f"{spec.path}: API {spec.version} not in {sources_path}")
        elif entry["sha256"] != _sha256(spec.path):
            problems.append(
                f"{spec.path}: sha256 differs from {sources_path} "
                f"({entry['origin']} at {entry['commit']})"
            )
    if problems and strict:
        raise SpecError("\n".join(problems))
    for problem in problems:
        warnings.warn(problem, stacklevel=2)
    return problems


def load_specs(files: list[SpecFile]) -> SpecSet:
    """Parse every spec file."""
    documents = {}
    for spec in files:
        with spec.path.open("rb") as stream:
            documents[spec.minor] = yaml.load(stream, Loader=_Loader)
    return SpecSet(tuple(files), documents)
