"""Event-type families: the coarse classes within which incidents can match.

Mirrors the scoring rule of the annotation guidelines (§4): protests and riots
are one *demonstration* family (a march that turns violent is one incident),
attacks on civilians another, strategic developments a third.
"""

from __future__ import annotations

FAMILIES = {
    "protest": "demonstration",
    "riot": "demonstration",
    "violence_against_civilians": "violence",
    "strategic_development": "strategic",
}


def family_of(event_type: str) -> str:
    """Family of an ACLED-style type; unknown types are their own family."""
    return FAMILIES.get(event_type, event_type)
