#!/usr/bin/env bash
# Checks the systemd files as `make install` installs them:
# - systemd-analyze verify prints nothing (it exits 0 on unknown keys and bad values, so any
#   output fails the check);
# - systemd-analyze security rates jixiao.service at an exposure of 1.0 or lower, and
#   jixiao-web.service (which serves the network) at 2.0 or lower;
# - systemd-sysusers and systemd-tmpfiles accept their entries (in a scratch root).
# Needs the debug build (make build) for the binaries that verify checks exist.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "check-units: FAILED: $*" >&2; exit 1; }
for tool in systemd-analyze systemd-sysusers systemd-tmpfiles; do
    command -v "$tool" >/dev/null || fail "$tool is missing (Debian package systemd; run scripts/setup.sh)"
done

stage=$(mktemp -d)
units_load_existed=no
[ -e /run/systemd/systemd-units-load ] && units_load_existed=yes
cleanup() {
    rm -rf "$stage"
    # systemd-analyze leaves this behind on a machine whose PID 1 is not systemd.
    if [ "$units_load_existed" = no ] && [ ! -d /run/systemd/system ]; then rm -f /run/systemd/systemd-units-load; fi
}
trap cleanup EXIT

make -s install-files DESTDIR="$stage" CONFIGURATION=debug STATIC_STDLIB=no >/dev/null
installed=$stage/usr/local/lib/systemd/system

# verify runs the units' commands' checks and `man` for Documentation=: point a copy of the
# units at the staged binaries and man pages.
mkdir "$stage/verify"
for unit in jixiao.service jixiao-web.service; do
    sed "s|/usr/local/bin/|$stage/usr/local/bin/|g" "$installed/$unit" > "$stage/verify/$unit"
done
cp "$installed/jixiao.socket" "$stage/verify/jixiao.socket"
status=0
output=$(cd "$stage/verify" && MANPATH="$stage/usr/local/share/man" \
    systemd-analyze verify jixiao.socket jixiao.service jixiao-web.service 2>&1) || status=$?
if [ "$status" -ne 0 ] || [ -n "$output" ]; then
    fail "systemd-analyze verify (exit $status) said:"$'\n'"$output"
fi
echo "check-units: systemd-analyze verify: no output"

security=$(systemd-analyze security --offline=true "$installed/jixiao.service" 2>&1) || true
score=$(sed -n 's/.*Overall exposure level for jixiao.service: \([0-9.]*\).*/\1/p' <<<"$security")
[ -n "$score" ] || fail "systemd-analyze security printed no exposure level:"$'\n'"$security"
awk -v s="$score" 'BEGIN { exit !(s <= 1.0) }' ||
    fail "jixiao.service exposure $score is above 1.0:"$'\n'"$(grep '✗' <<<"$security")"
echo "check-units: systemd-analyze security: jixiao.service exposure $score (at most 1.0)"
security=$(systemd-analyze security --offline=true "$installed/jixiao-web.service" 2>&1) || true
score=$(sed -n 's/.*Overall exposure level for jixiao-web.service: \([0-9.]*\).*/\1/p' <<<"$security")
[ -n "$score" ] || fail "systemd-analyze security printed no exposure level for jixiao-web:"$'\n'"$security"
awk -v s="$score" 'BEGIN { exit !(s <= 2.0) }' ||
    fail "jixiao-web.service exposure $score is above 2.0:"$'\n'"$(grep '✗' <<<"$security")"
echo "check-units: systemd-analyze security: jixiao-web.service exposure $score (at most 2.0: it serves the network)"

# sysusers and tmpfiles in a scratch root: both warn on lines they cannot parse.
mkdir -p "$stage/root/etc" "$stage/root/run"
output=$(systemd-sysusers --root="$stage/root" "$stage/usr/local/lib/sysusers.d/jixiao.conf" 2>&1)
[ -z "$(grep -iv '^Creating ' <<<"$output" || true)" ] || fail "systemd-sysusers said:"$'\n'"$output"
for name in jixiao jixiao-read jixiao-operator jixiao-admin jixiao-web; do
    grep -q "^$name:" "$stage/root/etc/group" || fail "systemd-sysusers created no group $name"
done
grep -q '^jixiao:' "$stage/root/etc/passwd" || fail "systemd-sysusers created no user jixiao"
grep -q '^jixiao-web:' "$stage/root/etc/passwd" || fail "systemd-sysusers created no user jixiao-web"
grep -q '^jixiao-read:.*jixiao-web' "$stage/root/etc/group" || fail "jixiao-web is not in jixiao-read"
output=$(systemd-tmpfiles --root="$stage/root" --create "$stage/usr/local/lib/tmpfiles.d/jixiao.conf" 2>&1) ||
    fail "systemd-tmpfiles failed:"$'\n'"$output"
# The ACL names the role groups, which tmpfiles resolves with this machine's own user
# database, not the scratch root's: where they do not exist here, that one complaint is
# expected (the end-to-end test checks the ACL on a real socket).
if ! getent group jixiao-read >/dev/null; then
    output=$(grep -v '^Failed to parse ACL "group:jixiao-read:rw,group:jixiao-operator:rw,group:jixiao-admin:rw": Invalid argument. Ignoring$' <<<"$output" || true)
fi
[ -z "$output" ] || fail "systemd-tmpfiles said:"$'\n'"$output"
[ -d "$stage/root/run/jixiao" ] || fail "systemd-tmpfiles did not create /run/jixiao"
[ -d "$stage/root/var/lib/jixiao" ] || fail "systemd-tmpfiles did not create /var/lib/jixiao"
echo "check-units: sysusers.d and tmpfiles.d entries accepted"
