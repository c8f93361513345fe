"""Words that look like dates but are not: each text must yield no temporal expression."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.extract.times import find_times
from marsad.text.normalize import norm

P = date(2015, 7, 22)

NEGATIVES = [
    "قال أيار محمد إن الوضع هادئ",  # أيار as a name
    "قتل أب وابنه في القصف",  # آب folds to اب, "father"
    "وصل آب إلى المستشفى",
    "مارس الجيش ضغوطاً على المدنيين",  # مارس "he practised"
    "شارك ماي في الاجتماع",
    "رمضان عبد الله قائد الفصيل",  # رمضان as a name
    "قال شعبان إن المعارك توقفت",
    "يعد ذلك محرم دولياً",
    "بدأ العمل من الصفر",
    "اشترى سيارة نيسان",
    "أحرز الأحد عشر لاعبا الفوز",  # eleven, not Sunday
    "جاء في المركز الأول",  # الأول without a month
    "الفريق الأول ركن",
    "أيام الجمعة يغلق السوق",  # habitual
    "تقام الصلاة كل يوم الجمعة",
    "قتل 17 شخصا",  # a count, not a day
    "عين اليوم – واشنطن",  # a newspaper's name in its dateline, not today
    "أكثر من 2000 مقاتل",
    "قرار مجلس الأمن 2254",
    "قوى 14 آذار",  # the names of movements
    "ثورة 25 يناير",
    "تيار الغد",
    "انفجرت عبوة ناسفة قرب حي واحد حزيران",  # places named after a day (round 43)
    "أطلق مسلحون النار على حارس مجمع 7 نيسان",
    "سقطت قذيفة على مدرسة 8 شباط في الحي",
    "حركة الجمعة",  # a movement named for a day: no article on the noun before it
    "اليوم التالي للهجوم",  # the narrative's day
    "في اليوم نفسه",
    "في تلك الليلة",
    "في الماضي كانت المدينة هادئة",
    "الأمين العام للأمم المتحدة",
    "قبل يومين من الانتخابات",  # before another event, not before publication
    "خلال أسبوع واحد",  # a duration
    "منذ سنوات",  # too vague
    "غدا الوضع أكثر خطورة",  # غدا "became"
    "ليلة دامية في المدينة",
    "هنأه صباح الأحمد",
    "مساء الخير",
    "محمد جمعة",
    "3/4 السكان",
    "الساعة 10:30",
    "العرب السنة",
    "الربيع العربي",
    "السابع عشر",
    "يوم القيامة",
    "في عام واحد",
    "حرب حزيران",
    "عشرات القتلى",
    "بعد يومين من الهجوم",
    "على بعد 2000 م من الحدود",
    "الرأي العام",
    "قال الكاتب إن المسألة غدا الحل فيها صعبا",
    "بلغت الحصيلة مقتل 1446 شخصا",  # a count in the range of Hijri years
    "تسبب في 1446 حالة",
    "أسفر في 2015 قتيلا",
    "وبالخلط بين الاثنين يثير كيري حالة من الارتباك",  # "the two", not Monday
    "أطلق حزب فلامس بلانغ حملة",  # فلامس is no ف + ل + أمس
    "أمهل التنظيم الرهائن الـ72 ساعة القادمة",  # the hours ahead (round 39)
    "في الـ24 ساعة المقبلة",
    "خلال 48 ساعة من الإنذار",  # a duration, no article
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_a_date(text: str) -> None:
    assert [t.text for t in find_times(norm(text), P)] == []


def test_enough_negatives() -> None:
    assert len(NEGATIVES) >= 25
