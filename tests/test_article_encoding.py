"""Bytes → text: UTF-8 with or without BOM, windows-1256, ISO-8859-6 (declared or sniffed), and
refusals with a reason (empty, binary, wrong encoding)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.article.encoding import declared_charset, decode_bytes
from marsad.errors import InputError

TEXT = ("أعلنت وزارة الدفاع أن قواتها نفذت غارات جوية على مواقع في ريف دير الزور الشرقي، "
        "ما أسفر عن مقتل خمسة مسلحين وإصابة آخرين بجروح.")


def _page(charset: str | None, body: str = TEXT) -> str:
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if charset else ""
    return f"<html><head>{meta}<title>عنوان</title></head><body><p>{body}</p></body></html>"


@pytest.mark.parametrize(("data", "label"), [
    (TEXT.encode("utf-8"), "utf-8"),
    (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8 with BOM"),
    (TEXT.encode("utf-16"), "utf-16 with BOM"),
    (TEXT.encode("cp1256"), "windows-1256, sniffed"),
    (TEXT.encode("iso8859_6"), "iso-8859-6, sniffed"),
    (_page("windows-1256").encode("cp1256"), "windows-1256, declared"),
    (_page("iso-8859-6").encode("iso8859_6"), "iso-8859-6, declared"),
    (_page("windows-1256").encode("utf-8"), "utf-8 bytes declared windows-1256"),
    (_page("iso-8859-6").encode("cp1256"), "windows-1256 bytes declared iso-8859-6"),
    (_page("utf-8").encode("cp1256"), "windows-1256 bytes declared utf-8"),
])
def test_decodes(data: bytes, label: str) -> None:
    assert TEXT in decode_bytes(data, label)


def test_unrepairable_mojibake_is_a_wrong_encoding() -> None:
    from marsad.article.encoding import check_text

    broken = TEXT.encode("utf-8").decode("latin-1").replace("\x84", "").replace("\x8a", "x")
    with pytest.raises(InputError, match="wrong encoding"):
        check_text(broken * 3, "doc-9")


def test_mojibake_is_repaired() -> None:
    broken = TEXT.encode("utf-8").decode("latin-1")
    assert decode_bytes(broken.encode("utf-8"), "x") == TEXT


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty input"),
    (b"   \n\t ", "empty input"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data (a PNG image)"),
    (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3", "binary data (a PDF file)"),
    (bytes(range(256)) * 10, "binary data"),
    (b"text with a NUL\x00 byte " * 10, "binary data"),
    # bytes that only a Latin code page accepts, giving accented-letter soup
    (bytes([0xE0, 0xE2, 0xE7, 0xE8, 0xE9, 0xF4, 0xF9, 0xFB, 0xFC, 0x20]) * 30, "wrong encoding"),
])
def test_refused_with_reason(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as e:
        decode_bytes(data, "doc-7")
    assert reason in str(e.value) and "doc-7" in str(e.value)


@pytest.mark.parametrize(("head", "codec"), [
    (b'<meta charset="windows-1256">', "cp1256"),
    (b"<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-6'>", "iso8859-6"),
    (b'<?xml version="1.0" encoding="UTF-8"?>', "utf-8"),
    (b"<meta charset=bogus-charset>", None),
    (b"<p>no declaration</p>", None),
])
def test_declared_charset(head: bytes, codec: str | None) -> None:
    assert declared_charset(head) == codec


_ARABIC = st.text(alphabet=st.sampled_from("ابتثجحخدذرزسشصضطظعغفقكلمنهويةىءأإآؤئ ،."), min_size=40,
                  max_size=400).filter(lambda s: sum(c.isalpha() for c in s) >= 30)


@settings(max_examples=60, deadline=None)
@given(_ARABIC, st.sampled_from(["utf-8", "cp1256"]))
def test_arabic_text_round_trips(text: str, codec: str) -> None:
    assert decode_bytes(text.encode(codec), "x") == text
