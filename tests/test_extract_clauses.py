"""A sentence that joins incidents in two regions, and wire datelines."""

from datetime import date

import pytest

from kipu.extract.places import _is_dateline


def _by_region(events):
    return {e.place.admin1: e for e in events}


def test_two_incidents_joined_by_as_are_read_apart(extractor):
    text = (
        "A protester was killed in clashes with police in the southern city of Arequipa on Thursday, "
        "as thousands of demonstrators converged on Lima to demand the resignation of the president."
    )
    events = _by_region(extractor.extract(text, published=date(2023, 1, 20), lang="en").events)
    assert set(events) == {"Arequipa", "Lima"}
    assert events["Arequipa"].sub_type == "excessive_force" and events["Arequipa"].fatalities.value == 1
    assert events["Lima"].sub_type == "peaceful" and events["Lima"].fatalities is None
    assert events["Lima"].participants.low == 2000


def test_spanish_mientras_splits_two_regions(extractor):
    text = (
        "La policía detuvo a 12 manifestantes que bloqueaban la vía en Juliaca el lunes, "
        "mientras en Cusco miles marcharon sin incidentes."
    )
    events = _by_region(extractor.extract(text, published=date(2023, 1, 17), lang="es").events)
    assert events["Puno"].sub_type == "intervention" and events["Puno"].arrests.value == 12
    assert events["Cusco"].sub_type == "peaceful" and events["Cusco"].arrests is None


def test_a_list_of_places_for_one_action_is_not_split(extractor):
    text = "Protesters blocked roads in Juliaca, Puno, and in Cusco on Monday."
    events = extractor.extract(text, published=date(2023, 1, 17), lang="en").events
    assert {e.place.admin1 for e in events} == {"Puno", "Cusco"}
    assert all(e.forms == ["roadblock"] for e in events)


@pytest.mark.parametrize(
    "line, expected",
    [
        ("LIMA, Jan 20 (Reuters) - A protester was killed", True),
        ("Lima, 25 ene (EFE).- Los manifestantes", True),
        ("Lima, 25 Jan. The Foreign Press Association", True),
        ("LIMA (AP) — Peru's president", True),
        ("Lima, the capital, saw the largest march", False),
        ("Lima - Cusco road was blocked", False),
    ],
)
def test_a_wire_dateline_is_where_the_report_was_filed(line, expected):
    assert _is_dateline(line, 0, 4) is expected


def test_a_dateline_city_is_not_the_incidents_place(extractor):
    text = "LIMA, Jan 20 (Reuters) - Two protesters were killed in clashes with police in Juliaca on Thursday."
    (ev,) = extractor.extract(text, published=date(2023, 1, 20), lang="en").events
    assert ev.place.admin1 == "Puno"


def test_a_dateline_with_its_country_and_a_generic_palace_abroad(extractor):
    text = (
        "QUITO, Ecuador — Indigenous protesters blocked roads across Ecuador on Monday at the start of a national strike.\n\n"
        "In Quito, police used tear gas to disperse hundreds of demonstrators who tried to reach the presidential palace, "
        "and 18 people were arrested."
    )
    events = extractor.extract(text, published=date(2022, 6, 14), lang="en").events
    quito = [e for e in events if e.place.admin1 == "Pichincha"]
    assert len(quito) == 1 and quito[0].sub_type == "intervention" and quito[0].arrests.value == 18
    assert all(e.place.country == "EC" for e in events)  # Lima's Palacio de Gobierno is not Quito's palace
