"""Steps of the engine that tell incidents from words that only look like them ("تشارك القوات في
معركة الموصل", "حملته التي استهدفت مسؤولين", a court's verdict, the weapons of an incident told
before); those that retype an incident by its manner live in `marsad.extract.manner`.
`marsad.extract.steps.STEPS` puts them in order; each has a table test of sentences in
tests/test_event_language.py."""

from __future__ import annotations

from marsad.acled import (
    AIR_STRIKE,
    ARRESTS,
    BATTLES,
    EXPLOSIONS,
    NON_STATE_ARMED,
    PROTESTS,
    RIOTS,
    STRATEGIC,
    VAC,
    Inter,
)
from marsad.extract import grammar
from marsad.extract.context import (
    WORD,
    circumstance_noun,
    definite,
    prefix_len,
    weapons_in,
)
from marsad.extract.document import CLOSING_MARKS, NAME_QUOTES, PHRASE_BREAKS, WORD_END_PUNCT
from marsad.extract.draft import Draft
from marsad.extract.stopped import stop_link

ACHIEVED_CHARS = 40  # "تمكنت [القوات العراقية أمس] من التصدي": the verb of achieving, its subject and day
PARTICIPATION_WORDS = 2  # "تشارك [التحالف] قصف": the verb of taking part, then its object, then the verbal noun
ANY_LIST_WORDS = 4  # "أي [أعمال تخريب] أو شغب": "any", the first item, then "أو"
INSTRUMENT_WORDS = 5  # words between "استخدموا" and the weapon ("خلاله أسلحة متوسطة و")
DEPARTURE_CHARS = 16  # "خروج الآلاف [من شرق] حلب": the word of origin and the place after a crowd going out
RECIPROCAL_CHARS = 12  # "قتال [بعضها] بعضا": the word of one another right after the verbal noun
MERIT_WORDS, MERIT_CHARS = 6, 60  # "[بتضحيات قوات التحالف العربي في] تحرير": the merit, its owner and "في"
EXPLODING_WORDS = 8  # "شهدت [أسعار الأراضي السكنية في محافظة جدة] انفجارا": the witness verb and its subject
PERIOD_AFTER_CHARS = 12  # "دخول [الأسبوع] الثاني": the period right after the verb of entering
HALTED_REACH = 3  # words after "أوقف" where what is stopped stands ("أوقف [الحزب] القتال")
FIRE_SOURCE_CHARS = 12  # "[موقع ]إطلاق النار": the head right before the fire
BLOW_WORDS = 9  # "وتمثل [عودة رئيس الحكومة إلى مدينة عدن اليوم] ضربة": the verb, its subject, a day
FIGURATIVE_REACH = 40  # characters before "استهدفت" where a campaign or a law may stand
AIRCRAFT_WEAPON = "aircraft"  # the weapon of the cues of a warplane's fall (cues.yaml)
FOILING_WORDS = 5  # "أحبطت [قوات الأمن التركية] هجوما": the verb of foiling, its subject, then the cue
PLOT_WORDS = 5  # "هجوما [كان يعد له] مسلحون": the words after the cue where the plotting is told
POST_CHARS = 40  # "استهدف [مسلحون مجهولون] كمينا": the verb of targeting, its subject, then the post
POST_SUBJECT_WORDS = 3  # the most words of the attackers between the verb and the post
SUSPENSION_WORDS = 6  # words before a cue where "علقت" may stand ("علقت جزئيا العمليات العسكرية من")
CARRY_OUT_WORDS = 4  # "[قبل أن يتمكنا من] تفجير": the link and the verb of carrying out (or managing, then "من") before the deed
PRETEXT_WORDS = 3  # "بدعوى [زرعهم] عبوة": the words from the pretext word to the cue
PRETEXT_CHARS = 40
PREPOSITION_CHARS = 12  # "[في] قصف": the preposition right before a word read as a verb and a noun
HOLDER_WORDS = 2  # "سيطرة [المسلحين] على الاقتصاد", "سيطرت [قوات النظام] على": the holder before على
WHERE_CHARS = 8  # "[حيث ]يعتصم": the word of place right before a protest
CROWD_NOUN_WORDS = 2  # "خروج [آلاف المشجعين]": the count and the people who went out


