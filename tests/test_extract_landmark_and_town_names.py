"""Names the news gives Peruvian and Bolivian places that the gazetteer
lacked (data only: geo/data/landmarks.yaml, peru_aliases.yaml, latam.yaml):
Ayacucho's airport told without "Duarte", Lima's Paseo de la República,
regional airports by their own names, towns that are no district's name
(Chosica in Lurigancho, Mazuko in Inambari, Uripa in Anco-Huallo) and
Bolivia's Senkata (El Alto) and Yapacaní (Santa Cruz), Lima's Campo de Marte
and Parque Kennedy. Each gave only the country before."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import one_event

PUBLISHED = date(2023, 1, 10)


@pytest.mark.parametrize(("lang", "body", "where"), [
    ("es", "Manifestantes se enfrentaron con la policía cerca del aeropuerto Coronel FAP Alfredo Mendívil el 15 de diciembre; diez personas murieron.",
     ("PE", "Ayacucho", "landmark")),
    ("es", "Manifestantes marcharon por la avenida Paseo de la República el jueves y fueron dispersados con gases.", ("PE", "Lima", "landmark")),
    ("es", "Manifestantes intentaron tomar el aeropuerto de Chiclayo el martes.", ("PE", "Lambayeque", "landmark")),
    ("es", "Manifestantes bloquearon la Carretera Central a la altura de Chosica el lunes.", ("PE", "Lima", "district")),
    ("es", "Manifestantes bloquearon la Interoceánica el lunes a la altura de Mazuko.", ("PE", "Madre de Dios", "district")),
    ("es", "Pobladores de Uripa bloquearon la vía el lunes.", ("PE", "Apurímac", "district")),
    ("es", "Militares dispararon contra manifestantes en Senkata el 19 de noviembre; murieron diez personas.", ("BO", "La Paz", "department")),
    ("es", "Productores de coca bloquearon la carretera en Yapacaní el martes.", ("BO", "Santa Cruz", "department")),
    ("es", "Manifestantes se concentraron en el Campo de Marte el jueves.", ("PE", "Lima", "landmark")),
    ("es", "Cientos de jóvenes marcharon desde el Parque Kennedy el sábado.", ("PE", "Lima", "landmark")),
])
def test_named_places_give_their_region(lang: str, body: str, where: tuple[str, str, str]) -> None:
    event = one_event(body, lang, PUBLISHED)
    assert event.place is not None
    assert (event.place.country, event.place.admin1, event.place.precision) == where


def test_a_lima_square_other_countries_share_yields_to_theirs() -> None:
    event = one_event("Miles de personas se concentraron en el Parque Kennedy de Bogotá el sábado, en Colombia.", "es", PUBLISHED)
    assert event.place is not None and (event.place.country, event.place.admin1) == ("CO", "Bogota, D.C.")


def test_a_town_alias_keeps_its_own_name_and_district() -> None:
    event = one_event("Manifestantes bloquearon la Carretera Central a la altura de Chosica el lunes.", "es", PUBLISHED)
    assert event.place is not None and (event.place.name, event.place.admin3) == ("Chosica", "Lurigancho")
