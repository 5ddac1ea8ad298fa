# Derived from moby_client/_async/resources/distribution.py by codegen/unasync.py; do not edit.
"""``client.distribution``: registry lookups of image manifests.

The daemon asks the registry, so it needs the registry's credentials in the
``X-Registry-Auth`` header, which the spec does not list for this operation.
:meth:`Distribution.inspect` sends those the Docker CLI configuration
holds for the image's registry; :meth:`Distribution.inspect_with_auth`
takes them explicitly.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..._generated.resources_sync import DistributionAPI
from ..._model import MobyModel
from ..._protocol.auth import AuthConfig, registry_auth_header, registry_from_reference
from ..._types import with_default_header

if TYPE_CHECKING:
    from ... import models as _models
    from ..._types import RequestOptions

__all__ = ["Distribution"]

_AUTH_HEADER = "X-Registry-Auth"


def _with_auth(
    options: RequestOptions | None, header: str | None
) -> RequestOptions | None:
    """``options`` with the auth header added, unless the caller set one."""
    if header is None:
        return options
    return with_default_header(options, _AUTH_HEADER, header)


class Distribution(DistributionAPI):
    """Registry lookups of image manifests."""

    __slots__ = ()

    def inspect(
        self, name: str, *, options: RequestOptions | None = None
    ) -> _models.DistributionInspect:
        """Read an image's registry descriptor and platforms.

        ``GET /distribution/{name}/json``, API 1.30+. Credentials for the
        image's registry come from the Docker CLI configuration unless
        ``options["extra_headers"]`` carries an ``X-Registry-Auth``.

        Args:
            name: the image reference.
            options: per-request options such as a timeout.

        Returns:
            The descriptor and the platforms of the image.
        """
        header = registry_auth_header(registry_from_reference(name))
        return super().inspect(name, options=_with_auth(options, header))

    def inspect_with_auth(
        self,
        name: str,
        *,
        auth: AuthConfig | MobyModel | Mapping[str, Any],
        options: RequestOptions | None = None,
    ) -> _models.DistributionInspect:
        """:meth:`inspect` with explicit registry credentials.

        Args:
            name: the image reference.
            auth: the credentials (an ``AuthConfig`` or a mapping of its fields).
            options: per-request options such as a timeout.

        Returns:
            The descriptor and the platforms of the image.
        """
        header = registry_auth_header(registry_from_reference(name), auth)
        return super().inspect(name, options=_with_auth(options, header))
