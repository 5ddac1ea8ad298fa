# Derived from moby_client/_async/resources/nodes.py by codegen/unasync.py; do not edit.
"""``client.nodes``: operations on swarm nodes."""

from __future__ import annotations

from ..._generated.resources_sync import NodesAPI

__all__ = ["Nodes"]


class Nodes(NodesAPI):
    """Operations on swarm nodes."""
