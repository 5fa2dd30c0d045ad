"""Date expressions resolved against the publication date (kipu.extract.dates)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kipu.extract.dates import (
    DateMention,
    anchor_offset,
    date_spans,
    find_dates,
    resolve_date,
    resolve_relative,
)
from kipu.model import DateRange

TUE = date(2023, 1, 17)  # a Tuesday


def one(text: str, lang: str, published: date | None = TUE) -> DateMention:
    found = find_dates(text, lang, published)
    assert len(found) == 1, [(text[m.span.start : m.span.end], m.kind) for m in found]
    return found[0]


def days(text: str, lang: str, published: date | None = TUE) -> tuple[str, str]:
    r = one(text, lang, published).range
    return r.start.isoformat(), r.end.isoformat()


# ----------------------------------------------------------------- explicit


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Police fired on January 9 in the square.", "en", "2023-01-09"),
        ("The march of 9 January 2023 ended late.", "en", "2023-01-09"),
        ("It started on Jan. 9 at noon.", "en", "2023-01-09"),
        ("It began on the 9th of January with a rally.", "en", "2023-01-09"),
        ("Thursday, January 12, 2023 was calm.", "en", "2023-01-12"),
        ("La marcha fue el 9 de enero por la tarde.", "es", "2023-01-09"),
        ("Ocurrió el 9 de enero de 2023 en Juliaca.", "es", "2023-01-09"),
        ("Ocurrió el 9 de enero del 2023 en Juliaca.", "es", "2023-01-09"),
        ("Según el parte del 09/01/2023, hubo heridos.", "es", "2023-01-09"),
        ("Ocurrió el 1.º de enero.", "es", "2023-01-01"),
        ("Se realizó el 20 de setiembre de 2022.", "es", "2022-09-20"),
        ("Report dated 2023-01-09 says so.", "en", "2023-01-09"),
    ],
)
def test_explicit_dates(text: str, lang: str, expected: str) -> None:
    m = one(text, lang)
    assert m.kind == "explicit"
    assert (m.range.start.isoformat(), m.range.end.isoformat(), m.range.precision) == (expected, expected, "day")


def test_span_covers_the_expression() -> None:
    text = "Ocurrió el lunes 12 de diciembre en Andahuaylas."
    m = one(text, "es")
    assert text[m.span.start : m.span.end] == "lunes 12 de diciembre"
    assert m.range.span == m.span
    assert m.range.start == date(2022, 12, 12)


def test_numeric_order_follows_language() -> None:
    assert days("The report of 01/09/2023 was filed.", "en")[0] == "2023-01-09"
    assert days("El informe del 01/09/2023 llegó tarde.", "es", date(2023, 9, 5))[0] == "2023-09-01"
    # a part above 12 settles the order whatever the language says
    assert days("Filed 25/01/2023.", "en")[0] == "2023-01-25"


# ----------------------------------------------------------------- year inference


def test_year_boundary_moves_to_previous_year() -> None:
    assert days("Murió el 28 de diciembre en Puno.", "es", date(2023, 1, 3)) == ("2022-12-28", "2022-12-28")


def test_near_future_date_keeps_publication_year() -> None:
    assert days("A strike is called for January 19.", "en", TUE)[0] == "2023-01-19"


def test_far_future_date_goes_to_last_year() -> None:
    assert days("The massacre of December 15 is remembered.", "en", date(2023, 12, 1))[0] == "2022-12-15"


def test_without_publication_date_only_dated_years_survive() -> None:
    text = "El 9 de enero de 2023 y el 12 de enero, y ayer."
    found = find_dates(text, "es", None)
    assert [m.range.start for m in found] == [date(2023, 1, 9)]


# ----------------------------------------------------------------- weekdays


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The march took place on Thursday.", "en", "2023-01-12"),
        ("It happened last Thursday.", "en", "2023-01-12"),
        ("It happened on Tuesday morning.", "en", "2023-01-17"),  # same weekday = publication day
        ("It happened last Tuesday.", "en", "2023-01-10"),  # "last" is strictly before
        ("La marcha fue el lunes.", "es", "2023-01-16"),
        ("Ocurrió el pasado domingo.", "es", "2023-01-15"),
        ("Ocurrió el domingo pasado.", "es", "2023-01-15"),
        ("Se movilizan este martes.", "es", "2023-01-17"),
        ("Marcharán el próximo jueves.", "es", "2023-01-19"),
    ],
)
def test_weekdays(text: str, lang: str, expected: str) -> None:
    m = one(text, lang)
    assert m.kind == "weekday"
    assert m.range.start.isoformat() == expected == m.range.end.isoformat()


def test_weekday_with_date_uses_the_date() -> None:
    m = one("Fue el sábado 10 de diciembre.", "es", date(2022, 12, 11))
    assert m.kind == "explicit" and m.range.start == date(2022, 12, 10)


def test_capitalised_weekday_only_in_english() -> None:
    assert find_dates("they monday-morning quarterback", "en", TUE) == []


# ----------------------------------------------------------------- relative


@pytest.mark.parametrize(
    ("text", "lang", "start", "end", "precision"),
    [
        ("Police arrested him yesterday.", "en", "2023-01-16", "2023-01-16", "day"),
        ("Ayer hubo marchas.", "es", "2023-01-16", "2023-01-16", "day"),
        ("Hoy se reanudó el paro.", "es", "2023-01-17", "2023-01-17", "day"),
        ("The strike resumed today.", "en", "2023-01-17", "2023-01-17", "day"),
        ("Anoche quemaron la comisaría.", "es", "2023-01-16", "2023-01-16", "day"),
        ("Last night they burned it.", "en", "2023-01-16", "2023-01-16", "day"),
        ("Esta mañana bloquearon la vía.", "es", "2023-01-17", "2023-01-17", "day"),
        ("This morning they blocked it.", "en", "2023-01-17", "2023-01-17", "day"),
        ("Hace dos días murió un joven.", "es", "2023-01-15", "2023-01-15", "day"),
        ("Two days ago a youth died.", "en", "2023-01-15", "2023-01-15", "day"),
        ("There were clashes last week.", "en", "2023-01-09", "2023-01-15", "week"),
        ("Hubo choques la semana pasada.", "es", "2023-01-09", "2023-01-15", "week"),
        ("This week the roads stayed shut.", "en", "2023-01-16", "2023-01-17", "week"),
        ("Esta semana siguieron los bloqueos.", "es", "2023-01-16", "2023-01-17", "week"),
        ("Earlier in the week the roads stayed shut.", "en", "2023-01-16", "2023-01-17", "week"),
        ("A inicios de semana siguieron los bloqueos.", "es", "2023-01-16", "2023-01-17", "week"),
        ("Late last week there were clashes.", "en", "2023-01-09", "2023-01-15", "week"),
        ("El último fin de semana hubo marchas.", "es", "2023-01-14", "2023-01-15", "week"),
        ("This past weekend protesters marched.", "en", "2023-01-14", "2023-01-15", "week"),
        ("Last month there was a curfew.", "en", "2022-12-01", "2022-12-31", "month"),
        ("El mes pasado hubo toque de queda.", "es", "2022-12-01", "2022-12-31", "month"),
        ("Over the weekend they marched.", "en", "2023-01-14", "2023-01-15", "week"),
        ("Marcharon el fin de semana.", "es", "2023-01-14", "2023-01-15", "week"),
        ("Hace una semana empezó el paro.", "es", "2023-01-10", "2023-01-10", "day"),
        ("Two weeks ago residents marched.", "en", "2023-01-03", "2023-01-03", "day"),
    ],
)
def test_relative(text: str, lang: str, start: str, end: str, precision: str) -> None:
    m = one(text, lang)
    assert m.kind == "relative"
    assert (m.range.start.isoformat(), m.range.end.isoformat(), m.range.precision) == (start, end, precision)


def test_weekend_published_on_a_saturday_is_that_weekend() -> None:
    assert days("They marched this weekend.", "en", date(2023, 1, 21)) == ("2023-01-21", "2023-01-22")


# ----------------------------------------------------------------- ranges


@pytest.mark.parametrize(
    ("text", "lang", "published", "start", "end"),
    [
        ("Workers struck on November 13–15 across Peru.", "en", date(2024, 11, 18), "2024-11-13", "2024-11-15"),
        ("Workers struck 13-15 November.", "en", date(2024, 11, 18), "2024-11-13", "2024-11-15"),
        ("They struck between 13 and 15 November.", "en", date(2024, 11, 18), "2024-11-13", "2024-11-15"),
        ("They struck from 13 to 15 November.", "en", date(2024, 11, 18), "2024-11-13", "2024-11-15"),
        ("El paro fue del 13 al 15 de noviembre.", "es", date(2024, 11, 18), "2024-11-13", "2024-11-15"),
        ("Hubo muertos entre el 13 y el 15 de noviembre.", "es", date(2024, 11, 18), "2024-11-13", "2024-11-15"),
        ("Entre el 15 y 16 de diciembre de 2022 murieron diez.", "es", date(2023, 12, 15), "2022-12-15", "2022-12-16"),
        ("Protests ran from December 7, 2022 to January 2023.", "en", TUE, "2022-12-07", "2023-01-31"),
        ("El paro fue del 28 de diciembre al 3 de enero.", "es", date(2023, 1, 10), "2022-12-28", "2023-01-03"),
        ("They marched between November 13 and December 2.", "en", date(2024, 12, 10), "2024-11-13", "2024-12-02"),
    ],
)
def test_ranges(text: str, lang: str, published: date, start: str, end: str) -> None:
    m = one(text, lang, published)
    assert m.kind == "range"
    assert (m.range.start.isoformat(), m.range.end.isoformat()) == (start, end)


def test_and_without_between_is_not_a_range() -> None:
    found = find_dates("On November 13 and November 15 there were marches.", "en", date(2024, 11, 18))
    assert [m.range.start.day for m in found] == [13, 15]
    assert all(m.kind == "explicit" for m in found)


def test_backwards_range_is_rejected() -> None:
    assert find_dates("del 15 al 13 de noviembre", "es", date(2024, 11, 18)) == []


# ----------------------------------------------------------------- months, years, since


@pytest.mark.parametrize(
    ("text", "lang", "published", "start", "end"),
    [
        ("Thousands took to the streets throughout July.", "en", date(2023, 8, 1), "2023-07-01", "2023-07-31"),
        ("There were protests in July.", "en", date(2023, 8, 1), "2023-07-01", "2023-07-31"),
        ("Hubo protestas en julio.", "es", date(2023, 8, 1), "2023-07-01", "2023-07-31"),
        ("Hubo protestas durante julio.", "es", date(2023, 8, 1), "2023-07-01", "2023-07-31"),
        # a month after the publication month is last year's
        ("Hubo protestas en diciembre.", "es", date(2023, 2, 1), "2022-12-01", "2022-12-31"),
        ("Hubo protestas en diciembre de 2022.", "es", date(2024, 2, 1), "2022-12-01", "2022-12-31"),
        ("In February 2023, the roads were blocked.", "en", None, "2023-02-01", "2023-02-28"),
        # two whole months joined are one span
        ("Hubo protestas en diciembre y enero.", "es", date(2023, 2, 16), "2022-12-01", "2023-01-31"),
        ("Police used force during the protests in December and January.", "en", date(2023, 2, 16), "2022-12-01", "2023-01-31"),
        # a hyphenated prefix joins the month with no space; a part of the month is its days
        ("The roads were blocked in mid-January.", "en", date(2023, 3, 8), "2023-01-11", "2023-01-20"),
        ("Protesters blocked roads in late December.", "en", date(2023, 3, 8), "2022-12-21", "2022-12-31"),
        ("In the first week of January, roads were blocked.", "en", date(2023, 3, 8), "2023-01-01", "2023-01-07"),
        ("Hubo bloqueos a fines de febrero.", "es", date(2023, 3, 8), "2023-02-21", "2023-02-28"),
        ("Hubo bloqueos a mediados de enero.", "es", date(2023, 3, 8), "2023-01-11", "2023-01-20"),
        ("Hubo bloqueos durante los primeros días de enero.", "es", date(2023, 3, 8), "2023-01-01", "2023-01-10"),
        ("Hubo bloqueos en la última semana de febrero.", "es", date(2023, 3, 8), "2023-02-25", "2023-02-28"),
    ],
)
def test_months(text: str, lang: str, published: date | None, start: str, end: str) -> None:
    m = one(text, lang, published)
    assert m.kind in ("month", "range") and m.range.precision == "month"
    assert (m.range.start.isoformat(), m.range.end.isoformat()) == (start, end)


def test_month_words_that_are_ordinary_words() -> None:
    assert find_dates("Protesters may march again; the March of the Four Corners.", "en", TUE) == []


def test_year_only_marks_background() -> None:
    m = one("It echoed the March of the Four Corners in 2000.", "en", TUE)
    assert m.kind == "year" and m.range.precision == "year"
    assert (m.range.start, m.range.end) == (date(2000, 1, 1), date(2000, 12, 31))


@pytest.mark.parametrize(
    ("text", "lang", "start"),
    [
        ("Since December 7, at least 49 have died.", "en", "2022-12-07"),
        ("Desde el 7 de diciembre han muerto 49 personas.", "es", "2022-12-07"),
        ("Since Sunday, thousands have joined the caravans.", "en", "2023-01-15"),
    ],
)
def test_since_runs_to_publication(text: str, lang: str, start: str) -> None:
    m = one(text, lang)
    assert m.kind == "since"
    assert (m.range.start.isoformat(), m.range.end) == (start, TUE)


def test_since_range_is_a_range_not_since() -> None:
    m = one("Desde el 7 hasta el 9 de diciembre hubo paro.", "es", TUE)
    assert m.kind == "range" and (m.range.start, m.range.end) == (date(2022, 12, 7), date(2022, 12, 9))


# ----------------------------------------------------------------- anchors


def test_following_morning_is_anchored_to_previous_date() -> None:
    text = "On January 9 police fired on the crowd. The body was found the following morning."
    found = find_dates(text, "en", TUE)
    assert [m.kind for m in found] == ["explicit", "anchor"]
    anchor = found[1]
    assert anchor.anchor_needed and anchor.anchor == found[0].span
    assert anchor.range.start == date(2023, 1, 10)


def test_al_dia_siguiente_and_dos_dias_despues() -> None:
    text = "El 9 de enero hubo una marcha. Al día siguiente hubo otra, y dos días después, una tercera."
    found = find_dates(text, "es", TUE)
    assert [m.range.start for m in found] == [date(2023, 1, 9), date(2023, 1, 10), date(2023, 1, 11)]


def test_anchor_without_anchor_is_dropped() -> None:
    assert find_dates("The following day nothing happened.", "en", TUE) == []


def test_resolve_relative_against_chosen_anchor() -> None:
    text = "On January 9 they marched. The next day, more came."
    mention = find_dates(text, "en", TUE)[1]
    other = DateRange(date(2023, 1, 3), date(2023, 1, 4), "day")
    assert resolve_relative(mention, other).start == date(2023, 1, 5)
    assert anchor_offset("the day before", "en") == -1
    assert anchor_offset("tres días después", "es") == 3


def test_del_dia_anterior_is_the_contracted_day_before() -> None:
    text = "El 14 de enero siguió el paro en el puerto. Los dirigentes condenaron el desalojo del día anterior."
    found = find_dates(text, "es", TUE)
    assert [m.range.start for m in found] == [date(2023, 1, 14), date(2023, 1, 13)]


# ----------------------------------------------------------------- robustness


@pytest.mark.parametrize(
    "text",
    ["el 32 de enero", "el 31 de febrero de 2023", "the 0th of May", "year 0", "in 9999", "29 February 2023", "00/00/0000"],
)
def test_invalid_dates_give_nothing(text: str) -> None:
    assert find_dates(text, "es" if "de" in text else "en", TUE) == []


def test_place_names_with_dates_are_not_dates() -> None:
    assert find_dates("Marcharon por la Avenida 28 de Julio.", "es", TUE) == []
    # a spelled, capitalised number names a square or a province: not "all of May"
    assert find_dates("La columna salió de la plaza Dos de Mayo al mediodía.", "es", TUE) == []
    assert find_dates("Llegaron comuneros de la provincia de Dos de Mayo.", "es", TUE) == []
    # neighbourhoods and villages named after a day
    for text in ("Bloquearon la vía a la altura de la ciudadela 15 de Setiembre.",
                 "Vecinos del barrio 1 de Mayo se movilizaron.",
                 "Pobladores del centro poblado 9 de Octubre tomaron el local."):
        assert find_dates(text, "es", TUE) == [], text
    assert [m.kind for m in find_dates("Las marchas de mayo fueron pacíficas.", "es", TUE)] == ["month"]


def test_unknown_language_and_bad_input() -> None:
    assert find_dates("9 janvier 2023", "fr", TUE) == []
    assert find_dates("", "en", TUE) == []
    assert find_dates(None, "en", TUE) == []  # type: ignore[arg-type]
    assert find_dates("January 9", "../../etc", TUE) == []


def test_resolve_date() -> None:
    assert resolve_date("el 9 de enero", "es", TUE) == DateRange(date(2023, 1, 9), date(2023, 1, 9), "day")
    assert resolve_date("", "es", TUE) is None
    assert resolve_date("no es una fecha", "es", TUE) is None


def test_resolve_date_falls_back_to_dateparser() -> None:
    # "9-Jan-2023" is not a shape our lists read; dateparser reads it
    assert find_dates("9-Jan-2023", "en", TUE) == []
    assert resolve_date("9-Jan-2023", "en", TUE) == DateRange(date(2023, 1, 9), date(2023, 1, 9), "day")


def test_date_spans_skip_bare_years_and_need_no_publication_date() -> None:
    text = "En 2023, el 13 de noviembre marcharon 2000 personas."
    spans = date_spans(text, "es")
    assert [text[s.start : s.end] for s in spans] == ["13 de noviembre"]


def test_deterministic() -> None:
    text = "On Thursday and since December 7; del 13 al 15 de noviembre; last week."
    assert find_dates(text, "en", TUE) == find_dates(text, "en", TUE)


_ALPHABET = st.sampled_from(
    list("0123456789 /.-,–") + ["enero", "de", "del", "January", "May", " el ", "lunes", "Thursday", "ayer",
                                 "since", "desde", "al", "to", "between", "and", "2023", "9999", "31", "hace",
                                 "días", "ago", "the following day", "in", "julio", "semana pasada", "ñ", "\n"]
)


@settings(max_examples=300, deadline=None)
@given(
    parts=st.lists(_ALPHABET, max_size=30),
    noise=st.text(max_size=40),
    lang=st.sampled_from(["en", "es"]),
    published=st.one_of(st.none(), st.dates(min_value=date(1, 1, 8), max_value=date(9999, 12, 20))),
)
def test_never_raises_and_spans_inside(parts: list[str], noise: str, lang: str, published: date | None) -> None:
    text = "".join(parts) + noise
    for m in find_dates(text, lang, published):
        assert 0 <= m.span.start < m.span.end <= len(text)
        assert m.range.start <= m.range.end
        assert m.kind in ("explicit", "relative", "weekday", "range", "month", "year", "since", "anchor")


# ----------------------------------------------------------------- shared dev gold




@pytest.mark.shared
def test_dev_gold_start_dates_found_in_evidence(dev_gold_docs: list[dict]) -> None:
    """Where the evidence sentence states the event's date, we find it."""
    hits = total = 0
    for doc in dev_gold_docs:
        published = date.fromisoformat(doc["published"])
        for event in doc["events"]:
            if not event.get("date") or not event.get("evidence"):
                continue
            found = find_dates(event["evidence"], doc["lang"], published)
            if not found:
                continue  # the evidence does not carry the date
            total += 1
            hits += any(m.range.start.isoformat() == event["date"]["start"] for m in found)
    assert total >= 20
    assert hits / total >= 0.85, (hits, total)


