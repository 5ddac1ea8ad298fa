#!/usr/bin/env python3
"""Rebuild ``openapi/moby-versions.tsv`` from a moby git checkout.

Usage::

    scripts/rebuild-version-table.py /path/to/moby            # print the table
    scripts/rebuild-version-table.py /path/to/moby --write    # replace the file
    scripts/rebuild-version-table.py /path/to/moby --check    # exit 1 on drift
    python -m codegen                                         # then regenerate

The checkout needs its tags (``git fetch --tags``). For every tag of interest
the script reads files at that tag with ``git show TAG:PATH``; nothing is
checked out, so the working tree is left alone.

Which tags:

- engine releases: ``vX.Y.Z`` from v20.10.0 up to v28 and ``docker-vX.Y.Z``
  from v29 on, final releases only;
- ``client/vX.Y.Z[-pre]`` and ``api/vX.Y.Z[-pre]`` module tags, pre-releases
  included (marked in the ``prerelease`` column);
- ``v2.0.0-*`` tags of ``github.com/moby/moby/v2`` only name the engine
  release on the same commit (``go_module`` column).

What is read at each tag (the first candidate that defines the constant wins;
a constant defined as another constant is followed, also across packages):

- API maximum: ``DefaultVersion`` / ``MaxAPIVersion`` in ``api/common.go``,
  ``client/client.go`` or the daemon's config package;
- engine default minimum: ``defaultMinAPIVersion`` (daemon config, v25 on),
  else ``MinVersion`` (``api/common_unix.go``, up to v24);
- engine floor: ``MinSupportedAPIVersion`` (v26 on), else ``MinVersion``;
- client minimum: ``MinAPIVersion``, else ``fallbackAPIVersion``;
- required modules: ``go.mod`` at the tag (``client/go.mod`` for client
  tags); "n/a (in-tree api/, client/)" before the modules existed;
- tag date: the tag's creator date (tagger date, or commit date for a
  lightweight tag).

Rows whose ``source`` is not ``git`` (for example versions read from Debian
packages, newer than the newest tag) are kept from the current table.
Run with ``--verbose`` to see which file and constant gave each value.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from codegen.releases import TABLE_HEADER, TABLE_PATH  # noqa: E402
from moby_client._gomod import GoVersion, parse_go_mod  # noqa: E402

TABLE = ROOT / TABLE_PATH
IN_TREE = "n/a (in-tree api/, client/)"
API_MODULE = "github.com/moby/moby/api"
CLIENT_MODULE = "github.com/moby/moby/client"

ENGINE_TAG = re.compile(r"(?:v(?:20\.10|2[3-8]\.\d+)|docker-v(?:29|[3-9]\d)\.\d+)\.\d+")
MODULE_TAG = re.compile(r"(client|api)/v\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?")
V2_TAG = re.compile(r"v2\.0\.0-[0-9A-Za-z.-]+")

MAX_NAMES = ("DefaultVersion", "MaxAPIVersion", "DefaultAPIVersion")
DEFAULT_MIN_NAMES = ("defaultMinAPIVersion", "DefaultMinAPIVersion", "MinVersion")
FLOOR_NAMES = ("MinSupportedAPIVersion", "MinVersion")
CLIENT_MIN_NAMES = ("MinAPIVersion", "fallbackAPIVersion")

# Files that may define the constants, per kind, in the order they are tried.
ENGINE_FILES = (
    "api/common.go",
    "api/common_unix.go",
    "daemon/config/config.go",
    "daemon/config/config_unix.go",
    "daemon/server/middleware/version.go",
    "api/server/middleware/version.go",
)
CLIENT_FILES = ("client/client.go", "client/errors.go", "client/ping.go")
API_FILES = ("api/common.go", "api/types/versions.go")

_ASSIGN = re.compile(
    r"^\s*(?:const\s+|var\s+)?(?P<name>[A-Za-z_]\w*)\s*(?:string\s*)?=\s*"
    r"(?:\"(?P<value>\d+\.\d+)\"|(?:(?P<pkg>[A-Za-z_]\w*)\.)?(?P<ref>[A-Za-z_]\w*))\s*"
    r"(?://.*)?$"
)


def git(repo: Path, *args: str) -> str:
    """Run git in ``repo`` and return its output (stripped)."""
    done = subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"git {' '.join(args)}: {done.stderr.strip()}")
    return done.stdout.strip()


def show(repo: Path, tag: str, path: str) -> str | None:
    """A file's text at ``tag``, or ``None`` when it does not exist there."""
    try:
        return git(repo, "show", f"{tag}:{path}")
    except RuntimeError:
        return None


@dataclass
class Constants:
    """String constants of some Go files: name -> value or reference."""

    values: dict[str, str]
    refs: dict[str, str]
    origin: dict[str, str]

    def resolve(self, name: str, depth: int = 0) -> str | None:
        if name in self.values:
            return self.values[name]
        if name in self.refs and depth < 8:
            return self.resolve(self.refs[name], depth + 1)
        return None

    def first(self, names: Iterable[str]) -> tuple[str, str] | None:
        """The first of ``names`` that resolves: (value, "file:name")."""
        for name in names:
            value = self.resolve(name)
            if value is not None:
                return value, f"{self.origin[name]}:{name}"
        return None


def read_constants(repo: Path, tag: str, files: Iterable[str]) -> Constants:
    constants = Constants({}, {}, {})
    for path in files:
        text = show(repo, tag, path)
        if text is None:
            continue
        for line in text.splitlines():
            match = _ASSIGN.match(line)
            if match is None or match["name"] in constants.origin:
                continue
            name = match["name"]
            constants.origin[name] = path
            if match["value"]:
                constants.values[name] = match["value"]
            else:
                constants.refs[name] = match["ref"]
    return constants


