# Async source: moby_client/_sync/resources/services.py is derived from it.
"""``client.services``: swarm services, and scaling them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._generated.resources_async import AsyncServicesAPI
from ...errors import ConflictError

if TYPE_CHECKING:
    from ... import models as _models

__all__ = ["AsyncServices"]


class AsyncServices(AsyncServicesAPI):
    """Swarm services."""

    __slots__ = ()

    async def scale(self, id: str, replicas: int) -> _models.ServiceUpdateResponse:
        """Set the replica count of a replicated service.

        Reads the service, then sends its spec back with the new count and the
        ``Version.Index`` just read, as the daemon requires for every update.

        Args:
            id: the service's ID or name.
            replicas: the number of tasks wanted.

        Returns:
            The daemon's answer (it may carry warnings).

        Raises:
            ConflictError: the service is not in replicated mode.
        """
        if replicas < 0:
            raise ValueError("replicas must be zero or more")
        service = await self.inspect(id)
        spec: dict[str, Any] = service.spec.to_wire() if service.spec else {}
        mode = spec.get("Mode") or {}
        if "Replicated" not in mode:
            raise ConflictError(
                f"service {id} is not in replicated mode: {sorted(mode)}",
                status_code=409,
                operation="services.scale",
            )
        spec["Mode"] = {"Replicated": {"Replicas": replicas}}
        version = service.version.index if service.version else None
        return await self.update(id, version=version or 0, body=spec)
