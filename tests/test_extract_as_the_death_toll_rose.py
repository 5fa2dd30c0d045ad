""""As the death toll rose to 18": the total after it, the day's toll before it.

Before, "Soldiers opened fire on demonstrators in Ayacucho on Thursday, killing at least eight
people and wounding dozens, as the death toll in a week of unrest rose to 18" gave three
tallies (8 dead, 24 wounded, 18 dead) and, under a dateline, no event at all. "As the death
toll" turns to the running total as "bringing the death toll" does (GUIDELINES §3: totals are
kept apart from incident counts, never the incident's own counts).
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _read(text: str, lang: str) -> tuple[list[tuple], list[tuple]]:
    r = EX.extract(text, published=date(2022, 12, 16), lang=lang)
    events = [(e.sub_type, str(e.date.start), e.place.admin1, e.fatalities.value if e.fatalities else None, e.injuries.value if e.injuries else None) for e in r.events]
    return events, [(t.measure, t.value) for t in r.tallies]


def test_as_the_death_toll_rose() -> None:
    text = (
        "AYACUCHO, Peru (AP) — Soldiers opened fire on demonstrators in the Andean city of Ayacucho on Thursday, "
        "killing at least eight people and wounding dozens, as the death toll in a week of unrest rose to 18."
    )
    assert _read(text, "en") == ([("excessive_force", "2022-12-15", "Ayacucho", 8, 24)], [("fatalities", 18)])


def test_mientras_la_cifra_subio() -> None:
    text = "Militares dispararon contra los manifestantes en Ayacucho el jueves y mataron a ocho personas, mientras la cifra de muertos subió a 18."
    assert _read(text, "es") == ([("excessive_force", "2022-12-15", "Ayacucho", 8, None)], [("fatalities", 18)])
