"""Image helpers against real daemons: import, tag, save, load, remove, prune."""

from __future__ import annotations

import contextlib
import io
import tarfile
import uuid
from pathlib import Path
from typing import Any

import pytest

from moby_client import AsyncMobyClient, MobyClient
from moby_client.errors import NotFoundError


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def tiny_rootfs() -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        data = b"hello from an imported image\n"
        info = tarfile.TarInfo("hello.txt")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


@pytest.mark.parametrize("kind", ["bytes", "file", "path", "iterator"])
def test_import_from_every_source(moby: MobyClient, tmp_path: Path, kind: str) -> None:
    data = tiny_rootfs()
    path = tmp_path / "rootfs.tar"
    path.write_bytes(data)
    source: Any = {
        "bytes": data,
        "file": open(path, "rb"),  # noqa: SIM115 - closed below
        "path": path,
        "iterator": iter([data[:700], data[700:]]),
    }[kind]
    repo = unique("moby-client-import")
    try:
        image = moby.images.import_(
            source, repo=repo, tag="t", changes=["ENV FROM_IMPORT=1"]
        )
        assert f"{repo}:t" in (image.repo_tags or [])
        assert image.config is not None
        assert "FROM_IMPORT=1" in (image.config.env or [])
    finally:
        if kind == "file":
            source.close()
        moby.images.remove(f"{repo}:t", force=True)


def test_tag_save_load_remove(moby: MobyClient, busybox_image: str) -> None:
    repo = unique("moby-client-tag")
    moby.images.tag(busybox_image, repo=repo, tag="copy")
    try:
        tagged = moby.images.inspect(f"{repo}:copy")
        original = moby.images.inspect(busybox_image)
        assert tagged.id == original.id

        chunks = list(moby.images.save(f"{repo}:copy"))
        assert len(chunks) >= 1
        archive = b"".join(chunks)
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            assert "manifest.json" in tar.getnames()

        removed = moby.images.remove(f"{repo}:copy")
        assert any(entry.untagged == f"{repo}:copy" for entry in removed)
        with pytest.raises(NotFoundError):
            moby.images.inspect(f"{repo}:copy")

        loaded = moby.images.load_archive(archive)
        assert f"{repo}:copy" in loaded
        assert moby.images.inspect(f"{repo}:copy").id == original.id
    finally:
        with contextlib.suppress(NotFoundError):
            moby.images.remove(f"{repo}:copy", force=True)


def test_prune_removes_dangling_images_only(moby: MobyClient) -> None:
    repo = unique("moby-client-prune")
    label = f"moby-client-prune={unique('p')}"
    first = moby.images.import_(
        tiny_rootfs(), repo=repo, tag="t", changes=[f"LABEL {label}"]
    )
    second = moby.images.import_(
        tiny_rootfs(), repo=repo, tag="t", changes=[f"LABEL {label}", "ENV X=1"]
    )
    try:
        assert first.id != second.id
        assert not moby.images.inspect(first.id or "").repo_tags  # now dangling
        report = moby.images.prune(filters={"label": [label]})
        deleted = [d.deleted for d in report.images_deleted or [] if d.deleted]
        assert first.id in deleted
        assert second.id not in deleted
        with pytest.raises(NotFoundError):
            moby.images.inspect(first.id or "")
        assert moby.images.inspect(f"{repo}:t").id == second.id
    finally:
        moby.images.remove(f"{repo}:t", force=True)


async def test_async_import_and_remove(amoby: AsyncMobyClient) -> None:
    repo = unique("moby-client-aimport")

    async def chunks() -> Any:
        data = tiny_rootfs()
        for start in range(0, len(data), 512):
            yield data[start : start + 512]

    image = await amoby.images.import_(chunks(), repo=repo, tag="t")
    try:
        assert f"{repo}:t" in (image.repo_tags or [])
    finally:
        await amoby.images.remove(f"{repo}:t", force=True)
