"""Which actor a mention names, before any rule reads it (`resolve_references`): referring words
("التنظيم", "الميليشيا") become the actor named before them; a bare "الجيش" right after a foreign
state is that state's; and the mentions that are no parties are dropped: state descriptions,
countries named as places or as adjectives, a name in brackets after another, labels before a colon.
"""

from __future__ import annotations

from functools import cache

from marsad import lexicon
from marsad.acled import NON_STATE_ARMED, Inter
from marsad.extract import grammar
from marsad.extract.context import number_before
from marsad.extract.document import AnalysedDocument, Spans, opens_its_line
from marsad.extract.killers import victim_nouns
from marsad.extract.mentions import (
    UNIDENTIFIED,
    ActorInfo,
    ActorMention,
    force_heads,
    forces_of_the_state_in,
    nationalities_in,
    nationality_word_after,
    state_forces,
)
from marsad.text.morphology import morphology

EXTERNAL_FORCES = 8
LABEL_CHARS = 16  # "وزارة الداخلية[ التركية]:": a nationality adjective between a label's head and its colon
LATTER_CHARS = 16  # "[رد] الأخير": the word before "the latter"
WORD_BEFORE_CHARS = 12  # "الذي [تقوده] الولايات المتحدة", "[بمسلحين] قرويين": the word right before a mention
CHARGE_WORDS = 4  # "بتهمة [التخابر مع] النظام": from the charge to the party it names
PLURAL_ENDINGS = ("ون", "ين")  # the sound masculine plural, nominative and oblique
JIHADIST_GROUPS = frozenset({"isis", "al-qaeda", "nusra", "jfs", "hts", "aqap", "ansar-al-sharia"})  # whose sworn men are theirs
ALLEGIANCE_CHARS = 24  # "المسلحين [الموالين ل]تنظيم الدولة": the armed men's end to the group's word start
ENVOY_WORDS = 3  # "[السفير الروسي لدى] تركيا": the envoy, his nationality, "لدى"
ENVOY_CHARS = 40
COUNTED_BACK = 8  # the earlier mentions "N آخرين" may count more of
GENERIC_FORCES = {"security-forces"}  # "الجيش", "القوات": whose forces the context says

APPOSITION_MARKS = {"(": ")", "-": "-", "–": "–"}  # what opens a name's apposition, and what closes it
APPOSITION_PUNCT = "،,\"'«»”“-–"  # what may stand between a name and the head of its description
APPOSITION_WORDS = 3  # "-جناح تنظيم القاعدة": words of description before the name in the apposition
APPOSITION_CHARS = 30  # "... في سوريا-": the words after the name before the closing mark
ARMED_GROUP_CHARS = 6  # "مسلحون [من ]جماعة": the word "من" right after the armed men


def resolve_references(doc: AnalysedDocument) -> Spans[ActorMention]:
    """Replace referring words ("التنظيم", "الميليشيا") by the latest earlier actor of that kind
    (or the word's fallback actor); drop the ones that refer to nothing. Actors inside state
    descriptions ("الخاضعة لسيطرة فصائل المعارضة") take no part in events."""
    out: list[ActorMention] = []
    named: list[ActorMention] = []  # `out` and the parties of state descriptions: what a referring word may name
    latest: dict[int | None, ActorInfo] = {}  # inter code → the actor named last
    for a in doc.mentions.actors:
        if doc.in_non_event(a.start, a.end) and not a.reference:
            named.append(a)  # "المواقع التي كانت تسيطر عليها ميليشيات الحوثي" then "مواقع للميليشيات"
            continue
        if doc.in_non_event(a.start, a.end) or _is_location(doc, a) or _is_label(doc, a) or _is_adjective(doc, a) \
                or _press_adjective(doc, a) or _uniform_worn(doc, a) \
                or _last_of_a_kind(doc, a) \
                or _apposition(doc, a, out) or _armed_people(doc, a) or _named_in_a_charge(doc, a):
            continue
        if a.reference and a.actor.counted_back:
            if (counted := _counted_before(doc, a, out)) is None:
                continue
            a = ActorMention(a.start, a.end, counted, True, a.word_start)
        elif a.reference:
            if (target := _referent(doc, a, named, latest)) is None:
                continue
            a = ActorMention(a.start, a.end, target, True, a.word_start)
        elif (bound := _bind_generic_forces(doc, a, out) or _sworn_to_a_jihadist_group(doc, a)
              or _armed_men_of_a_group(doc, a, out)) is not None:
            a = ActorMention(a.start, a.end, bound, True, a.word_start)
        else:
            latest[a.actor.inter] = a.actor
        out.append(a)
        named.append(a)
    return Spans(out)


