"""What a page says about itself, read in one selectolax (lexbor) parse: meta tags, JSON-LD,
<title>, headings, <time> elements, breadcrumbs, canonical URL and the visible text in
document order (for dates written near the headline)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from marsad.article.furniture import furniture, line_key

_WS = re.compile(r"\s+")
_BLANKS = re.compile(r"\n\s*\n+|\n\s+")
_NOT_CONTENT = ["script", "style", "noscript", "template", "svg", "iframe", "select"]
_BREADCRUMB_CSS = (
    '[itemtype*="BreadcrumbList"], nav[aria-label*="readcrumb"], [class*="breadcrumb"], '
    '[class*="Breadcrumb"], [id*="breadcrumb"], [id*="Breadcrumb"], [class*="crumbs"]'
)
_DATEISH_CSS = (
    'time, [itemprop="datePublished"], [class*="date"], [class*="Date"], [class*="time"], '
    '[class*="Time"], [class*="publish"], [class*="byline"], [class*="meta"], [id*="date"], '
    '[id*="Date"], [class*="tmstmp"], [class*="stamp"]'
)


def clean(s: str | None) -> str:
    """Whitespace collapsed, trimmed."""
    return _WS.sub(" ", s or "").strip()


@dataclass(slots=True)
class PageInfo:
    meta: dict[str, str] = field(default_factory=dict)  # lower-cased property/name/itemprop → content
    jsonld: list[dict[str, Any]] = field(default_factory=list)  # objects, @graph flattened
    title_tag: str | None = None
    headings: list[str] = field(default_factory=list)  # h1 texts in document order
    # <time> elements: (datetime attribute, text, index in `headings` of the last <h1> before it,
    # -1 when none)
    times: list[tuple[str | None, str, int]] = field(default_factory=list)
    dateish: list[str] = field(default_factory=list)  # texts of date/byline-like elements
    breadcrumb: list[str] = field(default_factory=list)  # from markup (JSON-LD, breadcrumb classes)
    crumbs: list[str] = field(default_factory=list)  # breadcrumb-like texts without markup
    canonical: str | None = None
    lang: str | None = None
    text: str = ""  # visible body text, one block per line
    body: LexborNode | None = None  # the parsed <body> (scripts and styles removed)

    def first_meta(self, *keys: str) -> str | None:
        for k in keys:
            v = self.meta.get(k)
            if v and v.strip():
                return v.strip()
        return None

    def jsonld_values(self, key: str) -> list[Any]:
        return [obj[key] for obj in self.jsonld if obj.get(key)]


def _flatten_jsonld(data: Any, out: list[dict[str, Any]]) -> None:
    if isinstance(data, list):
        for item in data:
            _flatten_jsonld(item, out)
    elif isinstance(data, dict):
        out.append(data)
        if "@graph" in data:
            _flatten_jsonld(data["@graph"], out)
        for key in ("mainEntity", "mainEntityOfPage", "itemReviewed"):
            if isinstance(data.get(key), dict):
                _flatten_jsonld(data[key], out)


def _breadcrumb_from_jsonld(objs: list[dict[str, Any]]) -> list[str]:
    for obj in objs:
        types = obj.get("@type")
        types = types if isinstance(types, list) else [types]
        if "BreadcrumbList" not in types or not isinstance(obj.get("itemListElement"), list):
            continue
        items = [i for i in obj["itemListElement"] if isinstance(i, dict)]
        items.sort(key=lambda i: int(i["position"]) if str(i.get("position", "")).isdigit() else 0)
        names = []
        for i in items:
            name = i.get("name")
            if not name and isinstance(i.get("item"), dict):
                name = i["item"].get("name")
            if isinstance(name, str) and clean(name):
                names.append(clean(name))
        if names:
            return names
    return []


def _breadcrumb_from_dom(tree: LexborHTMLParser) -> list[str]:
    for node in tree.css(_BREADCRUMB_CSS):
        items = node.css("li") or node.css("a, span")
        parts: list[str] = []
        for it in items:
            t = clean(it.text(deep=True, separator=" "))
            if t and (not parts or parts[-1] != t) and len(t) <= 80 and t not in ("»", ">", "/", "›", "|"):
                parts.append(t)
        if len(parts) >= 1 and sum(len(p) for p in parts) <= 300:
            return parts
    return []


CRUMB_SEP = re.compile(r"\s*(?:»|›|>|/|\||::|←|→)\s*")
STRONG_CRUMB_SEP = re.compile(r"»|›|>|/|::|←|→")


def _crumb_candidates(tree: LexborHTMLParser, text: str, home: frozenset[str]) -> list[str]:
    """Breadcrumbs without markup: the short text around a link to the home page, or a line of
    the page text, that starts with a home word and is split by separators
    ("الرئيسية » أخبار » دير الزور", "الرئيسية > محليات")."""
    out: list[str] = []
    for a in tree.css("a"):
        if line_key(a.text(deep=True) or "") not in home:
            continue
        node = a.parent
        for _ in range(2):
            if node is None:
                break
            t = clean(node.text(deep=True, separator=" "))
            if len(t) > 250:
                break
            if CRUMB_SEP.search(t) and len([p for p in CRUMB_SEP.split(t) if p.strip()]) >= 2:
                out.append(t)
                break
            node = node.parent
    for line in text.split("\n"):
        t = clean(line)
        if 0 < len(t) <= 250 and CRUMB_SEP.search(t):
            first = CRUMB_SEP.split(t, maxsplit=1)[0]
            if line_key(first) in home:
                out.append(t)
    return out


def read_page(html: str) -> PageInfo:
    """One parse of the page; everything the article reader needs besides the body."""
    tree = LexborHTMLParser(html)
    info = PageInfo()
    root = tree.root
    if root is not None:
        info.lang = (root.attributes.get("lang") or root.attributes.get("xml:lang") or None)
    for m in tree.css("meta"):
        a = m.attributes
        key = a.get("property") or a.get("name") or a.get("itemprop") or a.get("http-equiv")
        content = a.get("content")
        if key and content is not None:
            info.meta.setdefault(key.strip().lower(), content)
    for s in tree.css('script[type="application/ld+json"]'):
        raw = s.text(deep=True) or ""
        try:
            _flatten_jsonld(json.loads(raw), info.jsonld)
        except (json.JSONDecodeError, RecursionError):
            continue
    t = tree.css_first("title")
    info.title_tag = clean(t.text(deep=True)) if t is not None else None
    link = tree.css_first('link[rel="canonical"]')
    if link is not None:
        info.canonical = link.attributes.get("href") or None
    info.breadcrumb = _breadcrumb_from_jsonld(info.jsonld) or _breadcrumb_from_dom(tree)
    tree.strip_tags(_NOT_CONTENT)
    for node in tree.css("h1, time"):
        text = clean(node.text(deep=True, separator=" "))
        if node.tag == "h1":
            if text:
                info.headings.append(text)
        else:
            info.times.append((node.attributes.get("datetime"), text, len(info.headings) - 1))
    info.dateish = _dateish(tree)
    body = tree.body
    if body is not None:
        info.body = body
        info.text = _BLANKS.sub("\n", body.text(deep=True, separator="\n"))
    if not info.breadcrumb:
        info.crumbs = _crumb_candidates(tree, info.text, furniture().home)
    return info


def _dateish(tree: LexborHTMLParser) -> list[str]:
    out: list[str] = []
    for node in tree.css(_DATEISH_CSS):
        if node.tag in ("html", "body", "main", "article"):
            continue
        text = clean(_text(node))
        if text and len(text) <= 160:
            out.append(text)
        if len(out) >= 40:
            break
    return out


def _text(node: LexborNode) -> str:
    return node.text(deep=True, separator=" ") or ""
