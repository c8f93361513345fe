"""Paragraphs, sentences and clitic-aware tokens over (normalized) text, with offsets.

All functions take a string and return spans into that same string, so they work on normalized
text (the usual case) and on original text alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from marsad.text.morphology import morphology

# Arabic letters (after normalization), Latin letters, digits.
WORD_CHARS = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ffA-Za-z0-9"
_WORD = re.compile(f"[{WORD_CHARS}]+")
_PARA = re.compile(r"[^\n]*\S[^\n]*(?:\n[ \t\u00a0]*\S[^\n]*)*")
# A sentence ends at . ! ? ؟ … or ؛ followed by space/quote, or at a line break. (The pattern
# starts with one character class, the branches coming after it: the regular expression engine
# then skips ahead to the next candidate character itself, which it does not for a pattern that
# starts with branches unless each starts with one literal character. The same matches as
# "[.!?؟…](?![\d.])[\"')\]»”]*(?=\s|$|[\u0621-\u064a])|[\n]+|؛". A decimal point ("3.1") ends no
# sentence; a full stop after a year or a count does ("عام 2014. وفي تطور منفصل").)
_SENT_END = re.compile(r"[.!?؟…\n؛](?:(?<=[.!?؟…])(?![\d.])[\"')\]»”]*(?=\s|$|[\u0621-\u064a])"
                       r"|(?<=\n)\n*|(?<=؛))")

# conjunction + preposition + article, longest first ("لل" is ل + ال with the alef dropped).
PROCLITIC_SEQUENCES: tuple[str, ...] = morphology().proclitics()


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    prefix: str  # the proclitics split off for matching ("" when none)

    @property
    def stem(self) -> str:
        return self.text[len(self.prefix):]


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    start: int
    end: int


def paragraphs(text: str) -> list[Segment]:
    """Blocks separated by blank lines, trimmed of surrounding whitespace."""
    out: list[Segment] = []
    for m in _PARA.finditer(text):
        _add_trimmed(text, m.start(), m.end(), out)
    return out


def sentences(text: str) -> list[Segment]:
    """Sentences: split at sentence punctuation and line breaks; spans are trimmed of whitespace."""
    out: list[Segment] = []
    pos = 0
    for m in _SENT_END.finditer(text):
        if _in_initials(text, m.start()):
            continue
        end = m.end() if m.group()[0] not in "\n" else m.start()
        _add_trimmed(text, pos, end, out)
        pos = m.end()
    _add_trimmed(text, pos, len(text), out)
    return out


def _in_initials(text: str, at: int) -> bool:
    """"لمنظمة «ب.ك.ك»", "د.أحمد": a period between a lone letter and another letter abbreviates;
    it ends no sentence."""
    return text[at] == "." and at >= 1 and at + 1 < len(text) and text[at - 1].isalpha() and text[at + 1].isalpha() \
        and (at < 2 or not is_word_char(text[at - 2]))


def _add_trimmed(text: str, a: int, b: int, out: list[Segment]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        out.append(Segment(text[a:b], a, b))


def split_proclitics(word: str, min_stem: int = 2) -> str:
    """The longest proclitic sequence that can be split off `word`, leaving a stem of min_stem+ letters.

    Purely a candidate split: callers that look words up try the whole word first.
    """
    for p in PROCLITIC_SEQUENCES:
        if word.startswith(p) and len(word) - len(p) >= min_stem:
            return p
    return ""


def tokens(text: str) -> list[Token]:
    """Word tokens with their candidate proclitic prefix (offsets into `text`)."""
    return [Token(m.group(), m.start(), m.end(), split_proclitics(m.group())) for m in _WORD.finditer(text)]


def is_word_char(ch: str) -> bool:
    """Letters and digits of any script (diacritics are gone after normalization)."""
    return ch.isalnum()
