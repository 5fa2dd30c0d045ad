"""The forces retaking a site the crowd held ('la Policía recuperó el aeropuerto') clear the
occupation: the state intervening in it (GUIDELINES §2), not a peaceful protest."""
from datetime import date

from kipu.extract.pipeline import Extractor


def _events(text):
    return Extractor().extract(text, published=date(2023, 1, 10), lang="es", doc_id="t").to_dict(text)["events"]


def test_police_retaking_the_airport_is_an_intervention():
    text = (
        "El 9 de enero, cientos de manifestantes tomaron el aeropuerto de Juliaca.\n\n"
        "Horas después, la Policía recuperó el aeropuerto de Juliaca, que había sido tomado por los manifestantes."
    )
    events = _events(text)
    assert len(events) == 1
    ev = events[0]
    assert (ev["type"], ev["sub_type"]) == ("protest", "intervention")
    assert ev["forms"] == ["occupation"]
    assert ev["state_response"] == ["dispersal"]
    assert ev["date"] == {"start": "2023-01-09", "end": "2023-01-09"}
    assert ev["place"]["name"] == "Aeropuerto Inca Manco Cápac"


def test_goods_recovered_by_the_police_are_no_protest():
    assert _events("La Policía recuperó el celular robado y detuvo a dos delincuentes en Juliaca.") == []
