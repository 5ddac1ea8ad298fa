"""The types the clients return for streamed and collected output.

Import them from here (or from :mod:`moby_client`) to annotate your own code:

- :class:`Frame`: one piece of container output (``stream``, ``data``,
  ``timestamp``), yielded by logs, attach and exec sessions;
- :class:`FrameStream` / :class:`AsyncFrameStream`: ``containers.logs`` and
  other multiplexed or raw output;
- :class:`JSONStream` / :class:`AsyncJSONStream`: progress and event streams
  (``images.pull_stream``, ``system.events``, ``containers.stats``);
- :class:`ByteStream` / :class:`AsyncByteStream`: tar archives and other bytes
  (``images.save``, ``containers.archive``); its ``stat`` is a
  :class:`PathStat`;
- :class:`HijackedSession` / :class:`AsyncHijackedSession`: attach and exec
  sessions with stdin;
- :class:`ExecResult` and :class:`ContainerRunResult`: what ``exec.run`` and
  ``containers.run`` collected.

``docs/streams.md`` shows how to use each of them.
"""

from __future__ import annotations

from ._async.streams import (
    AsyncByteStream,
    AsyncFrameStream,
    AsyncHijackedSession,
    AsyncJSONStream,
)
from ._protocol.archive import PathStat
from ._results import ContainerRunResult, ExecResult, Frame
from ._sync.streams import ByteStream, FrameStream, HijackedSession, JSONStream

__all__ = [
    "AsyncByteStream",
    "AsyncFrameStream",
    "AsyncHijackedSession",
    "AsyncJSONStream",
    "ByteStream",
    "ContainerRunResult",
    "ExecResult",
    "Frame",
    "FrameStream",
    "HijackedSession",
    "JSONStream",
    "PathStat",
]
