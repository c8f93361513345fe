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
from functools import cache
from typing import Any

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
    words = [w.encode("utf-8") for w in _WORD.findall(text)]  # (each word encoded once)
    if len(words) < k:
        return {zlib.crc32(w) for w in words}
    return {zlib.crc32(b" ".join(gram)) for gram in zip(*(words[i:] for i in range(k)), strict=False)}


def signature(text: str) -> bytes | None:
    """The MinHash signature of a normalized text (None for a text without words)."""
    hs = shingles(text)
    if not hs:
        return None
    return _PACK.pack(*minima(list(hs)))


def minima(xs: list[int]) -> list[int]:
    """min over x of (a·x + b) mod p for every permutation (a, b), for 32-bit values x: the
    values of `minima_exact` (tests/test_dedup_minhash.py), computed with Arrow's vectorized
    unsigned 64-bit arithmetic, CHUNK values at a time (a minimum of minima per chunk).

    Element i·NUM_PERM + j holds x_i under permutation j. With a = a_hi·2^29 + a_lo and
    p = 2^61 − 1: a_lo·x < 2^61, and w = a_hi·x < 2^64 with w·2^29 ≡ (w >> 32) + ((w mod 2^32) << 29);
    their sum with b stays below 2^64 and one fold, r = (s mod 2^61) + (s >> 61) < p + 4, gives
    the residue or the residue plus p. The minimum over the rows is taken by folding; when no r
    reaches p (the largest r tells: one in about 2^59 does), the minima of r are the minima of
    the residues, else the residues are taken first (`_residues`)."""
    out: list[int] | None = None
    for i in range(0, len(xs), CHUNK):
        part = _chunk_minima(xs[i:i + CHUNK])
        out = part if out is None else [min(u, v) for u, v in zip(out, part, strict=True)]
    return out or []


CHUNK = 2048  # values per vectorized pass (the repeated permutation arrays: 64 · CHUNK · 24 bytes)


@cache
def _arrays() -> tuple[Any, ...]:
    # pyarrow (a dependency, for Parquet) only where signatures are computed: 0.3 s to import
    import pyarrow as pa

    u64 = pa.uint64()
    m = NUM_PERM * CHUNK
    rows = pa.array([i // NUM_PERM for i in range(m)], pa.uint32())  # element → its x
    tile = [pa.concat_arrays([pa.array(col, u64)] * CHUNK)
            for col in ([a >> 29 for a, _ in _PERMS], [a & (1 << 29) - 1 for a, _ in _PERMS], [b for _, b in _PERMS])]
    scalars = [pa.scalar(v, u64) for v in (_P, 61, 32, (1 << 32) - 1, 29)]
    return pa, u64, rows, *tile, *scalars


def _chunk_minima(xs: list[int]) -> list[int]:
    import pyarrow.compute as pc  # with pyarrow in _arrays()

    n = len(xs)
    r = _values(xs)
    if pc.max(r).as_py() >= _P:
        r = _residues(r)
    k = NUM_PERM
    while n > 1:
        # the element-wise minimum of up to FOLD runs of `rows` rows covering the n rows (the last
        # run moved back to end at the last row: a row in two runs changes no minimum)
        rows_ = -(-n // FOLD)
        runs = [r.slice(min(i * rows_, n - rows_) * k, rows_ * k) for i in range(-(-n // rows_))]
        r = pc.min_element_wise(*runs) if len(runs) > 1 else runs[0]
        n = rows_
    return [int(v) for v in r.to_pylist()]


def _values(xs: list[int]) -> Any:
    """Element i·NUM_PERM + j: a value below p + 4 congruent to (a·x_i + b) mod p for permutation
    j = (a, b) (`minima`)."""
    import pyarrow.compute as pc  # (pyarrow only where signatures are computed, as in _arrays)

    pa, u64, rows, a_hi, a_lo, b, p, s61, s32, m32, s29 = _arrays()
    m = len(xs) * NUM_PERM
    x = pc.take(pa.array(xs, u64), rows.slice(0, m), boundscheck=False)
    w = pc.multiply(a_hi.slice(0, m), x)
    t1 = pc.add(pc.shift_right(w, s32), pc.shift_left(pc.bit_wise_and(w, m32), s29))
    s = pc.add(pc.add(t1, pc.multiply(a_lo.slice(0, m), x)), b.slice(0, m))
    return pc.add(pc.bit_wise_and(s, p), pc.shift_right(s, s61))


def _residues(r: Any) -> Any:
    """r mod p of values r < 2p (`_chunk_minima`'s values before the minimum)."""
    import pyarrow.compute as pc  # (pyarrow only where signatures are computed, as in _arrays)

    p = _arrays()[6]
    return pc.if_else(pc.greater_equal(r, p), pc.subtract(r, p), r)


FOLD = 16  # runs of rows folded into one per pass of `_chunk_minima` (one pass instead of four halvings)


def minima_exact(xs: list[int]) -> list[int]:
    """`minima` one value at a time (the definition)."""
    return [min((a * x + b) % _P for x in xs) for a, b in _PERMS] if xs else []


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
