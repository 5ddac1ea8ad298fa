# Async source: moby_client/_sync/resources/tasks.py is derived from it.
"""``client.tasks``: operations on swarm tasks."""

from __future__ import annotations

from ..._generated.resources_async import AsyncTasksAPI

__all__ = ["AsyncTasks"]


class AsyncTasks(AsyncTasksAPI):
    """Operations on swarm tasks."""
