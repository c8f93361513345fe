"""What the text around a cue says: the predicates the event steps ask (markers, weapons, the
word before a cue, quotation marks, the speaker of a clause). Pure functions of the analysed
document; no decisions are taken here.
"""

from __future__ import annotations

import re

from marsad.acled import ARRESTS, BATTLES, EXPLOSIONS, STRATEGIC, Inter
from marsad.extract import grammar
from marsad.extract.document import (
    NAME_QUOTES,
    PHRASE_BREAKS,
    WORD_END_PUNCT,
    AnalysedDocument,
    Sentence,
    Spans,
    told_where,
)
from marsad.extract.mentions import (
    ActorMention,
    CueMention,
    Marker,
    WeaponMention,
    nationalities_in,
)
from marsad.geo.resolve import PlaceMention
from marsad.text.morphology import morphology

CONDITION_CHARS = 20  # the opening words of a sentence where "في حال", "إذا" may stand
DESCRIBER_WORDS = 3  # "[وصفته السلطات] بأنه": the verb of describing and its subject before the pronoun
SPEAKER_PRONOUN_CHARS = 48  # "أنه [قتل عشرة جنود في] هجوم": from the pronoun of the speaker to the cue
DIRECT_WORDS = 4  # "عملية عسكرية [واسعة النطاق أمس] استهدفت", "غارات [مكثفة للتحالف الدولي] استهدفت"
FUTURE_AFTER_NOUN = 24  # "استعادة [الرقة] ستكون": characters from a noun cue to the future verb it is subject of
FAILED_WORDS = 3  # "محاولة هجوم [فاشلة]", "محاولة تسلل [للمسلحين باءت بالفشل]"
FAILED_CHARS = 40
TOLD_AGAIN_WORDS = 6  # "[وأفاد مصدر عسكري بأن] المعارك": the report's words before a fight told again
OUTCOME_CHARS = 10  # "المعارك [أسفرت] عن": the verb of the outcome right after the fight's noun
DESCRIBED_WORDS, DESCRIBED_CHARS = 3, 20  # "[اعتقلتهم السلطات] الأسبوع الماضي": the verb with its pronoun and subject
ACCOMPANIMENT_WORDS = 3  # "[، وسط قصف] مدفعي", "[، ترافق مع] استمرار": from the clause start to the cue
REPEL_WORDS = 4  # "صدت [القوات الأمنية] محاولة": the verb of repelling, its subject, the attempt
REPEL_CHARS = 50
SEQUEL_WORDS = 2  # "[إثر] الضربات", "[في أعقاب] الهجوم": the link of sequence right before the incident a threat follows
SOME_WORDS = 5  # "[قوات الأمن عددا منهم]": an arrest's subject, then the words that take some of a crowd
NATIONALITY_AFTER_CHARS = 24  # "الشرطة [التركية]": the nationality word right after a force
WORD = re.compile(r"\S+")  # a word of the text, with its offset (`WORD.finditer(text, start, end)`)
REPLY_REACH = 3  # "رد [سوري رسمي] على": adjectives between the reply and what it answers
RESPONSE_WORDS = 7  # words from "ردا" to the incident it answers ("ردا على مقتل جنود أتراك قرب")
OBJECT_WORDS = 3  # "قتلت [الشرطة البريطانية المهاجمين]": the verb's subject, then its object
OBJECT_CHARS = 40
NAMED_REACH = 40  # characters: a place name's length after "هجوم"
SUPERLATIVE_CHARS = 30  # "[الأكثر دموية] منذ": the words right before "منذ" and its time


def instrument_word(doc: AnalysedDocument, c: CueMention) -> bool:
    """"بالقذائف", "بقذائف" (a phrase of the cue lexicon as written): a cue word joined with the ب of
    the instrument names the means of another's deed."""
    prefix = doc.text[c.start - prefix_len(doc, c):c.start]
    if prefix in grammar.words("instrument_proclitics"):
        return True
    return not prefix and grammar.has(doc.text[c.start:c.end].split()[0], "instrument_cue_words")


