# Async source: moby_client/_sync/resources/images.py is derived from it.
"""``client.images``: operations on images, and the helpers around them.

Besides the generated operations, the group offers what users reach for:
:meth:`AsyncImages.build` from a directory, :meth:`AsyncImages.pull` and
:meth:`AsyncImages.push` that wait for the end and raise on errors, their
progress iterator :meth:`AsyncImages.pull_stream`, :meth:`AsyncImages.import_`
from bytes, files, iterators or paths and :meth:`AsyncImages.load_archive`.
Registry credentials come from the ``auth`` argument or, without it, from the
Docker CLI configuration (see :mod:`moby_client.auth`).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

from ..._generated.resources_async import AsyncImagesAPI
from ..._model import MobyModel
from ..._protocol.auth import (
    AuthConfig,
    build_registry_config,
    encode_registry_auth,
    registry_auth_header,
    registry_from_reference,
    split_image_reference,
)
from ..._protocol.build_context import BuildContext
from ..._types import NOT_GIVEN, NotGiven
from ...errors import StreamError
from ..streams import AsyncJSONStream

if TYPE_CHECKING:
    from ... import models as _models

__all__ = ["AsyncImages", "ImageSource", "RegistryAuth"]

T = TypeVar("T")

RegistryAuth = AuthConfig | MobyModel | Mapping[str, Any]
"""Credentials for one registry: an :class:`AuthConfig`, the generated
``moby_client.models.AuthConfig``, or a mapping of its fields
(``{"username": …, "password": …}``)."""

ImageSource = (
    bytes | IO[bytes] | Iterable[bytes] | AsyncIterable[bytes] | str | os.PathLike[str]
)
"""A tar archive: bytes, a binary file, an iterator of chunks, or a path."""

_BUILT_LINE = re.compile(r"Successfully built ([0-9a-f]{12,64})\b")
_LOADED_LINE = re.compile(r"Loaded image(?: ID)?: (\S+)")
_EMPTY_AUTH = encode_registry_auth({})


async def _chunks_of(context: BuildContext) -> AsyncIterator[bytes]:
    """The context's tar chunks; file reads happen as the request is sent."""
    for chunk in context:
        yield chunk


async def drain_progress(
    stream: AsyncJSONStream[T], progress: Callable[[T], object] | None
) -> list[T]:
    """Read a progress stream to its end, handing each item to ``progress``.

    An error object in the stream raises :class:`~moby_client.errors.ProgressError`
    once the items before it were delivered.
    """
    items: list[T] = []
    async with stream:
        async for item in stream:
            items.append(item)
            if progress is not None:
                progress(item)
    return items


def _pull_target(reference: str, tag: str | NotGiven) -> tuple[str, str]:
    """``fromImage`` and ``tag`` of a pull: a missing tag means ``latest``, as
    in the CLI (an empty tag would make the daemon pull every tag)."""
    name, ref_tag = split_image_reference(reference)
    if isinstance(tag, str) and tag:
        return name, tag
    return name, ref_tag or "latest"


def _joined(name: str, tag: str) -> str:
    return f"{name}@{tag}" if ":" in tag else f"{name}:{tag}"


def _json_query(value: Mapping[str, Any] | NotGiven) -> str | NotGiven:
    return NOT_GIVEN if isinstance(value, NotGiven) else json.dumps(dict(value))


