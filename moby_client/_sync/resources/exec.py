# Derived from moby_client/_async/resources/exec.py by codegen/unasync.py; do not edit.
"""``client.exec``: operations on exec instances inside running containers."""

from __future__ import annotations

from ..._generated.resources_sync import ExecAPI

__all__ = ["Exec"]


class Exec(ExecAPI):
    """Operations on exec instances inside running containers."""
