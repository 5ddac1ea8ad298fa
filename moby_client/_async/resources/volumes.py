# Async source: moby_client/_sync/resources/volumes.py is derived from it.
"""``client.volumes``: operations on volumes."""

from __future__ import annotations

from ..._generated.resources_async import AsyncVolumesAPI

__all__ = ["AsyncVolumes"]


class AsyncVolumes(AsyncVolumesAPI):
    """Operations on volumes."""
