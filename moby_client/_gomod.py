"""Go module versions, ``go.mod`` and ``go.sum``: parsed without a Go toolchain.

:class:`GoVersion` orders Go module versions the way Go does (semantic
versioning: pre-releases before the release, build metadata ignored) and
recognises pseudo-versions. :func:`parse_go_mod` and
:func:`modules_from_go_mod` read the requirements of a module, applying its
``replace`` and ``exclude`` directives, and fall back to ``go.sum`` for a
module that ``go.mod`` does not list.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path
from typing import Final, Literal

__all__ = [
    "GoVersion",
    "ModuleVersion",
    "Replacement",
    "ModuleRequirement",
    "GoModFile",
    "parse_go_mod",
    "parse_go_sum",
    "modules_from_go_mod",
]

_SEMVER_RE: Final = re.compile(
    r"v?(?P<major>0|[1-9]\d*)\.(?P<minor>0|[1-9]\d*)\.(?P<patch>0|[1-9]\d*)"
    r"(?:-(?P<pre>[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?"
    r"(?:\+(?P<build>[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?"
)
# A pseudo-version's pre-release ends in a UTC timestamp and a 12-hex revision:
# "<time>-<rev>" alone (vX.0.0, no base tag), "0.<time>-<rev>" (after the
# release vX.Y.(Z-1)) or "<pre>.0.<time>-<rev>" (after vX.Y.Z-<pre>).
_PSEUDO_TAIL_RE: Final = re.compile(
    r"(?:(?P<prefix>.+)\.0\.|(?P<zero>0)\.)?(?P<time>\d{14})-(?P<rev>[0-9a-f]{12})"
)


def _identifier_key(identifier: str) -> tuple[int, int, str]:
    """Semver precedence of one pre-release identifier: numbers first, by value."""
    if identifier.isdigit():
        return (0, int(identifier), "")
    return (1, 0, identifier)


@functools.total_ordering
class GoVersion:
    """A Go module version (``v1.52.0``, ``v28.5.2+incompatible``,
    ``v1.52.1-0.20251127112201-20634eddce67``), ordered as semver orders it.

    Pre-releases sort before their release (``v0.1.0-rc.1 < v0.1.0``);
    numeric identifiers compare by value (``beta.10 > beta.9``); build
    metadata such as ``+incompatible`` is kept but plays no part in ordering.

    Attributes:
        major: the major number.
        minor: the minor number.
        patch: the patch number.
        prerelease: the dot-separated pre-release identifiers (may be empty).
        build: the build metadata without its ``+`` ("" when absent).
    """

    __slots__ = ("build", "major", "minor", "patch", "prerelease")

    major: int
    minor: int
    patch: int
    prerelease: tuple[str, ...]
    build: str

    def __init__(self, text: str) -> None:
        match = _SEMVER_RE.fullmatch(text.strip())
        if match is None:
            raise ValueError(
                f"invalid Go module version {text!r}: expected vMAJOR.MINOR.PATCH "
                "with an optional -pre-release and +build"
            )
        self.major = int(match["major"])
        self.minor = int(match["minor"])
        self.patch = int(match["patch"])
        pre = match["pre"]
        self.prerelease = tuple(pre.split(".")) if pre else ()
        self.build = match["build"] or ""

    @classmethod
    def parse(cls, text: str) -> GoVersion | None:
        """Parse ``text``, or return ``None`` when it is not a semver version."""
        try:
            return cls(text)
        except ValueError:
            return None

    @property
    def is_prerelease(self) -> bool:
        """Whether the version has pre-release identifiers (pseudo-versions do)."""
        return bool(self.prerelease)

    @property
    def incompatible(self) -> bool:
        """Whether the version carries ``+incompatible`` (a v2+ tag of a module
        without a ``go.mod``, as ``github.com/docker/docker`` up to v28)."""
        return self.build == "incompatible"

    def _pseudo_match(self) -> re.Match[str] | None:
        return _PSEUDO_TAIL_RE.fullmatch(".".join(self.prerelease))

    @property
    def is_pseudo(self) -> bool:
        """Whether this is a pseudo-version (an untagged commit)."""
        match = self._pseudo_match()
        if match is None:
            return False
        if match["prefix"] is None and match["zero"] is None:
            # "vX.0.0-<time>-<rev>": only valid with no base tag at all.
            return self.minor == 0 and self.patch == 0
        return match["prefix"] is not None or self.patch > 0

    @property
    def pseudo_time(self) -> datetime | None:
        """The commit time (UTC) a pseudo-version names, else ``None``."""
        match = self._pseudo_match() if self.is_pseudo else None
        if match is None:
            return None
        moment = datetime.strptime(match["time"], "%Y%m%d%H%M%S")
        return moment.replace(tzinfo=timezone.utc)

    @property
    def pseudo_revision(self) -> str | None:
        """The 12-hex commit prefix a pseudo-version names, else ``None``."""
        match = self._pseudo_match() if self.is_pseudo else None
        return None if match is None else match["rev"]

    @property
    def pseudo_base(self) -> GoVersion | None:
        """The tag a pseudo-version builds on, or ``None``.

        ``vX.Y.(Z+1)-0.<time>-<rev>`` comes after ``vX.Y.Z``;
        ``vX.Y.Z-<pre>.0.<time>-<rev>`` comes after ``vX.Y.Z-<pre>``;
        ``vX.0.0-<time>-<rev>`` has no base tag, so neither has this.
        """
        match = self._pseudo_match() if self.is_pseudo else None
        if match is None:
            return None
        if match["prefix"] is not None:
            prefix = match["prefix"]
            return GoVersion(f"v{self.major}.{self.minor}.{self.patch}-{prefix}")
        if match["zero"] is not None:
            return GoVersion(f"v{self.major}.{self.minor}.{self.patch - 1}")
        return None

    def release_key(self) -> tuple[int, int, int]:
        """``(major, minor, patch)``."""
        return (self.major, self.minor, self.patch)

    def _key(
        self,
    ) -> tuple[tuple[int, int, int], int, tuple[tuple[int, int, str], ...]]:
        # A release (no pre-release) ranks above every pre-release of it.
        pre = tuple(_identifier_key(part) for part in self.prerelease)
        return (self.release_key(), 0 if self.prerelease else 1, pre)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, GoVersion):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, GoVersion):
            return NotImplemented
        return self._key() < other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __str__(self) -> str:
        text = f"v{self.major}.{self.minor}.{self.patch}"
        if self.prerelease:
            text += "-" + ".".join(self.prerelease)
        if self.build:
            text += "+" + self.build
        return text

    def __repr__(self) -> str:
        return f"GoVersion('{self}')"


@dataclasses.dataclass(frozen=True)
class ModuleVersion:
    """A Go module path and version, such as ``github.com/moby/moby/client
    v0.2.1``.

    Attributes:
        path: the module path.
        version: the module version as written (``v0.2.1``).
    """

    path: str
    version: str

    @classmethod
    def parse(cls, text: str) -> ModuleVersion:
        """Parse ``path@version`` or ``path version``.

        Raises:
            ValueError: ``text`` names no version, or the version is not semver.
        """
        text = text.strip()
        if "@" in text:
            path, _, version = text.partition("@")
        else:
            parts = text.split()
            if len(parts) != 2:
                raise ValueError(
                    f"expected 'MODULE@VERSION' or 'MODULE VERSION', got {text!r}"
                )
            path, version = parts
        path, version = path.strip(), version.strip()
        if not path or GoVersion.parse(version) is None:
            raise ValueError(
                f"expected 'MODULE@VERSION' with a semver version, got {text!r}"
            )
        return cls(path, version)

    @property
    def go_version(self) -> GoVersion:
        """The version, parsed."""
        return GoVersion(self.version)

    def __str__(self) -> str:
        return f"{self.path}@{self.version}"


@dataclasses.dataclass(frozen=True)
class Replacement:
    """The target of a ``replace`` directive.

    Attributes:
        path: a module path, or a local directory (``./x``, ``../x``, ``/x``).
        version: the replacement's version; ``None`` for a local directory.
    """

    path: str
    version: str | None

    @property
    def is_local(self) -> bool:
        """Whether the replacement is a directory on disk, not a module."""
        return self.version is None

    def __str__(self) -> str:
        return self.path if self.version is None else f"{self.path}@{self.version}"


@dataclasses.dataclass(frozen=True)
class ModuleRequirement:
    """One module a ``go.mod`` requires (or ``go.sum`` shows), with what
    ``replace`` and ``exclude`` do to it.

    Attributes:
        path: the module path as required.
        version: the version as required.
        indirect: marked ``// indirect``.
        source: ``"go.mod"``, or ``"go.sum"`` when found only there (the
            highest version whose module contents are hashed in ``go.sum``).
        replacement: the ``replace`` target that applies, if any.
        excluded: the required version is listed in an ``exclude`` directive
            (Go then selects the next higher version that is not excluded).
    """

    path: str
    version: str
    indirect: bool = False
    source: Literal["go.mod", "go.sum"] = "go.mod"
    replacement: Replacement | None = None
    excluded: bool = False

    @property
    def required(self) -> ModuleVersion:
        """The module and version as written in the requirement."""
        return ModuleVersion(self.path, self.version)

    @property
    def effective(self) -> ModuleVersion | None:
        """The module whose code the build uses: the replacement module if
        there is one, ``None`` for a local directory replacement."""
        if self.replacement is None:
            return self.required
        if self.replacement.version is None:
            return None
        return ModuleVersion(self.replacement.path, self.replacement.version)


@dataclasses.dataclass
class GoModFile:
    """The directives of a ``go.mod`` that matter for module selection.

    Attributes:
        module: the module's own path ("" when absent).
        go: the ``go`` directive ("" when absent).
        requires: ``require`` directives in file order: (path, version, indirect).
        replaces: ``replace`` directives: (path, version or ``None`` for all
            versions, replacement).
        excludes: ``exclude`` directives: (path, version).
    """

    module: str = ""
    go: str = ""
    requires: list[tuple[str, str, bool]] = dataclasses.field(default_factory=list)
    replaces: list[tuple[str, str | None, Replacement]] = dataclasses.field(
        default_factory=list
    )
    excludes: list[tuple[str, str]] = dataclasses.field(default_factory=list)

    def replacement_for(self, path: str, version: str) -> Replacement | None:
        """The replacement Go applies to ``path@version``: a version-specific
        ``replace`` wins over one for all versions."""
        general: Replacement | None = None
        for old_path, old_version, new in self.replaces:
            if old_path != path:
                continue
            if old_version == version:
                return new
            if old_version is None:
                general = new
        return general


def _strip_comment(line: str) -> tuple[str, str]:
    """Split a line into its code and its ``//`` comment (outside quotes)."""
    in_quote: str | None = None
    for index, char in enumerate(line):
        if in_quote:
            if char == in_quote:
                in_quote = None
        elif char in '"`':
            in_quote = char
        elif line.startswith("//", index):
            return line[:index], line[index + 2 :]
    return line, ""


