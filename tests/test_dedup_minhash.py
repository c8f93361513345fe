"""MinHash signatures computed all permutations' values at once (`minhash.minima`) equal the
definition (`minhash.minima_exact`), so signatures stored by earlier versions stay comparable."""

from __future__ import annotations

import hashlib
import zlib

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.dedup import minhash as mh

U32 = st.integers(min_value=0, max_value=2**32 - 1)


@settings(max_examples=200, deadline=None)
@given(st.lists(U32, min_size=1, max_size=300))
def test_minima_equal_the_definition(xs: list[int]) -> None:
    assert mh.minima(xs) == mh.minima_exact(xs)


def test_extreme_values() -> None:
    for xs in ([0], [2**32 - 1], [0, 2**32 - 1, 1, 2**31], list(range(1000))):
        assert mh.minima(xs) == mh.minima_exact(xs)
    assert mh.minima([]) == mh.minima_exact([]) == []


def test_signature_is_the_one_earlier_versions_stored() -> None:
    # sha256 of the signature the one-value-at-a-time implementation gave for this sentence
    sig = mh.signature("قصف الطيران الحربي بلدة كفرنبل في ريف إدلب الجنوبي صباح اليوم")
    assert sig is not None and len(sig) == 8 * mh.NUM_PERM
    assert hashlib.sha256(sig).hexdigest() == "f1babe77fc134ebdbf8887848482b59d4e742e99e81fe9bf9f7f914de3123d4d"


def test_long_inputs_are_taken_in_chunks() -> None:
    import random

    rng = random.Random(7)
    for n in (mh.CHUNK - 1, mh.CHUNK, mh.CHUNK + 1, 2 * mh.CHUNK + 3):
        xs = [rng.randrange(2**32) for _ in range(n)]
        assert mh.minima(xs) == mh.minima_exact(xs), n


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["قصف", "حلب", "ريف", "إدلب", "1", "الرقة", "x", "٣"]), max_size=12),
       st.sampled_from([" ", "  ", "، ", "\n", " - "]))
def test_shingles_are_the_hashed_word_grams(words: list[str], sep: str) -> None:
    # each word encoded once and its grams joined as bytes: the hashes of the joined grams
    found = mh._WORD.findall(sep.join(words))
    expected = ({zlib.crc32(w.encode("utf-8")) for w in found} if len(found) < mh.SHINGLE else
                {zlib.crc32(" ".join(found[i:i + mh.SHINGLE]).encode("utf-8")) for i in range(len(found) - mh.SHINGLE + 1)})
    assert mh.shingles(sep.join(words)) == expected


def test_minima_fold_runs_of_every_length() -> None:
    # the rows are folded FOLD runs at a time, the last run moved back: every count of rows
    import random

    rng = random.Random(11)
    for n in [*range(1, 2 * mh.FOLD + 3), mh.FOLD**2 - 1, mh.FOLD**2, mh.FOLD**2 + 1, 1000]:
        xs = [rng.randrange(2**32) for _ in range(n)]
        assert mh.minima(xs) == mh.minima_exact(xs), n


@settings(max_examples=100, deadline=None)
@given(st.lists(U32, min_size=1, max_size=40))
def test_values_before_the_minimum_are_congruent_and_below_p_plus_4(xs: list[int]) -> None:
    # the values folded into the minima: (a·x + b) mod p, or that plus p (then `_residues` first)
    got = mh._values(xs).to_pylist()
    expected = [(a * x + b) % mh._P for x in xs for a, b in mh._PERMS]
    assert len(got) == len(expected)
    assert all(v < mh._P + 4 and v % mh._P == e for v, e in zip(got, expected, strict=True))


def test_residues_of_values_up_to_p_plus_3() -> None:
    import pyarrow as pa

    values = [0, 1, mh._P - 1, mh._P, mh._P + 1, mh._P + 3, 2**60]
    assert mh._residues(pa.array(values, pa.uint64())).to_pylist() == [v % mh._P for v in values]


def test_minima_when_a_value_reaches_p(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # a value r ≥ p (one in 2^59): the residues are taken before the minimum. Forced here: every
    # value below 2^58 (the minima among them) moved up by p, which the minima must not see
    import pyarrow as pa
    import pyarrow.compute as pc

    xs = [5, 2**32 - 1, 77, 123456789, 0, 1]
    plain = mh._values
    low = pa.scalar(2**58, pa.uint64())

    def shifted(values: list[int]) -> object:
        r = plain(values)
        return pc.if_else(pc.less(r, low), pc.add(r, pa.scalar(mh._P, pa.uint64())), r)

    assert pc.max(shifted(xs)).as_py() >= mh._P  # (the path is taken)
    monkeypatch.setattr(mh, "_values", shifted)
    assert mh.minima(xs) == mh.minima_exact(xs)
