"""Where and when a sentence's incident is: a bare "the capital" is the
country's capital, a destination is not the place, a transitive onset verb
dates the protest it begins, a span of months is a period, not an incident."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor
from kipu.geo.gazetteer import Gazetteer

EX = Extractor()


def places(text: str, lang: str, published: date = date(2023, 1, 18)) -> list[tuple[str | None, str | None, str]]:
    out = EX.extract(text, published=published, lang=lang)
    return [(e.place.name if e.place else None, e.place.admin1 if e.place else None, e.place.country if e.place else "")
            for e in out.events]


def test_every_latin_american_capital_resolves():
    gaz = Gazetteer.load()
    assert gaz.capital("PE").id == "PE-1501"
    assert gaz.capital("EC").name == "Quito" and gaz.capital("GT").admin1 == "Guatemala"
    assert gaz.capital("XX") is None


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Paro en el sur\n\nEn Puno, miles de comuneros bloquearon las vías el lunes. "
         "En la capital, cientos de universitarios marcharon hacia el Congreso.\n", "es"),
        ("Unrest in the south\n\nIn Puno, thousands of farmers blocked roads on Monday. "
         "In the capital, hundreds of university students marched toward Congress.\n", "en"),
    ],
)
def test_the_capital_is_lima_not_the_paragraphs_region(text, lang):
    # (the march's place is Lima's Congress, where it headed, or Lima itself: the region is the point)
    assert [(admin1, country) for _, admin1, country in places(text, lang)] == [("Puno", "PE"), ("Lima", "PE")]


def test_the_capital_of_a_foreign_story_is_that_countrys():
    text = ("Bloqueos en Ecuador\n\nTransportistas bloquearon el martes las vías de Cuenca, en Ecuador. "
            "En la capital, estudiantes se concentraron frente a la Asamblea.\n")
    assert ("Quito", "Pichincha", "EC") in places(text, "es")


@pytest.mark.parametrize(
    "sentence,lang",
    [
        ("En Puno, miles de comuneros bloquearon las vías el lunes y en la capital regional se concentraron cientos.", "es"),
        ("In Puno, thousands of farmers blocked roads on Monday, and caravans set off toward the capital.", "en"),
        ("En Puno, miles de comuneros bloquearon las vías el lunes, y otros se dirigían hacia la capital.", "es"),
    ],
)
def test_a_regional_capital_or_a_destination_is_not_the_national_capital(sentence, lang):
    assert {p[1] for p in places(f"Titular\n\n{sentence}\n", lang)} == {"Puno"}


@pytest.mark.parametrize(
    "sentence,lang",
    [
        ("Autoridades comunales de Totonicapán iniciaron el lunes un paro indefinido.", "es"),
        ("Community leaders in Totonicapan began on Monday an indefinite strike.", "en"),
    ],
)
def test_an_onset_verb_with_its_protest_dates_that_protest(sentence, lang):
    [event] = EX.extract(f"Titular\n\n{sentence}\n", published=date(2023, 10, 4), lang=lang).events
    assert event.date.start == date(2023, 10, 2)


def test_an_onset_verb_of_a_past_movement_still_dates_the_movement():
    text = ("Marcha en Lima\n\nMiles de personas marcharon hoy en Lima. Las protestas, que se iniciaron "
            "el 7 de diciembre, no se detienen.\n")
    events = EX.extract(text, published=date(2023, 1, 19), lang="es").events
    assert [e.date.start for e in events] == [date(2023, 1, 19)]


def test_roads_out_toward_other_regions_are_not_events_there():
    text = ("Paro en Puno\n\nEn Juliaca, los manifestantes bloquearon con piedras el puente Maravillas "
            "y las salidas hacia Cusco y Arequipa el jueves.\n")
    assert places(text, "es") == [("Juliaca", "Puno", "PE")]


def test_a_report_s_span_of_months_bounds_no_incident():
    text = ("Report on the crackdown\n\nThe report documents 12 cases in which protesters were killed by gunfire in "
            "Ayacucho and Puno between December 2022 and February 2023. In Ayacucho, soldiers fired at protesters "
            "on December 15, killing ten people, the report said.\n")
    events = EX.extract(text, published=date(2023, 4, 13), lang="en").events
    assert [(e.place.admin1, e.date.start, e.fatalities.low) for e in events] == [("Ayacucho", date(2022, 12, 15), 10)]


def test_a_capitalised_square_named_de_someone_is_no_town():
    text = ("Headline\n\nClashes in Cali left three dead overnight, officials said on Tuesday. "
            "In Bogotá, thousands marched peacefully to the Plaza de Bolívar on Monday.\n")
    got = places(text, "en", published=date(2021, 5, 4))
    assert ("Cali", "Valle del Cauca", "CO") in got and ("Bogotá", "Bogota, D.C.", "CO") in got and len(got) == 2


@pytest.mark.parametrize(
    "sentence,lang",
    [
        ("Rights groups say at least 26 people have been killed since the strike began on April 28.", "en"),
        ("Al menos 26 personas han muerto desde que comenzó el paro nacional el 28 de abril.", "es"),
        ("Al menos 26 personas han muerto desde el inicio del paro, el 28 de abril, informó la Defensoría.", "es"),
    ],
)
def test_a_toll_since_the_movement_began_is_a_tally_not_an_incident(sentence, lang):
    lede = {"en": "Thousands marched in Bogotá on Monday.", "es": "Miles marcharon el lunes en Bogotá."}[lang]
    out = EX.extract(f"Titular\n\n{lede} {sentence}\n", published=date(2021, 5, 4), lang=lang)
    assert [(e.fatalities, e.place.name) for e in out.events] == [(None, "Bogotá")]
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 26)]


def test_an_onset_verb_with_a_definite_strike_still_dates_it():
    [event] = EX.extract("Titular\n\nLos docentes de Cusco comenzaron el paro el lunes.\n", published=date(2023, 10, 4), lang="es").events
    assert event.date.start == date(2023, 10, 2)


@pytest.mark.parametrize(
    "sentence,lang",
    [
        ("Los docentes del Cusco cumplieron el viernes su quinto día de huelga.", "es"),
        ("Teachers in Cusco held their strike for a fifth straight day on Friday.", "en"),
    ],
)
def test_the_fifth_day_of_a_strike_began_four_days_before(sentence, lang):
    [event] = EX.extract(f"Titular\n\n{sentence}\n", published=date(2024, 3, 16), lang=lang).events
    assert (event.date.start, event.date.end) == (date(2024, 3, 11), date(2024, 3, 15))


def test_a_country_kicker_does_not_hide_the_leads_city():
    # "Bolivia:" opens the headline; the story's city is the next place named
    text = ("Bolivia: maestros protestan en Cochabamba\n\n"
            "Cientos de maestros marcharon este miércoles por la plaza principal. "
            "La policía detuvo a cinco dirigentes.\n\n"
            "En Oruro, los maestros rurales bloquearon la carretera.\n")
    got = places(text, "es", published=date(2024, 3, 6))
    assert {g[1] for g in got} == {"Cochabamba", "Oruro"}



def test_a_dateline_date_does_not_date_the_leads_undated_details():
    # the stamp is the filing day; "este lunes" in the lead is the day told
    text = ("Jornada violenta en Juliaca\n\n"
            "Juliaca, 10 de enero de 2023. Dos comuneros murieron este lunes en los alrededores del aeropuerto, "
            "informó la Diresa.\n\n"
            "Miles de manifestantes intentaron tomar el terminal desde horas de la mañana.\n")
    out = EX.extract(text, published=date(2023, 1, 10), lang="es")
    assert [e.date.start for e in out.events] == [date(2023, 1, 9)]


def test_a_region_name_before_square_or_avenue_names_the_street():
    got = places("In Lima, hundreds of nurses rallied on Tuesday in the Ucayali square near the ministry.", "en")
    assert got and all(admin1 == "Lima" for _, admin1, _ in got), got


# A district name shared by one of the capital's districts and a rural
# namesake is the capital's when nothing in the article points elsewhere, and the
# namesake's when the article names its province or region.

def _regions(text: str) -> list[str | None]:
    out = EX.extract(text, published=date(2024, 10, 10), lang="es")
    return [e.place.admin1 if e.place else None for e in out.events]


def test_bare_district_name_is_the_capitals():
    assert _regions("Reclamo vecinal\n\nEl jueves, decenas de vecinos bloquearon la avenida "
                    "principal del distrito de Comas para pedir serenazgo.\n") == ["Lima"]


def test_district_named_with_its_province_is_the_namesake():
    assert _regions("Reclamo comunal\n\nEl jueves, comuneros de la provincia de Concepción, en "
                    "Junín, cerraron la carretera en el distrito de Comas.\n") == ["Junín"]


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        # "San José" is a Peruvian district too; the demonym says which one.
        ("Docentes costarricenses marcharon el martes por el centro de San José contra el recorte al presupuesto de educación.",
         "es", ("San Jose", "CR")),
        ("Costa Rican port workers marched on Tuesday through Limón against the concession of the new terminal.",
         "en", ("Limon", "CR")),
    ],
)
def test_a_demonym_points_ambiguous_names_to_its_country(text, lang, expected):
    found = places(f"Titular\n\n{text}\n", lang, date(2018, 9, 11))
    assert [(admin1, country) for _, admin1, country in found] == [expected]


def test_a_national_body_tells_the_country_when_no_place_is_named():
    text = "Titular\n\nFuncionarios de la CCSS realizaron el lunes un paro de dos horas para exigir el pago de sus pluses.\n"
    assert places(text, "es", date(2018, 9, 11)) == [("Costa Rica", None, "CR")]


def test_a_neighbours_demonym_does_not_move_a_peruvian_story():
    text = ("Titular\n\nComerciantes bolivianos y peruanos bloquearon el lunes el puente internacional de Desaguadero "
            "para exigir la reapertura de la frontera.\n")
    assert [(admin1, country) for _, admin1, country in places(text, "es")] == [("Puno", "PE")]


def test_signs_are_counted_so_a_passing_neighbour_loses():
    gaz = Gazetteer.load()
    signed = gaz.signed_countries("Los costarricenses y la CCSS... un migrante nicaragüense.")
    assert signed.most_common(1)[0][0] == "CR" and signed["NI"] == 1
    assert not gaz.signed_countries("Una marcha en Juliaca.")


def test_a_list_of_other_regions_does_not_outweigh_the_lead_s_city():
    # Lima is named twice, the list three times: the list is one mention, so
    # the placeless paragraph is still in Lima, not "Peru".
    text = ("Teachers march for pay\n\nThousands of teachers marched through central Lima on Tuesday to demand higher wages. "
            "The columns gathered at Plaza Dos de Mayo before noon.\n\n"
            "Late in the afternoon, police fired tear gas to push back a group that tried to reach the Education Ministry.\n\n"
            "Smaller marches were held the same day in Piura, Tacna and Ica.\n")
    out = EX.extract(text, published=date(2023, 6, 7), lang="en")
    lima = [e for e in out.events if e.place and e.place.admin1 == "Lima"]
    assert [e.sub_type for e in lima] == ["intervention"] and "tear_gas" in lima[0].state_response
    assert out.events and all(e.place.admin1 is not None for e in out.events)


def test_a_country_with_no_region_named_is_named_not_coded():
    out = EX.extract("Headline\n\nThousands of Brazilians stormed Brazil's Congress on Sunday.\n", published=date(2023, 1, 9), lang="en")
    assert [(e.place.name, e.place.country, e.place.precision) for e in out.events] == [("Brasil", "BR", "country")]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Protesters have blocked the Ramis bridge in Puno since January 4.", "en"),
        ("Los comuneros mantienen bloqueado el puente Ramis en Puno desde el 4 de enero.", "es"),
    ],
)
def test_a_blockade_begun_on_a_named_day_is_an_incident_however_long(extractor, text, lang):
    out = extractor.extract(f"Headline\n\n{text}\n", published=date(2023, 3, 8), lang=lang)
    assert [(str(e.date.start), str(e.date.end), e.forms) for e in out.events] == [("2023-01-04", "2023-03-08", ["roadblock"])]


def test_places_of_a_later_clause_without_incident_words_are_not_the_incidents(extractor):
    text = ("Demonstrators blocked highways in at least eight of Peru's 25 regions on Thursday, "
            "and some 5,000 tourists were stranded in Cusco after trains to Machu Picchu stopped running.")
    out = extractor.extract(f"Headline\n\n{text}\n", published=date(2022, 12, 16), lang="en")
    assert [(e.place.country, e.place.admin1, e.forms) for e in out.events] == [("PE", None, ["roadblock"])]


def test_an_opening_place_still_belongs_to_a_later_clause(extractor):
    text = "In Huancayo, teachers from the union, the college, and the institute blocked the avenue on Thursday."
    out = extractor.extract(f"Headline\n\n{text}\n", published=date(2022, 12, 16), lang="en")
    assert [e.place.admin1 for e in out.events] == ["Junín"]


@pytest.mark.parametrize(
    "dateline",
    ["Lima, 10 de enero de 2023 (Andina).-", "Juliaca, 10 de enero.-", "Lima, 10 de enero de 2023.-"],
)
def test_a_spanish_wire_dateline_dates_the_report_not_the_incident(extractor, dateline):
    text = f"{dateline} Diecisiete personas fallecieron ayer en los enfrentamientos en Juliaca, informó la Defensoría."
    out = extractor.extract(f"Titular\n\n{text}\n", published=date(2023, 1, 10), lang="es")
    assert [str(e.date.start) for e in out.events] == ["2023-01-09"]


def test_a_finding_over_two_months_told_in_a_report_released_today_is_no_incident(extractor):
    text = ("(Lima, February 16, 2023) – Security forces used lethal force unlawfully during protests in December and January, "
            "a rights group said in a report released today.")
    out = extractor.extract(f"Headline\n\n{text}\n", published=date(2023, 2, 16), lang="en")
    assert out.events == []


def test_an_undated_retelling_at_a_place_inside_the_dated_incidents_region_is_that_incident(extractor):
    text = (
        "Lima, 20 de marzo de 2023.- La Fiscalía acusó a cinco militares por la muerte de diez personas durante las protestas "
        "del 15 de diciembre en Ayacucho.\n\nSegún la fiscalía, los soldados dispararon contra los manifestantes que intentaban "
        "ingresar al aeropuerto Alfredo Mendívil Duarte. Las víctimas, entre ellas un menor de 15 años, murieron por impactos de bala."
    )
    out = extractor.extract(f"Titular\n\n{text}\n", published=date(2023, 3, 20), lang="es")
    assert [(str(e.date.start), e.place.admin1, e.fatalities.low if e.fatalities else None) for e in out.events] == [("2022-12-15", "Ayacucho", 10)]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("El Frente de Defensa de Espinar acordó iniciar un paro indefinido a partir del 20 de marzo.", "es"),
        ("The teachers' union agreed to begin an indefinite strike on March 20 in Cusco.", "en"),
    ],
)
def test_a_decision_to_strike_later_is_a_plan(extractor, text, lang):
    out = extractor.extract(f"Headline\n\n{text}\n", published=date(2023, 3, 8), lang=lang)
    assert out.events == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Ayacucho. Los familiares de las víctimas del 15 de diciembre realizaron una vigilia en la Plaza Mayor de Huamanga."),
        ("en", "Relatives of the victims of December 15 held a vigil in Huamanga."),
    ],
)
def test_the_day_of_the_victims_remembered_does_not_date_the_vigil(lang: str, text: str) -> None:
    [event] = EX.extract(f"Titular\n\n{text}\n", published=date(2023, 1, 16), lang=lang).events
    assert (event.forms, event.date.start) == (["vigil"], date(2023, 1, 16))


def test_the_day_of_the_dead_before_a_when_clause_dates_that_past_incident() -> None:
    text = "Titular\n\nLos deudos recordaron a los fallecidos del 15 de diciembre de 2022, cuando militares dispararon contra los manifestantes en Huamanga.\n"
    events = EX.extract(text, published=date(2023, 1, 20), lang="es").events
    assert [(e.sub_type, e.date.start) for e in events] == [("excessive_force", date(2022, 12, 15))]


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        ("es", "Puno, 9 de enero (Andina).- Al menos 17 personas murieron ayer en enfrentamientos entre manifestantes y policías en Juliaca.", date(2023, 1, 8)),
        ("es", "Lima, ene. 9 (ANDINA). Al menos 17 personas murieron este lunes en enfrentamientos entre manifestantes y policías en Juliaca.", date(2023, 1, 9)),
        ("en", "LIMA, Jan 9 (Reuters) - At least 17 people were killed on Monday in clashes between protesters and police in Juliaca.", date(2023, 1, 9)),
    ],
)
def test_relative_days_are_read_from_the_wires_dateline_not_the_feeds_date(lang: str, text: str, day: date) -> None:
    # the feed says the 16th (a republication); the reporter wrote on the 9th
    [event] = EX.extract(f"Titular\n\n{text}\n", published=date(2023, 1, 16), lang=lang).events
    assert event.date.start == day


def test_a_dateline_far_from_the_feeds_date_is_not_trusted() -> None:
    text = "Titular\n\nPuno, 9 de marzo (Andina).- Cientos de pobladores marcharon ayer en Juliaca.\n"
    [event] = EX.extract(text, published=date(2023, 1, 16), lang="es").events
    assert event.date.start == date(2023, 1, 15)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The protests erupted after the ouster and arrest of former President Pedro Castillo on Dec. 7."),
        ("es", "Las protestas estallaron tras la vacancia y detención del expresidente Pedro Castillo el 7 de diciembre."),
    ],
)
def test_a_presidents_arrest_that_set_off_the_protests_is_no_arrest_at_a_protest(lang: str, text: str) -> None:
    assert EX.extract(f"Titular\n\n{text}\n", published=date(2023, 1, 19), lang=lang).events == []
