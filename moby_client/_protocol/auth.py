"""Registry credentials: the Docker CLI's ``config.json``, credential helpers, and
the ``X-Registry-Auth`` / ``X-Registry-Config`` headers.

Credentials are looked up the way the ``docker`` CLI does it:

1. explicit credentials given to the call win;
2. ``credHelpers[<registry host>]`` names a ``docker-credential-<name>`` program;
3. otherwise ``credsStore`` names one for every registry;
4. otherwise the ``auths`` section (``auth`` is base64 of ``user:password``, or
   ``identitytoken``).

The config file is ``$DOCKER_CONFIG/config.json``, by default
``~/.docker/config.json``. Nothing here ever logs a credential, and the
``repr`` of :class:`AuthConfig` hides every secret.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from .._model import MobyModel

__all__ = [
    "DOCKER_HUB_INDEX",
    "AuthConfig",
    "CredentialHelperError",
    "DockerConfigFile",
    "encode_registry_auth",
    "encode_registry_config",
    "registry_from_reference",
    "registry_hostname",
    "registry_auth_header",
    "build_registry_config",
    "run_credential_helper",
    "default_config_path",
    "split_image_reference",
]

DOCKER_HUB_INDEX = "https://index.docker.io/v1/"
"""The key the Docker CLI files Docker Hub credentials under."""

_HUB_NAMES = frozenset(
    {"docker.io", "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com"}
)
_TOKEN_USERNAME = "<token>"
_SECRET_FIELDS = frozenset({"password", "auth", "identitytoken", "registrytoken"})


class CredentialHelperError(RuntimeError):
    """A ``docker-credential-*`` program failed for a reason other than "not found".

    The message names the program and its error text, never a secret.
    """


@dataclass(frozen=True, slots=True)
class AuthConfig:
    """Credentials for one registry, as the Engine's ``AuthConfig`` carries them.

    Only the fields that are set are sent. ``repr()`` shows which secrets are
    present but never their values.

    Attributes:
        username: the registry user name.
        password: the password (or a personal access token).
        auth: base64 of ``username:password``, as ``config.json`` stores it.
        serveraddress: the registry, e.g. ``https://index.docker.io/v1/`` or
            ``127.0.0.1:5001``.
        identitytoken: a refresh token given by the registry on login.
        registrytoken: a bearer token for the registry.
    """

    username: str | None = None
    password: str | None = None
    auth: str | None = None
    serveraddress: str | None = None
    identitytoken: str | None = None
    registrytoken: str | None = None

    def __repr__(self) -> str:
        parts = []
        for f in fields(self):
            value = getattr(self, f.name)
            if value is None:
                continue
            shown = "'***'" if f.name in _SECRET_FIELDS else repr(value)
            parts.append(f"{f.name}={shown}")
        return f"AuthConfig({', '.join(parts)})"

    __str__ = __repr__

    def to_wire(self) -> dict[str, str]:
        """The JSON object the daemon expects, holding only the fields set."""
        return {
            f.name: getattr(self, f.name)
            for f in fields(self)
            if getattr(self, f.name) is not None
        }

    @classmethod
    def coerce(cls, value: AuthConfig | MobyModel | Mapping[str, Any]) -> AuthConfig:
        """An :class:`AuthConfig` from itself, a mapping, or the generated model
        ``moby_client.models.AuthConfig``.

        Mapping keys may use the wire names in any case (``Username``,
        ``serveraddress``, ``IdentityToken``) or ``server_address`` style.
        """
        if isinstance(value, AuthConfig):
            return value
        if isinstance(value, MobyModel):
            # the generated ``moby_client.models.AuthConfig``
            value = value.to_wire()
        known = {f.name for f in fields(cls)}
        picked: dict[str, str] = {}
        for key, item in value.items():
            name = key.replace("_", "").lower()
            if name == "email" or item is None:
                continue
            if name not in known:
                raise ValueError(f"unknown registry credential field: {key!r}")
            picked[name] = str(item)
        return cls(**picked)

    def with_server(self, server: str) -> AuthConfig:
        """A copy whose ``serveraddress`` is set (kept when already set)."""
        if self.serveraddress:
            return self
        return AuthConfig(**{**self.to_wire(), "serveraddress": server})


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii")


def encode_registry_auth(config: AuthConfig | MobyModel | Mapping[str, Any]) -> str:
    """The ``X-Registry-Auth`` header value for one registry.

    It is padded base64url of the JSON ``AuthConfig`` (only the fields set),
    used by image pull and push, distribution inspect, plugin pull/upgrade and
    service create/update.
    """
    wire = AuthConfig.coerce(config).to_wire()
    return _b64url(json.dumps(wire, separators=(",", ":")).encode())


def encode_registry_config(
    configs: Mapping[str, AuthConfig | MobyModel | Mapping[str, Any]],
) -> str:
    """The ``X-Registry-Config`` header value of a build.

    Args:
        configs: registry (``https://index.docker.io/v1/``, ``host:port``) to
            its credentials.
    """
    wire = {
        registry: AuthConfig.coerce(config).to_wire()
        for registry, config in configs.items()
    }
    return _b64url(json.dumps(wire, separators=(",", ":")).encode())


def registry_hostname(server: str) -> str:
    """The registry host of a server address as ``config.json`` may store it.

    ``https://127.0.0.1:5001/v2/`` and ``127.0.0.1:5001`` both give
    ``127.0.0.1:5001``; every Docker Hub spelling gives ``docker.io``.
    """
    host = server.strip()
    for scheme in ("http://", "https://"):
        if host.lower().startswith(scheme):
            host = host[len(scheme) :]
            break
    host = host.split("/", 1)[0]
    if host.lower() in _HUB_NAMES:
        return "docker.io"
    return host


def _index_key(host: str) -> str:
    """The key credentials of a registry host are filed under."""
    return DOCKER_HUB_INDEX if host == "docker.io" else host


def registry_from_reference(reference: str) -> str:
    """The registry an image reference points at, as credentials are keyed.

    ``busybox``, ``library/busybox``, ``docker.io/x/y`` give
    ``https://index.docker.io/v1/``; ``localhost:5000/x``, ``127.0.0.1:5000/x``
    and ``registry.example/x`` give that host (with its port).
    """
    name = reference.split("@", 1)[0]
    if "/" not in name:
        return DOCKER_HUB_INDEX
    first = name.split("/", 1)[0]
    looks_like_host = (
        "." in first or ":" in first or first == "localhost" or first != first.lower()
    )
    if not looks_like_host:
        return DOCKER_HUB_INDEX
    return _index_key(registry_hostname(first))


def _decode_auth_field(encoded: str) -> tuple[str, str]:
    if not isinstance(encoded, str):
        raise ValueError("config.json: an 'auth' value is not base64 text")
    try:
        text = base64.b64decode(encoded + "=" * (-len(encoded) % 4)).decode()
    except (ValueError, UnicodeDecodeError) as exc:
        raise ValueError("config.json: an 'auth' value is not base64") from exc
    user, sep, password = text.partition(":")
    if not sep:
        raise ValueError("config.json: an 'auth' value lacks 'user:password'")
    return user, password


def default_config_path(environ: Mapping[str, str] | None = None) -> Path:
    """``$DOCKER_CONFIG/config.json``, or ``~/.docker/config.json``."""
    env = os.environ if environ is None else environ
    base = env.get("DOCKER_CONFIG")
    if base:
        return Path(base) / "config.json"
    return Path.home() / ".docker" / "config.json"


class DockerConfigFile:
    """The registry part of a Docker CLI ``config.json``.

    Args:
        data: the parsed file (``{}`` when there is none).
        path: where it was read from, for messages.
        environ: environment for the credential helper programs (``PATH``).
    """

    def __init__(
        self,
        data: Mapping[str, Any] | None = None,
        *,
        path: Path | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        data = data or {}
        self.path = path
        where = str(path) if path is not None else "config.json"
        auths = data.get("auths") or {}
        if not isinstance(auths, Mapping) or not all(
            isinstance(entry, Mapping) or entry is None for entry in auths.values()
        ):
            raise ValueError(f"{where}: 'auths' must map registries to objects")
        self.auths: dict[str, dict[str, Any]] = {
            key: dict(entry) for key, entry in auths.items() if entry is not None
        }
        creds_store = data.get("credsStore") or None
        if creds_store is not None and not isinstance(creds_store, str):
            raise ValueError(f"{where}: 'credsStore' must be a helper name")
        self.creds_store: str | None = creds_store
        helpers = data.get("credHelpers") or {}
        if not isinstance(helpers, Mapping) or not all(
            isinstance(helper, str) for helper in helpers.values()
        ):
            raise ValueError(
                f"{where}: 'credHelpers' must map registries to helper names"
            )
        self.cred_helpers: dict[str, str] = dict(helpers)
        self._environ = environ

    def __repr__(self) -> str:
        return (
            f"DockerConfigFile(path={str(self.path)!r}, "
            f"registries={sorted(self.auths)!r}, creds_store={self.creds_store!r}, "
            f"cred_helpers={self.cred_helpers!r})"
        )

    @classmethod
    def load(
        cls,
        path: str | os.PathLike[str] | None = None,
        *,
        environ: Mapping[str, str] | None = None,
    ) -> DockerConfigFile:
        """Read ``config.json``; a missing file gives an empty configuration.

        Args:
            path: the file; by default ``$DOCKER_CONFIG/config.json`` or
                ``~/.docker/config.json``.
            environ: environment to read ``DOCKER_CONFIG`` and ``PATH`` from.
        """
        file = Path(path) if path is not None else default_config_path(environ)
        try:
            text = file.read_text(encoding="utf-8")
        except FileNotFoundError:
            return cls({}, path=file, environ=environ)
        try:
            data = json.loads(text) if text.strip() else {}
        except ValueError as exc:
            raise ValueError(f"{file}: not valid JSON: {exc}") from None
        if not isinstance(data, dict):
            raise ValueError(f"{file}: not a JSON object")
        return cls(data, path=file, environ=environ)

    def _helper_for(self, host: str) -> str | None:
        for key, helper in self.cred_helpers.items():
            if registry_hostname(key) == host:
                return helper
        return self.creds_store

    def _file_entry(self, host: str) -> AuthConfig | None:
        entry = self.auths.get(_index_key(host))
        if entry is None:
            for key, value in self.auths.items():
                if registry_hostname(key) == host:
                    entry = value
                    break
        if not entry:
            return None
        username = entry.get("username") or None
        password = entry.get("password") or None
        if entry.get("auth"):
            username, password = _decode_auth_field(entry["auth"])
        token = entry.get("identitytoken") or None
        if not (username or password or token):
            return None
        return AuthConfig(
            username=username,
            password=password,
            identitytoken=token,
            serveraddress=_index_key(host),
        )

    def credentials_for(self, registry: str) -> AuthConfig | None:
        """Credentials for a registry, or ``None`` when none are configured.

        Args:
            registry: a registry as :func:`registry_from_reference` gives it,
                or any spelling ``config.json`` accepts.

        Raises:
            CredentialHelperError: a credential helper failed.
        """
        host = registry_hostname(registry)
        helper = self._helper_for(host)
        if helper:
            return run_credential_helper(
                helper, _index_key(host), environ=self._environ
            )
        return self._file_entry(host)

    def all_credentials(self) -> dict[str, AuthConfig]:
        """Every registry's credentials, keyed as ``X-Registry-Config`` wants.

        Raises:
            CredentialHelperError: a credential helper failed.
        """
        hosts = {registry_hostname(key) for key in self.auths}
        hosts.update(registry_hostname(key) for key in self.cred_helpers)
        if self.creds_store:
            listed = _call_helper(self.creds_store, "list", "", self._environ)
            if listed:
                hosts.update(registry_hostname(key) for key in json.loads(listed))
        result: dict[str, AuthConfig] = {}
        for host in sorted(hosts):
            found = self.credentials_for(host)
            if found is not None:
                result[_index_key(host)] = found
        return result


_NOT_FOUND_MARKERS = ("credentials not found", "not found in native keychain")


def _call_helper(
    helper: str, action: str, stdin: str, environ: Mapping[str, str] | None
) -> str | None:
    program = f"docker-credential-{helper}"
    try:
        done = subprocess.run(
            [program, action],
            input=stdin.encode(),
            capture_output=True,
            env=dict(environ) if environ is not None else None,
            timeout=60,
            check=False,
        )
    except FileNotFoundError as exc:
        raise CredentialHelperError(f"{program}: program not found on PATH") from exc
    except subprocess.TimeoutExpired as exc:
        raise CredentialHelperError(f"{program} {action}: timed out") from exc
    out = done.stdout.decode("utf-8", "replace").strip()
    if done.returncode != 0:
        text = out or done.stderr.decode("utf-8", "replace").strip()
        if any(marker in text.lower() for marker in _NOT_FOUND_MARKERS):
            return None
        raise CredentialHelperError(
            f"{program} {action}: exited with {done.returncode}: {text[:200]}"
        )
    return out


def run_credential_helper(
    helper: str, server: str, *, environ: Mapping[str, str] | None = None
) -> AuthConfig | None:
    """Ask ``docker-credential-<helper> get`` for a server's credentials.

    Args:
        helper: the helper's name (``pass``, ``secretservice``, ``osxkeychain``).
        server: the server URL written to the program's stdin.
        environ: the program's environment (its ``PATH`` finds it).

    Returns:
        The credentials, or ``None`` when the helper has none for the server.
        A ``<token>`` user name means the secret is an identity token.

    Raises:
        CredentialHelperError: the program is missing or failed.
    """
    out = _call_helper(helper, "get", server, environ)
    if not out:
        return None
    try:
        reply = json.loads(out)
    except json.JSONDecodeError as exc:
        raise CredentialHelperError(
            f"docker-credential-{helper} get: output is not JSON"
        ) from exc
    username = reply.get("Username") or None
    secret = reply.get("Secret") or None
    if username == _TOKEN_USERNAME:
        return AuthConfig(identitytoken=secret, serveraddress=server)
    return AuthConfig(username=username, password=secret, serveraddress=server)


def registry_auth_header(
    registry: str,
    auth: AuthConfig | MobyModel | Mapping[str, Any] | None = None,
    *,
    config: DockerConfigFile | None = None,
) -> str | None:
    """The ``X-Registry-Auth`` value for a registry, or ``None`` without credentials.

    Args:
        registry: the registry (see :func:`registry_from_reference`).
        auth: explicit credentials; they override the configuration.
        config: the CLI configuration; by default the user's ``config.json``.
    """
    if auth is not None:
        return encode_registry_auth(AuthConfig.coerce(auth).with_server(registry))
    found = (config or DockerConfigFile.load()).credentials_for(registry)
    return encode_registry_auth(found) if found is not None else None


def build_registry_config(
    auth: Mapping[str, AuthConfig | MobyModel | Mapping[str, Any]] | None = None,
    *,
    config: DockerConfigFile | None = None,
) -> str | None:
    """The ``X-Registry-Config`` value of a build, or ``None`` without credentials.

    Args:
        auth: explicit registry → credentials; they override the configuration
            for those registries.
        config: the CLI configuration; by default the user's ``config.json``.
    """
    merged: dict[str, AuthConfig] = dict(
        (config or DockerConfigFile.load()).all_credentials()
    )
    for registry, item in (auth or {}).items():
        key = _index_key(registry_hostname(registry))
        merged[key] = AuthConfig.coerce(item).with_server(key)
    return encode_registry_config(merged) if merged else None


def split_image_reference(reference: str) -> tuple[str, str | None]:
    """An image reference as (repository, tag or digest).

    ``127.0.0.1:5000/busybox:t1`` → ``("127.0.0.1:5000/busybox", "t1")``;
    ``busybox`` → ``("busybox", None)``; ``app@sha256:…`` → ``("app",
    "sha256:…")``. A ``:`` before the last ``/`` belongs to the registry port.
    """
    name, at, digest = reference.partition("@")
    if at:
        return name, digest
    slash = reference.rfind("/")
    colon = reference.rfind(":")
    if colon > slash:
        return reference[:colon], reference[colon + 1 :]
    return reference, None
