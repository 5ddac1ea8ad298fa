# Async source: moby_client/_sync/resources/secrets.py is derived from it.
"""``client.secrets``: operations on swarm secrets."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..._generated.resources_async import AsyncSecretsAPI
from ..._types import NOT_GIVEN, NotGiven
from ._ids import with_wire_id

if TYPE_CHECKING:
    from ... import models as _models
    from ..._types import RequestOptions

__all__ = ["AsyncSecrets"]


class AsyncSecrets(AsyncSecretsAPI):
    """Operations on swarm secrets."""

    __slots__ = ()

    async def create(
        self,
        *,
        name: str | NotGiven | None = NOT_GIVEN,
        labels: dict[str, str] | NotGiven | None = NOT_GIVEN,
        data: str | builtins.list[str] | NotGiven | None = NOT_GIVEN,
        driver: _models.Driver | NotGiven | None = NOT_GIVEN,
        templating: _models.Driver | NotGiven | None = NOT_GIVEN,
        body: _models.SecretCreateBody | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> _models.IDResponse:
        """Create a secret.

        ``POST /secrets/create``. The daemon answers ``{"ID": …}`` where the
        spec's ``IDResponse`` says ``Id``; the returned model's ``id`` is
        filled from either.

        Args:
            name: the secret's name.
            labels: its labels.
            data: the content, base64-encoded.
            driver: the secrets driver, for an external store.
            templating: the templating driver.
            body: the whole request body; the keyword arguments above are
                merged over it.
            options: per-request options such as a timeout.

        Returns:
            The new secret's ID.
        """
        created = await super().create(
            name=name,
            labels=labels,
            data=data,
            driver=driver,
            templating=templating,
            body=body,
            options=options,
        )
        return with_wire_id(created)
