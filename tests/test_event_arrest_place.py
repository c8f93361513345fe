"""An arrest no place is named for is placed in the country of the state's police or forces that
made it, at the precision of a region (round 34); a place named wins; the town Arabic news calls
"بلدة الجزيرة" is Cizre. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from event_support import news, place

PUB = date(2015, 7, 24)


def test_an_arrest_without_a_place_is_in_its_police_s_country() -> None:
    text = "اعتقلت السلطات المغربية أمس رجلا يشتبه بانتمائه إلى تنظيم داعش."
    arrests = [e for e in news(text, PUB) if e.sub_event_type == "Arrests"]
    assert [(place(e), e.location.geo_precision if e.location else None) for e in arrests] == [("Morocco", 3)]
    loc = arrests[0].location
    assert loc is not None and loc.text == "السلطات المغربية"


def test_a_place_named_for_the_arrest_wins() -> None:
    text = "اعتقلت السلطات المغربية أمس رجلا يشتبه بانتمائه إلى تنظيم داعش في مدينة طنجة."
    assert [place(e) for e in news(text, PUB) if e.sub_event_type == "Arrests"] == ["Tangier"]


def test_the_town_of_al_jazira_is_cizre_and_the_syrian_jazira_stays_a_region() -> None:
    """"بلدة الجزيرة": Cizre (Jazirat ibn Umar) in Sirnak, as Arabic news names it; the Syrian
    Jazira region keeps its own name."""
    town = "هاجم مسلحون من حزب العمال الكردستاني أمس ثكنات للجيش في بلدة الجزيرة جنوب شرق تركيا."
    region = "قصفت طائرات التحالف أمس مواقع لتنظيم داعش في منطقة الجزيرة السورية."
    assert [place(e) for e in news(town, PUB)] == ["Cizre"]
    assert [place(e) for e in news(region, PUB)] == ["Jazira region (north-east Syria)"]


def test_one_states_arrests_told_by_its_forces_and_by_its_ministry_are_one() -> None:
    """Round 43: "قوات الأمن السعودية" and "وزارة الداخلية" name one state's arrests on one day."""
    text = ("تمكنت قوات الأمن السعودية أمس من تفكيك خلية إرهابية مرتبطة بتنظيم داعش. "
            "وأعلنت وزارة الداخلية أمس القبض على 16 عنصرا من أفراد الخلية.")
    assert len([e for e in news(text, PUB) if e.sub_event_type == "Arrests"]) == 1


def test_a_town_named_with_its_full_name_is_one_place() -> None:
    """Round 43: "بلدة خان بني سعد" is the town of Bani Saad, not an unknown town beside it."""
    text = "اقتاد مسلحون مجهولون أمس تسعة رجال من مقهى في بلدة خان بني سعد."
    assert [place(e) for e in news(text, PUB)] == ["Bani Saad"]
