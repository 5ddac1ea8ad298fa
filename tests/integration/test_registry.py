"""Push, pull and distribution inspect against the loopback docker-registry."""

from __future__ import annotations

import base64
import contextlib
import json
import os
import uuid
from pathlib import Path
from typing import Any

import pytest

from moby_client import AsyncMobyClient, MobyClient
from moby_client._protocol.auth import AuthConfig, DockerConfigFile
from moby_client.errors import APIError, NotFoundError, ProgressError

from .conftest import RegistryLogin

pytestmark = pytest.mark.registry


def unique_tag() -> str:
    return "t" + uuid.uuid4().hex[:10]


def forget(moby: MobyClient, ref: str) -> None:
    with contextlib.suppress(NotFoundError):
        moby.images.remove(ref, force=True)


def test_push_remove_pull_roundtrip(
    moby: MobyClient, busybox_image: str, registry: str
) -> None:
    ref = f"{registry}/busybox:t1"
    moby.images.tag(busybox_image, repo=f"{registry}/busybox", tag="t1")
    local_id = moby.images.inspect(busybox_image).id
    seen: list[Any] = []
    try:
        moby.images.push(ref, progress=seen.append)
        assert any(m.status for m in seen)

        described = moby.distribution.inspect(ref)
        assert described.descriptor is not None
        assert (described.descriptor.digest or "").startswith("sha256:")

        moby.images.remove(ref)
        with pytest.raises(NotFoundError):
            moby.images.inspect(ref)

        pulled_progress: list[Any] = []
        image = moby.images.pull(ref, progress=pulled_progress.append)
        assert ref in (image.repo_tags or [])
        assert image.id == local_id
        assert pulled_progress
        streamed = list(moby.images.pull_stream(f"{registry}/busybox", tag="t1"))
        assert streamed and all(
            m.status is not None or m.id is not None for m in streamed
        )
    finally:
        forget(moby, ref)


def test_pull_of_a_missing_tag_raises(moby: MobyClient, registry: str) -> None:
    with pytest.raises((ProgressError, NotFoundError)):
        moby.images.pull(f"{registry}/busybox:no-such-tag-{unique_tag()}")


def test_auth_registry_rejects_without_and_accepts_with_credentials(
    moby: MobyClient,
    busybox_image: str,
    auth_registry: RegistryLogin,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setenv("DOCKER_CONFIG", str(empty))
    tag = unique_tag()
    ref = f"{auth_registry.host}/busybox:{tag}"
    moby.images.tag(busybox_image, repo=f"{auth_registry.host}/busybox", tag=tag)
    login = AuthConfig(username=auth_registry.username, password=auth_registry.password)
    try:
        with pytest.raises((ProgressError, APIError)):
            moby.images.push(ref)
        with pytest.raises((ProgressError, APIError)):
            moby.images.push(ref, auth={"username": "nobody", "password": "wrong"})

        moby.images.push(ref, auth=login)
        assert (
            moby.distribution.inspect_with_auth(ref, auth=login).descriptor is not None
        )
        with pytest.raises(APIError):
            moby.distribution.inspect(ref)

        moby.images.remove(ref)
        with pytest.raises((ProgressError, APIError)):
            moby.images.pull(ref)
        image = moby.images.pull(ref, auth=login)
        assert ref in (image.repo_tags or [])
        moby.images.remove(ref)

        # the same credentials from a config.json, as `docker login` writes them
        config_dir = tmp_path / "docker"
        config_dir.mkdir()
        secret = f"{auth_registry.username}:{auth_registry.password}"
        (config_dir / "config.json").write_text(
            json.dumps(
                {
                    "auths": {
                        auth_registry.host: {
                            "auth": base64.b64encode(secret.encode()).decode()
                        }
                    }
                }
            )
        )
        monkeypatch.setenv("DOCKER_CONFIG", str(config_dir))
        assert DockerConfigFile.load().credentials_for(auth_registry.host) is not None
        image = moby.images.pull(ref)
        assert ref in (image.repo_tags or [])
    finally:
        forget(moby, ref)


def test_auth_registry_through_a_credential_helper(
    moby: MobyClient,
    busybox_image: str,
    auth_registry: RegistryLogin,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bindir = tmp_path / "bin"
    bindir.mkdir()
    helper = bindir / "docker-credential-mobytest"
    reply = json.dumps(
        {
            "ServerURL": auth_registry.host,
            "Username": auth_registry.username,
            "Secret": auth_registry.password,
        }
    )
    helper.write_text(
        "#!/bin/sh\nread server\n"
        f'[ "$server" = "{auth_registry.host}" ] || exit 1\n'
        f"echo '{reply}'\n"
    )
    helper.chmod(0o700)
    (tmp_path / "config.json").write_text(json.dumps({"credsStore": "mobytest"}))
    monkeypatch.setenv("DOCKER_CONFIG", str(tmp_path))
    monkeypatch.setenv("PATH", f"{bindir}:{os.environ['PATH']}")
    tag = unique_tag()
    ref = f"{auth_registry.host}/busybox:{tag}"
    moby.images.tag(busybox_image, repo=f"{auth_registry.host}/busybox", tag=tag)
    try:
        moby.images.push(ref)
        assert moby.distribution.inspect(ref).descriptor is not None
        moby.images.remove(ref)
        assert ref in (moby.images.pull(ref).repo_tags or [])
    finally:
        forget(moby, ref)


async def test_async_push_and_pull_with_credentials(
    amoby: AsyncMobyClient,
    busybox_image: str,
    auth_registry: RegistryLogin,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DOCKER_CONFIG", str(tmp_path))
    login = {"username": auth_registry.username, "password": auth_registry.password}
    tag = unique_tag()
    ref = f"{auth_registry.host}/busybox:{tag}"
    await amoby.images.tag(busybox_image, repo=f"{auth_registry.host}/busybox", tag=tag)
    try:
        await amoby.images.push(ref, auth=login)
        await amoby.images.remove(ref)
        statuses: list[str] = []
        stream = await amoby.images.pull_stream(ref, auth=login)
        async with stream:
            async for message in stream:
                statuses.append(message.status or "")
        assert any(tag in s for s in statuses)
        image = await amoby.images.inspect(ref)
        assert ref in (image.repo_tags or [])
    finally:
        await amoby.images.remove(ref, force=True)
