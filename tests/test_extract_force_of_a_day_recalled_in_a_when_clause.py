"""Force told in a when-clause of an earlier day, named by the time since it, is that day's.

"Cientos de ayacuchanos marcharon el jueves, a una semana de la represión el 15 de diciembre,
cuando los militares dispararon ... y mataron a diez personas" typed Thursday's march as lethal
force: the gunfire of the when-clause after the recalled day was read as the march's. The clause
a relative ("cuando") opens right after a day that a remembrance, sequence or claim word names
tells that day (grievance.strip_force_of_another_day); the march met no force (GUIDELINES §2:
peaceful).
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _events(text: str, published: date) -> list[tuple]:
    r = EX.extract(text, published=published, lang="es")
    return [
        (e.type, e.sub_type, list(e.forms), str(e.date.start), e.place.name, e.place.admin1, e.fatalities, list(e.state_response))
        for e in r.events
    ]


def test_a_week_after_the_killing_recalled() -> None:
    text = (
        "Cientos de ayacuchanos marcharon el jueves por el centro de Huamanga, a una semana de la represión el 15 de "
        "diciembre, cuando los militares dispararon contra los manifestantes y mataron a diez personas."
    )
    assert _events(text, date(2022, 12, 23)) == [("protest", "peaceful", ["march"], "2022-12-22", "Huamanga", "Ayacucho", None, [])]


def test_a_month_after_the_killing_recalled() -> None:
    text = (
        "Miles de pobladores marcharon el domingo en Huamanga, a un mes de la represión el 15 de diciembre, "
        "cuando soldados dispararon contra la multitud."
    )
    assert _events(text, date(2023, 1, 16)) == [("protest", "peaceful", ["march"], "2023-01-15", "Huamanga", "Ayacucho", None, [])]


def test_the_when_clause_of_the_sentences_own_day_keeps_its_force() -> None:
    text = "El 15 de diciembre, cuando los militares dispararon contra los manifestantes en Huamanga, murieron diez personas."
    got = _events(text, date(2022, 12, 16))
    assert [(t, s, d, a) for t, s, _, d, _, a, _, _ in got] == [("protest", "excessive_force", "2022-12-15", "Ayacucho")]
