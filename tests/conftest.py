"""Suite-wide rules.

In CI (``CI=true``) a skipped test counts as a failure: every daemon, spec
file and tool the suite needs is set up by ``.ci/run``, so a skip there means
something is missing, not that the test does not apply. Tests that do not
apply to a daemon are not generated for it instead of being skipped.
"""

from __future__ import annotations

import os
from collections.abc import Generator

import pytest

_SKIPS_FAIL = os.environ.get("CI", "").lower() == "true"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, None]:
    outcome = yield
    report: pytest.TestReport = outcome.get_result()
    if _SKIPS_FAIL and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else ""
        report.outcome = "failed"
        report.longrepr = f"skipped in CI, which counts as a failure: {reason}"
