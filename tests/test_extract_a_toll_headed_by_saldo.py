"""A toll's noun before "de" heads the toll ("dejó un saldo de un manifestante
fallecido y 7 heridos"): the one victim after it is counted. The preposition had
been read as a grievance's complement ("justicia por la muerte de un hombre"),
and the death was lost while the seven wounded were kept."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _counts(text, lang, published):
    out = EX.extract(text, published=published, lang=lang)
    return [(e.place.name, e.fatalities and (e.fatalities.value, e.fatalities.qualifier),
             e.injuries and (e.injuries.value, e.injuries.qualifier)) for e in out.events]


def test_saldo_de_un_victim_counts_one_death():
    text = ("En el distrito de Macusani, provincia de Carabaya, la quema de la comisaría dejó "
            "un saldo de un manifestante fallecido y 7 heridos.")
    assert _counts(text, "es", date(2023, 1, 20)) == [("Macusani", (1, "exact"), (7, "exact"))]


def test_a_grievance_of_one_victim_still_counts_none():
    text = "En Juliaca, cientos de vecinos marcharon el lunes para exigir justicia por la muerte de un comunero."
    assert _counts(text, "es", date(2023, 3, 8)) == [("Juliaca", None, None)]