def participation(d: Draft) -> str | None:
    """"تشارك قوات البيشمركة في معركة الموصل", "شارك في معارك الرمادي", "مشاركتها في الضربات
    الجوية ضد داعش", "تركيا تشارك التحالف قصف داعش" (the verbal noun right after the verb and its
    object): taking part in a campaign, told with no date of its own, is no incident."""
    if d.cue.cue.type not in (BATTLES, EXPLOSIONS) or d.doc.times_in(d.clause[0], d.clause[1]):
        return None
    doc = d.doc
    if d.cue.cue.pos != "noun" and not grammar.any_of(doc.text[d.clause[0]:d.cue.start].split()[-PARTICIPATION_WORDS:],
                                                      "participation_verbs"):
        return None  # a verb cue is the verbal noun only right after the verb of taking part and its object
    # (the words WORD finds are those of str.split: one test in C first, the match objects only when one is there)
    at = next((m for m in WORD.finditer(doc.text, d.sent.start, d.cue.start) if grammar.has(m.group(), "participation_verbs")), None) \
        if grammar.any_of(doc.text[d.sent.start:d.cue.start].split(), "participation_verbs") else None  # "شاركت في قتال التنظيم، خاصة في معارك ..."
    if at is None:
        return None
    entered = doc.text[at.end():at.end() + PERIOD_AFTER_CHARS].split()[:1]
    if entered and grammar.has(entered[0], "counted_periods"):
        return None  # "مع دخول الأسبوع الثاني من المعارك": the campaign's period entered, no part taken
    first = next(iter(doc.index["cues"].starting_in(at.end(), d.cue.end)), d.cue)
    after = doc.text[first.end:doc.clause_at(first.start)[1]].split()[:1]
    if doc.text[first.start:first.end].split()[0] in grammar.words("incident_nouns") and after \
            and after[0] in grammar.words("target_prepositions"):
        return None  # "الذين شاركوا في الهجوم على الثكنة ... خلال الاشتباك مع حراسها": they made that attack
    return f"'{at.group()}': taking part in a campaign, not an incident"

def fighter_path(d: Draft) -> str | None:
    """"انضم إلى التنظيم وقاتل في صفوفه في العراق": a fight told after joining or leaving for a
    war, with no date of its own, is what a fighter did (a biography, an indictment), not an incident;
    one men are forced or drafted into ("يجبر الرجال على القتال في صفوفه") is theirs to come."""
    if d.cue.cue.type != BATTLES:
        return None
    before = d.doc.text[d.clause[0]:d.cue.start].split()
    drafted = grammar.first(before, "draft_verbs")
    if drafted:
        return f"'{drafted}': men forced or drafted into a fight, not an incident"
    if d.doc.times_in(d.clause[0], d.clause[1]):
        return None
    after = " ".join(d.doc.text[d.cue.end:d.clause[1]].split()[:2])
    if after in grammar.words("took_part_after"):
        return f"'{after}': a fight someone took part in, a fighter's path, not an incident"
    word = grammar.first(d.doc.text[d.sent.start:d.cue.start].split(), "joining_verbs")
    return f"'{word}': a fighter's path (joined, then fought), not an incident" if word else None


def instrument(d: Draft) -> str | None:
    """"شنوا هجوما ... استخدموا خلاله أسلحة متوسطة وقذائف هاون", "مسلحين يحملون قنابل يدوية": the
    weapons used in an incident told before in the sentence, or in the one before it (shells,
    bombs), or carried by its attackers, are not an incident of their own."""
    if d.cue.cue.pos != "noun":
        return None
    before = d.doc.text[d.clause[0]:d.cue.start].split()[-INSTRUMENT_WORDS:]
    word = grammar.first(before, "instrument_verbs") or (
        None if grammar.any_of(before, "responsibility_words") else grammar.first(before, "carrying_verbs"))
    if word is not None and before[-1:] != [word] and before[-1] in grammar.words("prepositions"):
        return None  # "باستخدام غاز الكلور في قصف بلدة": the deed the weapon was used in ("استخدم في هجومه عجلات" is not)
    told = d.doc.sentences[max(0, d.sent.index - 1)].start if d.cue.cue.type == EXPLOSIONS else d.sent.start
    earlier = [c for c in d.doc.index["cues"].starting_in(told, d.cue.start) if c.end <= d.cue.start]
    return f"'{word}': the weapon of the incident told before it" if word and earlier else None

def figurative_target(d: Draft) -> str | None:
    """"حملته لمكافحة الفساد التي استهدفت مسؤولين": a campaign, a law or a sanction "targets"
    people with no weapon."""
    word = d.doc.text[d.cue.start:d.cue.end].split()[0]
    if not grammar.has(word, "targeting_verbs") or weapons_in(d.doc, d.clause[0], d.clause[1]):
        return None
    before = d.doc.text[max(d.clause[0], d.cue.start - FIGURATIVE_REACH):d.cue.start].split()
    head = next((w for w in before if grammar.has(w, "nonviolent_agents", prepositions=True)), None)
    after = d.doc.text[d.cue.end:d.cue.end + FIGURATIVE_REACH].split()[:1]
    word = after[0].strip(NAME_QUOTES) if after else ""  # ("استهدفت "حفظ الأمن"": a quoted aim)
    aim = word if word and (grammar.has(word, "nonviolent_aims")  # or the subject after the verb
                            or grammar.has(word, "nonviolent_agents")) else None
    what = head or aim
    return f"'{what}': a target with no weapon, not an attack" if what else None


