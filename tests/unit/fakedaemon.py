"""A tiny in-process HTTP daemon on a temporary unix socket, for client tests.

It records every request (method, path, headers, body) and answers through a
handler function, so tests can assert what went over the wire.
"""

from __future__ import annotations

import http.server
import os
import socketserver
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str | None = "application/json"
    delay: float = 0.0
    chunks: list[bytes] | None = None
    chunk_delay: float = 0.0


Handler = Callable[[Recorded], Reply]


def _ok(request: Recorded) -> Reply:
    if request.path.endswith("/_ping"):
        return Reply(body=b"OK", content_type="text/plain")
    if request.path.split("?")[0].endswith("s/json"):
        return Reply(body=b"[]")
    # Object answers of a real daemon always carry the object's Id.
    return Reply(body=b'{"Id": "0123456789ab"}')


class FakeDaemon:
    """Serves HTTP/1.1 with keep-alive on ``self.socket_path``."""

    def __init__(
        self,
        socket_path: str,
        *,
        api_version: str | None = "1.41",
        handler: Handler = _ok,
        ping_headers: dict[str, str] | None = None,
    ) -> None:
        self.socket_path = socket_path
        self.api_version = api_version
        self.handler = handler
        self.ping_headers = ping_headers or {}
        self.requests: list[Recorded] = []
        self._lock = threading.Lock()
        daemon = self

        class RequestHandler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                pass

            def _read_body(self) -> bytes:
                if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                    data = b""
                    while True:
                        size = int(self.rfile.readline().strip() or b"0", 16)
                        if size == 0:
                            self.rfile.readline()
                            return data
                        data += self.rfile.read(size)
                        self.rfile.readline()
                length = int(self.headers.get("Content-Length") or 0)
                return self.rfile.read(length) if length else b""

            def _serve(self) -> None:
                recorded = Recorded(
                    self.command,
                    self.path,
                    {k.lower(): v for k, v in self.headers.items()},
                    self._read_body(),
                )
                with daemon._lock:
                    daemon.requests.append(recorded)
                reply = daemon.handler(recorded)
                if reply.delay:
                    threading.Event().wait(reply.delay)
                self.send_response(reply.status)
                if daemon.api_version is not None:
                    self.send_header("Api-Version", daemon.api_version)
                if recorded.path.endswith("/_ping"):
                    for name, value in daemon.ping_headers.items():
                        self.send_header(name, value)
                if reply.content_type is not None:
                    self.send_header("Content-Type", reply.content_type)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                if reply.status == 101:
                    self.send_header("Connection", "Upgrade")
                    self.send_header("Upgrade", "tcp")
                    self.end_headers()
                    for chunk in reply.chunks or []:
                        self.wfile.write(chunk)
                    self.wfile.flush()
                    received = b""
                    while True:
                        data = self.connection.recv(65536)
                        if not data:
                            break
                        received += data
                    header = bytes([1, 0, 0, 0]) + len(received).to_bytes(4, "big")
                    try:
                        self.wfile.write(header + received)
                        self.wfile.flush()
                    except OSError:
                        pass
                    self.close_connection = True
                    return
                if reply.chunks is not None:
                    self.send_header("Transfer-Encoding", "chunked")
                    self.end_headers()
                    for chunk in reply.chunks:
                        if reply.chunk_delay:
                            threading.Event().wait(reply.chunk_delay)
                        self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                        self.wfile.flush()
                    self.wfile.write(b"0\r\n\r\n")
                    return
                if reply.status not in (101, 204, 304):
                    self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                if self.command != "HEAD" and reply.status not in (204, 304):
                    self.wfile.write(reply.body)

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _serve

        class Server(socketserver.ThreadingMixIn, socketserver.UnixStreamServer):
            daemon_threads = True

            def handle_error(self, request: object, client_address: object) -> None:
                pass  # a client that hung up early (timeout tests) is expected

        self._server = Server(socket_path, RequestHandler)
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.02,), daemon=True
        )

    @property
    def host(self) -> str:
        return "unix://" + self.socket_path

    def paths(self) -> list[str]:
        return [f"{r.method} {r.path}" for r in self.requests]

    def start(self) -> FakeDaemon:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@contextmanager
def fake_daemon(**kwargs: object) -> Iterator[FakeDaemon]:
    directory = tempfile.mkdtemp(prefix="moby-fake-")
    daemon = FakeDaemon(os.path.join(directory, "docker.sock"), **kwargs)  # type: ignore[arg-type]
    daemon.start()
    try:
        yield daemon
    finally:
        daemon.stop()
        os.unlink(daemon.socket_path)
        os.rmdir(directory)
