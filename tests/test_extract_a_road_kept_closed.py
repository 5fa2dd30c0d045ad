"""A road a crowd keeps closed is a roadblock, over the run told.

Before, "For ten days now, the strikers have kept the Panamericana Sur closed near Ica" gave
no event: no blockade word was written, and the road's own name stood between "kept" and
"closed". A holding verb, a road and a closed state tell a roadblock (GUIDELINES §2 forms),
dated over the ten days up to the report; a road the police keep closed is no protest.
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _events(text: str, lang: str) -> list[tuple]:
    r = EX.extract(text, published=date(2023, 1, 14), lang=lang)
    return [(e.type, e.sub_type, str(e.date.start), str(e.date.end), e.place.admin1, list(e.forms)) for e in r.events]


def test_strikers_kept_the_panamericana_closed() -> None:
    text = "For ten days now, the strikers have kept the Panamericana Sur closed near Ica."
    assert _events(text, "en") == [("protest", "peaceful", "2023-01-05", "2023-01-14", "Ica", ["roadblock"])]


def test_mantienen_bloqueada_la_panamericana() -> None:
    text = "Desde hace diez días, los huelguistas mantienen bloqueada la Panamericana Sur en Ica."
    assert _events(text, "es") == [("protest", "peaceful", "2023-01-04", "2023-01-14", "Ica", ["strike", "roadblock"])]


def test_police_keeping_a_bridge_closed_is_no_protest() -> None:
    assert _events("Police kept the bridge closed in Ica on Friday.", "en") == []


def test_shops_kept_closed_are_no_roadblock() -> None:
    text = "Traders kept their shops closed in Ica on Friday."
    assert _events(text, "en") == [("protest", "peaceful", "2023-01-13", "2023-01-13", "Ica", ["market_closure"])]