def abstract_holding(d: Draft) -> str | None:
    """"السيطرة على العقول", "تمكن رجال الإطفاء من السيطرة على الحريق", "استعادة الثقة": control
    taken or regained over what is no place (`abstract_holdings`) is no change of territory; the
    noun may name who holds it first ("إنهاء سيطرة المسلحين على الاقتصاد")."""
    if d.cue.cue.sub != "by-actor":
        return None
    after = d.doc.text[d.cue.end:d.clause[1]].split()[:HOLDER_WORDS + 2]
    at = next((i for i, w in enumerate(after[:HOLDER_WORDS + 1]) if w in grammar.words("control_objects")), None)
    if at is not None:  # "سيطرة [المسلحين] على", "سيطر [المسلحون] على": the holder before على
        after = after[at + 1:]
    word = after[0].strip(WORD_END_PUNCT) if after else ""
    if at is None and not (word and grammar.has(word, "abstract_holdings")):
        # "استعادة إيران للعلاقات التجارية": the holder, then what it holds joined with ل
        word = next((w.strip(WORD_END_PUNCT) for w in after[1:HOLDER_WORDS + 1] if w.startswith("ل")), "")
        held = grammar.has(word, "abstract_holdings", prepositions=True)
    else:
        held = bool(word) and grammar.has(word, "abstract_holdings")
    return f"'{word}': control of what is no place" if held else None


def figurative_blow(d: Draft) -> str | None:
    """"وتمثل عودة الحكومة إلى عدن ضربة للمتمردين", "يعد سقوط المدينة بمثابة ضربة للتنظيم": a
    blow that something constitutes is a figure, no strike."""
    word = d.doc.text[d.cue.start:d.cue.end].split()[0]
    if d.cue.cue.pos != "noun" or not grammar.has(word, "blow_nouns") or weapons_in(d.doc, d.clause[0], d.clause[1]):
        return None
    before = d.doc.text[d.clause[0]:d.cue.start].split()[-BLOW_WORDS:]
    verb = next((w for w in before if grammar.has(w, "constitute_verbs")), None)
    return f"'{verb} ... {word}': a blow something constitutes, a figure" if verb else None


def figurative_explosion(d: Draft) -> str | None:
    """"انفجار في أسعار العقارات", "انفجار سكاني": an explosion of prices, of people or of anger
    (`exploding_things` right after the noun, or after "في") is a figure, no blast."""
    words = d.doc.text[d.cue.start:d.cue.end].split()
    if d.cue.cue.pos != "noun" or not words or not grammar.has(words[0], "explosion_nouns"):
        return None
    after = [w.strip(WORD_END_PUNCT) for w in d.doc.text[d.cue.end:d.clause[1]].split()[:2]]
    if after and after[0] in grammar.words("during"):
        after = after[1:]
    thing = next((w for w in [*words[1:], *after[:1]] if grammar.has(w, "exploding_things")), None)
    before = d.doc.text[d.clause[0]:d.cue.start].split()[-EXPLODING_WORDS:]  # "شهدت أسعار الأراضي انفجارا"
    if thing is None and grammar.any_of(before, "witness_verbs"):
        thing = next((w for w in before if grammar.has(w, "exploding_things")), None)
    return f"'{words[0]} ... {thing}': an explosion of something no bomb blows up, a figure" if thing else None


def merit(d: Draft) -> str | None:
    """"مشيدا بتضحيات قوات التحالف في تحرير عدن", "أشاد بدور الجيش في صد الهجمات": a noun cue after
    a word of merit (`merit_nouns`), its owner and "في" names the campaign a party is praised or
    weighed for, no incident."""
    if d.cue.cue.pos != "noun":
        return None
    words = d.doc.text[max(d.clause[0], d.cue.start - MERIT_CHARS):d.cue.start - prefix_len(d.doc, d.cue)].split()
    words = words[-MERIT_WORDS:]
    if not words or words[-1] not in grammar.words("merit_links"):
        return None
    word = next((w for w in words[:-1] if grammar.has(w, "merit_nouns", prepositions=True)), None)
    return f"'{word} ... في': the merit of a party in a campaign, no incident" if word else None


def countering(d: Draft) -> str | None:
    """"بحث الوزير سبل التصدي لتنظيم داعش", "تعهد بالتصدي لمن ينشر التطرف": countering told by its
    verbal noun is a policy or a pledge; "تمكنت القوات أمس من التصدي لهجوم" (achieved) is a fight."""
    start = d.cue.start - prefix_len(d.doc, d.cue)
    word = d.doc.text[start:d.cue.end]
    if word not in grammar.words("countering_nouns"):
        return None
    before = d.doc.text[max(d.sent.start, start - ACHIEVED_CHARS):start].split()
    if any(grammar.has(w, "achievement_verbs") for w in before):
        return None
    return f"'{word}': countering as a policy or a pledge, not a fight"


def fighting_a_party(d: Draft) -> str | None:
    """"على ألمانيا تقديم المزيد في قتال داعش", "مستمر في قتال التنظيم": the verbal noun of fighting
    with the party fought as its object, told with no day of its own and no dead, is the campaign
    against that party ("قتال بين", "قتال عنيف مع" tell fights)."""
    if d.cue.cue.pos != "noun" or d.cue.cue.type != BATTLES \
            or d.doc.text[d.cue.start:d.cue.end] not in grammar.words("fighting_nouns"):
        return None
    if d.doc.times_in(d.clause[0], d.clause[1]) or d.doc.index["deaths"].starting_in(d.sent.start, d.sent.end):
        return None
    fought = d.actors.starting_in(d.cue.end, d.cue.end + 2)
    after = d.doc.text[d.cue.end:d.cue.end + RECIPROCAL_CHARS].split()[:1]
    if not fought and grammar.any_of(after, "reciprocal_words"):  # "بدلا من قتال بعضها بعضا"
        return f"'{d.doc.text[d.cue.start:d.cue.end]} {after[0]}': fighting one another, no incident"
    if not fought:
        return None
    name = d.doc.text[fought[0].start:fought[0].end]
    return f"'{d.doc.text[d.cue.start:d.cue.end]} {name}': fighting a party, a campaign, not an incident"


