"""An airport that suspended flights after protesters gathered: the gathering is the news.

Before, "Cusco airport has also suspended flights after protesters gathered near the terminal"
was only a development (strategic/other) and the protest was lost. A service halted by its own
operator, told before "after" and a protest, is that protest's consequence, as a mine's halted
production is (``work_halted``): the protest is the event (GUIDELINES §2).
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _read(text: str, lang: str) -> list[tuple]:
    r = EX.extract(text, published=date(2022, 12, 13), lang=lang)
    return [(e.type, e.sub_type, tuple(e.forms), str(e.date.start), e.place.admin1) for e in r.events]


def test_cusco_airport_suspended_flights_after_protesters_gathered() -> None:
    text = "Cusco airport suspended flights on Monday after protesters gathered outside the terminal."
    assert _read(text, "en") == [("protest", "peaceful", ("rally",), "2022-12-12", "Cusco")]


def test_el_aeropuerto_suspendio_los_vuelos_tras_la_concentracion() -> None:
    text = "El aeropuerto del Cusco suspendió los vuelos el lunes después de que manifestantes se concentraran frente al terminal."
    assert _read(text, "es") == [("protest", "peaceful", ("rally",), "2022-12-12", "Cusco")]


def test_flights_suspended_with_no_protest_stay_a_development() -> None:
    text = "Cusco airport suspended flights on Monday because of heavy fog."
    assert [e[:2] for e in _read(text, "en")] == [("strategic_development", "other")]
