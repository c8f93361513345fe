"""Who tells of an incident and who did it (round 50 split these from `marsad.extract.roles`): a
teller whose reported clause opens with a subject of its own is no party to the deed ("قالت الشرطة
إن رجلا ... هاجمه"); a party inside the subject of a verb of saying is no victim ("أعلنت القيادة
العامة لقوات التحالف أن ...")."""

from __future__ import annotations

import re

from marsad.extract import grammar
from marsad.extract.context import markers_in
from marsad.extract.mentions import ActorMention
from marsad.extract.positions import Scene
from marsad.extract.sides import a_teller

TELLING_WORDS = 3  # "أعلنت [القيادة العامة ل]قوات التحالف أن": from the verb of saying to a party in its subject
NAMED_ASIDE = re.compile(r"^(\s*[^\s،]*)\s*،[^،.]{1,40}،")  # "الصومالية[، محمد حسين،] إن": a name between commas
TELLER_WORDS = 3  # "قالت الشرطة [الماليزية إن كيم]": the teller's adjective, the opener and the subject after it


def tells_of_another(sc: Scene, a: ActorMention) -> bool:
    """"قالت الشرطة الماليزية إن كيم جونغ نام توفي بعد أن هاجمته امرأتان": a teller whose reported
    clause (`reported_openers`) opens with a subject of its own, not one of the teller's ("إن
    قواته"), tells of another's deed."""
    if not a_teller(sc.doc, a):
        return False
    # "قال الضابط في الشرطة الصومالية، محمد حسين، إن انتحاريا فجر": the teller's name set off by commas
    words = NAMED_ASIDE.sub(r"\1", sc.doc.text[a.end:sc.cue.start], count=1).split()[:TELLER_WORDS]
    at = next((i for i, w in enumerate(words) if w in grammar.words("reported_openers")), None)
    return at is not None and at + 1 < len(words) and words[at + 1].isalpha() \
        and not words[at + 1].endswith(grammar.suffixes("pronoun_suffixes"))


def in_the_telling(sc: Scene, a: ActorMention) -> bool:
    """"أعلنت القيادة العامة لقوات التحالف أن أحد منسوبي القوات المسلحة استشهد": a party inside the
    subject of a verb of saying (a few words after it, the reported clause opening right after them)
    tells of the incident; it is not its victim."""
    after = sc.doc.text[a.end:sc.cue.start].split()[:TELLER_WORDS]
    if not any(w in grammar.words("complementizers") or w in grammar.words("reported_openers") for w in after[:2]):
        return False
    return any(m.kind == "attribution" and len(sc.doc.text[m.end:a.word_start].split()) <= TELLING_WORDS
               for m in markers_in(sc.doc, sc.sent.start, a.word_start))
