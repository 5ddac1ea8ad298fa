"""Which Engine API versions Moby releases and Go modules speak, and whether
a Go client and a daemon will talk.

The facts come from the project's release table (``openapi/moby-versions.tsv``,
compiled into :mod:`moby_client._generated.releases`): every engine release
from v20.10.0, every ``github.com/moby/moby/client`` and ``…/api`` module
tag, and the ``github.com/moby/moby/v2`` tags that name engine releases.

Lookups never guess: a version the table does not list is reported as newer
than the table (with the lower bound that still holds), older than it, or
unknown, and says so in words.

Example::

    from moby_client import versions

    versions.engine_release("28.5.2").api_max        # APIVersion('1.51')
    versions.go_module("github.com/moby/moby/client@v0.2.1").api_min  # 1.44
    report = versions.check("github.com/moby/moby/client v0.2.1", "20.10.24")
    report.will_talk                                  # False
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Final, Literal

from ._apiversion import NEWEST_API_VERSION, OLDEST_API_VERSION, APIVersion
from ._generated.releases import RELEASES
from ._gomod import (
    GoVersion,
    ModuleRequirement,
    ModuleVersion,
    modules_from_go_mod,
    parse_go_mod,
    parse_go_sum,
)

__all__ = [
    "CLIENT_MODULE",
    "API_MODULE",
    "ENGINE_MODULE",
    "DOCKER_MODULE",
    "MOBY_MODULES",
    "MatchStatus",
    "ReleaseRecord",
    "EngineRelease",
    "EngineLine",
    "GoModuleInfo",
    "CompatibilityReport",
    "GoVersion",
    "ModuleVersion",
    "ModuleRequirement",
    "releases",
    "engine_release",
    "engine_lines",
    "go_module",
    "is_moby_module",
    "check",
    "acheck",
    "check_sdk",
    "acheck_sdk",
    "modules_from_go_mod",
    "moby_modules_from_go_mod",
    "parse_go_mod",
    "parse_go_sum",
]

CLIENT_MODULE: Final = "github.com/moby/moby/client"
"""The Go client module (from engine 29)."""

API_MODULE: Final = "github.com/moby/moby/api"
"""The Go module of API types (from engine 29)."""

ENGINE_MODULE: Final = "github.com/moby/moby/v2"
"""The engine's own module from engine 29 (``v2.0.0-beta.N`` tags)."""

DOCKER_MODULE: Final = "github.com/docker/docker"
"""The engine repository as a module up to engine 28 (``+incompatible``)."""

_DOCKER_ALIAS: Final = "github.com/moby/moby"
# The same repository under its other name; up to v28 it had no go.mod, so
# either path builds the same code.

MOBY_MODULES: Final = (
    CLIENT_MODULE,
    API_MODULE,
    ENGINE_MODULE,
    DOCKER_MODULE,
    _DOCKER_ALIAS,
)
"""Module paths this module knows facts about."""

MatchStatus = Literal["exact", "pseudo", "newer", "older", "unknown"]
"""How a queried version relates to the table: listed (``exact``), an
untagged commit after a listed tag (``pseudo``), after the last row
(``newer``), before the first (``older``), or between rows but not listed
(``unknown``)."""

_Role = Literal["client", "api", "engine", "docker"]

_SDK_LABEL: Final = "moby_client (this SDK)"

# Client generations (wire-protocol facts of the Go client).
_CLIENT_NEGOTIATES_FROM: Final = GoVersion("v0.2.0")
_DOCKER_FALLBACK: Final = APIVersion("1.24")


@dataclasses.dataclass(frozen=True)
class ReleaseRecord:
    """One row of the release table.

    Attributes:
        kind: ``"engine"``, ``"client"`` or ``"api"``.
        tag: the git tag (``v28.5.2``, ``docker-v29.1.3``, ``client/v0.2.1``).
        module: the Go module path of the tag.
        module_version: the Go module version ("" when no module tag names it:
            most ``docker-v29.*`` releases).
        api_max: the newest API version (daemon maximum, client maximum, or
            the version an api module describes).
        api_min: the engine's default minimum, or the client's minimum.
        api_min_floor: the lowest minimum an engine can be configured to.
        api_module: the ``github.com/moby/moby/api`` version required ("" if
            none or in-tree).
        client_module: the ``github.com/moby/moby/client`` version required.
        date: the tag date, ``YYYY-MM-DD`` ("" when unknown).
        prerelease: a pre-release tag.
        source: where the row's facts were read (``git``, ``debian``).
    """

    kind: Literal["engine", "client", "api"]
    tag: str
    module: str
    module_version: str
    api_max: APIVersion
    api_min: APIVersion | None
    api_min_floor: APIVersion | None
    api_module: str
    client_module: str
    date: str
    prerelease: bool
    source: str

    @property
    def version(self) -> GoVersion:
        """The tag as a version (``docker-v29.1.3`` → ``v29.1.3``,
        ``client/v0.2.1`` → ``v0.2.1``)."""
        return GoVersion(re.sub(r"^(?:docker-|client/|api/)", "", self.tag))

    @property
    def module_go_version(self) -> GoVersion | None:
        """The Go module version, parsed, or ``None`` when there is none."""
        return GoVersion.parse(self.module_version) if self.module_version else None


