"""Client settings: timeouts, TLS, and reading them from the environment.

:func:`resolve_environment` follows the Docker CLI's order of precedence:

1. ``DOCKER_HOST``;
2. else the context named by ``DOCKER_CONTEXT``;
3. else ``currentContext`` of ``config.json`` in ``DOCKER_CONFIG``
   (default ``~/.docker``);
4. else the default socket ``unix:///var/run/docker.sock``.

A context is read from the CLI's context store: ``contexts/meta/<sha256 of the
name>/meta.json`` (``Endpoints.docker.Host`` and ``SkipTLSVerify``), with TLS
files in ``contexts/tls/<sha256 of the name>/docker/{ca,cert,key}.pem``. The
context ``default`` is the default socket.

TLS for an address from ``DOCKER_HOST`` comes from ``DOCKER_CERT_PATH``
(``ca.pem``, ``cert.pem``, ``key.pem``) and ``DOCKER_TLS_VERIFY`` (non-empty:
verify the daemon's certificate). ``DOCKER_API_VERSION`` pins the API version
and turns negotiation off.
"""

from __future__ import annotations

import hashlib
import json
import os
import ssl
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from ._apiversion import APIVersion
from ._protocol.hosts import DEFAULT_HOST, DaemonHost, parse_host
from .errors import ConfigurationError, InvalidHostError

__all__ = [
    "DEFAULT_CONNECT_TIMEOUT",
    "DEFAULT_READ_TIMEOUT",
    "DEFAULT_WRITE_TIMEOUT",
    "DEFAULT_POOL_TIMEOUT",
    "DEFAULT_TIMEOUT",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_RETRY_BACKOFF",
    "Timeout",
    "TLSConfig",
    "EnvironmentConfig",
    "resolve_environment",
]

DEFAULT_CONNECT_TIMEOUT: Final = 10.0
"""Seconds to wait for a connection to the daemon."""

DEFAULT_READ_TIMEOUT: Final = 60.0
"""Seconds to wait for response bytes (status line, headers, a short body).

Streams (logs, events, pulls, attach) and ``containers.wait`` read without a
limit unless a request sets one.
"""

DEFAULT_WRITE_TIMEOUT: Final = 60.0
"""Seconds to wait for the daemon to accept request bytes."""

DEFAULT_POOL_TIMEOUT: Final = 10.0
"""Seconds to wait for a free connection of the pool."""

DEFAULT_MAX_RETRIES: Final = 2
"""How often a GET or HEAD that could not connect is tried again."""

DEFAULT_RETRY_BACKOFF: Final = 0.2
"""Seconds before the first retry; each later retry waits twice as long."""

_MIN_TLS: Final = ssl.TLSVersion.TLSv1_2


@dataclass(frozen=True, slots=True)
class Timeout:
    """Time limits of a request, in seconds (``None``: no limit).

    Attributes:
        connect: establishing the connection (socket, TCP, TLS, ssh).
        read: waiting for bytes of the response.
        write: sending bytes of the request.
        pool: waiting for a free connection of the pool.
    """

    connect: float | None = DEFAULT_CONNECT_TIMEOUT
    read: float | None = DEFAULT_READ_TIMEOUT
    write: float | None = DEFAULT_WRITE_TIMEOUT
    pool: float | None = DEFAULT_POOL_TIMEOUT

    @classmethod
    def coerce(cls, value: float | Timeout | None) -> Timeout:
        """A :class:`Timeout` from a number (every limit alike), or ``None``
        (no limit at all)."""
        if isinstance(value, Timeout):
            return value
        if value is None:
            return cls(None, None, None, None)
        seconds = float(value)
        return cls(seconds, seconds, seconds, seconds)

    def as_extension(self, *, read: bool = True) -> dict[str, float | None]:
        """The transport's form; ``read=False`` lifts the read limit."""
        return {
            "connect": self.connect,
            "read": self.read if read else None,
            "write": self.write,
            "pool": self.pool,
        }


