"""A report's "that in A on D1, and in B on D2, <force>" is one incident per place and day.

Before, "The IACHR said in a report on Wednesday that in Ayacucho on December 15, 2022, and in
Juliaca on January 9, 2023, state agents made lethal use of force against protesters" gave
Juliaca only: the first clause, with the reporting verb's words, was read as telling something
else in its region and dropped. Past the complementizer ("that", "que") it holds only a place
and a day, which share the next clause's predicate (GUIDELINES §2: a finding attributed to a
source about a dated incident at a named place is an event).
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _events(text: str, lang: str) -> list[tuple]:
    r = EX.extract(text, published=date(2023, 5, 3), lang=lang)
    return [(e.sub_type, str(e.date.start), e.place.admin1) for e in r.events]


def test_said_in_a_report_that_in_two_places() -> None:
    text = (
        "The IACHR said in a report on Wednesday that in Ayacucho on December 15, 2022, and in Juliaca on "
        "January 9, 2023, state agents made lethal use of force against protesters."
    )
    assert _events(text, "en") == [("excessive_force", "2022-12-15", "Ayacucho"), ("excessive_force", "2023-01-09", "Puno")]


def test_afirmo_que_en_dos_lugares() -> None:
    text = (
        "La CIDH afirmó en su informe que en Ayacucho el 15 de diciembre de 2022, y en Juliaca el 9 de enero "
        "de 2023, agentes del Estado dispararon contra los manifestantes."
    )
    assert _events(text, "es") == [("excessive_force", "2022-12-15", "Ayacucho"), ("excessive_force", "2023-01-09", "Puno")]


def test_a_clause_of_its_own_after_that_is_still_left_out() -> None:
    text = "Transport workers in Lima went on strike on Monday; the mayor said that in Callao the buses were running normally."
    assert [e[2] for e in _events(text, "en")] == ["Lima"]
