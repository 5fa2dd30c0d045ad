"""A sentence that opens "Hasta el 10 de enero," counts up to that day, whatever its tense.

Before, "Hasta el 10 de enero, la policía detuvo a 40 personas en Lima durante las marchas"
was an intervention with 40 arrests on 10 January: only a pluperfect ("habían sido
detenidas") or a register's verb ("contabilizaba") closed a count by its day. A day that
opens the sentence after "hasta"/"up to" and a comma closes the count in the simple past
too; "A fines de diciembre, la policía detuvo a 40 personas" stays an incident.
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _read(text: str, lang: str) -> tuple[list[tuple[str, str, int | None]], list[tuple[str, int, str]]]:
    r = EX.extract(text, published=date(2023, 1, 12), lang=lang)
    events = [(e.type, e.sub_type, e.arrests.low if e.arrests else None) for e in r.events]
    return events, [(t.measure, t.value, t.scope) for t in r.tallies]


def test_spanish_arrests_up_to_a_day() -> None:
    events, tallies = _read("Hasta el 10 de enero, la policía detuvo a 40 personas en Lima durante las marchas.", "es")
    assert events == []
    assert tallies == [("arrests", 40, "arrests as of 2023-01-10")]


def test_english_arrests_up_to_a_day() -> None:
    events, tallies = _read("Up to January 10, police arrested 40 people in Lima during the marches.", "en")
    assert events == []
    assert tallies == [("arrests", 40, "arrests as of 2023-01-10")]


def test_movement_start_opens_the_period() -> None:
    r = EX.extract(
        "Las protestas comenzaron el 7 de diciembre. Hasta el 10 de enero, la policía detuvo a 40 personas en Lima durante las marchas.",
        published=date(2023, 1, 12), lang="es",
    )
    assert [(t.measure, t.value, str(t.period.start), str(t.period.end)) for t in r.tallies if t.period] == [
        ("arrests", 40, "2022-12-07", "2023-01-10")
    ]


def test_end_of_a_month_is_still_an_incident() -> None:
    events, tallies = _read("A fines de diciembre, la policía detuvo a 40 personas en Lima.", "es")
    assert events == [("strategic_development", "arrests", 40)]
    assert tallies == []