def test_year_less_day_takes_the_year_the_article_writes_out() -> None:
    """An anniversary piece names the day in full once; later mentions keep that year."""
    text = "The 18 deaths of January 9, 2023 are remembered. Relatives recall the January 9 massacre."
    found = find_dates(text, "en", date(2024, 1, 9))
    assert [m.range.start for m in found] == [date(2023, 1, 9), date(2023, 1, 9)]


def test_year_less_day_reads_against_the_paragraph_date() -> None:
    """A photo caption dated in full is the 'now' of its own paragraph."""
    text = (
        "He was shot during the December 15 protests in Ayacucho. Ayacucho, Peru. December 23, 2022.\n"
        "Relatives gathered on December 15 to remember him."
    )
    found = find_dates(text, "en", date(2024, 1, 9))
    assert found[0].range.start == date(2022, 12, 15)
    # the next paragraph has no full date of its own: publication date rules
    assert found[-1].range.start == date(2023, 12, 15)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("He left home on Dec. 15. At 5.56 p.m. that day he was shot.", "en"),
        ("Salió de casa el 15 de diciembre. Ese día recibió un disparo.", "es"),
    ],
)
def test_that_day_is_the_day_just_named(text: str, lang: str) -> None:
    found = find_dates(text, lang, date(2022, 12, 27))
    assert [m.range.start for m in found] == [date(2022, 12, 15), date(2022, 12, 15)]


