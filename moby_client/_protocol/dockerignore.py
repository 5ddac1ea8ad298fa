"""``.dockerignore`` patterns, read and matched the way the ``docker`` CLI does.

Reading (one pattern per line):

- a line starting with ``#`` is a comment; blank lines are skipped;
- whitespace around a line is dropped, and after a leading ``!`` too;
- a pattern is path-cleaned (``a//b/../c`` → ``a/c``) and a leading ``/``
  is dropped, so patterns are always relative to the context root.

Matching: ``*`` is any run of characters but ``/``, ``?`` one such character,
``[...]`` a class, ``\\`` escapes, ``**`` any number of directories (also
none). A pattern excludes a path when it matches the path or one of its
parent directories. Patterns apply in order, and the last one that matches
decides; ``!pattern`` re-includes.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = [
    "IgnorePattern",
    "PatternMatcher",
    "clean_path",
    "parse_dockerignore",
]


def clean_path(path: str) -> str:
    """Lexically clean a slash-separated path, as Go's ``path.Clean`` does."""
    if path == "":
        return "."
    rooted = path.startswith("/")
    parts: list[str] = []
    for part in path.split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            if parts and parts[-1] != "..":
                parts.pop()
            elif not rooted:
                parts.append("..")
            continue
        parts.append(part)
    cleaned = "/".join(parts)
    if rooted:
        return "/" + cleaned
    return cleaned or "."


def parse_dockerignore(text: str | bytes) -> list[str]:
    """The patterns of a ``.dockerignore`` file, in order.

    Exceptions keep their leading ``!``. A UTF-8 byte order mark is ignored.
    """
    if isinstance(text, bytes):
        text = text.decode("utf-8", "surrogateescape")
    text = text.removeprefix("\ufeff")
    patterns: list[str] = []
    for raw in text.split("\n"):
        if raw.startswith("#"):
            continue
        pattern = raw.strip()
        if not pattern:
            continue
        invert = pattern.startswith("!")
        if invert:
            pattern = pattern[1:].strip()
        if pattern:
            pattern = clean_path(pattern)
            if len(pattern) > 1 and pattern.startswith("/"):
                pattern = pattern[1:]
        patterns.append("!" + pattern if invert else pattern)
    return patterns


_REGEX_SPECIALS = frozenset(".+()|{}$")


def _translate(pattern: str) -> str:
    """A regular expression for one cleaned pattern (without ``!``).

    Character classes pass through as they are written, so ``[^a]`` negates
    and ``[!a]`` is the class of ``!`` and ``a``, as in the CLI.
    """
    out = ["^"]
    i = 0
    n = len(pattern)
    while i < n:
        ch = pattern[i]
        i += 1
        if ch == "*":
            if i < n and pattern[i] == "*":
                i += 1
                if i < n and pattern[i] == "/":
                    i += 1
                out.append(".*" if i >= n else "(.*/)?")
            else:
                out.append("[^/]*")
        elif ch == "?":
            out.append("[^/]")
        elif ch in _REGEX_SPECIALS:
            out.append("\\" + ch)
        elif ch == "\\":
            if i < n:
                nxt = pattern[i]
                i += 1
                out.append("\\" + nxt if nxt.isalnum() else re.escape(nxt))
            else:
                out.append("\\\\")
        else:
            out.append(ch)
    out.append("$")
    return "".join(out)


@dataclass(frozen=True, slots=True)
class IgnorePattern:
    """One compiled pattern.

    Attributes:
        text: the cleaned pattern, without ``!``.
        exclusion: ``True`` for a ``!`` exception (re-include).
    """

    text: str
    exclusion: bool
    regex: re.Pattern[str]

    @classmethod
    def compile(cls, pattern: str) -> IgnorePattern:
        """Compile one pattern as :func:`parse_dockerignore` returns it.

        Raises:
            ValueError: the pattern is ``!`` alone or malformed.
        """
        pattern = pattern.strip()
        exclusion = pattern.startswith("!")
        if exclusion:
            pattern = pattern[1:]
            if not pattern:
                raise ValueError('illegal exclusion pattern: "!"')
        text = clean_path(pattern)
        try:
            regex = re.compile(_translate(text))
        except re.error as exc:
            raise ValueError(f"bad .dockerignore pattern {text!r}: {exc}") from exc
        return cls(text=text, exclusion=exclusion, regex=regex)

    def matches(self, path: str) -> bool:
        """Whether the pattern matches this exact slash-separated path."""
        return self.regex.match(path) is not None


class PatternMatcher:
    """An ordered list of ``.dockerignore`` patterns.

    Args:
        patterns: patterns as :func:`parse_dockerignore` returns them; empty
            strings are skipped.
    """

    def __init__(self, patterns: Iterable[str]) -> None:
        self.patterns: tuple[IgnorePattern, ...] = tuple(
            IgnorePattern.compile(p) for p in patterns if p.strip()
        )
        self.has_exclusions = any(p.exclusion for p in self.patterns)

    def __repr__(self) -> str:
        texts = [("!" if p.exclusion else "") + p.text for p in self.patterns]
        return f"PatternMatcher({texts!r})"

    def excludes(self, path: str) -> bool:
        """Whether a context-relative path is left out of the build context.

        A pattern counts when it matches the path or one of its parent
        directories; the last pattern that counts decides.
        """
        parent = path[:-1] if path.endswith("/") else posixpath.dirname(path)
        parents = parent.split("/") if parent else []
        excluded = False
        for pattern in self.patterns:
            if pattern.exclusion != excluded:
                continue
            hit = pattern.matches(path)
            if not hit:
                hit = any(
                    pattern.matches("/".join(parents[: k + 1]))
                    for k in range(len(parents))
                )
            if hit:
                excluded = not pattern.exclusion
        return excluded

    def may_include_under(self, directory: str) -> bool:
        """Whether an exception may re-include something below an excluded
        directory, so that the directory must still be walked."""
        prefix = clean_path(directory) + "/"
        return any(
            p.exclusion and (p.text + "/").startswith(prefix) for p in self.patterns
        )


def keep_build_files(patterns: Sequence[str], dockerfile: str | None) -> list[str]:
    """Patterns amended so that ``.dockerignore`` and the Dockerfile are sent.

    The daemon reads both from the context, so when the patterns would leave
    them out, exceptions for them are appended (as the CLI does).

    Args:
        patterns: the ``.dockerignore`` patterns.
        dockerfile: the Dockerfile's context-relative path, or ``None`` when it
            is not inside the context.
    """
    result = list(patterns)
    matcher = PatternMatcher(result)
    if matcher.excludes(".dockerignore"):
        result.append("!.dockerignore")
    if dockerfile is not None:
        name = clean_path(dockerfile)
        if PatternMatcher(result).excludes(name):
            result.append("!" + name)
    return result
