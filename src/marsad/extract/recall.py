"""Is the incident news, or context? Background (an earlier incident the article recalls) and
incidents that are not political violence (crime, accidents, disasters).

Background, in the order tried:
- its date (own or inherited) ends more than `BACKGROUND_DAYS` before publication ("في عام
  2014", "الشهر الماضي" in a story of the 8th, "يوم 26 يونيو" in one of 31 July);
- a recall marker ("يذكر أن", "سبق أن") before the cue and no date of its own;
- the pluperfect ("وكان التنظيم قد سيطر", "وكان الزوجان اعتقلا") and no date of its own;
- a verb cue right after a recall conjunction ("بعد أن سيطر", "منذ أن اجتاح") and no date of its own.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from marsad import lexicon
from marsad.acled import Inter
from marsad.extract import grammar
from marsad.extract.arguments import DateChoice
from marsad.extract.context import markers_in, prefix_len
from marsad.extract.document import AnalysedDocument, Sentence, Spans
from marsad.extract.mentions import CueMention
from marsad.text.match import PhraseMatcher

CHRONOLOGY = re.compile(r"\s*(?:1[89]|20)\d\d\s*[-–:]\s")  # "2008 - اسرائيل تشن ...": a timeline's line
PLUPERFECT_SUBJECT_WORDS = 3  # "وكان [جنود الجيش التركي] قصفوا": the subject between كان and the verb
BACKGROUND_DAYS = 7  # news tells the incidents of the last week; earlier ones are context
ARMED_INTERS = {Inter.REBEL, Inter.POLITICAL_MILITIA, Inter.IDENTITY_MILITIA}


def background_reason(doc: AnalysedDocument, cue: CueMention, sent: Sentence, clause: tuple[int, int],
                      when: DateChoice) -> str | None:
    """Why the incident is told as earlier context, or None when it is news."""
    entry = CHRONOLOGY.match(doc.text, sent.start)
    if entry:
        return f"an entry of a chronology ('{entry.group(0).strip()}')"
    last = (when.time.date_end or when.time.date) if when.time is not None else when.date
    ref = doc.published or _latest_date(doc)
    if ref and last and (ref - last).days > BACKGROUND_DAYS:
        told = "publication" if doc.published else f"the latest date of the text ({ref.isoformat()})"
        return f"dated {last.isoformat()}, more than {BACKGROUND_DAYS} days before {told}"
    # "بعد شهر من تفجير استهدف مسجدا": a verb right after a noun cue tells the same incident
    head = [c for c in doc.index["cues"].starting_in(cue.start - 40, cue.start) if 0 < cue.start - c.end <= 2]
    elapsed = _elapsed_before(doc, cue) or (_elapsed_before(doc, head[-1]) if head else None)
    if elapsed:
        return f"told as '{elapsed}' before what the sentence reports"
    if when.precision >= 3 and when.time is not None and _pluperfect(doc, sent, cue):
        return f"the pluperfect ('كان ... قد') with only a month or a year ('{when.time.text}')"
    sequel = _sequel(doc, sent, cue)
    if sequel:  # "ويأتي هذا التصعيد غداة قصف ...": earlier by construction, whatever its date
        return f"what the news comes after ('{sequel}')"
    if not when.inherited:
        return None
    hit = [m for m in markers_in(doc, sent.start, sent.end) if m.kind == "background" and m.end <= cue.start]
    if hit:
        return f"recall marker '{doc.text[hit[-1].start:hit[-1].end]}' and no date of its own"
    if _pluperfect(doc, sent, cue):
        return "the pluperfect ('كان ... قد') and no date of its own"
    before = doc.text[max(sent.start, cue.start - prefix_len(doc, cue) - 12):cue.start - prefix_len(doc, cue)]
    conj = [c for c in grammar.words("recall_conjunctions") if before.rstrip().endswith(" " + c) or before.strip() == c]
    if cue.cue.pos == "verb" and conj:
        return f"told as the time of something else ('{max(conj, key=len)}') and no date of its own"
    return None


def _sequel(doc: AnalysedDocument, sent: Sentence, cue: CueMention) -> str | None:
    """"ويأتي ذلك بعد أن قتل انتحاري ...", "وجاء الهجوم بعد أسبوع من تفجير ...": the sentence
    says what the news follows; an incident after its "بعد" is an earlier one."""
    words = doc.text[sent.start:cue.start].split()
    if not words or not grammar.has(words[0], "sequel_verbs") or len(words) > 12:
        return None
    after = [i for i, w in enumerate(words[1:5], 1) if w in grammar.words("sequel_links")]
    return " ".join(words[:after[0] + 1]) if after else None


def _latest_date(doc: AnalysedDocument) -> date | None:
    """An undated document's own time: the latest day its text names (found once per document)."""
    if "latest_date" not in doc.index:
        days = [t.date_end or t.date for t in doc.times if t.date is not None]
        doc.index["latest_date"] = Spans([(0, 0, max(days))] if days else [])
    found = doc.index["latest_date"].items
    return found[0][2] if found else None


