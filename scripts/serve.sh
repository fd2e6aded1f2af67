#!/usr/bin/env bash
# Starts the action server and the Rasa server (REST channel), and stops both on Ctrl-C.
# With "shell" as the first argument, opens a terminal chat instead of the REST server.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${RASA_PORT:=5005}" "${ACTIONS_PORT:=5055}" "${PORTAL_PORT:=8000}"
export ACTION_SERVER_URL="${ACTION_SERVER_URL:-http://localhost:${ACTIONS_PORT}/webhook}"
export TRACKER_STORE_URL="${TRACKER_STORE_URL:-sqlite:///$PWD/var/tracker.db}"
export RASA_TELEMETRY_ENABLED=false
mkdir -p var

pids=()
stop() {
  trap - INT TERM EXIT
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  echo "stopped"
}
trap 'stop; exit 0' INT TERM
trap stop EXIT

.venv/bin/rasa run actions --port "$ACTIONS_PORT" --actions actions &
pids+=($!)

if [ "${1:-}" = "shell" ]; then
  .venv/bin/rasa shell --model models/assistant.tar.gz --endpoints endpoints.yml
else
  .venv/bin/rasa run --model models/assistant.tar.gz --endpoints endpoints.yml \
    --credentials credentials.yml --port "$RASA_PORT" &
  pids+=($!)
  RASA_URL="http://127.0.0.1:${RASA_PORT}" .venv/bin/python -m uvicorn bot.web.app:create_app \
    --factory --host 0.0.0.0 --port "$PORTAL_PORT" --no-access-log --ws none &
  pids+=($!)
  echo "Portal (widget demo): http://localhost:${PORTAL_PORT}/  Rasa REST: http://localhost:${RASA_PORT}/webhooks/rest/webhook  (Ctrl-C stops all)"
  wait -n "${pids[@]}"
fi
