# Derived from moby_client/_async/resources/plugins.py by codegen/unasync.py; do not edit.
"""``client.plugins``: managed plugins, and installing them in one call."""

from __future__ import annotations

import os
from collections.abc import Iterator, Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..._generated.resources_sync import PluginsAPI
from ..._model import MobyModel
from ..._protocol.auth import AuthConfig, registry_auth_header, registry_from_reference
from ..._protocol.build_context import BuildContext
from ..._types import NOT_GIVEN, NotGiven
from .images import drain_progress

if TYPE_CHECKING:
    from ... import models as _models

__all__ = ["Plugins"]


def _plugin_tar(directory: Path) -> Iterator[bytes]:
    """A plugin directory (``config.json`` and ``rootfs/``) as tar chunks."""
    if not (directory / "config.json").is_file():
        raise FileNotFoundError(f"{directory / 'config.json'}: a plugin needs one")
    for chunk in BuildContext(directory):
        yield chunk


class Plugins(PluginsAPI):
    """Managed plugins."""

    __slots__ = ()

    def install(
        self,
        remote: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        privileges: Iterable[_models.PluginPrivilege | Mapping[str, Any]] | None = None,
        auth: AuthConfig | MobyModel | Mapping[str, Any] | None = None,
        progress: Callable[[dict[str, Any]], object] | None = None,
    ) -> list[dict[str, Any]]:
        """Pull a plugin, granting the privileges it asks for, and wait.

        The plugin is installed disabled; enable it with :meth:`enable`.

        Args:
            remote: the plugin's image reference.
            name: the local name (default: ``remote``).
            privileges: the privileges to grant; ``None`` grants what
                :meth:`privileges` reports the plugin needs.
            auth: registry credentials; by default those the Docker CLI
                configuration holds for the plugin's registry.
            progress: called with each progress message as it arrives.

        Returns:
            Every progress message.

        Raises:
            ProgressError: the pull failed.
        """
        if privileges is None:
            granted: list[Any] = list(self.privileges(remote=remote))
        else:
            granted = list(privileges)
        wire = [p.to_wire() if hasattr(p, "to_wire") else dict(p) for p in granted]
        header = registry_auth_header(registry_from_reference(remote), auth)
        stream = self.pull(
            remote=remote,
            name=name,
            x_registry_auth=header if header is not None else NOT_GIVEN,
            body=wire,  # type: ignore[arg-type]
        )
        return drain_progress(stream, progress)

    def create_from_directory(
        self, name: str, path: str | os.PathLike[str]
    ) -> None:
        """Create a plugin from a directory holding ``config.json`` and ``rootfs/``.

        The directory is streamed as a tar while it is read (a
        ``.dockerignore`` in it applies).

        Args:
            name: the plugin's name (``name[:tag]``).
            path: the directory.
        """
        self.create(name=name, body=_plugin_tar(Path(path)))
