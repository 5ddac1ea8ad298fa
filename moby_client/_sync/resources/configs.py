# Derived from moby_client/_async/resources/configs.py by codegen/unasync.py; do not edit.
"""``client.configs``: operations on swarm configs.

``create`` returns an ``IDResponse`` whose ``id`` holds the new ID: the
daemon answers ``{"ID": …}`` where the spec says ``Id``, and the model reads
both spellings (the correction ``id-response-id-spellings`` in
``openapi/corrections.json``).
"""

from __future__ import annotations

from ..._generated.resources_sync import ConfigsAPI

__all__ = ["Configs"]


class Configs(ConfigsAPI):
    """Operations on swarm configs."""

    __slots__ = ()