def figurative_subject(d: Draft) -> str | None:
    """"داهمتها تطورات الأحداث", "داهمتهم السيول": a verb of attack or raid whose subject, right after
    it, is an event of nature or of time strikes no one with arms."""
    if d.cue.cue.pos != "verb":
        return None
    after = d.doc.text[d.cue.end:d.clause[1]].split()
    if after and not d.doc.text[d.cue.end:d.cue.end + 1].isspace():
        after = after[1:]  # the rest of the cue's own word ("داهمت[ها]")
    before = d.doc.text[d.clause[0]:d.cue.start].split()[-2:]  # "الأحداث داهمتها", "الأحداث قد داهمتها"
    if before and grammar.has(before[-1], "verb_particles"):
        before = before[:-1]
    word = next((w for w in after[:1] + before[-1:] if grammar.has(w, "figurative_subjects")), None)
    return f"'{word}': a figure of speech, no armed act" if word else None


def criticism(d: Draft) -> str | None:
    """"هاجم ترامب تكاليف البرنامج", "هاجم الرئيس وسائل الإعلام": attacked in words."""
    word = d.doc.text[d.cue.start:d.cue.end].split()[0]
    if not grammar.has(word, "attack_verbs") or weapons_in(d.doc, d.clause[0], d.clause[1]):
        return None
    after = d.doc.text[d.cue.end:d.clause[1]].split()[:2]
    if after and grammar.has(after[0], "press_subjects"):
        return f"'{word} {after[0]}': the press attacked in words, not with arms"
    what = next((w for w in after if grammar.has(w, "criticism_words", prepositions=True)), None)
    return f"'{word} {what}': attacked in words, not with arms" if what else None


def any_object(d: Draft) -> str | None:
    """"نفى الجيش استهداف أي مناطق مأهولة", "لم تسجل أي هجمات": "any" right after the cue (or
    before it) names no particular incident."""
    after = d.doc.text[d.cue.end:d.clause[1]].split()[:1]
    words = d.doc.text[d.clause[0]:d.cue.start - prefix_len(d.doc, d.cue)].split()
    before = words[-1:]
    if before and before[0] in grammar.words("alternative_links"):  # "أي أعمال تخريب أو شغب": the list's "any"
        before = words[-ANY_LIST_WORDS:-1]
    word = next((w for w in after + before if grammar.has(w, "any_words", prepositions=True)), None)
    return f"'{word}': no particular incident" if word else None


def more_of(d: Draft) -> str | None:
    """"تعهد بشن المزيد من الغارات على مواقع التنظيم": a cue right after "more of" (`more_of`) counts
    strikes to come or told in general, no particular incident."""
    words = d.doc.text[d.clause[0]:d.cue.start - prefix_len(d.doc, d.cue)].split()
    phrase = " ".join(words[-2:])
    if len(words) < 2 or not grammar.has(phrase, "more_of"):
        return None
    done = [i for i, w in enumerate(words[:-2]) if grammar.has(w, "more_done_words")]  # "وشن الطيران أمس المزيد من"
    if done and not (done[-1] and words[done[-1] - 1] in grammar.words("prepositions")):
        return None
    return f"'{phrase}': more of the kind, no particular incident"


def plot_foiled(d: Draft) -> str | None:
    """"أحبطت قوات الأمن هجوما كان يعد له مسلحون", "إحباط هجوم محتمل": an attack a verb of foiling
    stands a few words before (`foiling_verbs`, its subject perhaps between) and a word of plotting
    follows (`plot_words`) never happened ("أحبطت القوات هجوما للتنظيم على البلدة" is a fight)."""
    before = d.doc.text[d.clause[0]:d.cue.start - prefix_len(d.doc, d.cue)].split()[-FOILING_WORDS:]
    if not any(grammar.has(w, "foiling_verbs") for w in before):
        return None
    after = " " + " ".join(d.doc.text[d.cue.end:d.clause[1]].split()[:PLOT_WORDS]) + " "
    plot = next((p for p in grammar.suffixes("plot_words") if f" {p} " in after), None)
    return f"an attack foiled before it was made ('{plot}')" if plot else None


