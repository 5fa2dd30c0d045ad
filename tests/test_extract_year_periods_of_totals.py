"""The year a running total is counted over: "this year" and "the last year".

Before, "more than a dozen drivers have been shot dead this year" gave a tally with no
period: only "so far this year" was read as 1 January to the report, although a bare "this
year" with no month or day written means the same. "Over the last year, 300 people were
arrested during protests" was an intervention on the report's day (no total cue), and
Spanish "en el último año" had no period: both are the twelve months up to the report,
not a calendar year.
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()
PUBLISHED = date(2023, 10, 5)


def _tallies(text: str, lang: str) -> list[tuple[str, int, str | None, str | None]]:
    r = EX.extract(text, published=PUBLISHED, lang=lang)
    return [
        (t.measure, t.value, str(t.period.start) if t.period else None, str(t.period.end) if t.period else None)
        for t in r.tallies
    ]


def test_this_year_runs_from_january() -> None:
    text = "Transport workers in Lima went on strike on Thursday. More than a dozen drivers have been shot dead this year by extortion gangs."
    assert _tallies(text, "en") == [("fatalities", 12, "2023-01-01", "2023-10-05")]


def test_este_ano_runs_from_january() -> None:
    text = "Los transportistas de Lima acataron un paro el jueves. Más de una docena de choferes han sido asesinados este año por extorsionadores."
    assert _tallies(text, "es") == [("fatalities", 12, "2023-01-01", "2023-10-05")]


def test_a_month_of_this_year_dates_the_total() -> None:
    text = "Los transportistas de Lima acataron un paro el jueves. En marzo de este año, 12 choferes fueron asesinados."
    assert _tallies(text, "es") == [("fatalities", 12, "2023-03-01", "2023-03-31")]


def test_over_the_last_year_is_twelve_months() -> None:
    r = EX.extract("Over the last year, 300 people were arrested during protests in Peru.", published=PUBLISHED, lang="en")
    assert r.events == []
    assert [(t.measure, t.value, str(t.period.start), str(t.period.end)) for t in r.tallies if t.period] == [
        ("arrests", 300, "2022-10-05", "2023-10-05")
    ]


def test_en_el_ultimo_ano_is_twelve_months() -> None:
    text = "En el último año, 300 personas fueron detenidas durante protestas en el Perú."
    assert _tallies(text, "es") == [("arrests", 300, "2022-10-05", "2023-10-05")]
