"""Two readings of words met in the Macusani and Juliaca reports of 2023.

"The officers were evacuated by helicopter", right after the attack on their
police station, had made an evacuation of its own (strategic_development /
other) beside the riot: forces taken out of a besieged post are a detail of
the attack (GUIDELINES §2: one incident, one event). A company evacuating
its mine stays a development.

"los comerciantes volvieron a cerrar el mercado" (traders shutting the
market itself, not only their stalls) was no protest at all."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def test_officers_evacuated_from_the_attacked_station_are_no_event_of_their_own():
    text = (
        "In Macusani, two people were shot dead on Wednesday when protesters attacked the police station, "
        "which was later set on fire. The officers were evacuated by helicopter."
    )
    out = EX.extract(text, published=date(2023, 1, 20), lang="en")
    assert [(e.type, e.place.name, e.fatalities.value) for e in out.events] == [("protest", "Macusani", 2)]


def test_a_company_evacuating_its_mine_is_still_a_development():
    text = "Glencore said on Thursday it had evacuated its Antapaccay copper mine in Cusco."
    out = EX.extract(text, published=date(2023, 1, 13), lang="en")
    assert [(e.type, e.sub_type) for e in out.events] == [("strategic_development", "other")]


def test_traders_shutting_the_market_are_on_strike():
    text = "En Juliaca, los comerciantes volvieron a cerrar el mercado Túpac Amaru el lunes en rechazo al Gobierno."
    [event] = EX.extract(text, published=date(2023, 3, 6), lang="es").events
    assert (event.type, event.sub_type, event.date.start, event.place.name) == ("protest", "peaceful", date(2023, 3, 6), "Juliaca")
    assert "market_closure" in event.forms