def beside_a_deed(doc: AnalysedDocument, cue: CueMention, clause: tuple[int, int]) -> bool:
    """"، وسط قصف مدفعي", "، أعقبتها اشتباكات", "، حيث ألقت المروحيات", "، بعد أن أطلقوا عليه النار":
    the cue's clause opens with a word of accompaniment (`accompaniment_words`), of sequel
    (`sequel_words`), of place (`where_links`) or of the deed that led to it (`caused_after`): it
    tells a deed beside the one told before it in the sentence, at its place and on its day."""
    head = doc.text[clause[0]:cue.start].strip(" ،,").split()[:ACCOMPANIMENT_WORDS]
    return bool(head) and any(grammar.has(" ".join(head[:n]), section) for n in (1, 2)
                              for section in ("accompaniment_words", "sequel_words", "where_links", "caused_after"))


def circumstance_noun(doc: AnalysedDocument, c: CueMention, start: int) -> bool:
    """"وذلك خلال عملية مداهمة لمدينة القريتين": a raid or a search (a strategic noun cue), or
    operations named as such ("خلال عمليات التطهير"), right after "خلال [عملية]" (`circumstance_words`,
    `circumstance_heads`; the words from `start`) tells the circumstance of an incident, and where it was;
    so does an operation (no attack: "في عملية انتحارية" is the incident) named with "في" after an
    arrest told before it in its sentence ("اعتقلت القوات خمسة في عملية أمنية", `operation_links`)."""
    operation = grammar.has(doc.text[c.start:c.end].split()[0], "circumstance_heads")  # "خلال عمليات التطهير"
    if c.cue.pos != "noun" or (c.cue.type != STRATEGIC and not operation):
        return False
    words = doc.text[start:c.start - prefix_len(doc, c)].split()
    if words and grammar.has(words[-1], "circumstance_heads"):
        words = words[:-1]
    return bool(words) and (grammar.has(words[-1], "circumstance_words") or (
        operation and c.cue.type != EXPLOSIONS and words[-1] in grammar.words("operation_links")
        and any(a.cue.sub == ARRESTS and a.end < c.start for a in doc.index["cues"].starting_in(doc.sentence_at(c.start).start, c.start))))


def markers_in(doc: AnalysedDocument, start: int, end: int) -> list[Marker]:
    return doc.index["markers"].between(start, end)


def weapons_in(doc: AnalysedDocument, start: int, end: int) -> list[WeaponMention]:
    return doc.index["weapons"].between(start, end)


def number_before(doc: AnalysedDocument, pos: int) -> int | None:
    for n in doc.index["numbers"].starting_in(pos - 60, pos):
        if 0 <= pos - n.end <= 2 and not n.ordinal:
            return int(n.value)
    return None


def is_planned(doc: AnalysedDocument, cue: CueMention, clause: tuple[int, int]) -> bool:
    if any(m.kind == "future" and m.end <= cue.end and not _failed_attempt(doc, m, cue, clause)
           and not _cause_of_the_plan(doc, m, cue) for m in markers_in(doc, clause[0], clause[1])):
        return True
    # "إن السيطرة على تدمر ستكون ضربة موجعة": a noun that is the subject of a future verb right after it
    noun = cue.cue.pos == "noun" or doc.text[cue.start:cue.end].endswith(grammar.suffixes("verbal_noun_endings"))
    if noun and any(m.kind == "future" and 0 <= m.start - cue.end <= FUTURE_AFTER_NOUN
                    and grammar.has(doc.text[m.start:m.end].split()[0], "future_verbs")
                    for m in markers_in(doc, cue.end, min(clause[1], cue.end + FUTURE_AFTER_NOUN + 1))):
        return True
    if noun and _joined_to_a_plan(doc, cue, clause):
        return True
    # "وفي حال تمكنت الفصائل من السيطرة على جورين، يصبح بإمكانها ... استهداف": a conditional
    # sentence is hypothetical in all its clauses
    sent = doc.sentence_at(cue.start)
    head = " ".join(doc.text[sent.start:min(sent.end, sent.start + CONDITION_CHARS)].split()[:2])
    return any(head == c or head.startswith(c + " ") for c in grammar.words("conditional_heads"))


def _joined_to_a_plan(doc: AnalysedDocument, cue: CueMention, clause: tuple[int, int]) -> bool:
    """"سيكون الهجوم على التنظيم من تل أبيض نحو الرقة، وسيطرة القوات الكردية على المدينة": a noun cue
    joined by و, in a clause with no time of its own, goes on with the plan of the clause before it
    in its sentence (a future marker there, and no verb cue between)."""
    if doc.text[cue.start - prefix_len(doc, cue):cue.start] not in grammar.words("conjunctions") \
            or doc.times_in(clause[0], clause[1]):
        return False
    sent = doc.sentence_at(cue.start)
    future = [m for m in markers_in(doc, sent.start, clause[0]) if m.kind == "future"]
    return bool(future) and not any(c.cue.pos == "verb" for c in doc.index["cues"].starting_in(future[-1].end, cue.start))


