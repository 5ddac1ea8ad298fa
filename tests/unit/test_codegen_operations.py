"""The generated operation descriptors match the specs' facts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from moby_client._generated.operations import (
    API_VERSIONS,
    OPERATION_SPECS,
    OPERATIONS,
)


def _param(operation_id: str, name: str):  # type: ignore[no-untyped-def]
    return next(p for p in OPERATION_SPECS[operation_id].params if p.name == name)


def test_versions_and_operation_count() -> None:
    assert API_VERSIONS[0] == "1.25"
    assert API_VERSIONS[-1] == "1.56"
    assert len(API_VERSIONS) == 32
    newest = [s for s in OPERATION_SPECS.values() if s.until is None]
    assert len(newest) == 108
    assert set(OPERATIONS) == set(OPERATION_SPECS)


@pytest.mark.parametrize(
    ("operation_id", "since"),
    [
        ("VolumeUpdate", "1.42"),
        ("ImageAttestations", "1.55"),
        ("ContainerArchiveInfo", "1.25"),
        ("SystemPingHead", "1.40"),
        ("ContainerInspect", "1.25"),
    ],
)
def test_operation_since(operation_id: str, since: str) -> None:
    assert OPERATION_SPECS[operation_id].since == since


def test_renamed_operations_keep_former_ids() -> None:
    assert OPERATION_SPECS["ContainerArchiveInfo"].former_ids == (
        "ContainerArchiveHead",
    )
    assert OPERATION_SPECS["ContainerArchive"].former_ids == ("ContainerGetArchive",)
    assert OPERATION_SPECS["PutContainerArchive"].former_ids == ("ContainerPutArchive",)


def test_parameter_ranges() -> None:
    assert _param("ContainerStop", "signal").since == "1.42"
    assert _param("ImageList", "shared-size").since == "1.42"
    assert _param("ImageList", "manifests").since == "1.47"
    removed = _param("BuildPrune", "keep-storage")
    assert (removed.since, removed.until) == ("1.39", "1.51")
    assert _param("ContainerStop", "t").since == "1.25"


@pytest.mark.parametrize(
    ("operation_id", "dotted", "kind"),
    [
        ("ContainerInspect", "containers.inspect", "json"),
        ("ContainerDelete", "containers.remove", "empty"),
        ("PutContainerArchive", "containers.put_archive", "empty"),
        ("ContainerArchive", "containers.get_archive", "binary"),
        ("ImageBuild", "images.build_from_tar", "json_stream"),
        ("BuildPrune", "images.prune_builds", "json"),
        ("ImageGet", "images.save", "binary"),
        ("SystemDataUsage", "system.df", "json"),
        ("SystemPing", "system.ping", "text"),
        ("SystemPingHead", "system.ping_head", "empty"),
        ("Session", "session.start", "upgrade"),
        ("ContainerLogs", "containers.logs", "frames"),
        ("ExecStart", "exec.start", "upgrade"),
        ("ContainerExec", "exec.create", "json"),
        ("SwarmUnlockkey", "swarm.unlock_key", "json"),
        ("GetPluginPrivileges", "plugins.privileges", "json"),
    ],
)
def test_names_and_kinds(operation_id: str, dotted: str, kind: str) -> None:
    spec = OPERATION_SPECS[operation_id]
    assert OPERATIONS[operation_id] == dotted
    assert spec.dotted_name == dotted
    assert spec.response_kind == kind


def test_method_names_unique() -> None:
    assert len(set(OPERATIONS.values())) == len(OPERATIONS)


def test_path_parameters_and_body() -> None:
    spec = OPERATION_SPECS["ContainerCreate"]
    assert spec.body_model == "ContainerCreateBody"
    body = [p for p in spec.params if p.location == "body"]
    assert body and body[0].python_name == "body"
    inspect = OPERATION_SPECS["ContainerInspect"]
    assert [p.name for p in inspect.params if p.location == "path"] == ["id"]
    assert inspect.path == "/containers/{id}/json"
    assert 304 in OPERATION_SPECS["ContainerStart"].responses


def test_operations_doc_lists_every_operation() -> None:
    doc = (Path(__file__).parents[2] / "docs" / "operations.md").read_text()
    for operation_id, dotted in OPERATIONS.items():
        assert f"| {operation_id} |" in doc
        assert f"`client.{dotted}`" in doc


def test_sources_json_covers_every_version() -> None:
    root = Path(__file__).parents[2]
    sources = json.loads((root / "openapi" / "sources.json").read_text())
    assert set(sources["versions"]) == set(API_VERSIONS)
