# Derived from moby_client/_async/resources/configs.py by codegen/unasync.py; do not edit.
"""``client.configs``: operations on swarm configs."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..._generated.resources_sync import ConfigsAPI
from ..._types import NOT_GIVEN, NotGiven
from ._ids import with_wire_id

if TYPE_CHECKING:
    from ... import models as _models
    from ..._types import RequestOptions

__all__ = ["Configs"]


class Configs(ConfigsAPI):
    """Operations on swarm configs."""

    __slots__ = ()

    def create(
        self,
        *,
        name: str | NotGiven | None = NOT_GIVEN,
        labels: dict[str, str] | NotGiven | None = NOT_GIVEN,
        data: str | builtins.list[str] | NotGiven | None = NOT_GIVEN,
        templating: _models.Driver | NotGiven | None = NOT_GIVEN,
        body: _models.ConfigCreateBody | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> _models.IDResponse:
        """Create a config.

        ``POST /configs/create``. The daemon answers ``{"ID": …}`` where the
        spec's ``IDResponse`` says ``Id``; the returned model's ``id`` is
        filled from either.

        Args:
            name: the config's name.
            labels: its labels.
            data: the content, base64-encoded.
            templating: the templating driver.
            body: the whole request body; the keyword arguments above are
                merged over it.
            options: per-request options such as a timeout.

        Returns:
            The new config's ID.
        """
        created = super().create(
            name=name,
            labels=labels,
            data=data,
            templating=templating,
            body=body,
            options=options,
        )
        return with_wire_id(created)