def _referent(doc: AnalysedDocument, a: ActorMention, named: list[ActorMention],
              latest: dict[int | None, ActorInfo]) -> ActorInfo | None:
    """The party a referring word names: of the parties it may name (`only`), the latest ("التنظيم"
    names an organization, not "وحدات حماية الشعب" named since); else the one whose name begins with
    the word, the only one of its kinds, the latest of its kinds; else its fallback."""
    only = _referents().get(doc.text[a.start:a.end])
    if a.actor.pronoun:  # "قالت الهيئة إن مقاتليها": the party named last, a referring word's too
        return _latest_of(named, a.actor.refers_to)
    if only is not None:
        return _latest_of(named, a.actor.refers_to, only) or a.actor.fallback
    found = [latest[i] for i in a.actor.refers_to if i in latest]
    return _named_by_its_head(doc, a, named) or (found[0] if len(found) == 1 else None) \
        or _latest_of(named, a.actor.refers_to) or a.actor.fallback


def _armed_men_of_a_group(doc: AnalysedDocument, a: ActorMention, earlier: list[ActorMention]) -> ActorInfo | None:
    """"مسلحون من جماعة ماوتي": armed men (`armed_people_heads`) that "من" ties to a named group are
    its men; "المسلحين" later in the article, the armed men told before, are that group's too."""
    if a.actor.id != UNIDENTIFIED or not grammar.has(grammar.bare(doc.text[a.word_start:a.end].split()[0]), "armed_people_heads",
                                                     prepositions=True):
        return None
    after = doc.text[a.end:a.end + ARMED_GROUP_CHARS].split()
    if after and after[0] in grammar.words("partitives"):
        at = doc.text.find(after[0], a.end) + len(after[0]) + 1
        group = next((b for b in doc.mentions.actors if b.word_start == at and not b.reference), None)
        return group.actor if group is not None and group.actor.inter in NON_STATE_ARMED else None
    if not doc.text[a.word_start:a.end].startswith(morphology().article):
        return None
    told = [b for b in earlier if b.reference and b.actor.inter in NON_STATE_ARMED
            and grammar.has(doc.text[b.word_start:b.end].split()[0], "armed_people_heads", prepositions=True)]
    return told[-1].actor if told else None


def _counted_before(doc: AnalysedDocument, a: ActorMention, earlier: list[ActorMention]) -> ActorInfo | None:
    """"قتل 21 مدنيا ... وأوضح المرصد أن 7 آخرين قتلوا": a number with "others" counts more of
    the people last counted (a number right before them) in its sentence or the one before."""
    if number_before(doc, a.word_start) is None:
        return None
    sent = doc.sentence_at(a.start).index
    for b in reversed(earlier[-COUNTED_BACK:]):
        if sent - doc.sentence_at(b.start).index > 1:
            break
        if number_before(doc, b.word_start) is not None:
            return b.actor
    return None


