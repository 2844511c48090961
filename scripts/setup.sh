#!/usr/bin/env bash
# Installs the Debian packages a developer's machine needs and is missing, and checks the
# Swift toolchain. Idempotent: it installs nothing when everything is there.
#
#   scripts/setup.sh build   to build the binaries (make build, release, run, install)
#   scripts/setup.sh deb     to build them and the Debian package (make deb)
#   scripts/setup.sh         (or dev) everything make test and the benchmarks use
#
# A server needs none of this: it gets the package (README.md, "Install on a server"), whose
# Depends are only the libraries the binaries load.
set -euo pipefail

need=${1:-dev}
# Building: the CSystemd module links libsystemd, CXlsxWriter libxlsxwriter (jixiao-xlsx
# writes .xlsx workbooks with it).
build=(libsystemd-dev libxlsxwriter-dev pkg-config)
# The package: dpkg-shlibdeps (dpkg-dev) names the libraries' packages, strip (binutils).
deb=(dpkg-dev binutils)
# Testing and measuring, on a developer's machine or CI only:
# - socat: the protocol by hand;
# - systemd: systemd-socket-activate and systemd-analyze (the unit checks);
# - systemd-container, debootstrap: the end-to-end test boots a Debian container;
#   python3 reads journalctl's JSON there;
# - lintian: checks the package (make test);
# - chromium, fonts-noto-cjk: render the HTML tables to PNG and PDF in a test;
# - chromium-driver, python3-pip: the browser tests of jixiao-web drive headless Chromium
#   with selenium (from PyPI, below) through Debian's chromedriver;
# - redis-server, redis-tools: `make bench` measures Redis in the same run, on a server of
#   its own (a temporary Unix socket), never the system service;
# - libreoffice-calc-nogui, poppler-utils: a test prints an exported workbook to PDF and PNG;
# - python3-openpyxl: the tests read and write workbooks with openpyxl.
dev=(socat systemd systemd-container debootstrap python3 lintian chromium fonts-noto-cjk chromium-driver python3-pip
    redis-server redis-tools libreoffice-calc-nogui poppler-utils python3-openpyxl)
case "$need" in
build) packages=("${build[@]}") ;;
deb) packages=("${build[@]}" "${deb[@]}") ;;
dev) packages=("${build[@]}" "${deb[@]}" "${dev[@]}") ;;
*) echo "setup: usage: scripts/setup.sh [build|deb|dev]" >&2; exit 64 ;;
esac

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# The tests run `python3` from PATH; where that is not Debian's (a pyenv, say), it gets openpyxl
# from PyPI.
if ! python3 -c 'import openpyxl' >/dev/null 2>&1; then
    echo "setup: installing openpyxl for $(command -v python3)"
    python3 -m pip install -q openpyxl || { echo "setup: cannot install openpyxl for python3" >&2; exit 1; }
fi

# selenium and pytest for the browser tests (Tests/Web), from PyPI when missing.
python_missing=()
python3 -c 'import selenium' 2>/dev/null || python_missing+=(selenium)
python3 -c 'import pytest' 2>/dev/null || python_missing+=(pytest)
if [ ${#python_missing[@]} -gt 0 ]; then
    echo "setup: installing ${python_missing[*]} (PyPI)"
    python3 -m pip install --quiet "${python_missing[@]}" 2>/dev/null ||
        python3 -m pip install --quiet --break-system-packages "${python_missing[@]}"
fi

# The Swift toolchain is not a Debian package: it must be on PATH (it is at /opt/swift on
# the project's machines).
if ! command -v swift >/dev/null 2>&1; then
    if [ -x /opt/swift/usr/bin/swift ]; then
        echo "setup: swift is at /opt/swift/usr/bin but not on PATH; add it: export PATH=/opt/swift/usr/bin:\$PATH" >&2
    else
        echo "setup: no Swift toolchain found; install Swift 6.2 or later (swift.org) and put it on PATH" >&2
    fi
    exit 1
fi
version=$(swift --version 2>/dev/null | sed -n 's/.*Swift version \([0-9][0-9]*\.[0-9][0-9]*\).*/\1/p' | head -n1)
case "$version" in
    6.[2-9]*|[7-9].*) ;;
    *) echo "setup: Swift $version found; Jixiao needs 6.2 or later" >&2; exit 1 ;;
esac
