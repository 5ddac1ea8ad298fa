# Derived from moby_client/_async/resources/containers.py by codegen/unasync.py; do not edit.
"""``client.containers``: operations on containers."""

from __future__ import annotations

from ..._generated.resources_sync import ContainersAPI

__all__ = ["Containers"]


class Containers(ContainersAPI):
    """Operations on containers."""
