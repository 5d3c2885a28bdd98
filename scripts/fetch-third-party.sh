#!/usr/bin/env bash
# Fetches the pinned SQLCipher amalgamation (npm package @journeyapps/sqlcipher, deps/sqlcipher-amalgamation),
# checks the tarball's sha256 and unpacks it under .deps/. Nothing third-party is committed.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
pkg="@journeyapps/sqlcipher@6.0.0"
sha="ad3ee0e551de315b230db78e2294d41868b5c166d44c0c87da35fb6b87bde54c"
dest="$top/.deps/sqlcipher-amalgamation"
stamp="$dest/.sha256"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$sha" ] && [ -f "$dest/sqlite3.c" ]; then
    exit 0
fi
command -v npm >/dev/null || { echo "fetch-third-party: npm is missing; run scripts/install-deps.sh" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "fetch-third-party: npm pack $pkg"
(cd "$work" && npm pack --silent "$pkg" >/dev/null)
tarball=$(ls "$work"/*.tgz)
got=$(sha256sum "$tarball" | cut -d' ' -f1)
if [ "$got" != "$sha" ]; then
    echo "fetch-third-party: checksum mismatch for $pkg: expected $sha, got $got" >&2
    exit 1
fi
tar -xzf "$tarball" -C "$work" package/deps/sqlcipher-amalgamation
rm -rf "$dest"
mkdir -p "$top/.deps"
mv "$work/package/deps/sqlcipher-amalgamation" "$dest"
echo "$sha" > "$stamp"
echo "fetch-third-party: SQLCipher amalgamation ready in .deps/"
