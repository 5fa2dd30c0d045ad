"""Force done by private guards is not the state's response.

"un guarda de seguridad privada de la finca disparó cerca de los
trabajadores", "company security guards beat the strikers": the shot and the
beating are real, but the guideline's ``state_response`` and the
intervention/excessive-force sub-types are about state forces. A sentence
whose only armed agents are private guards (the ``private_force`` cues) keeps
its protest and loses those force words; with police or soldiers named too,
nothing changes, since the sentence cannot say who did what.

Killers who are not the state (the ``non_state_killer`` cues: gunmen, hired
killers, "by two men", "por desconocidos") are the same case for a death: "gunmen
shot dead a fare collector during the transport strike" tells a killing by
criminals beside a strike, so with no police or soldiers named the sentence
loses its lethal state responses (killings, live ammunition), and, unless the
dead are protesters, the death is neither the protest's toll nor makes it
excessive force (:func:`killed_by_others`).

Police words inside a guard's phrase ("agentes" in "agentes de seguridad
privada", "officers" in "private security officers") name the guards, not the
police, and are dropped as well, like the "security" demand the phrase holds.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kipu.extract.lexicon import Match, lang_words
from kipu.extract.warmup import once
from kipu.textnorm import fold

if TYPE_CHECKING:
    from kipu.extract.document import SentenceView

#: The state's armed forces in the actor vocabulary (also read by arrival.py and events.py).
STATE_FORCES = frozenset({"police", "military"})
#: The state's bodies in the actor vocabulary (also read by classify.py and events.py).
STATE_ACTORS = ("police", "military", "government", "congress", "judiciary")
#: Actors whose presence does not make a crowd of civilians (armed conflict tests, hazards.py).
NOT_A_CROWD = (*STATE_ACTORS, "companies", "criminal_groups", "journalists", "human_rights_defenders")


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


def strip_crowd_weapons(view: SentenceView) -> None:
    """Drop the gunfire words of a sentence whose attackers are the crowd and
    that names no police or soldiers: "el convoy fue atacado con lanzas y armas
    de fuego por un grupo de personas que mantenía un bloqueo" tells the
    crowd's weapons, not live ammunition used by the state (``crowd_agent`` cues)."""
    if not view.has("crowd_agent") or _state_force_named(view):
        return
    view.matches[:] = [m for m in view.matches if not (m.category == "state_response" and m.label == "live_ammunition")]


#: What a killing by others takes from the state's responses.
LETHAL_RESPONSES = frozenset({"killings", "live_ammunition"})


SOURCE_GAP = 4  # chars between a force and the verb it tells by ("informó la Policía"), as readings.SOURCE_GAP


def _state_force_named(view: SentenceView) -> bool:
    """Police or soldiers named in the sentence other than as its source:
    "murieron tras recibir disparos de un hombre ..., según informó la Policía
    Nacional" names the police only as who told it, no side in the killing."""
    if view.has("state_agent"):
        return True
    sources = view.of("attribution", "source")
    return any(
        m.category == "actor" and m.label in STATE_FORCES
        and not any(0 <= m.start - s.end <= SOURCE_GAP for s in sources)
        for m in view.matches
    )


def killers_not_state(view: SentenceView) -> bool:
    """The sentence names who killed, and they are not police or soldiers."""
    return view.has("non_state_killer") and not _state_force_named(view)


def strip_non_state_killing(view: SentenceView) -> None:
    """Drop lethal state responses from a sentence whose killers are named and
    are not the state ("sicarios asesinaron a un cobrador en plena jornada de paro")."""
    if not killers_not_state(view):
        return
    view.matches[:] = [m for m in view.matches if not (m.category == "state_response" and m.label in LETHAL_RESPONSES)]


def killed_by_others(view: SentenceView) -> bool:
    """The sentence's deaths were caused by non-state killers and the dead are
    not protesters: they are no toll of a protest told beside them. The dead
    are protesters when named so, or counted as part of the crowd the
    sentence's protest names ("nurses were blocking a road when a man opened
    fire, killing two of them"), or named as taking part in it ("two teachers
    who were taking part in a roadblock were shot dead by a man")."""
    if not killers_not_state(view) or view.has("actor", "protesters"):
        return False
    return not dead_in_the_crowd(view)


def dead_in_the_crowd(view: SentenceView) -> bool:
    """The sentence's protest names its dead as its own people: a part of the
    crowd ("killing two of them"), shots aimed at the crowd ("opened fire on the
    nurses"), or people taking part in it ("two teachers who were taking part in
    a roadblock"). Whoever killed them, they are its toll, not its grievance."""
    return view.has("form") and (view.has("subset") or _named_in_the_action(view) or _fire_on_a_group(view))


@once
def _member_denials() -> frozenset[str]:
    """``crowd_member_denials`` of classify.yaml: the words right before a
    ``crowd_member`` cue that deny it ("a driver not taking part in the strike")."""
    return frozenset(w.lower() for w in lang_words("classify", "crowd_member_denials"))


