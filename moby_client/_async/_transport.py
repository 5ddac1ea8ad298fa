# Async source: moby_client/_sync/_transport.py is derived from it.
"""Connection pools for each kind of daemon address, and connect errors.

- ``unix://``: the client's own pool (:mod:`._pool`) on the socket
  (``Host: api.moby.localhost``);
- ``tcp://``, ``http://``, ``https://``: TCP; plain and direct through the
  client's own pool, with TLS or through the proxy of ``HTTP_PROXY`` /
  ``HTTPS_PROXY`` (unless ``NO_PROXY`` exempts the daemon) through httpcore's;
- ``ssh://``: each connection is an ``ssh … docker system dial-stdio`` process;
- ``npipe://`` and ``fd://`` are refused with the reason.
"""

from __future__ import annotations

import errno
import ssl
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

import httpcore

from .._backends import AsyncCompat, AsyncSSHBackend
from .._config import TLSConfig
from .._protocol.hosts import DaemonHost
from ..errors import DaemonUnreachableError, InvalidHostError
from ._http11 import AsyncDaemonConnection
from ._pool import AsyncConnector, AsyncDaemonPool

__all__ = [
    "DEFAULT_MAX_CONNECTIONS",
    "AnyAsyncPool",
    "Origin",
    "open_pool",
    "unreachable_error",
]

DEFAULT_MAX_CONNECTIONS: Final = 64
"""Connections a client keeps to one daemon at most (streams hold one each)."""

KEEPALIVE_EXPIRY: Final = 30.0
"""Seconds an idle connection is kept for reuse."""


@dataclass(frozen=True, slots=True)
class Origin:
    """Where requests go: the URL's scheme, host, port and path prefix."""

    scheme: bytes
    host: bytes
    port: int | None
    host_header: bytes
    base_path: str


def origin_of(host: DaemonHost, tls: TLSConfig | None) -> Origin:
    """The request origin for a daemon address."""
    if host.scheme == "tcp":
        secure = host.tls or tls is not None
        return Origin(
            scheme=b"https" if secure else b"http",
            host=host.host.encode("ascii"),
            port=host.port,
            host_header=host.host_header.encode("ascii"),
            base_path=host.base_path,
        )
    header = host.host_header.encode("ascii")
    return Origin(b"http", header, None, header, host.base_path)


def _bypasses_proxy(host: DaemonHost, no_proxy: str) -> bool:
    """``NO_PROXY`` matching: ``*``, exact names, domain suffixes, ``host:port``."""
    name = host.host.lower()
    for entry in no_proxy.replace(" ", "").lower().split(","):
        if not entry:
            continue
        if entry == "*":
            return True
        entry_host, _, entry_port = (
            entry.rpartition(":") if (entry.count(":") == 1) else (entry, "", "")
        )
        if entry_port and entry_port != str(host.port):
            continue
        entry_host = entry_host.strip("[]").lstrip(".")
        if name == entry_host or name.endswith("." + entry_host):
            return True
    return False


def _proxy_for(host: DaemonHost, secure: bool) -> httpcore.Proxy | None:
    import urllib.request  # only TCP daemons can be behind a proxy

    proxies = urllib.request.getproxies_environment()
    url = proxies.get("https" if secure else "http")
    if not url or _bypasses_proxy(host, proxies.get("no", "")):
        return None
    return httpcore.Proxy(url)


AnyAsyncPool = AsyncDaemonPool | httpcore.AsyncConnectionPool
"""A pool of either kind: both take ``handle_async_request`` and ``aclose``."""


def _connector(uds: str | None) -> AsyncConnector:
    """Connections on the unix socket at ``uds``, or over TCP if ``None``."""
    backend = AsyncCompat.network_backend()

    def connect(origin: httpcore.Origin) -> httpcore.AsyncHTTPConnection:
        return AsyncDaemonConnection(
            origin,
            uds=uds,
            keepalive_expiry=KEEPALIVE_EXPIRY,
            network_backend=backend,
        )

    return connect