class AsyncImages(AsyncImagesAPI):
    """Operations on images, with build, pull, push and import helpers."""

    __slots__ = ()

    async def build(
        self,
        *,
        path: str | os.PathLike[str],
        dockerfile: str | os.PathLike[str] | None = None,
        tag: str | NotGiven = NOT_GIVEN,
        buildargs: Mapping[str, str] | NotGiven = NOT_GIVEN,
        labels: Mapping[str, str] | NotGiven = NOT_GIVEN,
        target: str | NotGiven = NOT_GIVEN,
        nocache: bool | NotGiven = NOT_GIVEN,
        pull: bool | NotGiven = NOT_GIVEN,
        platform: str | NotGiven = NOT_GIVEN,
        cachefrom: Iterable[str] | NotGiven = NOT_GIVEN,
        network_mode: str | NotGiven = NOT_GIVEN,
        forcerm: bool | NotGiven = NOT_GIVEN,
        compress: bool = False,
        auth: Mapping[str, RegistryAuth] | None = None,
        progress: Callable[[_models.BuildInfo], object] | None = None,
    ) -> _models.ImageInspect:
        """Build an image from a directory and return it.

        The directory is packed as the ``docker`` CLI packs a build context
        (``.dockerignore``, a Dockerfile inside or outside it) and streamed to
        the daemon while it is read.

        Args:
            path: the build context directory.
            dockerfile: the Dockerfile, relative to ``path`` or absolute (it
                may lie outside the context); default ``path/Dockerfile``.
            tag: ``name:tag`` for the result.
            buildargs: values of the Dockerfile's ``ARG`` instructions.
            labels: labels set on the image.
            target: the build stage to stop at.
            nocache: do not use the build cache.
            pull: pull newer versions of the base images.
            platform: ``os[/arch[/variant]]`` of the result.
            cachefrom: images to use as cache sources.
            network_mode: network of the ``RUN`` steps.
            forcerm: always remove intermediate containers.
            compress: gzip the context on the wire.
            auth: registry → credentials for pulling base images; by default
                every registry known to the Docker CLI configuration.
            progress: called with each progress message as it arrives.

        Returns:
            The built image, as ``inspect`` reports it.

        Raises:
            ProgressError: the build failed (after earlier progress was
                delivered).
        """
        context = BuildContext(path, dockerfile=dockerfile, compress=compress)
        registry_config = build_registry_config(auth)
        stream = await self.build_from_tar(
            dockerfile=context.dockerfile_name,
            t=tag,
            buildargs=_json_query(buildargs),
            labels=_json_query(labels),
            target=target,
            nocache=nocache,
            pull=NOT_GIVEN if isinstance(pull, NotGiven) else ("1" if pull else ""),
            platform=platform,
            cachefrom=NOT_GIVEN
            if isinstance(cachefrom, NotGiven)
            else json.dumps(list(cachefrom)),
            networkmode=network_mode,
            forcerm=forcerm,
            content_type="application/x-tar",
            x_registry_config=registry_config or NOT_GIVEN,
            body=_chunks_of(context),
        )
        image_id: str | None = None
        for message in await drain_progress(stream, progress):
            if message.aux is not None and message.aux.id:
                image_id = message.aux.id
            elif image_id is None and message.stream:
                built = _BUILT_LINE.search(message.stream)
                if built:
                    image_id = built.group(1)
        if image_id is None:
            if isinstance(tag, str):
                return await self.inspect(tag)
            raise StreamError("the build ended without naming the image it built")
        return await self.inspect(image_id)

    async def pull_stream(
        self,
        reference: str,
        *,
        tag: str | NotGiven = NOT_GIVEN,
        platform: str | NotGiven = NOT_GIVEN,
        auth: RegistryAuth | None = None,
    ) -> AsyncJSONStream[_models.CreateImageInfo]:
        """Start pulling an image; iterate the result for progress messages.

        Args:
            reference: ``name``, ``name:tag`` or ``name@digest``.
            tag: the tag, when ``reference`` has none (default ``latest``).
            platform: ``os[/arch[/variant]]`` to pull.
            auth: credentials; by default those the Docker CLI configuration
                holds for the image's registry.

        Returns:
            The progress stream; an error object in it raises
            :class:`~moby_client.errors.ProgressError` while iterating.
        """
        name, pull_tag = _pull_target(reference, tag)
        header = registry_auth_header(registry_from_reference(name), auth)
        return await self.create(
            from_image=name,
            tag=pull_tag,
            platform=platform,
            x_registry_auth=header if header is not None else NOT_GIVEN,
        )

    async def pull(
        self,
        reference: str,
        *,
        tag: str | NotGiven = NOT_GIVEN,
        platform: str | NotGiven = NOT_GIVEN,
        auth: RegistryAuth | None = None,
        progress: Callable[[_models.CreateImageInfo], object] | None = None,
    ) -> _models.ImageInspect:
        """Pull an image, wait for the end and return it.

        Args:
            reference: ``name``, ``name:tag`` or ``name@digest``.
            tag: the tag, when ``reference`` has none (default ``latest``).
            platform: ``os[/arch[/variant]]`` to pull.
            auth: credentials; by default those the Docker CLI configuration
                holds for the image's registry.
            progress: called with each progress message as it arrives.

        Returns:
            The pulled image, as ``inspect`` reports it.

        Raises:
            ProgressError: the pull failed.
        """
        stream = await self.pull_stream(
            reference, tag=tag, platform=platform, auth=auth
        )
        await drain_progress(stream, progress)
        return await self.inspect(_joined(*_pull_target(reference, tag)))

    async def push(
        self,
        reference: str,
        *,
        tag: str | NotGiven = NOT_GIVEN,
        platform: str | NotGiven = NOT_GIVEN,
        auth: RegistryAuth | None = None,
        progress: Callable[[_models.PushImageInfo], object] | None = None,
    ) -> None:
        """Push an image and wait for the end.

        Args:
            reference: ``name`` or ``name:tag`` (a missing tag is ``latest``).
            tag: the tag, when ``reference`` has none.
            platform: push only this platform of a multi-platform image.
            auth: credentials; by default those the Docker CLI configuration
                holds for the image's registry.
            progress: called with each progress message as it arrives.

        Raises:
            ProgressError: the push failed (for example: denied by the
                registry).
        """
        name, push_tag = _pull_target(reference, tag)
        header = registry_auth_header(registry_from_reference(name), auth)
        stream = await self.push_stream(
            name,
            tag=push_tag,
            platform=platform,
            x_registry_auth=header if header is not None else _EMPTY_AUTH,
        )
        await drain_progress(stream, progress)

    async def import_(
        self,
        source: ImageSource,
        *,
        repo: str | NotGiven = NOT_GIVEN,
        tag: str | NotGiven = NOT_GIVEN,
        changes: list[str] | NotGiven = NOT_GIVEN,
        message: str | NotGiven = NOT_GIVEN,
        platform: str | NotGiven = NOT_GIVEN,
        progress: Callable[[_models.CreateImageInfo], object] | None = None,
    ) -> _models.ImageInspect:
        """Import a root filesystem tar as an image and return it.

        Args:
            source: the tar: ``bytes``, a binary file, an (async) iterator of
                chunks, or a path to a file (read while it is sent).
            repo: repository name of the image.
            tag: its tag.
            changes: Dockerfile instructions to apply (``ENV A=1``, ``CMD …``).
            message: the commit message.
            platform: ``os[/arch[/variant]]`` of the image.
            progress: called with each progress message as it arrives.

        Returns:
            The imported image, as ``inspect`` reports it.
        """
        handle: IO[bytes] | None = None
        body: Any = source
        if isinstance(source, (str, os.PathLike)):
            handle = open(Path(source), "rb")  # noqa: SIM115 - closed below
            body = handle
        try:
            stream = await self.create(
                from_src="-",
                repo=repo,
                tag=tag,
                changes=changes,
                message=message,
                platform=platform,
                body=body,
            )
            messages = await drain_progress(stream, progress)
        finally:
            if handle is not None:
                handle.close()
        image_id = next(
            (
                m.status
                for m in reversed(messages)
                if (m.status or "").startswith("sha256:")
            ),
            None,
        )
        if image_id is None:
            raise StreamError("the import ended without naming the image it made")
        return await self.inspect(image_id)

    async def load_archive(
        self,
        source: ImageSource,
        *,
        platform: list[str] | str | NotGiven = NOT_GIVEN,
        progress: Callable[[_models.BuildInfo], object] | None = None,
    ) -> list[str]:
        """Load images from a ``docker save`` tar and wait for the end.

        Args:
            source: the tar: ``bytes``, a binary file, an (async) iterator of
                chunks, or a path to a file.
            platform: the platforms to load (API 1.48+).
            progress: called with each progress message as it arrives.

        Returns:
            What the daemon reports as loaded: ``name:tag`` for tagged images,
            ``sha256:…`` IDs for the others.
        """
        handle: IO[bytes] | None = None
        body: Any = source
        if isinstance(source, (str, os.PathLike)):
            handle = open(Path(source), "rb")  # noqa: SIM115 - closed below
            body = handle
        try:
            stream = await self.load(quiet=False, platform=platform, body=body)
            messages = await drain_progress(stream, progress)
        finally:
            if handle is not None:
                handle.close()
        loaded: list[str] = []
        for item in messages:
            for line in (item.stream or "").splitlines():
                found = _LOADED_LINE.search(line)
                if found:
                    loaded.append(found.group(1))
        return loaded
