# Derived from moby_client/_async/resources/tasks.py by codegen/unasync.py; do not edit.
"""``client.tasks``: operations on swarm tasks."""

from __future__ import annotations

from ..._generated.resources_sync import TasksAPI

__all__ = ["Tasks"]


class Tasks(TasksAPI):
    """Operations on swarm tasks."""