def _cause_of_the_plan(doc: AnalysedDocument, m: Marker, cue: CueMention) -> bool:
    """"هدد الحزب بإنهاء الهدنة إثر الضربات التي شنها الجيش": an incident right after a link of
    sequence (`sequel_links`) is what the threat follows, done already."""
    words = doc.text[m.end:cue.start - prefix_len(doc, cue)].split()[-SEQUEL_WORDS:]
    return any(grammar.has(w, "sequel_links") for w in words)


def _failed_attempt(doc: AnalysedDocument, m: Marker, cue: CueMention, clause: tuple[int, int]) -> bool:
    """"خلال محاولة هجوم فاشلة قاموا بها": an attempt told as failed was made; it is no plan. So is
    one fought off, its noun right after a verb of repelling ("صدت القوات محاولة هجوم": `repel_verbs`)."""
    if not grammar.has(doc.text[m.start:m.end].split()[-1], "attempt_words"):
        return False
    sent = doc.sentence_at(m.start)  # the verb, its subject, then the attempt ("صدت القوات الأمنية محاولة")
    word_start = doc.text.rfind(" ", sent.start, m.start) + 1 or m.start  # "التصدي [ل]محاولة": past the proclitic
    if repelled_before(doc, word_start, sent.start):
        return True
    after = doc.text[cue.end:min(clause[1], cue.end + FAILED_CHARS)].split()[:FAILED_WORDS]
    return any(grammar.has(w.strip(WORD_END_PUNCT), "failed_words") for w in after)


def repelled_before(doc: AnalysedDocument, start: int, lo: int, foiled: bool = False) -> bool:
    """A verb of repelling a few words before `start` ("صدت القوات الأمنية محاولة"; of foiling too
    when `foiled`: "أحبطت القوات محاولة"), or a noun of repelling right before it ("إحباط محاولة
    لتفجير", "التصدي لمحاولة تسلل"): the attempt at `start` was fought off."""
    before = doc.text[max(lo, start - REPEL_CHARS):start].split()
    near = before[-REPEL_WORDS:]
    return grammar.any_of(near, "repel_verbs") or (foiled and grammar.any_of(near, "foil_verbs")) \
        or grammar.any_of(before[-1:], "repel_nouns")


def speaker(doc: AnalysedDocument, sent: Sentence, cue: CueMention,
            actors: Spans[ActorMention]) -> ActorMention | None:
    """"قالت الميليشيا ... إنها استهدفت": the speaker is the subject of a pronoun-led clause; of the
    cue told after its verb too ("أعلن التنظيم أنه قتل عشرة جنود في هجوم")."""
    head = doc.text[max(sent.start, cue.start - SPEAKER_PRONOUN_CHARS):cue.start].split()
    pronouns = [i for i, w in enumerate(head) if w in grammar.words("pronoun_subjects")]
    if not pronouns or (pronouns[-1] < len(head) - 2 and not _verb_after_pronoun(head, pronouns[-1])):
        return None
    if pronouns[-1] + 1 < len(head) and grammar.has(head[pronouns[-1] + 1], "impersonal_verbs"):
        return None  # "قالت الشرطة إنه تم اختطاف ضابط": it was done, by nobody the speaker is
    if grammar.any_of(head[max(0, pronouns[-1] - DESCRIBER_WORDS):pronouns[-1]], "describing_verbs"):
        return None  # "في ما وصفته السلطات بأنه هجوم": the pronoun is what they describe
    pronoun_at = doc.text.rfind(head[pronouns[-1]], sent.start, cue.start)
    if any(m.kind == "attribution" for m in markers_in(doc, pronoun_at, cue.start)):
        return None  # another's words between the pronoun and the cue
    for m in markers_in(doc, sent.start, cue.start):
        if m.kind == "attribution":
            after = [a for a in actors.starting_in(m.end, m.end + 30) if m.end <= a.word_start <= m.end + 2]
            if after:
                return after[0]
    return None


