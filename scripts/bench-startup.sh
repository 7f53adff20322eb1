#!/usr/bin/env bash
# Startup benchmark (docs/benchmarks-startup.md): `taoctl --help` and `taoctl wallet list`
# (release build) against `btcli wallet list` on the same wallets, plus unlocking a taoctl-format
# key with the default Argon2id cost.
#
# Needs: hyperfine; btcli (PyPI bittensor-cli) at $BTCLI (default /tmp/btcli-venv/bin/btcli).
# Usage: scripts/bench-startup.sh [OUT_DIR]   (hyperfine JSON/Markdown exports go to OUT_DIR)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
BTCLI=${BTCLI:-/tmp/btcli-venv/bin/btcli}
out=${1:-$(mktemp -d /tmp/taoctl-bench.XXXXXX)}
mkdir -p "$out"
command -v hyperfine >/dev/null || { echo "hyperfine is missing (apt-get install -y hyperfine)" >&2; exit 1; }

cargo build --release --quiet -p taoctl
taoctl="${CARGO_TARGET_DIR:-$root/target}/release/taoctl"

# Isolated homes: nothing from the user's ~/.bittensor or config is read.
work=$(mktemp -d /tmp/taoctl-bench-home.XXXXXX)
trap 'rm -rf "$work"' EXIT
wallets="$work/wallets"
mkdir -p "$wallets"
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
mkdir -p "$HOME"

# The same wallets for both tools: the four official bittensor-wallet 4.1.1 vector wallets
# ($NACL coldkeys, one encrypted hotkey) plus two wallets written by taoctl in btcli's format.
cp -r keystore/tests/data/btwallet/wallets/. "$wallets/"
for w in bench1 bench2; do
  "$taoctl" --wallet-path "$wallets" wallet create -w "$w" --btcli-compatible --no-password -q >/dev/null 2>&1
  "$taoctl" --wallet-path "$wallets" wallet new-hotkey -w "$w" -H miner1 -q >/dev/null 2>&1
done
echo "wallets: $(ls "$wallets" | wc -l) wallets, $(find "$wallets" -path '*/hotkeys/*' -type f | wc -l) hotkey files"

"$taoctl" --version
"$BTCLI" --version 2>/dev/null | tail -n 1 || true
uname -srm
nproc

hyperfine --warmup 3 --runs 30 -N \
  --export-json "$out/startup.json" --export-markdown "$out/startup.md" \
  -n 'taoctl --help' "$taoctl --help" \
  -n 'taoctl wallet list' "$taoctl --wallet-path $wallets wallet list" \
  -n 'taoctl wallet list --json' "$taoctl --wallet-path $wallets wallet list --json"

hyperfine --warmup 2 --runs 10 -N \
  --export-json "$out/btcli.json" --export-markdown "$out/btcli.md" \
  -n 'btcli --help' "$BTCLI --help" \
  -n 'btcli wallet list' "$BTCLI wallet list --wallet-path $wallets"

# Unlocking a taoctl-format coldkey with the default cost (Argon2id m=192 MiB, t=2, p=1):
# `wallet sign` = start + read + KDF + decrypt + sign; the plaintext wallet isolates the KDF.
pw="$work/pw"
printf 'Bench-Passw0rd!\n' >"$pw"
"$taoctl" --wallet-path "$wallets" wallet new-coldkey -w locked --password-file "$pw" -q >/dev/null 2>&1
"$taoctl" --wallet-path "$wallets" wallet show -w locked | grep -E 'format|kdf'
hyperfine --warmup 1 --runs 10 -N \
  --export-json "$out/unlock.json" --export-markdown "$out/unlock.md" \
  -n 'sign, plaintext coldkey' "$taoctl --wallet-path $wallets wallet sign -w bench1 msg" \
  -n 'sign, taoctl coldkey (unlock)' "$taoctl --wallet-path $wallets --password-file $pw wallet sign -w locked msg"

echo "results in $out"
