"""Derives the sync sources from the async ones, token by token.

The rewrite keeps every line where it is, so a traceback through the sync
client points at the same line number as in the async source:

- ``async def`` / ``async with`` / ``async for`` lose ``async``; ``await x``
  becomes ``x``;
- names: ``AsyncX`` (and ``_AsyncX``) become ``X``: the project's own
  classes, httpcore's (``AsyncConnectionPool``, ``AsyncNetworkStream``,
  ``AsyncNetworkBackend``), ``typing``'s (``AsyncIterator``…), tenacity's
  ``AsyncRetrying``; ``_async`` becomes ``_sync`` (also as a suffix,
  ``resources_async``); the dunder and method names of :data:`NAME_MAP`
  (``__aenter__`` → ``__enter__``, ``aclose`` → ``close``,
  ``StopAsyncIteration`` → ``StopIteration`` …);
- strings and comments get the same renames, so docstrings name the sync
  classes;
- line 1 becomes a header saying the file is derived. An async module starts
  with a comment line for that purpose (``# Async source: …``); a module
  whose first line is code gets the header above it instead (its lines then
  shift by one).

Locks, sleeping and the ssh transport differ in more than names; they live in
``moby_client/_backends.py`` as hand-written pairs (``AsyncCompat`` /
``Compat``), which the ``AsyncX`` → ``X`` rule selects.
"""

from __future__ import annotations

import io
import re
import tokenize
from collections.abc import Callable
from pathlib import Path
from typing import Final

__all__ = ["NAME_MAP", "unasync_source", "render_sync_tree", "sync_path_for"]

NAME_MAP: Final[dict[str, str]] = {
    "__aenter__": "__enter__",
    "__aexit__": "__exit__",
    "__aiter__": "__iter__",
    "__anext__": "__next__",
    "StopAsyncIteration": "StopIteration",
    "aclose": "close",
    "aread": "read",
    "aiter": "iter",
    "anext": "next",
    "aiter_stream": "iter_stream",
    "aiter_bytes": "iter_bytes",
    "aiter_raw": "iter_raw",
    "aiter_lines": "iter_lines",
    "aiter_text": "iter_text",
    "handle_async_request": "handle_request",
    "asynccontextmanager": "contextmanager",
    "_async": "_sync",
}
"""Exact names renamed besides the ``Async`` prefix and ``_async`` suffix."""

_ASYNC_CLASS_RE: Final = re.compile(r"^(_*)Async([A-Z]\w*)$")
_ASYNC_SUFFIX_RE: Final = re.compile(r"^(\w+)_async$")
_TEXT_RULES: Final = (
    (re.compile(r"\b(_*)Async([A-Z]\w*)"), r"\1\2"),
    (re.compile(r"\bawait (?=\S)"), ""),
    (re.compile(r"\basync (def|with|for)\b"), r"\1"),
    (
        re.compile(r"\b(an? )?async (iterator|iterable|context manager|generator)"),
        lambda m: (
            (
                "an "
                if m.group(1) and m.group(2)[0] in "aeiou"
                else "a "
                if m.group(1)
                else ""
            )
            + m.group(2)
        ),
    ),
    (re.compile(r"(\w)_async\b"), r"\1_sync"),
    (re.compile(r"(?<![\w.])_async\b"), "_sync"),
    (
        re.compile(
            r"\b("
            + "|".join(
                re.escape(n)
                for n in sorted(NAME_MAP, key=len, reverse=True)
                if not n.startswith("_async")
            )
            + r")\b"
        ),
        lambda m: NAME_MAP[m.group(1)],
    ),
)
_HEADER: Final = "# Derived from {source} by codegen/unasync.py; do not edit."
_GENERIC_HEADER: Final = (
    "# Derived by codegen/unasync.py from its async source; do not edit."
)


def _rename(name: str) -> str:
    mapped = NAME_MAP.get(name)
    if mapped is not None:
        return mapped
    match = _ASYNC_CLASS_RE.match(name)
    if match is not None:
        return match.group(1) + match.group(2)
    match = _ASYNC_SUFFIX_RE.match(name)
    if match is not None:
        return match.group(1) + "_sync"
    return name


def _rewrite_text(text: str) -> str:
    for pattern, replacement in _TEXT_RULES:
        text = pattern.sub(replacement, text)
    return text


def _is_imported_name(tokens: list[tokenize.TokenInfo], index: int) -> bool:
    """Whether ``tokens[index]`` is a name bound by ``from … import`` (no
    alias, after ``import``)."""
    before = tokens[index - 1].string if index else ""
    after = tokens[index + 1].string if index + 1 < len(tokens) else ""
    return before in ("import", ",", "(") and after != "as" and after != "."


