# Async source: moby_client/_sync/resources/configs.py is derived from it.
"""``client.configs``: operations on swarm configs.

``create`` returns an ``IDResponse`` whose ``id`` holds the new ID: the
daemon answers ``{"ID": …}`` where the spec says ``Id``, and the model reads
both spellings (the correction ``id-response-id-spellings`` in
``openapi/corrections.json``).
"""

from __future__ import annotations

from ..._generated.resources_async import AsyncConfigsAPI

__all__ = ["AsyncConfigs"]


class AsyncConfigs(AsyncConfigsAPI):
    """Operations on swarm configs."""

    __slots__ = ()
