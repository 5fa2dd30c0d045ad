"""A town with one reading named before a comma is not "contradicted" by a far place
of the clause after it ("En Sicuani, los manifestantes ... obligaron a suspender el
tren a Puno": Puno is no division of Sicuani), and a service named by its destination
("el tren a Puno") places nothing there: the railway taken is Sicuani's, in Cusco."""

from __future__ import annotations

from datetime import date

from extract_helpers import events


def test_the_railway_taken_in_sicuani() -> None:
    body = "En Sicuani, los manifestantes tomaron la línea férrea y obligaron a suspender el tren a Puno."
    rows = [(e.type, e.sub_type, e.forms, e.date.start, e.place.name, e.place.admin1) for e in events(body, "es", date(2022, 12, 12))]
    assert rows == [("protest", "peaceful", ["occupation"], date(2022, 12, 12), "Sicuani", "Cusco")]
