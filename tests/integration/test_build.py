"""images.build from a directory against real daemons."""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from pathlib import Path
from typing import Any

import pytest

from moby_client import AsyncMobyClient, MobyClient
from moby_client.errors import ProgressError


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def write(root: Path, files: dict[str, str]) -> None:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content)


def run_output(moby: MobyClient, image: str, command: list[str]) -> str:
    """stdout of a short container run of ``image``."""
    created = moby.containers.create(
        image=image, cmd=command, labels={"moby-client-test": "1"}
    )
    try:
        moby.containers.start(created.id)
        moby.containers.wait(created.id)
        return b"".join(
            frame.data for frame in moby.containers.logs(created.id, stdout=True)
        ).decode()
    finally:
        moby.containers.remove(created.id, force=True)


def test_build_honours_dockerignore_args_labels_and_target(
    moby: MobyClient, busybox_image: str, tmp_path: Path
) -> None:
    write(
        tmp_path,
        {
            "Dockerfile": (
                f"FROM {busybox_image} AS base\n"
                "ARG GREETING=unset\n"
                "COPY . /ctx/\n"
                'RUN echo "$GREETING" > /greeting\n'
                f"FROM {busybox_image} AS other\n"
                "RUN false\n"
            ),
            ".dockerignore": "secret*\nlogs\n!logs/keep.log\n",
            "app.txt": "app",
            "secret.key": "hidden",
            "logs/drop.log": "x",
            "logs/keep.log": "kept",
        },
    )
    tag = unique("moby-client-build")
    seen: list[Any] = []
    image = moby.images.build(
        path=tmp_path,
        tag=f"{tag}:1",
        buildargs={"GREETING": "hello"},
        labels={"moby-client-build": "yes"},
        target="base",
        progress=seen.append,
    )
    try:
        assert f"{tag}:1" in (image.repo_tags or [])
        assert image.config is not None
        assert (image.config.labels or {}).get("moby-client-build") == "yes"
        assert any(m.stream for m in seen)
        listing = run_output(
            moby,
            f"{tag}:1",
            ["sh", "-c", "cd /ctx && find . -type f | sort; cat /greeting"],
        )
        assert listing.split() == [
            "./.dockerignore",
            "./Dockerfile",
            "./app.txt",
            "./logs/keep.log",
            "hello",
        ]
    finally:
        moby.images.remove(f"{tag}:1", force=True)


def test_build_with_dockerfile_outside_the_context(
    moby: MobyClient, busybox_image: str, tmp_path: Path
) -> None:
    context = tmp_path / "ctx"
    write(context, {"data.txt": "data"})
    dockerfile = tmp_path / "Dockerfile.outside"
    dockerfile.write_text(f"FROM {busybox_image}\nCOPY . /ctx/\n")
    tag = unique("moby-client-outside")
    image = moby.images.build(path=context, dockerfile=dockerfile, tag=tag)
    try:
        listing = run_output(
            moby, tag, ["sh", "-c", "cd /ctx && find . -type f | sort"]
        )
        assert listing.split() == ["./.dockerignore", "./data.txt"]
        assert image.id
    finally:
        moby.images.remove(tag, force=True)


def test_build_error_raises_after_progress(
    moby: MobyClient, busybox_image: str, tmp_path: Path
) -> None:
    write(tmp_path, {"Dockerfile": f"FROM {busybox_image}\nRUN echo before; exit 3\n"})
    seen: list[Any] = []
    with pytest.raises(ProgressError) as caught:
        moby.images.build(path=tmp_path, progress=seen.append, nocache=True)
    assert "returned a non-zero code: 3" in str(caught.value)
    assert any("before" in (m.stream or "") for m in seen)


async def test_async_build(
    amoby: AsyncMobyClient, busybox_image: str, tmp_path: Path
) -> None:
    write(tmp_path, {"Dockerfile": f"FROM {busybox_image}\nLABEL async=1\n"})
    tag = unique("moby-client-abuild")
    image = await amoby.images.build(path=tmp_path, tag=tag)
    try:
        assert image.config is not None
        assert (image.config.labels or {}).get("async") == "1"
    finally:
        await amoby.images.remove(tag, force=True)


TRICKY_IGNORE = """
# every rule of the format at once
  *.tmp
/rooted.txt
docs
!docs/keep
!docs/keep/drop.md
docs/keep/drop.md
**/cache
!**/cache/wanted
sub/*/deep.txt
a\\*b
dir//x/../y
!  spaced.tmp
"""