def _named_in_the_action(view: SentenceView) -> bool:
    """A ``crowd_member`` cue not denied by the word before it."""
    base = view.span.start
    for m in view.of("crowd_member"):
        before = view.text[: m.start - base].split()[-1:]
        if not (before and before[0].lower() in _member_denials()):
            return True
    return False


@once
def _one_target() -> frozenset[str]:
    """``one_target`` of classify.yaml: the words after a verb of shooting
    that make its target one person ("fired at a fare collector")."""
    return frozenset(lang_words("classify", "one_target"))


def _fire_on_a_group(view: SentenceView) -> bool:
    """Shots aimed at people in the plural ("opened fire on the nurses", "disparó
    contra los vecinos"), not at one person ("fired at a fare collector")."""
    base = view.span.start
    for m in view.of("fire_on"):
        word = view.text[m.end - base :].split(maxsplit=1)
        if word and word[0].lower() not in _one_target():
            return True
    return False


#: Actors that can be the crowd doing a seizure or a blow (all but the state, firms, gangs, the press).
CROWD_DOERS = frozenset({"protesters", "workers", "unions", "students", "indigenous", "peasants", "teachers", "transport_workers", "miners", "residents"})
DOER_REACH = 30  # chars from the crowd's noun to its verb ("Residents of Ilave detained", "una turba golpeó y quemó")
HOSTAGE_GAP = 2  # chars from the officers to "hostage" ("held three soldiers hostage")
OBJECT_WORDS = 2  # words between the verb and the officer seized ("a", "two", "a tres")
_GAP_WORDS = re.compile(r"\s*(?:[^\W\d]+\s+|\d+\s+){0,%d}" % OBJECT_WORDS)
# ... or over a first object joined to them ("retuvieron a un fiscal y a dos policías": the officers are objects too)
_JOINED_GAP = re.compile(
    r"\s*(?:[^\W\d]+\s+){1,%d}(?:%s)\s+(?:[^\W\d]+\s+|\d+\s+){0,%d}"
    % (OBJECT_WORDS + 1, "|".join(re.escape(w) for w in sorted(lang_words("counts", "coordinated", "conjunctions"), key=len, reverse=True)), OBJECT_WORDS)
)


@once
def _passive_auxiliaries() -> frozenset[str]:
    """The passive's auxiliaries of every language (classify.yaml ``passive``), folded."""
    return frozenset(fold(w) for w in lang_words("classify", "passive", "auxiliaries"))


@once
def _determiners() -> frozenset[str]:
    """The words that make a seizure verb right after them an adjective ("a detained
    police officer"; classify.yaml ``seizure_determiners``), folded."""
    return frozenset(fold(w) for w in lang_words("classify", "seizure_determiners"))


def crowd_seizures_of_forces(view: SentenceView) -> list[Match]:
    """The verbs by which a crowd, their subject, seizes or strikes a police
    officer or soldier, their object: "protesters captured a police officer",
    "los comuneros retuvieron a tres policías", "a mob beat and set fire to a
    police officer" (``crowd_on_forces`` cues)."""
    doers = [m for m in view.matches if (m.category == "actor" and m.label in CROWD_DOERS) or (m.category == "crowd_on_forces" and m.label == "subject")]
    officers = view.of("crowd_on_forces", "officer")
    forces = [m for m in view.of("actor") if m.label in STATE_FORCES]
    hostages = view.of("crowd_on_forces", "hostage")
    durations = view.of("crowd_on_forces", "duration")
    found = []
    for v in view.of("crowd_on_forces", "verb") + view.of("crowd_on_forces", "hostage_verb"):
        _, seized = _objects_after(view, v, officers, durations)
        if v.label == "hostage_verb":
            seized = [o for o in seized if any(0 < h.start - o.end <= HOSTAGE_GAP for h in hostages)]
        if not seized:
            continue
        for d in doers:
            words = _subject_gap(view, d, v)
            if words is None or any(d.end <= f.start < v.start for f in forces) or words and words[-1] in _determiners():
                continue  # ("manifestantes que la policía detuvo", "co-workers of a detained officer")
            found.append(v)
            break
    return found


def _objects_after(view: SentenceView, verb: Match, candidates: list[Match], durations: list[Match]) -> tuple[int, list[Match]]:
    """Where the verb's object starts (past a stretch of time told right after
    it, ``_past_duration``) and the candidates that stand there, a few words at
    most after it ("retuvieron a tres policías", "held two protesters")."""
    base = view.span.start
    after = _past_duration(verb, durations)
    return after, [
        o for o in candidates
        if 0 <= o.start - after and (
            _GAP_WORDS.fullmatch(view.text, after - base, o.start - base) is not None
            or _JOINED_GAP.fullmatch(view.text, after - base, o.start - base) is not None
        )
    ]


def _subject_gap(view: SentenceView, subject: Match, verb: Match) -> list[str] | None:
    """The folded words between a subject and its verb, when it can be the verb's
    subject: close before it, no clause break between, no passive ("protesters
    were detained" have the verb done to them); None otherwise."""
    base = view.span.start
    gap = view.text[subject.end - base : verb.start - base]
    if not 0 <= verb.start - subject.end <= DOER_REACH or any(ch in gap for ch in ",;:()"):
        return None
    words = fold(gap).split()
    return None if _passive_auxiliaries() & set(words) else words


