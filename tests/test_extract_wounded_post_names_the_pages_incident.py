"""A live post counting wounded at the place of an earlier post's march counts that march.

"10:45 | En Juliaca, se reportan 12 personas heridas en los alrededores del aeropuerto", after a
post on the march to the Juliaca airport, gave no event and lost the 12: a count naming an
incident again needed a day written in both posts, and a report verb ("se reportan") read as a
running total's cue. On a page whose posts write no day, the count names the one incident of
the page's day and region (last_incident.incident_named_again), whatever the measure.
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _events(text: str) -> list[tuple]:
    r = EX.extract(text, published=date(2023, 1, 9), lang="es")
    return [(e.type, list(e.forms), str(e.date.start), e.place.admin1, e.injuries and e.injuries.value) for e in r.events]


def test_twelve_wounded_near_the_airport() -> None:
    text = (
        "EN VIVO | Protestas en Puno\n\n"
        "09:30 | Manifestantes marchan hacia el aeropuerto Inca Manco Cápac en Juliaca.\n\n"
        "10:45 | #Puno | En Juliaca, se reportan 12 personas heridas en los alrededores del aeropuerto."
    )
    assert _events(text) == [("protest", ["march"], "2023-01-09", "Puno", 12)]


def test_a_count_in_another_region_names_no_incident() -> None:
    text = (
        "EN VIVO | Protestas en el sur\n\n"
        "09:30 | Manifestantes marchan hacia el aeropuerto Inca Manco Cápac en Juliaca.\n\n"
        "10:45 | En Cusco, se reportan 12 personas heridas."
    )
    assert _events(text) == [("protest", ["march"], "2023-01-09", "Puno", None)]
