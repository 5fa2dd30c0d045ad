"""A rights group's report summary and a wire story updated paragraph by
paragraph (self-written, on Peru's protests of December 2022 to January
2023): "Of the 49 people killed ..., Amnesty examined 25 deaths and found
that 20 may amount to extrajudicial executions" gave two more totals (the
cases a study looked at, and what it found of them, are parts of the toll
told beside them); and "The Interior Ministry said 22 police officers and 16
civilians were injured in Lima", told after an update on Arequipa, was lost
(a count naming the region of an incident told a few sentences back, on its
day, is that incident's)."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract


def test_a_studys_sample_and_its_finding_are_no_totals():
    body = (
        "Security forces used lethal weapons against protesters and bystanders. Of the 49 people killed in the protests "
        "between December 2022 and February 2023, Amnesty examined 25 deaths and found that 20 may amount to "
        "extrajudicial executions."
    )
    tallies = extract(body, "en", date(2023, 5, 25)).tallies
    assert [(t.measure, t.value) for t in tallies] == [("fatalities", 49)]


def test_a_regions_wounded_told_after_another_regions_update():
    body = (
        "Police fired tear gas on Thursday at thousands of protesters who marched through downtown Lima.\n\n"
        "UPDATE, 11 p.m.: In the southern city of Arequipa, one protester was killed and at least 10 were injured "
        "when police tried to stop a crowd from taking the airport, the ombudsman's office said. "
        "The Interior Ministry said 22 police officers and 16 civilians were injured in Lima."
    )
    events = extract(body, "en", date(2023, 1, 19)).events
    by_region = {e.place.admin1: e for e in events}
    assert set(by_region) == {"Lima", "Arequipa"}
    assert by_region["Lima"].injuries is not None and by_region["Lima"].injuries.low == 38
    assert by_region["Arequipa"].injuries.low == 10 and by_region["Arequipa"].fatalities.low == 1
