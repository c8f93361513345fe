"""Who killed and who died: the subject of an active killing verb with the count of the dead after
it ("قتل مسلحون جنديين", "اقتحم مسلحون مسجدا وقتلوا ثلاثة مصلين") killed them; the nouns that count
the dead (modality.yaml `victim_nouns`, grammar `counted_people`). Pure functions of the analysed
document, asked by the role rules, the tolls and the references.
"""

from __future__ import annotations

from functools import cache

from marsad import lexicon
from marsad.extract import grammar
from marsad.extract.context import WORD
from marsad.extract.document import NAME_QUOTES, AnalysedDocument
from marsad.extract.fatalities import KILLER_WORDS
from marsad.extract.mentions import ActorMention

MEMBER_NOUN_CHARS = 14  # "[مقاتلو ]تنظيم الدولة", "[أفراد من ]الشرطة": a member noun (and "من") before the party


def killer(doc: AnalysedDocument, a: ActorMention) -> bool:
    """"قتل مسلحون مجهولون شرطيين", "قتلت داعش ثلاثة جنود": a party right after a killing verb
    (`killing_verbs`), with the count of the dead after it, is the verb's subject: who killed, not
    who died ("قتل 3 من عناصر داعش" counts first: there the party is the dead)."""
    # the answer reads the document and where the party's words start and end, nothing else: kept
    # per party's span (asked again for each cue of its sentence)
    return doc.kept("killers.killer", (a.word_start, a.end), lambda: _killer(doc, a))


def men_start(doc: AnalysedDocument, a: ActorMention) -> int:
    """Where the words that name a party's men begin: "[مسلحون من] تنظيم الدولة", "[مقاتلو] تنظيم
    الدولة", "[جنود من] الجيش" (a member noun right before the party, in construct or with "من"),
    else the party's word."""
    start = doc.member_start(a.word_start) or a.word_start
    if start != a.word_start:
        return start
    before = doc.text[max(0, start - MEMBER_NOUN_CHARS):start].split()[-2:]
    if before and before[-1] in grammar.words("member_nouns"):
        return doc.text.rfind(before[-1], 0, start)
    if len(before) == 2 and before[0] in grammar.words("member_nouns") and before[1] in grammar.words("from_prepositions"):
        return doc.text.rfind(before[0], 0, start)  # "قتل [جنود من] الجيش العراقي خمسة مسلحين"
    return start


def _killer(doc: AnalysedDocument, a: ActorMention) -> bool:
    start = men_start(doc, a)  # "قتل [مسلحون من] تنظيم الدولة 30 شخصا": the group's men
    before = doc.text[max(0, start - 8):start].split()
    if _kills_after(doc, a):
        return True
    if not before or not grammar.has(before[-1], "killing_verbs") or _counted(doc.text[a.word_start:a.end].split()[0]):
        return False  # "قتل جنديان وأصيب اثنان": the dead themselves
    for m in list(WORD.finditer(doc.text, a.end, min(len(doc.text), a.end + 40)))[:KILLER_WORDS]:
        word = m.group().rstrip(".،,؛:")
        if word.startswith(grammar.suffixes("conjunctions")) and not _counted(word):
            return False  # "قتل جندي تركي وجرح سبعة": a clause of its own
        if doc.index["numbers"].starting_in(m.start(), m.end()) or _counted(word) or grammar.has(word, "vague_counts"):
            return True  # "قتلت القوات عددا من الحوثيين": a count without a number too
        if not m.group().isalpha():
            return False
    return False


def _kills_after(doc: AnalysedDocument, a: ActorMention) -> bool:
    """"إن متمردين أكرادا قتلوا ثلاثة من عناصره": a party right before a killing verb with a plural
    subject ending, the count of the dead right after the verb, is its subject."""
    verb = WORD.search(doc.text, a.end, min(len(doc.text), a.end + 30))
    return verb is not None and kills_a_count(doc, verb.start())


def kills_a_count(doc: AnalysedDocument, pos: int) -> bool:
    """"اقتحم مسلحون مسجدا وقتلوا ثلاثة مصلين": a killing verb at `pos` with a plural subject ending
    and the count of the dead right after it (a number, or a vague one: "قتلوا عشرات الجنود") is active; the party before it killed, it did not die
    (the passive "مسلحون قتلوا في الغارة" has no count after it)."""
    found = list(WORD.finditer(doc.text, doc.text.rfind(" ", 0, pos) + 1, min(len(doc.text), pos + 30)))[:2]
    if len(found) < 2:
        return False
    verb, count = (m.group().rstrip(".،,؛:").lstrip(NAME_QUOTES) for m in found)  # "قتلوا «عشرات الجنود»"
    return grammar.has(verb, "killing_verbs") and verb.endswith(grammar.suffixes("plural_subject_endings")) \
        and (_counted(count) or grammar.has(count, "vague_counts")
             or bool(doc.index["numbers"].starting_in(found[1].start(), found[1].end())))


def _counted(word: str) -> bool:
    return word in victim_nouns() or (grammar.has(word, "counted_people") and word not in grammar.words("from_prepositions"))


@cache
def victim_nouns(position: str | None = None) -> frozenset[str]:
    """"جنديين", "شرطيا": the victim nouns of modality.yaml (`victim_nouns`), of one position
    ("single", "dual") or all."""
    return frozenset(k for e in lexicon.section("modality.yaml", "victim_nouns") if position in (None, e["position"])
                     for k in e["ar_norm"])


CUE_REACH = 40  # characters before a word where a cue that covers it may begin ("التفجير [الانتحاري]")


def unnamed_attacker(doc: AnalysedDocument, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """"فتح مسلح النار على المصلين", "وقالت الشرطة إن المهاجم ...": where the words that name an
    attacker of no named group (`unnamed_attacker_words`) first stand in the spans of a record's
    sentences; not an adjective inside a cue ("هجوم مسلح", "التفجير الانتحاري")."""
    for start, end in spans:
        for w in WORD.finditer(doc.text, start, end):
            word = w.group().strip(NAME_QUOTES + ".،,")
            if grammar.has(word, "unnamed_attacker_words", prepositions=True) and not any(
                    c.start <= w.start() < c.end for c in doc.index["cues"].starting_in(w.start() - CUE_REACH, w.end())):
                return w.start(), w.start() + len(w.group().rstrip(".،,"))
    return None

