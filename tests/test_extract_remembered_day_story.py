"""A remembered day ("aquel 9 de enero") places a look-back piece's story a year back.

An interview published on 9 January 2024 asks "¿Qué recuerda de aquel 9 de
enero?" (read as 9 January 2023) and then tells "El 4 de enero comenzó el paro
indefinido": that yearless day, days before publication, was read as this
year's news (2024-01-04). A day recalled with the distal demonstrative is told
looking back, as "Hace un año" is, so the story's later days of that month are
the story year's.
"""

from datetime import date

from kipu.extract.pipeline import Extractor

TEXT = (
    "Juliaca, 9 de enero de 2024. Un año después de la masacre, conversamos con un dirigente aimara.\n\n"
    "—¿Qué recuerda de aquel 9 de enero?\n\n"
    "—La Policía disparó contra la gente cerca del aeropuerto.\n\n"
    "—¿Cómo empezó todo en Puno?\n\n"
    "—El 4 de enero comenzó el paro indefinido en toda la región y los comuneros bloquearon las carreteras de El Collao."
)


def test_a_day_after_a_remembered_day_is_the_story_year() -> None:
    r = Extractor().extract(TEXT, published=date(2024, 1, 9), lang="es")
    strikes = [e for e in r.events if "strike" in e.forms or "roadblock" in e.forms]
    assert strikes
    assert all(e.date is not None and e.date.start == date(2023, 1, 4) for e in strikes)
    assert all(e.place is not None and e.place.admin1 == "Puno" for e in strikes)
