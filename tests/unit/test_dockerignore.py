"""``.dockerignore`` reading and matching, rule by rule, as the docker CLI does it."""

from __future__ import annotations

import pytest

from moby_client._protocol.dockerignore import (
    PatternMatcher,
    clean_path,
    keep_build_files,
    parse_dockerignore,
)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("", "."),
        ("a//b", "a/b"),
        ("a/./b/", "a/b"),
        ("a/../b", "b"),
        ("../a", "../a"),
        ("/../a", "/a"),
        ("/", "/"),
        ("./", "."),
    ],
)
def test_clean_path(raw: str, clean: str) -> None:
    assert clean_path(raw) == clean


def test_reading_rules() -> None:
    text = (
        "\ufeff# a comment\n"
        "\n"
        "   \n"
        "  spaced.txt  \n"
        " # not a comment once indented\n"
        "/rooted\n"
        "dir//sub/../other/\n"
        "!  keep.txt\n"
        "!/rooted/keep\n"
        "crlf.txt\r\n"
        "/\n"
    )
    assert parse_dockerignore(text) == [
        "spaced.txt",
        "# not a comment once indented",
        "rooted",
        "dir/other",
        "!keep.txt",
        "!rooted/keep",
        "crlf.txt",
        "/",
    ]
    assert parse_dockerignore(b"a\n") == ["a"]


def test_lone_exclamation_is_an_error() -> None:
    with pytest.raises(ValueError, match="illegal exclusion"):
        PatternMatcher(parse_dockerignore("!\n"))


def test_bad_pattern_is_an_error() -> None:
    with pytest.raises(ValueError, match=r"bad \.dockerignore pattern"):
        PatternMatcher(["a[b"])


CASES = [
    # (patterns, path, excluded)
    (["*.md"], "README.md", True),
    (["*.md"], "docs/README.md", False),  # * never crosses /
    (["*/*.md"], "docs/README.md", True),
    (["**/*.md"], "README.md", True),  # ** may be no directory at all
    (["**/*.md"], "a/b/c/README.md", True),
    (["docs/**"], "docs/a/b", True),
    (["docs/**"], "docs", False),
    (["**"], "anything/at/all", True),
    (["a/**/b"], "a/b", True),
    (["a/**/b"], "a/x/y/b", True),
    (["a?c"], "abc", True),
    (["a?c"], "a/c", False),
    (["[ab]x"], "bx", True),
    (["[^a]x"], "bx", True),
    (["[^a]x"], "ax", False),
    (["[!a]x"], "!x", True),  # ! inside a class is a literal, as in the CLI
    (["[!a]x"], "bx", False),
    (["a\\*b"], "a*b", True),
    (["a\\*b"], "axb", False),
    (["file.txt"], "filextxt", False),  # . is literal
    (["a+b(c)"], "a+b(c)", True),
    (["build"], "build/out/x.o", True),  # a parent directory matches
    (["build"], "src/build", False),
    (["*/temp*"], "somedir/temporary.txt", True),
    (["temp?"], "tempa", True),
    # exceptions, applied in order; the last match wins
    (["*.md", "!README.md"], "README.md", False),
    (["*.md", "!README.md"], "CHANGES.md", True),
    (["*.md", "!README.md", "README*"], "README.md", True),
    (["!README.md", "*.md"], "README.md", True),
    (["docs", "!docs/keep"], "docs/keep", False),
    (["docs", "!docs/keep"], "docs/keep/deeper", False),
    (["docs", "!docs/keep"], "docs/drop", True),
    (["docs/*", "!docs/keep", "docs/keep/x"], "docs/keep/x", True),
]


@pytest.mark.parametrize(("patterns", "path", "excluded"), CASES)
def test_matching(patterns: list[str], path: str, excluded: bool) -> None:
    assert PatternMatcher(patterns).excludes(path) is excluded


def test_may_include_under() -> None:
    matcher = PatternMatcher(["docs", "!docs/keep/file", "!*/x"])
    assert matcher.has_exclusions
    assert matcher.may_include_under("docs")
    assert matcher.may_include_under("docs/keep")
    assert not matcher.may_include_under("other")
    assert not PatternMatcher(["docs"]).may_include_under("docs")


def test_build_files_are_always_kept() -> None:
    patterns = keep_build_files(["*", ".dockerignore"], "sub/Dockerfile.dev")
    assert patterns == ["*", ".dockerignore", "!.dockerignore", "!sub/Dockerfile.dev"]
    assert keep_build_files(["*.py"], "Dockerfile") == ["*.py"]
    assert keep_build_files(["Dockerfile"], None) == ["Dockerfile"]
