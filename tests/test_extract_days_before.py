"""A dated incident and the one told as "a day after" it: two incidents."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _got(text: str, lang: str, published: date = date(2023, 1, 20)) -> list[tuple]:
    out = EX.extract(text, published=published, lang=lang)
    return sorted((str(e.date.start), e.place.admin1 or "", e.type, e.sub_type, e.fatalities.low if e.fatalities else None) for e in out.events)


def test_a_blockade_on_friday_a_day_after_a_march_in_lima_is_two_incidents():
    text = ("Unrest in Peru\n\nLIMA, Jan 20 (wire) - Protesters in Puno blocked dozens of highways on Friday, a day after "
            "thousands marched in Lima to demand the president's resignation, as the death toll rose to 47.\n")
    assert _got(text, "en") == [("2023-01-19", "Lima", "protest", "peaceful", None), ("2023-01-20", "Puno", "protest", "peaceful", None)]


def test_a_curfew_a_day_after_a_killing_dates_the_killing_the_day_before():
    text = ("Curfew in Puno\n\nThe government imposed a night-time curfew in the Puno region on Tuesday, a day after "
            "17 people were killed in clashes with security forces in Juliaca.\n")
    got = _got(text, "en", date(2023, 1, 11))
    assert ("2023-01-09", "Puno", "protest", "excessive_force", 17) in got
    assert ("2023-01-10", "Puno", "strategic_development", "state_measure", None) in got


def test_spanish_un_dia_despues_de_que():
    text = ("Protestas\n\nLos manifestantes bloquearon el viernes la carretera en Ilave, un día después de que "
            "miles marcharan en Arequipa contra el Gobierno.\n")
    assert _got(text, "es") == [("2023-01-19", "Arequipa", "protest", "peaceful", None), ("2023-01-20", "Puno", "protest", "peaceful", None)]


def test_a_day_after_a_decision_is_no_second_incident():
    # the clause after "a day after" tells no protest: one incident
    text = ("Ayacucho\n\nOn Thursday, a day after the government declared a state of emergency, a crowd marched "
            "towards the airport of Huamanga.\n")
    got = _got(text, "en", date(2022, 12, 16))
    assert len(got) == 1 and got[0][0] == "2022-12-15"


def test_a_first_strike_and_a_second_are_two_days():
    en = ("Strike\n\nTransport unions held a first strike on September 26 and a second, larger one on October 10, "
          "when tens of thousands marched in Lima.\n")
    es = "Paro\n\nLos gremios realizaron un primer paro el 26 de setiembre y un segundo el 10 de octubre, cuando miles marcharon en Lima.\n"
    for text, lang in ((en, "en"), (es, "es")):
        got = _got(text, lang, date(2024, 11, 13))
        assert [d for d, *_ in got] == ["2024-09-26", "2024-10-10"], lang


def test_police_barring_the_marchers_way_is_an_intervention():
    en = "Lima\n\nHundreds of protesters marched toward Congress on Wednesday, where riot police blocked their way.\n"
    es = "Lima\n\nCientos de manifestantes marcharon el miércoles hacia el Congreso, donde la Policía les cerró el paso.\n"
    for text, lang in ((en, "en"), (es, "es")):
        out = EX.extract(text, published=date(2024, 11, 13), lang=lang)
        assert [(e.sub_type, e.state_response) for e in out.events] == [("intervention", ["kettling"])], lang


def test_a_since_day_of_a_closed_airport_does_not_date_the_march_to_it():
    text = ("Ayacucho\n\nSoldiers opened fire on demonstrators at the airport of Ayacucho on Thursday, killing at least seven.\n\n"
            "The clashes began in the morning when hundreds of protesters marched to the airport, which had been closed since Monday.\n")
    got = _got(text, "en", date(2022, 12, 15))
    assert got == [("2022-12-15", "Ayacucho", "protest", "excessive_force", 7)]


def test_a_road_blocked_since_a_day_keeps_that_day():
    text = "Puno\n\nLos comuneros marcharon por la vía a Juliaca, que permanece bloqueada desde el lunes.\n"
    got = _got(text, "es", date(2023, 1, 20))
    assert got and got[0][0] == "2023-01-16"


def test_a_march_held_again_on_a_later_day_is_two_incidents():
    for text, lang in (
        ("Lima\n\nDemonstrators marched in Lima on January 12 and again on January 19.\n", "en"),
        ("Lima\n\nLos manifestantes marcharon en Lima el 12 de enero y nuevamente el 19 de enero.\n", "es"),
    ):
        assert [d for d, *_ in _got(text, lang)] == ["2023-01-12", "2023-01-19"], lang


def test_a_leading_subordinate_clause_is_its_own_incident():
    cases = (
        ("Protestas\n\nTras la marcha del lunes en Arequipa, este martes los transportistas acataron un paro en Tacna.\n", "es",
         [("2023-01-16", "Arequipa"), ("2023-01-17", "Tacna")]),
        ("Protests\n\nA day after a march in Arequipa, transport workers went on strike in Tacna on Tuesday.\n", "en",
         [("2023-01-16", "Arequipa"), ("2023-01-17", "Tacna")]),
    )
    for text, lang, want in cases:
        assert [(d, a) for d, a, *_ in _got(text, lang, date(2023, 1, 19))] == want, lang
    text = ("Protestas\n\nMientras en Lima miles marchaban hacia el Congreso, en Puno la Policía dispersaba con gases "
            "un bloqueo en Ilave.\n")
    got = [(a, sub) for _, a, _, sub, _ in _got(text, "es", date(2023, 1, 19))]
    assert got == [("Lima", "peaceful"), ("Puno", "intervention")]


def test_a_timeline_entry_in_the_present_that_kills_is_the_days_killing():
    body = "Key dates:\n\n- Dec. 15: Soldiers kill ten people near the airport in Ayacucho.\n"
    out = EX.extract("Timeline: Peru's deadly protests\n\n" + body, published=date(2023, 1, 25), lang="en")
    got = [(str(e.date.start), e.sub_type, e.fatalities.low if e.fatalities else None) for e in out.events]
    assert got == [("2022-12-15", "excessive_force", 10)]


def test_a_strike_kept_up_in_a_places_aside_is_its_own_incident_beside_the_days_rally():
    for text, lang in (
        ("Puno\n\nIn Puno, where an indefinite strike has been under way since January 4, thousands rallied in the main "
         "square on Monday.\n", "en"),
        ("Puno\n\nEn Puno, donde rige un paro indefinido desde el 4 de enero, miles se concentraron el lunes en la plaza "
         "de Armas.\n", "es"),
    ):
        out = EX.extract(text, published=date(2023, 1, 20), lang=lang)
        got = sorted((str(e.date.start), str(e.date.end), "strike" in e.forms, "rally" in e.forms) for e in out.events)
        assert got == [("2023-01-04", "2023-01-20", True, False), ("2023-01-16", "2023-01-16", False, True)], lang
