#!/usr/bin/env bash
# Runs a command with a throwaway Redis: scripts/with-redis.sh npx vitest run test/redis
# Starts redis-server on a free loopback port (no persistence, its own temp dir), exports REDIS_URL, runs the
# command and stops Redis however the command ends. The command's exit code is the script's.
# REDIS_URL already set: that Redis is used and nothing is started. redis-server missing: installed from
# Debian's package when running as root (CI runs on a fresh machine), otherwise a clear error.
set -euo pipefail

if [[ $# -eq 0 ]]; then
  echo "usage: $0 COMMAND [ARGS...]" >&2
  exit 2
fi

if [[ -n "${REDIS_URL:-}" ]]; then
  echo "== with-redis: using the Redis in REDIS_URL"
  exec "$@"
fi

if ! command -v redis-server >/dev/null 2>&1; then
  if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "== with-redis: installing redis-server (apt)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends redis-server >/dev/null
  else
    echo "with-redis: redis-server is not installed; install it (Debian: apt-get install redis-server) or set REDIS_URL" >&2
    exit 1
  fi
fi

dir="$(mktemp -d)"
pid=""
cleanup() {
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    # Bounded: a Redis that ignores SIGTERM for 5 s is killed.
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

# Another process may take the port between our probe and Redis' bind: try a few ports.
for attempt in 1 2 3; do
  port="$(free_port)"
  redis-server --bind 127.0.0.1 --port "$port" --dir "$dir" --save '' --appendonly no \
    --daemonize no --protected-mode yes --logfile "$dir/redis.log" &
  pid=$!
  up=""
  for _ in $(seq 100); do
    if ! kill -0 "$pid" 2>/dev/null; then break; fi
    if redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null | grep -q PONG; then up=1; break; fi
    sleep 0.1
  done
  [[ -n "$up" ]] && break
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  pid=""
  echo "with-redis: redis-server did not start on port $port (attempt $attempt); log:" >&2
  cat "$dir/redis.log" >&2 || true
done
if [[ -z "$pid" ]]; then
  echo "with-redis: could not start redis-server" >&2
  exit 1
fi

export REDIS_URL="redis://127.0.0.1:$port"
echo "== with-redis: redis-server $(redis-server --version | sed -n 's/.*v=\([^ ]*\).*/\1/p') at $REDIS_URL"
set +e
"$@"
rc=$?
set -e
exit "$rc"
