# Derived from moby_client/_async/resources/images.py by codegen/unasync.py; do not edit.
"""``client.images``: operations on images."""

from __future__ import annotations

from ..._generated.resources_sync import ImagesAPI

__all__ = ["Images"]


class Images(ImagesAPI):
    """Operations on images."""
