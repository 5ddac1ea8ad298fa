"""Every operation of the newest spec is callable on both clients, alike.

The spec is read from ``$MOBY_CLIENT_SPEC_DIR`` (its newest ``v1.NN.yaml``) or
from ``../shared/openapi/v1.56.yaml`` next to the project.
"""

from __future__ import annotations

import inspect
import os
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

import moby_client
from moby_client import AsyncMobyClient, MobyClient

_HTTP_METHODS = {"get", "post", "put", "delete", "head", "patch"}
_PROJECT = Path(__file__).resolve().parents[2]


def newest_spec_path() -> Path:
    directory = os.environ.get("MOBY_CLIENT_SPEC_DIR")
    if not directory:
        return _PROJECT.parent / "shared" / "openapi" / "v1.56.yaml"

    def minor(path: Path) -> int:
        found = re.fullmatch(r"v1\.(\d+)\.yaml", path.name)
        return int(found.group(1)) if found else -1

    candidates = [p for p in Path(directory).glob("v1.*.yaml") if minor(p) >= 0]
    if not candidates:
        pytest.fail(f"no v1.NN.yaml in MOBY_CLIENT_SPEC_DIR={directory}")
    return max(candidates, key=minor)


def spec_operations() -> list[str]:
    path = newest_spec_path()
    if not path.is_file():
        pytest.skip(f"spec not found: {path}")
    spec: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        operation["operationId"]
        for item in spec["paths"].values()
        for method, operation in item.items()
        if method in _HTTP_METHODS
    ]


def comparable(signature: inspect.Signature) -> list[tuple[str, Any, Any, str]]:
    """Parameters with annotations made world-neutral (``AsyncX`` == ``X``)."""

    def neutral(annotation: Any) -> str:
        text = annotation if isinstance(annotation, str) else repr(annotation)
        return re.sub(r"\bAsync(?=[A-Z])", "", text)

    return [
        (p.name, p.kind, p.default, neutral(p.annotation))
        for p in signature.parameters.values()
    ]


def test_every_operation_is_callable_on_both_clients(tmp_path: Path) -> None:
    operations = spec_operations()
    base_url = f"unix://{tmp_path / 'no-daemon.sock'}"
    sync_client = MobyClient(base_url=base_url)
    async_client = AsyncMobyClient(base_url=base_url)
    problems: list[str] = []
    covered = 0
    for operation_id in operations:
        dotted = moby_client.OPERATIONS.get(operation_id)
        if dotted is None:
            problems.append(f"{operation_id}: missing from moby_client.OPERATIONS")
            continue
        group, _, method = dotted.partition(".")
        sync_method = getattr(getattr(sync_client, group, None), method, None)
        async_method = getattr(getattr(async_client, group, None), method, None)
        if not callable(sync_method):
            problems.append(f"{operation_id}: MobyClient.{dotted} is not callable")
            continue
        if not inspect.iscoroutinefunction(async_method):
            problems.append(
                f"{operation_id}: AsyncMobyClient.{dotted} is not a coroutine function"
            )
            continue
        if inspect.iscoroutinefunction(sync_method):
            problems.append(f"{operation_id}: MobyClient.{dotted} is async")
            continue
        sync_sig = comparable(inspect.signature(sync_method))
        async_sig = comparable(inspect.signature(async_method))
        if sync_sig != async_sig:
            problems.append(f"{operation_id}: signatures differ for {dotted}")
            continue
        covered += 1
    print(f"\noperations covered on both clients: {covered}/{len(operations)}")
    assert not problems, "\n".join(problems)
    assert covered == len(operations)


def test_operations_map_has_no_strays() -> None:
    operations = set(spec_operations())
    strays = sorted(set(moby_client.OPERATIONS) - operations)
    assert not strays, f"OPERATIONS names ids the newest spec lacks: {strays}"
    dotted = list(moby_client.OPERATIONS.values())
    assert len(dotted) == len(set(dotted)), "two operations share a method"
