"""Derives the sync sources from the async ones (placeholder, filled in by the client core)."""

from __future__ import annotations

from pathlib import Path


def unasync_source(text: str) -> str:
    """Rewrite one async module into its sync twin."""
    return text


def render_sync_tree(project_root: Path) -> dict[str, str]:
    """Sync files (path relative to the project root -> text) from ``moby_client/_async``."""
    return {}
