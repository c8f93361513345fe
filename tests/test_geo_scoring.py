"""The ranking of a name's candidates (`marsad.geo.scoring.top_two`): the best candidate and the
margin to the next are those of the candidates sorted by score, highest first, stably."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from marsad.geo.scoring import top_two


@given(st.lists(st.sampled_from([-3.0, 0.0, 0.5, 1.25, 2.0, 7.125]), min_size=2, max_size=12))
@example([1.0, 1.0])
@example([0.5, 2.0, 2.0])
def test_top_two_is_the_head_of_the_stable_sort(scores: list[float]) -> None:
    ranked = sorted(((s, i) for i, s in enumerate(scores)), key=lambda x: (-x[0], x[1]))
    assert top_two(scores) == (ranked[0][1], ranked[0][0], ranked[1][0])
