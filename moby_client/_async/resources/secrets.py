# Async source: moby_client/_sync/resources/secrets.py is derived from it.
"""``client.secrets``: operations on swarm secrets.

``create`` returns an ``IDResponse`` whose ``id`` holds the new ID: the
daemon answers ``{"ID": …}`` where the spec says ``Id``, and the model reads
both spellings (the correction ``id-response-id-spellings`` in
``openapi/corrections.json``).
"""

from __future__ import annotations

from ..._generated.resources_async import AsyncSecretsAPI

__all__ = ["AsyncSecrets"]


class AsyncSecrets(AsyncSecretsAPI):
    """Operations on swarm secrets."""

    __slots__ = ()
