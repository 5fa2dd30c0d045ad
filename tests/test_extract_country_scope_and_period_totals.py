"""A country named "across" it, a blockade police were sent "to clear", a run
that ended days before the report, and a period's tolls told for the whole
country: scope, typing, dates and totals of reports from the region."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _events(text: str, lang: str, published: date) -> list:
    return EX.extract(text, published=published, lang=lang).events


def test_roadblocks_across_a_country_datelined_in_its_same_named_capital_are_nationwide():
    text = ("Guatemala blockades\n\nGUATEMALA CITY (wire) — Indigenous authorities maintained more than 100 roadblocks "
            "across Guatemala on Monday, the second week of protests against the attorney general.\n")
    (event,) = _events(text, "en", date(2023, 10, 16))
    assert (event.place.country, event.place.admin1, str(event.date.start)) == ("GT", None, "2023-10-16")


def test_spanish_en_todo_el_pais_named():
    text = "Panamá\n\nPANAMÁ (agencias) — Los docentes mantuvieron este lunes bloqueos en toda Panamá contra el contrato minero.\n"
    (event,) = _events(text, "es", date(2023, 11, 6))
    assert (event.place.country, event.place.admin1) == ("PA", None)


def test_police_using_tear_gas_to_clear_a_blockade_is_an_intervention_not_a_raid():
    text = ("Guatemala\n\nProtesters have blocked roads across Guatemala for two weeks. On Sunday night, police used "
            "tear gas to clear a blockade in the capital and arrested several people.\n")
    got = [(e.type, e.sub_type, str(e.date.start)) for e in _events(text, "en", date(2023, 10, 16))]
    assert ("protest", "intervention", "2023-10-15") in got


def test_a_run_counted_back_from_the_report_ends_on_the_day_it_ended():
    text = ("Ecuador\n\nQUITO — La Defensoría del Pueblo informó este lunes que 11 personas murieron durante los 11 días "
            "de paro nacional contra la eliminación de los subsidios, que terminó el domingo con un acuerdo.\n")
    (event,) = _events(text, "es", date(2019, 10, 14))
    assert (str(event.date.start), str(event.date.end)) == ("2019-10-03", "2019-10-13")


def test_a_run_with_no_end_day_is_still_counted_back_from_the_report():
    text = ("Ecuador\n\nQUITO — La Defensoría del Pueblo informó este lunes que 11 personas murieron durante los 11 días "
            "de paro nacional contra la eliminación de los subsidios.\n")
    (event,) = _events(text, "es", date(2019, 10, 14))
    assert (str(event.date.start), str(event.date.end)) == ("2019-10-04", "2019-10-14")


def test_two_tolls_for_the_whole_country_over_a_written_fortnight_are_totals():
    text = ("Ecuador\n\nQUITO — El paro nacional terminó el domingo. Según el organismo, 1.340 personas resultaron heridas "
            "y 1.192 fueron detenidas entre el 3 y el 13 de octubre.\n")
    out = EX.extract(text, published=date(2019, 10, 14), lang="es")
    assert sorted((t.measure, t.value) for t in out.tallies) == [("arrests", 1192), ("injuries", 1340)]
    assert all(e.injuries is None and e.arrests is None for e in out.events)


def test_the_tolls_of_a_named_region_over_a_few_days_stay_the_incidents():
    text = ("Puno\n\nEntre el 9 y el 11 de enero, 18 personas murieron y 80 resultaron heridas en los enfrentamientos "
            "de Juliaca.\n")
    out = EX.extract(text, published=date(2023, 1, 12), lang="es")
    assert not out.tallies
    (event,) = out.events
    assert (event.fatalities.low, event.injuries.low, event.place.admin1) == (18, 80, "Puno")


def test_divisions_counted_with_a_qualifier_are_the_whole_country():
    text = "Ecuador\n\nEn Quito hubo marchas el lunes. El miércoles, los manifestantes bloquearon las vías en al menos 16 provincias.\n"
    got = sorted((str(e.date.start), e.place.admin1) for e in _events(text, "es", date(2022, 6, 23)))
    assert got == [("2022-06-20", "Pichincha"), ("2022-06-22", None)]


def test_an_action_named_with_its_length_and_the_day_it_ended_runs_back_from_that_day():
    # (before: only the Sunday it ended; the length told with the strike is its run)
    text = ("Ecuador\n\nQUITO — La Defensoría informó este lunes que once personas murieron en el paro de once días, "
            "que terminó el domingo.\n")
    (event,) = _events(text, "es", date(2019, 10, 14))
    assert (str(event.date.start), str(event.date.end)) == ("2019-10-03", "2019-10-13")


def test_blockades_counted_by_provinces_beside_marches_in_a_named_city_are_two_events():
    text = ("Ecuador\n\nQUITO — La movilización indígena cumplió este miércoles diez días con bloqueos de vías en al menos "
            "16 provincias y marchas en Quito, donde los manifestantes se enfrentaron a la Policía.\n")
    got = sorted((e.place.admin1 or "", e.type, tuple(e.forms)) for e in _events(text, "es", date(2022, 6, 22)))
    assert ("", "protest", ("roadblock",)) in got  # the country's roadblocks, peaceful: the clash was Quito's
    assert [g for g in got if g[0] == "Pichincha" and g[1] == "riot"]


def test_provinces_of_a_named_region_are_no_country():
    text = "Puno\n\nEn Puno, los bloqueos continúan este sábado en 12 de las 13 provincias de la región.\n"
    got = [(e.place.country, e.place.admin1) for e in _events(text, "es", date(2023, 1, 14))]
    assert got == [("PE", "Puno")]
