"""Foreign towns (latam_towns.tsv) and the rules that place them in their
first-level division: country evidence, a town named beside its division,
parenthesised glosses, English "X province"."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.places import PlaceResolver, places_in
from kipu.geo.gazetteer import Gazetteer, town_rank
from kipu.model import Place, Span


@pytest.fixture(scope="module")
def resolver() -> PlaceResolver:
    return PlaceResolver()


def resolve(resolver: PlaceResolver, text: str) -> Place | None:
    return resolver.resolve(text, Span(0, len(text)), places_in(text))


def test_towns_are_loaded_inside_their_division():
    gaz = Gazetteer.load()
    towns = [e for e in gaz.lookup("Villa Carlos Paz") if e.kind == "town"]
    assert towns and towns[0].country == "AR" and towns[0].admin1 == "Cordoba"
    assert towns[0].within == ("AR", "AR-cordoba")
    assert gaz.get("AR-cordoba").kind == "admin1"


def test_city_and_division_of_one_name_are_distinct():
    gaz = Gazetteer.load()
    assert {e.kind for e in gaz.lookup("San Juan", country="AR")} == {"admin1", "town"}
    assert {(e.country, e.admin1) for e in gaz.lookup("Guayaquil")} == {("EC", "Guayas")}


def test_town_rank_follows_population():
    assert (town_rank(2_000), town_rank(150_000), town_rank(1_500_000)) == (1, 2, 3)


def test_small_town_alone_needs_its_country():
    gaz = Gazetteer.load()
    carlos_paz = [e for e in gaz.lookup("Villa Carlos Paz") if e.kind == "town"]
    assert carlos_paz and carlos_paz[0].needs_country


@pytest.mark.parametrize(
    "text, country, admin1",
    [
        # A small town and its division confirm each other.
        ("Teachers marched in Villa Carlos Paz (Cordoba) on Monday.", "AR", "Cordoba"),
        # A gloss names the division, not the capital city of the same name.
        ("Farmers marched in Villa Inventada (Buenos Aires).", "AR", "Buenos Aires"),
        # The town we would pick lies outside its own gloss: the gloss wins.
        ("Nurses gathered in San Fernando (Catamarca) on Friday.", "AR", "Catamarca"),
        # English names the kind of unit after the name.
        ("Farmers held a rally in San Juan province.", "AR", "San Juan"),
        # Spanish qualifies a town with its province.
        ("Vecinos de Santa Cruz de Guanacaste bloquean la vía principal.", "CR", "Guanacaste"),
        # A town known by name alone.
        ("Residents protested in Bucaramanga.", "CO", "Santander"),
    ],
)
def test_foreign_places(resolver, text, country, admin1):
    place = resolve(resolver, text)
    assert place is not None
    assert (place.country, place.admin1) == (country, admin1)


@pytest.mark.parametrize(
    "text, admin1",
    [
        ("Los comuneros bloquearon la vía en Juliaca.", "Puno"),
        ("Vecinos marcharon en San Juan de Lurigancho.", "Lima"),
        ("Hubo un plantón en San José, provincia de Pacasmayo.", "La Libertad"),
    ],
)
def test_peru_places_unchanged(resolver, text, admin1):
    place = resolve(resolver, text)
    assert place is not None and (place.country, place.admin1) == ("PE", admin1)


def test_small_foreign_homonym_does_not_dilute_peru_context(resolver):
    # "Lima" is also a small town elsewhere; it must still support Lima's district.
    text = "Marcharon en San Luis, en Lima."
    place = resolve(resolver, text)
    assert place is not None and (place.country, place.admin1) == ("PE", "Lima")


def test_event_in_foreign_town_end_to_end(extractor):
    text = "On 2 May 2021, in Santarem (Para), fishermen blocked an avenue to demand credit."
    events = extractor.extract(text, published=date(2021, 5, 2), lang="en").events
    assert len(events) == 1
    assert events[0].place is not None and (events[0].place.country, events[0].place.admin1) == ("BR", "Para")


def test_town_never_list_blocks_person_names_only_for_towns():
    gaz = Gazetteer.load()
    found = gaz.scan("David Torres spoke in Bucaramanga.")
    kinds = {gaz.get(i).kind for m in found for i in m.candidates}
    assert "David" not in {m.surface for m in found if any(gaz.get(i).kind == "town" for i in m.candidates)}
    assert "town" in kinds or "admin1" in kinds  # Bucaramanga still found
