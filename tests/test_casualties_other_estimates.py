"""Two sources' counts of one toll: the later is a report of its own, marked `estimate_of` the first so
that series and sums count those victims once (dedupe.with_other_estimates, run in analyse after every
source is known). Invented texts, positives and negatives."""

from __future__ import annotations

import pytest

from pipeline.analyse import analyse_doc, geocoder_for
from pipeline.records import Article

LEAD = "Air strikes on two villages near Manbij killed at least 85 civilians on Tuesday, activists said. "


def casualties(nlp, text):
    article = Article("t", "t", "t", "unknown", "", None, None, text, len(text.split()))
    return analyse_doc(nlp(text), article, geocoder_for(False)).casualties


def figure(found, number):
    return next(f for f in found if f.number == number)


@pytest.mark.parametrize("later, number", [
    ("The Syrian Observatory for Human Rights said 56 civilians were killed in the strikes on the villages.", 56),
    ("Turkey's Anadolu Agency put the death toll at 120.", 120),
    ("The Syrian Observatory for Human Rights gave a lower toll of 51 dead for the strikes.", 51),
])
def test_another_sources_count_of_the_toll_is_its_estimate(nlp, later, number):
    found = casualties(nlp, LEAD + later)
    assert figure(found, number).estimate_of == figure(found, 85).figure_id
    assert figure(found, 85).estimate_of is None


@pytest.mark.parametrize("later, number", [
    # other victims
    ("The Syrian Observatory for Human Rights said 56 soldiers were killed in the strikes.", 56),
    # more victims
    ("Another 56 were killed in the attack, the Observatory said.", 56),
    # another place and day
    ("The Observatory said 56 civilians were killed in rebel shelling of Aleppo on Monday.", 56),
    # too far from the first count to be one toll
    ("The Observatory said 200 civilians were killed in the strikes.", 200),
    # the same source's other count: no second source (an update says so: `updates`)
    ("The activists said 56 civilians were killed in the strikes on the first village.", 56),
    # no word that names the events again
    ("The Syrian Observatory for Human Rights said 56 civilians were killed.", 56),
])
def test_other_counts_are_no_estimates(nlp, later, number):
    assert figure(casualties(nlp, LEAD + later), number).estimate_of is None


def test_a_repeat_of_the_same_count_stays_a_repeat(nlp):
    found = casualties(nlp, LEAD + "Turkey's Anadolu Agency put the death toll at 85.")
    second = [f for f in found if f.number == 85][1]
    assert second.repeats is not None and second.estimate_of is None


def test_the_nearest_toll_before_is_the_one_estimated(nlp):
    text = (
        "Shelling killed 30 people in Homs on Monday, SANA said. Later that day, a car bomb in Homs killed "
        "12 people, activists said. The Syrian Observatory for Human Rights said the car bomb killed 15."
    )
    found = casualties(nlp, text)
    assert figure(found, 15).estimate_of == figure(found, 12).figure_id


def test_a_sentence_of_two_tolls_estimates_neither(nlp):
    text = (
        "Rebel shelling killed 14 people in government-held Aleppo, state media said. The Syrian Observatory for "
        "Human Rights said the shelling killed 9 people, and air strikes on rebel areas killed 20."
    )
    found = casualties(nlp, text)
    assert figure(found, 9).estimate_of is None and figure(found, 20).estimate_of is None


@pytest.mark.parametrize("text, number", [
    # the first toll names part of the dead a larger toll holds
    ("Air strikes on Mayadin killed 25 children on Saturday, UNICEF said. "
     "The Syrian Observatory for Human Rights said the strikes killed 47 people.", 47),
    # a toll of one more event: "the strike" may name the one before it
    ("An air strike on Boukamal killed 12 people on Tuesday, activists said. Another air strike hit a village "
     "in the northwest on Tuesday, killing nine people. The Amaq agency said the strike killed seven people.", 7),
    # victims counted in addition to the toll
    ("Air strikes on Douma killed at least eight volunteers on Saturday, activists said. The Shaam News Network "
     "said the strikes killed 60 fighters in addition to six civilians.", 6),
    # a second wave, told as such, and a running total
    ("Air strikes on a school in Ariha killed 20 civilians on Monday, the civil defence said. Hours later, jets "
     "returned. The Syrian Observatory for Human Rights said the new raids killed 14 civilians.", 14),
    ("Air strikes on a school in Ariha killed 20 civilians on Monday, the civil defence said. The Syrian Observatory "
     "for Human Rights said the strikes killed 14 more, bringing the toll from the strikes to 34.", 34),
    # a second attack
    ("A suicide bomber killed 25 people at a checkpoint in Jableh on Monday, SANA said. A second bomber blew himself "
     "up at the bus station. The Syrian Observatory for Human Rights said 40 people died in the attack.", 40),
    # another place between: the attack on Damascus
    ("Regime bombardment killed 30 people in Douma on Monday, the White Helmets said. Rebel rocket fire hit Damascus. "
     "SANA said 18 people were killed in the attack.", 18),
    # a total over a longer time
    ("Twenty people were killed in air strikes on Idlib city on Monday, the Syrian Observatory for Human Rights said. "
     "The UN said the strikes had killed 40 people over the weekend.", 40),
    # the strike and later ones
    ("An air strike on a hospital in Maarat al-Numan killed 12 people, the UOSSM charity said. The Syrian Observatory "
     "for Human Rights said 18 people were killed in the strike and subsequent strikes on the town.", 18),
    ("Air strikes killed 20 people in Douma on Monday morning, activists said. Jets struck the town again in the "
     "evening. The Syrian Observatory for Human Rights said the strikes killed 11 people.", 11),
    ("Rebel shells killed 10 people in Mhardeh on Monday, SANA said. In retaliation, government forces launched an "
     "assault on the town. The Syrian Observatory for Human Rights said the assault killed 15 people.", 15),
    ("Two suicide bombers struck Qamishli on Monday. The first attack killed 25 people, activists said. The Syrian "
     "Observatory for Human Rights said the attack killed 40 people.", 40),
])
def test_tolls_of_other_victims_events_waves_places_or_periods_are_no_estimates(nlp, text, number):
    assert figure(casualties(nlp, text), number).estimate_of is None
