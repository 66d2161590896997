#!/usr/bin/env bash
# Makes docs/seed-view.png, the picture of the HTML view in README.md and docs/html.md: the seed
# article's page from the CLI (--format html), shot by the same headless Chromium the browser tests
# use (same flags), with the entity China lit through the page's #entity=ID link. Needs the jar:
# mvn -q -B -ntp package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -Xmx3g -jar target/newsgraph-0.1.0-SNAPSHOT.jar --format html --out "$work/seed.html" \
  testdata/seed-china-korea.txt
/usr/bin/chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
  --disable-background-networking --disable-component-update --disable-sync --no-first-run \
  --user-data-dir="$work/profile" --hide-scrollbars --window-size=1400,1500 \
  --screenshot="$PWD/docs/seed-view.png" "file://$work/seed.html#entity=d1-e0" 2>/dev/null
echo "wrote docs/seed-view.png"
