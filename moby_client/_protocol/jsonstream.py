"""Decoder of streamed JSON documents (progress, events, stats), no I/O.

The daemon streams one JSON object after another: newline-delimited
(``application/json``, ``application/x-ndjson``, ``application/jsonl``), or as
JSON text sequences (``application/json-seq``, RFC 7464), where each record
starts with the record separator 0x1E. :class:`JSONStreamDecoder` accepts all
of these: LF, CRLF and RS all end a record, blank records are skipped, and
several documents on one line are split apart. In a stream announced as
``application/json-seq`` a line that does not hold a whole document yet is
kept until the next RS, so that a document of a JSON text sequence may span
lines.

Progress streams (pull, push, build, load, import) report failures as an object
with ``error`` or ``errorDetail``; the decoder turns the first one into a
:class:`~moby_client.errors.ProgressError` after every object before it was
handed back.
"""

from __future__ import annotations

import json
from typing import Any, Final

from ..errors import ProgressError, StreamError

__all__ = [
    "JSONStreamDecoder",
    "JSON_STREAM_CONTENT_TYPES",
    "DEFAULT_MAX_DOCUMENT",
    "progress_error",
]

JSON_STREAM_CONTENT_TYPES: Final = frozenset(
    {
        "application/json",
        "application/json-seq",
        "application/x-ndjson",
        "application/jsonl",
        "text/plain",
    }
)
"""Content types the daemon uses for streamed JSON (``text/plain`` on old
daemons for some progress streams)."""

DEFAULT_MAX_DOCUMENT: Final = 64 * 1024 * 1024
"""Largest single document held while waiting for its end."""

_RECORD_ENDS: Final = (b"\n", b"\x1e")
_BLANKS: Final = b" \t\r\n\x1e"


def progress_error(document: object) -> ProgressError | None:
    """The error a progress object reports, or ``None`` if it reports none."""
    if not isinstance(document, dict):
        return None
    detail = document.get("errorDetail")
    message = document.get("error")
    if not message and not detail:
        return None
    detail_map: dict[str, object] = detail if isinstance(detail, dict) else {}
    if not message:
        message = detail_map.get("message") or json.dumps(detail)
    return ProgressError(str(message), detail_map)


class JSONStreamDecoder:
    """Turns bytes of a JSON stream into parsed documents.

    Args:
        content_type: the response's Content-Type; with
            ``application/json-seq`` a document may span lines.
        check_progress: turn progress objects carrying ``error`` or
            ``errorDetail`` into :class:`~moby_client.errors.ProgressError`.
        max_document: largest document held back while its end is missing.

    A failure is kept in :attr:`error` once the documents before it were
    returned; every later :meth:`feed` or :meth:`end` raises it.
    """

    def __init__(
        self,
        *,
        content_type: str | None = None,
        check_progress: bool = True,
        max_document: int = DEFAULT_MAX_DOCUMENT,
    ) -> None:
        self.content_type = (
            content_type.split(";", 1)[0].strip().lower() if content_type else None
        )
        self.check_progress = check_progress
        self.max_document = max_document
        self.error: StreamError | None = None
        self._buffer = bytearray()
        self._scanned = 0
        self._decoder = json.JSONDecoder()
        self._sequence = self.content_type == "application/json-seq"

    def feed(self, data: bytes) -> list[Any]:
        """Decode the next bytes; returns the documents they complete."""
        if self.error is not None:
            raise self.error
        self._buffer += data
        documents: list[Any] = []
        while self.error is None:
            end = self._next_record_end()
            if end < 0:
                break
            record = bytes(self._buffer[:end])
            at_line_end = self._buffer[end] == 0x0A
            if self._sequence and at_line_end and not self._complete(record):
                self._scanned = end + 1
                continue
            del self._buffer[: end + 1]
            self._scanned = 0
            self._decode_record(record, documents)
        if self.error is None and len(self._buffer) > self.max_document:
            self.error = StreamError(
                f"a streamed JSON document exceeds {self.max_document} bytes"
            )
        return documents

    def _complete(self, record: bytes) -> bool:
        try:
            json.loads(record.strip(_BLANKS) or b"null")
        except ValueError:
            return False
        return True

    def end(self) -> list[Any]:
        """Declare the end of the bytes; returns a last document without a
        trailing newline, raises if the stream stopped inside one."""
        if self.error is not None:
            raise self.error
        record = bytes(self._buffer)
        self._buffer.clear()
        self._scanned = 0
        documents: list[Any] = []
        self._decode_record(record, documents, at_end=True)
        return documents

    def _next_record_end(self) -> int:
        start = self._scanned
        ends = [self._buffer.find(mark, start) for mark in _RECORD_ENDS]
        found = [end for end in ends if end >= 0]
        if not found:
            self._scanned = len(self._buffer)
            return -1
        return min(found)

    def _decode_record(
        self, record: bytes, documents: list[Any], *, at_end: bool = False
    ) -> None:
        text = record.strip(_BLANKS)
        if not text:
            return
        try:
            decoded = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            self.error = StreamError(f"streamed JSON is not UTF-8: {exc}")
            return
        position = 0
        while position < len(decoded):
            try:
                document, position = self._decoder.raw_decode(decoded, position)
            except json.JSONDecodeError as exc:
                where = "ended inside a document" if at_end else "is malformed"
                self.error = StreamError(
                    f"streamed JSON {where}: {exc.msg} in {decoded[:200]!r}"
                )
                return
            if self.check_progress:
                failure = progress_error(document)
                if failure is not None:
                    self.error = failure
                    return
            documents.append(document)
            while position < len(decoded) and decoded[position] in " \t\r":
                position += 1
