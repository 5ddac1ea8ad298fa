"""Registry credentials for pulls, pushes, builds and plugin installs.

- :class:`AuthConfig`: credentials for one registry; pass it as ``auth=`` to
  ``images.pull``, ``images.push``, ``images.build`` or ``plugins.install``.
- :func:`encode_registry_auth`: the value of the ``X-Registry-Auth`` header,
  for the generated methods that take it as ``x_registry_auth=``
  (``services.create``, ``services.update``, ``plugins.upgrade``,
  ``images.push_stream``).
- :class:`DockerConfigFile`: the Docker CLI's ``config.json`` with its
  credential helpers, read as the ``docker`` CLI reads it.

``repr()`` of these objects never shows a secret, and nothing logs them.
"""

from __future__ import annotations

from ._protocol.auth import (
    DOCKER_HUB_INDEX,
    AuthConfig,
    CredentialHelperError,
    DockerConfigFile,
    encode_registry_auth,
    encode_registry_config,
)

__all__ = [
    "DOCKER_HUB_INDEX",
    "AuthConfig",
    "CredentialHelperError",
    "DockerConfigFile",
    "encode_registry_auth",
    "encode_registry_config",
]
