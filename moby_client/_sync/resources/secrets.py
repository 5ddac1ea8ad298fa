# Derived from moby_client/_async/resources/secrets.py by codegen/unasync.py; do not edit.
"""``client.secrets``: operations on swarm secrets.

``create`` returns an ``IDResponse`` whose ``id`` holds the new ID: the
daemon answers ``{"ID": …}`` where the spec says ``Id``, and the model reads
both spellings (the correction ``id-response-id-spellings`` in
``openapi/corrections.json``).
"""

from __future__ import annotations

from ..._generated.resources_sync import SecretsAPI

__all__ = ["Secrets"]


class Secrets(SecretsAPI):
    """Operations on swarm secrets."""

    __slots__ = ()
