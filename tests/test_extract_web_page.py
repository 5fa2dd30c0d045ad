"""A scraped web page around the story: a byline that stamps the page's date
("Published 12 January 2023, 14:05 | Updated ..."), which must not date the
story, and a box of links to other stories ("Related" over "- Peru declares a
state of emergency ..."), whose items are other headlines, not news."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()

PAGE_EN = """Police clear Ilave bridge, 12 arrested

By Staff Reporter | Published 12 January 2023, 14:05 | Updated 12 January 2023, 18:30

ILAVE, Peru — Police and soldiers cleared a bridge that Aymara protesters had blocked for two weeks in the town of Ilave on Wednesday, arresting 12 people.

Officers fired tear gas as protesters threw stones from the riverbank, and at least seven people were injured.

Related
- Peru declares state of emergency in Lima, Cusco and Puno
- Thousands march in Juliaca for the dead

© 2023 Example News. All rights reserved.
"""

PAGE_ES = """Policía desbloquea el puente de Ilave: 12 detenidos

Redacción | Publicado el 12 de enero de 2023 | Actualizado el 12 de enero de 2023

Policías y militares desbloquearon el miércoles el puente de Ilave que manifestantes aimaras mantenían bloqueado, y detuvieron a 12 personas.

Los agentes lanzaron bombas lacrimógenas y los manifestantes respondieron con piedras; al menos siete personas resultaron heridas.

Lee también:
- Gobierno declara estado de emergencia en Lima, Cusco y Puno
- Miles marchan en Juliaca por sus muertos
"""


@pytest.mark.parametrize(("text", "lang"), [(PAGE_EN, "en"), (PAGE_ES, "es")])
def test_the_story_not_the_page(text: str, lang: str) -> None:
    events = EX.extract(text, published=date(2023, 1, 12), lang=lang).events
    assert [(e.place.admin1, e.date.start) for e in events if e.place] == [("Puno", date(2023, 1, 11))]
    (event,) = events
    assert event.arrests is not None and event.arrests.low == 12
    assert event.injuries is not None and event.injuries.low == 7


def test_a_list_of_the_story_own_facts_is_still_read() -> None:
    text = ("Protests across Peru\n\nThese were the main protests on Monday:\n"
            "- Thousands marched in Juliaca.\n- Farmers blocked the highway near Chala.\n")
    events = EX.extract(text, published=date(2023, 1, 10), lang="en").events
    assert {e.place.admin1 for e in events if e.place} == {"Puno", "Arequipa"}
