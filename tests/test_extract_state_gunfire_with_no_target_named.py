"""State gunfire with no target named, in a story of protests, is force on a crowd.

Before, "Police fired live rounds in Ayacucho on 15 December" gave no event: live fire needed
a crowd, a victim or deaths in the sentence; and "state agents made lethal use of force", the
wording of human-rights reports, named no force at all. Police or soldiers firing with no one
named as their target fire on a crowd, as their tear gas does (GUIDELINES §2: live ammunition
is excessive force); a report's finding of a dated incident at a named place is an event
attributed to its source (§2).
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _events(text: str, published: date) -> list[tuple]:
    r = EX.extract(text, published=published, lang="en")
    return [(e.type, e.sub_type, str(e.date.start), e.place.admin1, list(e.state_response)) for e in r.events]


def test_police_fired_live_rounds_in_ayacucho() -> None:
    text = (
        "The protests that followed the ouster of Pedro Castillo have been the deadliest in decades. "
        "Police fired live rounds in Ayacucho on 15 December, the ombudsman said."
    )
    assert _events(text, date(2023, 1, 15)) == [("protest", "excessive_force", "2022-12-15", "Ayacucho", ["live_ammunition"])]


def test_a_reports_finding_of_lethal_force_on_two_days() -> None:
    text = (
        "The report on the protests that shook Peru was published on Wednesday. In Ayacucho on December 15, 2022, "
        "and in Juliaca on January 9, 2023, state agents made lethal use of force, it said."
    )
    assert _events(text, date(2023, 5, 3)) == [
        ("protest", "excessive_force", "2022-12-15", "Ayacucho", ["live_ammunition"]),
        ("protest", "excessive_force", "2023-01-09", "Puno", ["live_ammunition"]),
    ]


def test_gunfire_at_a_named_target_is_no_protest() -> None:
    text = "The protests have cost 50 lives since December. Police fired at a robbery suspect in Ayacucho on Friday."
    assert _events(text, date(2023, 1, 15)) == []
