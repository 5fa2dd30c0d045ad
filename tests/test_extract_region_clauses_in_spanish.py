"""Two regions' tolls joined by "y" in Spanish: "Militares mataron a diez personas en
Ayacucho y la policía mató a 18 en Juliaca" had counted no dead in either region,
because the figure after "y" sat behind four words ("la policía mató a"), not the
two an English clause puts there ("and police killed 18"). The cut still needs each
clause to name a region of its own, so one place's toll is never split."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _events(text: str):
    out = EX.extract("Hubo protestas en todo el sur. " + text, published=date(2023, 3, 15), lang="es")
    return [(e.place.admin1, e.fatalities and e.fatalities.value, e.injuries and e.injuries.value, e.arrests and e.arrests.value) for e in out.events]


# GUIDELINES §2: one event per region, each with its own count.

def test_dos_regiones_con_su_sujeto_y_su_cifra():
    got = _events("Militares mataron a diez personas en Ayacucho y la policía mató a 18 en Juliaca.")
    assert got == [("Ayacucho", 10, None, None), ("Puno", 18, None, None)]


def test_dos_regiones_con_el_lugar_antes_del_verbo():
    got = _events("En Ayacucho murieron diez personas y en Juliaca murieron 18.")
    assert got == [("Ayacucho", 10, None, None), ("Puno", 18, None, None)]


def test_detenidos_en_una_region_y_heridos_en_otra():
    got = _events("El lunes, la policía detuvo a 20 personas en Lima y los agentes hirieron a 15 manifestantes en Cusco.")
    assert got == [("Lima", None, None, 20), ("Cusco", None, 15, None)]


def test_el_balance_de_un_solo_lugar_no_se_corta():
    got = _events("Durante las protestas del lunes hubo dos fallecidos, 25 heridos y diez detenidos en Juliaca.")
    assert got == [("Puno", 2, 25, 10)]
