"""A share of a running total ("De ese total, ...", "Of these, ...") was read by three
routes with three tests of which total it shares: a sentence with no incident word took
its own counts as totals, an incident sentence with no measure word borrowed the total's
measure only right after it, and a pronoun's share was made a total only in an incident
sentence. One test now says which total a sentence shares (``totals.share_of_last_total``:
a share that names the total is of the last one told, a pronoun's only of one told right
before it), and one reader gives a share with no measure word the total's
(``totals.counts_of_a_share``). So "Of these, 290 are police officers", with no measure
word, right after a count of the wounded is 290 of those wounded (it gave nothing), and
"Of that total, ..." after an incident told since the total is still the total's share."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()
PUBLISHED = date(2023, 1, 24)
TOTAL = "Peru's health ministry said 1,301 people had been injured in the protests since December 7."
JULIACA = "In Juliaca, 18 people were killed in clashes near the airport on January 9."


def _tallies(text: str) -> list[tuple[str, int]]:
    return [(t.measure, t.value) for t in EX.extract(text, published=PUBLISHED, lang="en").tallies]


# GUIDELINES §3: a running total's breakdown is part of that total, never an incident's count
def test_a_pronoun_share_with_no_measure_word_counts_the_totals_wounded() -> None:
    assert _tallies(f"{TOTAL} Of these, 290 are police officers.") == [("injuries", 1301), ("injuries", 290)]


def test_a_share_naming_the_total_is_of_the_last_total_after_an_incident() -> None:
    text = f"{TOTAL}\n\n{JULIACA}\n\nOf that total, 290 are police officers."
    out = EX.extract(text, published=PUBLISHED, lang="en")
    assert [(t.measure, t.value) for t in out.tallies] == [("injuries", 1301), ("injuries", 290)]
    [juliaca] = out.events
    assert (juliaca.place.name, juliaca.fatalities.low, juliaca.injuries) == ("Juliaca", 18, None)


def test_a_pronoun_after_an_incident_is_that_incidents_not_the_totals() -> None:
    text = f"{TOTAL}\n\nIn Juliaca, 18 people were killed and dozens injured in clashes near the airport on January 9.\n\nOf these, 12 remain in hospital."
    out = EX.extract(text, published=PUBLISHED, lang="en")
    assert [(t.measure, t.value) for t in out.tallies] == [("injuries", 1301)]
    [juliaca] = out.events
    assert (juliaca.date.start, juliaca.fatalities.low, juliaca.injuries.low) == (date(2023, 1, 9), 18, 24)
