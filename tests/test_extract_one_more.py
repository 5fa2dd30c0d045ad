"""One more of a toll (kipu.extract.counts): "two were killed and a third died
later" counts three; a group and one person sharing a casualty word
("Seventeen civilians and a police officer died") count together; two lone
persons joined by "and" count two."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import one_event

PUBLISHED = date(2023, 1, 12)  # a Thursday: "on Monday" is 9 January


def _toll(body: str, lang: str, measure: str) -> int | None:
    event = one_event(body, lang, PUBLISHED)
    figure = getattr(event, measure)
    return None if figure is None else figure.low


@pytest.mark.parametrize(("lang", "body", "dead"), [
    ("en", "Two protesters were killed and a third died later in hospital after police opened fire on a march in Juliaca on Monday.", 3),
    ("en", "Police fired tear gas at a march in Juliaca on Monday; three people were killed and a fourth died on Tuesday.", 4),
    ("es", "Dos manifestantes murieron y un tercero falleció después en el hospital tras los disparos de la policía en Juliaca el lunes.", 3),
    ("es", "Un manifestante murió el lunes en el bloqueo de Ilave y otro falleció en el hospital tras los disparos de la policía.", 2),
])
def test_one_more_adds_to_the_toll_before_it(lang: str, body: str, dead: int) -> None:
    assert _toll(body, lang, "fatalities") == dead


@pytest.mark.parametrize(("lang", "body", "measure", "total"), [
    ("en", "Seventeen civilians and a police officer died in the clashes in Juliaca on Monday.", "fatalities", 18),
    ("es", "Diecisiete civiles y un policía murieron en los enfrentamientos en Juliaca el lunes.", "fatalities", 18),
    ("en", "Police arrested 17 protesters and a journalist at the march in Lima on Saturday.", "arrests", 18),
    ("es", "La policía detuvo a 17 manifestantes y a un periodista en la marcha de Lima el sábado.", "arrests", 18),
    ("en", "A protester and a police officer were killed in clashes at a roadblock in Ilave on Monday.", "fatalities", 2),
])
def test_a_group_and_one_person_share_a_casualty_word(lang: str, body: str, measure: str, total: int) -> None:
    assert _toll(body, lang, measure) == total


@pytest.mark.parametrize(("lang", "body"), [
    # another casualty word: one wounded, another dead, each counted once
    ("en", "A protester was wounded and another was killed when police fired on the roadblock in Ilave on Monday."),
    ("es", "Un manifestante resultó herido y otro murió cuando la policía disparó contra el bloqueo de Ilave el lunes."),
])
def test_one_more_of_another_measure_counts_one(lang: str, body: str) -> None:
    assert _toll(body, lang, "fatalities") == 1
    assert _toll(body, lang, "injuries") == 1


def test_a_group_then_a_clause_of_its_own_is_not_one_more() -> None:
    # "17 were injured, and a police officer died": two clauses, two measures
    body = "Seventeen protesters were injured in the clashes in Juliaca on Monday, and a police officer died."
    assert _toll(body, "en", "injuries") == 17
    assert _toll(body, "en", "fatalities") == 1