def tag_date(repo: Path, tag: str) -> str:
    return git(
        repo, "for-each-ref", "--format=%(creatordate:short)", f"refs/tags/{tag}"
    )


def commit_of(repo: Path, tag: str) -> str:
    return git(repo, "rev-list", "-n", "1", tag)


def required(go_mod: str | None, module: str) -> str:
    if go_mod is None:
        return ""
    for path, version, _indirect in parse_go_mod(go_mod).requires:
        if path == module:
            return version
    return ""


def _need(found: tuple[str, str] | None, what: str, tag: str, log: list[str]) -> str:
    if found is None:
        raise RuntimeError(f"{tag}: no {what} constant found; extend the candidates")
    log.append(f"{tag}: {what} {found[0]} from {found[1]}")
    return found[0]


def engine_row(
    repo: Path, tag: str, v2_tags: dict[str, str], log: list[str]
) -> list[str]:
    constants = read_constants(repo, tag, ENGINE_FILES)
    api_max = _need(constants.first(MAX_NAMES), "API max", tag, log)
    default_min = _need(constants.first(DEFAULT_MIN_NAMES), "default min", tag, log)
    floor = _need(constants.first(FLOOR_NAMES), "min floor", tag, log)
    version = tag.removeprefix("docker-")
    go_mod = show(repo, tag, "go.mod")
    if tag.startswith("docker-"):
        v2 = v2_tags.get(commit_of(repo, tag))
        module = (
            f"github.com/moby/moby/v2@{v2}"
            if v2
            else "github.com/moby/moby/v2 (no v2.0.0-* tag on this commit)"
        )
        api_module = required(go_mod, API_MODULE) or IN_TREE
        client_module = required(go_mod, CLIENT_MODULE) or IN_TREE
    else:
        module = f"github.com/docker/docker@{version}+incompatible"
        api_module = client_module = IN_TREE
    return [
        "engine", tag, module, api_max, default_min, floor, api_module,
        client_module, tag_date(repo, tag), "no", "git",
    ]  # fmt: skip


def module_row(repo: Path, tag: str, log: list[str]) -> list[str]:
    kind, _, version = tag.partition("/")
    if kind == "client":
        constants = read_constants(repo, tag, CLIENT_FILES)
        api_max = _need(constants.first(MAX_NAMES), "API max", tag, log)
        api_min = _need(constants.first(CLIENT_MIN_NAMES), "client min", tag, log)
        api_module = required(show(repo, tag, "client/go.mod"), API_MODULE)
    else:
        constants = read_constants(repo, tag, API_FILES)
        api_max = _need(constants.first(MAX_NAMES), "API max", tag, log)
        api_min = api_module = ""
    prerelease = "yes" if GoVersion(version).is_prerelease else "no"
    return [
        kind, tag, f"github.com/moby/moby/{kind}@{version}", api_max, api_min, "",
        api_module, "", tag_date(repo, tag), prerelease, "git",
    ]  # fmt: skip


def _engine_key(tag: str) -> GoVersion:
    return GoVersion(tag.removeprefix("docker-"))


def _module_key(tag: str) -> GoVersion:
    return GoVersion(tag.partition("/")[2])


def build(repo: Path, keep: list[list[str]], log: list[str]) -> list[list[str]]:
    """All rows: engine, then client, then api tags, each in version order."""
    tags = git(repo, "tag", "--list").splitlines()
    v2_tags = {commit_of(repo, t): t for t in tags if V2_TAG.fullmatch(t)}
    engine = sorted((t for t in tags if ENGINE_TAG.fullmatch(t)), key=_engine_key)
    modules = [t for t in tags if MODULE_TAG.fullmatch(t)]
    rows = [engine_row(repo, tag, v2_tags, log) for tag in engine]
    for kind in ("client", "api"):
        ours = sorted((t for t in modules if t.startswith(kind + "/")), key=_module_key)
        rows.extend(module_row(repo, tag, log) for tag in ours)
        seen = {row[1] for row in rows}
        rows.extend(row for row in keep if row[0] == kind and row[1] not in seen)
    return rows


def render(rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t", lineterminator="\n")
    writer.writerow(TABLE_HEADER)
    writer.writerows(rows)
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("checkout", type=Path, help="a moby git checkout with tags")
    parser.add_argument("--table", type=Path, default=TABLE, help="the TSV to update")
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--write", action="store_true", help="replace --table")
    action.add_argument("--check", action="store_true", help="exit 1 on drift")
    parser.add_argument("--verbose", action="store_true", help="name each source")
    args = parser.parse_args(argv)

    keep: list[list[str]] = []
    current = args.table.read_text(encoding="utf-8") if args.table.exists() else ""
    if current:
        rows = list(csv.reader(io.StringIO(current), delimiter="\t"))[1:]
        keep = [row for row in rows if row and row[-1] != "git"]
    log: list[str] = []
    try:
        text = render(build(args.checkout, keep, log))
    except RuntimeError as exc:
        print(f"rebuild-version-table: {exc}", file=sys.stderr)
        return 2
    if args.verbose:
        print("\n".join(log), file=sys.stderr)
    if args.check:
        if text != current:
            print(f"{args.table} differs from the checkout's tags", file=sys.stderr)
            return 1
        return 0
    if args.write:
        args.table.write_text(text, encoding="utf-8")
        print(f"wrote {args.table}; now run: python -m codegen", file=sys.stderr)
        return 0
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
