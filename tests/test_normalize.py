from __future__ import annotations

import importlib
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.text import norm, norm_key, normalize
from marsad.text.normalize import nfkc

_normalize_module = importlib.import_module("marsad.text.normalize")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("أعلنت", "اعلنت"),
        ("إيران", "ايران"),
        ("آب", "اب"),
        ("ٱلله", "الله"),
        ("مستشفى", "مستشفي"),
        ("مدينة", "مدينه"),
        ("مؤتمر", "موتمر"),
        ("قائد", "قايد"),
        ("شنّ", "شن"),
        ("مسيّرة", "مسيره"),
        ("قـاعدة", "قاعده"),
        ("الـ17", "ال17"),
        ("١٣ هجوماً", "13 هجوما"),
        ("۲۴", "24"),
        ("“كونيكو”", '"كونيكو"'),
        ("«داعش»", '"داعش"'),
        ("a\u00a0b", "a b"),
        ("ب\u200fغداد", "بغداد"),
        ("\ufeffسوريا", "سوريا"),
        ("ﻻ", "لا"),
        ("ﺑﻐﺪﺍﺩ", "بغداد"),
        ("CNN", "cnn"),
        ("کرکوک", "كركوك"),
        ("2015–2016", "2015-2016"),
    ],
)
def test_normalize_table(raw: str, expected: str) -> None:
    assert norm(raw) == expected
    assert normalize(raw).text == expected


def test_norm_key_collapses_space() -> None:
    assert norm_key("  دير   الزور \n") == "دير الزور"


def test_offsets_map_back_to_original_words() -> None:
    raw = "وأكد البنتاغون شنّ طائرات أميركية، مساء الأحد، غارات قرب حقل “العمر”"
    nt = normalize(raw)
    i = nt.text.index("شن")
    assert nt.original_text(i, i + 2) == "شنّ"
    j = nt.text.index("العمر")
    assert nt.original_text(j, j + 5) == "العمر"
    k = nt.text.index("اميركيه")
    assert nt.original_text(k, k + 7) == "أميركية"


def test_offsets_after_expansion() -> None:
    raw = "ﻻ بد من بغداد"
    nt = normalize(raw)
    assert nt.text == "لا بد من بغداد"
    i = nt.text.index("بغداد")
    assert nt.original_text(i, i + 5) == "بغداد"
    assert nt.original_text(0, 2) == "ﻻ"


_alphabet = st.sampled_from(list("ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآةىؤئ ـًٌٍَُِّْ0123456789٠١٢٣٤٥٦٧٨٩،.؟\n«»“”ﻻﺑﻐ\u200f\u00a0ABCxyz"))


@settings(max_examples=300, deadline=None)
@given(st.text(_alphabet, max_size=60))
def test_every_span_maps_back_to_the_same_characters(raw: str) -> None:
    nt = normalize(raw)
    assert nt.text == norm(raw)
    for start in range(len(nt.text)):
        for end in range(start + 1, min(len(nt.text), start + 6) + 1):
            a, b = nt.to_original(start, end)
            assert 0 <= a <= b <= len(raw)
            # The original characters, normalized, give back exactly the normalized span.
            assert norm(raw[a:b]) == nt.text[start:end] or _inside_expansion(nt, start, end)


def _inside_expansion(nt, start: int, end: int) -> bool:  # type: ignore[no-untyped-def]
    return any(s < end and start < e for s, e, _ in nt.spans_of_expansions)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_normalize_never_fails_and_is_idempotent(raw: str) -> None:
    once = norm(raw)
    assert norm(once) == once or any(0xFB50 <= ord(c) <= 0xFEFF for c in once)


_FOLDED_OR_DELETED = "".join(chr(cp) for cp in sorted(_normalize_module._TABLE))


@given(st.text(alphabet=st.one_of(st.sampled_from(_FOLDED_OR_DELETED), st.sampled_from("قتل الرقة 17\n،"),
                                  st.characters(max_codepoint=0x2FFFF)), max_size=60))
def test_the_sequence_table_translates_as_the_fold_table(text: str) -> None:
    # the fast path translates with a list indexed by code point: the same text as the dict
    expected = text.translate(_normalize_module._TABLE)
    assert text.translate(_normalize_module._SEQ_TABLE) == expected
    if _normalize_module._is_simple(text):
        assert norm(text) == expected


# spaces, combining marks (ordered or not, composing with the letter before them), presentation
# forms, compatibility characters that decompose to a space and a mark
_NFKC_ALPHABET = st.sampled_from(list("اوي هeا \n\u0651\u064e\u0650\u0654\u0653\u0655\u0301\u0308\u0344"
                                      "ﻻﺑ\u00a0\u00a8\u00b4\u02d8\u2026\u2033ےۓ\u1100\u1161\u11a8"))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.text(_NFKC_ALPHABET, max_size=12), st.text(max_size=6)), max_size=60))
def test_nfkc_piece_by_piece_is_nfkc(parts: list[str]) -> None:
    # long texts are normalized piece by piece between spaces: the same text as NFKC of the whole
    text = " ".join(parts) * 3
    assert nfkc(text) == unicodedata.normalize("NFKC", text)
    assert nfkc(text[:50]) == unicodedata.normalize("NFKC", text[:50])