def _tokens(code: str) -> list[str]:
    """Split directive arguments on blanks, honouring Go's quoted strings."""
    return [
        token[1:-1] if token[:1] in '"`' else token
        for token in re.findall(r'"(?:[^"\\]|\\.)*"|`[^`]*`|\S+', code)
    ]


def _is_local_path(path: str) -> bool:
    return (
        path.startswith(("./", "../", "/", ".\\", "..\\"))
        or path in (".", "..")
        or re.match(r"[A-Za-z]:[\\/]", path) is not None
    )


def _directive(
    result: GoModFile, verb: str, args: list[str], comment: str, where: str
) -> None:
    if verb == "module" and args:
        result.module = args[0]
    elif verb == "go" and args:
        result.go = args[0]
    elif verb == "require":
        if len(args) != 2:
            raise ValueError(f"{where}: require needs a module and a version")
        indirect = "indirect" in [part.strip() for part in comment.split(";")]
        result.requires.append((args[0], args[1], indirect))
    elif verb == "exclude":
        if len(args) != 2:
            raise ValueError(f"{where}: exclude needs a module and a version")
        result.excludes.append((args[0], args[1]))
    elif verb == "replace":
        if "=>" not in args:
            raise ValueError(f"{where}: replace needs '=>'")
        arrow = args.index("=>")
        old, new = args[:arrow], args[arrow + 1 :]
        if len(old) not in (1, 2) or len(new) not in (1, 2):
            raise ValueError(f"{where}: malformed replace")
        if len(new) == 1 and not _is_local_path(new[0]):
            raise ValueError(
                f"{where}: replacement {new[0]!r} needs a version unless it is "
                "a local directory (starting with ./, ../ or /)"
            )
        target = Replacement(new[0], new[1] if len(new) == 2 else None)
        result.replaces.append((old[0], old[1] if len(old) == 2 else None, target))
    # Other verbs (toolchain, retract, godebug, tool, ignore) do not change
    # which module versions are built.