@pytest.mark.parametrize(
    ("text", "lang", "published", "start"),
    [
        ("18 días duró el paro nacional convocado por la Conaie.", "es", date(2022, 6, 30), date(2022, 6, 13)),
        ("Four people died in eleven days of protests.", "en", date(2022, 6, 23), date(2022, 6, 13)),
    ],
)
def test_a_duration_is_a_span_ending_at_publication(text: str, lang: str, published: date, start: date) -> None:
    (found,) = find_dates(text, lang, published)
    assert (found.range.start, found.range.end) == (start, published)


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("December 14: The government declares a state of emergency.", "en", "2022-12-14"),
        ("9 de enero: mueren diecisiete civiles en Juliaca.", "es", "2023-01-09"),
    ],
)
def test_a_timeline_entry_opens_with_its_date_and_a_colon(text: str, lang: str, expected: str) -> None:
    assert one(text, lang).range.start.isoformat() == expected


def test_a_clock_time_is_not_a_day() -> None:
    assert [d for d in find_dates("The march began at 14:30 in the square.", "en", date(2023, 1, 20)) if d.kind == "explicit"] == []


def test_a_yearless_day_takes_the_year_nearest_a_full_date_beside_it():
    text = "Seven died in Ilave on 10 January, and four in Puno on 20 December 2022."
    found = {text[d.span.start : d.span.end]: d.range.start for d in find_dates(text, "en", date(2023, 6, 1))}
    assert found["10 January"] == date(2023, 1, 10)
    assert found["20 December 2022"] == date(2022, 12, 20)


