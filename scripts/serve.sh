#!/usr/bin/env bash
# Starts the action server and the Rasa server (REST channel), and stops both on Ctrl-C.
# With "shell" as the first argument, opens a terminal chat instead of the REST server.
# Rasa and the action server listen on loopback only (RASA_INTERFACE, ACTIONS_INTERFACE change
# it): the portal, on PORTAL_INTERFACE (every interface by default), is the one public entry,
# so its origin check and rate limit cannot be skipped by posting to Rasa directly.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${RASA_PORT:=5005}" "${ACTIONS_PORT:=5055}" "${PORTAL_PORT:=8000}"
: "${RASA_INTERFACE:=127.0.0.1}" "${ACTIONS_INTERFACE:=127.0.0.1}" "${PORTAL_INTERFACE:=0.0.0.0}"
export ACTION_SERVER_URL="${ACTION_SERVER_URL:-http://127.0.0.1:${ACTIONS_PORT}/webhook}"
export TRACKER_STORE_URL="${TRACKER_STORE_URL:-sqlite:///$PWD/var/tracker.db}"
export RASA_TELEMETRY_ENABLED=false
# var/ holds parents' conversations, staff accounts and the console secret: the owner's only.
umask 077
mkdir -p var
chmod 700 var
find var -maxdepth 1 -type f \( -name '*.db' -o -name '*.db-*' -o -name 'console-secret' \) -exec chmod 600 {} +

pids=()
stop() {
  trap - INT TERM EXIT
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  echo "stopped"
}
trap 'stop; exit 0' INT TERM
trap stop EXIT

SANIC_HOST="$ACTIONS_INTERFACE" .venv/bin/rasa run actions --port "$ACTIONS_PORT" --actions actions &
pids+=($!)

if [ "${1:-}" = "shell" ]; then
  .venv/bin/rasa shell --model models/assistant.tar.gz --endpoints endpoints.yml
else
  # Sanic refuses a body over this (from Content-Length, and while reading) with a 413.
  SANIC_REQUEST_MAX_SIZE="${RASA_MAX_BODY_BYTES:-65536}" \
  .venv/bin/rasa run --model models/assistant.tar.gz --endpoints endpoints.yml \
    --credentials credentials.yml --port "$RASA_PORT" --interface "$RASA_INTERFACE" &
  pids+=($!)
  RASA_URL="http://127.0.0.1:${RASA_PORT}" .venv/bin/python -m uvicorn bot.web.app:create_app \
    --factory --host "$PORTAL_INTERFACE" --port "$PORTAL_PORT" --no-access-log --ws none &
  pids+=($!)
  echo "Portal (widget demo): http://localhost:${PORTAL_PORT}/  Rasa REST (${RASA_INTERFACE} only): http://${RASA_INTERFACE}:${RASA_PORT}/webhooks/rest/webhook  (Ctrl-C stops all)"
  wait -n "${pids[@]}"
fi
