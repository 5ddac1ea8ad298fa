#!/usr/bin/env bash
# The whole test suite against real daemons, from a fresh Debian-like machine
# (run as root): installs moby_client with its test extras (in .venv unless
# MOBY_CLIENT_PYTHON names an interpreter), starts the project's daemons,
# registries, sshd and TLS endpoint (scripts/moby-daemons.sh, left running;
# stop them with "scripts/moby-daemons.sh stop"), then runs pytest.
#
# Arguments go to pytest: scripts/test.sh tests/unit -k stdcopy
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/daemons/python-env.sh
scripts/moby-daemons.sh start
eval "$(scripts/moby-daemons.sh env)"

status=0
"$PY" -m pytest -q -ra "$@" || status=$?
if ((status == 5)); then
    echo "test.sh: pytest collected no tests; that is a failure" >&2
    exit 1
fi
exit "$status"
