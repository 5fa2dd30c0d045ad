"""A killing by gunmen and the strike that followed, told in one sentence with two days.

Before, "A bus driver was shot dead by extortionists in San Juan de Lurigancho on Wednesday,
and drivers went on strike on Thursday" dated the attack Thursday, the strike's day. The
killing is now dated by the one day written in the stretch of its dead (GUIDELINES §2 date).
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _read(text: str, lang: str) -> list[tuple]:
    r = EX.extract(text, published=date(2024, 10, 4), lang=lang)
    return sorted((e.type, e.sub_type, str(e.date.start), e.place.admin1, e.fatalities.value if e.fatalities else None) for e in r.events)


def test_a_driver_killed_on_wednesday_and_a_strike_on_thursday() -> None:
    text = "A bus driver was shot dead by extortionists in San Juan de Lurigancho on Wednesday, and drivers went on strike on Thursday."
    assert _read(text, "en") == [
        ("protest", "peaceful", "2024-10-03", "Lima", None),
        ("violence_against_civilians", "attack", "2024-10-02", "Lima", 1),
    ]


def test_un_chofer_asesinado_el_miercoles_y_el_paro_del_jueves() -> None:
    text = "Un chofer de bus fue asesinado por extorsionadores en San Juan de Lurigancho el miércoles, y los transportistas acataron un paro el jueves."
    assert _read(text, "es") == [
        ("protest", "peaceful", "2024-10-03", "Lima", None),
        ("violence_against_civilians", "attack", "2024-10-02", "Lima", 1),
    ]


def test_one_day_told_dates_both() -> None:
    text = "Gunmen shot dead two bus drivers in Lima on Thursday during the transport strike."
    assert _read(text, "en") == [
        ("protest", "peaceful", "2024-10-03", "Lima", None),
        ("violence_against_civilians", "attack", "2024-10-03", "Lima", 2),
    ]
