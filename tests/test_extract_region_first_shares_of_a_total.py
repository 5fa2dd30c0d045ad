"""A total's breakdown with each region named before its figure gives each region's share.

"At least 60 people have died since December. Puno accounted for 18 of them and Ayacucho
for 10" gave the 60 and a nationwide 18 ("accounted for" was no share word, and the figures
follow their regions): each region's share is a total of its own over the same period
(GUIDELINES §3), as "Of them, 18 died in Puno and 10 in Ayacucho" gives.
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()
LEAD = "LIMA, March 20 (AP) - At least 60 people have died in the protests since December, according to the Ombudsman's Office. "


def _tallies(text: str) -> tuple[list[tuple], int]:
    r = EX.extract(text, published=date(2023, 3, 20), lang="en")
    return [(t.measure, t.value, t.scope, str(t.period.start), str(t.period.end)) for t in r.tallies], len(r.events)


def test_two_regions_before_their_figures() -> None:
    assert _tallies(LEAD + "Puno accounted for 18 of them and Ayacucho for 10.") == ([
        ("fatalities", 60, "fatalities since 2022-12-01", "2022-12-01", "2023-03-20"),
        ("fatalities", 18, "fatalities since 2022-12-01 in Puno", "2022-12-01", "2023-03-20"),
        ("fatalities", 10, "fatalities since 2022-12-01 in Ayacucho", "2022-12-01", "2023-03-20"),
    ], 0)


def test_one_region_before_its_figure() -> None:
    assert _tallies(LEAD + "Puno accounted for 18 of them.") == ([
        ("fatalities", 60, "fatalities since 2022-12-01", "2022-12-01", "2023-03-20"),
        ("fatalities", 18, "fatalities since 2022-12-01 in Puno", "2022-12-01", "2023-03-20"),
    ], 0)


def test_a_share_with_no_region_stays_national() -> None:
    assert _tallies(LEAD + "Of these, 49 died in clashes with police.") == ([
        ("fatalities", 60, "fatalities since 2022-12-01", "2022-12-01", "2023-03-20"),
        ("fatalities", 49, "fatalities since 2022-12-01", "2022-12-01", "2023-03-20"),
    ], 0)