def speaker_words(doc: AnalysedDocument, start: int) -> list[str] | None:
    """The words of its sentence before a reported clause that begins at `start` ("أعلن اتحاد
    التنسيقيات أن «...»", "قال رئيس الوزراء التركي إن الجيش ..."), the complementizer left out: a
    verb or a source of reporting leads them and "أن" ends them; None when `start` opens no
    reported clause."""
    sent = doc.sentence_at(start)
    words = doc.text[sent.start:start].replace("،", " ").split()
    if not words or words[-1] not in grammar.words("complementizers") \
            or not any(m.kind == "attribution" for m in markers_in(doc, sent.start, start)):
        return None
    return words[:-1]


def place_in_construct(doc: AnalysedDocument, end: int, reach: int) -> PlaceMention | None:
    """The place named right after a noun ending at `end`, in construct with it ("هجوم سروج",
    "معركة الموصل"), the word of its kind between allowed ("تفجير مدينة سروج", "معركة بلدتي كفريا")."""
    return next((p for p in doc.places_in(end, end + reach)
                 if 0 < p.start - end <= 1 and (p.name_start == p.start or doc.text[p.start:p.name_start].strip()
                                                in grammar.words("named_incident_place_kinds"))), None)


def named_incident_place(doc: AnalysedDocument, cue: CueMention) -> PlaceMention | None:
    """"هجوم سروج", "تفجيرات الريحانية", "تفجير مدينة سروج": the place an incident noun is in
    construct with (the word of its kind between), which names that incident."""
    word = doc.text[cue.start:cue.end].split()[0]
    if cue.cue.pos != "noun" or not grammar.has(word, "named_incident_heads"):
        return None
    return place_in_construct(doc, cue.end, NAMED_REACH)


def _verb_after_pronoun(head: list[str], i: int) -> bool:
    """"أنه [قتل] عشرة جنود في هجوم": the pronoun's own verb, a verb of killing or of taking, right
    after it, of which the cue further on tells the means."""
    return i + 1 < len(head) and grammar.has(head[i + 1], "speaker_deeds")


def reporting_force(doc: AnalysedDocument, sent: Sentence, cue: CueMention,
                    actors: Spans[ActorMention], abroad: bool = False) -> ActorMention | None:
    """"أوضحت قيادة العمليات أن 7 عناصر من داعش قتلوا": a state force that announces the enemy's
    dead is the side that fought them (with `abroad`, a state's forces named by their nationality
    too: "قال متحدث باسم الجيش الباكستاني")."""
    forces = (Inter.STATE, Inter.EXTERNAL) if abroad else (Inter.STATE,)
    for m in markers_in(doc, sent.start, cue.start):
        if m.kind == "attribution":
            after = [a for a in actors.starting_in(m.end, m.end + 30) if m.end <= a.word_start <= m.end + 2
                     or (doc.role_before(a.word_start) == "source"  # "أعلن مصدر في الجيش العراقي مقتل"
                         and m.end <= (doc.role_start(a.word_start) or -1) <= m.end + 2)]
            if after and after[0].actor.inter in forces and after[0].end <= cue.start:
                return after[0]
    return None


def since(doc: AnalysedDocument, clause: tuple[int, int]) -> str | None:
    """The words of the clause that say since when something goes on ("منذ أغسطس 2014", "منذ
    مايو الماضي"), or None."""
    words = grammar.suffixes("since")
    for t in doc.times_in(clause[0], clause[1]):
        if t.kind in ("ago", "relative_day", "weekday"):
            continue
        if any(grammar.has(w, "tally_verbs") for w in doc.text[clause[0]:t.start].split()):
            continue  # "قتل جنديان ليرتفع عدد القتلى منذ يوليو إلى 21": the total runs since then, not the incident
        before = doc.text[max(clause[0], t.start - SUPERLATIVE_CHARS):t.start].split()
        if before and before[-1] in words:
            before = before[:-1]  # ("منذ" told apart from its time)
        if before and (before[-1] in grammar.words("superlatives") or " ".join(before[-2:]) in grammar.words("superlatives")):
            continue  # "هجوم هو الأعنف منذ يونيو": compared with what came since, no campaign's start
        if t.text.startswith(words) and t.kind != "recent":
            return t.text
        if doc.text[max(0, t.start - 4):t.start].strip().endswith(words):
            return doc.text[max(0, t.start - 4):t.end].strip()
    return since_an_event(doc, clause) if clause[0] < doc.title_end else None


