"""A run of days counted back from the day the article writes ("su segundo día de
paro el jueves 15 de diciembre") and a deadlier incident told right after on that
day (it inherits the day) are two incidents: the clash at the airport is the 15th's,
not a phase of a strike dated from the 14th (events._worse_day_of_a_run, which read
only runs longer than two days and never a day inherited from the run's own words)."""

from __future__ import annotations

from datetime import date

from extract_helpers import events


def test_the_airport_clash_keeps_its_own_day() -> None:
    body = (
        "Ayacucho vivió su segundo día de paro el jueves 15 de diciembre. Los manifestantes intentaron tomar "
        "el aeropuerto y los militares abrieron fuego: diez muertos."
    )
    rows = [(e.type, e.sub_type, e.forms, e.date.start, e.date.end, e.place.admin1, e.fatalities and e.fatalities.value)
            for e in events(body, "es", date(2022, 12, 17))]
    assert rows == [
        ("protest", "peaceful", ["strike"], date(2022, 12, 14), date(2022, 12, 15), "Ayacucho", None),
        ("protest", "excessive_force", [], date(2022, 12, 15), date(2022, 12, 15), "Ayacucho", 10),
    ]


def test_a_peaceful_day_after_the_run_still_folds_in() -> None:
    body = "Ayacucho vivió su segundo día de paro el jueves 15 de diciembre. Los comerciantes cerraron sus tiendas."
    rows = [(e.type, e.sub_type, e.date.start, e.date.end) for e in events(body, "es", date(2022, 12, 17))]
    assert rows == [("protest", "peaceful", date(2022, 12, 14), date(2022, 12, 15))]
