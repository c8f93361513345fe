"""One of the incidents a lead counts on its day, told apart later ("وفي حادث منفصل، ..."), takes
the lead's day, not the publication's (round 34); a lead that counts one incident lends no day to
a sentence opened as another; an incident told before and named again (after a preposition) in what
was said takes no day from the saying; a part opened by a topic shift lends its town, not the
headline's place; protests a day witnessed governorate by governorate are one each. Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

from event_support import news, place
from marsad.models import Article
from marsad.pipeline import extract_events

SUNDAY = date(2015, 7, 26)


def test_an_incident_the_lead_counted_takes_the_lead_s_day() -> None:
    text = ("أصيب ثمانية من رجال الشرطة في انفجارين مساء الجمعة في جنوب شرق تركيا. "
            "وقالت الشرطة إن الانفجار الأول استهدف دورية في مدينة ماردين. "
            "وفي حادث منفصل، جرح ثلاثة من أفراد الشرطة بهجوم بقنبلة يدوية على مخفر للشرطة في مدينة ديار بكر.")
    van = [e for e in news(text, SUNDAY) if place(e) == "Diyarbakir"]
    assert [e.event_date for e in van] == [date(2015, 7, 24)], [(e.sub_event_type, place(e), e.event_date) for e in news(text, SUNDAY)]


def test_a_lead_of_one_incident_lends_no_day_to_another() -> None:
    text = ("أصيب ثمانية من رجال الشرطة في انفجار مساء الجمعة في مدينة ماردين. "
            "وقال مسؤول إن التحقيقات بدأت لمعرفة الفاعلين. "
            "وفي حادث منفصل، جرح ثلاثة من أفراد الشرطة بهجوم بقنبلة يدوية على مخفر للشرطة في مدينة ديار بكر.")
    van = [e for e in news(text, SUNDAY) if place(e) == "Diyarbakir"]
    assert van and all(e.event_date != date(2015, 7, 24) for e in van)


def test_an_incident_told_before_and_named_in_what_was_said_keeps_its_own_day() -> None:
    """"وأعلن الوزير أمس أن الشرطة اعتقلت شخصا مرتبطا بالهجوم الانتحاري": the day of the saying is
    not the bombing's; the bombing is one record, on its own day."""
    text = ("تعهدت الحكومة بتشديد الإجراءات الأمنية غداة هجوم انتحاري ضرب مدينة ماردين وأودى بحياة عشرة أشخاص. "
            "وأعلن وزير الداخلية أمس أن الشرطة اعتقلت شخصا مرتبطا بالهجوم الانتحاري. "
            "ووقع التفجير أول من أمس في سوق المدينة.")
    bombs = [e for e in news(text, date(2015, 7, 22)) if e.sub_event_type == "Suicide bomb"]
    assert [e.event_date for e in bombs] == [date(2015, 7, 20)]



def test_a_part_opened_by_a_topic_shift_lends_its_town_not_the_headline_s() -> None:
    """"من جهة أخرى، ... في مدينة بعقوبة": a sentence of that part with no place of its own is in
    Baqubah, not in the headline's place."""
    title = "القوات العراقية تتقدم نحو مدينة الرمادي"
    body = ("تقدمت القوات العراقية أمس نحو مدينة الرمادي.\n\n"
            "من جهة أخرى، أفادت مصادر أمنية بأعمال عنف متفرقة شهدتها مدينة بعقوبة أمس.\n\n"
            "وأشارت المصادر إلى مقتل خمسة مدنيين في انفجار عبوة ناسفة داخل مقهى شعبي.")
    evs = extract_events(Article(id="t", title=title, body=body, published=date(2015, 7, 26), language="ar"))
    bombs = [e for e in evs if e.sub_event_type == "Remote explosive/landmine/IED" and not e.background]
    assert [place(e) for e in bombs] == ["Baqubah"], [(e.sub_event_type, place(e)) for e in evs]


def test_protests_a_day_witnessed_governorate_by_governorate_are_one_each() -> None:
    """"كما شهدت محافظات ميسان والمثنى وبابل مظاهرات": every governorate that witnessed them is a
    protest there, dated by the sentence before; not a summary over regions."""
    text = ("خرج آلاف المتظاهرين مساء الجمعة في ساحة التحرير ببغداد. "
            "كما شهدت محافظات ميسان والمثنى وبابل مظاهرات تطالب بتحسين الخدمات.")
    evs = news(text, date(2015, 8, 9))
    places = sorted(place(e) or "" for e in evs if e.event_type == "Protests")
    assert {"Maysan", "Muthanna", "Babil"} <= set(places), places


def test_a_separate_development_takes_no_year_of_a_place_s_history() -> None:
    """Round 50: "وفي تطور منفصل" opens another story: it is lent no time of the sentences before it
    (here a place's history, "عام 2014"), and the day a fight after "بعد" names is the day of the
    place taken by it."""
    text = ("قالت القوات العراقية إنها سيطرت على مبنى المحافظة في الجانب الغربي من الموصل بعد معارك مع مسلحي "
            "داعش يوم السبت. وقال ضابط إن قواته تقترب من الجامع الكبير، حيث ألقى زعيم التنظيم خطبته الأولى عام 2014. "
            "وفي تطور منفصل، قال مسؤولون إن غارة جوية للتحالف أصابت منزلا في حي الزهراء شرقي المدينة.")
    found = [(e.sub_event_type, e.event_date, e.background) for e in extract_events(
        Article(id="t", title=None, body=text, published=SUNDAY, language="ar"))]
    assert ("Government regains territory", date(2015, 7, 25), False) in found, found
    assert [d for sub, d, bg in found if sub == "Air/drone strike"] == [SUNDAY], found

