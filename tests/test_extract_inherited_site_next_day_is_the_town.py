"""A sentence of a later paragraph with a day of its own and no place takes the town of the
site named before (the airport's Juliaca), not the site itself."""
from datetime import date

from kipu.extract.pipeline import Extractor

TEXT = (
    "El 9 de enero de 2023, miles de manifestantes intentaron tomar el aeropuerto de Juliaca y se enfrentaron "
    "con la Policía. Dieciocho personas murieron.\n\n"
    "Al día siguiente, el policía José Luis Soncco fue quemado dentro de su patrullero por una turba."
)


def _events():
    return Extractor().extract(TEXT, published=date(2023, 1, 12), lang="es", doc_id="t").to_dict(TEXT)["events"]


def test_the_mob_attack_next_day_is_in_juliaca():
    mob = [e for e in _events() if e["sub_type"] == "mob_violence"]
    assert len(mob) == 1
    assert mob[0]["type"] == "riot"
    assert mob[0]["date"] == {"start": "2023-01-10", "end": "2023-01-10"}
    assert mob[0]["place"] == {"name": "Juliaca", "admin1": "Puno", "country": "PE"}
    assert mob[0]["fatalities"] is None  # "fue quemado" alone says no death


def test_the_airport_clash_keeps_its_site():
    clash = [e for e in _events() if e["sub_type"] == "excessive_force"]
    assert len(clash) == 1
    assert clash[0]["place"]["name"] == "Aeropuerto Inca Manco Cápac"
    assert clash[0]["date"] == {"start": "2023-01-09", "end": "2023-01-09"}
    assert clash[0]["fatalities"] == {"value": 18, "qualifier": "exact"}
