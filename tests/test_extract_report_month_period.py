"""A monthly report's headline month is the period of the totals it gives.

Before, under "Reporte de conflictos sociales N.° 227 (enero de 2023)" the line "En el mes
se registraron 12 fallecidos y 300 heridos en las protestas" gave two tallies with no
period: the report's month, written once in its headline, was read by no sentence. A
headline that opens with a report's noun and writes exactly one month dates every total
of the report that has no period of its own (nor an as-of day).
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _tallies(text: str, lang: str) -> list[tuple[str, int, str | None, str | None]]:
    r = EX.extract(text, published=date(2023, 2, 15), lang=lang)
    return [
        (t.measure, t.value, str(t.period.start) if t.period else None, str(t.period.end) if t.period else None)
        for t in r.tallies
    ]


def test_spanish_monthly_report() -> None:
    text = (
        "Reporte de conflictos sociales N.° 227 (enero de 2023)\n\n"
        "En el mes se registraron 12 fallecidos y 300 heridos en las protestas."
    )
    assert _tallies(text, "es") == [("fatalities", 12, "2023-01-01", "2023-01-31"), ("injuries", 300, "2023-01-01", "2023-01-31")]


def test_english_monthly_report() -> None:
    text = (
        "Social Conflicts Report No. 227 (January 2023)\n\n"
        "The ombudsman recorded 12 deaths and 300 injuries in protests during the month."
    )
    assert _tallies(text, "en") == [("fatalities", 12, "2023-01-01", "2023-01-31"), ("injuries", 300, "2023-01-01", "2023-01-31")]


def test_a_news_headline_with_a_month_is_no_report() -> None:
    text = "Protests in January 2023 left Peru reeling\n\nSo far 12 people have died in the protests."
    assert _tallies(text, "en") == [("fatalities", 12, None, None)]


REPORT = "Reporte de conflictos sociales N.° 227 (enero de 2023)\n\nLa Defensoría del Pueblo registró 212 conflictos sociales.\n\n"


def test_a_reports_line_is_the_months_total_not_an_incident() -> None:
    # (before: an excessive-force event over all of January in Peru, with 12 dead)
    r = EX.extract(REPORT + "- 12 personas fallecidas en acciones de protesta.", published=date(2023, 2, 15), lang="es")
    assert r.events == []
    assert [(t.measure, t.value, str(t.period.start), str(t.period.end)) for t in r.tallies if t.period] == [
        ("fatalities", 12, "2023-01-01", "2023-01-31")
    ]


def test_the_month_written_again_is_the_reports() -> None:
    r = EX.extract(
        REPORT + "Durante el mes, 12 personas murieron y 300 resultaron heridas en acciones de protesta.",
        published=date(2023, 2, 15), lang="es",
    )
    assert r.events == []
    assert sorted((t.measure, t.value) for t in r.tallies) == [("fatalities", 12), ("injuries", 300)]


def test_a_dated_incident_in_the_report_stays_an_incident() -> None:
    r = EX.extract(REPORT + "El 24 de enero, 3 personas murieron en enfrentamientos en Juliaca.", published=date(2023, 2, 15), lang="es")
    assert [(e.sub_type, str(e.date.start), e.fatalities.low if e.fatalities else None) for e in r.events] == [
        ("excessive_force", "2023-01-24", 3)
    ]
    assert r.tallies == []
