#!/usr/bin/env bash
# The end-to-end test under a real systemd, of the Debian package as a bureau installs it: a
# minimal Debian tree (debootstrap, cached in /var/cache/jixiao-e2e) with no Swift toolchain,
# no -dev package and no network (nspawn --private-network), booted with systemd-nspawn.
# The package (`make deb`) and any library package it depends on that the tree lacks are
# copied in and installed with `dpkg -i`; nothing is fetched from inside. Then:
#   0. the tree has no toolchain, no dev package, no network; the binaries load;
#   1. the postinst made the user, groups and folders and started jixiao.socket: the socket is
#      there before the daemon, with its group, mode and ACL;
#   2. users in each role group connect, a user in none is refused by the kernel;
#   3. a query answers what another operator wrote; STATUS= and `jixiao status` agree;
#   4. `systemctl restart` twice while a client keeps writing loses nothing;
#   5. a deliberately hung executor (DEBUG STALL) is killed by the watchdog and restarted;
#   6. journalctl shows the structured fields;
#   7. a reload applies a new log level, and a bad file is refused by `systemctl reload`
#      while the daemon runs on;
#   8. backup and restore with tar, as README.md tells operators;
#   9. an upgrade to a newer build of the package (the same binaries repackaged with a higher
#      version): a snapshot first, the daemon restarted, every change still there, the
#      edited conffile kept;
#  10. removal stops the socket and the daemon and keeps the state and the configuration; a
#      reinstall serves the same state, and without the test's drop-in refuses DEBUG STALL;
#  11. purge deletes the state and the configuration;
#   and jixiao-web.service starts as its own user, an operator logs in through it and records
#   a payment (journaled as olga@jixiao-web), and a forged form is refused.
# The package's binaries are release builds with the Swift runtime linked in; DEBUG STALL is
# let through by a drop-in setting JIXIAO_DEBUG_COMMANDS=1 (a server never has it).
#
#   scripts/e2e-nspawn.sh [PACKAGE.deb]     (default: jixiao_<VERSION>_<arch>.deb, `make deb`)
#
# Needs root, systemd-nspawn, debootstrap and unshare; without them it says so loudly and
# exits 0. Any broken expectation fails it. Bounded: JIXIAO_E2E_TIMEOUT seconds (default 900),
# building the cached tree included. JIXIAO_E2E=skip skips it on purpose.
set -uo pipefail
cd "$(dirname "$0")/.."

skip() {
    echo "################################################################################"
    echo "## E2E TEST SKIPPED: $*"
    echo "## (the systemd integration was NOT tested end to end on this machine)"
    echo "################################################################################"
    exit 0
}

if [ -z "${JIXIAO_E2E_INNER:-}" ]; then
    [ "${JIXIAO_E2E:-}" = skip ] && skip "JIXIAO_E2E=skip"
    [ "$(id -u)" -eq 0 ] || skip "not root (systemd-nspawn and debootstrap need root)"
    for tool in systemd-nspawn debootstrap unshare nsenter setpriv; do
        command -v "$tool" >/dev/null || skip "$tool is missing (run scripts/setup.sh: systemd-container, debootstrap)"
    done
    unshare --mount --propagation private true 2>/dev/null || skip "cannot make a mount namespace (unshare --mount)"
    deb=${1:-jixiao_$(tr -d ' \t\r\n' <VERSION)_$(dpkg --print-architecture).deb}
    [ -f "$deb" ] || { echo "e2e: FAILED: no package $deb (make deb builds it)" >&2; exit 1; }
    set -- "$(realpath "$deb")"
    limit=${JIXIAO_E2E_TIMEOUT:-900}
    # A private mount namespace for the whole run: the tree's overlay and nspawn's own
    # mounts never reach the host.
    JIXIAO_E2E_INNER=1 timeout -k 15 "$limit" unshare --mount --propagation private "$0" "$@"
    status=$?
    if [ "$status" -eq 124 ]; then echo "e2e: FAILED: not done within ${limit}s" >&2; fi
    exit "$status"
fi

repo=$PWD
deb=$1
cache=${JIXIAO_E2E_CACHE:-/var/cache/jixiao-e2e}
suite=bookworm
# systemd and what a Debian server has around it; procps for ExecReload's kill, acl to
# show the socket's ACL.
packages=systemd,systemd-sysv,dbus,libsystemd0,procps,acl
started=$(date +%s.%N)
work=""
nspawn=""
failures=0

elapsed() { awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%6.1fs", b - a }'; }
say() { echo "e2e [$(elapsed)] $*"; }
step_failures=0
# Reports a step ok, only if nothing failed since the last step.
pass() { [ "$failures" -eq "$step_failures" ] && say "ok: $*"; step_failures=$failures; }
fail() {
    say "FAILED: $*" >&2
    failures=$((failures + 1))
}
die() {
    fail "$*"
    exit 1
}

cleanup() {
    local status=$?
    if [ -n "$nspawn" ] && kill -0 "$nspawn" 2>/dev/null; then
        if [ "$failures" -gt 0 ] || [ "$status" -ne 0 ]; then
            echo "---- journal of the container (jixiao units, last 80 lines) ----"
            ct timeout 20 journalctl --no-pager -n 80 -u jixiao.service -u jixiao.socket -u jixiao-web.service 2>&1 || true
        fi
        local stop_start=$SECONDS
        ct timeout 20 systemctl poweroff >/dev/null 2>&1 || true
        for _ in $(seq 1 300); do kill -0 "$nspawn" 2>/dev/null || break; sleep 0.1; done
        say "container stopped in $((SECONDS - stop_start))s"
        kill -9 "$nspawn" 2>/dev/null || true
        wait "$nspawn" 2>/dev/null || true
    fi
    if [ -n "$work" ]; then
        umount -n "$root" 2>/dev/null
        if [ -n "${JIXIAO_E2E_KEEP:-}" ]; then say "kept $work/upper (JIXIAO_E2E_KEEP)"; else rm -rf "$work"; fi
    fi
    if [ "$failures" -gt 0 ] && [ "$status" -eq 0 ]; then status=1; fi
    if [ "$status" -eq 0 ]; then say "all end-to-end checks passed"; else say "end-to-end test FAILED"; fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 143' TERM INT

# ---------------------------------------------------------------------------------------
# The Debian tree, built once and cached (keyed by suite and package list).
mirror=${JIXIAO_E2E_MIRROR:-$(apt-get indextargets --format '$(REPO_URI) $(RELEASE) $(COMPONENT)' \
    'Created-By: Packages' 2>/dev/null | awk -v s="$suite" '$2 == s && $3 == "main" { print $1; exit }')}
mirror=${mirror:-http://deb.debian.org/debian/}
key=$(echo "$suite $packages" | md5sum | cut -c1-12)
tree=$cache/rootfs-$suite-$key
mkdir -p "$cache"
(
    flock 9
    if [ ! -e "$tree/.complete" ]; then
        say "building the cached Debian tree $tree from $mirror (once)"
        rm -rf "$tree.partial"
        debootstrap --variant=minbase --include="$packages" "$suite" "$tree.partial" "$mirror" \
            >"$cache/debootstrap.log" 2>&1 || { tail -20 "$cache/debootstrap.log"; exit 1; }
        touch "$tree.partial/.complete"
        rm -rf "$tree" && mv "$tree.partial" "$tree"
        # Trees for other suites or package lists are stale.
        find "$cache" -maxdepth 1 -name 'rootfs-*' ! -path "$tree" -exec rm -rf {} +
    fi
) 9>"$cache/lock" || die "debootstrap failed (log: $cache/debootstrap.log)"
say "Debian tree ready: $tree"

# The container writes to an overlay on the cached tree, which stays as it was.
work=$(mktemp -d /var/tmp/jixiao-e2e.XXXXXX)
root=$work/root
mkdir -p "$root" "$work/upper" "$work/overlay-work"
mount -n -t overlay overlay -o "lowerdir=$tree,upperdir=$work/upper,workdir=$work/overlay-work" "$root" ||
    die "cannot mount an overlay on the cached tree"

# What the bureau's IT person carries to the server: the package, the same binaries
# repackaged with a higher version (the upgrade), and the packages of any library it depends
# on that the tree lacks (fetched here, on the host, into the cache; never from inside).
mkdir -p "$root/root/debs"
version=$(dpkg-deb -f "$deb" Version)
upgrade_version="$version+e2e1"
cp "$deb" "$root/root/debs/jixiao_${version}.deb"
mkdir "$work/repack"
dpkg-deb -R "$deb" "$work/repack/root" || die "dpkg-deb -R $deb"
sed -i "s/^Version: .*/Version: $upgrade_version/" "$work/repack/root/DEBIAN/control"
dpkg-deb --root-owner-group -Znone -b "$work/repack/root" "$root/root/debs/jixiao_${upgrade_version}.deb" >/dev/null ||
    die "repackaging $deb as $upgrade_version"
dpkg --compare-versions "$upgrade_version" gt "$version" || die "$upgrade_version is not newer than $version"
installed_in_tree() { [ "$(chroot "$tree" dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]; }
missing=()
IFS=',' read -ra groups <<<"$(dpkg-deb -f "$deb" Depends)"
for group in "${groups[@]}"; do
    found=""
    first=""
    IFS='|' read -ra alternatives <<<"$group"
    for alternative in "${alternatives[@]}"; do
        name=$(awk '{ print $1 }' <<<"$alternative")
        first=${first:-$name}
        if installed_in_tree "$name"; then found=$name; break; fi
    done
    [ -n "$found" ] || missing+=("$first")
done
if [ ${#missing[@]} -gt 0 ]; then
    # The missing packages and what they need that the tree lacks, as .deb files.
    needed=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces \
        --no-enhances "${missing[@]}" 2>/dev/null | grep -v '^ ' | grep -v '^<' | sort -u)
    mkdir -p "$cache/debs"
    for name in $needed; do
        installed_in_tree "$name" && continue
        ls "$cache/debs/${name}_"*.deb >/dev/null 2>&1 ||
            (cd "$cache/debs" && apt-get download -q "$name" >/dev/null 2>&1) || die "apt-get download $name (a dependency)"
        cp "$cache/debs/${name}_"*.deb "$root/root/debs/" || die "copying $name"
        say "dependency $name: not in the tree, carried in as $(basename "$cache/debs/${name}_"*.deb)"
    done
fi
say "package $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB), Depends: $(dpkg-deb -f "$deb" Depends)"
# The watchdog check's DEBUG STALL, on the release binary (see the header).
mkdir -p "$root/etc/systemd/system/jixiao.service.d"
printf '[Service]\nEnvironment=JIXIAO_DEBUG_COMMANDS=1\n' >"$root/etc/systemd/system/jixiao.service.d/e2e-debug.conf"

# ---------------------------------------------------------------------------------------
# Boot. The private mount namespace keeps nspawn's files off the host's /run.
# In this private namespace nspawn's files under /run stay off the host's.
mount -n -t tmpfs tmpfs /run/systemd && mkdir -p /run/mount && mount -n -t tmpfs tmpfs /run/mount ||
    die "cannot mount tmpfs on /run/systemd"
systemd-nspawn -q -D "$root" -b --register=no --keep-unit --private-network --console=read-only \
    --machine=jixiao-e2e >"$work/console.log" 2>&1 &
nspawn=$!
ct_pid=""
for _ in $(seq 1 300); do
    ct_pid=$(pgrep -P "$nspawn" -x systemd 2>/dev/null | head -1)
    [ -z "$ct_pid" ] && ct_pid=$(pgrep -P "$(pgrep -P "$nspawn" | head -1)" -x systemd 2>/dev/null | head -1)
    [ -n "$ct_pid" ] && break
    kill -0 "$nspawn" 2>/dev/null || die "systemd-nspawn exited: $(tail -20 "$work/console.log")"
    sleep 0.1
done
[ -n "$ct_pid" ] || die "the container's systemd did not start: $(tail -20 "$work/console.log")"
ct() { nsenter -t "$ct_pid" -a "$@"; }
as() {
    local user=$1
    shift
    ct setpriv --reuid="$user" --regid=users --init-groups "$@"
}
boot_start=$(date +%s.%N)
state=""
for _ in $(seq 1 600); do
    # "offline" until the container's systemd listens; then --wait waits for the boot.
    state=$(ct timeout 60 systemctl is-system-running --wait 2>/dev/null)
    case "$state" in
    running | degraded) break ;;
    esac
    sleep 0.1
done
case "$state" in
running | degraded) ;;
*) die "the container did not boot: $state; console: $(tail -20 "$work/console.log")" ;;
esac
say "container booted ($state) in $(awk -v a="$boot_start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')s"

# ---------------------------------------------------------------------------------------
# 0. A clean server: no Swift toolchain, no development package, no network but loopback.
toolchain=$(ct sh -c 'command -v swift swiftc; ls -d /opt/swift 2>/dev/null; find / -xdev -name "libswiftCore*" 2>/dev/null' | tr '\n' ' ')
[ -z "$toolchain" ] || fail "the tree has a Swift toolchain: $toolchain"
dev=$(ct dpkg-query -W -f='${Package}\n' | grep -E -- '-dev(:|$)' | tr '\n' ' ')
[ -z "$dev" ] || fail "the tree has development packages: $dev"
interfaces=$(ct ls /sys/class/net | tr '\n' ' ')
[ "$interfaces" = "lo " ] || fail "the container has network interfaces other than lo: $interfaces"
pass "a clean tree: no Swift toolchain, no -dev package ($(ct dpkg-query -W -f='.\n' | wc -l) packages), interfaces: $interfaces"

# Install it, as the IT person would: dpkg -i, dependencies first (if any were carried in).
install_start=$(date +%s.%N)
dependencies=$(cd "$root/root/debs" && ls | grep -v '^jixiao_' | sed 's|^|/root/debs/|' | tr '\n' ' ')
if [ -n "$dependencies" ]; then
    # shellcheck disable=SC2086
    ct dpkg -i $dependencies >"$work/dpkg-deps.log" 2>&1 || die "dpkg -i of the dependencies: $(tail -5 "$work/dpkg-deps.log")"
fi
ct dpkg -i "/root/debs/jixiao_${version}.deb" >"$work/dpkg-install.log" 2>&1 ||
    die "dpkg -i jixiao_${version}.deb: $(tail -10 "$work/dpkg-install.log")"
say "dpkg -i jixiao_${version}.deb in $(awk -v a="$install_start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')s"
out=$(ct sh -c 'ldd /usr/bin/jixiaod /usr/bin/jixiao /usr/bin/jixiao-xlsx' 2>&1)
grep -q "not found" <<<"$out" && fail "a library the binaries need is missing: $out"
grep -qi "swift" <<<"$out" && fail "the binaries load a Swift library: $out"
[ "$(ct jixiaod --version)" = "jixiaod $version" ] || fail "jixiaod --version: $(ct jixiaod --version 2>&1)"
[ "$(ct jixiao --version)" = "jixiao $version" ] || fail "jixiao --version: $(ct jixiao --version 2>&1)"
getent_out=$(ct getent passwd jixiao)
[ -n "$getent_out" ] || fail "the postinst made no user jixiao"
for group in jixiao jixiao-read jixiao-operator jixiao-admin; do
    ct getent group "$group" >/dev/null || fail "the postinst made no group $group"
done
[ "$(ct stat -c '%U:%G %a' /var/lib/jixiao)" = "jixiao:jixiao 750" ] ||
    fail "/var/lib/jixiao is $(ct stat -c '%U:%G %a' /var/lib/jixiao 2>&1)"
[ "$(ct systemctl is-enabled jixiao.socket)" = enabled ] || fail "jixiao.socket is not enabled"
for file in /usr/share/man/man8/jixiaod.8.gz /usr/share/man/man1/jixiao.1.gz /usr/share/man/man1/jixiao-xlsx.1.gz \
    /usr/share/bash-completion/completions/jixiao \
    /usr/share/zsh/vendor-completions/_jixiao /usr/share/doc/jixiao/copyright /usr/share/doc/jixiao/changelog.gz; do
    ct test -s "$file" || fail "the package did not install $file"
done
pass "installed with dpkg -i: binaries load without Swift ($(ct jixiaod --version)), user $getent_out, groups, /var/lib/jixiao, jixiao.socket enabled"

for user in rita:jixiao-read olga:jixiao-operator adam:jixiao-admin mallory:; do
    name=${user%%:*}
    group=${user#*:}
    ct useradd --no-create-home --gid users ${group:+--groups "$group"} "$name" || die "useradd $name"
done

# 1. The socket exists before the daemon, as the unit and the ACL say.
[ "$(ct systemctl is-active jixiao.socket)" = active ] || fail "jixiao.socket is not active"
[ "$(ct systemctl is-active jixiao.service)" = inactive ] || fail "jixiao.service started before any connection"
owner=$(ct stat -c '%U:%G %a %F' /run/jixiao/jixiao.sock)
[ "$owner" = "jixiao:jixiao 660 socket" ] || fail "socket is '$owner', expected 'jixiao:jixiao 660 socket'"
acl=$(ct getfacl -cp /run/jixiao/jixiao.sock 2>/dev/null | tr '\n' ' ')
for group in jixiao-read jixiao-operator jixiao-admin; do
    grep -q "group:$group:rw-" <<<"$acl" || fail "the socket's ACL lacks $group: $acl"
done
pass "jixiao.socket listening before the daemon: $owner; ACL: $acl"

# 2. Each role group connects (the first connection starts the daemon); no group is refused.
activation_start=$(date +%s.%N)
for name in rita olga adam; do
    out=$(as "$name" timeout 30 jixiao hello 2>&1) || fail "$name could not connect: $out"
    grep -q " user=$name " <<<"$out" || fail "$name: unexpected HELLO reply: $out"
done
say "first connection answered through socket activation in $(awk -v a="$activation_start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')s (3 users)"
out=$(as mallory timeout 30 jixiao hello 2>&1)
status=$?
[ "$status" -eq 77 ] || fail "mallory (in no role group) got exit $status, expected 77 (no permission on the socket): $out"
grep -q "jixiao-operator" <<<"$out" || fail "mallory's refusal does not name the role groups: $out"
[ "$(ct systemctl is-active jixiao.service)" = active ] || fail "jixiao.service is not active after connections"
pass "rita, olga, adam connect; mallory refused: $out"

# 3. A query answers what another operator wrote.
# Units are the admin's (adam); years and projects the operator's (olga); rita only reads.
out=$(as olga jixiao unit create hongjiang --name 洪江市医疗保障局 2>&1) && fail "olga (operator) created a unit: $out"
grep -q "ERR DENIED needs the admin role" <<<"$out" || fail "olga's unit create refusal: $out"
as adam jixiao unit create hongjiang --name 洪江市医疗保障局 >/dev/null || fail "adam: unit create"
as olga jixiao year create hongjiang 2024 >/dev/null || fail "olga: year create"
out=$(as rita jixiao year create hongjiang 2025 2>&1) && fail "rita (read) created a year: $out"
grep -q "ERR DENIED needs the operator role; rita has the read role" <<<"$out" || fail "rita's refusal: $out"
out=$(as rita jixiao unit list 2>&1)
grep -Eq "^hongjiang	洪江市医疗保障局	.*	1	[0-9]+$" <<<"$out" || fail "rita's unit list: $out"
pass "rita reads what adam and olga wrote; olga and rita are denied what their roles do not allow"

# 3b. jixiao-web: its own service and user. olga logs in through it (the host's curl in the
# container's network namespace) and records a payment, which the journal credits to
# olga@jixiao-web; a forged form without the CSRF token is refused.
echo 'olga-web-password' | ct jixiao web-user add olga --unix-user olga --display-name 张会计 --password-stdin >/dev/null ||
    fail "jixiao web-user add"
[ "$(ct stat -c '%U:%G %a' /etc/jixiao/web-users)" = "root:jixiao-web 640" ] ||
    fail "web-users is $(ct stat -c '%U:%G %a' /etc/jixiao/web-users), expected root:jixiao-web 640"
ct systemctl enable --now jixiao-web.service >/dev/null 2>&1 || fail "systemctl enable --now jixiao-web"
web_state=""
for _ in $(seq 1 300); do
    web_state=$(ct systemctl is-active jixiao-web.service)
    [ "$web_state" = active ] && break
    sleep 0.1
done
[ "$web_state" = active ] || fail "jixiao-web.service is $web_state: $(ct journalctl --no-pager -n 20 -u jixiao-web.service)"
web_user=$(ct ps -o user= -p "$(ct systemctl show -p MainPID --value jixiao-web.service)")
[ "$web_user" = jixiao-web ] || fail "jixiao-web runs as '$web_user'"
web() { nsenter -t "$ct_pid" -n curl -s -b "$work/web.jar" -c "$work/web.jar" "$@"; }
token() { grep -o 'name="csrf" value="[0-9a-f]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
login_token=$(web http://127.0.0.1:8080/login | token)
status=$(web -o /dev/null -w '%{http_code} %{redirect_url}' --data-urlencode "csrf=$login_token" \
    --data-urlencode name=olga --data-urlencode password=olga-web-password --data-urlencode next=/years \
    http://127.0.0.1:8080/login)
[ "$status" = "303 http://127.0.0.1:8080/years" ] || fail "login through jixiao-web answered '$status'"
page=$(web http://127.0.0.1:8080/y/hongjiang/2024)
grep -q '洪江市医疗保障局 2024年度' <<<"$page" || fail "the dashboard does not show the unit-year"
grep -q '<span class="role role-operator">经办人</span>' <<<"$page" || fail "olga is not shown as an operator"
csrf=$(token <<<"$page")
status=$(web -o /dev/null -w '%{http_code}' --data-urlencode owner=dept --data-urlencode date=2024-03-05 \
    --data-urlencode amount=12000 --data-urlencode amount_unit=元 --data-urlencode note=伪造 \
    http://127.0.0.1:8080/y/hongjiang/2024/payment)
[ "$status" = 403 ] || fail "a payment without the CSRF token answered $status, not 403"
status=$(web -o /dev/null -w '%{http_code}' --data-urlencode "csrf=$csrf" --data-urlencode owner=dept \
    --data-urlencode date=2024-03-05 --data-urlencode amount=12000 --data-urlencode amount_unit=元 \
    --data-urlencode note=网页录入 http://127.0.0.1:8080/y/hongjiang/2024/payment)
[ "$status" = 303 ] || fail "the payment through jixiao-web answered $status, not 303"
payments=$(as rita jixiao raw 'PAYMENT LIST hongjiang 2024 dept' | tail -n +2)
[ "$(wc -l <<<"$payments")" = 1 ] && grep -q '网页录入' <<<"$payments" || fail "payments after the web: $payments"
history=$(as rita jixiao raw 'HISTORY hongjiang/2024/dept/payment/1')
grep -q "	olga@jixiao-web	hongjiang/2024/dept/payment/1	created	" <<<"$history" ||
    fail "the journal does not credit olga@jixiao-web: $history"
pass "jixiao-web.service runs as jixiao-web; olga logged in through it, recorded a payment journaled as olga@jixiao-web; a forged POST got 403"

# 4. Restart twice while a client keeps writing: every change acknowledged, none lost or doubled
# (the journal then holds the unit, the year and the web's payment, and the writer's projects).
writes=150
mkdir -p "$root/usr/local/bin"
cat >"$root/usr/local/bin/jixiao-e2e-writer" <<'EOF'
#!/bin/bash
# Creates projects p1..pN, one connection each, retrying a connection the daemon closed
# unanswered while it restarted (EXISTS on a retry means the first try was applied).
retries=0
slowest=0
for i in $(seq 1 "$1"); do
    for attempt in $(seq 1 200); do
        start=$(date +%s%N)
        out=$(jixiao project create hongjiang 2024 "p$i" --name "项目 $i" --budget-initial "${i}万元" 2>&1) && break
        if grep -q "ERR EXISTS" <<<"$out"; then break; fi
        retries=$((retries + 1))
        sleep 0.05
    done
    [ "$attempt" -lt 200 ] || { echo "gave up on p$i: $out"; exit 1; }
    took=$((($(date +%s%N) - start) / 1000000))
    [ "$took" -gt "$slowest" ] && slowest=$took
done
echo "retries=$retries slowest write ${slowest}ms"
EOF
chmod 0755 "$root/usr/local/bin/jixiao-e2e-writer"
as olga timeout 300 /usr/local/bin/jixiao-e2e-writer "$writes" >"$work/writer.log" 2>&1 &
writer=$!
restarts=""
for round in 1 2; do
    sleep 1.5
    before=$(ct systemctl show -p MainPID --value jixiao.service)
    restart_start=$(date +%s.%N)
    ct timeout 60 systemctl restart jixiao.service || fail "systemctl restart $round"
    after=$(ct systemctl show -p MainPID --value jixiao.service)
    [ "$before" != "$after" ] || fail "restart $round did not replace the daemon (pid $before)"
    restarts="$restarts $(awk -v a="$restart_start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2fs", b - a }')"
done
wait "$writer" || fail "the writer failed: $(cat "$work/writer.log")"
count=$(as rita jixiao project list hongjiang 2024 | tail -n +2 | wc -l)
sequence=$(as rita jixiao status | awk -F'\t' '$1 == "journal_seq" { print $2 }')
[ "$count" -eq "$writes" ] || fail "after the restarts $count projects, expected $writes"
[ "$sequence" = "$((writes + 3))" ] || fail "journal_seq $sequence, expected $((writes + 3)) (no change lost or doubled)"
pass "$writes writes across 2 restarts (each took$restarts): all $count there, journal_seq $sequence, $(cat "$work/writer.log")"

# 4b. Workbooks, through jixiao-xlsx and the libraries the package depends on for it
# (libxlsxwriter writes, libxml2 and zlib read back).
as olga timeout 60 jixiao export-forms hongjiang 2024 p7 -o /tmp/p7.xlsx >"$work/xlsx.log" 2>&1 ||
    fail "jixiao export-forms: $(cat "$work/xlsx.log")"
cells=$(as olga timeout 60 jixiao-xlsx read /tmp/p7.xlsx 2>&1) || fail "jixiao-xlsx read: $cells"
grep -q "^cell	.*	项目 7$" <<<"$cells" || fail "the workbook read back lacks the project's name: $(head -20 <<<"$cells")"
[ "$(ct jixiao-xlsx --version)" = "jixiao-xlsx $version" ] || fail "jixiao-xlsx --version: $(ct jixiao-xlsx --version 2>&1)"
pass "jixiao export-forms wrote p7's forms as .xlsx ($(ct stat -c %s /tmp/p7.xlsx) bytes, $(grep -c '^sheet' <<<"$cells") sheets) and jixiao-xlsx read them back"

# STATUS= as systemd shows it, and jixiao status.
sleep 1.5
text=$(ct systemctl show -p StatusText --value jixiao.service)
[[ "$text" =~ ^1\ unit,\ $((writes + 3))\ records,\ [0-9]+\ connections?$ ]] || fail "StatusText is '$text'"
out=$(as adam jixiao status)
for key in version uptime_s units journal_seq journal_bytes connections last_snapshot; do
    grep -q "^$key	" <<<"$out" || fail "jixiao status lacks $key: $out"
done
grep -q "^last_snapshot	none$" <<<"$out" || fail "jixiao status: last_snapshot is not none"
pass "systemctl status shows '$text'; jixiao status has every key"

# 5. A hung executor: the watchdog kills the daemon and systemd restarts it.
pid_before=$(ct systemctl show -p MainPID --value jixiao.service)
restarts_before=$(ct systemctl show -p NRestarts --value jixiao.service)
stall_start=$(date +%s.%N)
as adam timeout 120 jixiao raw 'DEBUG STALL 300' >"$work/stall.log" 2>&1 &
stall=$!
recovered=""
for _ in $(seq 1 600); do
    pid_now=$(ct systemctl show -p MainPID --value jixiao.service)
    restarts_now=$(ct systemctl show -p NRestarts --value jixiao.service)
    if [ "$restarts_now" -gt "$restarts_before" ] && [ "$pid_now" != 0 ] && [ "$pid_now" != "$pid_before" ] &&
        [ "$(ct systemctl is-active jixiao.service)" = active ]; then
        recovered=$(awk -v a="$stall_start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
        break
    fi
    sleep 0.1
done
wait "$stall"
stall_status=$?
[ -n "$recovered" ] || fail "the stalled daemon was not restarted within 60s"
grep -q "jixiao.service: Watchdog timeout" <<<"$(ct journalctl --no-pager -u jixiao.service)" ||
    fail "the journal does not show systemd's watchdog timeout"
[ "$stall_status" -eq 76 ] || fail "the stalled client exited $stall_status, expected 76 (connection broken)"
count=$(as rita jixiao project list hongjiang 2024 | tail -n +2 | wc -l)
[ "$count" -eq "$writes" ] || fail "after the watchdog restart $count projects, expected $writes"
pass "DEBUG STALL: killed by the watchdog (WatchdogSec=10s) and serving again after ${recovered}s; nothing lost"

# 6. The journal: structured fields of a change, and of a warning.
ct journalctl --no-pager -o json JIXIAO_OBJECT=hongjiang/2024/p7 >"$work/p7.json" 2>&1
python3 - "$work/p7.json" <<'EOF' || fail "the change's journal entry lacks its fields (see above)"
import json, sys
entries = [json.loads(line) for line in open(sys.argv[1]) if line.startswith("{")]
changes = [e for e in entries if e.get("MESSAGE", "").startswith("change ")]
want = {"PRIORITY": "6", "SYSLOG_IDENTIFIER": "jixiaod", "JIXIAO_OPERATOR": "olga", "JIXIAO_UNIT": "hongjiang",
        "JIXIAO_YEAR": "2024", "JIXIAO_OBJECT": "hongjiang/2024/p7", "JIXIAO_SEQ": "10"}
if len(changes) != 1:
    sys.exit(f"expected one change entry for p7, got {len(changes)}: {entries}")
wrong = {k: (changes[0].get(k), v) for k, v in want.items() if changes[0].get(k) != v}
if wrong:
    sys.exit(f"fields (got, wanted): {wrong}")
print("e2e: change entry:", {k: changes[0][k] for k in sorted(want)})
EOF
grep -q '"MESSAGE":"DEBUG STALL: blocking the state executor' <<<"$(ct journalctl --no-pager -o json -u jixiao.service PRIORITY=4)" ||
    fail "the DEBUG STALL warning is not in the journal at PRIORITY=4"
pass "journalctl JIXIAO_OBJECT=hongjiang/2024/p7 finds the change with operator, unit, year, object, sequence"

# 7. Reload: a new log level applies without a restart; a bad file is refused.
pid_before=$(ct systemctl show -p MainPID --value jixiao.service)
ct sed -i 's/^log_level = info$/log_level = debug/' /etc/jixiao/jixiao.conf
ct timeout 30 systemctl reload jixiao.service || fail "systemctl reload"
sleep 0.5
grep -q "configuration reloaded.*log_level=info -> debug" <<<"$(ct journalctl --no-pager -u jixiao.service -o cat)" ||
    fail "the reload is not in the journal"
as rita jixiao ping >/dev/null
grep -q "^connected .*conn.user=rita" <<<"$(ct journalctl --no-pager -u jixiao.service -o cat -p debug)" ||
    fail "debug logging did not start after the reload"
echo "log_level = loud" | ct tee -a /etc/jixiao/jixiao.conf >/dev/null
if ct timeout 30 systemctl reload jixiao.service 2>/dev/null; then fail "systemctl reload accepted a bad file"; fi
[ "$(ct systemctl is-active jixiao.service)" = active ] || fail "the daemon stopped after a refused reload"
[ "$(ct systemctl show -p MainPID --value jixiao.service)" = "$pid_before" ] || fail "the reloads restarted the daemon"
# Put the file right again: a daemon started on it would exit 78, and socket activation
# would retry until systemd's start limit fails the socket too.
ct sed -i '/^log_level = loud$/d' /etc/jixiao/jixiao.conf
ct jixiaod --check-config --config /etc/jixiao/jixiao.conf >/dev/null || fail "the repaired file does not check"
pass "reload applied log_level=debug in place; a bad file was refused and the daemon ran on"

# 8. Backup and restore as README.md tells operators.
ct systemctl stop jixiao.socket jixiao.service || fail "stopping for the backup"
ct tar -C /var/lib -czf /root/jixiao-backup.tar.gz jixiao || fail "tar of /var/lib/jixiao"
ct systemctl start jixiao.socket || fail "starting the socket after the backup"
as adam jixiao unit create after-backup --name 备份之后 >/dev/null || fail "a change after the backup"
ct systemctl stop jixiao.socket jixiao.service || fail "stopping for the restore"
ct mv /var/lib/jixiao /var/lib/jixiao.before-restore || fail "moving the state aside"
ct tar -C /var/lib -xzf /root/jixiao-backup.tar.gz || fail "untar"
ct chown -R jixiao:jixiao /var/lib/jixiao || fail "chown"
ct systemctl start jixiao.socket || fail "starting the socket after the restore"
sequence=$(as rita jixiao status | awk -F'\t' '$1 == "journal_seq" { print $2 }')
[ "$sequence" = "$((writes + 3))" ] || fail "after the restore journal_seq is $sequence, expected $((writes + 3))"
out=$(as rita jixiao unit get after-backup 2>&1)
grep -q "ERR NOT_FOUND" <<<"$out" || fail "the change made after the backup survived the restore: $out"
pass "backup with tar while stopped, restore: journal_seq back to $sequence"

# 9. Upgrade to a newer build of the package, with an edited conffile and a running daemon.
ct sed -i 's/^idle_timeout = 600$/idle_timeout = 900/' /etc/jixiao/jixiao.conf
echo "# edited by the bureau (e2e)" | ct tee -a /etc/jixiao/jixiao.conf >/dev/null
conf_before=$(ct md5sum /etc/jixiao/jixiao.conf)
as olga jixiao project create hongjiang 2024 before-upgrade --name 升级之前 --budget-initial 3万元 >/dev/null ||
    fail "a change before the upgrade"
export_before=$(as rita jixiao export | md5sum)
sequence_before=$(as rita jixiao status | awk -F'\t' '$1 == "journal_seq" { print $2 }')
pid_before=$(ct systemctl show -p MainPID --value jixiao.service)
upgrade_start=$(date +%s.%N)
ct dpkg -i "/root/debs/jixiao_${upgrade_version}.deb" >"$work/dpkg-upgrade.log" 2>&1 ||
    fail "dpkg -i jixiao_${upgrade_version}.deb: $(tail -10 "$work/dpkg-upgrade.log")"
upgrade_took=$(awk -v a="$upgrade_start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
[ "$(ct dpkg-query -W -f='${Version} ${Status}' jixiao)" = "$upgrade_version install ok installed" ] ||
    fail "after the upgrade dpkg says: $(ct dpkg-query -W -f='${Version} ${Status}' jixiao)"
pid_after=$(ct systemctl show -p MainPID --value jixiao.service)
[ "$pid_after" != 0 ] && [ "$pid_after" != "$pid_before" ] || fail "the upgrade did not restart the daemon (pid $pid_before, now $pid_after)"
snapshots=$(ct sh -c 'ls /var/lib/jixiao/snapshots/*.jxs 2>/dev/null' | wc -l)
[ "$snapshots" -ge 1 ] || fail "no snapshot was taken before the restart: $(cat "$work/dpkg-upgrade.log")"
status=$(as rita jixiao status)
grep -q "^last_snapshot	seq=$sequence_before$" <<<"$status" || fail "the new daemon did not start from the snapshot at $sequence_before: $status"
grep -q "^journal_seq	$sequence_before$" <<<"$status" || fail "journal_seq after the upgrade: $status"
[ "$(as rita jixiao export | md5sum)" = "$export_before" ] || fail "the export differs after the upgrade"
[ "$(ct md5sum /etc/jixiao/jixiao.conf)" = "$conf_before" ] || fail "the upgrade changed the edited conffile"
leftovers=$(ct sh -c 'ls /etc/jixiao/*.dpkg-* 2>/dev/null')
[ -z "$leftovers" ] || fail "the upgrade left $leftovers"
ct jixiaod --check-config --config /etc/jixiao/jixiao.conf | grep -q "^idle_timeout = 900$" || fail "the edited idle_timeout is not in effect"
[ "$(ct systemctl is-enabled jixiao.socket) $(ct systemctl is-active jixiao.socket)" = "enabled active" ] ||
    fail "jixiao.socket after the upgrade: $(ct systemctl is-enabled jixiao.socket) $(ct systemctl is-active jixiao.socket)"
as olga jixiao project create hongjiang 2024 after-upgrade --name 升级之后 --budget-initial 4万元 >/dev/null ||
    fail "a change after the upgrade"
pass "upgrade to $upgrade_version in ${upgrade_took}s: snapshot at $sequence_before, daemon restarted ($pid_before → $pid_after), export identical, edited conffile kept, writes go on"

# 10. Removal keeps the state and the configuration; a reinstall serves them.
sequence_kept=$(as rita jixiao status | awk -F'\t' '$1 == "journal_seq" { print $2 }')
export_kept=$(as rita jixiao export | md5sum)
ct dpkg -r jixiao >"$work/dpkg-remove.log" 2>&1 || fail "dpkg -r jixiao: $(tail -10 "$work/dpkg-remove.log")"
[ "$(ct systemctl is-active jixiao.socket jixiao.service | tr '\n' ' ')" = "inactive inactive " ] ||
    fail "after dpkg -r: $(ct systemctl is-active jixiao.socket jixiao.service | tr '\n' ' ')"
ct test -e /run/jixiao/jixiao.sock && fail "the socket file is still there after dpkg -r"
ct test -e /usr/bin/jixiaod && fail "/usr/bin/jixiaod is still there after dpkg -r"
[ "$(ct dpkg-query -W -f='${Status}' jixiao)" = "deinstall ok config-files" ] ||
    fail "after dpkg -r dpkg says $(ct dpkg-query -W -f='${Status}' jixiao)"
ct sh -c 'ls /var/lib/jixiao/journal/*.jxj' >/dev/null 2>&1 || fail "dpkg -r deleted the journal"
[ "$(ct md5sum /etc/jixiao/jixiao.conf 2>&1)" = "$conf_before" ] || fail "dpkg -r changed or deleted the configuration"
ct dpkg -i "/root/debs/jixiao_${upgrade_version}.deb" >"$work/dpkg-reinstall.log" 2>&1 ||
    fail "dpkg -i after dpkg -r: $(tail -10 "$work/dpkg-reinstall.log")"
sequence=$(as rita jixiao status | awk -F'\t' '$1 == "journal_seq" { print $2 }')
[ "$sequence" = "$sequence_kept" ] || fail "after remove and reinstall journal_seq is $sequence, expected $sequence_kept"
[ "$(as rita jixiao export | md5sum)" = "$export_kept" ] || fail "the export differs after remove and reinstall"
# Without the test's drop-in, the packaged daemon refuses the debug hook, as on a server.
ct rm -rf /etc/systemd/system/jixiao.service.d
ct systemctl daemon-reload
ct timeout 60 systemctl restart jixiao.service || fail "restart without the drop-in"
out=$(as adam timeout 30 jixiao raw 'DEBUG STALL 1' 2>&1) && fail "DEBUG STALL ran without JIXIAO_DEBUG_COMMANDS: $out"
grep -q "ERR UNKNOWN_COMMAND" <<<"$out" || fail "DEBUG STALL without JIXIAO_DEBUG_COMMANDS: $out"
pass "dpkg -r stopped the socket and the daemon, kept the journal and the configuration; reinstalled, it serves journal_seq $sequence and refuses DEBUG STALL"

# 11. Purge deletes the state and the configuration.
ct dpkg -P jixiao >"$work/dpkg-purge.log" 2>&1 || fail "dpkg -P jixiao: $(tail -10 "$work/dpkg-purge.log")"
ct test -e /var/lib/jixiao && fail "/var/lib/jixiao is still there after dpkg -P"
ct test -e /etc/jixiao && fail "/etc/jixiao is still there after dpkg -P: $(ct ls -la /etc/jixiao)"
ct test -e /lib/systemd/system/jixiao.service && fail "jixiao.service is still there after dpkg -P"
left=$(ct sh -c 'ls /etc/systemd/system/*/jixiao.* /etc/systemd/system/jixiao.* 2>/dev/null' | tr '\n' ' ')
[ -z "$left" ] || fail "dpkg -P left unit links: $left"
[ -z "$(ct dpkg-query -W -f='${Status}' jixiao 2>/dev/null | grep -v '^unknown ok not-installed$')" ] ||
    fail "after dpkg -P dpkg says $(ct dpkg-query -W -f='${Status}' jixiao)"
pass "dpkg -P deleted /var/lib/jixiao and /etc/jixiao (the user jixiao and the role groups stay)"
