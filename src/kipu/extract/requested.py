"""Force asked for is not force used.

"El presidente pidió a la policía desbloquear las vías", "los gremios exigen
desalojar a los invasores": the clearing is what someone demands, and no
police moved yet. A state response word in the infinitive (an ending listed
as ``requested_endings`` in ``lang/<code>/morphology.yaml``) after a demand
verb (``claim_act``/``demand`` cues: "pidió", "exige") in the same clause,
within ``REQUEST_REACH``, is dropped from the sentence's matches, so the
protest it names is not typed as an intervention.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kipu.extract.document import SentenceView
    from kipu.extract.lexicon import Match

MEASURE_ASKED_REACH = 25  # chars from "exige" to the measure it asks for ("exige al Gobierno la declaratoria de emergencia")
JOINED_REACH = 160  # chars from "exigen" to a measure joined to what they ask first ("exigen la derogatoria de la ley ... y la declaratoria de emergencia")
REQUEST_REACH = 40  # chars from "pidió" to the force asked for ("pidió a la Policía Nacional desbloquear")
_CLAUSE_BREAKS = (",", ";", ":", ".")


def strip_requested_force(view: SentenceView, endings: tuple[str, ...]) -> None:
    """Drop the state responses ``view`` only asks for."""
    if not endings or not view.has("state_response"):
        return
    asks = view.of("claim_act", "demand")
    if not asks:
        return
    base = view.span.start

    def asked(m: Match) -> bool:
        word = view.text[m.start - base : m.end - base].split()[0].lower()
        return word.endswith(endings) and _after_a_demand(view, m, asks, REQUEST_REACH)

    view.matches[:] = [m for m in view.matches if not (m.category == "state_response" and asked(m))]


def strip_requested_measures(view: SentenceView, joiners: tuple[str, ...] = ()) -> None:
    """Drop the state measures ``view`` only asks for: "el gremio exige la
    declaratoria de emergencia en Lima" names a measure no one has taken
    (GUIDELINES §2: calls and plans are not events). The measure must follow
    the demand verb closely, in the same clause, or be joined by one of
    ``joiners`` ("y la") to the first thing asked for ("exigen la derogatoria
    de la ley ... y la declaratoria de emergencia")."""
    if not view.has("strategic", "state_measure"):
        return
    asks = view.of("claim_act", "demand")
    if not asks:
        return
    view.matches[:] = [
        m for m in view.matches
        if not (
            m.category == "strategic" and m.label == "state_measure"
            and (_after_a_demand(view, m, asks, MEASURE_ASKED_REACH) or _joined_to_a_demand(view, m, asks, joiners))
        )
    ]


DEMANDED_CLAUSE_REACH = 120  # chars from "exige que" to an arrest or raid named in the clause it governs


def strip_demanded_arrests(view: SentenceView, complementizers: tuple[str, ...]) -> None:
    """Drop the arrests and raids ``view`` names only inside what a demand
    verb asks for: "exige que la Fiscalía lleve a juicio a quienes ordenaron
    el allanamiento", "piden que se capture a los responsables" tell no raid
    or arrest made now (GUIDELINES §2: calls are not events). The clause runs
    from the verb and its complementizer ("que") to the next stop or
    semicolon; a relative clause inside it ("al agente que disparó") is
    still asked for."""
    if not complementizers or not view.has("strategic", "arrests"):
        return
    asks = view.of("claim_act", "demand")
    if not asks:
        return
    base = view.span.start
    opened = [
        a.end for a in asks
        if view.text[a.end - base : a.end - base + 12].lower().lstrip().split(" ", 1)[0] in complementizers
    ]
    if not opened:
        return
    view.matches[:] = [
        m for m in view.matches
        if not (
            m.category == "strategic" and m.label == "arrests"
            and any(0 < m.start - end <= DEMANDED_CLAUSE_REACH and not any(ch in view.text[end - base : m.start - base] for ch in ";.:") for end in opened)
        )
    ]


def _joined_to_a_demand(view: SentenceView, m: Match, asks: list[Match], joiners: tuple[str, ...]) -> bool:
    """``m`` comes right after a joiner ("y la") and a demand verb of ``asks``
    precedes it within ``JOINED_REACH`` characters, with no stop or semicolon
    between (a list of demands may hold commas)."""
    base = view.span.start
    before = view.text[max(0, m.start - base - 20) : m.start - base].lower().rstrip()
    if not any(before.endswith(" " + j) or before == j for j in joiners):
        return False
    return any(
        0 < m.start - a.end <= JOINED_REACH and not any(ch in view.text[a.end - base : m.start - base] for ch in _CLAUSE_BREAKS[1:])
        for a in asks
    )


def _after_a_demand(view: SentenceView, m: Match, asks: list[Match], reach: int) -> bool:
    """``m`` follows a demand verb of ``asks`` within ``reach`` characters, in its clause."""
    base = view.span.start
    return any(
        0 < m.start - a.end <= reach and not any(ch in view.text[a.end - base : m.start - base] for ch in _CLAUSE_BREAKS)
        for a in asks
    )
