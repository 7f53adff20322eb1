#!/usr/bin/env bash
# Regenerates docs/img/monitor-*.png: runs `taoctl monitor` in tmux on a demo chain, captures the
# pane with its colours, renders it with aha (ANSI → HTML) and headless Chromium (HTML → PNG).
# Needs: tmux, aha, chromium (Debian packages). Usage: scripts/screenshots.sh [path/to/taoctl]
set -euo pipefail
bin=${1:-target/release/taoctl}
work=$(mktemp -d)
trap 'tmux kill-session -t taoctl-shot 2>/dev/null || true; rm -rf "$work"' EXIT
"$bin" --chain-dir "$work/chain" chain init --preset demo >/dev/null 2>&1
"$bin" --chain-dir "$work/chain" chain advance --blocks 400 >/dev/null 2>&1
tmux new-session -d -s taoctl-shot -x 150 -y 42 "env TERM=xterm-256color $bin --chain-dir $work/chain monitor --speed 10"
sleep 6; tmux send-keys -t taoctl-shot j; sleep 2
tmux capture-pane -e -p -t taoctl-shot > "$work/1.ansi"
tmux send-keys -t taoctl-shot Enter; sleep 3
tmux capture-pane -e -p -t taoctl-shot > "$work/2.ansi"
tmux send-keys -t taoctl-shot q
for i in 1 2; do
  aha --black --title taoctl < "$work/$i.ansi" |
    sed 's/<pre>/<pre style="font-family: DejaVu Sans Mono, monospace; font-size: 13px; line-height: 1.15; margin: 8px;">/' > "$work/$i.html"
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$work/chrome$i" --hide-scrollbars --window-size=1240,720 \
    --screenshot="docs/img/monitor-$i.png" "file://$work/$i.html" 2>/dev/null
done
echo "wrote docs/img/monitor-1.png docs/img/monitor-2.png"
