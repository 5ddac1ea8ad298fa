"""Build the ``busybox:local`` test image and import it through the SDK.

No registry outside loopback is reachable where the tests run, so the test
image is made here: Debian's statically linked busybox (package
``busybox-static``) at ``/bin/busybox``, one symlink per applet it lists
(``sh``, ``cat``, ``echo``, ``sleep``, ``env``, ``yes``, ``head`` …), and a
minimal ``/etc/passwd`` and ``/etc/group``. The tar is written to a temporary
file and streamed to ``POST /images/create?fromSrc=-``.
"""

from __future__ import annotations

import io
import os
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any

BUSYBOX_BINARY = os.environ.get("MOBY_TEST_BUSYBOX", "/bin/busybox")
IMAGE_REPO = "busybox"
IMAGE_TAG = "local"
IMAGE = f"{IMAGE_REPO}:{IMAGE_TAG}"

# Applets the tests rely on; busybox --list must offer every one of them.
REQUIRED_APPLETS = (
    "sh", "cat", "echo", "sleep", "env", "yes", "head", "ls", "true", "false",
    "printf", "wc", "dd", "seq", "tr", "id", "hostname",
)  # fmt: skip

_ETC_FILES = {
    "etc/passwd": b"root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534::/:/bin/false\n",
    "etc/group": b"root:x:0:\nnogroup:x:65534:\n",
}


class BusyboxMissing(RuntimeError):
    """The static busybox binary is not installed on this machine."""


def busybox_applets(binary: str = BUSYBOX_BINARY) -> list[str]:
    """The applet names the static busybox offers (``busybox --list``)."""
    if not os.access(binary, os.X_OK):
        raise BusyboxMissing(
            f"{binary} not found: install Debian's busybox-static "
            "(scripts/moby-daemons.sh start does)"
        )
    listing = subprocess.run(
        [binary, "--list"], check=True, capture_output=True, text=True
    ).stdout
    return sorted({name for name in listing.split() if name != "busybox"})


def _directory(name: str) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type = tarfile.DIRTYPE
    info.mode = 0o1777 if name == "tmp" else 0o755
    return info


def write_busybox_tar(out: IO[bytes], binary: str = BUSYBOX_BINARY) -> list[str]:
    """Write the image's root filesystem as a tar to ``out``.

    Returns:
        The applet names linked under ``/bin``.
    """
    applets = busybox_applets(binary)
    missing = sorted(set(REQUIRED_APPLETS) - set(applets))
    if missing:
        raise BusyboxMissing(f"{binary} lacks applets {missing}")

    with tarfile.open(fileobj=out, mode="w|") as tar:
        for directory in ("bin", "etc", "tmp", "root"):
            tar.addfile(_directory(directory))
        busybox_info = tar.gettarinfo(binary, arcname="bin/busybox")
        busybox_info.uid = busybox_info.gid = 0
        busybox_info.uname = busybox_info.gname = "root"
        with open(binary, "rb") as source:
            tar.addfile(busybox_info, source)
        for applet in applets:
            link = tarfile.TarInfo(f"bin/{applet}")
            link.type = tarfile.SYMTYPE
            link.linkname = "busybox"
            link.mode = 0o777
            tar.addfile(link)
        for name, content in _ETC_FILES.items():
            info = tarfile.TarInfo(name)
            info.size = len(content)
            info.mode = 0o644
            tar.addfile(info, io.BytesIO(content))
    return applets


@contextmanager
def busybox_tar_file(binary: str = BUSYBOX_BINARY) -> Iterator[IO[bytes]]:
    """A temporary file holding the image tar, rewound, removed on exit."""
    with tempfile.TemporaryFile(prefix="moby-client-busybox-") as out:
        write_busybox_tar(out, binary)
        out.seek(0)
        yield out


def _drain(result: Any) -> list[Any]:
    """Read every progress message of an import, whatever stream type it is."""
    if result is None or isinstance(result, (bytes, str, dict)):
        return [result]
    items: list[Any] = []
    if hasattr(result, "__enter__"):
        with result as stream:
            items.extend(stream)
    else:
        items.extend(result)
    return items


def import_busybox(client: Any) -> list[Any]:
    """Import ``busybox:local`` into the daemon of a sync ``MobyClient``.

    Uses the generated ImageCreate binding with ``fromSrc=-`` and the tar as
    the request body, so the SDK's own upload path is what puts the image
    there.

    Returns:
        The progress messages the daemon sent.
    """
    with busybox_tar_file() as tar:
        result = client.images.create(
            from_src="-", repo=IMAGE_REPO, tag=IMAGE_TAG, body=tar
        )
        return _drain(result)