def _bind_generic_forces(doc: AnalysedDocument, a: ActorMention, earlier: list[ActorMention]) -> ActorInfo | None:
    """"الجيش" right after the United States was named: that country's forces, not those of
    the country the incident happens in; not after a state named as a coalition's leader ("التحالف
    الذي تقوده الولايات المتحدة"), whose bare "القوات الأمنية" later are the host state's."""
    if a.actor.id not in GENERIC_FORCES:
        return None
    if (own := _nationality_after(doc, a) or _of_their_own_men(doc, a, earlier)) is not None:
        return own
    if doc.text[a.word_start:a.end].split()[0] in victim_nouns():
        return None  # "جنديا قتل في إقليم ماردين": a soldier counted among the dead is the place's
    if grammar.has(doc.text[a.start:a.end].split()[0], "home_force_words", prepositions=True) \
            or grammar.any_of(doc.text[a.start:a.end].split()[1:], "government_adjectives"):
        return _speakers_forces(doc, a)  # "القطعات العسكرية", "القوات الحكومية": the host state's own units
    sent = doc.sentence_at(a.start).index
    for b in reversed(earlier[-8:]):
        if sent - doc.sentence_at(b.start).index > 1:
            break
        if b.actor.inter == EXTERNAL_FORCES and b.actor.country and "{country}" not in b.actor.name \
                and b.actor.name.startswith(a.actor.name.split("{country}")[0]) and not _leader_of_a_coalition(doc, b):
            return b.actor
    return _speakers_forces(doc, a)


def _of_their_own_men(doc: AnalysedDocument, a: ActorMention, earlier: list[ActorMention]) -> ActorInfo | None:
    """"أعلن حزب الله مقتل أحد قادته العسكريين": soldiers right after a party's own men named with its
    pronoun (`own_men_nouns`) are the adjective of those men, the party named before them in the
    sentence."""
    if not grammar.has_with_pronoun(_word_before(doc, a), "own_men_nouns"):
        return None
    sent = doc.sentence_at(a.start)
    party = [b for b in earlier if b.start >= sent.start and b.actor.inter not in (Inter.CIVILIANS, None)]
    return party[-1].actor if party else None


def _sworn_to_a_jihadist_group(doc: AnalysedDocument, a: ActorMention) -> ActorInfo | None:
    """"المسلحين الموالين لتنظيم الدولة": armed men of no name of their own sworn to a jihadist
    organization (`JIHADIST_GROUPS`, right after a word of allegiance) are its men; gunmen loyal to a
    government or a party ("مسلحون موالون للحكومة") stay a group of their own."""
    if a.actor.id != UNIDENTIFIED:
        return None
    for b in doc.mentions.actors:
        if a.end < b.word_start <= a.end + ALLEGIANCE_CHARS and b.actor.id in JIHADIST_GROUPS \
                and grammar.has(doc.text[a.end:b.start].strip(), "sworn_words"):
            return b.actor
    return None


def _armed_people(doc: AnalysedDocument, a: ActorMention) -> bool:
    """"بمسلحين قرويين موالين لها": civilians' words right after a word of armed men describe the
    armed men (villagers under arms), who are no civilians."""
    if a.actor.inter != Inter.CIVILIANS or grammar.has(doc.text[a.start:a.end].split()[0], "civilian_places"):
        return False  # "اقتحم مسلحون فندقا": a place is what the armed men struck
    before = _word_before(doc, a)
    # the adjective agrees with the armed men ("مسلحين قرويين"); "اغتال مسلحون طبيبا": an object
    ending = next((e for e in PLURAL_ENDINGS if before.endswith(e)), None)
    if ending is not None and not doc.text[a.start:a.end].split()[0].endswith(ending):
        return False
    return grammar.has(before, "armed_people_heads", prepositions=True)


def _named_in_a_charge(doc: AnalysedDocument, a: ActorMention) -> bool:
    """"خطف التنظيم 20 مدنيا بتهمة التخابر مع النظام": a party named in the charge a deed gives as
    its pretext (`charge_words`, a few words before, no comma between) takes no part in the deed."""
    before = doc.text[max(0, a.word_start - CHARGE_WORDS * WORD_BEFORE_CHARS):a.word_start]
    charges = grammar.words("charge_words")
    words = before.split()[-CHARGE_WORDS:]
    at = next((i for i in range(len(words) - 1, -1, -1) if words[i] in charges), None)
    return at is not None and not any(p in " ".join(words[at:]) for p in "،,.")