def parse_go_mod(text: str, filename: str = "go.mod") -> GoModFile:
    """Parse the text of a ``go.mod``.

    Handles single-line directives and ``( … )`` blocks, ``//`` comments and
    ``// indirect`` markers, quoted paths, ``replace`` with and without a
    version on either side, and ``exclude``.

    Raises:
        ValueError: a directive is malformed (the message names the line).
    """
    result = GoModFile()
    block_verb: str | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        where = f"{filename}:{number}"
        code, comment = _strip_comment(raw)
        words = _tokens(code)
        if block_verb is not None:
            if words == [")"]:
                block_verb = None
            elif words:
                _directive(result, block_verb, words, comment, where)
            continue
        if not words:
            continue
        if len(words) == 2 and words[1] == "(":
            block_verb = words[0]
            continue
        if len(words) >= 2 and words[1] == "()":
            continue
        _directive(result, words[0], words[1:], comment, where)
    if block_verb is not None:
        raise ValueError(f"{filename}: unterminated {block_verb} ( … ) block")
    return result


def parse_go_sum(text: str) -> dict[str, list[str]]:
    """Module path → versions whose module contents ``go.sum`` hashes.

    Lines for a ``/go.mod`` file alone are skipped: Go downloads those for the
    module graph even for versions it does not build.
    """
    versions: dict[str, list[str]] = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) != 3 or parts[1].endswith("/go.mod"):
            continue
        if GoVersion.parse(parts[1]) is not None:
            versions.setdefault(parts[0], []).append(parts[1])
    return versions


