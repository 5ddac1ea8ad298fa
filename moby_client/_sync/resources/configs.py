# Derived from moby_client/_async/resources/configs.py by codegen/unasync.py; do not edit.
"""``client.configs``: operations on swarm configs."""

from __future__ import annotations

from ..._generated.resources_sync import ConfigsAPI

__all__ = ["Configs"]


class Configs(ConfigsAPI):
    """Operations on swarm configs."""
