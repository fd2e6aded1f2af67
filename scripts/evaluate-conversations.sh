#!/usr/bin/env bash
# Starts the action server and Rasa (ports 5155/5105, a throwaway tracker store), plays the blind
# conversation sets given as arguments through the REST channel, prints the figures, stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
export RASA_TELEMETRY_ENABLED=false
work=$(mktemp -d)
export TRACKER_STORE_URL="sqlite:///$work/tracker.db" ACTION_SERVER_URL="http://127.0.0.1:5155/webhook"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
.venv/bin/rasa run actions --port 5155 --actions actions >"$work/actions.log" 2>&1 &
pids+=($!)
.venv/bin/rasa run --model models/assistant.tar.gz --endpoints endpoints.yml \
  --credentials credentials.yml --port 5105 --interface 127.0.0.1 >"$work/rasa.log" 2>&1 &
pids+=($!)
for _ in $(seq 240); do
  curl -sf http://127.0.0.1:5105/webhooks/rest/ >/dev/null && curl -sf http://127.0.0.1:5155/health >/dev/null && break
  sleep 0.5
done
.venv/bin/python -m bot evaluate-conversations "$@" --url http://127.0.0.1:5105 \
  --failures var/conversation-failures.jsonl
echo "failed conversations, with the bot's replies: var/conversation-failures.jsonl"