DEFAULT_TIMEOUT: Final = Timeout()
"""Connect 10 s, read 60 s (unlimited for streams), write 60 s, pool 10 s."""


@dataclass(frozen=True, slots=True)
class TLSConfig:
    """TLS settings for a TCP daemon.

    Attributes:
        ca_cert: file of the CA certificates to trust; ``None``: the system's.
        client_cert: the client certificate file (PEM), if the daemon wants one.
        client_key: the key file of ``client_cert``.
        verify: check the daemon's certificate and host name.
    """

    ca_cert: str | None = None
    client_cert: str | None = None
    client_key: str | None = None
    verify: bool = True

    def __post_init__(self) -> None:
        if self.client_key is not None and self.client_cert is None:
            raise ValueError("TLSConfig: client_key given without client_cert")

    @classmethod
    def from_directory(cls, path: str | os.PathLike[str], *, verify: bool) -> TLSConfig:
        """Settings from a directory with ``ca.pem``, ``cert.pem``, ``key.pem``.

        Files that do not exist are left out.
        """
        base = Path(path)
        ca, cert, key = (base / name for name in ("ca.pem", "cert.pem", "key.pem"))
        return cls(
            ca_cert=str(ca) if ca.is_file() else None,
            client_cert=str(cert) if cert.is_file() else None,
            client_key=str(key) if key.is_file() and cert.is_file() else None,
            verify=verify,
        )

    def ssl_context(self) -> ssl.SSLContext:
        """An SSL context with these settings (TLS 1.2 at least).

        Raises:
            ValueError: a certificate or key file cannot be read; the message
                names the file.
        """
        try:
            context = ssl.create_default_context(cafile=self.ca_cert)
        except (OSError, ssl.SSLError) as exc:
            raise ValueError(
                f"TLSConfig: cannot read ca_cert {self.ca_cert!r}: {_reason(exc)}"
            ) from exc
        context.minimum_version = _MIN_TLS
        if not self.verify:
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
        if self.client_cert is not None:
            try:
                context.load_cert_chain(self.client_cert, self.client_key)
            except (OSError, ssl.SSLError) as exc:
                files = ", ".join(
                    repr(f) for f in (self.client_cert, self.client_key) if f
                )
                raise ValueError(
                    f"TLSConfig: cannot read client_cert/client_key ({files}): "
                    f"{_reason(exc)}"
                ) from exc
        return context


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


@dataclass(frozen=True, slots=True)
class EnvironmentConfig:
    """What the environment says about the daemon to use.

    Attributes:
        host: the daemon address.
        tls: TLS settings, ``None`` for none.
        api_version: the pinned API version (``DOCKER_API_VERSION``), if any.
        source: where the address came from, for messages.
    """

    host: DaemonHost
    tls: TLSConfig | None
    api_version: APIVersion | None
    source: str


def _config_dir(environ: Mapping[str, str]) -> Path:
    configured = environ.get("DOCKER_CONFIG", "").strip()
    if configured:
        return Path(configured).expanduser()
    home = environ.get("HOME") or str(Path.home())
    return Path(home) / ".docker"


def _pinned_version(environ: Mapping[str, str]) -> APIVersion | None:
    value = environ.get("DOCKER_API_VERSION", "").strip()
    if not value:
        return None
    try:
        return APIVersion(value)
    except ValueError:
        raise ConfigurationError(
            f"DOCKER_API_VERSION={value!r} is not an API version such as 1.41"
        ) from None


def _tls_from_env(environ: Mapping[str, str], config_dir: Path) -> TLSConfig | None:
    cert_path = environ.get("DOCKER_CERT_PATH", "").strip()
    verify = bool(environ.get("DOCKER_TLS_VERIFY", ""))
    if not cert_path and not verify:
        return None
    directory = Path(cert_path).expanduser() if cert_path else config_dir
    if cert_path and not directory.is_dir():
        raise InvalidHostError(
            f"DOCKER_CERT_PATH={cert_path!r} is not a directory (it should hold "
            "ca.pem, cert.pem and key.pem)"
        )
    return TLSConfig.from_directory(directory, verify=verify)