def _own_pool(uds: str | None, max_connections: int) -> AsyncDaemonPool:
    return AsyncDaemonPool(
        _connector(uds),
        max_connections=max_connections,
        keepalive_expiry=KEEPALIVE_EXPIRY,
    )


def open_pool(
    host: DaemonHost,
    tls: TLSConfig | None,
    *,
    max_connections: int = DEFAULT_MAX_CONNECTIONS,
    ssh_options: Sequence[str] = (),
) -> AnyAsyncPool:
    """A connection pool to the daemon at ``host``.

    ``ssh_options`` are extra arguments of the ``ssh`` command for
    ``ssh://`` addresses.

    Raises:
        InvalidHostError: the address's transport cannot be used here.
    """
    if host.scheme == "unix":
        return _own_pool(host.path, max_connections)
    if host.scheme == "tcp":
        secure = host.tls or tls is not None
        proxy = _proxy_for(host, secure)
        if not secure and proxy is None:
            return _own_pool(None, max_connections)
        context: ssl.SSLContext | None = None
        if secure:
            context = (tls or TLSConfig()).ssl_context()
        return httpcore.AsyncConnectionPool(
            ssl_context=context,
            proxy=proxy,
            max_connections=max_connections,
            keepalive_expiry=KEEPALIVE_EXPIRY,
        )
    if host.scheme == "ssh":
        return httpcore.AsyncConnectionPool(
            network_backend=AsyncSSHBackend(host, ssh_options),
            max_connections=max_connections,
            keepalive_expiry=KEEPALIVE_EXPIRY,
        )
    if host.scheme == "npipe":
        where = "Windows" if sys.platform == "win32" else "this platform"
        raise InvalidHostError(
            f"{host.address}: named pipes are not supported on {where} by this "
            "SDK; use a tcp:// or ssh:// address"
        )
    raise InvalidHostError(
        f"{host.address}: fd:// addresses are sockets handed over by systemd "
        "to the daemon itself; a client cannot connect to them, use "
        "unix:///var/run/docker.sock or tcp://"
    )


def _os_error(exc: BaseException) -> OSError | None:
    """The most specific ``OSError`` behind ``exc`` (one with an errno if any),
    looking through causes and exception groups."""
    seen: set[int] = set()
    pending: list[BaseException] = [exc]
    fallback: OSError | None = None
    while pending:
        current = pending.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, OSError):
            if current.errno is not None or isinstance(current, ssl.SSLError):
                return current
            fallback = fallback or current
        pending.extend(getattr(current, "exceptions", ()))
        for linked in (current.__cause__, current.__context__):
            if linked is not None:
                pending.append(linked)
    return fallback


def unreachable_error(exc: Exception, host: DaemonHost) -> DaemonUnreachableError:
    """A :class:`DaemonUnreachableError` naming the likely cause of ``exc``."""
    cause = _os_error(exc)
    text = str(exc) or type(exc).__name__
    if host.scheme == "ssh":
        reason = f"ssh failed: {text}"
    elif isinstance(cause, ssl.SSLError):
        reason = f"TLS handshake failed: {cause.reason or cause}"
    elif isinstance(exc, httpcore.ConnectTimeout):
        reason = "the connection timed out"
    elif cause is not None and cause.errno == errno.ENOENT and host.scheme == "unix":
        reason = f"the socket {host.path} does not exist (is the daemon running?)"
    elif cause is not None and cause.errno in (errno.EACCES, errno.EPERM):
        reason = (
            f"permission denied on {host.path or host.address} (the user needs "
            "access to the daemon's socket, e.g. membership in its group)"
        )
    elif cause is not None and cause.errno == errno.ECONNREFUSED:
        reason = "connection refused (is the daemon running and listening there?)"
    elif isinstance(exc, httpcore.RemoteProtocolError):
        reason = f"the connection closed before a response: {text}"
    else:
        reason = text
    return DaemonUnreachableError(host.address, reason)
