"""Go module versions, go.mod and go.sum parsing (moby_client._gomod)."""

from __future__ import annotations

import itertools
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moby_client import versions
from moby_client._gomod import (
    GoVersion,
    ModuleVersion,
    Replacement,
    modules_from_go_mod,
    parse_go_mod,
    parse_go_sum,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "gomod"


# -- GoVersion ---------------------------------------------------------------


def test_semver_precedence_chain() -> None:
    chain = [
        "v1.0.0-alpha",
        "v1.0.0-alpha.1",
        "v1.0.0-alpha.beta",
        "v1.0.0-beta",
        "v1.0.0-beta.2",
        "v1.0.0-beta.11",
        "v1.0.0-rc.1",
        "v1.0.0",
        "v1.0.1-0.20250101000000-abcdefabcdef",
        "v1.0.1",
        "v1.1.0",
        "v2.0.0",
    ]
    parsed = [GoVersion(text) for text in chain]
    assert sorted(reversed(parsed)) == parsed
    for lower, higher in itertools.pairwise(parsed):
        assert lower < higher and not higher < lower and lower != higher


def test_build_metadata_does_not_order() -> None:
    assert GoVersion("v28.5.2+incompatible") == GoVersion("v28.5.2")
    assert GoVersion("v28.5.2+incompatible").incompatible
    assert not GoVersion("v28.5.2+dfsg1").incompatible
    assert str(GoVersion("v28.5.2+incompatible")) == "v28.5.2+incompatible"


@pytest.mark.parametrize(
    "bad", ["", "1.2", "v1.2", "v1.02.3", "v1.2.3-", "v1.2.3-a..b", "v1.2.3+", "latest"]
)
def test_invalid_versions(bad: str) -> None:
    assert GoVersion.parse(bad) is None
    with pytest.raises(ValueError):
        GoVersion(bad)


@given(
    st.tuples(st.integers(0, 99), st.integers(0, 99), st.integers(0, 99)),
    st.tuples(st.integers(0, 99), st.integers(0, 99), st.integers(0, 99)),
    st.sampled_from(["alpha", "beta.3", "rc.1", "0.20250101000000-abcdefabcdef"]),
)
def test_order_follows_release_numbers_then_prerelease(
    left: tuple[int, int, int], right: tuple[int, int, int], pre: str
) -> None:
    a = GoVersion("v{}.{}.{}".format(*left))
    b = GoVersion("v{}.{}.{}".format(*right))
    assert (a < b) == (left < right)
    assert GoVersion(f"{a}-{pre}") < a
    if left < right:
        assert a < GoVersion(f"{b}-{pre}")


@pytest.mark.parametrize(
    ("text", "base", "revision"),
    [
        ("v1.52.1-0.20251127112201-20634eddce67", "v1.52.0", "20634eddce67"),
        ("v0.1.0-rc.1.0.20251108000000-abcdefabcdef", "v0.1.0-rc.1", "abcdefabcdef"),
        ("v0.0.0-20250101000000-abcdefabcdef", None, "abcdefabcdef"),
        ("v2.0.0-20250101000000-abcdefabcdef", None, "abcdefabcdef"),
        (
            "v28.5.3-0.20251201000000-0123456789ab+incompatible",
            "v28.5.2",
            "0123456789ab",
        ),
    ],
)
def test_pseudo_versions(text: str, base: str | None, revision: str) -> None:
    version = GoVersion(text)
    assert version.is_pseudo
    assert version.pseudo_revision == revision
    assert (str(version.pseudo_base) if version.pseudo_base else None) == base
    assert (
        version.pseudo_time is not None and version.pseudo_time.tzinfo == timezone.utc
    )
    if version.pseudo_base is not None:
        assert version.pseudo_base < version


def test_pseudo_time() -> None:
    version = GoVersion("v1.52.1-0.20251127112201-20634eddce67")
    assert version.pseudo_time == datetime(2025, 11, 27, 11, 22, 1, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    "text",
    ["v2.0.0-beta.3", "v1.52.0", "v0.1.0-rc.1", "v1.2.0-20250101000000-abcdefabcdef"],
)
def test_not_pseudo_versions(text: str) -> None:
    version = GoVersion(text)
    assert not version.is_pseudo
    assert version.pseudo_base is None and version.pseudo_time is None


def test_module_version_forms() -> None:
    expected = ModuleVersion("github.com/moby/moby/client", "v0.2.1")
    assert ModuleVersion.parse("github.com/moby/moby/client v0.2.1") == expected
    assert ModuleVersion.parse(" github.com/moby/moby/client@v0.2.1 ") == expected
    assert str(expected) == "github.com/moby/moby/client@v0.2.1"
    for bad in ["github.com/moby/moby/client", "x@latest", "a b c", "@v1.0.0"]:
        with pytest.raises(ValueError):
            ModuleVersion.parse(bad)


# -- go.mod ------------------------------------------------------------------


def test_require_blocks_comments_and_indirect() -> None:
    parsed = parse_go_mod((FIXTURES / "client-block" / "go.mod").read_text())
    assert parsed.module == "example.test/inventory"
    assert parsed.go == "1.24.0"
    assert parsed.requires == [
        ("github.com/moby/moby/client", "v0.2.1", False),
        ("github.com/spf13/cobra", "v1.8.1", False),
        ("github.com/moby/moby/api", "v1.52.0", True),
        ("github.com/docker/go-connections", "v0.6.0", True),
        ("github.com/opencontainers/image-spec", "v1.1.1", True),
    ]
    assert parsed.excludes == [("github.com/moby/moby/client", "v0.2.0")]


def test_single_line_requires_and_incompatible() -> None:
    requirements = modules_from_go_mod(FIXTURES / "docker-single" / "go.mod")
    assert [(r.path, r.version, r.indirect) for r in requirements] == [
        ("github.com/docker/docker", "v28.5.2+incompatible", False),
        ("github.com/pkg/errors", "v0.9.1", True),
    ]
    assert GoVersion(requirements[0].version).incompatible


def test_replace_by_another_module() -> None:
    by_path = {r.path: r for r in modules_from_go_mod(FIXTURES / "replace-module")}
    docker = by_path["github.com/docker/docker"]
    assert docker.replacement == Replacement(
        "github.com/moby/moby", "v24.0.9+incompatible"
    )
    assert docker.effective == ModuleVersion(
        "github.com/moby/moby", "v24.0.9+incompatible"
    )
    client = by_path["github.com/moby/moby/client"]
    assert client.effective == ModuleVersion("github.com/moby/moby/client", "v0.3.0")
    # The api replacement names v1.50.0, which is not the version required.
    api = by_path["github.com/moby/moby/api"]
    assert api.replacement is None
    assert api.effective == api.required


def test_replace_by_a_local_directory() -> None:
    by_path = {r.path: r for r in modules_from_go_mod(FIXTURES / "replace-path")}
    client = by_path["github.com/moby/moby/client"]
    assert client.replacement == Replacement("../moby/client", None)
    assert client.replacement.is_local
    assert client.effective is None
    assert by_path["github.com/moby/moby/api"].replacement == Replacement(
        "/src/moby/api", None
    )


def test_version_specific_replace_wins() -> None:
    parsed = parse_go_mod(
        "module m\n"
        "replace example.test/a => example.test/b v1.0.0\n"
        "replace example.test/a v0.3.0 => ./a\n"
    )
    assert parsed.replacement_for("example.test/a", "v0.3.0") == Replacement(
        "./a", None
    )
    assert parsed.replacement_for("example.test/a", "v0.4.0") == Replacement(
        "example.test/b", "v1.0.0"
    )
    assert parsed.replacement_for("example.test/c", "v0.4.0") is None


def test_excluded_requirement_is_marked(tmp_path: Path) -> None:
    (tmp_path / "go.mod").write_text(
        "module m\nrequire github.com/moby/moby/client v0.2.0\n"
        "exclude (\n\tgithub.com/moby/moby/client v0.2.0\n)\n"
    )
    [requirement] = modules_from_go_mod(tmp_path)
    assert requirement.excluded


def test_empty_blocks_and_quoted_paths() -> None:
    parsed = parse_go_mod(
        'module "example.test/q"\nrequire ()\nrequire (\n)\n'
        'require "github.com/moby/moby/client" v0.5.0 // indirect\n'
    )
    assert parsed.module == "example.test/q"
    assert parsed.requires == [("github.com/moby/moby/client", "v0.5.0", True)]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("require (\n\tgithub.com/moby/moby/client\n)\n", r"go.mod:2: require"),
        ("replace a v1.0.0 b v2.0.0\n", r"go.mod:1: replace needs '=>'"),
        ("replace a => b\n", r"go.mod:1: replacement 'b' needs a version"),
        ("require (\n\ta v1.0.0\n", r"unterminated require"),
    ],
)
def test_malformed_go_mod(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_go_mod(text)


def test_malformed_fixture_names_the_line() -> None:
    with pytest.raises(ValueError, match=r"malformed/go.mod:6"):
        modules_from_go_mod(FIXTURES / "malformed")


def test_missing_go_mod(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        modules_from_go_mod(tmp_path)


# -- go.sum ------------------------------------------------------------------


def test_go_sum_lists_only_module_contents() -> None:
    hashed = parse_go_sum((FIXTURES / "gosum-fallback" / "go.sum").read_text())
    assert hashed["github.com/docker/docker"] == [
        "v20.10.7+incompatible",
        "v24.0.7+incompatible",
    ]


def test_go_sum_fallback_takes_the_highest_hashed_version() -> None:
    requirements = modules_from_go_mod(
        FIXTURES / "gosum-fallback", also_from_go_sum=["github.com/docker/docker"]
    )
    fallback = [r for r in requirements if r.source == "go.sum"]
    assert [(r.path, r.version) for r in fallback] == [
        ("github.com/docker/docker", "v24.0.7+incompatible")
    ]
    # Without asking, go.sum is not read.
    assert all(
        r.source == "go.mod" for r in modules_from_go_mod(FIXTURES / "gosum-fallback")
    )


def test_go_sum_is_not_used_when_go_mod_lists_the_module(tmp_path: Path) -> None:
    (tmp_path / "go.mod").write_text(
        "module m\nrequire github.com/docker/docker v20.10.7+incompatible\n"
    )
    (tmp_path / "go.sum").write_text(
        (FIXTURES / "gosum-fallback" / "go.sum").read_text()
    )
    requirements = modules_from_go_mod(
        tmp_path, also_from_go_sum=["github.com/docker/docker"]
    )
    assert [(r.version, r.source) for r in requirements] == [
        ("v20.10.7+incompatible", "go.mod")
    ]


# -- the Moby filter ---------------------------------------------------------


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        (
            "client-block",
            [
                ("github.com/moby/moby/client", "v0.2.1"),
                ("github.com/moby/moby/api", "v1.52.0"),
            ],
        ),
        ("docker-single", [("github.com/docker/docker", "v28.5.2+incompatible")]),
        ("gosum-fallback", [("github.com/docker/docker", "v24.0.7+incompatible")]),
        (
            "engine-v2",
            [
                ("github.com/moby/moby/v2", "v2.0.0-beta.3"),
                ("github.com/moby/moby/api", "v1.52.0"),
                ("github.com/moby/moby/client", "v0.1.0"),
            ],
        ),
        ("no-moby", []),
    ],
)
def test_moby_modules_from_go_mod(
    fixture: str, expected: list[tuple[str, str]]
) -> None:
    found = versions.moby_modules_from_go_mod(str(FIXTURES / fixture))
    assert [(r.path, r.version) for r in found] == expected


def test_module_replaced_by_a_moby_module_is_kept(tmp_path: Path) -> None:
    (tmp_path / "go.mod").write_text(
        "module m\nrequire example.test/dockerfork v1.0.0\n"
        "replace example.test/dockerfork => github.com/moby/moby/client v0.4.1\n"
    )
    [requirement] = versions.moby_modules_from_go_mod(str(tmp_path))
    assert requirement.effective == ModuleVersion(
        "github.com/moby/moby/client", "v0.4.1"
    )