_KINDS: Final[dict[str, Literal["engine", "client", "api"]]] = {
    "engine": "engine",
    "client": "client",
    "api": "api",
}


def _optional_api(text: str) -> APIVersion | None:
    return APIVersion(text) if text else None


@functools.cache
def releases() -> tuple[ReleaseRecord, ...]:
    """Every row of the release table, in table order."""
    records = []
    for row in RELEASES:
        kind = _KINDS.get(row[0])
        if kind is None:
            raise ValueError(f"release table: unknown kind {row[0]!r}")
        records.append(
            ReleaseRecord(
                kind=kind,
                tag=row[1],
                module=row[2],
                module_version=row[3],
                api_max=APIVersion(row[4]),
                api_min=_optional_api(row[5]),
                api_min_floor=_optional_api(row[6]),
                api_module=row[7],
                client_module=row[8],
                date=row[9],
                prerelease=row[10],
                source=row[11],
            )
        )
    return tuple(records)


# -- lookups ---------------------------------------------------------------

_Keyed = list[tuple[GoVersion, ReleaseRecord]]


@functools.cache
def _family(role: _Role) -> _Keyed:
    """Rows of one module family, keyed by the version a user would write,
    sorted by that version."""
    keyed: _Keyed = []
    for record in releases():
        key: GoVersion | None = None
        if role == "docker":
            if record.module == DOCKER_MODULE:
                key = record.module_go_version
        elif record.kind == role:
            key = record.version
        if key is not None:
            keyed.append((key, record))
    return sorted(keyed, key=lambda item: item[0])


@functools.cache
def _v2_tags() -> _Keyed:
    """Engine rows named by a ``github.com/moby/moby/v2`` tag, by that tag."""
    keyed = [
        (record.module_go_version, record)
        for record in releases()
        if record.module == ENGINE_MODULE and record.module_go_version is not None
    ]
    return sorted(
        [(key, record) for key, record in keyed if key is not None],
        key=lambda item: item[0],
    )


@dataclasses.dataclass(frozen=True)
class _Match:
    status: MatchStatus
    record: ReleaseRecord | None
    below: ReleaseRecord | None = None
    above: ReleaseRecord | None = None


def _match(keyed: _Keyed, version: GoVersion) -> _Match:
    """Place ``version`` among the rows: exact, pseudo, newer, older, unknown."""
    for key, record in keyed:
        if key == version:
            return _Match("exact", record)
    base = version.pseudo_base
    if base is not None:
        for key, record in keyed:
            if key == base:
                return _Match("pseudo", record)
    if version > keyed[-1][0]:
        return _Match("newer", keyed[-1][1], below=keyed[-1][1])
    if version < keyed[0][0]:
        return _Match("older", keyed[0][1], above=keyed[0][1])
    below = max((item for item in keyed if item[0] < version), key=lambda i: i[0])
    above = min((item for item in keyed if item[0] > version), key=lambda i: i[0])
    return _Match("unknown", None, below=below[1], above=above[1])


def _neighbours(match: _Match) -> str:
    parts = []
    for record in (match.below, match.above):
        if record is not None:
            parts.append(f"{record.tag} speaks API {record.api_max}")
    return "; ".join(parts)


@dataclasses.dataclass(frozen=True)
class EngineRelease:
    """What an engine release speaks, as far as the table knows.

    Attributes:
        query: the version as asked.
        status: how the query relates to the table.
        description: the answer in words.
        release: the matching row (``exact``), else ``None``.
        api_max: the daemon's maximum API version, when known.
        api_min: the daemon's default minimum, when known.
        api_min_floor: the lowest minimum the daemon can be set to
            (``DOCKER_MIN_API_VERSION``), when known.
        api_max_at_least: for a release newer than the table: the newest
            maximum the table knows, which a newer release still speaks.
        api_max_at_most: for a release older than the table: the oldest
            maximum the table knows, which an older release does not exceed.
        description: the answer in words.
    """

    query: str
    status: MatchStatus
    description: str
    release: ReleaseRecord | None = None
    api_max: APIVersion | None = None
    api_min: APIVersion | None = None
    api_min_floor: APIVersion | None = None
    api_max_at_least: APIVersion | None = None
    api_max_at_most: APIVersion | None = None

    @property
    def known(self) -> bool:
        """Whether the table lists this release."""
        return self.status == "exact"

    def __str__(self) -> str:
        return self.description


