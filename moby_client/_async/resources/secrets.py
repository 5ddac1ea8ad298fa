# Async source: moby_client/_sync/resources/secrets.py is derived from it.
"""``client.secrets``: operations on swarm secrets."""

from __future__ import annotations

from ..._generated.resources_async import AsyncSecretsAPI

__all__ = ["AsyncSecrets"]


class AsyncSecrets(AsyncSecretsAPI):
    """Operations on swarm secrets."""
