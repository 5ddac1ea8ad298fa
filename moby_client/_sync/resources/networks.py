# Derived from moby_client/_async/resources/networks.py by codegen/unasync.py; do not edit.
"""``client.networks``: operations on networks."""

from __future__ import annotations

from ..._generated.resources_sync import NetworksAPI

__all__ = ["Networks"]


class Networks(NetworksAPI):
    """Operations on networks."""