def stopped_before_done(d: Draft) -> str | None:
    """"اعتقلت قوات الأمن ثلاثة مسلحين قبل أن ينفذوا هجوما", "قتلت الشرطة انتحاريا قبل أن يفجر
    حزامه": a deed right after "قبل أن" (`stop_links`) and a verb of carrying it out
    (`carrying_out_verbs`, or that verb as the cue), an arrest, or a killing by a state's force, told
    before it in its sentence, was stopped before it was done."""
    words = d.doc.text[d.sent.start:d.cue.start - prefix_len(d.doc, d.cue)].split()[-CARRY_OUT_WORDS:]
    link = stop_link(words)
    if link is None:
        return None
    verbs = [*words[link + 2:], *d.doc.text[d.cue.start:d.cue.end].split()[:1]]  # "قبل أن [يفجر حزامه]"
    if not grammar.any_of(verbs, "carrying_out_verbs"):
        return None
    at = d.doc.text.rfind(words[link], d.sent.start, d.cue.start)
    told = [c for c in d.doc.index["cues"].starting_in(d.sent.start, at) if c.end <= at
            and (c.cue.sub == ARRESTS or c.cue.type in (BATTLES, VAC))]
    killed = any(pos != "noun" for _, _, pos in d.doc.index["deaths"].starting_in(d.sent.start, at))
    by_force = any(a.actor.inter == Inter.STATE for a in d.actors.starting_in(d.sent.start, at))
    if (told or killed) and (by_force or any(c.cue.sub == ARRESTS for c in told)):
        return f"'{words[link]} ... {verbs[0]}': stopped before it was done"
    return None


def fled_from(d: Draft) -> str | None:
    """"فروا من القتال الدائر في تلعفر", "بعد الهروب من معركة الموصل": the fighting people fled from
    (`flight_words`, then "من", right before the cue) is the war they left, no incident reported;
    a day of its own after it in its clause tells the incident ("فر السكان هربا من القصف على حلب
    أمس"; "وصلت العائلة قبل يومين بعد الفرار من القتال": the day of the arrival)."""
    words = d.doc.text[d.clause[0]:d.cue.start - prefix_len(d.doc, d.cue)].split()[-2:]
    if len(words) < 2 or words[1] not in grammar.words("from_prepositions") or not grammar.has(words[0], "flight_words") \
            or any(t.time_precision <= 1 for t in d.doc.times_in(d.cue.end, d.clause[1])):
        return None
    return f"'{words[0]} {words[1]}': the war people fled from, no incident reported"


def concern(d: Draft) -> str | None:
    """"الاتفاق يختص فقط بقتال تنظيم داعش", "يتعلق فقط بقتال", "يقتصر على مكافحة الإرهاب": a cue joined with ب, or
    after "على", right after a verb of concern (`concern_verbs`) is what a deal or a talk is about;
    a definite incident there ("معلومات تتعلق بالهجوم على المركز") is one that happened."""
    if definite(d.doc, d.cue):
        return None
    prefix = d.doc.text[d.cue.start - prefix_len(d.doc, d.cue):d.cue.start]
    words = d.doc.text[d.clause[0]:d.cue.start - len(prefix)].split()[-3:]
    before = [w for w in words if not grammar.has(w, "only_words")]
    if before and grammar.has(before[-1], "concern_prepositions"):
        before = before[:-1]
    elif not prefix.startswith(grammar.suffixes("concern_proclitics")):
        return None
    if not before:
        return None
    # "يتعلق فقط بقتال داعش": a verb of relation restricted by "only" is one of concern
    restricted = len(before) < len(words) and grammar.has(before[-1], "relation_verbs")
    return f"'{before[-1]}': what a deal or a talk is about" if restricted or grammar.has(before[-1], "concern_verbs") else None


def circumstance(d: Draft) -> str | None:
    """"خطف التنظيم 170 مدنيا خلال عملية مداهمة للمدينة": a raid or a search (a strategic noun
    cue) after "خلال [عملية]" (`circumstance_words`) in a sentence whose incident was told before
    it is that incident's circumstance, not one of its own (a fight during which men died stays: it is
    the incident)."""
    if not circumstance_noun(d.doc, d.cue, d.clause[0]):
        return None
    words = d.doc.text[d.clause[0]:d.cue.start - prefix_len(d.doc, d.cue)].split()
    if grammar.has(words[-1], "circumstance_heads"):
        words = words[:-1]
    # the incident may stand in the clause before ("خطف ... وذلك خلال عملية مداهمة")
    at = d.doc.text.rfind(words[-1], d.clause[0], d.cue.start)
    told = [c for c in d.doc.index["cues"].starting_in(d.sent.start, at) if c.end <= at]
    return f"'{words[-1]}': the circumstance of the incident told before it" if told else None


def trend(d: Draft) -> str | None:
    """"وسط تزايد هجمات الحزب ضد الجيش وشن سلاح الجو ضربات على أهدافه": deeds named by their nouns
    in a phrase of growth after "amid" (`trend_openers`, then a noun of `trend_nouns`, up to the cue
    with no mark between) tell how things go, not an incident."""
    if d.cue.cue.pos != "noun":
        return None
    before = d.doc.text[d.sent.start:d.cue.start]
    for opener in grammar.words("trend_openers"):
        at = before.rfind(f" {opener} ")
        rest = before[at + len(opener) + 2:] if at >= 0 else ""
        words = rest.split()
        # (the noun of growth opens the phrase, or stands right before the cue: "وسط غضب من تكرار استهداف")
        noun = next((w for w in (words[:1] + words[-1:]) if grammar.has(w, "trend_nouns")), None)
        if noun and not any(m in rest for m in PHRASE_BREAKS):
            return f"'{opener} ... {noun}': a trend, not an incident"
    return None


