"""Title-case headlines: the tagger reads each capitalised word as a name, so a casualty word right after
a count ("... Rises to 11 44 Injured") is the count's type as it is in lower case (casualties.types.classify,
the word after the figure). Invented headlines, positives and negatives."""

from __future__ import annotations

import pytest

from tests.test_casualties import figures


@pytest.mark.parametrize(
    ("text", "number", "kind"),
    [
        ("Death Toll from Rocket Attacks on Aleppo City Rises to 11 44 Injured\n\nEleven civilians were killed and "
         "44 others were injured in rocket attacks on Friday.", 44, "wounded"),
        ("Shelling on Two Districts Leaves 20 Wounded\n\nTwenty people were wounded on Monday.", 20, "wounded"),
    ],
)
def test_a_capitalised_casualty_word_after_a_headline_count_types_it(nlp, text, number, kind):
    first = next(f for f in figures(nlp, text) if f.number == number)
    assert first.type == kind


@pytest.mark.parametrize(
    ("text", "number", "kind"),
    [
        # a capitalised noun after the count is the victims, and the verb before types them
        ("Air Strikes Kill 12 Civilians in Aleppo\n\nTwelve civilians were killed on Monday.", 12, "killed"),
        ("Four Killed in Shelling of Aleppo Neighbourhood\n\nFour people were killed on Monday.", 4, "killed"),
    ],
)
def test_a_headline_count_without_its_own_casualty_word_keeps_its_verb(nlp, text, number, kind):
    first = next(f for f in figures(nlp, text) if f.number == number)
    assert first.type == kind
