#!/usr/bin/env bash
# `make run`: jixiaod on $SOCKET with state in $STATE_DIR (an empty state is filled from
# $EXAMPLES), and jixiao-web beside it on http://127.0.0.1:$WEB_PORT/ with a demo account.
# Both run as you: jixiaod trusts your own user as the web's proxy (run/jixiao.conf), and the
# demo account acts as you (the daemon's own user, so admin). Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${SOCKET:?}" "${STATE_DIR:?}" "${EXAMPLES:?}" "${BIN:?}" "${WEB_PORT:=8080}"
run_dir=$(dirname "$SOCKET")
mkdir -p "$run_dir" "$STATE_DIR"
me=$(id -un)
config=$run_dir/jixiao.conf
accounts=$run_dir/web-users
printf '# make run: jixiao-web runs as you, so jixiaod takes its AS requests from you.\ntrusted_proxies = %s\n' "$me" >"$config"

pids=()
stop() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
}
trap stop EXIT
trap 'exit 130' INT TERM

"$BIN/jixiaod" --config "$config" --socket "$SOCKET" --state-dir "$STATE_DIR" --load-if-empty "$EXAMPLES" &
pids+=($!)
for _ in $(seq 1 200); do
    JIXIAO_SOCKET=$SOCKET "$BIN/jixiao" ping >/dev/null 2>&1 && break
    sleep 0.1
done
JIXIAO_SOCKET=$SOCKET "$BIN/jixiao" ping >/dev/null || { echo "run: jixiaod did not start" >&2; exit 1; }

password=demo-password
if ! "$BIN/jixiao" web-user list --file "$accounts" 2>/dev/null | grep -q '^demo	'; then
    echo "$password" | "$BIN/jixiao" web-user add demo --unix-user "$me" --display-name 演示账户 \
        --file "$accounts" --password-stdin >/dev/null
fi

"$BIN/jixiao-web" --listen "127.0.0.1:$WEB_PORT" --socket "$SOCKET" --accounts "$accounts" &
pids+=($!)
for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$WEB_PORT") 2>/dev/null && break
    sleep 0.1
done
echo
echo "jixiaod on $SOCKET, state in $STATE_DIR"
echo "jixiao-web on http://127.0.0.1:$WEB_PORT/  (log in as demo, password $password)"
echo "In another shell: export JIXIAO_SOCKET=$SOCKET PATH=$BIN:\$PATH; jixiao project list hongjiang 2024"
echo "Ctrl-C stops both."
wait -n
