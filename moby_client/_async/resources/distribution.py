# Async source: moby_client/_sync/resources/distribution.py is derived from it.
"""``client.distribution``: registry lookups of image manifests."""

from __future__ import annotations

from ..._generated.resources_async import AsyncDistributionAPI

__all__ = ["AsyncDistribution"]


class AsyncDistribution(AsyncDistributionAPI):
    """Registry lookups of image manifests."""
