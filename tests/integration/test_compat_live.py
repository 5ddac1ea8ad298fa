"""Compatibility checks against the real daemons of MOBY_TEST_HOSTS.

The Go client ``github.com/moby/moby/client`` v0.2.1 needs API 1.44 at least:
Moby 20.10 (API 1.41) is refused, Moby 28.5 (API 1.51) talks at 1.51.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from moby_client import APIVersion, AsyncMobyClient, MobyClient, versions
from moby_client._cli import main
from moby_client._compat_cli import _read_version_directly

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "gomod"
CLIENT_V0_2_1 = "github.com/moby/moby/client v0.2.1"


def _answer(client: MobyClient) -> dict[str, Any]:
    model = client.system.version()
    if isinstance(model, dict):
        return model
    dumped: dict[str, Any] = model.model_dump(by_alias=True)
    return dumped


def test_client_v0_2_1_against_the_daemon(moby: MobyClient) -> None:
    answer = _answer(moby)
    daemon_api = APIVersion(answer["ApiVersion"])
    report = versions.check(CLIENT_V0_2_1, moby)
    if daemon_api < APIVersion("1.44"):
        assert report.will_talk is False
        assert report.api_version is None
        assert any(
            f"API {daemon_api} is below its minimum 1.44" in reason
            for reason in report.reasons
        )
    else:
        assert report.will_talk is True
        assert report.api_version == str(min(daemon_api, APIVersion("1.52")))


def test_known_daemons_give_the_known_answers(moby: MobyClient) -> None:
    engine = str(_answer(moby)["Version"])
    report = versions.check(CLIENT_V0_2_1, moby)
    if engine.startswith("20.10."):
        assert not report.will_talk
        assert "(API 1.41)" in report.daemon
    elif engine.startswith("28.5."):
        assert report.will_talk and report.api_version == "1.51"
    # The engine release table agrees with what the daemon reports.
    release = versions.engine_release(engine)
    if release.known:
        answer = _answer(moby)
        assert release.api_max == answer["ApiVersion"]
        assert release.api_min == answer["MinAPIVersion"]


def test_sdk_check_matches_the_negotiated_version(moby: MobyClient) -> None:
    moby.system.ping()
    report = versions.check_sdk(moby)
    assert report.will_talk
    assert report.api_version == str(moby.api_version)


async def test_acheck_with_the_async_client(
    amoby: AsyncMobyClient, moby: MobyClient
) -> None:
    report = await versions.acheck(CLIENT_V0_2_1, amoby)
    sync_report = versions.check(CLIENT_V0_2_1, _answer(moby))
    assert report.will_talk == sync_report.will_talk
    assert report.api_version == sync_report.api_version
    sdk = await versions.acheck_sdk(amoby)
    assert sdk.will_talk and sdk.api_version == _answer(moby)["ApiVersion"]


def test_standard_library_reader_agrees_with_the_sdk(
    moby: MobyClient, moby_host: str
) -> None:
    if not moby_host.startswith(("unix://", "tcp://")):
        return
    direct = _read_version_directly(moby_host)
    answer = _answer(moby)
    assert direct["ApiVersion"] == answer["ApiVersion"]
    assert direct["MinAPIVersion"] == answer["MinAPIVersion"]


def test_compat_command_against_the_daemon(moby: MobyClient, moby_host: str) -> None:
    daemon_api = APIVersion(_answer(moby)["ApiVersion"])
    out, err = io.StringIO(), io.StringIO()
    status = main(
        ["compat", "--go-mod", str(FIXTURES / "client-block"), "--host", moby_host],
        out=out,
        err=err,
    )
    text = out.getvalue()
    client_row = next(
        line for line in text.splitlines() if line.startswith(versions.CLIENT_MODULE)
    )
    if daemon_api < APIVersion("1.44"):
        assert status == 1, err.getvalue()
        assert client_row.endswith("will not talk")
    else:
        assert status == 0, err.getvalue()
        assert client_row.endswith(f"talks at {min(daemon_api, APIVersion('1.52'))}")
