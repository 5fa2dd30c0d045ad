"""Place resolution for events: context, non-locative mentions, precision."""

from __future__ import annotations

import pytest

from kipu.extract.places import PlaceResolver, is_non_locative, mention_role, places_in
from kipu.model import Place, Span


@pytest.fixture(scope="module")
def resolver() -> PlaceResolver:
    return PlaceResolver()


def resolve(resolver: PlaceResolver, text: str, sentence: str | None = None) -> Place | None:
    """Resolve the place of the sentence ``sentence`` (default: all text)."""
    start = text.index(sentence) if sentence else 0
    span = Span(start, start + len(sentence or text))
    return resolver.resolve(text, span, places_in(text))


@pytest.mark.parametrize(
    "text, admin1, admin2",
    [
        ("Los comuneros bloquearon la carretera en Santa Rosa, provincia de Melgar.", "Puno", "Melgar"),
        ("Vecinos marcharon en Santa Rosa, cerca de Chiclayo, en Lambayeque.", "Lambayeque", "Chiclayo"),
        ("Hubo un plantón en Santa Rosa, en el departamento de San Martín.", "San Martín", "El Dorado"),
    ],
)
def test_santa_rosa_resolved_by_context(resolver, text, admin1, admin2):
    place = resolve(resolver, text)
    assert place is not None
    assert (place.name, place.admin1, place.admin2, place.precision) == ("Santa Rosa", admin1, admin2, "district")


def test_context_from_paragraph_disambiguates(resolver):
    text = "La protesta se concentró en Ayaviri.\nDespués, otro grupo bloqueó la vía en Santa Rosa."
    place = resolve(resolver, text, "Después, otro grupo bloqueó la vía en Santa Rosa.")
    assert place is not None and place.admin2 == "Melgar"


def test_origin_mention_is_not_the_place(resolver):
    text = "El joven, natural de Puno, fue detenido durante la marcha."
    match = places_in(text)[0]
    assert match.surface == "Puno" and is_non_locative(text, match)
    assert resolve(resolver, text) is None
    en = "The victim, a native of Ayacucho, was wounded in Lima."
    place = resolve(resolver, en)
    assert place is not None and place.admin1 == "Lima"


def test_a_place_people_are_taken_away_from_is_where_it_happened(resolver):
    # "from" alone makes an origin ("a vendor from Puno"); "evacuated from",
    # "evicted from" tell what was done at the place.
    text = "Tourists were evacuated from Machu Picchu on Saturday."
    assert [mention_role(text, m) for m in places_in(text)] == ["locative"]
    place = resolve(resolver, text)
    assert place is not None and place.admin1 == "Cusco"
    origin = "A street vendor from Puno spoke to reporters."
    assert [mention_role(origin, m) for m in places_in(origin)] == ["origin"]


def test_where_marchers_are_heading_is_not_the_place(resolver):
    text = "En Juliaca bloquearon las salidas hacia Cusco y Arequipa."
    roles = {m.surface: mention_role(text, m) for m in places_in(text)}
    assert roles["Juliaca"] == "locative" and roles["Cusco"] == "origin"
    place = resolve(resolver, text)
    assert place is not None and place.name == "Juliaca"
    en = "Farmers in Ilave set off on Monday toward Puno."
    place = resolve(resolver, en)
    assert place is not None and place.name == "Ilave"


def test_organisation_mention_is_not_the_place(resolver):
    text = "El Frente de Defensa de Moquegua convocó un paro en Ilo."
    roles = {m.surface: mention_role(text, m) for m in places_in(text)}
    assert roles == {"Moquegua": "organisation", "Ilo": "locative"}
    place = resolve(resolver, text)
    assert place is not None and place.name == "Ilo" and place.admin1 == "Moquegua"


@pytest.mark.parametrize(
    "text",
    [
        "Los vecinos protestaron frente a la sede del Gobierno Regional de Ayacucho.",
        "Protesters gathered outside the regional government of Ayacucho.",
    ],
)
def test_an_organisation_named_as_its_building_is_the_place(resolver, text):
    place = resolve(resolver, text)
    assert place is not None and place.admin1 == "Ayacucho"


