# Derived from moby_client/_async/resources/swarm.py by codegen/unasync.py; do not edit.
"""``client.swarm``: operations on the swarm itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._generated.resources_sync import SwarmAPI
from ...errors import StreamError

if TYPE_CHECKING:
    from ... import models as _models

__all__ = ["Swarm"]


class Swarm(SwarmAPI):
    """Operations on the swarm itself."""

    __slots__ = ()

    def join_tokens(self) -> _models.JoinTokens:
        """The tokens a worker or a manager joins this swarm with.

        Returns:
            ``worker`` and ``manager`` tokens (only a manager can read them).
        """
        swarm = self.inspect()
        if swarm.join_tokens is None:
            raise StreamError("the daemon's swarm inspect carried no join tokens")
        return swarm.join_tokens
