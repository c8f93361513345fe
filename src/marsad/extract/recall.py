"""Is the incident news, or context? Background (an earlier incident the article recalls) and
incidents that are not political violence (crime, accidents, disasters).
"""

from __future__ import annotations

from marsad.extract.arguments import DateChoice
from marsad.extract.context import markers_in
from marsad.extract.document import AnalysedDocument, Sentence
from marsad.extract.mentions import CueMention


def background_reason(doc: AnalysedDocument, cue: CueMention, sent: Sentence, clause: tuple[int, int],
                      when: DateChoice) -> str | None:
    """Why the incident is told as earlier context, or None when it is news."""
    marks = markers_in(doc, sent.start, sent.end)
    hit = [m for m in marks if m.kind == "background" and m.end <= cue.start]
    if hit and when.inherited:
        return f"recall marker '{doc.text[hit[-1].start:hit[-1].end]}' and no date of its own"
    return None


def non_political_reason(doc: AnalysedDocument, cue: CueMention, sent: Sentence,
                         clause: tuple[int, int]) -> str | None:
    return None
