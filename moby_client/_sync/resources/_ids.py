# Derived from moby_client/_async/resources/_ids.py by codegen/unasync.py; do not edit.
"""Reading IDs the daemon spells differently from the spec."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ... import models as _models

__all__ = ["with_wire_id"]


def with_wire_id(created: _models.IDResponse) -> _models.IDResponse:
    """``created`` with ``id`` set from an ``ID`` field when ``Id`` was absent.

    Secret and config creation answer ``{"ID": …}``, while the spec's
    ``IDResponse`` names the field ``Id`` (as exec create and commit send it).
    """
    if created.id is None:
        wire_id = created["ID"]
        if isinstance(wire_id, str) and wire_id:
            return created.model_copy(update={"id": wire_id})
    return created
