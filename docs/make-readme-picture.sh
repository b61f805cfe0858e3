#!/usr/bin/env bash
# Regenerates docs/attention-overlay.png: runs docs/readme-picture.ipynb with the course's engine, then
# screenshots the exported chart in headless Chromium (apt-get install chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run --project src/AttnTutorial.Cli -c Release -- notebooks run docs/readme-picture.ipynb --out artifacts/readme-picture \
  -p output="$PWD/artifacts/readme-picture/attention-overlay.html"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --no-first-run --user-data-dir="$profile" --window-size=1400,760 --virtual-time-budget=10000 \
  --screenshot="$PWD/docs/attention-overlay.png" "file://$PWD/artifacts/readme-picture/attention-overlay.html"
echo "wrote docs/attention-overlay.png"
