# Async source: moby_client/_sync/resources/images.py is derived from it.
"""``client.images``: operations on images."""

from __future__ import annotations

from ..._generated.resources_async import AsyncImagesAPI

__all__ = ["AsyncImages"]


class AsyncImages(AsyncImagesAPI):
    """Operations on images."""
