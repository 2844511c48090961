#!/usr/bin/env bash
# lintian on the package, every tag shown (pedantic and experimental included): fails on any
# tag that is not overridden. Each override in packaging/deb/lintian-overrides (installed as
# /usr/share/lintian/overrides/jixiao) says why the tag stays.
#
#   scripts/lint-deb.sh jixiao_<version>_<arch>.deb
set -euo pipefail
deb=${1:?usage: scripts/lint-deb.sh PACKAGE.deb}
command -v lintian >/dev/null || { echo "lint-deb: lintian is missing (scripts/setup.sh installs it)" >&2; exit 1; }
echo "lint-deb: lintian $(lintian --print-version) on $(basename "$deb")"
# (Root is how CI runs; lintian only warns about it.)
output=$(lintian --display-level '>=pedantic' --display-experimental --show-overrides --fail-on none "$deb" 2>&1 |
    grep -v '^running with root privileges is not recommended!$' | grep -v '^N: ' || true)
[ -z "$output" ] || printf '%s\n' "$output"
if grep -v '^O: ' <<<"$output" | grep -q .; then
    echo "lint-deb: FAILED: lintian reports tags that packaging/deb/lintian-overrides does not explain" >&2
    exit 1
fi
echo "lint-deb: no tag left unexplained ($(grep -c '^O: ' <<<"$output" || true) overridden, reasons in packaging/deb/lintian-overrides)"
