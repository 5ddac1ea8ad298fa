# Async source: moby_client/_sync/resources/__init__.py is derived from it.
"""The resource groups of the client, one class per group."""

from __future__ import annotations

from .configs import AsyncConfigs
from .containers import AsyncContainers
from .distribution import AsyncDistribution
from .exec import AsyncExec
from .images import AsyncImages
from .networks import AsyncNetworks
from .nodes import AsyncNodes
from .plugins import AsyncPlugins
from .secrets import AsyncSecrets
from .services import AsyncServices
from .session import AsyncSession
from .swarm import AsyncSwarm
from .system import AsyncSystem
from .tasks import AsyncTasks
from .volumes import AsyncVolumes

__all__ = [
    "AsyncContainers",
    "AsyncImages",
    "AsyncNetworks",
    "AsyncVolumes",
    "AsyncExec",
    "AsyncSystem",
    "AsyncSwarm",
    "AsyncNodes",
    "AsyncServices",
    "AsyncTasks",
    "AsyncSecrets",
    "AsyncConfigs",
    "AsyncPlugins",
    "AsyncDistribution",
    "AsyncSession",
]
