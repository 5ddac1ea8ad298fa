"""The async → sync rewrite: snippets, line mapping, and the checked-in tree."""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen.unasync import render_sync_tree, sync_path_for, unasync_source

ROOT = Path(__file__).resolve().parents[2]


def body(text: str) -> str:
    """The rewrite of ``text`` without its header line."""
    return unasync_source("# async source\n" + text).split("\n", 1)[1]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("async def f(): ...\n", "def f(): ...\n"),
        ("x = await g()\n", "x = g()\n"),
        ("y = (await  g()).value\n", "y = (g()).value\n"),
        ("async with lock:\n    pass\n", "with lock:\n    pass\n"),
        ("async for x in it:\n    pass\n", "for x in it:\n    pass\n"),
        ("[x async for x in it]\n", "[x for x in it]\n"),
        ("class C(AsyncResource): ...\n", "class C(Resource): ...\n"),
        ("p = httpcore.AsyncConnectionPool()\n", "p = httpcore.ConnectionPool()\n"),
        ("s: httpcore.AsyncNetworkStream\n", "s: httpcore.NetworkStream\n"),
        ("b: httpcore.AsyncNetworkBackend\n", "b: httpcore.NetworkBackend\n"),
        ("class _AsyncBody: ...\n", "class _Body: ...\n"),
        ("def __aenter__(self): ...\n", "def __enter__(self): ...\n"),
        ("def __aexit__(self): ...\n", "def __exit__(self): ...\n"),
        ("def __aiter__(self): ...\n", "def __iter__(self): ...\n"),
        ("def __anext__(self): ...\n", "def __next__(self): ...\n"),
        ("raise StopAsyncIteration\n", "raise StopIteration\n"),
        ("await r.aclose()\n", "r.close()\n"),
        ("data = await r.aread()\n", "data = r.read()\n"),
        ("it = r.aiter_stream()\n", "it = r.iter_stream()\n"),
        ("await pool.handle_async_request(q)\n", "pool.handle_request(q)\n"),
        ("from .._async.client import X\n", "from .._sync.client import X\n"),
        (
            "from ._generated.resources_async import A\n",
            "from ._generated.resources_sync import A\n",
        ),
        ("AsyncCompat.lock()\n", "Compat.lock()\n"),
        ("r = tenacity.AsyncRetrying()\n", "r = tenacity.Retrying()\n"),
        ("x: AsyncIterator[bytes]\n", "x: Iterator[bytes]\n"),
        (
            "'''Use AsyncMobyClient: await c.negotiate()'''\n",
            "'''Use MobyClient: c.negotiate()'''\n",
        ),
        ("# an async iterator of bytes\n", "# an iterator of bytes\n"),
        ("'see moby_client/_async/x.py'\n", "'see moby_client/_sync/x.py'\n"),
        ("hasattr(b, '__aiter__')\n", "hasattr(b, '__iter__')\n"),
        (
            "from collections.abc import AsyncIterable, Iterable, Mapping\n",
            "from collections.abc import Iterable, Mapping\n",
        ),
        (
            "from typing import Iterable, AsyncIterable\n",
            "from typing import Iterable\n",
        ),
        (
            "from a import (\n    AsyncIterator,\n    Iterator,\n    X,\n)\n",
            "from a import (\n    Iterator,\n\n    X,\n)\n",
        ),
        ("from a import AsyncX as Y, X\n", "from a import X as Y, X\n"),
        (
            "import httpcore\nx = httpcore.AsyncConnectionPool\n",
            "import httpcore\nx = httpcore.ConnectionPool\n",
        ),
    ],
)
def test_snippets(source: str, expected: str) -> None:
    assert body(source) == expected


@pytest.mark.parametrize(
    "source",
    [
        "asyncio = 1\n",
        "Asynchronous = 2\n",
        "async_mode = True\n",
        "def async_helper(): ...\n",
        "'awaiting the daemon'\n",
        "closer.aclosed = 1\n",
    ],
)
def test_lookalikes_are_left_alone(source: str) -> None:
    assert body(source) == source


def test_header_replaces_the_first_comment_line() -> None:
    text = "# Async source\n'''Doc.'''\nasync def f():\n    await g()\n"
    out = unasync_source(text, "moby_client/_async/x.py")
    assert out.splitlines() == [
        "# Derived from moby_client/_async/x.py by codegen/unasync.py; do not edit.",
        "'''Doc.'''",
        "def f():",
        "    g()",
    ]


def test_header_is_added_above_code_without_a_comment_line() -> None:
    out = unasync_source("x = 1\n")
    assert out.splitlines()[0].startswith("# Derived")
    assert out.splitlines()[1] == "x = 1"


def test_multiline_strings_keep_their_lines() -> None:
    text = '# c\nx = """\nAsyncMobyClient\nawait it\n"""\n'
    out = unasync_source(text)
    assert out.count("\n") == text.count("\n")
    assert "MobyClient\nit\n" in out


def test_sync_path_for() -> None:
    assert sync_path_for("moby_client/_async/a/b.py") == "moby_client/_sync/a/b.py"
    with pytest.raises(ValueError):
        sync_path_for("moby_client/x.py")


def test_every_async_module_maps_line_for_line() -> None:
    rendered = render_sync_tree(ROOT)
    assert "moby_client/_sync/client.py" in rendered
    assert "moby_client/_sync/_base_client.py" in rendered
    for sync_path, text in rendered.items():
        source = (ROOT / sync_path.replace("/_sync/", "/_async/", 1)).read_text()
        shift = 0 if source.startswith("#") else 1
        assert text.count("\n") == source.count("\n") + shift, sync_path
        compile(text, sync_path, "exec")


def test_checked_in_sync_tree_is_current() -> None:
    rendered = render_sync_tree(ROOT)
    stale = [
        path
        for path, text in rendered.items()
        if not (ROOT / path).is_file() or (ROOT / path).read_text() != text
    ]
    assert stale == [], "run the sync rewrite (python -m codegen) again"