def _leader_of_a_coalition(doc: AnalysedDocument, b: ActorMention) -> bool:
    """"التحالف الذي تقوده الولايات المتحدة": a state named as a coalition's leader."""
    return grammar.has(_word_before(doc, b), "leader_words")


def _word_before(doc: AnalysedDocument, a: ActorMention) -> str:
    """The word right before the mention's first word ("" at the text's start)."""
    before = doc.text[max(0, a.word_start - WORD_BEFORE_CHARS):a.word_start].split()[-1:]
    return before[0] if before else ""


def _nationality_after(doc: AnalysedDocument, a: ActorMention) -> ActorInfo | None:
    """"عسكريا تركيا قتل", "جندي عراقي": the nationality right after a generic soldier names whose
    forces they are (the accusative "تركيا" read as "تركي")."""
    found = nationality_word_after(doc.text, a.end)
    return state_forces(found[1].pop()) if found is not None and len(found[1]) == 1 else None


def _speakers_forces(doc: AnalysedDocument, a: ActorMention) -> ActorInfo | None:
    """"ذكرت الرئاسة الأردنية أن القوات المسلحة استهدفت": the forces a state's office speaks of
    (a government head, `government_heads`, with its nationality, earlier in the sentence) are its own."""
    sent = doc.sentence_at(a.start)
    words = doc.text[sent.start:a.word_start].split()
    for i, w in enumerate(words):
        if grammar.has(w, "government_heads", prepositions=True) and (forces := forces_of_the_state_in(words[i + 1:])):
            return forces
    return None


def _is_location(doc: AnalysedDocument, a: ActorMention) -> bool:
    """A country's name that stands as a place ("جنوب شرقي تركيا", "في تركيا", "قرب حدود إيران") is no actor; a
    force named with its nationality is one after "في" too ("في غارة جوية أمريكية")."""
    if _destination(doc, a):
        return True
    if not a.actor.country or doc.text.startswith(force_heads(), a.start):
        return False
    before = doc.text[max(0, a.word_start - 24):a.word_start].split()[-2:]  # "في العاصمة التركية أنقرة"
    if before and (grammar.has(before[-1], "capital_heads", prepositions=True) or (len(before) == 2
                   and grammar.has(before[0], "capital_heads", prepositions=True)
                   and before[1].endswith(grammar.suffixes("capital_adjective_endings")))):
        return True
    if before and (grammar.has(before[-1], "border_heads", prepositions=True)
                   or grammar.has(" ".join(before), "border_heads", prepositions=True)):
        return True  # "قرب حدود إيران", "على الحدود مع تركيا": the border's country is a place
    if _host_of_an_envoy(doc, a):
        return True
    if a.actor.inter != Inter.EXTERNAL:
        return False
    for p in doc.places_in(a.word_start - 40, a.end + 1):
        if p.start <= a.start and a.end <= p.end and (p.pattern or p.start < a.word_start):
            return True
    before = doc.text[max(0, a.word_start - 4):a.word_start].split()
    return (bool(before) and before[-1] in grammar.words("locatives")) or _joined_to_a_place(doc, a)


def _destination(doc: AnalysedDocument, a: ActorMention) -> bool:
    """"واقتادوهم إلى جهة مجهولة": an unknown party's words after a word of going to
    (`destination_words`) name where people were taken, no party."""
    return _word_before(doc, a) in grammar.words("destination_words") \
        and grammar.has(doc.text[a.start:a.end].split()[0], "destination_heads")


def _host_of_an_envoy(doc: AnalysedDocument, a: ActorMention) -> bool:
    """"السفير الروسي لدى تركيا": the country an envoy (`envoy_nouns`) is posted to, after "لدى", is
    where he serves, no party."""
    words = doc.text[max(0, a.word_start - ENVOY_CHARS):a.word_start].split()[-ENVOY_WORDS:]
    return len(words) >= 2 and grammar.has(words[-1], "host_words") and grammar.any_of(words[:-1], "envoy_nouns")


