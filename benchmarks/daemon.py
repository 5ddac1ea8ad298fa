"""What the cases need on the daemon: labelled containers, a log producer, facts.

Everything is done through the raw client, so that setup costs no contender
anything, and every container carries the label ``BENCH_LABEL`` so that a
cleanup (also of an interrupted earlier run) finds all of them.
"""

from __future__ import annotations

import os
import platform
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import quote

from benchmarks.raw import RawClient

BENCH_LABEL = "moby-client.bench"
LIST_LABEL = "moby-client.bench.listed"
IMAGE = "busybox:local"
SETUP_THREADS = 8


def new_run_id() -> str:
    """A label value unique to this run."""
    return uuid.uuid4().hex[:12]


def label_filter(run_id: str) -> dict[str, list[str]]:
    """The list filter matching this run's list population."""
    return {"label": [f"{LIST_LABEL}={run_id}"]}


def filter_query(filters: dict[str, list[str]]) -> str:
    """``filters`` encoded for a query string, as the Engine expects."""
    import json

    return quote(json.dumps(filters))


def container_config(
    run_id: str, cmd: list[str], listed: bool = False
) -> dict[str, Any]:
    """A create body for a labelled busybox container."""
    labels = {BENCH_LABEL: run_id}
    if listed:
        labels[LIST_LABEL] = run_id
    return {"Image": IMAGE, "Cmd": cmd, "Labels": labels}


def create_containers(host: str, run_id: str, count: int) -> list[str]:
    """Create ``count`` labelled, not started containers, a few at a time."""

    def create_batch(size: int) -> list[str]:
        client = RawClient(host)
        try:
            return [
                client.get_id(
                    "POST",
                    "/containers/create",
                    container_config(run_id, ["true"], listed=True),
                )
                for _ in range(size)
            ]
        finally:
            client.close()

    batches = [count // SETUP_THREADS] * SETUP_THREADS
    for index in range(count % SETUP_THREADS):
        batches[index] += 1
    with ThreadPoolExecutor(SETUP_THREADS) as pool:
        return [cid for ids in pool.map(create_batch, batches) for cid in ids]


def remove_containers(host: str, label_value: str | None = None) -> int:
    """Force-remove this run's containers, or every bench container."""
    raw = RawClient(host)
    label = BENCH_LABEL if label_value is None else f"{BENCH_LABEL}={label_value}"
    query = filter_query({"label": [label]})
    ids = [c["Id"] for c in raw.get_json(f"/containers/json?all=1&filters={query}")]
    raw.close()

    def remove_batch(batch: list[str]) -> None:
        client = RawClient(host)
        try:
            for cid in batch:
                client.call("DELETE", f"/containers/{cid}?force=1&v=1")
        finally:
            client.close()

    with ThreadPoolExecutor(SETUP_THREADS) as pool:
        list(
            pool.map(
                remove_batch, [ids[i::SETUP_THREADS] for i in range(SETUP_THREADS)]
            )
        )
    return len(ids)


def run_to_exit(raw: RawClient, run_id: str, cmd: list[str], timeout: float) -> str:
    """Create and start a container, wait for its exit; return its id."""
    cid = raw.get_id("POST", "/containers/create", container_config(run_id, cmd))
    raw.call("POST", f"/containers/{cid}/start")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        state = raw.get_json(f"/containers/{cid}/json")["State"]
        if not state["Running"]:
            if state["ExitCode"] != 0:
                raise RuntimeError(f"{cmd} exited with {state['ExitCode']}")
            return cid
        time.sleep(0.1)
    raw.call("DELETE", f"/containers/{cid}?force=1")
    raise TimeoutError(f"{cmd} still running after {timeout} s")


def log_producer_cmd(size: int, line: int = 1024) -> list[str]:
    """A command writing exactly ``size`` bytes of ``line``-byte lines to stdout."""
    text = "x" * (line - 1)
    return ["sh", "-c", f"yes {text} | head -c {size}"]


def machine_facts(raw: RawClient) -> dict[str, str]:
    """Cores, CPU, Python and daemon facts for the results' header."""
    version = raw.get_json("/version")
    info = raw.get_json("/info")
    cpu = platform.processor() or ""
    try:
        with open("/proc/cpuinfo") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return {
        "cores": str(os.cpu_count()),
        "cpu": cpu,
        "python": platform.python_version(),
        "kernel": platform.release(),
        "daemon": f"Moby {version.get('Version')} (API {version.get('ApiVersion')})",
        "storage_driver": str(info.get("Driver")),
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }
