"""MinHash signatures of documents, for recognising near-duplicates (syndicated copies, re-posts).

A document's shingles are its overlapping word 3-grams of the normalized text, hashed with CRC-32
(stable across processes, unlike Python's `hash`). The signature is the minimum of 64 universal
hash permutations over them; two signatures agree in a position with probability equal to the
Jaccard similarity of the shingle sets. LSH banding (16 bands of 4 rows) finds candidates in one
indexed lookup: a pair with Jaccard 0.8 shares at least one band with probability 0.9996, a pair
with Jaccard 0.3 with probability 0.12.
"""

from __future__ import annotations

import random
import re
import struct
import zlib

NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS
SHINGLE = 3
_P = (1 << 61) - 1
_rng = random.Random(20240611)
_PERMS = tuple((_rng.randrange(1, _P), _rng.randrange(0, _P)) for _ in range(NUM_PERM))
_WORD = re.compile(r"\w+", re.UNICODE)
_PACK = struct.Struct(f"<{NUM_PERM}Q")


def shingles(text: str, k: int = SHINGLE) -> set[int]:
    """Hashed word k-grams of `text` (already normalized); a short text gives its words."""
    words = _WORD.findall(text)
    if len(words) < k:
        return {zlib.crc32(w.encode("utf-8")) for w in words}
    return {zlib.crc32(" ".join(words[i:i + k]).encode("utf-8")) for i in range(len(words) - k + 1)}


def signature(text: str) -> bytes | None:
    """The MinHash signature of a normalized text (None for a text without words)."""
    hs = shingles(text)
    if not hs:
        return None
    p = _P
    return _PACK.pack(*[min((a * x + b) % p for x in hs) for a, b in _PERMS])


def bands(sig: bytes) -> tuple[str, ...]:
    """The LSH bucket of each band of a signature (hex digests, stored and looked up as text)."""
    width = ROWS * 8
    return tuple(format(zlib.crc32(sig[i * width:(i + 1) * width]), "08x") + format(i, "02x")
                 for i in range(BANDS))


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of the texts behind two signatures."""
    va, vb = _PACK.unpack(a), _PACK.unpack(b)
    return sum(1 for x, y in zip(va, vb, strict=True) if x == y) / NUM_PERM


def jaccard(text_a: str, text_b: str) -> float:
    """Exact Jaccard similarity of the shingle sets (for tests and benchmarks)."""
    sa, sb = shingles(text_a), shingles(text_b)
    if not sa and not sb:
        return 1.0
    return len(sa & sb) / len(sa | sb)
