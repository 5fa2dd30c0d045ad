"""Victims' kin who demand that those who shot be punished ("Los deudos ... exigieron
que se sancione a los militares que dispararon") name the force they protest, not
force at their march: the anniversary march stays peaceful (grievance.strip_grievance
read a grievance only beside a protest word or protesters, and the forces' relative
clause was no grievance)."""

from __future__ import annotations

from datetime import date

from extract_helpers import events


def test_the_kins_march_a_month_on_is_peaceful() -> None:
    body = (
        "Familiares de las víctimas marcharon este domingo por las calles de Huamanga. Los deudos portaban fotografías "
        "de sus seres queridos y exigieron que se sancione a los militares que dispararon."
    )
    rows = [(e.type, e.sub_type, e.forms, e.date.start, e.place.name, e.state_response) for e in events(body, "es", date(2023, 1, 16))]
    assert rows == [("protest", "peaceful", ["march"], date(2023, 1, 15), "Huamanga", [])]


def test_soldiers_firing_at_the_march_is_force() -> None:
    body = "Familiares de las víctimas marcharon este domingo por las calles de Huamanga y los militares dispararon contra ellos."
    rows = [(e.type, e.sub_type, e.state_response) for e in events(body, "es", date(2023, 1, 16))]
    assert rows == [("protest", "excessive_force", ["live_ammunition"])]