def modules_from_go_mod(
    path: str | Path, *, also_from_go_sum: Iterable[str] = ()
) -> list[ModuleRequirement]:
    """The modules a ``go.mod`` requires, with replacements and exclusions.

    Args:
        path: the ``go.mod`` file, or the directory holding it.
        also_from_go_sum: module paths to look up in the ``go.sum`` beside it
            when ``go.mod`` does not require them (a ``go.mod`` older than Go
            1.17 lists only direct requirements); the highest version hashed
            there is reported, with ``source="go.sum"``.

    Raises:
        FileNotFoundError: no ``go.mod`` at ``path``.
        ValueError: the ``go.mod`` is malformed.
    """
    go_mod_path = Path(path)
    if go_mod_path.is_dir():
        go_mod_path = go_mod_path / "go.mod"
    parsed = parse_go_mod(go_mod_path.read_text(encoding="utf-8"), str(go_mod_path))
    excluded = set(parsed.excludes)
    requirements = [
        ModuleRequirement(
            path=module,
            version=version,
            indirect=indirect,
            replacement=parsed.replacement_for(module, version),
            excluded=(module, version) in excluded,
        )
        for module, version, indirect in parsed.requires
    ]
    required = {requirement.path for requirement in requirements}
    missing = [name for name in also_from_go_sum if name not in required]
    go_sum_path = go_mod_path.with_name("go.sum")
    if missing and go_sum_path.is_file():
        hashed = parse_go_sum(go_sum_path.read_text(encoding="utf-8"))
        for module in missing:
            candidates = [
                version
                for version in hashed.get(module, [])
                if (module, version) not in excluded
            ]
            if not candidates:
                continue
            version = max(candidates, key=GoVersion)
            requirements.append(
                ModuleRequirement(
                    path=module,
                    version=version,
                    indirect=True,
                    source="go.sum",
                    replacement=parsed.replacement_for(module, version),
                )
            )
    return requirements
