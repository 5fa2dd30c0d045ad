"""Force done by private guards is not the state's response.

"un guarda de seguridad privada de la finca disparó cerca de los
trabajadores", "company security guards beat the strikers": the shot and the
beating are real, but the guideline's ``state_response`` and the
intervention/excessive-force sub-types are about state forces. A sentence
whose only armed agents are private guards (the ``private_force`` cues) keeps
its protest and loses those force words; with police or soldiers named too,
nothing changes, since the sentence cannot say who did what.

Police words inside a guard's phrase ("agentes" in "agentes de seguridad
privada", "officers" in "private security officers") name the guards, not the
police, and are dropped as well, like the "security" demand the phrase holds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kipu.extract.document import SentenceView
    from kipu.extract.lexicon import Match

#: The state's armed forces in the actor vocabulary (also read by arrival.py and events.py).
STATE_FORCES = frozenset({"police", "military"})


def strip_private_force(view: SentenceView) -> None:
    """Drop state force words from a sentence whose only armed agents are private guards."""
    if not view.has("private_force"):
        return
    guards = view.of("private_force")

    def a_guard(m: Match) -> bool:
        return any(g.start <= m.start and m.end <= g.end for g in guards)

    state = any(m.category == "actor" and m.label in STATE_FORCES and not a_guard(m) for m in view.matches)
    view.matches[:] = [
        m for m in view.matches
        if not (m.category in ("actor", "demand") and a_guard(m) and (m.category == "demand" or m.label in STATE_FORCES))
        and not (not state and m.category == "state_response" and m.label != "accommodation")
    ]
