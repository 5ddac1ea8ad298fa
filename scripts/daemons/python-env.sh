# Sourced by scripts/test.sh, scripts/try-doctor.sh and .ci/run.
#
# Sets PY to a Python that has moby_client installed editable with the
# extras named in MOBY_CLIENT_EXTRAS (default: test,codegen,bench). With
# MOBY_CLIENT_PYTHON set, that interpreter is used as it is; otherwise a
# virtual environment in .venv (MOBY_CLIENT_VENV) is created or reused.
# Installs python3 and python3-venv from apt when the machine has no Python.

_moby_extras="${MOBY_CLIENT_EXTRAS-test,codegen,bench}"
_moby_venv="${MOBY_CLIENT_VENV:-$PWD/.venv}"

if [[ -n ${MOBY_CLIENT_PYTHON:-} ]]; then
    PY=$MOBY_CLIENT_PYTHON
else
    if [[ ! -x $_moby_venv/bin/python ]]; then
        if ! command -v python3 >/dev/null || ! python3 -m venv --help >/dev/null 2>&1 ||
            ! python3 -c 'import ensurepip' >/dev/null 2>&1; then
            echo "python-env: installing python3 and python3-venv" >&2
            apt-get update -q >/dev/null
            DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3 python3-venv \
                python3-pip >/dev/null
        fi
        python3 -m venv "$_moby_venv"
    fi
    PY=$_moby_venv/bin/python
fi

_moby_target="."
[[ -n $_moby_extras ]] && _moby_target=".[$_moby_extras]"
echo "python-env: pip install -e '$_moby_target' into $("$PY" -c 'import sys; print(sys.prefix)')" >&2
"$PY" -m pip install -q --disable-pip-version-check -e "$_moby_target"
unset _moby_extras _moby_venv _moby_target
export PY