def since_an_event(doc: AnalysedDocument, span: tuple[int, int]) -> str | None:
    """"التنظيم يعدم 900 شخص في الرقة منذ سيطرته عليها": in a headline, "منذ" and the event that
    opens the period (`since_events`) tell a toll or a campaign over that period, as a date does
    (a body's "منذ" and an event more often compares: "أول هجوم منذ سقوط الهدنة"; there the
    caller asks it only of the words after a counted cue)."""
    words = grammar.suffixes("since")
    text = doc.text[span[0]:span[1]]
    if not any(w in text for w in words):
        return None
    tokens = text.split()
    for i, w in enumerate(tokens[:-1]):
        if w in words and grammar.has(tokens[i + 1], "since_events"):
            return f"{w} {tokens[i + 1]}"
    return None


def cue_key(doc: AnalysedDocument, cue: CueMention) -> str:
    return grammar.bare(doc.text[cue.start:cue.end])


def claims_before(doc: AnalysedDocument, start: int, end: int) -> list[Marker]:
    """The words of claiming ("تبنت", "أعلن مسؤوليته عن") between `start` and `end`."""
    return [m for m in markers_in(doc, start, end) if m.kind == "modality:claimed"]


def told_before(doc: AnalysedDocument, cue: CueMention, seen: set[str]) -> bool:
    """"الهجوم الانتحاري" after "هجوم انتحاري" was told: a definite noun cue already met in the
    article names the incident again."""
    return cue.cue.pos == "noun" and cue_key(doc, cue) in seen and definite(doc, cue)


def incident_told_before(doc: AnalysedDocument, sent: Sentence) -> bool:
    """The body tells an incident (a cue of any kind) before the sentence `sent`."""
    return bool(doc.index["cues"].starting_in(doc.title_end, sent.start))


SUSPECTS_INCIDENT_CHARS = 12  # "المتورطين [في] تفجير", "المشتبه بهم [بالضلوع في] الهجوم"


def incidents_after_suspects(doc: AnalysedDocument, held_end: int) -> list[CueMention]:
    """The incident cues right after the people an arrest holds ("المتورطين في تفجير السوق"): the
    incident they are suspected of."""
    return doc.index["cues"].starting_in(held_end, held_end + SUSPECTS_INCIDENT_CHARS)


def definite(doc: AnalysedDocument, cue: CueMention) -> bool:
    """The cue word carries the article ("الهجوم", "بالهجوم")."""
    prefix = doc.text[cue.start - prefix_len(doc, cue):cue.start]
    return doc.text.startswith(morphology().article, cue.start) or prefix.endswith(morphology().with_article())


def named_incident_towns(doc: AnalysedDocument, cue: CueMention, end: int) -> list[PlaceMention]:
    """"تفجيري السماوة والنهروان": the town an incident noun is in construct with and the towns
    joined to it (`place_joiners`) up to `end`, which name its incidents; [] when none is."""
    first = named_incident_place(doc, cue)
    if first is None:
        return []
    towns = [first]
    for p in doc.places_in(first.end, end):
        if doc.text[towns[-1].end:p.start].strip() not in grammar.words("place_joiners"):
            break
        towns.append(p)
    return towns


def named_by_what_it_did(doc: AnalysedDocument, cue: CueMention) -> bool:
    """"اغتيال قيادي", "مجزرة دوما": a deed whose word names what it did to people
    (`assassination_words`, `massacre_words`), not how."""
    word = doc.text[cue.start:cue.end].split()[0]
    return grammar.has(word, "assassination_words", prepositions=True) or grammar.has(word, "massacre_words", prepositions=True)


def people_noun(doc: AnalysedDocument, a: ActorMention) -> tuple[str, bool]:
    """The noun of a mention of people and whether it carries the article: "مسلحون" and "المسلحين"
    are one noun (`grammar.noun_stem`), the second told again."""
    word = doc.text[a.start:a.end].split()[0]
    article = morphology().article
    return grammar.noun_stem(word), word.startswith(article) or doc.text[a.word_start:a.start].endswith(article)


def named_or_definite(doc: AnalysedDocument, cue: CueMention) -> bool:
    """The cue word carries the article, or names its incident by the town in construct with it
    ("هجوم برشلونة", "تفجيري السماوة والنهروان"): either way a known incident."""
    return definite(doc, cue) or named_incident_place(doc, cue) is not None


def actor_before(doc: AnalysedDocument, actors: Spans[ActorMention], cue: CueMention) -> bool:
    """An actor ends within the few characters before the relative word that precedes the cue."""
    start = cue.start - prefix_len(doc, cue)
    return any(0 <= start - a.end <= 16 for a in actors.starting_in(start - 80, start))


