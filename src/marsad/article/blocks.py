"""A dense-text extractor for pages that trafilatura cannot read: legacy table layouts, where it
returns the whole layout as one table ("| menu | article | sidebar |").

Every text node belongs to its nearest block element (td, p, div, li ...); the block with the most
text outside links is the article's. When it is a table cell, the cell is the article, with the
long paragraphs of the other rows of its table (pages that give each paragraph a row); when it is
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
MIN_ROW_PARAGRAPH = 80  # characters of a paragraph that has a table row of its own


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


def _ancestor(node: LexborNode, tag: str) -> LexborNode | None:
    p = node.parent
    while p is not None and p.tag != tag:
        p = p.parent
    return p


def _row_paragraphs(cell: LexborNode, others: list[_Block]) -> list[_Block]:
    """Paragraphs laid out one per table row: long, low-link blocks in other rows of the article
    cell's table (not in the cell's own row, where side columns stand)."""
    row, table = _ancestor(cell, "tr"), _ancestor(cell, "table")
    if row is None or table is None:
        return []
    out = []
    for b in others:
        if b.chars - b.link_chars < MIN_ROW_PARAGRAPH or not _contains(table, b.node):
            continue
        b_table, b_row = _ancestor(b.node, "table"), _ancestor(b.node, "tr")
        if b_table is not None and b_table.mem_id == table.mem_id and b_row is not None \
                and b_row.mem_id != row.mem_id:
            out.append(b)
    return out


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
    chosen = [b for b in good if b is best or _contains(container, b.node)]
    if container.tag in ("td", "th"):
        taken = {id(b) for b in chosen}
        chosen += _row_paragraphs(container, [b for b in good if id(b) not in taken])
    chosen.sort(key=lambda b: b.order)
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
