"""Where a source phrase stands in the text (pipeline/quotes/found.py): whole words, as a regex bounded by
word characters would find them."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.quotes.found import whole_word_occurrences, written_span

# Letters, a digit, "_" (a word character), an Arabic letter, a combining accent (not one), punctuation.
_TEXT = list("hetsa bé_1ع.-\u0301")


@settings(max_examples=400, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from(_TEXT), max_size=40),
    phrase=st.text(alphabet=st.sampled_from(_TEXT), min_size=1, max_size=4),
)
def test_whole_word_occurrences_are_what_a_word_bounded_regex_finds(text, phrase):
    expected = [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", text)]
    assert whole_word_occurrences(text, phrase) == expected


@pytest.mark.parametrize(
    "text, phrase, found",
    [
        ("the man said he left", "he", [(13, 15)]),  # not inside "the"
        ("he_said he", "he", [(8, 10)]),  # "_" joins words
        ("aa aa", "a", []),
        ("aaa", "aa", []),
        ("x aa aa", "aa", [(2, 4), (5, 7)]),
        ("a a a", "a a", [(0, 3)]),  # no overlaps: the next search starts where a match ends
        ("Idlib's governor", "Idlib", [(0, 5)]),
    ],
)
def test_whole_word_occurrences_of_invented_sentences(text, phrase, found):
    assert whole_word_occurrences(text, phrase) == found


def test_written_span_takes_the_occurrence_at_or_nearest_the_head_word():
    text = "The minister spoke. Later the minister said the toll rose."
    assert written_span(text, "the minister", 34) == (26, 38)
    assert written_span(text, "minister", 2) == (4, 12)
    assert written_span(text, "governor", 2) is None and written_span(text, None, 2) is None
