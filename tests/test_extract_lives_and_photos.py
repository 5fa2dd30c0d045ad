"""Tolls told as lives claimed ("claimed the lives of 17 people", "cobraron
la vida de"), the dead carried in photographs by a march elsewhere ("carrying
the photos of those killed in Juliaca" names no incident in Juliaca), and a
reporter "impactado" by a canister, who was attacked."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()
PUBLISHED = date(2023, 1, 12)  # a Thursday: "on Monday" is 9 January


def _events(body: str, lang: str):
    return EX.extract("Headline\n\n" + body + "\n", published=PUBLISHED, lang=lang).events


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "The clashes in Juliaca on Monday claimed the lives of 17 people."),
    ("es", "Los choques en Juliaca cobraron la vida de 17 personas el lunes."),
    ("es", "Las protestas del lunes en Juliaca costaron la vida a 17 personas."),
])
def test_lives_claimed_are_the_dead(lang: str, body: str) -> None:
    (event,) = _events(body, lang)
    assert event.fatalities is not None and event.fatalities.low == 17
    assert event.date is not None and event.date.start == date(2023, 1, 9)


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Hundreds of Aymara women marched in Lima on Wednesday, carrying the photos of those killed in Juliaca."),
    ("en", "Hundreds of Aymara women marched in Lima on Wednesday, holding up pictures of the victims of Juliaca."),
    ("es", "Cientos de mujeres aimaras marcharon en Lima el miércoles con las fotos de los fallecidos en Juliaca."),
    ("es", "Cientos de mujeres aimaras marcharon en Lima el miércoles con fotografías de quienes murieron en Juliaca."),
])
def test_the_dead_in_photographs_name_no_second_place(lang: str, body: str) -> None:
    events = _events(body, lang)
    assert [e.place.admin1 for e in events if e.place] == ["Lima"]


def test_photos_of_a_clash_still_show_the_clash() -> None:
    events = _events("Photos of the clashes in Juliaca on Monday showed police firing tear gas at protesters.", "en")
    assert [e.place.name for e in events if e.place] == ["Juliaca"]


def test_a_reporter_hit_by_a_canister_was_attacked() -> None:
    (event,) = _events("Un reportero gráfico fue impactado por una bomba lacrimógena mientras cubría la marcha en Lima el miércoles.", "es")
    assert (event.type, event.sub_type) == ("violence_against_civilians", "attack")
    assert "tear_gas" in event.state_response
