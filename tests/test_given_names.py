"""A person's gender from the given name (nomquamgender's table), and pronouns that use it."""

from __future__ import annotations

import json

import pytest

from pipeline.entities import entity_mentions, given_names
from pipeline.entities.given_names import given_name_gender, given_name_table, person_gender
from pipeline.quotes import quotes


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Martha Keller", "f"),
        ("Bouthaina Shaaban", "f"),
        ("Tom Rausch", "m"),
        ("Hussein Diab", "m"),
        ("François Dupont", "m"),  # diacritics as the table writes names
        ("Zoë Roe", "f"),
        # Negatives: a name used for both ("Jean"), a one-word name (a surname as often), none at all
        ("Jean Rondeau", None),
        ("Haley", None),
        ("", None),
        (None, None),
    ],
)
def test_given_name_gender(name, gender):
    assert given_name_gender(name) == gender


def test_a_kunya_outranks_the_given_name():
    assert person_gender("Umm Ahmad") == "f"  # "Ahmad" alone would be a man's name
    assert person_gender("Abu Maria") == "m"


def test_the_table_is_cached_whole_and_rebuilt_when_stale(tmp_path, monkeypatch):
    monkeypatch.setattr(given_names, "build_table", lambda: {"martha": "f"})
    cache = tmp_path / "names.json"
    cache.write_text(json.dumps({"version": "older", "names": {"martha": "m"}}))
    assert given_name_table(cache) == {"martha": "f"}  # a table of another version is built again
    assert json.loads(cache.read_text())["version"] == given_names.TABLE_VERSION


def run(nlp, text):
    doc = nlp(text)
    return [(q.speaker, q.quote) for q in quotes(doc, article_id="t", entities=entity_mentions(doc, article_id="t"))]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # SpeakerHistory.add: a woman's given name; "she" skips the man quoted or named in between
        ("Senator Martha Keller met Governor Tom Rausch in the capital. Rausch praised the bill. She said the bill "
         "would hurt farmers.", "Martha Keller"),
        # Negative: "he" still goes to the man
        ("Senator Martha Keller met Governor Tom Rausch in the capital. Keller praised the bill. He said the bill "
         "would help farmers.", "Tom Rausch"),
    ],
)
def test_a_pronoun_agrees_with_the_given_name(nlp, text, speaker):
    assert run(nlp, text)[-1][0] == speaker


def test_a_pronoun_speaker_s_gender_is_its_own(nlp):
    # quotes.gender_hint: "He promised ..., she said": the outer "she" is not the man of the inner clause
    found = run(nlp, "Senator Susan Collins met Brett Kavanaugh. He promised to respect precedent, she said.")
    assert found[0] == ("Susan Collins", "He promised to respect precedent")