def test_a_yearless_day_before_a_full_date_in_its_year_stays_there():
    text = "The strike began on 3 December and ended on 20 December 2022."
    found = {text[d.span.start : d.span.end]: d.range.start for d in find_dates(text, "en", date(2023, 6, 1))}
    assert found["3 December"] == date(2022, 12, 3)


def test_two_days_joined_by_and_before_a_comma_are_a_range():
    text = "In Andahuaylas, on December 11 and 12, police fired on the crowd."
    (d,) = find_dates(text, "en", date(2023, 4, 26))
    assert (d.range.start, d.range.end) == (date(2022, 12, 11), date(2022, 12, 12))


def test_a_day_joined_by_and_to_a_count_keeps_only_the_day():
    text = "On December 11 and 12 people were hurt."
    (d,) = find_dates(text, "en", date(2023, 4, 26))
    assert (d.range.start, d.range.end) == (date(2022, 12, 11), date(2022, 12, 11))


def test_a_yearless_day_followed_by_last_year_takes_that_year():
    pub = date(2025, 6, 4)
    found = find_dates("On 9 February last year the army fired on a march in the square.", "en", pub)
    assert (found[0].range.start, found[0].range.end) == (date(2024, 2, 9), date(2024, 2, 9))
    es = find_dates("El 9 de febrero del año pasado el ejército disparó contra una marcha.", "es", pub)
    assert es[0].range.start == date(2024, 2, 9)


