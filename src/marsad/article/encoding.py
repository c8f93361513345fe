"""Bytes → text for Arabic pages and texts: UTF-8 (with or without BOM), UTF-16 with BOM,
windows-1256 and ISO-8859-6, declared (HTTP-equiv/meta charset, XML declaration) or sniffed.

Order of decisions:
1. a byte-order mark decides;
2. binary data (NUL bytes, many control bytes, known file signatures) is refused;
3. bytes that are valid UTF-8 and contain non-ASCII are UTF-8, whatever the page declares
   (legacy Arabic encodings are practically never valid UTF-8; pages that declare windows-1256
   after a re-encoding are common);
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


def decode_bytes(data: bytes, where: str) -> str:
    """Decode the bytes of a page or text file (see the module docstring). InputError when the
    data is empty, binary, or in no encoding that yields readable text."""
    if not data.strip():
        raise InputError("empty input", where)
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            text = data.decode(codec, errors="replace")
            return check_text(text, where)
    check_binary(data, where)
    utf8 = _strict(data, "utf-8")
    if utf8 is not None:
        return check_text(utf8, where)
    declared = declared_charset(data)
    if declared and declared not in {"utf-8", "ascii"}:
        as_declared = _strict(data, declared)
        if as_declared is not None and _arabic_share(as_declared) >= _arabic_share_best(data, declared):
            return check_text(as_declared, where)
    arabic = _best_arabic(data)
    if arabic is not None:
        return check_text(arabic, where)
    sniffed = _sniff(data)
    if sniffed:
        as_sniffed = _strict(data, sniffed)
        if as_sniffed is not None:
            _refuse_latin_garbage(as_sniffed, sniffed, where)
            return check_text(as_sniffed, where)
    # Mostly UTF-8 with a few broken bytes (a truncated multi-byte character, say).
    return check_text(data.decode("utf-8", errors="replace"), where)


def _refuse_latin_garbage(text: str, codec: str, where: str) -> None:
    """Bytes that only a Latin code page accepts, giving mostly accented letters ("ÃƒÂ©"), are in
    an encoding we cannot identify: refuse them rather than return garbage."""
    sample = text[:65536]
    letters = sum(map(str.isalpha, sample))
    accented = sum(1 for c in sample if "\u00c0" <= c <= "\u00ff")
    if letters and accented > 0.25 * letters and _arabic_share(sample) < 0.2:
        raise InputError(f"wrong encoding: not UTF-8 nor an Arabic code page (read as {codec}, the text is "
                         f"{accented} accented Latin letters out of {letters})", where)


def _best_arabic(data: bytes) -> str | None:
    """The bytes decoded with the Arabic code page (windows-1256 or ISO-8859-6) that yields the
    most Arabic letters, when most letters are Arabic; None otherwise."""
    best: tuple[float, str] | None = None
    for codec in ("cp1256", "iso8859_6"):
        text = _strict(data, codec)
        if text is not None:
            share = _arabic_share(text[:65536])
            if best is None or share > best[0]:
                best = (share, text)
    return best[1] if best is not None and best[0] >= 0.6 else None


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


def repair_mojibake(text: str) -> str | None:
    """UTF-8 that was decoded as Latin-1 or windows-1252 ("Ø§Ù„Ø£Ø®Ø¨Ø§Ø±"), decoded again;
    None when the text does not look like that or cannot be repaired."""
    sample = text[:20000]
    hits = len(_MOJIBAKE.findall(sample))
    if hits < 5 or hits < 0.02 * len(sample):
        return None
    for codec in ("cp1252", "latin_1"):
        try:
            return text.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return None


def check_text(text: str, where: str) -> str:
    """Refuse (or repair) decoded text that is not readable: mojibake, replacement characters,
    control characters. Returns the text to use."""
    fixed = repair_mojibake(text)
    if fixed is not None:
        text = fixed
    elif _MOJIBAKE.search(text[:20000]) and len(_MOJIBAKE.findall(text[:20000])) >= 20:
        raise InputError("wrong encoding: the text looks like UTF-8 decoded as Latin-1 and cannot be repaired",
                         where)
    sample = text[:65536]
    if not sample.strip():
        raise InputError("empty input", where)
    bad = sample.count("\ufffd")
    if bad and bad > max(3, 0.005 * len(sample)):
        raise InputError(f"wrong encoding: {bad} undecodable characters in the first {len(sample)}", where)
    if "\x00" in sample:
        raise InputError("binary data (NUL characters), not a text or HTML page", where)
    controls = len(_CONTROL.findall(sample))
    if controls > 0.01 * len(sample):
        raise InputError(f"binary data ({controls} control characters), not text", where)
    return text