def _past_duration(verb: Match, durations: list[Match]) -> int:
    """Where the verb's object may start: after how long the crowd held the
    officer, when told right after the verb ("retuvieron durante horas a un
    policía"), so that the adverbial does not count among the object's words."""
    for d in durations:
        if 0 <= d.start - verb.end <= 1:
            return d.end
    return verb.end


#: Readings a crowd's seizure verb takes from other lexicons: an arrest, a state beating, and the
#: taking of a place ("seized a police officer", "tomaron como rehenes": no occupation).
_SEIZURE_READINGS = frozenset({("state_response", "arrests"), ("state_response", "beatings"), ("strategic", "arrests"), ("measure", "arrests"), ("form", "occupation")})


def strip_crowd_on_forces(view: SentenceView) -> None:
    """A crowd's seizure or blow on police or soldiers is no arrest and no
    state beating (GUIDELINES §2: arrests are the state's), nor the taking of a
    place; it is the crowd attacking a person, mob violence. Drop the arrest,
    beating and occupation words the verb holds, and mark it a mob's violence."""
    if not (view.has("crowd_on_forces", "verb") or view.has("crowd_on_forces", "hostage_verb")):
        return
    seized = crowd_seizures_of_forces(view)
    if not seized:
        return

    def held(m: Match) -> bool:
        return any(m.start < v.end and v.start < m.end for v in seized)

    view.matches[:] = [
        m for m in view.matches
        if not (held(m) and (m.category, m.label) in _SEIZURE_READINGS)
    ]
    view.matches.extend(Match(v.start, v.end, "riot", "mob_violence", v.term) for v in seized)
    view.matches.sort()


def mark_state_holding(view: SentenceView) -> None:
    """The mirror of a crowd holding officers: police or soldiers holding
    protesters or people ("la policía retuvo durante horas a dos manifestantes",
    "police held two protesters for hours") is the state's hold, arrest-like
    (GUIDELINES §2: intervention), not a crowd's seizure. Mark the verb an arrest,
    read as an arrest verb is, and drop the riot words it took from the crowd's reading."""
    if not view.has("crowd_on_forces", "holding"):
        return  # (no hold verb: most sentences with "policía" in them; speed only)
    holds = state_holdings_of_crowd(view)
    if not holds:
        return

    def on_hold(m: Match) -> bool:
        return any(m.start < v.end and v.start < m.end for v in holds)

    view.matches[:] = [m for m in view.matches if not (on_hold(m) and m.category == "riot")]
    view.matches.extend(Match(v.start, v.end, c, "arrests", v.term) for v in holds for c in _HOLD_READINGS)
    view.matches.sort()


def state_holdings_of_crowd(view: SentenceView) -> list[Match]:
    """The hold verbs (``crowd_on_forces`` ``holding``) whose subject is a state
    force and whose object is protesters or people; English "held" and "kept"
    hold people only for a stretch told after them ("for hours", "overnight"),
    as they do for a crowd holding officers. Each hold spans the verb and the
    stretch told right after it ("retuvo durante horas")."""
    forces = [m for m in view.of("actor") if m.label in STATE_FORCES]
    if not forces:
        return []
    base = view.span.start
    text = view.text
    holding = _holding_verbs()
    people = [m for m in view.matches if (m.category == "actor" and m.label in CROWD_DOERS) or (m.category, m.label) in _HELD_PEOPLE]
    durations = view.of("crowd_on_forces", "duration")
    hostages = view.of("crowd_on_forces", "hostage")
    found = []
    for v in view.of("crowd_on_forces", "verb") + view.of("crowd_on_forces", "hostage_verb"):
        if fold(v.term) not in holding:
            continue
        after, held = _objects_after(view, v, people, durations)
        if v.label == "hostage_verb":
            held = [p for p in held if any(h.start >= p.end and not any(ch in text[p.end - base : h.start - base] for ch in ",;:.") for h in hostages)]
        if held and any(_subject_gap(view, f, v) is not None for f in forces):
            # (over the stretch told right after the verb: "retuvo durante horas" counts "a dos manifestantes" as "detuvo a" does)
            found.append(Match(v.start, after, v.category, v.label, v.term))
    return found


#: The readings a state's hold takes, as an arrest verb's ("detuvo", "detained"): the response, the
#: arrest itself (tied to the protest told, or a campaign's) and its count.
_HOLD_READINGS = ("state_response", "strategic", "measure")
#: Who the state holds besides a crowd's actor noun: one person ("a un joven") or people ("a dos personas").
_HELD_PEOPLE = frozenset({("single", "person"), ("claimant", "people")})


@once
def _holding_verbs() -> frozenset[str]:
    """``crowd_on_forces`` ``holding`` of every language: the verbs that hold a person without
    arresting him by name ("retuvo", "held"), folded."""
    return frozenset(fold(w) for w in lang_words("cues", "crowd_on_forces", "holding"))