@cache
def _long_units() -> frozenset[str]:
    """Time units of a week or more ("أسبوعين", "شهر", "أعوام"): the words of time.yaml."""
    return frozenset(k for e in lexicon.section("time.yaml", "units")
                     if e["unit"] in ("month", "year") or (e["unit"] == "week" and e["count"] != 1) for k in e["ar_norm"])


def _elapsed_before(doc: AnalysedDocument, cue: CueMention) -> str | None:
    """"بعد أكثر من شهر من تفجير": a span of a week or more between the incident and the story."""
    start = cue.start - prefix_len(doc, cue)
    words = doc.text[max(0, start - 40):start].split()[-6:]
    if len(words) < 3 or words[-1] != "من":
        return None
    heads = [i for i, w in enumerate(words) if w in grammar.words("elapsed_heads")]
    if not heads or not any(w in _long_units() for w in words[heads[-1] + 1:-1]):
        return None
    return " ".join(words[heads[-1]:])


def _pluperfect(doc: AnalysedDocument, sent: Sentence, cue: CueMention) -> bool:
    opens = [m for m in markers_in(doc, sent.start, sent.start + 8) if m.kind == "flashback"]
    if not opens:
        return False
    words = doc.text[opens[0].end:cue.start].split()
    if any(w in grammar.words("pluperfect_particles") for w in words[:6]):
        return True
    # "وكان الزوجان اعتقلا", "وكانت طائرات تركية قصفت": a subject then the verb, without قد
    return cue.cue.pos == "verb" and 1 <= len(words) <= PLUPERFECT_SUBJECT_WORDS \
        and not any(c in doc.text[opens[0].end:cue.start] for c in "،,:")


@cache
def _non_political_matcher() -> PhraseMatcher[tuple[str, tuple[str, ...]]]:
    return PhraseMatcher((t, (e["kind"], tuple(e["types"])))
                         for e in lexicon.section("cues.yaml", "non_political") for t in e["ar"])


@cache
def _political_matcher() -> PhraseMatcher[str]:
    return PhraseMatcher((t, "political") for e in lexicon.section("cues.yaml", "political_context") for t in e["ar"])


def non_political_reason(doc: AnalysedDocument, cue: CueMention, sent: Sentence,
                         clause: tuple[int, int]) -> str | None:
    """Why the cue's incident is no political violence (a drug arrest, a gas explosion), or None."""
    text = doc.text[sent.start:sent.end]
    hits = [m for m in _non_political_matcher().find(text) if cue.cue.type in m.payload[1]]
    if not hits:
        return None
    armed = any(a.actor.inter in ARMED_INTERS for a in doc.mentions.actors if sent.start <= a.start < sent.end)
    if armed or _political_matcher().find(text):
        return None
    return f"{hits[0].payload[0]} ('{text[hits[0].start:hits[0].end]}'), not political violence"