def test_the_following_day_counts_from_its_anchor_after_the_anchor_year_is_corrected():
    pub = date(2025, 6, 4)
    text = ("A year ago, on 9 February 2024, soldiers fired on a march.\n\n"
            "On the night of 9 February, a curfew was announced. The following day the roads were empty.")
    found = find_dates(text, "en", pub)
    anchored = [m for m in found if m.kind == "anchor"]
    assert anchored and anchored[0].range.start == date(2024, 2, 10)


def test_hours_later_and_that_evening_take_the_day_told_before():
    text = "Police fired on the crowd on 3 March. Hours later, a guard was beaten. That evening the mayor resigned."
    found = [m for m in find_dates(text, "en", date(2024, 3, 20)) if m.kind == "anchor"]
    assert [m.range.start for m in found] == [date(2024, 3, 3), date(2024, 3, 3)]


def test_a_weekday_after_runs_until_is_ahead_of_publication():
    wed = date(2024, 11, 13)
    found = find_dates("The fair, which runs until Saturday, drew crowds.", "en", wed)
    assert [m.range.start for m in found] == [date(2024, 11, 16)]


@pytest.mark.parametrize(
    ("text", "lang", "published", "day"),
    [
        # a term that opens on a weekday: that day, or the next one after publication
        ("A curfew will be imposed for three nights starting Tuesday.", "en", date(2023, 1, 9), "2023-01-10"),
        ("Regirá el toque de queda a partir del martes.", "es", date(2023, 1, 9), "2023-01-10"),
        ("The strike starting on Monday paralysed the city.", "en", date(2023, 1, 9), "2023-01-09"),
    ],
)
def test_a_weekday_that_opens_a_term_is_ahead(text: str, lang: str, published: date, day: str) -> None:
    assert one(text, lang, published).range.start.isoformat() == day

