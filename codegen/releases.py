"""Renders the Moby release / Go module table (placeholder, filled in by the versions work)."""

from __future__ import annotations

from pathlib import Path


def render(project_root: Path) -> dict[str, str]:
    """Generated files (path relative to the project root -> text)."""
    return {}
