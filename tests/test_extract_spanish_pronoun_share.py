"""A Spanish pronoun share ("De ellas, 150 ...") is the last total's breakdown.

"La ANP registró 350 agresiones contra periodistas desde diciembre. De ellas,
150 ocurrieron durante las protestas en Lima." gave only the 350 tally: the
English "Of these," was a share cue, the Spanish "De ellas," was not, so the
150 was lost. Now it is the total's share, counted in the total's measure.
"""

from datetime import date

from kipu.extract.pipeline import Extractor


def test_de_ellas_is_a_share_of_the_total() -> None:
    text = (
        "Lima, 5 de mayo de 2023. La Asociación Nacional de Periodistas registró 350 agresiones contra periodistas desde diciembre. "
        "De ellas, 150 ocurrieron durante las protestas en Lima."
    )
    r = Extractor().extract(text, published=date(2023, 5, 5), lang="es")
    assert [(t.measure, t.value) for t in r.tallies] == [("press_aggressions", 350), ("press_aggressions", 150)]
    assert r.events == []


def test_de_ellos_after_a_death_toll() -> None:
    text = "Según la Defensoría del Pueblo, 67 personas murieron desde diciembre. De ellos, 49 murieron en enfrentamientos con las fuerzas del orden."
    r = Extractor().extract(text, published=date(2023, 3, 5), lang="es")
    assert [(t.measure, t.value) for t in r.tallies] == [("fatalities", 67), ("fatalities", 49)]
    assert r.events == []