_ENGINE_RE: Final = re.compile(
    r"(?:docker-)?v?(?P<core>\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)"
    r"(?P<rest>[+~].*)?",
    re.IGNORECASE,
)


def _engine_version(text: str) -> tuple[GoVersion, str]:
    """Parse an engine version as daemons, tags and distributions write it.

    Returns the version and a note about what was ignored ("" if nothing).
    """
    match = _ENGINE_RE.fullmatch(text.strip())
    version = None
    if match is not None:
        # Engine lines such as 19.03 carry a leading zero that semver forbids.
        release, dash, pre = match["core"].partition("-")
        numbers = ".".join(str(int(part)) for part in release.split("."))
        version = GoVersion.parse(f"v{numbers}{dash}{pre}")
    if match is None or version is None:
        raise ValueError(
            f"invalid engine version {text!r}: expected e.g. 29.1.3, v28.5.2, 24.0, "
            "docker-v29.0.0, 20.10.24+dfsg1 or v2.0.0-beta.3"
        )
    rest = match["rest"] or ""
    note = f"the distribution suffix {rest!r} is ignored" if rest else ""
    return version, note


_ENGINE_LINE_RE: Final = re.compile(
    r"(?:docker-)?v?(?P<major>\d+)(?:\.(?P<minor>\d+))?", re.IGNORECASE
)


def _engine_line_release(version: str, major: int, minor: int | None) -> EngineRelease:
    """An engine named without its patch level (``24.0``, ``99``): placed by
    its release line, since it names no single release."""
    keyed = _family("engine")
    wanted = (major,) if minor is None else (major, minor)

    def line_of(key: GoVersion) -> tuple[int, ...]:
        return (key.major,) if minor is None else (key.major, key.minor)

    label = f"engine {version.strip()}"
    newest, oldest = keyed[-1][1], keyed[0][1]
    if wanted > line_of(keyed[-1][0]):
        description = (
            f"{label} is newer than the table, which ends at {newest.tag} "
            f"(API {newest.api_max}); it speaks at least API {newest.api_max}"
        )
        return EngineRelease(
            version, "newer", description, api_max_at_least=newest.api_max
        )
    if wanted < line_of(keyed[0][0]):
        description = (
            f"{label} is older than the table, which starts at {oldest.tag} "
            f"(API {oldest.api_max}); it speaks at most API {oldest.api_max}"
        )
        return EngineRelease(
            version, "older", description, api_max_at_most=oldest.api_max
        )
    members = [record for key, record in keyed if line_of(key) == wanted]
    if members:
        apis = ", ".join(map(str, _distinct([r.api_max for r in members])))
        description = (
            f"{label} names a release line, not one release: {members[0].tag} .. "
            f"{members[-1].tag} speak API {apis} at most; give a full version "
            f"such as {members[-1].tag.removeprefix('docker-')} for its exact range"
        )
        return EngineRelease(version, "unknown", description)
    below = max((item for item in keyed if line_of(item[0]) < wanted), key=_first)
    above = min((item for item in keyed if line_of(item[0]) > wanted), key=_first)
    neighbours = _neighbours(_Match("unknown", None, below=below[1], above=above[1]))
    description = (
        f"{label} is not in the table, so its API range is unknown "
        f"(neighbours: {neighbours})"
    )
    return EngineRelease(version, "unknown", description)


def _first(item: tuple[GoVersion, ReleaseRecord]) -> GoVersion:
    return item[0]


