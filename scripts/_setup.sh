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

install_python_env() {
    local extras="$1"
    local python="${PYTHON:-python3}"
    [[ -x .venv/bin/python ]] || "$python" -m venv .venv
    .venv/bin/python -m pip install --quiet --upgrade pip >/dev/null
    .venv/bin/python -m pip install --quiet -e ".${extras}"
}