def arrest_trap(d: Draft) -> str | None:
    """"7 أشخاص اعتقلوا بعد عملية انتهت بكمين نصبه لهم جهاز الأمن": a trap (`trap_words`) told
    after an arrest in its sentence is how the arrest was made, not an attack."""
    word = d.doc.text[d.cue.start:d.cue.end].split()[0]
    if not grammar.has(word, "trap_words", prepositions=True):
        return None
    arrests = [c for c in d.doc.index["cues"].starting_in(d.sent.start, d.cue.start)
               if c.cue.type == STRATEGIC and c.cue.sub == ARRESTS]
    return "a trap laid to make the arrest told before it" if arrests else None


def post_attacked(d: Draft) -> str | None:
    """"استهدف مسلحون كمينا للشرطة", "هجوم على كمين أمني": the word of an ambush (`trap_words`) as
    what is attacked, right after a verb of targeting or attack and its subject, or after "على"
    or "ضد" following an incident noun, is a checkpoint (as Egyptian news calls one), no ambush."""
    word = d.doc.text[d.cue.start:d.cue.end].split()[0]
    if d.cue.cue.pos != "noun" or not grammar.has(word, "trap_words", prepositions=True):
        return None
    start = d.cue.start - prefix_len(d.doc, d.cue)
    before = d.doc.text[max(d.clause[0], start - POST_CHARS):start].split()
    hostile = next((i for i in range(len(before) - 1, -1, -1) if before[i] in grammar.words("target_prepositions")
                    or grammar.has(before[i], "attack_verbs") or grammar.has(before[i], "targeting_verbs")), None)
    if hostile is None or (before[hostile] in grammar.words("target_prepositions") and not _incident_noun_before(d, start)):
        return None  # "ردت القوات على كمين نصبه مسلحون": no attack on it
    attackers = before[hostile + 1:]
    if len(attackers) > POST_SUBJECT_WORDS:
        return None
    return f"'{word}' attacked ('{before[hostile]}'): a checkpoint, no ambush"


def _incident_noun_before(d: Draft, start: int) -> bool:
    """An incident noun cue ends right before the preposition that stands before `start` ("هجوم [على]")."""
    prep = d.doc.text.rfind(" ", d.clause[0], start - 1)
    return any(c.cue.pos == "noun" and 0 <= prep - c.end <= 1
               for c in d.doc.index["cues"].starting_in(prep - POST_CHARS, prep))


def question(d: Draft) -> str | None:
    """"هل شاهدت جثث سجناء أعدموا؟": a yes/no question asks; it tells no incident."""
    if not d.doc.text[d.sent.start:d.sent.end].rstrip().rstrip(CLOSING_MARKS).endswith(("؟", "?")):
        return None
    before = [w.lstrip(CLOSING_MARKS) for w in d.doc.text[d.sent.start:d.cue.start].split()]  # "** هل"
    word = next((w for w in before if grammar.has(w, "yes_no_questions")), None)
    return f"a yes/no question ('{word}'), not a report" if word else None


WALKOUT_CHARS = 70  # "انسحب الوفد من جلسة المفاوضات التي عقدت في جنيف [احتجاجا]": the act and its place


def protest_motive(d: Draft) -> str | None:
    """"انسحب من الاجتماع احتجاجا على", "استدعت سفيرها احتجاجا": an act done in protest (a walkout,
    a recall, a boycott) is no protest in the street."""
    if d.cue.cue.type != PROTESTS or d.doc.text[d.cue.start:d.cue.end] not in grammar.words("protest_adverbs"):
        return None
    # (its clause, or the words right before it past a comma: "واستدعت سفيرها للتشاور، احتجاجا")
    before = d.doc.text[min(d.clause[0], max(d.sent.start, d.cue.start - WALKOUT_CHARS)):d.cue.start].split()
    word = next((w for w in before if grammar.has(w, "walkout_verbs")), None)
    if word:
        return f"'{word} ... احتجاجا': an act done in protest, not a protest"
    sent = d.doc.sentence_at(d.cue.start)
    told = [c for c in d.doc.index["cues"].starting_in(sent.start, d.cue.start)
            if (c.cue.type in (PROTESTS, RIOTS) or grammar.has_bare(d.doc.text[c.start:c.end].split()[0], "clash_nouns"))
            and c.end <= d.cue.start]
    # "تظاهر المئات في المدينة احتجاجا على", "رشق شبان الجنود بالحجارة ... احتجاجا على", "مواجهات اندلعت
    # ... احتجاجا على": why the protest, the riot or the confrontations told before took place
    return f"'{d.doc.text[told[-1].start:told[-1].end]} ... احتجاجا': the motive of the protest told before it" if told else None