def engine_release(version: str) -> EngineRelease:
    """The Engine API range of an engine release.

    Accepts what daemons and tags print: ``29.1.3``, ``v28.5.2``,
    ``docker-v29.0.0``, Debian's ``20.10.24+dfsg1``, and the
    ``github.com/moby/moby/v2`` module version ``v2.0.0-beta.3``. A version
    without its patch level (``24.0``, ``99``) is placed by its release line:
    newer or older than the table, or ``unknown`` with the line's releases.

    Raises:
        ValueError: ``version`` is not a version at all.
    """
    line = _ENGINE_LINE_RE.fullmatch(version.strip())
    if line is not None:
        minor = line["minor"]
        return _engine_line_release(
            version, int(line["major"]), None if minor is None else int(minor)
        )
    parsed, note = _engine_version(version)
    is_v2_tag = parsed.release_key() == (2, 0, 0) and parsed.is_prerelease
    keyed = _v2_tags() if is_v2_tag else _family("engine")
    label = f"{ENGINE_MODULE}@{parsed}" if is_v2_tag else f"engine {version.strip()}"
    match = _match(keyed, parsed)
    suffix = f" ({note})" if note else ""
    record = match.record

    if match.status == "exact" and record is not None:
        floor = record.api_min_floor
        lowered = f" (can be lowered to {floor})" if floor != record.api_min else ""
        description = (
            f"{label} is {record.tag}: API {record.api_max} at most, default "
            f"minimum {record.api_min}{lowered}{suffix}"
        )
        return EngineRelease(
            version,
            "exact",
            description,
            release=record,
            api_max=record.api_max,
            api_min=record.api_min,
            api_min_floor=floor,
        )
    if match.status == "newer" and record is not None:
        description = (
            f"{label} is newer than the table, which ends at {record.tag} "
            f"(API {record.api_max}); it speaks at least API {record.api_max}"
            f"{suffix}"
        )
        return EngineRelease(
            version, "newer", description, api_max_at_least=record.api_max
        )
    if match.status == "older" and record is not None:
        description = (
            f"{label} is older than the table, which starts at {record.tag} "
            f"(API {record.api_max}); it speaks at most API {record.api_max}"
            f"{suffix}"
        )
        return EngineRelease(
            version, "older", description, api_max_at_most=record.api_max
        )
    description = (
        f"{label} is not in the table, so its API range is unknown "
        f"(neighbours: {_neighbours(match)}){suffix}"
    )
    return EngineRelease(version, "unknown", description)


@dataclasses.dataclass(frozen=True)
class EngineLine:
    """A release line (``20.10``, ``29.1``): the API versions across it.

    Attributes:
        line: ``MAJOR.MINOR``.
        first: the first release's tag.
        last: the last release's tag.
        releases: how many releases the table lists.
        api_max: the distinct maxima, in order.
        api_min: the distinct default minima, in order.
        api_min_floor: the distinct floors, in order.
        first_date: the first release's date.
        last_date: the last release's date.
    """

    line: str
    first: str
    last: str
    releases: int
    api_max: tuple[APIVersion, ...]
    api_min: tuple[APIVersion, ...]
    api_min_floor: tuple[APIVersion, ...]
    first_date: str
    last_date: str


def _distinct(values: Sequence[APIVersion | None]) -> tuple[APIVersion, ...]:
    seen: list[APIVersion] = []
    for value in values:
        if value is not None and value not in seen:
            seen.append(value)
    return tuple(seen)


def engine_lines() -> list[EngineLine]:
    """The engine releases grouped by ``MAJOR.MINOR``, oldest line first."""
    groups: dict[tuple[int, int], list[ReleaseRecord]] = {}
    for key, record in _family("engine"):
        groups.setdefault((key.major, key.minor), []).append(record)
    lines = []
    for (major, minor), records in sorted(groups.items()):
        lines.append(
            EngineLine(
                line=f"{major}.{minor}",
                first=records[0].tag,
                last=records[-1].tag,
                releases=len(records),
                api_max=_distinct([r.api_max for r in records]),
                api_min=_distinct([r.api_min for r in records]),
                api_min_floor=_distinct([r.api_min_floor for r in records]),
                first_date=records[0].date,
                last_date=records[-1].date,
            )
        )
    return lines


@dataclasses.dataclass(frozen=True)
class GoModuleInfo:
    """What a Go module version speaks.

    For the client (``github.com/moby/moby/client``, or the ``client``
    package of ``github.com/docker/docker`` up to v28) ``api_max`` is the
    version it asks for, ``api_min`` the lowest it accepts from a daemon
    (``None``: it has no such check). For ``github.com/moby/moby/api`` only
    ``api_max`` is set: the API version its types describe. For
    ``github.com/moby/moby/v2`` (the engine) ``api_max`` and ``api_min`` are
    the daemon's.

    Attributes:
        module: the module and version asked about.
        role: ``"client"``, ``"api"``, ``"engine"`` or ``"docker"``.
        status: how the version relates to the table.
        release: the row the facts come from (for a pseudo-version: the tag
            it builds on), else ``None``.
        api_max: see above; for ``newer``, the lower bound that still holds.
        api_min: see above.
        api_min_floor: for the engine, the lowest configurable minimum.
        negotiates_by_default: whether the client negotiates the version
            without being asked (``None`` for the api module and the engine).
        fallback_api_version: the version the client uses when a ping names
            none.
        required_api_module: the ``github.com/moby/moby/api`` version it
            requires ("" when none or in-tree).
        required_client_module: the ``github.com/moby/moby/client`` version it
            requires (engine only).
        notes: what the facts rest on, in words.
    """

    module: ModuleVersion
    role: _Role
    status: MatchStatus
    release: ReleaseRecord | None
    api_max: APIVersion | None
    api_min: APIVersion | None
    api_min_floor: APIVersion | None
    negotiates_by_default: bool | None
    fallback_api_version: APIVersion | None
    required_api_module: str
    required_client_module: str
    notes: tuple[str, ...]

    @property
    def known(self) -> bool:
        """Whether the facts are those of a listed tag (exact or its pseudo)."""
        return self.status in ("exact", "pseudo")

    @property
    def description(self) -> str:
        """The answer in words."""
        return "; ".join(self.notes)

    def __str__(self) -> str:
        return self.description


