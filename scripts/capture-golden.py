#!/usr/bin/env python3
"""Capture Engine API responses from a real daemon as golden files for tests.

Usage: scripts/capture-golden.py --host unix:///var/run/docker.sock \
           --out tests/golden/moby-20.10/

Uses plain ``http.client`` over the unix socket, so it does not depend on the
SDK. Host names, absolute host paths and IP addresses are replaced by fixed
placeholders; IDs stay.
"""

from __future__ import annotations

import argparse
import http.client
import json
import re
import socket
import time
from pathlib import Path
from typing import Any

ENDPOINTS = {
    "containers-list": ("/containers/json?all=1", "ContainerSummary", True),
    "images-list": ("/images/json", "ImageSummary", True),
    "networks-list": ("/networks", "NetworkSummary", True),
    "volumes-list": ("/volumes", "VolumeListResponse", False),
    "info": ("/info", "SystemInfo", False),
    "version": ("/version", "SystemVersion", False),
    "system-df": ("/system/df", "SystemDataUsageResponse", False),
}


class UnixConnection(http.client.HTTPConnection):
    def __init__(self, path: str) -> None:
        super().__init__("localhost", timeout=30)
        self.socket_path = path

    def connect(self) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(30)
        self.sock.connect(self.socket_path)


def get(path: str, socket_path: str, version: str) -> Any:
    conn = UnixConnection(socket_path)
    conn.request("GET", f"/v{version}{path}")
    response = conn.getresponse()
    body = response.read()
    conn.close()
    if response.status != 200:
        raise RuntimeError(f"GET {path}: {response.status} {body[:200]!r}")
    return json.loads(body)


_IPV4 = re.compile(r"\b(?!0\.0\.0\.0\b)(?:\d{1,3}\.){3}\d{1,3}\b")
_PATH = re.compile(r"^/(?:var|home|root|run|tmp|usr|etc|proc|opt|data)/\S*$")


def scrub(value: Any, hostname: str) -> Any:
    """Replace host names, absolute host paths and IPs reproducibly."""
    if isinstance(value, dict):
        return {k: scrub(v, hostname) for k, v in value.items()}
    if isinstance(value, list):
        return [scrub(v, hostname) for v in value]
    if isinstance(value, str):
        if hostname and hostname in value:
            value = value.replace(hostname, "golden-host")
        if _PATH.match(value):
            return "/scrubbed" + value[value.rfind("/") :]
        return _IPV4.sub("192.0.2.1", value)
    return value


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", required=True, help="unix:///path/to/docker.sock")
    parser.add_argument("--out", required=True, type=Path)
    args = parser.parse_args()
    if not args.host.startswith("unix://"):
        parser.error("only unix:// hosts are captured")
    socket_path = args.host[len("unix://") :]
    version = get("/version", socket_path, "1.25")["ApiVersion"]
    hostname = get("/info", socket_path, version).get("Name", "")
    args.out.mkdir(parents=True, exist_ok=True)
    captured: dict[str, Any] = {}
    for name, (path, _model, _is_list) in ENDPOINTS.items():
        captured[name] = get(path, socket_path, version)
    for kind, listing, key, path in (
        ("container", "containers-list", "Id", "/containers/{}/json"),
        ("image", "images-list", "Id", "/images/{}/json"),
        ("network", "networks-list", "Id", "/networks/{}"),
    ):
        items = captured[listing]
        if items:
            captured[f"{kind}-inspect"] = get(
                path.format(items[0][key]), socket_path, version
            )
    volumes = captured["volumes-list"].get("Volumes") or []
    if volumes:
        captured["volume-inspect"] = get(
            f"/volumes/{volumes[0]['Name']}", socket_path, version
        )
    since = int(time.time()) - 3600
    conn = UnixConnection(socket_path)
    conn.request("GET", f"/v{version}/events?since={since}&until={int(time.time())}")
    body = conn.getresponse().read().decode()
    captured["events"] = [json.loads(line) for line in body.splitlines() if line][:20]
    for name, data in captured.items():
        text = json.dumps(scrub(data, hostname), indent=2, sort_keys=True)
        (args.out / f"{name}.json").write_text(text + "\n")
    (args.out / "api-version.txt").write_text(version + "\n")
    print(f"captured {len(captured)} files into {args.out} (API {version})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