@pytest.mark.parametrize(
    "text, name, admin1",
    [
        ("En Juliaca, cientos de vecinos se concentraron en la plaza Bolognesi.", "Juliaca", "Puno"),
        ("In Arequipa, workers marched to the Plaza San Martín.", "Arequipa", "Arequipa"),
        ("Cientos de estudiantes se concentraron en la plaza San Martín.", "Plaza San Martín", "Lima"),
    ],
)
def test_a_square_of_the_town_named_is_not_the_capitals_square(resolver, text, name, admin1):
    place = resolve(resolver, text)
    assert place is not None and (place.name, place.admin1) == (name, admin1)


@pytest.mark.parametrize(
    "text, country",
    [("Riot police fired tear gas at protesters in Panama City.", "PA"), ("Los vecinos de la provincia de Limón bloquean la ruta 32.", "CR")],
)
def test_a_division_reached_through_a_city_or_prefix_of_several_words_needs_no_country(resolver, text, country):
    place = resolve(resolver, text)
    assert place is not None and place.country == country


@pytest.mark.parametrize(
    "text, name",
    [("Shares of Buenaventura fell after protesters occupied a mine near Oyón.", "Buenaventura"),
     ("Los comuneros tomaron el campamento de la minera Buenaventura en Oyón.", "Buenaventura")],
)
def test_a_company_named_by_its_shares_or_as_a_miner_is_not_a_place(resolver, text, name):
    roles = {m.surface: mention_role(text, m) for m in places_in(text)}
    assert roles[name] == "organisation"


def test_where_an_organisation_is_based_is_not_the_place(resolver):
    text = "A Lima-based newspaper reported that hundreds marched in Tacna."
    roles = {m.surface: mention_role(text, m) for m in places_in(text)}
    assert roles == {"Lima": "organisation", "Tacna": "locative"}


def test_capitalisation_rule(resolver):
    assert places_in("la unión de los trabajadores exige diálogo") == []
    place = resolve(resolver, "Los agricultores bloquearon la vía en La Unión, en Piura.")
    assert place is not None and (place.name, place.admin1) == ("La Unión", "Piura")


def test_landmarks_resolve(resolver):
    bambas = resolve(resolver, "Comuneros bloquearon el acceso a la mina Las Bambas.")
    assert bambas is not None
    assert (bambas.admin1, bambas.admin2, bambas.precision) == ("Apurímac", "Cotabambas", "landmark")
    airport = resolve(resolver, "Hubo enfrentamientos cerca del aeropuerto de Juliaca.")
    assert airport is not None
    assert (airport.admin1, airport.admin2, airport.precision) == ("Puno", "San Román", "landmark")
    assert airport.lat is not None and -16 < airport.lat < -15


def test_most_precise_place_in_sentence_wins(resolver):
    place = resolve(resolver, "En Puno, los manifestantes tomaron la plaza de Juliaca.")
    assert place is not None and (place.name, place.admin1, place.precision) == ("Juliaca", "Puno", "district")


def test_lima_is_the_department(resolver):
    place = resolve(resolver, "Miles marcharon en Lima contra el gobierno.")
    assert place is not None and (place.admin1, place.precision, place.gazetteer_id) == ("Lima", "department", "PE-15")


def test_plaza_de_armas_defers_to_the_town(resolver):
    place = resolve(resolver, "Se reunieron en la Plaza de Armas de Cusco.")
    assert place is not None and place.admin1 == "Cusco"
    assert resolve(resolver, "Se reunieron en la Plaza de Armas.") is None


def test_latin_american_city(resolver):
    place = resolve(resolver, "Indigenous groups marched in Guayaquil on Tuesday.")
    assert place is not None and (place.country, place.admin1, place.name) == ("EC", "Guayas", "Guayaquil")
    bol = resolve(resolver, "Hubo bloqueos en Cochabamba, Bolivia.")
    assert bol is not None and (bol.country, bol.admin1) == ("BO", "Cochabamba")


def test_common_word_foreign_division_needs_its_country(resolver):
    assert resolve(resolver, "El paro Central fue convocado.") is None
    place = resolve(resolver, "En Paraguay, campesinos marcharon en Central.")
    assert place is not None and (place.country, place.admin1) == ("PY", "Central")


def test_sentence_without_place_falls_back_to_previous_sentence(resolver):
    text = "La marcha partió en Huancayo. Luego hubo heridos."
    place = resolve(resolver, text, "Luego hubo heridos.")
    assert place is not None and place.admin1 == "Junín"
    assert resolve(resolver, "Huancayo amaneció tranquilo.\n\nLuego hubo heridos.", "Luego hubo heridos.") is None


