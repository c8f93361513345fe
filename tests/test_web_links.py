"""The page's links (issue 12, item 7): only absolute http(s) URLs of a source become links, with
rel="noopener noreferrer"; protocol-relative and backslash URLs never do. The page's own
`setHref`/`setSourceHref` (web/static/js/dom.js) run under Node on element stand-ins that record
their attributes; the browser test (test_web.py) checks the same on the rendered page."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

DOM_JS = Path(__file__).resolve().parents[1] / "src" / "marsad" / "web" / "static" / "js" / "dom.js"
URLS = ["https://news.example/a?b=1", "http://news.example/", "//evil.example/x", "/\\evil.example",
        "/\t/evil.example", "\\\\evil.example", "javascript:alert(1)", "data:text/html,x", "evil.example/x",
        "https:evil.example", "https:///evil.example", " https://news.example/", "#event=e1", "/api/events",
        "HTTPS://NEWS.EXAMPLE/B"]


def _links(function: str) -> dict[str, dict[str, str]]:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed (the browser tests check the links in CI)")
    script = f"""
import {{ {function} }} from {json.dumps(DOM_JS.as_uri())};
const out = {{}};
for (const url of {json.dumps(URLS)}) {{
  const attrs = {{}};
  {function}({{ setAttribute: (k, v) => {{ attrs[k] = v; }} }}, url);
  out[url] = attrs;
}}
console.log(JSON.stringify(out));
"""
    res = subprocess.run([node, "--input-type=module", "-e", script], capture_output=True, text=True,
                         timeout=60, check=True)
    return json.loads(res.stdout)


def test_source_links_are_absolute_http_urls_with_rel() -> None:
    got = _links("setSourceHref")
    linked = {u for u, a in got.items() if "href" in a}
    assert linked == {"https://news.example/a?b=1", "http://news.example/", "HTTPS://NEWS.EXAMPLE/B"}
    for u in linked:
        assert got[u]["rel"].split()[:2] == ["noopener", "noreferrer"] and got[u]["target"] == "_blank"


def test_page_links_keep_fragments_and_own_paths_but_never_another_host() -> None:
    got = _links("setHref")
    linked = {u for u, a in got.items() if "href" in a}
    assert linked == {"https://news.example/a?b=1", "http://news.example/", "HTTPS://NEWS.EXAMPLE/B",
                      "#event=e1", "/api/events"}
    assert "rel" not in got["#event=e1"]
