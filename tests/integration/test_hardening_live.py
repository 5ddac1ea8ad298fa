"""Hostile input and odd answers against the real daemons."""

from __future__ import annotations

import pytest

from moby_client import AsyncMobyClient, MobyClient

REDTEAM_LABELS = {"moby-client-test": "redteam"}


def _labels(labels: dict[str, str]) -> dict[str, str]:
    return {**labels, **REDTEAM_LABELS}


def test_changes_of_an_unchanged_container_is_empty(
    moby: MobyClient, busybox_image: str, labels: dict[str, str]
) -> None:
    created = moby.containers.create(
        image=busybox_image, cmd=["true"], labels=_labels(labels)
    )
    assert created.id is not None
    try:
        assert moby.containers.changes(created.id) == []
    finally:
        moby.containers.remove(created.id, force=True)


async def test_changes_of_an_unchanged_container_is_empty_async(
    amoby: AsyncMobyClient, busybox_image: str, labels: dict[str, str]
) -> None:
    created = await amoby.containers.create(
        image=busybox_image, cmd=["true"], labels=_labels(labels)
    )
    assert created.id is not None
    try:
        assert await amoby.containers.changes(created.id) == []
    finally:
        await amoby.containers.remove(created.id, force=True)


@pytest.mark.parametrize("bad_id", [" ", "..", "x/../../volumes/v"])
def test_unclean_ids_never_reach_the_daemon(moby: MobyClient, bad_id: str) -> None:
    with pytest.raises(ValueError, match="'id'"):
        moby.containers.remove(bad_id, force=True)
