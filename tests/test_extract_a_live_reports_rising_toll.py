"""A live report's headline toll ("enfrentamientos en el aeropuerto de Huamanga
dejan al menos siete muertos") under a body that tells the toll rising with no
period ("la cifra de fallecidos subió a siete") is the incident's own toll: the
headline's figure had been dropped as that of a running total, and the clash
kept no dead. A total told for a period still takes the headline's figure
(tests of headline_totals_dropped)."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()

TEXT = """EN VIVO | Ayacucho: enfrentamientos en el aeropuerto de Huamanga dejan al menos siete muertos

18:40 | La Dirección Regional de Salud de Ayacucho confirmó que la cifra de fallecidos subió a siete.

15:30 | Un grupo de manifestantes ingresó a la pista del aeropuerto de Huamanga. Militares dispararon contra los manifestantes."""


def test_the_headline_toll_stays_with_the_clash():
    out = EX.extract(TEXT, published=date(2022, 12, 15), lang="es")
    assert [(e.type, e.sub_type, e.place.admin1, e.date.start, e.fatalities and (e.fatalities.value, e.fatalities.qualifier))
            for e in out.events] == [("protest", "excessive_force", "Ayacucho", date(2022, 12, 15), (7, "at_least"))]