def _joined_to_a_place(doc: AnalysedDocument, a: ActorMention) -> bool:
    """"فروا إلى سورية وتركيا", "في العراق وسوريا": a country joined by "و" to a place named right
    after a locative word is a place of that list, not a party."""
    if doc.text[a.word_start:a.start] not in grammar.words("clitic_conjunctions"):
        return False
    prev = [p for p in doc.places_in(a.word_start - 40, a.word_start) if p.end == a.word_start - 1]
    if not prev:
        return False
    before = doc.text[max(0, prev[0].start - 12):prev[0].start].split()[-1:]
    return bool(before) and before[0] in grammar.words("locatives")


def _is_adjective(doc: AnalysedDocument, a: ActorMention) -> bool:
    """"رتلاً عسكرياً تركياً": a country's name read where the accusative adjective stands (written
    with tanween, or agreeing with an adjective before it) is no actor."""
    if a.actor.inter != 8 or not a.actor.country or " " in doc.text[a.start:a.end]:
        return False
    if "\u064b" in doc.nt.original_text(a.start, a.end):  # tanween fath: "تركيًا"
        return True
    before = doc.text[max(0, a.word_start - 14):a.word_start].split()
    return bool(before) and before[-1].endswith(grammar.suffixes("nisba_endings")) and a.word_start == a.start


def _press_adjective(doc: AnalysedDocument, a: ActorMention) -> bool:
    """"الإيجاز الصحفي", "في مؤتمر صحفي": "of the press" after a word of a briefing or a statement
    (`press_event_nouns`) is an adjective, no journalist."""
    if a.actor.inter != Inter.CIVILIANS or doc.text[a.word_start:a.start] not in ("", morphology().article):
        return False  # ("وصحفي": a journalist joined to the words before)
    return grammar.has(_word_before(doc, a), "press_event_nouns", prepositions=True) \
        and grammar.has(doc.text[a.start:a.end], "press_adjectives")


def _uniform_worn(doc: AnalysedDocument, a: ActorMention) -> bool:
    """"مسلحون يرتدون زي الحشد الشعبي", "متنكرين بزي الشرطة": the party whose uniform others wear
    (`uniform_words` right before it) is a disguise, no party of the incident."""
    return grammar.has(_word_before(doc, a), "uniform_words", prepositions=True)


def _last_of_a_kind(doc: AnalysedDocument, a: ActorMention) -> bool:
    """"الهجوم الأخير", "في الأخير", "بالأخيرة": "the latter" (`latter_words`) is "the last" after a
    word with the article, after a preposition or behind a proclitic; a party only as a subject
    ("رد الأخير بقصف")."""
    if doc.text[a.start:a.end] not in grammar.words("latter_words"):
        return False
    before = doc.text[max(0, a.word_start - LATTER_CHARS):a.word_start].split()
    return a.word_start != a.start or not before or before[-1].startswith((morphology().article, *morphology().with_article())) \
        or before[-1] in grammar.words("prepositions") or not before[-1][-1:].isalpha()


