# Async source: moby_client/_sync/resources/session.py is derived from it.
"""``client.session``: interactive sessions for BuildKit.

The daemon upgrades ``POST /session`` to HTTP/2 cleartext (``Upgrade: h2c``)
and then calls BuildKit's gRPC services on the client side of the connection.
This SDK opens the upgraded connection but does not serve those gRPC
services; a caller that speaks them can use the returned connection.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._generated.resources_async import AsyncSessionAPI
from ..._types import with_default_header

if TYPE_CHECKING:
    from ..._types import RequestOptions
    from ..streams import AsyncHijackedSession

__all__ = ["AsyncSession"]


class AsyncSession(AsyncSessionAPI):
    """Interactive sessions for BuildKit."""

    __slots__ = ()

    async def start(
        self, *, options: RequestOptions | None = None
    ) -> AsyncHijackedSession:
        """Open an interactive session for BuildKit (``POST /session``).

        Asks for the ``h2c`` upgrade the daemon's session endpoint expects,
        unless ``options["extra_headers"]`` names another ``Upgrade``.

        Args:
            options: per-request options such as a timeout.

        Returns:
            The upgraded connection; close it when done.
        """
        return await super().start(
            options=with_default_header(options, "Upgrade", "h2c")
        )
