"""moby_client.versions: engine releases and Go modules to API versions.

Expected values come from ``openapi/moby-versions.tsv`` read here with the
csv module, independently of the generated table the library uses.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from moby_client import APIVersion, versions
from moby_client._gomod import GoVersion
from moby_client.versions import (
    API_MODULE,
    CLIENT_MODULE,
    DOCKER_MODULE,
    ENGINE_MODULE,
)

TSV = Path(__file__).resolve().parents[2] / "openapi" / "moby-versions.tsv"


def _rows() -> list[dict[str, str]]:
    with TSV.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


ROWS = _rows()
FINAL = [row for row in ROWS if row["prerelease"] == "no"]
ENGINE = [row for row in FINAL if row["kind"] == "engine"]
CLIENT = [row for row in FINAL if row["kind"] == "client"]
API = [row for row in FINAL if row["kind"] == "api"]
ENGINE_WITH_MODULE_TAG = [row for row in ENGINE if "@" in row["go_module"]]


def _bare(tag: str) -> str:
    return tag.split("/", 1)[-1].removeprefix("docker-")


def _required(cell: str) -> str:
    return "" if cell.startswith("n/a") else cell


def test_generated_table_matches_the_tsv() -> None:
    records = versions.releases()
    assert [r.tag for r in records] == [row["tag"] for row in ROWS]
    for record, row in zip(records, ROWS, strict=True):
        assert str(record.api_max) == row["api_version_max"]
        assert str(record.api_min or "") == row["api_version_min"]
        assert str(record.api_min_floor or "") == row["api_version_min_floor"]
        assert record.prerelease == (row["prerelease"] == "yes")
        assert record.date == row["tag_date"]
        assert row["go_module"].startswith(record.module)


@pytest.mark.parametrize("row", ENGINE, ids=[row["tag"] for row in ENGINE])
def test_every_engine_release_round_trips(row: dict[str, str]) -> None:
    for spelling in (row["tag"], _bare(row["tag"]), _bare(row["tag"])[1:]):
        release = versions.engine_release(spelling)
        assert release.status == "exact", release.description
        assert release.release is not None and release.release.tag == row["tag"]
        assert str(release.api_max) == row["api_version_max"]
        assert str(release.api_min) == row["api_version_min"]
        assert str(release.api_min_floor) == row["api_version_min_floor"]


@pytest.mark.parametrize(
    "row", ENGINE_WITH_MODULE_TAG, ids=[row["tag"] for row in ENGINE_WITH_MODULE_TAG]
)
def test_every_engine_module_version_round_trips(row: dict[str, str]) -> None:
    path, _, version = row["go_module"].partition("@")
    info = versions.go_module(path, version)
    assert info.status == "exact"
    assert info.release is not None and info.release.tag == row["tag"]
    assert str(info.api_max) == row["api_version_max"]
    if path == DOCKER_MODULE:
        assert info.role == "docker"
        assert info.negotiates_by_default is False
        assert info.api_min is None  # the docker/docker client has no minimum
        assert str(info.fallback_api_version) == "1.24"
    else:
        assert path == ENGINE_MODULE
        assert str(info.api_min) == row["api_version_min"]
        assert info.required_api_module == row["required_api_module"]
        assert info.required_client_module == row["required_client_module"]
        assert str(versions.engine_release(version).api_max) == row["api_version_max"]


@pytest.mark.parametrize("row", CLIENT, ids=[row["tag"] for row in CLIENT])
def test_every_client_module_tag_round_trips(row: dict[str, str]) -> None:
    module = row["go_module"]
    info = versions.go_module(module)
    version = GoVersion(module.partition("@")[2])
    assert info.status == "exact"
    assert info.role == "client"
    assert str(info.api_max) == row["api_version_max"]
    assert str(info.api_min) == row["api_version_min"]
    assert info.required_api_module == _required(row["required_api_module"])
    negotiates = version >= GoVersion("v0.2.0")
    assert info.negotiates_by_default is negotiates
    expected_fallback = row["api_version_max"] if negotiates else row["api_version_min"]
    assert str(info.fallback_api_version) == expected_fallback


@pytest.mark.parametrize("row", API, ids=[row["tag"] for row in API])
def test_every_api_module_tag_round_trips(row: dict[str, str]) -> None:
    info = versions.go_module(row["go_module"])
    assert info.status == "exact"
    assert info.role == "api"
    assert str(info.api_max) == row["api_version_max"]
    assert info.negotiates_by_default is None


@pytest.mark.parametrize(
    ("spelling", "tag"),
    [
        ("29.1.3", "docker-v29.1.3"),
        ("v28.5.2", "v28.5.2"),
        ("20.10.24+dfsg1", "v20.10.24"),
        ("28.5.2+dfsg4", "v28.5.2"),
        ("docker-v29.0.0", "docker-v29.0.0"),
        ("v2.0.0-beta.3", "docker-v29.0.0"),
        ("v2.0.0-beta.5", "docker-v29.1.0"),
        (" v29.7.2 ", "docker-v29.7.2"),
    ],
)
def test_engine_spellings(spelling: str, tag: str) -> None:
    release = versions.engine_release(spelling)
    assert release.known
    assert release.release is not None and release.release.tag == tag


def test_distribution_suffix_is_named_in_the_answer() -> None:
    release = versions.engine_release("20.10.24+dfsg1")
    assert "+dfsg1" in release.description
    assert release.api_max == "1.41"


def test_engine_newer_than_the_table_gives_a_lower_bound() -> None:
    last = ENGINE[-1]
    release = versions.engine_release("99.0.0")
    assert release.status == "newer"
    assert not release.known
    assert release.api_max is None and release.api_min is None
    assert str(release.api_max_at_least) == last["api_version_max"]
    assert f"newer than the table, which ends at {last['tag']}" in release.description
    assert f"at least API {last['api_version_max']}" in release.description


def test_engine_unknown_inside_the_table_says_unknown() -> None:
    release = versions.engine_release("27.0.0")  # never released; 27.0.1 was
    assert release.status == "unknown"
    assert release.api_max is None and release.api_max_at_least is None
    assert "unknown" in release.description
    assert "v26.1.5" in release.description and "v27.0.1" in release.description


def test_engine_prerelease_is_unknown_not_its_release() -> None:
    release = versions.engine_release("29.0.0-rc.2")
    assert release.status == "unknown"
    assert release.api_max is None


def test_engine_module_tag_not_in_table_is_unknown() -> None:
    release = versions.engine_release("v2.0.0-beta.4")
    assert release.status == "unknown"
    assert ENGINE_MODULE in release.description


def test_engine_older_than_the_table_gives_an_upper_bound() -> None:
    release = versions.engine_release("19.03.12")
    assert release.status == "older"
    assert str(release.api_max_at_most) == ENGINE[0]["api_version_max"]


@pytest.mark.parametrize("bad", ["", "latest", "29.", "v29.1.x", "docker-", "1.2.3.4"])
def test_engine_rejects_non_versions(bad: str) -> None:
    with pytest.raises(ValueError, match="invalid engine version"):
        versions.engine_release(bad)


def test_engine_without_patch_level_is_placed_by_its_line() -> None:
    line = versions.engine_release("29.1")
    assert line.status == "unknown"
    assert line.description.startswith("engine 29.1 names a release line")
    assert versions.engine_release("29").status == "unknown"


def test_engine_lines_cover_every_engine_release_once() -> None:
    lines = versions.engine_lines()
    assert sum(line.releases for line in lines) == len(ENGINE)
    for line in lines:
        rows = [
            row for row in ENGINE if _bare(row["tag"])[1:].startswith(line.line + ".")
        ]
        assert len(rows) == line.releases
        assert {str(v) for v in line.api_max} == {
            row["api_version_max"] for row in rows
        }
        assert {str(v) for v in line.api_min} == {
            row["api_version_min"] for row in rows
        }
        assert line.first == rows[0]["tag"] and line.last == rows[-1]["tag"]


# -- modules -----------------------------------------------------------------


def test_client_v0_2_1_negotiates_and_needs_1_44() -> None:
    info = versions.go_module("github.com/moby/moby/client v0.2.1")
    assert (info.api_max, info.api_min) == ("1.52", "1.44")
    assert info.negotiates_by_default is True
    assert info.required_api_module == "v1.52.0"


def test_client_requiring_an_api_pseudo_version_names_its_base() -> None:
    info = versions.go_module(CLIENT_MODULE, "v0.2.0")
    assert info.required_api_module == "v1.52.1-0.20251127112201-20634eddce67"
    assert any("(a commit after api/v1.52.0)" in note for note in info.notes)


def test_client_v0_1_0_negotiation_is_opt_in_with_fallback_1_44() -> None:
    info = versions.go_module(CLIENT_MODULE, "v0.1.0")
    assert info.negotiates_by_default is False
    assert info.fallback_api_version == "1.44"
    assert "opt-in" in info.description


def test_docker_module_without_incompatible_is_flagged() -> None:
    info = versions.go_module(DOCKER_MODULE, "v28.5.2")
    assert info.api_max == "1.51"
    assert any("+incompatible" in note for note in info.notes)


def test_moby_moby_alias_of_docker_docker() -> None:
    info = versions.go_module("github.com/moby/moby@v24.0.9+incompatible")
    assert info.role == "docker"
    assert info.api_max == "1.43"


def test_api_pseudo_version_resolves_to_its_base_tag() -> None:
    info = versions.go_module(API_MODULE, "v1.52.1-0.20251127112201-20634eddce67")
    assert info.status == "pseudo"
    assert info.release is not None and info.release.tag == "api/v1.52.0"
    assert info.api_max == "1.52"
    assert "20634eddce67" in info.description
    assert "after api/v1.52.0" in info.description


def test_client_pseudo_version_after_v0_2_1() -> None:
    info = versions.go_module(CLIENT_MODULE, "v0.2.2-0.20251215101010-0123456789ab")
    assert info.status == "pseudo"
    assert info.release is not None and info.release.tag == "client/v0.2.1"
    assert info.negotiates_by_default is True


def test_pseudo_version_of_a_prerelease_base() -> None:
    info = versions.go_module(
        CLIENT_MODULE, "v0.1.0-rc.1.0.20251108000000-abcdefabcdef"
    )
    assert info.status == "pseudo"
    assert info.release is not None and info.release.tag == "client/v0.1.0-rc.1"


def test_engine_module_names_its_client_and_api() -> None:
    info = versions.go_module("github.com/moby/moby/v2 v2.0.0-beta.3")
    assert info.role == "engine"
    assert info.required_client_module == "v0.1.0"
    assert info.required_api_module == "v1.52.0"
    assert (info.api_max, info.api_min, info.api_min_floor) == ("1.52", "1.44", "1.24")


def test_client_newer_than_the_table() -> None:
    last = CLIENT[-1]
    info = versions.go_module(CLIENT_MODULE, "v9.0.0")
    assert info.status == "newer"
    assert str(info.api_max) == last["api_version_max"]
    assert "newer than the table" in info.description
    assert last["tag"] in info.description


def test_client_unknown_inside_the_table() -> None:
    info = versions.go_module(CLIENT_MODULE, "v0.2.3")
    assert info.status == "unknown"
    assert info.api_max is None and info.negotiates_by_default is None
    assert "unknown" in info.description


def test_untagged_pseudo_version_is_unknown() -> None:
    info = versions.go_module(CLIENT_MODULE, "v0.0.0-20250101000000-abcdefabcdef")
    assert info.status == "older"
    assert info.api_max is None
    assert "no tag before it" in info.description


def test_not_a_moby_module() -> None:
    with pytest.raises(ValueError, match="not a Moby module"):
        versions.go_module("github.com/spf13/cobra v1.8.1")


# -- check -------------------------------------------------------------------


def test_client_v0_2_1_will_not_talk_to_20_10() -> None:
    report = versions.check("github.com/moby/moby/client v0.2.1", "20.10.24")
    assert report.will_talk is False
    assert report.api_version is None
    text = " ".join(report.reasons)
    assert "1.44" in text and "1.41" in text
    assert "refuses" in text


def test_client_v0_2_1_talks_to_28_5_at_1_51() -> None:
    report = versions.check("github.com/moby/moby/client@v0.2.1", "28.5.2")
    assert report.will_talk is True
    assert report.api_version == "1.51"


def test_docker_client_does_not_negotiate_unless_asked() -> None:
    client = "github.com/docker/docker v28.5.2+incompatible"
    report = versions.check(client, "20.10.24")
    assert not report.will_talk
    assert any("too new" in reason for reason in report.reasons)
    assert any("WithAPIVersionNegotiation" in reason for reason in report.reasons)
    negotiated = versions.check(client, "20.10.24", negotiate=True)
    assert negotiated.will_talk and negotiated.api_version == "1.41"


def test_old_docker_client_against_a_v29_daemon_is_too_old() -> None:
    report = versions.check(f"{DOCKER_MODULE}@v24.0.9+incompatible", "29.1.0")
    assert not report.will_talk
    text = " ".join(report.reasons)
    assert "too old" in text and "1.44" in text
    assert "DOCKER_MIN_API_VERSION" in text
    # docker-v29.3.0 lowered the default minimum to 1.40.
    later = versions.check(f"{DOCKER_MODULE}@v24.0.9+incompatible", "29.3.0")
    assert later.will_talk and later.api_version == "1.43"


def test_client_v0_1_0_sends_its_maximum() -> None:
    report = versions.check(f"{CLIENT_MODULE}@v0.1.0", "28.5.2")
    assert not report.will_talk
    assert any(
        "with WithAPIVersionNegotiation() it would talk at 1.51" in r
        for r in report.reasons
    )
    old = versions.check(f"{CLIENT_MODULE}@v0.1.0", "20.10.24")
    assert any("would not help" in r for r in old.reasons)


def test_pinned_version_turns_negotiation_off() -> None:
    client = f"{CLIENT_MODULE}@v0.2.1"
    assert versions.check(client, "28.5.2", api_version="1.45").api_version == "1.45"
    too_new = versions.check(client, "28.5.2", api_version="1.52")
    assert not too_new.will_talk
    assert any("pinned" in reason for reason in too_new.reasons)


def test_engine_module_is_checked_through_its_client() -> None:
    report = versions.check(f"{ENGINE_MODULE}@v2.0.0-beta.5", "28.5.2")
    assert report.will_talk and report.api_version == "1.51"
    assert "client@v0.2.1" in report.client


def test_daemon_newer_than_the_table_is_checked_with_stated_assumptions() -> None:
    report = versions.check(f"{CLIENT_MODULE}@v0.2.1", "99.0.0")
    assert report.will_talk and report.api_version == "1.52"
    assert any("assumed" in reason for reason in report.reasons)


def test_unknown_daemon_release_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown"):
        versions.check(f"{CLIENT_MODULE}@v0.2.1", "27.0.0")


def test_api_module_is_not_a_client() -> None:
    with pytest.raises(ValueError, match="types only"):
        versions.check(f"{API_MODULE}@v1.52.0", "28.5.2")


def test_unknown_client_version_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown"):
        versions.check(f"{CLIENT_MODULE}@v0.2.3", "28.5.2")


VERSION_20_10 = {
    "Version": "20.10.24+dfsg1",
    "ApiVersion": "1.41",
    "MinAPIVersion": "1.12",
}
VERSION_V29 = {"Version": "29.1.3", "ApiVersion": "1.52", "MinAPIVersion": "1.44"}


def test_daemon_as_a_version_answer() -> None:
    report = versions.check(f"{CLIENT_MODULE}@v0.2.1", VERSION_20_10)
    assert not report.will_talk
    assert "20.10.24+dfsg1" in report.daemon


def test_daemon_min_api_version_from_the_answer_wins() -> None:
    raised = dict(VERSION_V29, MinAPIVersion="1.50")  # DOCKER_MIN_API_VERSION set
    report = versions.check(f"{DOCKER_MODULE}@v28.0.0+incompatible", raised)
    assert not report.will_talk
    assert any("too old" in reason and "1.50" in reason for reason in report.reasons)


class _Model:
    """Stands in for the SDK's /version model (snake_case attributes)."""

    def __init__(self, answer: dict[str, str]) -> None:
        self.version = answer["Version"]
        self.api_version = answer["ApiVersion"]
        self.min_api_version = answer["MinAPIVersion"]


