"""Dead of another cause are not more of a toll; "a los 49 fallecidos" counts nothing.

"Since the protests began on December 7, 42 people have died in clashes, including
one police officer, and another 7 in road accidents linked to the blockades" gave a
total of 49, a figure the text never states: "another 7" was added to the 42 as
more of the same toll, though they died in accidents. And an op-ed's "Ninguna de
esas palabras devolvió la vida a los 49 fallecidos" made a lethal protest in the
paragraph's month and region: the known dead, named as the object of another verb
with the personal "a" and an article, are no count of the sentence's.
"""

from datetime import date

from kipu.extract.pipeline import Extractor


def _tallies(text: str, lang: str, published: date):
    r = Extractor().extract(text, published=published, lang=lang)
    return [(t.measure, t.value, t.period and t.period.start) for t in r.tallies], r.events


def test_another_seven_in_road_accidents() -> None:
    text = (
        "Since the protests began on December 7, 42 people have died in clashes, including one police officer, "
        "and another 7 in road accidents linked to the blockades."
    )
    assert _tallies(text, "en", date(2023, 1, 14)) == ([("fatalities", 42, date(2022, 12, 7))], [])


def test_otras_siete_en_accidentes_de_transito() -> None:
    text = (
        "Desde el inicio de las protestas, el 7 de diciembre, 42 personas murieron en enfrentamientos "
        "y otras 7 en accidentes de tránsito vinculados a los bloqueos."
    )
    assert _tallies(text, "es", date(2023, 1, 14)) == ([("fatalities", 42, date(2022, 12, 7))], [])


def test_more_of_the_same_toll_still_adds() -> None:
    text = "Police killed 17 people in Juliaca on Monday, and another 2 died of their wounds in hospital."
    r = Extractor().extract(text, published=date(2023, 1, 11), lang="en")
    assert [(e.place.name, e.date.start, e.fatalities.value) for e in r.events] == [("Juliaca", date(2023, 1, 9), 19)]


def test_the_known_dead_as_an_object() -> None:
    text = (
        "Opinión: La deuda con las víctimas\n\n"
        "En diciembre, soldados dispararon en Ayacucho. En enero, su primer ministro llamó terroristas a los manifestantes. "
        "Ninguna de esas palabras devolvió la vida a los 49 fallecidos."
    )
    r = Extractor().extract(text, published=date(2023, 3, 22), lang="es")
    assert r.events == []
    assert r.tallies == []
