"""Bytes → text for Arabic pages and texts: UTF-8 (with or without BOM), UTF-16 with BOM,
windows-1256 and ISO-8859-6, declared (HTTP-equiv/meta charset, XML declaration) or sniffed.

Order of decisions:
1. a byte-order mark decides;
2. binary data (NUL bytes, many control bytes, known file signatures) is refused;
3. bytes that are valid UTF-8 and contain non-ASCII are UTF-8, whatever the page declares
   (legacy Arabic encodings are practically never valid UTF-8; pages that declare windows-1256
   after a re-encoding are common);
3b. bytes that are UTF-8 but for a few invalid sequences (a damaged byte, a cut character) are
   UTF-8 too, the bad sequences replaced by U+FFFD and counted (`Decoded.replaced`): when the page
   declares UTF-8 and at least as many characters decode well as badly, or without a declaration
   when at most 2 % of the non-ASCII characters are bad. A legacy Arabic code page read as UTF-8
   gives almost only bad sequences, so it never passes for UTF-8;
4. a declared charset that decodes the bytes without error (unless another Arabic code page
   gives clearly more Arabic letters: pages declare the wrong one);
5. otherwise the Arabic code page that gives the most Arabic letters, when most letters are;
6. otherwise charset-normalizer chooses among the single-byte encodings; text that only a Latin
   code page accepts and that comes out as accented letters is refused as a wrong encoding.
Text that still looks wrong (replacement characters, UTF-8 read as Latin-1 "Ø§Ù„") is repaired
when the damage is reversible, and refused with a clear reason when it is not.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from marsad.errors import InputError

_DECLARED = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)|<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""",
    re.IGNORECASE,
)
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF file"), (b"\x89PNG", "a PNG image"), (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"), (b"PK\x03\x04", "a ZIP archive (or office document)"),
    (b"\x1f\x8b", "gzip-compressed data"), (b"BZh", "bzip2-compressed data"),
    (b"\xd0\xcf\x11\xe0", "an old office document"), (b"\x7fELF", "an executable"),
    (b"RIFF", "a RIFF media file"), (b"\x00\x00\x00", "binary data"),
)
# Encodings tried when the bytes are not UTF-8 (Arabic first; Latin ones for stray pages).
_CANDIDATES = ["cp1256", "iso8859_6", "cp720", "cp864", "cp1252", "latin_1"]
# UTF-8 decoded as Latin-1/cp1252: Arabic letters become "Ø" or "Ù" followed by another char.
_MOJIBAKE = re.compile(r"[ØÙÚÛ][\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# The characters either pattern starts with: a text holding none of them has no match (a few
# `in` tests in C, against a pass of the regular expression over the text each).
_MOJIBAKE_LEADS = "ØÙÚÛ"
_CONTROLS = "".join(map(chr, [*range(0x09), 0x0B, *range(0x0E, 0x20), 0x7F]))


def _codec_name(label: str) -> str | None:
    try:
        return codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first 4 KB (a Python codec name), if any."""
    m = _DECLARED.search(data[:4096])
    if not m:
        return None
    label = (m.group(1) or m.group(2)).decode("ascii", "ignore")
    return _codec_name(label)


def check_binary(data: bytes, where: str) -> None:
    """Refuse data that is not text: file signatures, NUL bytes, many control bytes."""
    head = data[:4096]
    for sig, what in _SIGNATURES:
        if head.startswith(sig):
            raise InputError(f"binary data ({what}), not a text or HTML page", where)
    sample = data[:65536]
    if b"\x00" in sample:
        raise InputError("binary data (NUL bytes), not a text or HTML page", where)
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32 or b == 127)
    if sample and controls / len(sample) > 0.01:
        raise InputError(f"binary data ({controls} control bytes in the first {len(sample)}), not text", where)


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _sniff(data: bytes) -> str | None:
    from charset_normalizer import from_bytes  # on first use: 0.15 s to import

    best = from_bytes(data[:262144], cp_isolation=_CANDIDATES).best()
    if best is None:
        return None
    return _codec_name(best.encoding)


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str  # a Python codec name
    replaced: int = 0  # invalid byte sequences replaced by U+FFFD


def decode_bytes(data: bytes, where: str) -> str:
    """Decode the bytes of a page or text file (see the module docstring). InputError when the
    data is empty, binary, or in no encoding that yields readable text."""
    return decode_report(data, where).text


def decode_report(data: bytes, where: str) -> Decoded:
    """`decode_bytes` with the encoding chosen and the number of bad sequences replaced."""
    if not data.strip():
        raise InputError("empty input", where)
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            text = data.decode(codec, errors="replace")
            return Decoded(check_text(text, where), codec)
    check_binary(data, where)
    utf8 = _strict(data, "utf-8")
    if utf8 is not None:
        return Decoded(check_text(utf8, where), "utf-8")
    declared = declared_charset(data)
    mostly = _mostly_utf8(data, declared_utf8=declared == "utf-8")
    if mostly is not None:
        text, bad = mostly
        return Decoded(check_text(text, where, replaced=bad), "utf-8", bad)
    if _utf8_arabic(data):
        # Arabic UTF-8 with too many bad bytes for 3b: no code page reads it better (windows-1256
        # would give "ط§ظ„" garbage); check_text refuses it when the replacements are too many.
        text = data.decode("utf-8", errors="replace")
        return Decoded(check_text(text, where), "utf-8", text.count("\ufffd") - data.count(_FFFD_BYTES))
    if declared and declared not in {"utf-8", "ascii"}:
        as_declared = _strict(data, declared)
        if as_declared is not None and _arabic_share(as_declared) >= _arabic_share_best(data, declared):
            return Decoded(check_text(as_declared, where), declared)
    arabic = _best_arabic(data)
    if arabic is not None:
        return Decoded(check_text(arabic[1], where), arabic[0])
    sniffed = _sniff(data)
    if sniffed:
        as_sniffed = _strict(data, sniffed)
        if as_sniffed is not None:
            _refuse_latin_garbage(as_sniffed, sniffed, where)
            return Decoded(check_text(as_sniffed, where), sniffed)
    # UTF-8 with more broken bytes than 3b accepts, and no other encoding fits: refused by
    # check_text when the replacements are too many.
    text = data.decode("utf-8", errors="replace")
    return Decoded(check_text(text, where), "utf-8", text.count("\ufffd") - data.count(_FFFD_BYTES))


_FFFD_BYTES = "\ufffd".encode()
_ARABIC_PAIR = re.compile(rb"[\xd8-\xdb][\x80-\xbf]")
_HIGH = re.compile(rb"[\x80-\xff]")


def _utf8_arabic(data: bytes) -> bool:
    """Whether most non-ASCII bytes form UTF-8 Arabic letters (a lead byte D8-DB and a
    continuation byte): the text is UTF-8, however damaged."""
    sample = data[:65536]
    high = len(_HIGH.findall(sample))
    return high >= 8 and 2 * len(_ARABIC_PAIR.findall(sample)) >= 0.6 * high


def _mostly_utf8(data: bytes, declared_utf8: bool) -> tuple[str, int] | None:
    """The bytes as UTF-8 with the invalid sequences replaced, and how many there were, when
    they are few (see 3b in the module docstring); None otherwise."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count(_FFFD_BYTES)
    good = sum(1 for c in text if c > "\x7f") - bad - data.count(_FFFD_BYTES)
    if bad <= 0 or good <= 0:
        return None
    if (declared_utf8 and good >= bad) or bad * 50 <= good:
        return text, bad
    return None


def _refuse_latin_garbage(text: str, codec: str, where: str) -> None:
    """Bytes that only a Latin code page accepts, giving mostly accented letters ("ÃƒÂ©"), are in
    an encoding we cannot identify: refuse them rather than return garbage."""
    sample = text[:65536]
    letters = sum(map(str.isalpha, sample))
    accented = sum(1 for c in sample if "\u00c0" <= c <= "\u00ff")
    if letters and accented > 0.25 * letters and _arabic_share(sample) < 0.2:
        raise InputError(f"wrong encoding: not UTF-8 nor an Arabic code page (read as {codec}, the text is "
                         f"{accented} accented Latin letters out of {letters})", where)


def _best_arabic(data: bytes) -> tuple[str, str] | None:
    """(codec, text): the bytes decoded with the Arabic code page (windows-1256 or ISO-8859-6)
    that yields the most Arabic letters, when most letters are Arabic; None otherwise."""
    best: tuple[float, str, str] | None = None
    for codec in ("cp1256", "iso8859_6"):
        text = _strict(data, codec)
        if text is not None:
            share = _arabic_share(text[:65536])
            if best is None or share > best[0]:
                best = (share, codec, text)
    return (best[1], best[2]) if best is not None and best[0] >= 0.6 else None


def _arabic_share(text: str) -> float:
    letters = sum(1 for c in text if c.isalpha())
    if not letters:
        return 0.0
    return sum(1 for c in text if "\u0621" <= c <= "\u064a") / letters


def _arabic_share_best(data: bytes, declared: str) -> float:
    """The best Arabic-letter share another Arabic legacy encoding gives (to catch a wrong
    declaration such as ISO-8859-6 declared for windows-1256 bytes)."""
    best = 0.0
    for codec in ("cp1256", "iso8859_6"):
        if codec == declared:
            continue
        text = _strict(data[:65536], codec)
        if text is not None:
            best = max(best, _arabic_share(text))
    return best - 0.05


def _mojibake_hits(sample: str) -> int:
    """How many `_MOJIBAKE` pairs the sample holds."""
    if not any(c in sample for c in _MOJIBAKE_LEADS):
        return 0
    return len(_MOJIBAKE.findall(sample))


def repair_mojibake(text: str) -> str | None:
    """UTF-8 that was decoded as Latin-1 or windows-1252 ("Ø§Ù„Ø£Ø®Ø¨Ø§Ø±"), decoded again;
    None when the text does not look like that or cannot be repaired."""
    return _repaired(text, _mojibake_hits(text[:20000]))


def _repaired(text: str, hits: int) -> str | None:
    """`repair_mojibake` of a text whose first 20,000 characters hold `hits` mojibake pairs."""
    if hits < 5 or hits < 0.02 * min(len(text), 20000):
        return None
    for codec in ("cp1252", "latin_1"):
        try:
            return text.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return None


def check_text(text: str, where: str, replaced: int = 0) -> str:
    """Refuse (or repair) decoded text that is not readable: mojibake, replacement characters,
    control characters. Returns the text to use. `replaced`: replacement characters the decoder
    put in for a few bad bytes it accepted (not held against the text)."""
    hits = _mojibake_hits(text[:20000])
    fixed = _repaired(text, hits)
    if fixed is not None:
        text = fixed
    elif hits >= 20:
        raise InputError("wrong encoding: the text looks like UTF-8 decoded as Latin-1 and cannot be repaired",
                         where)
    sample = text[:65536]
    if not sample.strip():
        raise InputError("empty input", where)
    bad = sample.count("\ufffd") - replaced
    if bad > 0 and bad > max(3, 0.005 * len(sample)):
        raise InputError(f"wrong encoding: {bad} undecodable characters in the first {len(sample)}", where)
    if "\x00" in sample:
        raise InputError("binary data (NUL characters), not a text or HTML page", where)
    controls = len(_CONTROL.findall(sample)) if any(c in sample for c in _CONTROLS) else 0
    if controls > 0.01 * len(sample):
        raise InputError(f"binary data ({controls} control characters), not text", where)
    return text
