"""A headline that sums up several places with one verb lends no form to a place whose body tells its own."""
from datetime import date

from kipu.extract.pipeline import Extractor

TEXT = (
    "Chiclayo y Arequipa marchan contra la extorsión\n\n"
    "Cientos de mototaxistas marcharon este jueves por el centro de Chiclayo para exigir seguridad.\n\n"
    "En Arequipa, transportistas realizaron un plantón frente a la sede de la Prefectura."
)


def _events():
    doc = Extractor().extract(TEXT, published=date(2024, 10, 11), lang="es", doc_id="t").to_dict(TEXT)
    return {e["place"]["name"]: e for e in doc["events"]}


def test_the_sit_in_keeps_its_own_form():
    ev = _events()
    assert sorted(ev) == ["Arequipa", "Chiclayo"]
    assert (ev["Arequipa"]["type"], ev["Arequipa"]["sub_type"]) == ("protest", "peaceful")
    assert ev["Arequipa"]["forms"] == ["rally"]
    assert ev["Arequipa"]["date"] == {"start": "2024-10-10", "end": "2024-10-10"}


def test_the_march_told_below_stays_a_march():
    ev = _events()
    assert ev["Chiclayo"]["forms"] == ["march"]
    assert ev["Chiclayo"]["date"] == {"start": "2024-10-10", "end": "2024-10-10"}


def test_a_one_place_headline_still_lends_its_form():
    text = "Miles marchan en Arequipa contra la extorsión\n\nLos transportistas también bloquearon el puente Chilina este jueves."
    doc = Extractor().extract(text, published=date(2024, 10, 11), lang="es", doc_id="t").to_dict(text)
    assert len(doc["events"]) == 1
    assert "march" in doc["events"][0]["forms"]
