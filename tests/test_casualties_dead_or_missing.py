"""'300 people have died or gone missing', '8,000 were jailed or went missing': a count of either harm
is of no one type and gives no figure (cues.goes_missing gives MIXED_HARMS after "or"), while each harm
with its own count stays. Invented sentences, positives and negatives."""

from __future__ import annotations

import pytest

from tests.test_casualties import figures, pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Since March, 300 people have died or gone missing at sea.", []),
        ("More than 40 people were killed or went missing in the floods.", []),
        ("Twelve people were killed or are missing after the landslide.", []),
        ("By May 8,000 people had been jailed or gone missing.", []),
        # each harm its own count, or one harm alone
        ("At least 12 people died and 30 went missing.", [(12, "killed"), (30, "missing")]),
        ("Since March, 300 people have gone missing at sea.", [(300, "missing")]),
        ("Twenty people were killed or wounded.", [(20, "killed_or_wounded")]),
        # "went" with no "missing": no second harm
        ("Twelve people were killed and the village went quiet.", [(12, "killed")]),
    ],
)
def test_dead_or_missing_together_count_no_one_harm(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected
