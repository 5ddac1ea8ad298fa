"""Generated models: union of versions, open enums, lazy loading."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import moby_client.models as models
from codegen.naming import python_field_name, snake_case
from moby_client._generated.field_ranges import FIELD_RANGES
from moby_client._model import MobyModel

SPEC_DIR = Path(__file__).parents[3] / "shared" / "openapi"


@pytest.fixture(scope="module")
def newest_definitions() -> dict[str, object]:
    if not (SPEC_DIR / "v1.56.yaml").is_file():
        pytest.skip("spec files not found")
    with (SPEC_DIR / "v1.56.yaml").open() as stream:
        return dict(yaml.load(stream, Loader=yaml.CSafeLoader)["definitions"])


def test_every_definition_is_present(newest_definitions: dict[str, object]) -> None:
    assert len(newest_definitions) == 160
    for name in newest_definitions:
        value = getattr(models, name)
        assert value is not None
    assert isinstance(models.ContainerInspectResponse, type)
    assert issubclass(models.ContainerInspectResponse, MobyModel)


def test_inline_schemas_have_stable_names() -> None:
    for name in ("ContainerCreateBody", "ContainerWaitResponse", "ExecConfig"):
        assert issubclass(getattr(models, name), MobyModel)
    fields = models.ContainerCreateBody.model_fields
    assert fields["host_config"].serialization_alias == "HostConfig"
    assert fields["networking_config"].serialization_alias == "NetworkingConfig"
    assert fields["image"].serialization_alias == "Image"


def test_snake_case_names_and_aliases() -> None:
    host = models.HostConfig.model_fields
    assert host["nano_cpus"].serialization_alias == "NanoCpus"
    assert snake_case("NanoCPUs") == "nano_cpus"
    assert python_field_name("from") == "from_"
    assert python_field_name("schema") == "schema_"
    assert python_field_name("com.example.some-label") == "com_example_some_label"
    assert host["cpu_shares"].serialization_alias == "CpuShares"
    ipam = models.EndpointIPAMConfig.model_fields
    assert ipam["ipv4_address"].serialization_alias == "IPv4Address"
    assert models.ContainerSummary.model_fields["id"].serialization_alias == "Id"


def test_unknown_fields_kept_and_to_wire_sends_only_set_fields() -> None:
    summary = models.ContainerSummary.model_validate(
        {"Id": "abc", "Names": ["/x"], "SomethingNew": {"a": 1}}
    )
    assert summary.id == "abc"
    assert summary["SomethingNew"] == {"a": 1}
    assert summary.to_wire() == {"Id": "abc", "Names": ["/x"], "SomethingNew": {"a": 1}}
    built = models.ContainerCreateBody(image="busybox:local", cmd=["true"])
    assert built.to_wire() == {"Image": "busybox:local", "Cmd": ["true"]}


def test_unknown_enum_value_inside_a_list() -> None:
    info = models.SystemInfo.model_validate(
        {"Swarm": {"LocalNodeState": "brand-new"}, "SecurityOptions": ["x"]}
    )
    assert info.swarm is not None
    assert info.swarm.local_node_state == "brand-new"
    points = models.ContainerInspectResponse.model_validate(
        {"Id": "c1", "Mounts": [{"Type": "bind"}, {"Type": "future-kind"}]}
    )
    assert points.mounts is not None
    assert [m.type for m in points.mounts] == ["bind", "future-kind"]


IMAGE_SUMMARY_REQUIRED = {
    "Id": "sha256:1",
    "ParentId": "",
    "Created": 1,
    "Size": 2,
    "SharedSize": -1,
    "Containers": -1,
}


def test_null_collections_and_port_map() -> None:
    image = models.ImageSummary.model_validate(
        {**IMAGE_SUMMARY_REQUIRED, "RepoTags": None, "Labels": None}
    )
    assert image.repo_tags is None and image.labels is None
    settings = models.NetworkSettings.model_validate(
        {
            "Ports": {
                "80/tcp": None,
                "443/tcp": [{"HostIp": "0.0.0.0", "HostPort": "4443"}],
            }
        }
    )
    assert settings.ports is not None
    assert settings.ports["80/tcp"] is None
    assert settings.to_wire()["Ports"]["443/tcp"] == [
        {"HostIp": "0.0.0.0", "HostPort": "4443"}
    ]


def test_service_update_rollback_state_corrected() -> None:
    service = models.Service.model_validate(
        {"UpdateStatus": {"State": "rollback_completed"}}
    )
    assert service.update_status is not None
    assert service.update_status.state == "rollback_completed"


def test_removed_field_still_parses_and_has_until() -> None:
    assert FIELD_RANGES["ImageSummary"]["VirtualSize"] == ("1.25", "1.43")
    image = models.ImageSummary.model_validate(
        {**IMAGE_SUMMARY_REQUIRED, "VirtualSize": 2**40}
    )
    assert image.virtual_size == 2**40
    assert FIELD_RANGES["NetworkSettings"]["IPAddress"][1] == "1.51"


def test_import_loads_no_model_and_one_model_loads_only_its_references() -> None:
    code = (
        "import sys, moby_client\n"
        "from moby_client import models\n"
        "loaded = [m for m in sys.modules if '_generated.models.' in m]\n"
        "assert not loaded, loaded\n"
        "models.PortBinding\n"
        "loaded = sorted(m for m in sys.modules if '_generated.models.' in m)\n"
        "print(loaded)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "['moby_client._generated.models.port_binding']"


def test_ids_the_spec_always_requires_are_str_and_required() -> None:
    from pydantic import ValidationError

    for model, field in [
        (models.ContainerCreateResponse, "id"),
        (models.IDResponse, "id"),
        (models.NetworkCreateResponse, "id"),
        (models.ImageSummary, "id"),
        (models.Volume, "name"),
    ]:
        info = model.model_fields[field]
        assert info.is_required(), model.__name__
        assert info.annotation is str, model.__name__
    with pytest.raises(ValidationError):
        models.ContainerCreateResponse.model_validate({"Warnings": []})
    # A field the spec requires but marks x-nullable, or a list, stays optional.
    assert not models.ImageSummary.model_fields["repo_tags"].is_required()


def test_id_response_reads_both_spellings_into_id() -> None:
    assert models.IDResponse.model_validate({"Id": "exec1"}).id == "exec1"
    created = models.IDResponse.model_validate({"ID": "secret1"})
    assert created.id == "secret1"
    assert created.to_wire() == {"Id": "secret1"}
    assert "id_" not in models.IDResponse.model_fields
