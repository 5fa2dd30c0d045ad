"""Deaths in a where-clause that ends the sentence, on a day of their own, are the place's past.

Before, "A curfew was imposed on Saturday in Puno, where at least 18 people died last week"
gave the curfew 18 dead, and a vigil told the same way became excessive force with 18 dead:
only an aside between commas before the main clause ("In Juliaca, where 18 people were
killed on 9 January, ...") was read as the place's past. A where-clause that ends the sentence
with a day of its own tells that day's incident (GUIDELINES §2: one incident, one event).
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()
LEAD = "Protests continued across the south. "


def _events(text: str) -> list[tuple]:
    r = EX.extract(LEAD + text, published=date(2023, 1, 16), lang="en")
    return [(e.type, e.sub_type, str(e.date.start), str(e.date.end), e.place.admin1, e.fatalities.value if e.fatalities else None) for e in r.events]


def test_a_curfew_in_puno_where_18_died_last_week() -> None:
    assert _events("A curfew was imposed on Saturday in Puno, where at least 18 people died last week.") == [
        ("strategic_development", "state_measure", "2023-01-14", "2023-01-14", "Puno", None),
        ("protest", "excessive_force", "2023-01-09", "2023-01-15", "Puno", 18),
    ]


def test_a_vigil_in_puno_where_18_died_last_week() -> None:
    assert _events("Hundreds held a vigil on Saturday in Puno, where at least 18 people died last week.") == [
        ("protest", "peaceful", "2023-01-14", "2023-01-14", "Puno", None),
        ("protest", "excessive_force", "2023-01-09", "2023-01-15", "Puno", 18),
    ]


def test_a_where_clause_with_no_day_of_its_own_is_the_incidents() -> None:
    assert _events("Protesters clashed with police at the airport of Arequipa on Thursday, where one man was killed.") == [
        ("protest", "excessive_force", "2023-01-12", "2023-01-12", "Arequipa", 1),
    ]