def _apposition(doc: AnalysedDocument, a: ActorMention, before: list[ActorMention]) -> bool:
    """"وزارة الدفاع الأمريكية (البنتاغون)", "حركة الشباب -جناح تنظيم القاعدة في الصومال- هاجمت",
    "حراس الدين، ذراع القاعدة الجديد في إدلب": a name in brackets or between dashes right after
    another, or after a word of description (`apposition_heads`), names or describes the same party."""
    if not before:
        return False
    between = doc.text[before[-1].end:a.word_start]  # (paragraphs when the party before is far)
    # at most one word more than a description may have: enough to tell it is too long, without
    # splitting the whole gap into words (the first words are the same)
    described = between.strip().strip(APPOSITION_PUNCT).split(None, APPOSITION_WORDS)
    if described and len(described) <= APPOSITION_WORDS and grammar.has(described[0], "apposition_heads") \
            and not any(w.startswith(grammar.suffixes("conjunctions")) or w in grammar.words("complementizers") for w in described[1:]):
        # "جبهة النصرة، ذراع تنظيم القاعدة"; not "ميليشيا الدفاع الوطني التابعة للنظام وعناصر حزب الله",
        # nor "الجيش الموالي للحكومة إن الحوثيين قصفوا" (a reported clause opens)
        return True
    opener = between.lstrip()[:1]
    closer = APPOSITION_MARKS.get(opener)
    words = between.lstrip()[1:].split(None, APPOSITION_WORDS)  # (as above: enough to tell it is too long)
    if closer is None or len(words) > APPOSITION_WORDS:
        return False  # "قوات النظام، وتنظيم داعش": a list (after a comma only a word of description opens one)
    rest = doc.text[a.end:a.end + APPOSITION_CHARS]
    return closer in rest and not any(m in rest[:rest.index(closer)] for m in ".،,؛")


def _is_label(doc: AnalysedDocument, a: ActorMention) -> bool:
    """"تركيا: مقتل 30 ...", "المعارضة السورية: النظام استهدف ...": a name before a colon at the
    start of a line says where the story is or who tells it; it takes no part in the incident."""
    if not opens_its_line(doc.text, a.word_start):
        return False
    rest = doc.text[a.end:a.end + LABEL_CHARS]
    colon = rest.find(":")
    # "وزارة الداخلية التركية: ...": the head's nationality adjective may stand before the colon
    between = rest[:colon].split() if colon >= 0 else ["-", "-"]
    return not between or (len(between) <= 2 and bool(nationalities_in(" ".join(between))))


def _named_by_its_head(doc: AnalysedDocument, a: ActorMention, out: list[ActorMention]) -> ActorInfo | None:
    """"ميليشيا الحوثي وقوات صالح ... عناصر الميليشيا": of two parties a referring word may name,
    named last in one sentence (or in the one before, past the parties of the word's own), the one
    whose own name begins with that word (its article off, singular or plural), not the one named
    after it."""
    head = grammar.feminine_stem(_head(doc, a))
    kind = [b for b in out[-50:] if b.actor.inter in a.actor.refers_to and not b.reference]  # (past other referring words)
    if not kind:
        return None
    # the sentence the party was named last in; past the referring word's own sentence, the one before it too
    # ("تمكنت قوات الجيش والمقاومة من استعادة مواقع بعد معارك مع الميليشيات": the militia named before)
    own = doc.sentence_at(a.start).index
    sentences = {doc.sentence_at(kind[-1].start).index}
    for b in reversed(kind):
        at = doc.sentence_at(b.start).index
        if at not in sentences:
            if sentences != {own}:
                return None
            sentences.add(at)
        if grammar.feminine_stem(_head(doc, b)) == head:
            return b.actor
    return None


def _head(doc: AnalysedDocument, a: ActorMention) -> str:
    """The first word of a mention without its article ("للميليشيات": the article's alef dropped)."""
    word = doc.text[a.start:a.end].split()[0]
    m = morphology()
    written = m.attach_article(doc.text[a.word_start:a.start][-1:], m.article)
    return word[len(written):] if word.startswith(written) else grammar.bare(word)


def _latest_of(out: list[ActorMention], inters: tuple[int, ...], only: frozenset[str] | None = None) -> ActorInfo | None:
    for b in reversed(out[-50:]):
        if b.actor.inter in inters and (only is None or b.actor.id in only):
            return b.actor
    return None


@cache
def _referents() -> dict[str, frozenset[str]]:
    """Referring words that name only some parties (`only` of a `references` entry of actors.yaml:
    "التنظيم" refers back to an organization, not to the units or factions named since)."""
    return {k: frozenset(e["only"]) for e in lexicon.section("actors.yaml", "references") if e.get("only")
            for k in e["ar_norm"]}