TRICKY_FILES = {
    "Dockerfile": "",
    "top.tmp": "",
    "spaced.tmp": "",
    "sub/nested.tmp": "",
    "rooted.txt": "",
    "sub/rooted.txt": "",
    "docs/drop.md": "",
    "docs/keep/one.md": "",
    "docs/keep/drop.md": "",
    "cache/x": "",
    "a/b/cache/y": "",
    "a/b/cache/wanted": "",
    "sub/one/deep.txt": "",
    "sub/one/two/deep.txt": "",
    "a*b": "",
    "axb": "",
    "dir/y": "",
    "dir/x": "",
    "plain": "",
}


@pytest.mark.skipif(shutil.which("docker") is None, reason="no docker CLI")
def test_context_matches_the_docker_cli(
    moby: MobyClient, moby_host: str, busybox_image: str, tmp_path: Path
) -> None:
    context = tmp_path / "ctx"
    write(context, {**TRICKY_FILES, ".dockerignore": TRICKY_IGNORE})
    (context / "Dockerfile").write_text(f"FROM {busybox_image}\nCOPY . /ctx/\n")
    (context / "link").symlink_to("plain")
    listing = ["sh", "-c", "cd /ctx && find . ! -type d | sort"]

    cli_tag = unique("moby-client-cli")
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(tmp_path),
        "DOCKER_HOST": moby_host,
        "DOCKER_BUILDKIT": "0",
        "DOCKER_CONFIG": str(tmp_path / "cli-config"),
    }
    subprocess.run(
        ["docker", "build", "-q", "-t", cli_tag, str(context)],
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    sdk_tag = unique("moby-client-sdk")
    moby.images.build(path=context, tag=sdk_tag)
    try:
        from_cli = run_output(moby, cli_tag, listing).split()
        from_sdk = run_output(moby, sdk_tag, listing).split()
        assert from_sdk == from_cli
        # a wildcard exception does not reopen an excluded directory, as in the CLI
        assert from_sdk == [
            "./.dockerignore",
            "./Dockerfile",
            "./axb",
            "./dir/x",
            "./docs/keep/one.md",
            "./link",
            "./plain",
            "./spaced.tmp",
            "./sub/nested.tmp",
            "./sub/one/two/deep.txt",
            "./sub/rooted.txt",
        ]
    finally:
        moby.images.remove(cli_tag, force=True)
        moby.images.remove(sdk_tag, force=True)


@pytest.mark.skipif(shutil.which("docker") is None, reason="no docker CLI")
def test_outside_dockerfile_matches_the_docker_cli(
    moby: MobyClient, moby_host: str, busybox_image: str, tmp_path: Path
) -> None:
    context = tmp_path / "ctx"
    write(context, {"data.txt": "d", ".dockerignore": "*.log\n", "x.log": "l"})
    dockerfile = tmp_path / "Dockerfile.outside"
    dockerfile.write_text(f"FROM {busybox_image}\nCOPY . /ctx/\n")
    listing = ["sh", "-c", "cd /ctx && find . ! -type d | sort && cat .dockerignore"]
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(tmp_path),
        "DOCKER_HOST": moby_host,
        "DOCKER_BUILDKIT": "0",
        "DOCKER_CONFIG": str(tmp_path / "cli-config"),
    }
    cli_tag = unique("moby-client-cli")
    subprocess.run(
        ["docker", "build", "-q", "-t", cli_tag, "-f", str(dockerfile), str(context)],
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    sdk_tag = unique("moby-client-sdk")
    moby.images.build(path=context, dockerfile=dockerfile, tag=sdk_tag)
    try:
        from_cli = run_output(moby, cli_tag, listing).split()
        from_sdk = run_output(moby, sdk_tag, listing).split()
        # the generated Dockerfile name differs (random in the CLI, a hash here)
        assert [w for w in from_sdk if ".dockerfile." not in w] == [
            w for w in from_cli if ".dockerfile." not in w
        ]
        assert from_sdk[:3] == ["./.dockerignore", "./data.txt", "*.log"]
        assert from_sdk[3].startswith(".dockerfile.")
    finally:
        moby.images.remove(cli_tag, force=True)
        moby.images.remove(sdk_tag, force=True)
