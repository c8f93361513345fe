"""Bytes → text: UTF-8 with or without BOM, windows-1256, ISO-8859-6 (declared or sniffed), and
refusals with a reason (empty, binary, wrong encoding)."""

from __future__ import annotations

import json
from pathlib import Path

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


# ---------------------------------------------------------------- damaged UTF-8 (issue 12, item 2)

def _damage(data: bytes, k: int, how: str) -> bytes:
    """The bytes with the k-th non-ASCII lead byte broken: replaced by 0xFF, or cut (its first
    continuation byte removed), or a stray continuation byte inserted before it."""
    leads = [i for i, b in enumerate(data) if b >= 0xC2 and b <= 0xF4]
    i = leads[(k * 7919) % len(leads)]
    if how == "ff":
        return data[:i] + b"\xff" + data[i + 1:]
    if how == "cut":
        return data[:i + 1] + data[i + 2:]
    return data[:i] + b"\x80" + data[i:]


def _utf8_samples() -> list[Path]:
    from marsad.config import SAMPLES_DIR

    return [p for p in sorted(SAMPLES_DIR.iterdir()) if p.suffix in (".html", ".txt")
            and p.read_bytes().isascii() is False and _strict_utf8(p.read_bytes())]


def _strict_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _check_damaged(data: bytes, damaged: bytes, where: str) -> None:
    from marsad.article.encoding import decode_report

    clean = data.decode("utf-8")
    got = decode_report(damaged, where)
    assert got.encoding == "utf-8" and 1 <= got.replaced <= 2, where
    assert abs(len(got.text) - len(clean)) <= 2
    same = sum(a == b for a, b in zip(got.text, clean, strict=False))
    tail = sum(a == b for a, b in zip(reversed(got.text), reversed(clean), strict=False))
    assert same + tail >= len(clean) - 4, where  # all but the damaged character are as they were


@pytest.mark.parametrize("how", ["ff", "cut", "stray"])
@pytest.mark.parametrize("k", range(4))
def test_one_bad_byte_in_a_utf8_sample_keeps_it_utf8(how: str, k: int) -> None:
    samples = _utf8_samples()
    assert len(samples) >= 3
    for path in samples:
        data = path.read_bytes()
        _check_damaged(data, _damage(data, k, how), f"{path.name} {how} {k}")


def test_one_bad_byte_in_a_page_declaring_utf8_keeps_it_utf8() -> None:
    page = _page("utf-8", TEXT * 3).encode("utf-8")
    damaged = _damage(page, 1, "ff")
    assert TEXT in decode_bytes(damaged, "declared")  # at least one copy is intact
    assert "\ufffd" in decode_bytes(damaged, "declared")


def test_legacy_pages_still_decode_as_their_code_page() -> None:
    from marsad.article.encoding import decode_report
    from marsad.config import SAMPLES_DIR

    legacy = decode_report((SAMPLES_DIR / "anbar_ied_legacy.html").read_bytes(), "legacy")
    assert legacy.encoding == "cp1256" and legacy.replaced == 0
    assert decode_report(TEXT.encode("cp1256"), "cp1256").encoding == "cp1256"
    assert decode_report(_page("utf-8").encode("cp1256"), "wrongly declared").encoding == "cp1256"


def test_many_bad_bytes_are_not_utf8() -> None:
    data = TEXT.encode("utf-8")
    for i in range(0, len(data), 9):  # one byte in nine broken: not "a few"
        data = data[:i] + b"\xff" + data[i + 1:]
    with pytest.raises(InputError):
        decode_bytes(data, "broken")


def test_real_shared_pages_damaged_byte_by_byte() -> None:
    from conftest import require_shared

    pages = [p for p in sorted(require_shared("html").glob("*.htm*")) if _strict_utf8(p.read_bytes())]
    if not pages:
        pytest.skip("no UTF-8 page in the shared html folder")
    for path in pages:
        data = path.read_bytes()
        for k in range(5):
            for how in ("ff", "cut", "stray"):
                _check_damaged(data, _damage(data, k, how), f"{path.name} {how} {k}")


def test_ingest_records_how_many_bytes_were_replaced(tmp_path: Path) -> None:
    from sqlalchemy import text as sql

    from marsad.config import SAMPLES_DIR
    from marsad.ingest.runner import ingest
    from marsad.store import open_store

    data = (SAMPLES_DIR / "deir_ezzor_shelling.html").read_bytes()
    (tmp_path / "page.html").write_bytes(_damage(data, 2, "ff"))
    store = open_store(tmp_path / "db.sqlite")
    s = ingest(store, [str(tmp_path / "page.html")])
    with store.engine.connect() as conn:
        meta, body = conn.execute(sql("SELECT meta, body FROM documents")).one()
    store.close()
    assert s.documents_added == 1
    assert json.loads(meta)["replaced_characters"] == 2  # 0xFF and the continuation byte it orphaned
    assert "دير الزور" in body and "ط§" not in body  # not read as windows-1256