def test_admin1s_one_per_region(resolver):
    text = "Marches took place in Piura, Cusco and Puno, and in Juliaca."
    regions = resolver.admin1s(text, Span(0, len(text)), places_in(text))
    assert [p.admin1 for p in regions] == ["Piura", "Cusco", "Puno"]
    assert regions[-1].name == "Juliaca"  # most precise place kept per region


def test_place_carries_span_and_coordinates(resolver):
    text = "Bloqueo en Pichanaki."
    place = resolve(resolver, text)
    assert place is not None and place.span is not None
    assert text[place.span.start : place.span.end] == "Pichanaki"
    assert place.admin1 == "Junín" and place.admin2 == "Chanchamayo" and place.lat is not None


def test_every_name_of_an_origin_list_is_an_origin() -> None:
    from datetime import date

    from kipu.extract.pipeline import Extractor

    text = "El 21 de enero, estudiantes llegados desde Puno, Cusco y Apurímac marcharon en Lima."
    events = Extractor().extract(text, published=date(2023, 1, 22), lang="es").events
    assert [e.place.admin1 for e in events] == ["Lima"]



def test_resolution_time_grows_linearly_with_the_number_of_place_names() -> None:
    """A text that is nothing but place names must not stall extraction
    (pairwise scoring made 800 repeats take 20 s). Work is counted, not timed:
    the number of support comparisons per mention stays bounded."""
    from datetime import date

    from kipu.extract import places
    from kipu.extract.pipeline import Extractor

    calls = {"n": 0}
    original = places.PlaceResolver._support

    def counting(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        return original(self, *args, **kwargs)

    places.PlaceResolver._support = counting  # type: ignore[method-assign]
    try:
        per_mention = []
        for n in (200, 800):
            calls["n"] = 0
            Extractor().extract("Hubo una marcha en Juliaca y en Puno. " * n, published=date(2023, 1, 10), lang="es")
            per_mention.append(calls["n"] / (2 * n))
    finally:
        places.PlaceResolver._support = original  # type: ignore[method-assign]
    assert per_mention[1] <= per_mention[0] * 1.5


def test_a_village_glossed_with_a_foreign_province_is_not_a_peruvian_namesake(resolver):
    # La Florida is also a district of Cajamarca; "provincia de Puntarenas" says which one is meant
    text = "Vecinos de La Florida de Cóbano, provincia de Puntarenas, bloquean las calles."
    place = resolve(resolver, text)
    assert place is not None and (place.country, place.admin1) == ("CR", "Puntarenas")


@pytest.mark.parametrize(
    "text, country, admin1",
    [
        # a foreign capital named alone is that capital, not Peru's small unit of the name
        ("Miles de personas marcharon en Asunción contra la reforma del transporte.", "PY", "Asuncion"),
        # but a Peruvian department beside it makes Peru's unit the one meant
        ("Miles de comuneros marcharon en Asunción, en Áncash, contra la minera.", "PE", "Áncash"),
    ],
)
def test_a_foreign_capital_outweighs_a_small_peruvian_namesake(resolver, text, country, admin1):
    place = resolve(resolver, text)
    assert place is not None and (place.country, place.admin1) == (country, admin1)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Un grupo de docentes realizó un plantón frente al Ministerio de Educación.", "Ministerio de Educación"),
        ("Los trabajadores protestaron frente a la sede del MEF.", "Ministerio de Economía y Finanzas"),
        ("Dozens of teachers protested outside the Education Ministry.", "Ministerio de Educación"),
    ],
)
def test_a_ministry_after_a_locative_cue_is_its_seat_in_lima(resolver, text, name):
    place = resolve(resolver, text)
    assert place is not None and (place.name, place.admin1, place.precision) == (name, "Lima", "landmark")


def test_a_ministry_named_as_a_source_is_no_place(resolver):
    # "informó el Ministerio de Salud": the ministry speaks, the deaths were in Juliaca
    text = "Al menos 17 personas murieron en los enfrentamientos de Juliaca, informó el Ministerio de Salud."
    place = resolve(resolver, text)
    assert place is not None and place.admin1 == "Puno"