def _current_context(environ: Mapping[str, str], config_dir: Path) -> str | None:
    named = environ.get("DOCKER_CONTEXT", "").strip()
    if named:
        return named
    config_file = config_dir / "config.json"
    try:
        document: Any = json.loads(config_file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise InvalidHostError(f"cannot read {config_file}: {exc}") from None
    current = document.get("currentContext") if isinstance(document, dict) else None
    return current if isinstance(current, str) and current else None


def context_store_id(name: str) -> str:
    """The directory name of a context in the CLI's store (sha256 hex of it)."""
    return hashlib.sha256(name.encode("utf-8")).hexdigest()


def _resolve_context(
    name: str, config_dir: Path
) -> tuple[DaemonHost, TLSConfig | None]:
    if name == "default":
        return parse_host(DEFAULT_HOST), None
    store_id = context_store_id(name)
    meta_file = config_dir / "contexts" / "meta" / store_id / "meta.json"
    try:
        meta: Any = json.loads(meta_file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InvalidHostError(
            f"Docker context {name!r} not found (no {meta_file})"
        ) from None
    except (OSError, ValueError) as exc:
        raise InvalidHostError(f"cannot read context {name!r}: {exc}") from None
    endpoints = meta.get("Endpoints") if isinstance(meta, dict) else None
    endpoint = endpoints.get("docker") if isinstance(endpoints, dict) else None
    if not isinstance(endpoint, dict) or not endpoint.get("Host"):
        raise InvalidHostError(
            f"Docker context {name!r} has no docker endpoint host ({meta_file})"
        )
    if not isinstance(endpoint["Host"], str):
        raise InvalidHostError(
            f"Docker context {name!r}: Endpoints.docker.Host must be a string "
            f"({meta_file})"
        )
    skip_verify = endpoint.get("SkipTLSVerify") or False
    if not isinstance(skip_verify, bool):
        # bool("false") is True: a string would turn verification off
        raise InvalidHostError(
            f"Docker context {name!r}: Endpoints.docker.SkipTLSVerify must be "
            f"true or false, not {skip_verify!r} ({meta_file})"
        )
    tls_dir = config_dir / "contexts" / "tls" / store_id / "docker"
    tls: TLSConfig | None = None
    if tls_dir.is_dir() and any(tls_dir.glob("*.pem")):
        tls = TLSConfig.from_directory(tls_dir, verify=not skip_verify)
    elif skip_verify:
        tls = TLSConfig(verify=False)
    host = parse_host(endpoint["Host"], tls=tls is not None)
    if tls is not None and host.scheme != "tcp":
        tls = None
    return host, tls


def resolve_environment(environ: Mapping[str, str] | None = None) -> EnvironmentConfig:
    """Work out the daemon, TLS and pinned API version from the environment.

    Args:
        environ: the variables to read; ``None`` reads ``os.environ``.

    Returns:
        The daemon to use and how.

    Raises:
        InvalidHostError: an address, a context or ``DOCKER_API_VERSION`` is
            malformed, or a named context does not exist.
    """
    env = os.environ if environ is None else environ
    config_dir = _config_dir(env)
    api_version = _pinned_version(env)
    docker_host = env.get("DOCKER_HOST", "").strip()
    if docker_host:
        tls = _tls_from_env(env, config_dir)
        host = parse_host(docker_host, tls=tls is not None)
        if host.scheme != "tcp":
            tls = None
        return EnvironmentConfig(host, tls, api_version, "DOCKER_HOST")
    context = _current_context(env, config_dir)
    if context is not None:
        host, tls = _resolve_context(context, config_dir)
        return EnvironmentConfig(host, tls, api_version, f"Docker context {context!r}")
    return EnvironmentConfig(parse_host(DEFAULT_HOST), None, api_version, "default")
