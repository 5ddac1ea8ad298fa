"""Parameter notes of codegen.tables reach the generated docstrings."""

from __future__ import annotations

import pytest

from codegen.operations import OperationInfo, ParamInfo, check_tables
from moby_client._async.resources.containers import AsyncContainers
from moby_client._generated.resources_async import AsyncContainersAPI


def test_stop_restart_and_remove_say_what_t_and_v_mean() -> None:
    stop = AsyncContainersAPI.stop.__doc__ or ""
    assert "t: seconds to wait for the container to exit" in stop
    restart = AsyncContainersAPI.restart.__doc__ or ""
    assert "t: seconds to wait" in restart
    remove = AsyncContainers.remove.__doc__ or ""
    assert "v: also remove the container's anonymous volumes" in remove


def test_a_note_for_an_unknown_parameter_fails_generation(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    info = OperationInfo("POST", "/containers/{id}/stop", "ContainerStop")
    info.group, info.method_name = "containers", "stop"
    info.params[("query", "t")] = ParamInfo("t", "query")
    operations = {("POST", "/containers/{}/stop"): info}
    for table in ("METHOD_RENAMES", "RESPONSE_KINDS", "STREAM_ITEM_MODELS"):
        monkeypatch.setattr(f"codegen.operations.{table}", {})
    monkeypatch.setattr("codegen.operations.BINARY_BODIES", frozenset())

    monkeypatch.setattr("codegen.operations.PARAM_NOTES", {("ContainerStop", "t"): "x"})
    check_tables(operations)
    monkeypatch.setattr(
        "codegen.operations.PARAM_NOTES", {("ContainerStop", "timeout"): "x"}
    )
    with pytest.raises(ValueError, match="PARAM_NOTES names unknown parameters"):
        check_tables(operations)