def prefix_len(doc: AnalysedDocument, cue: CueMention) -> int:
    i = cue.start
    while i > 0 and doc.text[i - 1].isalnum():
        i -= 1
    return cue.start - i


def in_quotes(text: str, start: int, pos: int) -> bool:
    """An odd number of quotation marks between the sentence start and `pos`."""
    return text.count('"', start, pos) % 2 == 1


def described_directly(doc: AnalysedDocument, noun: CueMention, verb: CueMention) -> bool:
    """"عملية أمنية كبيرة صباح اليوم استهدفت أوكار المسلحين": a verb with no "و" after an indefinite
    noun cue and a few words that say how, when, where ("في X") and whose ("للتحالف"; no other
    party, no place that is not told as where, cue or break among them) describes the noun's
    incident."""
    between = doc.text[noun.end:verb.start]
    words = between.split()
    if not words or len(words) > DIRECT_WORDS or prefix_len(doc, verb) \
            or definite(doc, noun) or any(m in between for m in PHRASE_BREAKS):
        return False
    owners = [a for a in doc.index["actors"].starting_in(noun.end, verb.start)  # "غارات مكثفة للتحالف الدولي استهدفت"
              if doc.text[a.word_start:a.start] not in grammar.words("purpose_proclitics")]
    # "هجوم انتحاري في سوروتش (جنوب) استهدف ناشطين": where the noun's incident was may stand between
    places = [p for p in doc.places_in(noun.end, verb.start) if not told_where(doc.text, p.start)]
    return not (doc.index["cues"].starting_in(noun.end, verb.start) or owners or places)


def nationality_after(doc: AnalysedDocument, end: int) -> str | None:
    """"الشرطة التركية", "وزارة الداخلية الكويتية،", "«الداخلية» الكويتية": the one country whose
    nationality adjective is the word right after `end` (past a closing quote, before a comma)."""
    after = doc.text[end:end + NATIONALITY_AFTER_CHARS].lstrip(NAME_QUOTES + " ").split()[:1]
    found = nationalities_in(after[0].strip(WORD_END_PUNCT)) if after else set()
    return next(iter(found)) if len(found) == 1 else None


def state_country(doc: AnalysedDocument, a: ActorMention) -> str | None:
    """The country of a state's party: its own, or the one its nationality adjective names right
    after it ("وزارة الداخلية الكويتية")."""
    return a.actor.country or nationality_after(doc, a.end)


def inclusion_between(doc: AnalysedDocument, start: int, end: int) -> bool:
    """A word that opens the members of a count ("منها", "بينها": `list_inclusion`) between
    `start` and `end` ("18 غارة في سبع مدن، بينها أربع غارات قرب الموصل")."""
    return any(w in grammar.words("list_inclusion") for w in doc.text[start:end].split())


def some_of_a_crowd(doc: AnalysedDocument, cue: CueMention, end: int) -> str | None:
    """"واعتقلت الشرطة بعضهم", "واعتقلت قوات الأمن عددا منهم": the words of some of a crowd
    (`some_of_them`) a few words after an arrest cue (its subject may come first, up to `end`), or None."""
    if cue.cue.sub != ARRESTS:
        return None
    words = [w.strip(WORD_END_PUNCT) for w in doc.text[cue.end:end].split()[:SOME_WORDS]]
    after = f" {' '.join(words)} "
    return next((w for w in grammar.words("some_of_them") if f" {w} " in after), None)


def subject_past_description(doc: AnalysedDocument, start: int, clause_start: int) -> list[str]:
    """"المهاجمون، وهم من بلدة واحدة، قتلوا برصاص الشرطة": the word before a description between
    commas opened by a pronoun of people (`apposition_pronouns`) or a relative one ("الذين") that
    ends right before the clause at `clause_start` (the sentence from `start`): the subject of its
    verb; none else."""
    parts = doc.text[start:clause_start].rstrip(" ،").split("،")
    opening = parts[-1].split()[:1]
    if len(parts) < 2 or not (grammar.any_of(opening, "apposition_pronouns") or grammar.any_of(opening, "relative_pronouns")):
        return []
    return parts[-2].split()[-1:]


