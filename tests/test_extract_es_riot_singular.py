"""A group as singular subject ("un grupo atacó la comisaría y quemó una
camioneta") is a riot, as the plural "atacaron", "quemaron" already are."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def test_group_that_stoned_the_police_station_is_a_riot():
    text = ("Paro en Canchis\n\nEl martes, en Sicuani, provincia de Canchis, un grupo de manifestantes "
            "atacó la comisaría con piedras y quemó una camioneta policial. La policía respondió con "
            "perdigones y bombas lacrimógenas. Nueve personas resultaron heridas.\n")
    out = EX.extract(text, published=date(2023, 1, 12), lang="es")
    assert [(e.type, e.sub_type) for e in out.events] == [("riot", "violent_demonstration")]
