# Derived from moby_client/_async/resources/volumes.py by codegen/unasync.py; do not edit.
"""``client.volumes``: operations on volumes."""

from __future__ import annotations

from ..._generated.resources_sync import VolumesAPI

__all__ = ["Volumes"]


class Volumes(VolumesAPI):
    """Operations on volumes."""
