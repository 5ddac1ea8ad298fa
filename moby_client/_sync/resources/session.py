# Derived from moby_client/_async/resources/session.py by codegen/unasync.py; do not edit.
"""``client.session``: interactive sessions for BuildKit."""

from __future__ import annotations

from ..._generated.resources_sync import SessionAPI

__all__ = ["Session"]


class Session(SessionAPI):
    """Interactive sessions for BuildKit."""
