"""A protest told with its day, then ", and the government declared ...": two events.

Before, "Bus drivers in Lima stopped work on October 10, and President Dina Boluarte declared a
state of emergency in 14 districts of the capital" gave only the strike: the measure told after
the protest was read as what answered it, and the state of emergency was lost. A state measure
is an event of its own family (GUIDELINES §2 strategic_development/state_measure); protests only
described in an aside ("as she tried to stem the protests, which saw blockades ...") stay none.
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _read(text: str, published: date, lang: str = "en") -> list[tuple]:
    r = EX.extract(text, published=published, lang=lang)
    return sorted((e.type, e.sub_type, tuple(e.forms), str(e.date.start), e.place.admin1) for e in r.events)


def test_a_strike_and_an_emergency_in_districts_of_the_capital() -> None:
    text = "Bus drivers in Lima stopped work on October 10, and President Dina Boluarte declared a state of emergency in 14 districts of the capital."
    assert _read(text, date(2024, 10, 12)) == [
        ("protest", "peaceful", ("strike",), "2024-10-10", "Lima"),
        ("strategic_development", "state_measure", (), "2024-10-10", "Lima"),
    ]


def test_roadblocks_and_a_curfew_in_the_region() -> None:
    text = "Thousands of protesters blocked roads across Puno on Saturday, and the government imposed a curfew in the region."
    assert _read(text, date(2023, 1, 15)) == [
        ("protest", "peaceful", ("roadblock",), "2023-01-14", "Puno"),
        ("strategic_development", "state_measure", (), "2023-01-14", "Puno"),
    ]


def test_bloqueos_y_estado_de_emergencia_en_la_region() -> None:
    text = "Miles de manifestantes bloquearon las carreteras de Puno el sábado, y el gobierno declaró el estado de emergencia en la región."
    assert _read(text, date(2023, 1, 15), "es") == [
        ("protest", "peaceful", ("roadblock",), "2023-01-14", "Puno"),
        ("strategic_development", "state_measure", (), "2023-01-14", "Puno"),
    ]


def test_protests_described_in_an_aside_are_no_event() -> None:
    text = (
        "As the new president tried to calm the unrest, which saw highways blocked and airports invaded, "
        "the government declared a state of emergency in Puno on Dec. 14."
    )
    assert _read(text, date(2022, 12, 20)) == [("strategic_development", "state_measure", (), "2022-12-14", "Puno")]
