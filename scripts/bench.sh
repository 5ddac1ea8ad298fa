#!/usr/bin/env bash
# Benchmarks of moby_client against docker-py, aiodocker and raw socket clients.
#
#   scripts/bench.sh                      full run; rewrites docs/benchmarks.md/.png
#   scripts/bench.sh --quick              smaller sizes, prints only
#   scripts/bench.sh --host unix:///run/moby-sid/docker.sock
#   scripts/bench.sh --cases calls,logs   a subset (calls list lifecycle
#                                         concurrency logs import)
#
# Other arguments go to "python -m benchmarks" (see --help). Only local unix
# sockets are accepted. When nothing answers on the default socket, the
# project's daemons are started with scripts/moby-daemons.sh. The interpreter
# is $MOBY_CLIENT_PYTHON, else python3; docker-py, aiodocker and matplotlib
# (the "bench" extra) are installed into it when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${MOBY_CLIENT_PYTHON:-python3}
DEFAULT_HOST=unix:///var/run/docker.sock
host=$DEFAULT_HOST
write_docs=yes
args=()
while (($#)); do
    case $1 in
        --host) host=$2; args+=(--host "$2"); shift 2 ;;
        --host=*) host=${1#--host=}; args+=("$1"); shift ;;
        --quick) write_docs=no; args+=("$1"); shift ;;
        --no-docs) write_docs=no; shift ;;
        *) args+=("$1"); shift ;;
    esac
done

answers() {
    "$PY" - "$1" <<'PY'
import socket, sys
path = sys.argv[1].removeprefix("unix://")
try:
    with socket.socket(socket.AF_UNIX) as sock:
        sock.settimeout(5)
        sock.connect(path)
        sock.sendall(b"GET /_ping HTTP/1.0\r\nHost: localhost\r\n\r\n")
        sys.exit(0 if b" 200 " in sock.recv(256) else 1)
except OSError:
    sys.exit(1)
PY
}

[[ $host == unix://* ]] || { echo "bench.sh: only unix:// hosts: $host" >&2; exit 2; }
if ! answers "$host"; then
    if [[ $host == "$DEFAULT_HOST" ]]; then
        echo "bench.sh: no daemon on $host; starting the project's daemons" >&2
        scripts/moby-daemons.sh start
    fi
    answers "$host" || { echo "bench.sh: no daemon answers on $host" >&2; exit 1; }
fi

if ! "$PY" -c 'import docker, aiodocker, matplotlib, moby_client' 2>/dev/null; then
    echo "bench.sh: installing moby_client with the bench extra" >&2
    "$PY" -m pip install -q --disable-pip-version-check -e '.[bench]'
fi

[[ $write_docs == yes ]] && args+=(--write-docs)
exec "$PY" -m benchmarks "${args[@]}"
