"""An announced strike "in memory of" the dead is still a plan: the dead it
remembers are no toll of its own that would make the sentence news."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def test_announced_strike_in_memory_of_the_dead_is_no_event():
    text = ("Anuncio en Juli\n\nLos gremios de Chucuito anunciaron este lunes que el 20 de mayo "
            "iniciarán una huelga indefinida en memoria de los cuatro comuneros que murieron en "
            "enero.\n")
    out = EX.extract(text, published=date(2023, 5, 15), lang="es")
    assert out.events == []
