# Derived from moby_client/_async/resources/secrets.py by codegen/unasync.py; do not edit.
"""``client.secrets``: operations on swarm secrets."""

from __future__ import annotations

from ..._generated.resources_sync import SecretsAPI

__all__ = ["Secrets"]


class Secrets(SecretsAPI):
    """Operations on swarm secrets."""