def is_moby_module(path: str) -> bool:
    """Whether ``path`` is one of the Moby modules in :data:`MOBY_MODULES`."""
    return path in MOBY_MODULES


def _role(path: str) -> _Role:
    if path == CLIENT_MODULE:
        return "client"
    if path == API_MODULE:
        return "api"
    if path == ENGINE_MODULE:
        return "engine"
    if path in (DOCKER_MODULE, _DOCKER_ALIAS):
        return "docker"
    raise ValueError(
        f"{path!r} is not a Moby module; known modules: {', '.join(MOBY_MODULES)}"
    )


def _client_facts(
    version: GoVersion, record: ReleaseRecord
) -> tuple[bool, APIVersion | None, list[str]]:
    """Negotiation default, fallback and notes for a client module version."""
    if version >= _CLIENT_NEGOTIATES_FROM:
        return (
            True,
            record.api_max,
            [
                "negotiates the API version by default (WithAPIVersion or "
                "DOCKER_API_VERSION pin it instead)",
                f"refuses a daemon below API {record.api_min}",
                f"uses {record.api_max} when a ping names no version",
            ],
        )
    return (
        False,
        record.api_min,
        [
            f"negotiation is opt-in (WithAPIVersionNegotiation): by default it "
            f"sends API {record.api_max}",
            f"when negotiating it refuses a daemon below API {record.api_min} "
            f"and falls back to {record.api_min} when a ping names no version",
        ],
    )


def _after(record: ReleaseRecord) -> str:
    """The tag a pseudo-version api requirement builds on, in words, or ""."""
    required = GoVersion.parse(record.api_module)
    base = required.pseudo_base if required is not None else None
    return f" (a commit after api/{base})" if base is not None else ""


def go_module(module: ModuleVersion | str, version: str | None = None) -> GoModuleInfo:
    """The API versions a Moby Go module version speaks.

    Args:
        module: ``"path@version"``, ``"path version"``, a :class:`ModuleVersion`,
            or a bare path with ``version`` given.
        version: the version when ``module`` is a bare path.

    Raises:
        ValueError: not a Moby module, or not a valid version.
    """
    if isinstance(module, str):
        module = (
            ModuleVersion(module.strip(), version.strip())
            if version is not None
            else ModuleVersion.parse(module)
        )
    role = _role(module.path)
    parsed = module.go_version
    keyed = _family(role) if role != "engine" else _v2_tags()
    match = _match(keyed, parsed)
    notes: list[str] = []

    if role == "docker" and parsed.major >= 2 and not parsed.incompatible:
        notes.append(
            f"Go spells this version {parsed}+incompatible: the repository had "
            "no go.mod up to v28"
        )
    if match.status == "unknown" or match.status == "older" or match.record is None:
        where = (
            "not in the table" if match.status == "unknown" else "older than the table"
        )
        notes.insert(0, f"{module} is {where}, so its API versions are unknown")
        if _neighbours(match):
            notes.append(f"neighbours: {_neighbours(match)}")
        if parsed.is_pseudo and parsed.pseudo_base is None:
            notes.append("it is a pseudo-version of a commit with no tag before it")
        return GoModuleInfo(
            module=module,
            role=role,
            status=match.status,
            release=None,
            api_max=None,
            api_min=None,
            api_min_floor=None,
            negotiates_by_default=None,
            fallback_api_version=None,
            required_api_module="",
            required_client_module="",
            notes=tuple(notes),
        )

    record = match.record
    facts_of = record.version if role in ("client", "api") else record.module_go_version
    if match.status == "exact":
        notes.insert(0, f"{module} is {record.tag}")
    elif match.status == "pseudo":
        notes.insert(
            0,
            f"{module} is a pseudo-version: commit {parsed.pseudo_revision} of "
            f"{parsed.pseudo_time:%Y-%m-%d %H:%M:%S} UTC, after {record.tag}; the "
            f"facts below are those of {record.tag} and miss later changes",
        )
    else:
        notes.insert(
            0,
            f"{module} is newer than the table, which ends at {record.tag} "
            f"(API {record.api_max}); it speaks at least API {record.api_max}, "
            "the rest below is assumed from that tag",
        )

    negotiates: bool | None = None
    fallback: APIVersion | None = None
    api_min = record.api_min
    floor: APIVersion | None = None
    if role == "client" and facts_of is not None:
        negotiates, fallback, client_notes = _client_facts(facts_of, record)
        notes.append(f"speaks API {record.api_max} at most")
        notes.extend(client_notes)
    elif role == "docker":
        negotiates, fallback, api_min = False, _DOCKER_FALLBACK, None
        notes.append(f"its client package speaks API {record.api_max} at most")
        notes.append(
            "negotiation is opt-in (WithAPIVersionNegotiation or "
            f"NegotiateAPIVersion): by default it sends API {record.api_max}; it "
            "has no minimum of its own and falls back to 1.24 when a ping names "
            "no version"
        )
        notes.append(f"as an engine, {record.tag} has default minimum {record.api_min}")
    elif role == "api":
        notes.append(f"describes API {record.api_max} (types only, no client)")
    else:
        floor = record.api_min_floor
        notes.append(
            f"the engine {record.tag}: API {record.api_max} at most, default "
            f"minimum {record.api_min} (floor {floor})"
        )
        notes.append(
            f"requires {API_MODULE}@{record.api_module} and "
            f"{CLIENT_MODULE}@{record.client_module}"
        )
    if role == "client" and record.api_module:
        notes.append(f"requires {API_MODULE}@{record.api_module}{_after(record)}")
    return GoModuleInfo(
        module=module,
        role=role,
        status=match.status,
        release=record,
        api_max=record.api_max,
        api_min=api_min,
        api_min_floor=floor,
        negotiates_by_default=negotiates,
        fallback_api_version=fallback,
        required_api_module=record.api_module,
        required_client_module=record.client_module if role == "engine" else "",
        notes=tuple(notes),
    )


