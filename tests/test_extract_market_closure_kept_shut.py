"""Traders who 'mantuvieron cerrados sus mercados' closed their markets as protest: market_closure."""
from datetime import date

from kipu.extract.pipeline import Extractor

TEXT = "Los comerciantes de Juliaca mantuvieron cerrados sus mercados este lunes en rechazo al gobierno de Dina Boluarte."


def test_kept_markets_shut_is_a_market_closure():
    doc = Extractor().extract(TEXT, published=date(2023, 1, 10), lang="es", doc_id="t").to_dict(TEXT)
    assert len(doc["events"]) == 1
    ev = doc["events"][0]
    assert (ev["type"], ev["sub_type"]) == ("protest", "peaceful")
    assert "market_closure" in ev["forms"]
    assert ev["date"] == {"start": "2023-01-09", "end": "2023-01-09"}
    assert ev["place"]["name"] == "Juliaca"
