"""A day of a run counted from its first day.

"From 23 to 25 October [...] On the first day of the stoppage, police used tear
gas [...] The following day, the marchers returned": "the following day" is the
day after the first day told (24 October), not the day after the run's last
(26 October); "on the second day" of a run is its second day, not the day after
it ended."""

from __future__ import annotations

from datetime import date

from kipu.extract.dates import find_dates


def _days(text: str, lang: str, published: date) -> list[tuple[str, date, date]]:
    return [(text[m.span.start : m.span.end], m.range.start, m.range.end) for m in find_dates(text, lang, published)]


def test_the_day_after_the_first_day_of_a_run():
    text = (
        "From 23 to 25 October, most buses stayed off the roads in Lima. On the first day of the stoppage, "
        "police used tear gas near the Plaza San Martín.\n\nThe following day, the marchers returned."
    )
    assert _days(text, "en", date(2024, 10, 26)) == [
        ("From 23 to 25 October", date(2024, 10, 23), date(2024, 10, 25)),
        ("On the first day", date(2024, 10, 23), date(2024, 10, 23)),
        ("The following day", date(2024, 10, 24), date(2024, 10, 24)),
    ]


def test_the_second_day_of_a_run_is_in_it():
    text = "Transport workers struck from 23 to 25 October. On the second day, thousands marched to Congress."
    assert _days(text, "en", date(2024, 10, 26)) == [
        ("from 23 to 25 October", date(2024, 10, 23), date(2024, 10, 25)),
        ("On the second day", date(2024, 10, 24), date(2024, 10, 24)),
    ]


def test_el_dia_siguiente_al_primer_dia_del_paro():
    text = (
        "Del 23 al 25 de octubre, los buses no circularon en Lima. El primer día, la policía lanzó gases "
        "lacrimógenos en la plaza San Martín. Al día siguiente, los manifestantes volvieron."
    )
    assert _days(text, "es", date(2024, 10, 26)) == [
        ("Del 23 al 25 de octubre", date(2024, 10, 23), date(2024, 10, 25)),
        ("El primer día", date(2024, 10, 23), date(2024, 10, 23)),
        ("Al día siguiente", date(2024, 10, 24), date(2024, 10, 24)),
    ]


def test_the_following_day_after_a_run_is_after_its_end():
    text = "Transport workers struck from 23 to 25 October. The following day, the unions met the minister."
    assert _days(text, "en", date(2024, 10, 28)) == [
        ("from 23 to 25 October", date(2024, 10, 23), date(2024, 10, 25)),
        ("The following day", date(2024, 10, 26), date(2024, 10, 26)),
    ]


def test_the_day_told_is_the_second_day_of_a_run_named_after_it():
    text = "Thousands marched through downtown Lima on Thursday. The march came on the second day of a three-day strike called by transport unions."
    assert _days(text, "en", date(2024, 11, 14)) == [
        ("on Thursday", date(2024, 11, 14), date(2024, 11, 14)),
        ("on the second day", date(2024, 11, 14), date(2024, 11, 14)),
    ]


def test_the_second_day_of_a_run_told_before():
    text = "Bus drivers began a three-day strike on Monday. On the second day of the strike, police arrested 12 people."
    assert _days(text, "en", date(2024, 11, 14)) == [
        ("on Monday", date(2024, 11, 11), date(2024, 11, 11)),
        ("On the second day", date(2024, 11, 12), date(2024, 11, 12)),
    ]