def fight_told_again(doc: AnalysedDocument, cue: CueMention, whole: Sentence) -> bool:
    """"وأفاد مصدر بأن المعارك أسفرت عن مقتل 17" opening a paragraph: a definite noun of fighting
    among the first words of its sentence's report, with the verb of what it led to right before or
    after it (`outcome_verbs`), tells again the fight the paragraph before told (a bombing told again
    is a reference, joined to the one told)."""
    opening = doc.text[whole.start:cue.start].split()
    after = doc.text[cue.end:cue.end + OUTCOME_CHARS].split()[:1]
    return cue.cue.pos == "noun" and cue.cue.type == BATTLES and definite(doc, cue) \
        and len(opening) <= TOLD_AGAIN_WORDS and grammar.any_of(opening[-1:] + after, "outcome_verbs")


def deed_on_people_before(doc: AnalysedDocument, pos: int, cue: CueMention) -> bool:
    """A verb of another kind than `cue` with the pronoun of the people it was done to ("ناشطين
    اعتقلتهم السلطات الأسبوع الماضي"), its subject at most between it and `pos` (a time): a clause
    that describes people by what was done to them, dated on its own."""
    words = list(WORD.finditer(doc.text, max(0, pos - DESCRIBED_CHARS), pos))[-DESCRIBED_WORDS:]
    return any(c.cue.pos == "verb" and c.cue.type != cue.cue.type
               and doc.text[c.start:c.end].split()[0].endswith(grammar.suffixes("people_object_pronouns"))
               for w in words for c in doc.index["cues"].starting_in(w.start(), w.end()))


def aircraft_believed(text: str) -> tuple[str, str] | None:
    """"طائرات حربية يرجح أنها روسية": the word of belief (`belief_words`) right after military
    aircraft and the one country its nationality adjective names, or None (in an air raid,
    aircraft with no adjective are military: "طائرات يعتقد أنها روسية")."""
    for belief in grammar.words("belief_words"):
        at = text.find(f" {belief} ")
        if at < 0 or not text[:at].endswith(grammar.suffixes("military_aircraft") + grammar.suffixes("aircraft_heads")):
            continue
        adjective = text[at + len(belief) + 2:].split()[:1]
        found = nationalities_in(adjective[0].strip(WORD_END_PUNCT)) if adjective else set()
        if len(found) == 1:
            return belief, next(iter(found))
    return None


def fired_on_the_attackers(doc: AnalysedDocument, cue: CueMention) -> str | None:
    """"أطلقت الشرطة النار على المهاجمين وقتلتهم", "قتلت الشرطة المنفذين": the attackers as the object of
    a verb of fire or killing, a few words after it (their object forms: `attacker_objects`; any of
    `attacker_nouns` right after the fire's preposition), or believed to be them later in its
    clause (`attacker_beliefs`); the words, or None."""
    words = []
    for w in doc.text[cue.end:cue.end + OBJECT_CHARS].split()[:OBJECT_WORDS]:
        words.append(w.strip(PHRASE_BREAKS))
        if w[-1] in PHRASE_BREAKS:
            break
    if words and grammar.has(doc.text[cue.start:cue.end].split()[-1], "target_prepositions") \
            and grammar.has(words[0], "attacker_nouns"):
        return words[0]
    # "قتلت قوات الأمن رجلين بالرصاص يعتقد أنهما مهاجمان": people the clause believes to be them
    after = doc.text[cue.end:doc.clause_at(cue.start)[1]]
    return next((w for w in words if grammar.has(w, "attacker_objects")), None) \
        or next((p for p in grammar.words("attacker_beliefs") if p in after), None)


def in_response(doc: AnalysedDocument, clause: tuple[int, int], cue: CueMention) -> bool:
    """"جاء ردا على مقتل مدنيين في غارات للمقاتلات التركية": the incident an act answers is told
    as its cause (an earlier one, made by the other side), a few words after "ردا على", "انتقاما ل"."""
    before = doc.text[clause[0]:cue.start].split()[-RESPONSE_WORDS:]
    if grammar.any_of([w.strip(NAME_QUOTES) for w in before], "response_heads"):  # 'جاء "ردا" على
        return True
    # "وفي رد على قصف قوات النظام": the noun of a reply with "على" ("رد الأخير بقصف" replies by it)
    return grammar.any_of(before[:-1], "response_nouns") and any(
        grammar.has(w, "response_nouns") and any(x in grammar.words("response_links") for x in before[i + 1:i + 1 + REPLY_REACH])
        for i, w in enumerate(before[:-1]))  # "أول رد سوري رسمي على الغارات"
