# Derived from moby_client/_async/resources/plugins.py by codegen/unasync.py; do not edit.
"""``client.plugins``: operations on plugins."""

from __future__ import annotations

from ..._generated.resources_sync import PluginsAPI

__all__ = ["Plugins"]


class Plugins(PluginsAPI):
    """Operations on plugins."""
