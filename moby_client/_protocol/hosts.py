"""Daemon addresses: parsing every ``DOCKER_HOST`` form into one shape.

Pure functions, no I/O. The accepted forms are:

- ``unix:///abs/path`` (a bare ``unix://`` means ``/var/run/docker.sock``) and
  an absolute path alone;
- ``tcp://host:port``, ``http://host:port`` (both plain HTTP unless TLS is
  configured) and ``https://host:port`` (always TLS); without a port, 2375 is
  used, or 2376 when TLS is on; a path after the port (``/prefix``) is kept
  and put in front of every request path; ``host:port`` alone means ``tcp://``;
- IPv6 literals in brackets: ``tcp://[::1]:2375``;
- ``ssh://[user@]host[:port]``, served by ``docker system dial-stdio`` on the
  remote side;
- ``npipe:////./pipe/docker_engine`` (Windows named pipe) and ``fd://``
  (socket activation); both parse, and the transport says why it cannot use
  them.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from typing import Final, Literal

from ..errors import InvalidHostError

__all__ = [
    "DEFAULT_UNIX_SOCKET",
    "DEFAULT_HOST",
    "DEFAULT_TCP_PORT",
    "DEFAULT_TLS_PORT",
    "UNIX_HOST_HEADER",
    "DaemonHost",
    "parse_host",
]

DEFAULT_UNIX_SOCKET: Final = "/var/run/docker.sock"
"""The daemon's socket when no address is configured (Linux and macOS)."""

DEFAULT_HOST: Final = "unix://" + DEFAULT_UNIX_SOCKET
"""The daemon address used when neither the caller nor the environment names one."""

DEFAULT_TCP_PORT: Final = 2375
"""Port of a plain TCP daemon address that names none."""

DEFAULT_TLS_PORT: Final = 2376
"""Port of a TLS daemon address that names none."""

UNIX_HOST_HEADER: Final = "api.moby.localhost"
"""The ``Host`` header sent over sockets and pipes, which have no host name."""

Scheme = Literal["unix", "tcp", "ssh", "npipe", "fd"]

_SCHEME_RE: Final = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://(.*)$", re.DOTALL)
_HOSTNAME_RE: Final = re.compile(
    r"^(?=.{1,253}$)[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?"
    r"(?:\.[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?)*\.?$"
)
_BASE_PATH_RE: Final = re.compile(r"[A-Za-z0-9._~!$&'()*+,;=:@%/-]*")
_SSH_USER_RE: Final = re.compile(r"^[A-Za-z0-9_.][A-Za-z0-9_.@-]*$")


@dataclass(frozen=True, slots=True)
class DaemonHost:
    """A parsed daemon address.

    Attributes:
        scheme: the transport: ``unix``, ``tcp``, ``ssh``, ``npipe`` or ``fd``.
        address: the original text, as given.
        path: the socket or pipe path (``unix``, ``npipe``), else ``""``.
        host: host name or IP address (``tcp``, ``ssh``), IPv6 without
            brackets, else ``""``.
        port: TCP port (``tcp``; ``ssh`` when the address names one, else
            the ssh client's own configuration decides), else ``None``.
        tls: the address itself asks for TLS (``https://``).
        base_path: path prefix put in front of every request path, without a
            trailing slash (``""`` when none).
        user: the ssh login name, if the address has one.
    """

    scheme: Scheme
    address: str
    path: str = ""
    host: str = ""
    port: int | None = None
    tls: bool = False
    base_path: str = ""
    user: str | None = None

    @property
    def host_header(self) -> str:
        """The ``Host`` header value for requests to this daemon."""
        if self.scheme != "tcp":
            return UNIX_HOST_HEADER
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"


def parse_host(address: str | None, *, tls: bool = False) -> DaemonHost:
    """Parse a daemon address (any ``DOCKER_HOST`` form).

    Args:
        address: the address; ``None`` or blank means :data:`DEFAULT_HOST`.
        tls: TLS is configured for this daemon; it picks the default port
            2376 instead of 2375 for a TCP address that names no port.

    Returns:
        The parsed address.

    Raises:
        InvalidHostError: the address cannot be used; the message names the
            part that is wrong.
    """
    text = (address or "").strip()
    if not text:
        text = DEFAULT_HOST
    if text.startswith("/"):
        return _parse_unix(text, text)
    match = _SCHEME_RE.match(text)
    if match is None:
        if "://" in text or text.startswith(":/"):
            raise InvalidHostError(f"invalid daemon address {text!r}: bad scheme")
        return _parse_tcp(text, text, tls=tls, force_tls=False)
    scheme, rest = match.group(1).lower(), match.group(2)
    if scheme == "unix":
        return _parse_unix(text, rest or DEFAULT_UNIX_SOCKET)
    if scheme in ("tcp", "http"):
        return _parse_tcp(text, rest, tls=tls, force_tls=False)
    if scheme == "https":
        return _parse_tcp(text, rest, tls=True, force_tls=True)
    if scheme == "ssh":
        return _parse_ssh(text, rest)
    if scheme == "npipe":
        return _parse_npipe(text, rest)
    if scheme == "fd":
        return DaemonHost(scheme="fd", address=text, path=rest)
    raise InvalidHostError(
        f"invalid daemon address {text!r}: unknown scheme {scheme!r} "
        "(expected unix, tcp, http, https, ssh, npipe or fd)"
    )


def _reject_query(address: str, rest: str) -> None:
    for mark, what in (("?", "query"), ("#", "fragment")):
        if mark in rest:
            raise InvalidHostError(
                f"invalid daemon address {address!r}: a {what} "
                f"({rest[rest.index(mark) :]!r}) is not allowed"
            )


