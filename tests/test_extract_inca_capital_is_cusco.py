"""The news calls Cusco "the former Inca capital".

"The airport in the former Inca capital was closed on Monday after demonstrators
tried to break in": Cusco's airport, Monday's incident in Cusco."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def test_the_former_inca_capital():
    text = "Protesters clashed with police in the former Inca capital on Monday."
    out = EX.extract(text, published=date(2022, 12, 16), lang="en")
    assert [(e.type, e.place.name, e.place.admin1, e.date.start) for e in out.events] == [
        ("riot", "Cusco", "Cusco", date(2022, 12, 12)),
    ]