class _System:
    def __init__(self, answer: dict[str, str]) -> None:
        self.answer = answer
        self.calls = 0

    def version(self) -> _Model:
        self.calls += 1
        return _Model(self.answer)


class _AsyncSystem(_System):
    async def version(self) -> _Model:  # type: ignore[override]
        self.calls += 1
        return _Model(self.answer)


class _Client:
    def __init__(self, system: Any) -> None:
        self.system = system


def test_daemon_as_a_model_and_as_a_client() -> None:
    model_report = versions.check_sdk(_Model(VERSION_V29))
    assert model_report.will_talk and model_report.api_version == "1.52"
    system = _System(VERSION_20_10)
    report = versions.check_sdk(_Client(system))
    assert system.calls == 1
    assert report.will_talk and report.api_version == "1.41"


def test_async_client_needs_acheck() -> None:
    with pytest.raises(TypeError, match="acheck"):
        versions.check(f"{CLIENT_MODULE}@v0.2.1", _Client(_AsyncSystem(VERSION_V29)))


async def test_acheck_with_an_async_client() -> None:
    system = _AsyncSystem(VERSION_20_10)
    report = await versions.acheck(f"{CLIENT_MODULE}@v0.3.0", _Client(system))
    assert report.will_talk and report.api_version == "1.41"
    sdk = await versions.acheck_sdk(_Client(_AsyncSystem(VERSION_V29)))
    assert sdk.api_version == "1.52"


def test_sdk_range_and_negotiation() -> None:
    assert versions.check_sdk("28.5.2").api_version == "1.51"
    assert versions.check_sdk("29.6.0").api_version == "1.55"
    assert versions.check_sdk("29.6.0", api_version="1.56").will_talk is False
    ancient = {"Version": "1.13.1", "ApiVersion": "1.24", "MinAPIVersion": "1.12"}
    report = versions.check_sdk(ancient)
    assert not report.will_talk
    assert any("below its minimum 1.25" in reason for reason in report.reasons)


def test_missing_api_version_in_answer() -> None:
    with pytest.raises(ValueError, match="ApiVersion"):
        versions.check_sdk({"Version": "28.5.2"})


def test_report_reads_well() -> None:
    text = str(versions.check(f"{CLIENT_MODULE}@v0.2.1", "28.5.2"))
    first = text.splitlines()[0]
    assert first.startswith("github.com/moby/moby/client@v0.2.1 vs engine 28.5.2")
    assert first.endswith("talks at API 1.51")


def test_api_version_type() -> None:
    assert isinstance(versions.engine_release("28.5.2").api_max, APIVersion)
