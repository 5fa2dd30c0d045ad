"""A state measure answering an incident with its dead; a national strike that
only dates the story; a bare date restating a day counted from the story's own."""

from __future__ import annotations

from datetime import date

from kipu.extract.dates import find_dates
from kipu.extract.pipeline import Extractor

EX = Extractor()


def _got(text: str, lang: str, published: date) -> list[tuple]:
    out = EX.extract(text, published=published, lang=lang)
    return sorted((e.type, e.sub_type, str(e.date.start), e.place.name, e.fatalities.low if e.fatalities else None) for e in out.events)


def test_a_measure_after_clashes_with_their_dead_is_two_events_and_the_measure_takes_no_dead():
    text = ("Emergency in Puno\n\nThe government declared a state of emergency in Puno on Friday after clashes in which "
            "13 people were killed in Juliaca, as protesters kept roads blocked.\n")
    got = _got(text, "en", date(2023, 1, 14))
    assert ("strategic_development", "state_measure", "2023-01-13", "Puno", None) in got
    assert ("protest", "excessive_force", "2023-01-13", "Juliaca", 13) in got


def test_spanish_measure_luego_de_enfrentamientos_con_muertos():
    text = ("Emergencia\n\nEl Gobierno declaró el viernes el estado de emergencia en Puno, luego de enfrentamientos en los "
            "que murieron 13 personas en Juliaca durante el paro regional.\n")
    got = _got(text, "es", date(2023, 1, 14))
    assert ("strategic_development", "state_measure", "2023-01-13", "Puno", None) in got
    assert ("protest", "excessive_force", "2023-01-13", "Juliaca", 13) in got


def test_troops_ordered_into_a_city_after_a_day_of_clashes_keep_the_city_for_both():
    text = ("Troops to Cali\n\nCALI (wire) - Thousands of protesters have kept blockades across Cali for a month. President "
            "Iván Duque ordered the army into Cali on Friday night after a day of clashes in which at least 13 people were "
            "killed in the city.\n")
    got = _got(text, "en", date(2021, 5, 29))
    assert ("strategic_development", "state_measure", "2021-05-28", "Cali", None) in got
    assert ("protest", "excessive_force", "2021-05-28", "Cali", 13) in got


def test_a_cause_with_no_count_stays_the_measures_backdrop():
    text = "Emergency\n\nThe government declared a state of emergency in Puno on Friday after violent protests.\n"
    got = _got(text, "en", date(2023, 1, 14))
    assert got == [("strategic_development", "state_measure", "2023-01-13", "Puno", None)]


def test_a_national_strike_named_after_after_only_dates_the_local_violence():
    text = ("Cali\n\nCALI (wire) - At least 13 people were killed in Cali on Friday.\n\nThe violence on Friday, exactly one "
            "month after the national strike began on April 28, broke out near the university, where residents said men "
            "in civilian clothes fired on protesters alongside police.\n")
    got = _got(text, "en", date(2021, 5, 29))
    assert {(g[3]) for g in got} == {"Cali"}


def test_a_bare_date_restating_days_counted_from_an_old_day_keeps_that_year():
    text = ("El 15 de noviembre de 2019, los militares dispararon contra una marcha en Sacaba.\n\n"
            "Cuatro días después, el 19 de noviembre, otra operación militar dejó diez muertos en Senkata.")
    days = [(m.kind, str(m.range.start)) for m in find_dates(text, "es", date(2024, 11, 15))]
    assert days == [("explicit", "2019-11-15"), ("anchor", "2019-11-19"), ("explicit", "2019-11-19")]
    # a bare date with no counted day before it still reads from the publication date
    days = [str(m.range.start) for m in find_dates("El 15 de noviembre de 2019 hubo una marcha.\n\nEl 19 de noviembre hubo otra.", "es", date(2024, 11, 25))]
    assert days == ["2019-11-15", "2024-11-19"]


def test_a_measure_told_as_still_in_force_with_no_day_is_no_new_measure():
    assert _got("Puno\n\nEl prefecto recordó que el estado de emergencia declarado por el Ejecutivo en la región sigue vigente.\n", "es", date(2023, 1, 25)) == []
    assert _got("Puno\n\nThe state of emergency declared in Puno remains in force, the prefect said.\n", "en", date(2023, 1, 25)) == []
    # a day of its own is the measure's news
    got = _got("Puno\n\nThe government declared a state of emergency in Puno on Monday; it remains in force until February.\n", "en", date(2023, 1, 25))
    assert got == [("strategic_development", "state_measure", "2023-01-23", "Puno", None)]


def test_a_leading_after_clause_with_its_toll_is_its_own_incident():
    text = "Puno\n\nAfter clashes killed 13 people in Juliaca on Monday, the government declared a state of emergency in Puno.\n"
    got = _got(text, "en", date(2023, 1, 11))
    assert ("protest", "excessive_force", "2023-01-09", "Juliaca", 13) in got
    assert [g for g in got if g[0] == "strategic_development"] == [("strategic_development", "state_measure", "2023-01-09", "Puno", None)]
