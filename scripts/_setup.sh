# Shared by scripts/run and scripts/test: system libraries (Debian, when root), then the virtualenv in .venv.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

install_system_packages() {  # [package list files...], scripts/debian-packages.txt when none
    command -v dpkg-query >/dev/null 2>&1 || return 0
    local missing=()
    local lists=("$@")
    [[ ${#lists[@]} -eq 0 ]] && lists=(scripts/debian-packages.txt)
    while read -r package; do
        [[ -z "$package" || "$package" == \#* ]] && continue
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done < <(cat "${lists[@]}")
    [[ ${#missing[@]} -eq 0 ]] && return 0
    if [[ $(id -u) -ne 0 ]]; then
        echo "Paket sistem belum terpasang: ${missing[*]} (jalankan sebagai root: apt-get install ${missing[*]})" >&2
        return 0
    fi
    echo "Memasang paket sistem: ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# The exact versions come from uv.lock (one resolution for Linux and Windows, with hashes): uv, at the version the
# lock itself names, exports the requirements of the wanted extras and pip installs them, hash-checked. Loket itself
# is then installed editable without dependencies, so nothing outside the lock is ever pulled in.
# Upgrading is one command: ./scripts/lock --upgrade (see README, Development).
install_python_env() {
    local extras="$1"
    local python="${PYTHON:-python3}"
    [[ -x .venv/bin/python ]] || "$python" -m venv .venv
    .venv/bin/python -m pip install --quiet --upgrade pip >/dev/null
    local uv_version
    uv_version="$(locked_version uv)"
    [[ "$(.venv/bin/uv --version 2>/dev/null)" == "uv $uv_version"* ]] ||
        .venv/bin/python -m pip install --quiet "uv==$uv_version"
    # What was installed stays readable in .venv/requirements.lock.txt.
    # shellcheck disable=SC2086 # $extras is deliberately split into arguments
    .venv/bin/uv export --quiet --frozen --no-dev --no-emit-project --format requirements-txt $extras \
        --output-file .venv/requirements.lock.txt
    .venv/bin/python -m pip install --quiet --require-hashes --no-deps -r .venv/requirements.lock.txt
    # The build backend is the locked setuptools already in .venv: no unpinned build environment is fetched.
    .venv/bin/python -m pip install --quiet --no-deps --no-build-isolation -e .
    .venv/bin/python -m pip check >/dev/null || { .venv/bin/python -m pip check >&2; return 1; }
}

# The version uv.lock pins for one package.
locked_version() {
    awk -v name="$1" '$0 == "name = \"" name "\"" { getline; gsub(/version = |"/, ""); print; exit }' uv.lock
}
