# Derived from moby_client/_async/resources/distribution.py by codegen/unasync.py; do not edit.
"""``client.distribution``: registry lookups of image manifests."""

from __future__ import annotations

from ..._generated.resources_sync import DistributionAPI

__all__ = ["Distribution"]


class Distribution(DistributionAPI):
    """Registry lookups of image manifests."""