def crowd_going_out(d: Draft) -> str | None:
    """"لحظة خروج آلاف المشجعين من القاعة": a crowd going out (`going_out_words`) that names people
    gathered for no protest (fans, worshippers, shoppers: `gathered_crowds`) is no protest."""
    if d.cue.cue.type != PROTESTS or not grammar.has(d.doc.text[d.cue.start:d.cue.end].split()[0], "going_out_words"):
        return None
    after = d.doc.text[d.cue.start:d.clause[1]].split()[1:CROWD_NOUN_WORDS + 1]
    crowd = next((w for w in after if grammar.has(w.strip(WORD_END_PUNCT), "gathered_crowds")), None)
    if crowd:
        return f"'{crowd}': a crowd going out, no protest"
    # "يقضي بخروج الآلاف من شرق حلب": going out of a place, a departure
    left = d.doc.text[d.cue.end:d.cue.end + DEPARTURE_CHARS].split()[:1]
    place = next(iter(d.doc.places_in(d.cue.end, d.cue.end + DEPARTURE_CHARS)), None)
    return "going out of a place ('من'): a departure, no protest" if left and left[0] in grammar.words("from_prepositions") \
        and place is not None else None


def protest_as_scene(d: Draft) -> str | None:
    """"قتل خمسة خلال عملية أمنية في بلدة الدراز، حيث يعتصم أنصار الشيخ": a protest told after a
    word of place (`where_links`) right before it is the scene of the incident told before it in its
    sentence (`parties.protest_around`), no record of its own."""
    if d.cue.cue.type != PROTESTS:
        return None
    before = d.doc.text[max(d.sent.start, d.cue.start - WHERE_CHARS):d.cue.start - prefix_len(d.doc, d.cue)].split()[-1:]
    if not before or not grammar.has(before[0], "where_links"):
        return None
    told = [c for c in d.doc.index["cues"].starting_in(d.sent.start, d.cue.start) if c.end <= d.cue.start]
    return "a protest told as the scene of the incident before it ('حيث')" if told else None


def fire_at_the_raiders(d: Draft) -> str | None:
    """"شنت طائرات التحالف غارات على صنعاء، فيما ردت المضادات الأرضية بنيران كثيفة": the fire of
    air defences (`air_defences`, before the cue in its clause) after an air raid told before it in
    its sentence is the answer to that raid, no incident of its own."""
    if d.cue.cue.type not in (BATTLES, VAC) or d.cue.cue.pos == "verb":
        return None
    if not grammar.any_of(d.doc.text[d.clause[0]:d.cue.start].split(), "air_defences"):
        return None
    raids = [c for c in d.doc.index["cues"].starting_in(d.sent.start, d.clause[0])
             if c.cue.type == EXPLOSIONS and (c.cue.sub == AIR_STRIKE
                                              or any(w.weapon == "aircraft" for w in d.doc.index["weapons"].starting_in(c.start, c.end + 1)))]
    return "the air defences' fire at the raid told before it: part of that raid" if raids else None


def protesters_clash(d: Draft) -> str | None:
    """"تظاهر الآلاف في العاصمة ... واشتبكوا مع قوات الأمن": a clash verb joined by و to a protest told
    before it in its sentence, with no subject of its own (the protesters' verb goes on), is the
    protest's own violence (`protest_manner` makes it a violent demonstration), no battle."""
    if d.cue.cue.type != BATTLES or d.cue.cue.pos != "verb" or not d.doc.text[d.cue.start - prefix_len(d.doc, d.cue):d.cue.start]:
        return None
    told = [c for c in d.doc.index["cues"].starting_in(d.sent.start, d.cue.start) if c.cue.type == PROTESTS and c.end <= d.cue.start]
    if not told or any(a.actor.inter not in (Inter.PROTESTERS, Inter.RIOTERS, Inter.CIVILIANS)
                       for a in d.actors.starting_in(told[-1].end, d.cue.start)):
        return None
    return f"'{d.doc.text[told[-1].start:told[-1].end]} ... و{d.doc.text[d.cue.start:d.cue.end]}': the protesters of the protest told before clash, part of it"


def suspended(d: Draft) -> str | None:
    """"علقت القوات جزئيا العمليات العسكرية من قصف جوي", "أجلت الحكومة الهجوم": an incident
    suspended or postponed is not told as happening ("علق الوزير على الغارات" comments on one)."""
    before = d.doc.text[d.clause[0]:d.cue.start].split()[-SUSPENSION_WORDS:]
    word = None if not grammar.any_of(before, "suspension_words") else next((w for i, w in enumerate(before)
                 if grammar.has(w, "suspension_words")
                 and not any(grammar.has(x, "comment_prepositions") for x in before[i + 1:])), None)
    return f"'{word}': suspended or postponed, not told as happening" if word else None


def halted(d: Draft) -> str | None:
    """"أوقف الحزب القتال": stopping a fight is no detention (the object is no person)."""
    word = d.doc.text[d.cue.start:d.cue.end].split()[0]
    if d.cue.cue.sub != ARRESTS or not grammar.has(word, "halting_verbs"):
        return None
    after = d.doc.text[d.cue.end:d.clause[1]].split()
    what = next((w for w in after[:HALTED_REACH] if grammar.has(w, "halted_things")), None)
    if what is None:  # "أوقف مسلحون سيارة": a vehicle stopped ("أوقفت الشرطة سائق سيارة" detains its driver)
        what = next((w for i, w in enumerate(after[:HALTED_REACH]) if grammar.has(w, "road_vehicles")
                     and not (i and grammar.has(after[i - 1], "vehicle_people"))), None)
    if what is None and not d.doc.index["numbers"].starting_in(d.cue.end, d.clause[1]) \
            and not d.actors.starting_in(d.cue.end, d.clause[1])[1:]:  # "أوقفت الدول [التي ...] الرحلات": nobody named
        rest = d.doc.text[d.cue.end:d.sent.end].split()  # "أوقفت الدول التي قطعت العلاقات مع قطر، الرحلات"
        what = grammar.first(rest, "halted_services")
    return f"'{word} ... {what}': stopped, nobody detained" if what else None


