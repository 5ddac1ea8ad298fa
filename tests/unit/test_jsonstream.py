"""The streamed-JSON decoder, fed scripted bytes split at every position."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moby_client._protocol.jsonstream import JSONStreamDecoder, progress_error
from moby_client.errors import ProgressError, StreamError

DOCUMENTS: list[Any] = [
    {"status": "Pulling fs layer", "id": "abc"},
    {"stream": "Step 1/2 : FROM busybox:local\n"},
    {"Type": "container", "Action": "start", "time": 1700000000},
    {"nested": {"a": [1, 2, {"b": "é"}]}},
]
NDJSON = b"".join(
    line + sep
    for line, sep in zip(
        [
            b'{"status":"Pulling fs layer","id":"abc"}',
            b'{"stream":"Step 1/2 : FROM busybox:local\\n"}',
            b'{"Type":"container","Action":"start","time":1700000000}',
            '{"nested": {"a": [1, 2, {"b": "é"}]}}'.encode(),
        ],
        [b"\n", b"\r\n", b"\n\n\r\n", b"\n"],
        strict=True,
    )
)
JSON_SEQ = b"".join(
    b"\x1e" + line + b"\n" for line in NDJSON.replace(b"\r", b"").split(b"\n") if line
)


def decode(chunks: list[bytes], content_type: str | None = None) -> list[Any]:
    decoder = JSONStreamDecoder(content_type=content_type)
    out: list[Any] = []
    for chunk in chunks:
        out.extend(decoder.feed(chunk))
        if decoder.error:
            raise decoder.error
    out.extend(decoder.end())
    if decoder.error:
        raise decoder.error
    return out


def splits_at(data: bytes, *cuts: int) -> list[bytes]:
    bounds = [0, *sorted(cuts), len(data)]
    return [data[a:b] for a, b in itertools.pairwise(bounds)]


@pytest.mark.parametrize("cut", range(len(NDJSON) + 1))
def test_ndjson_every_split(cut: int) -> None:
    assert decode(splits_at(NDJSON, cut), "application/x-ndjson") == DOCUMENTS


@pytest.mark.parametrize("cut", range(len(JSON_SEQ) + 1))
def test_json_seq_every_split(cut: int) -> None:
    assert decode(splits_at(JSON_SEQ, cut), "application/json-seq") == DOCUMENTS


@pytest.mark.parametrize(
    "content_type",
    [None, "application/json", "application/jsonl", "application/json-seq"],
)
@given(cuts=st.lists(st.integers(0, len(NDJSON)), max_size=10))
def test_random_splits_any_content_type(
    content_type: str | None, cuts: list[int]
) -> None:
    assert decode(splits_at(NDJSON, *cuts), content_type) == DOCUMENTS
    assert decode(splits_at(JSON_SEQ, *cuts), content_type) == DOCUMENTS


def test_documents_are_delivered_as_soon_as_their_line_ends() -> None:
    decoder = JSONStreamDecoder(content_type="application/json-seq")
    assert decoder.feed(b'\x1e{"a":1}\n') == [{"a": 1}]
    decoder = JSONStreamDecoder(content_type="application/json")
    assert decoder.feed(b'{"a":1}\n{"b"') == [{"a": 1}]
    assert decoder.feed(b":2}\n") == [{"b": 2}]


def test_json_seq_document_spanning_lines() -> None:
    wire = b'\x1e{\n "a": 1\n}\n\x1e{"b": 2}\n'
    assert decode([wire], "application/json-seq") == [{"a": 1}, {"b": 2}]


def test_several_documents_on_one_line() -> None:
    assert decode([b'{"a":1}{"b":2} {"c":3}\n']) == [{"a": 1}, {"b": 2}, {"c": 3}]


def test_last_document_without_newline() -> None:
    assert decode([b'{"a":1}\n{"b":2}']) == [{"a": 1}, {"b": 2}]


@pytest.mark.parametrize("cut", range(1, 11))
def test_truncated_final_document(cut: int) -> None:
    wire = b'{"a":1}\n{"b":[1,2]}'
    decoder = JSONStreamDecoder()
    assert decoder.feed(wire[: 8 + cut]) == [{"a": 1}]
    assert decoder.end() == []
    assert isinstance(decoder.error, StreamError)
    assert "ended inside a document" in str(decoder.error)


def test_malformed_line() -> None:
    decoder = JSONStreamDecoder()
    assert decoder.feed(b'{"a":1}\nnot json\n{"b":2}\n') == [{"a": 1}]
    assert isinstance(decoder.error, StreamError)
    with pytest.raises(StreamError, match="malformed"):
        decoder.feed(b"")


PULL_FAILURE = (
    b'{"status":"Pulling from library/nope"}\n'
    b'{"status":"Waiting","id":"1"}\n'
    b'{"errorDetail":{"message":"manifest unknown"},"error":"manifest unknown"}\n'
    b'{"status":"never seen"}\n'
)


@pytest.mark.parametrize("cut", range(len(PULL_FAILURE) + 1))
def test_progress_error_after_earlier_documents(cut: int) -> None:
    decoder = JSONStreamDecoder()
    seen: list[Any] = []
    with pytest.raises(ProgressError) as caught:
        for chunk in splits_at(PULL_FAILURE, cut):
            seen.extend(decoder.feed(chunk))
            if decoder.error:
                raise decoder.error
    assert caught.value.message == "manifest unknown"
    assert caught.value.detail == {"message": "manifest unknown"}
    assert seen == [
        {"status": "Pulling from library/nope"},
        {"status": "Waiting", "id": "1"},
    ]


def test_progress_error_from_detail_only() -> None:
    error = progress_error({"errorDetail": {"code": 1, "message": "no space"}})
    assert error is not None and error.message == "no space"
    assert progress_error({"status": "ok", "error": ""}) is None
    assert progress_error(["error"]) is None


def test_progress_check_can_be_turned_off() -> None:
    decoder = JSONStreamDecoder(check_progress=False)
    assert decoder.feed(b'{"error":"x"}\n') == [{"error": "x"}]
    assert decoder.error is None


def test_document_size_is_bounded() -> None:
    decoder = JSONStreamDecoder(max_document=100)
    decoder.feed(b'{"a":"' + b"x" * 200)
    assert isinstance(decoder.error, StreamError)
    assert "exceeds 100 bytes" in str(decoder.error)


def test_scanning_is_not_quadratic() -> None:
    decoder = JSONStreamDecoder()
    body = b'{"a":"' + b"y" * 2_000_000 + b'"}\n'
    out: list[Any] = []
    for start in range(0, len(body), 100):
        out.extend(decoder.feed(body[start : start + 100]))
    assert len(out) == 1 and len(out[0]["a"]) == 2_000_000