def moby_modules_from_go_mod(path: str | Path) -> list[ModuleRequirement]:
    """The Moby modules a ``go.mod`` requires (or its ``go.sum`` shows, when
    ``go.mod`` lacks them), with ``replace`` and ``exclude`` applied.

    A requirement is kept when the required module or its replacement is a
    Moby module.

    Raises:
        FileNotFoundError: no ``go.mod`` at ``path``.
        ValueError: the ``go.mod`` is malformed.
    """
    requirements = modules_from_go_mod(path, also_from_go_sum=MOBY_MODULES)
    return [
        requirement
        for requirement in requirements
        if is_moby_module(requirement.path)
        or (
            requirement.replacement is not None
            and is_moby_module(requirement.replacement.path)
        )
    ]


# -- compatibility ---------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class CompatibilityReport:
    """Whether a client and a daemon will talk, and at which API version.

    Attributes:
        will_talk: requests will be served.
        api_version: the version requests will use (``None`` when they will
            not talk, or no version can be named).
        reasons: each step of the decision, in words.
        client: what was checked on the client side.
        daemon: what was checked on the daemon side.
    """

    will_talk: bool
    api_version: str | None
    reasons: list[str]
    client: str = ""
    daemon: str = ""

    def __str__(self) -> str:
        verdict = (
            f"talks at API {self.api_version}" if self.will_talk else "will not talk"
        )
        head = f"{self.client} vs {self.daemon}: {verdict}"
        return "\n".join([head, *(f"  - {reason}" for reason in self.reasons)])


@dataclasses.dataclass(frozen=True)
class _ClientSide:
    label: str
    api_max: APIVersion
    api_min: APIVersion | None
    negotiates_by_default: bool
    can_negotiate: bool
    notes: tuple[str, ...]


@dataclasses.dataclass(frozen=True)
class _DaemonSide:
    label: str
    api_max: APIVersion
    api_min: APIVersion | None
    api_min_floor: APIVersion | None
    notes: tuple[str, ...]


def _client_side(client: ModuleVersion | str | GoModuleInfo) -> _ClientSide:
    info = client if isinstance(client, GoModuleInfo) else go_module(client)
    notes: list[str] = []
    if info.role == "engine":
        if not info.required_client_module:
            raise ValueError(f"{info.module}: the client module it requires is unknown")
        notes.append(
            f"{info.module} requires {CLIENT_MODULE}@{info.required_client_module}; "
            "checking that client"
        )
        info = go_module(CLIENT_MODULE, info.required_client_module)
    if info.role == "api":
        raise ValueError(
            f"{info.module} holds API types only and sends no requests; check the "
            f"{CLIENT_MODULE} (or {DOCKER_MODULE}) version instead"
        )
    if info.api_max is None or info.status in ("unknown", "older"):
        raise ValueError(info.description)
    if info.status in ("newer", "pseudo"):
        notes.append(info.notes[0])
    return _ClientSide(
        label=str(info.module),
        api_max=info.api_max,
        api_min=info.api_min,
        negotiates_by_default=bool(info.negotiates_by_default),
        can_negotiate=True,
        notes=tuple(notes),
    )


