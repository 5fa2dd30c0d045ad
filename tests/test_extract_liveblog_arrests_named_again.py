"""A live blog's later entry counting arrests in a region names that day's incident again.

"22:45 — El Ministerio del Interior reporta 9 detenidos en Lima", hours after
the Lima clashes and after entries on Arequipa, was not counted: the wounded
of such an entry ("21:00 — La Defensoría informa de 22 civiles heridos en
Lima") went to Lima's incident of the day, but arrests (a strategic word) and
the report verb's weak total cue ("reporta") kept the arrests out. Arrests
counted alone, on the day and in the region of one incident, are its arrests.
"""

from datetime import date

from kipu.extract.pipeline import Extractor

TEXT = """EN VIVO | Toma de Lima: minuto a minuto de la marcha del 19 de enero
Lima, 19 de enero de 2023

12:40 — Miles de manifestantes llegan a la plaza Dos de Mayo y piden la renuncia de Dina Boluarte.

15:20 — La Policía lanza gases lacrimógenos en el jirón Lampa. Los manifestantes responden con piedras.

18:30 — En Arequipa, un grupo intenta tomar el aeropuerto Rodríguez Ballón y la Policía dispara. Un manifestante muere por un impacto de bala.

21:00 — La Defensoría del Pueblo informa de 22 civiles heridos en Lima.

22:45 — El Ministerio del Interior reporta 9 detenidos en Lima."""


def test_the_arrests_go_to_limas_incident_of_the_day() -> None:
    r = Extractor().extract(TEXT, published=date(2023, 1, 19), lang="es")
    lima = [e for e in r.events if e.place is not None and e.place.admin1 == "Lima"]
    assert len(lima) == 1
    assert lima[0].date.start == date(2023, 1, 19)
    assert lima[0].arrests is not None and lima[0].arrests.low == 9
    assert lima[0].injuries is not None and lima[0].injuries.low == 22
    arequipa = [e for e in r.events if e.place is not None and e.place.admin1 == "Arequipa"]
    assert len(arequipa) == 1 and arequipa[0].arrests is None
    assert all(t.measure != "arrests" for t in r.tallies)