def pretext(d: Draft) -> str | None:
    """"أحرقوا ثلاثة شبان بدعوى زرعهم عبوة ناسفة", "اعتقلت عشرة بحجة مشاركتهم في هجوم": the
    pretext or charge of an act, a few words before the cue, is alleged of its victims, not told."""
    words = d.doc.text[max(d.clause[0], d.cue.start - PRETEXT_CHARS):d.cue.start].split()[-PRETEXT_WORDS:]
    word = grammar.first(words, "pretext_words")
    return f"the pretext of an act ('{word}'), not an incident told" if word else None


def fire_source(d: Draft) -> str | None:
    """"المدفعية الأردنية تقصف مصدر إطلاق النار داخل سوريا": a fire named as the source a place is (a
    head of `fire_source_heads` right before it) was struck back; it tells no incident here."""
    if d.cue.cue.pos != "noun" or d.cue.cue.type != VAC or prefix_len(d.doc, d.cue):
        return None
    before = d.doc.text[max(d.clause[0], d.cue.start - FIRE_SOURCE_CHARS):d.cue.start].split()[-1:]
    if before and grammar.has(before[0], "fire_source_heads"):
        return f"'{before[0]} {d.doc.text[d.cue.start:d.cue.end]}': the source of a fire, struck back"
    return None


def noun_after_preposition(d: Draft) -> str | None:
    """"في قصف عنيف لقوات النظام", "بقصف": a word read both as a verb and as a noun is a noun after
    a preposition (`prepositions`, `clitic_prepositions`) or after the noun that heads it in a
    construct ("حادث دهس", "عملية طعن": `construct_heads`); its noun reading is the cue."""
    if d.cue.cue.pos != "verb":
        return None
    proclitic = d.doc.text[d.cue.start - prefix_len(d.doc, d.cue):d.cue.start]
    before = d.doc.text[max(0, d.cue.start - PREPOSITION_CHARS):d.cue.start - len(proclitic)].split()[-1:]
    after_preposition = proclitic[-1:] in grammar.words("clitic_prepositions") \
        or (not proclitic and bool(before) and (before[0] in grammar.words("prepositions")
                                                or grammar.has(before[0], "construct_heads", prepositions=True)))
    if after_preposition and any(c.cue.pos == "noun" and c.start == d.cue.start
                                 for c in d.doc.index["cues"].starting_in(d.cue.start, d.cue.start + 1)):
        return "after a preposition or a noun that heads it the word is a noun: its noun reading is the cue"
    return None


def crash_on_no_one(d: Draft) -> str | None:
    """"سقطت مقاتلة للنظام على ساحة مكتظة في كفرنبل ... قتل 12": a warplane's fall is the raid it flew
    only when it killed people on the ground; with no dead in its sentence, or only its crew
    ("تحطمت طائرة حربية ومقتل طيارها"), it is a crash."""
    first = d.doc.text[d.cue.start:d.cue.end].split()[0]
    if d.cue.cue.pos != "verb" or d.cue.cue.weapon != AIRCRAFT_WEAPON or not grammar.has(first, "crash_words"):
        return None  # ("سقطت أمس ثلاث مقذوفات": projectiles that fell, no aircraft)
    if not d.doc.index["deaths"].starting_in(d.sent.start, d.sent.end):
        return "a warplane fell and the sentence counts no dead: a crash, not a raid"
    if any(grammar.has(w.strip(PHRASE_BREAKS), "crew_words") for w in d.doc.text[d.sent.start:d.sent.end].split()):
        return "a warplane fell and its crew is named: a crash, not a raid"
    return None


def fighters_dead_in_violence(d: Draft) -> str | None:
    """"قتل ثمانية من عناصر داعش وجنديان في أعمال عنف بمحافظة الأنبار": "violence" that killed
    fighters or soldiers sums up a day's fighting, not a riot (ACLED: a riot is a crowd's)."""
    if d.cue.cue.type != RIOTS or d.doc.text[d.cue.start:d.cue.end] not in grammar.words("violence_words"):
        return None
    deaths = d.doc.index["deaths"].starting_in(d.sent.start, d.cue.start)
    if not deaths:
        return None
    armed = next((a for a in d.actors.starting_in(deaths[0][1], d.cue.start)
                  if a.actor.inter in NON_STATE_ARMED | {Inter.STATE, Inter.EXTERNAL}), None)
    if armed is None:
        return None
    return f"'{d.doc.text[armed.start:armed.end]}' among the dead of 'violence': fighting summed up, not a riot"
