#!/usr/bin/env bash
# Makes sure Debian's Chromium (and, with --firefox, Firefox ESR) is installed: the end-to-end
# tests and `npm start` drive them. Playwright's own browser download is never used (no network
# beyond Debian's mirrors and the npm registry on the machines Lector is built on).
set -euo pipefail
want=(chromium)
[[ "${1:-}" == "--firefox" ]] && want+=(firefox-esr)
missing=()
for pkg in "${want[@]}"; do
  case $pkg in
    chromium) [[ -x /usr/bin/chromium ]] || missing+=(chromium) ;;
    firefox-esr) [[ -x /usr/bin/firefox-esr ]] || missing+=(firefox-esr) ;;
  esac
done
((${#missing[@]} == 0)) && exit 0
if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null; then
  echo "Please install: ${missing[*]} (e.g. sudo apt-get install -y ${missing[*]})" >&2
  exit 1
fi
echo "Installing ${missing[*]} from Debian (about 2 minutes)…" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
