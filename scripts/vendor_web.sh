#!/usr/bin/env bash
# Re-create src/marsad/web/static/vendor/ from the npm registry packages (no CDN at run time).
#
#   scripts/vendor_web.sh            # the pinned versions below
#
# Each package is fetched with `npm pack NAME@VERSION` into a temporary directory; only the files
# the page needs are copied, with the package's licence. Versions and licences are listed in
# src/marsad/web/static/vendor/README.md (update it when a version changes here).
set -euo pipefail

LEAFLET=1.9.4
MARKERCLUSTER=1.5.3
WORLD_ATLAS=2.0.2
TOPOJSON_CLIENT=3.1.0
SWAGGER_UI=5.35.0

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DEST="$ROOT/src/marsad/web/static/vendor"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

fetch() {  # fetch NAME VERSION → $TMP/NAME/package
  mkdir -p "$TMP/$1"
  (cd "$TMP/$1" && npm pack --silent "$1@$2" >/dev/null && tar xzf ./*.tgz)
}

fetch leaflet "$LEAFLET"
fetch leaflet.markercluster "$MARKERCLUSTER"
fetch world-atlas "$WORLD_ATLAS"
fetch topojson-client "$TOPOJSON_CLIENT"
fetch swagger-ui-dist "$SWAGGER_UI"

rm -rf "$DEST/leaflet" "$DEST/leaflet.markercluster" "$DEST/world-atlas" "$DEST/topojson-client" "$DEST/swagger-ui"
mkdir -p "$DEST/leaflet/images" "$DEST/leaflet.markercluster" "$DEST/world-atlas" "$DEST/topojson-client" "$DEST/swagger-ui"

P="$TMP/leaflet/package"
cp "$P/dist/leaflet.js" "$P/dist/leaflet.css" "$P/LICENSE" "$DEST/leaflet/"
cp "$P/dist/images/"*.png "$DEST/leaflet/images/"

P="$TMP/leaflet.markercluster/package"
cp "$P/dist/leaflet.markercluster.js" "$P/dist/MarkerCluster.css" "$P/dist/MarkerCluster.Default.css" "$DEST/leaflet.markercluster/"
cp "$P/MIT-LICENCE.txt" "$DEST/leaflet.markercluster/LICENSE"

P="$TMP/world-atlas/package"
cp "$P/countries-50m.json" "$P/LICENSE" "$DEST/world-atlas/"

P="$TMP/topojson-client/package"
cp "$P/dist/topojson-client.min.js" "$P/LICENSE" "$DEST/topojson-client/"

P="$TMP/swagger-ui-dist/package"
cp "$P/swagger-ui-bundle.js" "$P/swagger-ui.css" "$P/LICENSE" "$P/NOTICE" "$DEST/swagger-ui/"
# The bundles end with source-map comments for files not shipped: drop them.
find "$DEST" \( -name "*.js" -o -name "*.css" \) -exec sed -i -E '/^\/[/*]# sourceMappingURL=/d' {} +

echo "vendored into $DEST"
