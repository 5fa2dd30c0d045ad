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
