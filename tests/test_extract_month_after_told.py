"""'Un mes después' / 'a month later': the same day a calendar month after the day told."""
from datetime import date

from kipu.extract.dates import find_dates
from kipu.extract.pipeline import Extractor

ES = (
    "El 9 de enero, dieciocho personas murieron en los enfrentamientos de Juliaca.\n\n"
    "Un mes después, los familiares de los fallecidos marcharon por las calles de Juliaca exigiendo justicia."
)


def test_un_mes_despues_is_the_same_day_next_month():
    got = [(m.kind, m.range.start, m.range.end) for m in find_dates(ES, "es", date(2023, 3, 1))]
    assert got == [("explicit", date(2023, 1, 9), date(2023, 1, 9)), ("anchor", date(2023, 2, 9), date(2023, 2, 9))]


def test_month_after_a_long_month_end_clips_to_the_short_month():
    text = "On 31 January 2023 transport workers went on strike. A month later, they marched again."
    got = [(m.range.start, m.range.end) for m in find_dates(text, "en", date(2023, 6, 1))]
    assert got == [(date(2023, 1, 31), date(2023, 1, 31)), (date(2023, 2, 28), date(2023, 2, 28))]


def test_month_after_beyond_the_report_gives_no_day():
    got = [m.range.start for m in find_dates(ES, "es", date(2023, 1, 20))]
    assert got == [date(2023, 1, 9)]


def test_the_relatives_march_takes_the_day_a_month_on():
    doc = Extractor().extract(ES, published=date(2023, 3, 1), lang="es", doc_id="t").to_dict(ES)
    march = [e for e in doc["events"] if "march" in e["forms"]]
    assert len(march) == 1
    assert march[0]["type"] == "protest" and march[0]["sub_type"] == "peaceful"
    assert march[0]["date"] == {"start": "2023-02-09", "end": "2023-02-09"}
    assert march[0]["place"]["name"] == "Juliaca"
