# Derived from moby_client/_async/resources/services.py by codegen/unasync.py; do not edit.
"""``client.services``: operations on swarm services."""

from __future__ import annotations

from ..._generated.resources_sync import ServicesAPI

__all__ = ["Services"]


class Services(ServicesAPI):
    """Operations on swarm services."""
