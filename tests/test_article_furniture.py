"""Page furniture and breadcrumbs: the phrases are data (furniture.yaml), the rules are tested here
with invented breadcrumbs and lines."""

from __future__ import annotations

import pytest

from marsad.article.furniture import (
    clean_sections,
    furniture,
    line_key,
    line_keys,
    looks_like_breadcrumb,
    split_breadcrumb,
)


@pytest.mark.parametrize(("line", "parts"), [
    # parts run together: joins after ة/ى, before a known section head, at a second article
    ("أخبار سوريةدير الزورقسم الأخبار", ["أخبار سورية", "دير الزور", "قسم الأخبار"]),
    ("أخبار سوريةدرعامحليات", ["أخبار سورية", "درعا", "محليات"]),
    ("أخبار العراقالأنبارقسم التقارير", ["أخبار العراق", "الأنبار", "قسم التقارير"]),
    ("محلياتريف حلب", ["محليات", "ريف حلب"]),
    ("تقارير وتحقيقاتمحافظة دير الزور", ["تقارير وتحقيقات", "محافظة دير الزور"]),
    ("الرئيسيةأخبار عربيةالعراق", ["الرئيسية", "أخبار عربية", "العراق"]),
    ("سياسةالشرق الأوسط", ["سياسة", "الشرق الأوسط"]),
    ("العراقالأنبارالرمادي", ["العراق", "الأنبار", "الرمادي"]),
    # separators decide when present
    ("الرئيسية » أخبار » سوريا", ["الرئيسية", "أخبار", "سوريا"]),
    ("الرئيسية > العراق > أمن", ["الرئيسية", "العراق", "أمن"]),
    ("الرئيسية / محليات / ريف دمشق", ["الرئيسية", "محليات", "ريف دمشق"]),
    # words that only look like joins stay whole
    ("الاستقبالات", ["الاستقبالات"]),
    ("والأخبار", ["والأخبار"]),
    ("أخبار سورية", ["أخبار سورية"]),
])
def test_split_breadcrumb(line: str, parts: list[str]) -> None:
    assert split_breadcrumb(line) == parts


@pytest.mark.parametrize(("line", "expected"), [
    ("أخبار سوريةدير الزورقسم الأخبار", True),
    ("الرئيسية » أخبار » سوريا", True),
    ("محلياتريف حلب", True),
    ("الرئيسية", True),
    ("تركيا تعلن تنفيذ غارات جديدة على مواقع لتنظيم داعش قرب مدينة الباب", False),
    ("قتل ثلاثة مدنيين بقصف على ريف إدلب.", False),
    ("دير الزور", False),
    ("عمان - سانا", False),
])
def test_looks_like_breadcrumb(line: str, expected: bool) -> None:
    assert looks_like_breadcrumb(line) is expected


def test_clean_sections_drops_home_and_title() -> None:
    parts = ["الرئيسية", "أخبار العراق", "أمن", "مقتل أربعة جنود بانفجار عبوة"]
    assert clean_sections(parts, "مقتل أربعة جنود بانفجار عبوة") == ("أخبار العراق", "أمن")


@pytest.mark.parametrize(("line", "expected"), [
    ("اترك تعليقاً", True),
    ("اترك تعليقًا", True),
    ("زر الذهاب إلى الأعلى", True),
    ("شارك", True),
    ("واتساب", True),
    ("Share", True),
    ("اقرأ أيضاً: مقتل ثلاثة مدنيين بقصف على ريف إدلب", True),
    ("الوسوم: دير الزور، قسد، قصف", True),
    ("منذ 3 ساعات", True),
    ("صورة أرشيفية لعناصر من الجيش", True),
    ("منذ بداية الشهر الجاري قتل عشرون مدنياً في القصف.", False),
    ("وذكرت وزارة الدفاع أن الطائرات قصفت ثلاثة مخازن للسلاح.", False),
    ("شارك العشرات في مظاهرة أمام مبنى المحافظة للمطالبة بالإفراج عن المعتقلين.", False),
    ("المزيد من القتلى في قصف جديد على البلدة", False),
])
def test_furniture_lines(line: str, expected: bool) -> None:
    assert furniture().is_line(line) is expected


@pytest.mark.parametrize(("para", "furniture_paragraph"), [
    ("بريدك الإلكتروني لن يظهر مع تعليقك. الحقول الإلزامية مشار إليها بعلامة *", True),
    ("يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.", True),
    ("ترحب الشبكة بالنقاش الحيوي والمفيد، ننصحك بمراجعة إرشادات الاستخدام وسياسة الخصوصية"
     " وشروط استخدام الموقع قبل المشاركة بتعليقك على الأخبار المنشورة في الموقع كل يوم.", True),
    ("جميع الحقوق محفوظة © 2024", True),
    ("وقالت الشركة إن سياسة الخصوصية الجديدة تتيح لها جمع بيانات المستخدمين ومشاركتها مع شركات"
     " الإعلان، وهو ما أثار انتقادات واسعة من منظمات حقوقية في أوروبا والولايات المتحدة خلال الأسبوع.",
     False),
    ("قتل ثلاثة مدنيين بقصف مدفعي على قرية الطيانة.", False),
])
def test_furniture_paragraphs(para: str, furniture_paragraph: bool) -> None:
    assert furniture().is_furniture_paragraph(para) is furniture_paragraph


def test_line_keys_match_line_key() -> None:
    lines = ["«اترك تعليقاً»", "قُتل ثلاثة مدنيين — بينهم امرأة", "", "ﻻ تعليق"]
    assert line_keys(lines) == [line_key(ln) for ln in lines]
    assert line_key("ﻻ تعليق") == "لا تعليق"
