# Derived from moby_client/_async/resources/system.py by codegen/unasync.py; do not edit.
"""``client.system``: daemon-wide operations (ping, version, info, events)."""

from __future__ import annotations

from ..._generated.resources_sync import SystemAPI

__all__ = ["System"]


class System(SystemAPI):
    """Daemon-wide operations: ping, version, info, events, disk usage."""
