#!/usr/bin/env bash
# Install moby_client and run "moby-client doctor" against the local engine.
#
# Run as root on a Debian-like machine. When nothing answers on the default
# socket (or DOCKER_HOST), the project's Moby 20.10 daemon is started first
# (scripts/moby-daemons.sh start --only 20.10; stop it with
# "scripts/moby-daemons.sh stop"). Arguments go to doctor: --host HOST.
set -euo pipefail
cd "$(dirname "$0")/.."

MOBY_CLIENT_EXTRAS="${MOBY_CLIENT_EXTRAS-}" source scripts/daemons/python-env.sh

doctor() { "$PY" -m moby_client doctor "$@"; }

# An unreachable daemon: exit status 1 and doctor's own single line (a crash
# would also exit 1, but with a traceback).
status=0
report=$(doctor "$@" 2>&1) || status=$?
unreachable=no
if ((status == 1)) && [[ $report == "moby-client doctor: "* && $report != *$'\n'* ]]; then
    unreachable=yes
fi
if [[ $unreachable == yes && -z ${DOCKER_HOST:-} && $# -eq 0 ]]; then
    echo "try-doctor: $report" >&2
    echo "try-doctor: starting the project's Moby 20.10" >&2
    scripts/moby-daemons.sh start --only 20.10
    exec "$PY" -m moby_client doctor
fi
printf '%s\n' "$report"
exit "$status"
