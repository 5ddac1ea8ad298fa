# Derived from moby_client/_async/resources/swarm.py by codegen/unasync.py; do not edit.
"""``client.swarm``: operations on the swarm itself."""

from __future__ import annotations

from ..._generated.resources_sync import SwarmAPI

__all__ = ["Swarm"]


class Swarm(SwarmAPI):
    """Operations on the swarm itself."""
