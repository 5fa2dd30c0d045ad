"""A state measure and a deadly incident told in one sentence keep each its own day.

Before, the sentence split into the measure and the incident with its dead, but both took one
day: "Two teenagers were killed in Andahuaylas on Sunday ..., and the government declared a
state of emergency in Apurímac on Monday" dated the emergency Sunday, and "declared a curfew
in Puno on Tuesday, after 17 people were killed in clashes in Juliaca on Monday" dated the
clash Tuesday. Each clause that names a day of its own is that day's (GUIDELINES §2 date).
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _read(text: str, published: date, lang: str = "en") -> list[tuple]:
    r = EX.extract(text, published=published, lang=lang)
    return sorted(
        (e.type, e.sub_type, str(e.date.start), e.place.name, e.fatalities.value if e.fatalities else None) for e in r.events
    )


def test_killed_on_sunday_and_an_emergency_declared_on_monday() -> None:
    text = (
        "Two teenagers were killed in Andahuaylas on Sunday as protesters tried to take over the local airport, "
        "and the government declared a state of emergency in the region of Apurímac on Monday."
    )
    assert _read(text, date(2022, 12, 12)) == [
        ("protest", "excessive_force", "2022-12-11", "Andahuaylas", 2),
        ("strategic_development", "state_measure", "2022-12-12", "Apurímac", None),
    ]


def test_a_curfew_on_tuesday_after_deaths_on_monday() -> None:
    text = "The government declared a curfew in Puno on Tuesday, after 17 people were killed in clashes in Juliaca on Monday."
    assert _read(text, date(2023, 1, 11)) == [
        ("protest", "excessive_force", "2023-01-09", "Juliaca", 17),
        ("strategic_development", "state_measure", "2023-01-10", "Puno", None),
    ]


def test_after_the_deaths_a_curfew_told_first_in_the_sentence() -> None:
    text = "After 17 people were killed in clashes in Juliaca on Monday, the government declared a curfew in Puno on Tuesday."
    assert _read(text, date(2023, 1, 11)) == [
        ("protest", "excessive_force", "2023-01-09", "Juliaca", 17),
        ("strategic_development", "state_measure", "2023-01-10", "Puno", None),
    ]


def test_el_toque_de_queda_del_martes_tras_las_muertes_del_lunes() -> None:
    text = "El gobierno declaró el toque de queda en Puno el martes, después de que 17 personas murieran en enfrentamientos en Juliaca el lunes."
    assert _read(text, date(2023, 1, 11), "es") == [
        ("protest", "excessive_force", "2023-01-09", "Juliaca", 17),
        ("strategic_development", "state_measure", "2023-01-10", "Puno", None),
    ]
