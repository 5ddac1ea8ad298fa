"""Golden responses of real daemons parse into the models and round-trip."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import moby_client.models as models

GOLDEN = Path(__file__).parents[1] / "golden"

MODELS = {
    "containers-list": ("ContainerSummary", True),
    "images-list": ("ImageSummary", True),
    "networks-list": ("NetworkSummary", True),
    "volumes-list": ("VolumeListResponse", False),
    "info": ("SystemInfo", False),
    "version": ("SystemVersion", False),
    "system-df": ("SystemDataUsageResponse", False),
    "container-inspect": ("ContainerInspectResponse", False),
    "image-inspect": ("ImageInspect", False),
    "network-inspect": ("NetworkInspect", False),
    "volume-inspect": ("Volume", False),
    "events": ("EventMessage", True),
}

CASES = sorted(
    (engine.name, name)
    for engine in GOLDEN.iterdir()
    if engine.is_dir()
    for name in MODELS
    if (engine / f"{name}.json").is_file()
)


def _assert_known_keys_equal(wire: Any, original: Any, where: str) -> None:
    if isinstance(original, dict):
        assert isinstance(wire, dict), where
        for key, value in wire.items():
            assert key in original, f"{where}.{key} invented"
            _assert_known_keys_equal(value, original[key], f"{where}.{key}")
    elif isinstance(original, list):
        assert isinstance(wire, list) and len(wire) == len(original), where
        for index, (a, b) in enumerate(zip(wire, original, strict=True)):
            _assert_known_keys_equal(a, b, f"{where}[{index}]")
    else:
        assert wire == original, where


def test_golden_files_exist() -> None:
    assert {engine for engine, _ in CASES} >= {"moby-20.10", "moby-28.5"}


@pytest.mark.parametrize(("engine", "name"), CASES)
def test_golden_parses_and_round_trips(engine: str, name: str) -> None:
    data = json.loads((GOLDEN / engine / f"{name}.json").read_text())
    model_name, is_list = MODELS[name]
    model = getattr(models, model_name)
    items = data if is_list else [data]
    for index, item in enumerate(items):
        parsed = model.model_validate(item)
        _assert_known_keys_equal(parsed.to_wire(), item, f"{name}[{index}]")
