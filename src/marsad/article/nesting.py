"""Cap the nesting depth of an HTML page before any parser sees it.

HTML parsers and trafilatura walk the tree recursively: 100,000 nested `<div>` took 31 s and hid
the text inside. `cap_nesting(html)` scans the tags once (linear) and drops the start and end
tags of elements nested deeper than `MAX_DEPTH`, keeping their text, so the parse is bounded
and the words are still read. Void elements and elements whose end tag HTML lets authors omit
(`p`, `li`, `td` …) are not counted, so ordinary sloppy pages are left alone.
"""

from __future__ import annotations

import re

MAX_DEPTH = 256

_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)\b[^<>]*?(/?)>")
_RAWTEXT = re.compile(r"<(script|style|textarea|title|xmp)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_UNCOUNTED = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody",
    "tfoot", "colgroup", "rb", "rt", "rp", "html", "head", "body",
})


def cap_nesting(html: str, max_depth: int = MAX_DEPTH) -> tuple[str, int]:
    """The page with elements nested deeper than `max_depth` unwrapped, and how many start tags
    were dropped (0: the page is returned unchanged)."""
    if html.count("<") <= max_depth:
        return html, 0
    skip = [(m.start(), m.end()) for m in _RAWTEXT.finditer(html)]
    out: list[str] = []
    depth = dropped = 0
    deep_open = 0  # elements opened beyond the cap whose end tags are dropped too
    last = 0
    k = 0
    for m in _TAG.finditer(html):
        while k < len(skip) and skip[k][1] <= m.start():
            k += 1
        if k < len(skip) and skip[k][0] <= m.start() < skip[k][1]:
            continue  # a tag-like string inside a script or style
        name = m.group(2).lower()
        if name in _UNCOUNTED or m.group(3):
            continue
        if m.group(1):  # an end tag
            if deep_open:
                deep_open -= 1
                out.append(html[last:m.start()])
                last = m.end()
            elif depth:
                depth -= 1
            continue
        if depth >= max_depth:
            deep_open += 1
            dropped += 1
            out.append(html[last:m.start()])
            out.append(" ")
            last = m.end()
        else:
            depth += 1
    if not dropped:
        return html, 0
    out.append(html[last:])
    return "".join(out), dropped
