"""What importing the clients loads: nothing only some daemons or calls need."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    "module",
    ["pydantic", "moby_client._model", "urllib.request", "moby_client._aio"],
)
def test_importing_the_clients_leaves_out(module: str) -> None:
    code = (
        "import sys\n"
        "from moby_client import MobyClient, AsyncMobyClient\n"
        f"print({module!r} in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "False"


def test_a_parsed_response_loads_pydantic_then() -> None:
    code = (
        "import sys\n"
        "from moby_client._async._base_client import _json_parser\n"
        "from moby_client.models import ContainerWaitResponse\n"
        "parse = _json_parser(ContainerWaitResponse)\n"
        "print(parse(b'{\"StatusCode\": 3}').status_code)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "3"
