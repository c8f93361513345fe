"""A dense-text extractor for pages that trafilatura cannot read: legacy table layouts, where it
returns the whole layout as one table ("| menu | article | sidebar |").

Every text node belongs to its nearest block element (td, p, div, li ...); the block with the most
text outside links is the article's. When it is a table cell, the cell is the article; when it is
a paragraph, its container is, and the article is every low-link block inside it, in order.
Line breaks (<br>) and blocks become paragraph boundaries.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from selectolax.lexbor import LexborNode

BLOCK_TAGS = frozenset({
    "html", "body", "div", "td", "th", "tr", "table", "tbody", "thead", "tfoot", "p", "li", "ul", "ol",
    "dl", "dd", "dt", "section", "article", "main", "aside", "header", "footer", "nav", "h1", "h2", "h3",
    "h4", "h5", "h6", "blockquote", "form", "center", "pre", "figure", "figcaption", "address", "fieldset",
})
SKIP_TAGS = frozenset({"script", "style", "noscript", "select", "option", "textarea", "button", "head",
                       "title", "template", "svg", "iframe"})
MAX_LINK_DENSITY = 0.35


@dataclass(slots=True)
class _Block:
    node: LexborNode
    order: int
    parts: list[str] = field(default_factory=list)
    chars: int = 0
    link_chars: int = 0

    @property
    def density(self) -> float:
        return self.link_chars / self.chars if self.chars else 1.0


def _block_of(node: LexborNode) -> tuple[LexborNode | None, bool, bool]:
    """Nearest block ancestor, whether the node is inside a link, whether it is in skipped content."""
    p = node.parent
    in_link = skip = False
    while p is not None and p.tag not in BLOCK_TAGS:
        if p.tag == "a":
            in_link = True
        elif p.tag in SKIP_TAGS:
            skip = True
        p = p.parent
    return p, in_link, skip


def _contains(outer: LexborNode, node: LexborNode) -> bool:
    p: LexborNode | None = node
    while p is not None:
        if p.mem_id == outer.mem_id:
            return True
        p = p.parent
    return False


def dense_text(root: LexborNode) -> list[str]:
    """Paragraph lines of the densest text region under `root` (empty when there is none)."""
    blocks: dict[int, _Block] = {}
    for n in root.traverse(include_text=True):
        if n.tag == "-text":
            text = n.text_content or ""
            if not text.strip():
                continue
        elif n.tag != "br":
            continue
        else:
            text = "\n"
        block, in_link, skip = _block_of(n)
        if block is None or skip:
            continue
        b = blocks.get(block.mem_id)
        if b is None:
            b = blocks[block.mem_id] = _Block(block, len(blocks))
        b.parts.append(text)
        if text != "\n":
            size = len(text.strip())
            b.chars += size
            if in_link:
                b.link_chars += size
    good = [b for b in blocks.values() if b.density <= MAX_LINK_DENSITY]
    if not good:
        return []
    best = max(good, key=lambda b: b.chars - b.link_chars)
    container = best.node
    if container.tag not in ("td", "th") and container.parent is not None:
        container = container.parent
    chosen = sorted((b for b in good if b is best or _contains(container, b.node)), key=lambda b: b.order)
    lines: list[str] = []
    for b in chosen:
        for line in "".join(b.parts).split("\n"):
            line = " ".join(line.split())
            if line:
                lines.append(line)
    return lines


def looks_like_table_dump(lines: list[str]) -> bool:
    """Trafilatura's rendering of a layout table: most text in "| cell | cell |" rows."""
    total = sum(len(ln) for ln in lines)
    rows = sum(len(ln) for ln in lines if ln.lstrip().startswith("|") and ln.rstrip().endswith("|"))
    return total > 0 and rows >= 0.5 * total
