#!/usr/bin/env bash
# Copy the pinned front-end libraries from npm into static/vendor/ and record their versions.
# The copies are committed, so serving the site never needs npm or a CDN; rerun after changing package.json.
set -euo pipefail
cd "$(dirname "$0")/.."

npm install --no-audit --no-fund --silent
dest=static/vendor
rm -rf "$dest"
mkdir -p "$dest"

copy() {  # copy <package> <file inside the package> <target name>
  cp "node_modules/$1/$2" "$dest/$3"
}
copy htmx.org dist/htmx.min.js htmx.min.js
copy axe-core axe.min.js axe.min.js
copy d3 dist/d3.min.js d3.min.js
copy topojson-client dist/topojson-client.min.js topojson-client.min.js
copy world-atlas countries-110m.json countries-110m.json

{
  echo "Vendored by scripts/vendor_static.sh from the npm registry. Do not edit by hand."
  for pkg in htmx.org axe-core d3 topojson-client world-atlas; do
    node -e "const p=require('./node_modules/$pkg/package.json'); console.log(p.name + ' ' + p.version + ' (' + (p.license || 'see package') + ')')"
  done
} > "$dest/VERSIONS.txt"
echo "vendored into $dest:"
cat "$dest/VERSIONS.txt"