def _parse_unix(address: str, path: str) -> DaemonHost:
    _reject_query(address, path)
    if not path.startswith("/"):
        raise InvalidHostError(
            f"invalid daemon address {address!r}: the socket path {path!r} "
            "must be absolute (unix:///path/to/docker.sock)"
        )
    if "\x00" in path:
        raise InvalidHostError(
            f"invalid daemon address {address!r}: NUL in the socket path"
        )
    return DaemonHost(scheme="unix", address=address, path=path)


def _parse_npipe(address: str, path: str) -> DaemonHost:
    _reject_query(address, path)
    if not path:
        raise InvalidHostError(
            f"invalid daemon address {address!r}: the pipe path is missing "
            "(npipe:////./pipe/docker_engine)"
        )
    return DaemonHost(scheme="npipe", address=address, path=path)


def _split_host_port(address: str, hostport: str) -> tuple[str, str | None]:
    """Split ``host[:port]``; IPv6 literals must be in brackets."""
    if hostport.startswith("["):
        end = hostport.find("]")
        if end < 0:
            raise InvalidHostError(
                f"invalid daemon address {address!r}: unclosed '[' in {hostport!r}"
            )
        host, tail = hostport[1:end], hostport[end + 1 :]
        try:
            ipaddress.IPv6Address(host.split("%", 1)[0])
        except ValueError:
            raise InvalidHostError(
                f"invalid daemon address {address!r}: {host!r} in brackets is "
                "not an IPv6 address"
            ) from None
        if not tail:
            return host, None
        if not tail.startswith(":"):
            raise InvalidHostError(
                f"invalid daemon address {address!r}: unexpected {tail!r} "
                "after the IPv6 address"
            )
        return host, tail[1:]
    if hostport.count(":") > 1:
        raise InvalidHostError(
            f"invalid daemon address {address!r}: {hostport!r} looks like an "
            "IPv6 address; put it in brackets ([::1]:2375)"
        )
    host, sep, port = hostport.partition(":")
    return host, (port if sep else None)


def _check_hostname(address: str, host: str) -> None:
    if ":" in host:
        return
    if not _HOSTNAME_RE.fullmatch(host):
        raise InvalidHostError(
            f"invalid daemon address {address!r}: bad host name {host!r}"
        )


def _parse_port(address: str, port: str) -> int:
    if not (port.isascii() and port.isdigit()) or not 0 < int(port) < 65536:
        raise InvalidHostError(
            f"invalid daemon address {address!r}: bad port {port!r} "
            "(expected a number from 1 to 65535)"
        )
    return int(port)


def _parse_tcp(address: str, rest: str, *, tls: bool, force_tls: bool) -> DaemonHost:
    _reject_query(address, rest)
    hostport, slash, base = rest.partition("/")
    if "@" in hostport:
        raise InvalidHostError(
            f"invalid daemon address {address!r}: a user name is only allowed "
            "in ssh:// addresses"
        )
    host, port_text = _split_host_port(address, hostport)
    if not host:
        # ":2375" and "tcp://:2375" mean the local machine, as the Docker CLI has it.
        if port_text is None:
            raise InvalidHostError(
                f"invalid daemon address {address!r}: the host is missing"
            )
        host = "127.0.0.1"
    _check_hostname(address, host)
    if port_text is None or port_text == "":
        if port_text == "":
            raise InvalidHostError(
                f"invalid daemon address {address!r}: empty port after ':'"
            )
        port = DEFAULT_TLS_PORT if tls else DEFAULT_TCP_PORT
    else:
        port = _parse_port(address, port_text)
    base_path = ("/" + base).rstrip("/") if slash else ""
    if not _BASE_PATH_RE.fullmatch(base_path):
        raise InvalidHostError(
            f"invalid daemon address {address!r}: the path {base_path!r} may "
            "hold only URL path characters (percent-encode others)"
        )
    return DaemonHost(
        scheme="tcp",
        address=address,
        host=host,
        port=port,
        tls=force_tls,
        base_path=base_path,
    )


def _parse_ssh(address: str, rest: str) -> DaemonHost:
    _reject_query(address, rest)
    hostport, slash, extra = rest.partition("/")
    if slash and extra:
        raise InvalidHostError(
            f"invalid daemon address {address!r}: an ssh:// address takes no "
            f"path ({'/' + extra!r})"
        )
    user: str | None = None
    if "@" in hostport:
        user, _, hostport = hostport.rpartition("@")
        if ":" in user:
            raise InvalidHostError(
                f"invalid daemon address {address!r}: passwords are not "
                "accepted in ssh:// addresses; use an ssh key or agent"
            )
        if not _SSH_USER_RE.fullmatch(user):
            raise InvalidHostError(
                f"invalid daemon address {address!r}: bad ssh user {user!r}"
            )
    host, port_text = _split_host_port(address, hostport)
    if not host:
        raise InvalidHostError(
            f"invalid daemon address {address!r}: the host is missing"
        )
    if host.startswith("-"):
        raise InvalidHostError(
            f"invalid daemon address {address!r}: a host may not start with '-'"
        )
    _check_hostname(address, host)
    if port_text == "":
        raise InvalidHostError(
            f"invalid daemon address {address!r}: empty port after ':'"
        )
    port = None if port_text is None else _parse_port(address, port_text)
    return DaemonHost(scheme="ssh", address=address, host=host, port=port, user=user)
