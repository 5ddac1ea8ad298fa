# Derived from moby_client/_async/resources/__init__.py by codegen/unasync.py; do not edit.
"""The resource groups of the client, one class per group."""

from __future__ import annotations

from .configs import Configs
from .containers import Containers
from .distribution import Distribution
from .exec import Exec
from .images import Images
from .networks import Networks
from .nodes import Nodes
from .plugins import Plugins
from .secrets import Secrets
from .services import Services
from .session import Session
from .swarm import Swarm
from .system import System
from .tasks import Tasks
from .volumes import Volumes

__all__ = [
    "Containers",
    "Images",
    "Networks",
    "Volumes",
    "Exec",
    "System",
    "Swarm",
    "Nodes",
    "Services",
    "Tasks",
    "Secrets",
    "Configs",
    "Plugins",
    "Distribution",
    "Session",
]