def _drop_import(
    tokens: list[tokenize.TokenInfo],
    index: int,
    lines: list[str],
    at: Callable[[tuple[int, int]], int],
) -> tuple[int, int, str]:
    """The edit removing a name imported twice after the renames (as in
    ``AsyncIterable, Iterable``), without joining or removing lines."""
    tok = tokens[index]
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is not None and after.string == ",":
        beyond = tokens[index + 2] if index + 2 < len(tokens) else None
        line = lines[tok.start[0] - 1]
        if beyond is not None and beyond.start[0] == after.end[0]:
            return at(tok.start), at(beyond.start), ""
        if not line[: tok.start[1]].strip():
            return at((tok.start[0], 0)), at(after.end), ""
        return at(tok.start), at(after.end), ""
    comma = tokens[index - 1]
    return at(comma.start), at(tok.end), ""


def unasync_source(text: str, source_path: str | None = None) -> str:
    """Rewrite one async module into its sync twin, line for line.

    Args:
        text: the async module's source.
        source_path: its path relative to the project root, named in the
            header (``moby_client/_async/client.py``).

    Returns:
        The sync module's source.
    """
    lines = text.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))

    def at(position: tuple[int, int]) -> int:
        row, col = position
        return offsets[row - 1] + col if row - 1 < len(offsets) else len(text)

    tokens = [
        tok
        for tok in tokenize.generate_tokens(io.StringIO(text).readline)
        if tok.type not in (tokenize.NL, tokenize.INDENT, tokenize.DEDENT)
    ]
    edits: list[tuple[int, int, str]] = []
    statement_start = True
    imported: set[str] | None = None  # names of the current ``from … import``
    for index, tok in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        starts_statement = statement_start
        if tok.type != tokenize.COMMENT:
            statement_start = False
        if tok.type in (tokenize.NEWLINE, tokenize.ENDMARKER):
            statement_start, imported = True, None
        elif tok.type == tokenize.NAME:
            if starts_statement and tok.string == "from":
                imported = set()
                continue
            if imported is not None and tok.string == "import":
                imported.clear()
                continue
            dropped = tok.string == "await" or (
                tok.string == "async"
                and following is not None
                and following.string in ("def", "with", "for")
            )
            if dropped and following is not None:
                edits.append((at(tok.start), at(following.start), ""))
                continue
            renamed = _rename(tok.string)
            if imported is not None and _is_imported_name(tokens, index):
                if renamed in imported:
                    edits.append(_drop_import(tokens, index, lines, at))
                    continue
                imported.add(renamed)
            if renamed != tok.string:
                edits.append((at(tok.start), at(tok.end), renamed))
        elif tok.type in (tokenize.STRING, tokenize.COMMENT):
            rewritten = _rewrite_text(tok.string)
            if rewritten != tok.string:
                edits.append((at(tok.start), at(tok.end), rewritten))

    pieces: list[str] = []
    cursor = 0
    for start, end, replacement in edits:
        pieces.append(text[cursor:start])
        pieces.append(replacement)
        cursor = end
    pieces.append(text[cursor:])
    result = "".join(pieces)

    header = _HEADER.format(source=source_path) if source_path else _GENERIC_HEADER
    if result.startswith("#"):
        first_end = result.find("\n")
        rest = "" if first_end < 0 else result[first_end:]
        return header + rest
    return header + "\n" + result


def sync_path_for(async_path: str) -> str:
    """``moby_client/_async/x.py`` → ``moby_client/_sync/x.py``."""
    prefix = "moby_client/_async/"
    if not async_path.startswith(prefix):
        raise ValueError(f"{async_path} is not under {prefix}")
    return "moby_client/_sync/" + async_path[len(prefix) :]


def render_sync_tree(project_root: Path) -> dict[str, str]:
    """Sync files (path relative to the project root → text), one per ``.py``
    file under ``moby_client/_async``."""
    root = Path(project_root)
    source_dir = root / "moby_client" / "_async"
    rendered: dict[str, str] = {}
    for source in sorted(source_dir.rglob("*.py")):
        if "__pycache__" in source.parts:
            continue
        relative = source.relative_to(root).as_posix()
        text = source.read_text(encoding="utf-8")
        rendered[sync_path_for(relative)] = unasync_source(text, relative)
    return rendered


def main() -> None:
    """Write (or with ``--check``, compare) the sync tree of this checkout."""
    import sys

    root = Path(__file__).resolve().parents[1]
    stale: list[str] = []
    for relative, text in render_sync_tree(root).items():
        target = root / relative
        current = target.read_text(encoding="utf-8") if target.is_file() else None
        if current == text:
            continue
        stale.append(relative)
        if "--check" not in sys.argv:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    for relative in stale:
        print(("stale: " if "--check" in sys.argv else "wrote: ") + relative)
    if stale and "--check" in sys.argv:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