def _sdk_side() -> _ClientSide:
    return _ClientSide(
        label=_SDK_LABEL,
        api_max=NEWEST_API_VERSION,
        api_min=OLDEST_API_VERSION,
        negotiates_by_default=True,
        can_negotiate=True,
        notes=(),
    )


def _read_field(source: Any, wire: str, python: str) -> Any:
    if isinstance(source, Mapping):
        return source.get(wire, source.get(python))
    return getattr(source, python, None)


def _daemon_from_version(source: Any) -> _DaemonSide:
    """The daemon side from a ``GET /version`` answer (dict or model)."""
    api_max = _read_field(source, "ApiVersion", "api_version")
    api_min = _read_field(source, "MinAPIVersion", "min_api_version")
    engine = _read_field(source, "Version", "version")
    if not api_max:
        raise ValueError("the /version answer has no ApiVersion")
    label = f"Moby {engine}" if engine else "the daemon"
    floor: APIVersion | None = None
    notes: list[str] = []
    if engine:
        try:
            release = engine_release(str(engine))
        except ValueError:
            release = None
        if release is not None and release.known:
            floor = release.api_min_floor
    if not api_min:
        notes.append("the daemon did not report MinAPIVersion; no minimum assumed")
    return _DaemonSide(
        label=f"{label} (API {api_max})",
        api_max=APIVersion(str(api_max)),
        api_min=APIVersion(str(api_min)) if api_min else None,
        api_min_floor=floor,
        notes=tuple(notes),
    )


def _daemon_from_engine(version: str) -> _DaemonSide:
    release = engine_release(version)
    if release.known and release.api_max is not None:
        return _DaemonSide(
            label=f"engine {version} (API {release.api_max})",
            api_max=release.api_max,
            api_min=release.api_min,
            api_min_floor=release.api_min_floor,
            notes=(),
        )
    if release.status == "newer" and release.api_max_at_least is not None:
        newest = _family("engine")[-1][1]
        return _DaemonSide(
            label=f"engine {version} (API {release.api_max_at_least} or newer)",
            api_max=release.api_max_at_least,
            api_min=newest.api_min,
            api_min_floor=newest.api_min_floor,
            notes=(
                f"{release.description}; its minimum is assumed to be "
                f"{newest.api_min} as in {newest.tag}: ask the live daemon to be sure",
            ),
        )
    raise ValueError(
        f"cannot check: {release.description}; pass the live client or its "
        "/version answer instead"
    )


def _version_result_daemon(result: Any) -> _DaemonSide:
    if inspect.isawaitable(result):
        close = getattr(result, "close", None)
        if callable(close):
            close()
        raise TypeError(
            "an async client was passed to check(); use 'await acheck(...)'"
        )
    return _daemon_from_version(result)


def _daemon_side(daemon: Any) -> _DaemonSide:
    if isinstance(daemon, str):
        return _daemon_from_engine(daemon)
    if isinstance(daemon, Mapping):
        return _daemon_from_version(daemon)
    system = getattr(daemon, "system", None)
    if system is not None and callable(getattr(system, "version", None)):
        return _version_result_daemon(system.version())
    if hasattr(daemon, "api_version"):
        return _daemon_from_version(daemon)
    raise TypeError(
        "daemon must be a MobyClient, a /version answer (dict or model) or an "
        f"engine version string, got {type(daemon).__name__}"
    )


def _decide(
    client: _ClientSide,
    daemon: _DaemonSide,
    api_version: str | APIVersion | None,
    negotiate: bool | None,
) -> CompatibilityReport:
    reasons = [*client.notes, *daemon.notes]
    daemon_range = (
        f"{daemon.api_min}-{daemon.api_max}"
        if daemon.api_min
        else f"at most {daemon.api_max}"
    )
    reasons.append(f"the daemon serves API {daemon_range}")
    client_range = (
        f"{client.api_min}-{client.api_max}"
        if client.api_min
        else f"at most {client.api_max}"
    )
    reasons.append(f"the client speaks API {client_range}")

    def report(will_talk: bool, version: APIVersion | None) -> CompatibilityReport:
        return CompatibilityReport(
            will_talk,
            str(version) if will_talk and version is not None else None,
            reasons,
            client.label,
            daemon.label,
        )

    pinned = APIVersion.coerce(api_version) if api_version is not None else None
    negotiates = pinned is None and (
        client.negotiates_by_default if negotiate is None else negotiate
    )
    if pinned is not None:
        version = pinned
        reasons.append(
            f"the version is pinned to {pinned} (WithAPIVersion or "
            "DOCKER_API_VERSION), so nothing is negotiated"
        )
    elif negotiates:
        if client.api_min is not None and daemon.api_max < client.api_min:
            reasons.append(
                f"the client refuses the daemon: API {daemon.api_max} is below its "
                f"minimum {client.api_min}"
            )
            if client.negotiates_by_default and client.label != _SDK_LABEL:
                reasons.append(
                    f"its requests then go out as /v{client.api_max}/… and the "
                    "daemon rejects them as too new"
                )
            return report(False, None)
        version = min(client.api_max, daemon.api_max)
        reasons.append(
            f"negotiation picks the lower of {client.api_max} (client) and "
            f"{daemon.api_max} (daemon): {version}"
        )
    else:
        version = client.api_max
        reasons.append(
            "negotiation is off (opt-in for this client), so every request asks "
            f"for its maximum, {version}"
        )

    if version > daemon.api_max:
        reasons.append(
            f"the daemon rejects API {version} as too new (its maximum is "
            f"{daemon.api_max}): HTTP 400"
        )
        if pinned is not None:
            reasons.append(f"pin {daemon.api_max} or lower, or let it negotiate")
        elif not negotiates and client.can_negotiate:
            if client.api_min is not None and daemon.api_max < client.api_min:
                reasons.append(
                    f"enabling negotiation would not help: the client's minimum is "
                    f"{client.api_min}"
                )
            else:
                reasons.append(
                    "with WithAPIVersionNegotiation() it would talk at "
                    f"{min(client.api_max, daemon.api_max)}"
                )
        return report(False, None)
    if daemon.api_min is not None and version < daemon.api_min:
        reasons.append(
            f"the daemon rejects API {version} as too old (its minimum is "
            f"{daemon.api_min}): HTTP 400"
        )
        floor = daemon.api_min_floor
        if floor is not None and floor <= version:
            reasons.append(
                f"the daemon's operator can lower the minimum to {version} with "
                f"DOCKER_MIN_API_VERSION (allowed down to {floor})"
            )
        return report(False, None)
    reasons.append(f"requests use API {version}")
    return report(True, version)


def check(
    client: ModuleVersion | str | GoModuleInfo,
    daemon: Any,
    *,
    api_version: str | APIVersion | None = None,
    negotiate: bool | None = None,
) -> CompatibilityReport:
    """Whether a Go client module version will talk to a daemon.

    Both sides are considered: the daemon refuses versions above its maximum
    ("too new") and below its minimum ("too old"); a negotiating client picks
    the lower of both maxima and refuses a daemon below its own minimum; a
    client that does not negotiate (the default up to ``client`` v0.1.0 and
    for ``github.com/docker/docker``) sends its maximum.

    Args:
        client: a client module version (``"github.com/moby/moby/client
            v0.2.1"``, ``"github.com/docker/docker@v28.5.2+incompatible"``,
            a :class:`ModuleVersion` or a :class:`GoModuleInfo`); an engine
            module ``github.com/moby/moby/v2`` stands for the client module it
            requires.
        daemon: a live ``MobyClient``, a ``GET /version`` answer (dict or
            model), or an engine version string such as ``"28.5.2"``.
        api_version: the version the client pins, if any (``WithAPIVersion``
            or ``DOCKER_API_VERSION``); pinning turns negotiation off.
        negotiate: override whether the client negotiates (``True`` for
            ``WithAPIVersionNegotiation()`` on an older client).

    Raises:
        ValueError: a side cannot be placed (unknown version, api-only module).
        TypeError: ``daemon`` is an async client (use :func:`acheck`) or
            something else unsupported.
    """
    return _decide(_client_side(client), _daemon_side(daemon), api_version, negotiate)


async def _adaemon_side(daemon: Any) -> _DaemonSide:
    system = getattr(daemon, "system", None)
    if system is not None and callable(getattr(system, "version", None)):
        result = system.version()
        if inspect.isawaitable(result):
            result = await result
        return _daemon_from_version(result)
    return _daemon_side(daemon)


async def acheck(
    client: ModuleVersion | str | GoModuleInfo,
    daemon: Any,
    *,
    api_version: str | APIVersion | None = None,
    negotiate: bool | None = None,
) -> CompatibilityReport:
    """:func:`check` for an ``AsyncMobyClient`` (any other daemon form works too)."""
    side = await _adaemon_side(daemon)
    return _decide(_client_side(client), side, api_version, negotiate)


def check_sdk(
    daemon: Any, *, api_version: str | APIVersion | None = None
) -> CompatibilityReport:
    """Whether this SDK (API 1.25-1.56, negotiating) will talk to ``daemon``.

    Args:
        daemon: as for :func:`check`.
        api_version: the version the SDK is pinned to, if any.
    """
    return _decide(_sdk_side(), _daemon_side(daemon), api_version, None)


async def acheck_sdk(
    daemon: Any, *, api_version: str | APIVersion | None = None
) -> CompatibilityReport:
    """:func:`check_sdk` for an ``AsyncMobyClient``."""
    return _decide(_sdk_side(), await _adaemon_side(daemon), api_version, None)
