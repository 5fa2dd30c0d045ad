"""Type an event from the cues that fired, by the guideline's severity order.

One incident is one event typed by its most severe phase, so the rules are an
ordered list: lethal force beats protester violence beats state intervention
beats a peaceful protest. Strategic developments and attacks on civilians are
recognised first because their cues are specific.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kipu.extract.agents import NOT_A_CROWD, STATE_FORCES, dead_in_the_crowd, killed_by_others
from kipu.extract.arrival import arrival_forms
from kipu.extract.context import denied
from kipu.extract.counts import MOURNED_NOUNS, counts_in
from kipu.extract.document import SentenceView
from kipu.extract.hazards import is_disaster_measure, is_natural_blockage
from kipu.extract.lexicon import Match, alternation, folded_words, lang_data, lang_words, languages
from kipu.extract.warmup import once
from kipu.textnorm import fold
from kipu.model import Span

INTERVENTION_TACTICS = ("tear_gas", "rubber_bullets", "beatings", "arrests", "dispersal", "kettling", "torture")
LETHAL_TACTICS = ("live_ammunition", "killings")
STRATEGIC_PRIORITY = ("state_measure", "arrests", "other", "settlement")
GENERIC_FORMS = ("protest", "protest_noun")
FAMILY = {
    "protest": "demonstration",
    "riot": "demonstration",
    "violence_against_civilians": "violence",
    "strategic_development": "strategic",
}


@dataclass(frozen=True)
class Typing:
    type: str
    sub_type: str
    cues: tuple[str, ...]

    @property
    def family(self) -> str:
        return FAMILY[self.type]


def family_of(event_type: str) -> str:
    return FAMILY[event_type]


def forms_of(view: SentenceView) -> list[str]:
    forms = [f for f in arrival_forms(view, view.labels("form")) if f not in GENERIC_FORMS]
    if "general_strike" in forms and "strike" not in forms:
        forms.insert(forms.index("general_strike"), "strike")
    if "hunger_strike" in forms and "strike" in forms:
        forms.remove("strike")
    if "occupation" in forms and _only_attempted(view, view.of("form", "occupation")):
        forms.remove("occupation")
    return forms


ATTEMPT_REACH = 12  # chars between "tried to" and the taking it qualifies


def _only_attempted(view: SentenceView, takings: list[Match]) -> bool:
    """Whether every taking of a place the sentence tells was only tried
    ("en su intento de tomar el aeropuerto", "who tried to storm the
    airport"): the crowd never held it, so it is no occupation."""
    attempts = view.of("modality", "attempt")
    return bool(attempts) and all(
        any(a.start <= t.start <= a.end + ATTEMPT_REACH for a in attempts) for t in takings
    )


def is_demonstration(view: SentenceView) -> bool:
    return view.has("form") or view.has("riot")


def state_forces_named(view: SentenceView) -> bool:
    """Police or soldiers are named in the sentence."""
    return view.has("actor", "police") or view.has("actor", "military")


def forces_and_crowd_named(view: SentenceView) -> bool:
    """Police or soldiers, and the protesters they face, are both named."""
    return state_forces_named(view) and view.has("actor", "protesters")


def gunfire_on_crowd(view: SentenceView) -> bool:
    """ "Militares del Ejército dispararon contra la multitud con armas de
    fuego": police or soldiers firing live rounds at a crowd is lethal force
    at a demonstration even before anyone is said to have died (firing at a
    lone suspect is not: a crowd or protesters must be named, or shots aimed
    at "them", the crowd a sentence before named: ``crowd_fire`` in cues.yaml)."""
    if not view.has("state_response", "live_ammunition"):
        return False
    return forces_and_crowd_named(view) or (
        state_forces_named(view) and (view.has("crowd_fire", "pronoun") or _a_crowd_counted(view) or _fire_on_a_people(view) or fire_on_attempters(view))
    )


FIRE_ON_PEOPLE_GAP = 24  # chars from the shots to the people aimed at ("contra una columna de cocaleros")


def only_fired_on_a_people(view: SentenceView) -> bool:
    """Shots at a class of people are the sentence's only sign of a crowd
    ("dispararon contra los vecinos"): in an article that names no protest,
    a raid's, not a demonstration's."""
    return _fire_on_a_people(view) and not (forces_and_crowd_named(view) or view.has("crowd_fire", "pronoun") or fire_on_attempters(view) or _a_crowd_counted(view))


def _fire_on_a_people(view: SentenceView) -> bool:
    """ "Police opened fire on farmers", "dispararon contra una columna de
    cocaleros": shots aimed at a class of people (``claimant.people`` in
    cues.yaml: farmers, residents, students) are aimed at a gathering of them,
    as shots at "the crowd" are; a lone suspect is no people."""
    if not view.has("fire_on") or not view.has("claimant", "people"):
        return False
    people = view.of("claimant", "people")
    return any(0 <= p.start - m.end <= FIRE_ON_PEOPLE_GAP for m in view.of("fire_on") for p in people)


def fire_on_attempters(view: SentenceView) -> bool:
    """ "Soldiers fired on people who had tried to take the airport", "dispararon
    contra quienes intentaron tomar el aeropuerto": the people shot are named by
    the taking they tried, so they are that crowd, and the shots are force on it
    (``crowd_fire.attempters`` right after the ``fire_on`` words, a site's taking
    right after them: "those who tried to flee" are no crowd)."""
    if not view.has("fire_on") or not view.has("crowd_fire", "attempters") or not view.has("crowd_fire", "attempted"):
        return False
    tried = view.of("crowd_fire", "attempted")
    return any(
        0 <= a.start - m.end <= OBJECT_GAP and any(0 <= t.start - a.end <= OBJECT_GAP for t in tried)
        for m in view.of("fire_on") for a in view.of("crowd_fire", "attempters")
    )


CROWD_SIZE = 50  # people counted at least this many are a crowd ("as thousands of people tried to reach the runway")


def _a_crowd_counted(view: SentenceView) -> bool:
    """People counted in their hundreds or thousands ("as thousands of people
    tried to reach the runway, police opened fire") are a crowd, though no
    protest word names them."""
    if not view.has("measure", "participants"):
        return False
    people = view.of("measure", "participants")
    return any(q.low >= CROWD_SIZE and any(0 <= m.start - q.span.end <= CROWD_NOUN_GAP for m in people) for q in view.quantities)


CROWD_NOUN_GAP = 4  # chars from a number to the people it counts ("thousands of people")


@once
def people_heads() -> frozenset[str]:
    """``people_heads`` of classify.yaml: the plain nouns a count of people takes ("17 people")."""
    return frozenset(lang_words("classify", "people_heads"))


def people_counted(view: SentenceView) -> bool:
    """ "17 people died in Juliaca on 9 January": people counted by the plain
    noun are civilians, as "17 civilians" are (Spanish "personas" is already a
    crowd word). "Two young soldiers" count soldiers: a head with a state force
    noun right after it is no civilian."""
    heads = people_heads()
    counted = [q.head_span for q in view.quantities if q.head is not None and q.head.lower() in heads]
    # one person by a plain noun ("a young man died during clashes with police", "un joven murió")
    singles = single_heads()
    counted += [Span(m.start, m.end) for m in view.of("single", "person") if m.term.rsplit(" ", 1)[-1] in singles]
    counted += _bare_counts_of_the_dead(view)
    if not counted:
        return False
    forces = [m.start for a in STATE_FORCES for m in view.of("actor", a)]
    return any(span is None or not any(0 <= f - span.end <= FORCE_AFTER_HEAD for f in forces) for span in counted)


BARE_SUBJECT_GAP = 12  # chars from a bare count to the death verb it is the subject of (" were killed", " have died")
_BARE_GAP = re.compile(rf"\s+(?:{alternation(lang_words('classify', 'bare_count_auxiliaries'))}\s+){{0,2}}", re.IGNORECASE)


@once
def _bare_count_verbs() -> frozenset[str]:
    return frozenset(folded_words("classify", "bare_count_verbs"))


def _bare_counts_of_the_dead(view: SentenceView) -> list[Span]:
    """ "Seventeen died in Juliaca and one in Cusco", "18 were killed": a count
    with no noun, the subject of a death verb right after it (or after its
    auxiliaries), counts people (a soldier or officer is named as one). A
    headline's "two more dead" is no verb's subject: its toll is the lead's."""
    verbs = _bare_count_verbs()
    deaths = [m for m in view.of("measure", "fatalities") if fold(m.term).lower().split(" ", 1)[0] in verbs]
    if not deaths:
        return []  # ("1 fatality", "two more dead": a noun or adjective, no verb with a subject)
    base = view.span.start
    return [
        q.span for q in view.quantities
        if any(
            0 < m.start - q.span.end <= BARE_SUBJECT_GAP and _BARE_GAP.fullmatch(view.text, q.span.end - base, m.start - base) is not None
            for m in deaths
        )
    ]


@once
def single_heads() -> frozenset[str]:
    """``single_heads`` of classify.yaml: the last word of one person told by a plain noun ("a young man")."""
    return frozenset(lang_words("classify", "single_heads"))


FORCE_AFTER_HEAD = 2  # chars from a counted noun to a force noun it qualifies ("two young soldiers")


def only_generic_protest(view: SentenceView) -> bool:
    """True when the sentence names protest only with a general noun ("the
    protests", or a form's bare noun listed as ``form_noun`` in cues.yaml:
    "the land invasion", "the occupation of the south")."""
    if not view.has("form") or view.has("riot"):
        return False
    return names_no_form(view)


def names_no_form(view: SentenceView) -> bool:
    """True when the sentence names no form of protest but by a general noun
    ("the unrest", "the protests") or none at all: "49 people have died in the
    unrest, 41 of them in clashes" tells how a total died, not a march."""
    nouns = {(n.start, n.end) for n in view.of("form_noun")}
    return all((m.label == "protest_noun" and not _a_verb(view, m)) or (m.start, m.end) in nouns for m in view.of("form"))


@once
def _verb_or_noun() -> dict[str, frozenset[str]]:
    """``verb_or_noun`` of every language's morphology.yaml: term -> the words
    that make it a noun when right before it (the terms are the languages' own)."""
    table: dict[str, frozenset[str]] = {}
    for lang in languages():
        for term, words in (lang_data(lang, "morphology").get("verb_or_noun") or {}).items():
            table[str(term)] = frozenset(str(w).lower() for w in words)
    return table


_LAST_WORD = re.compile(r"([^\W\d_]+)\s*$")


def _a_verb(view: SentenceView, m: Match) -> bool:
    """ "Un grupo de vecinos protesta frente a la alcaldía": a generic form word
    that is also a verb, after a word that is no determiner or preposition,
    is the verb of people protesting."""
    before = _verb_or_noun().get(m.term)
    if before is None:
        return False
    word = _LAST_WORD.search(view.text, 0, m.start - view.span.start)
    return word is not None and word.group(1).lower() not in before


def shot_in_numbers(view: SentenceView) -> bool:
    """ "Ten civilians were shot near the airport", "Cinco comuneros fueron
    baleados": people of no state or other body (civilians, protesters,
    villagers) told as shot, with no death said: the crowd's wounded, a report
    of an incident though no protest word is in the sentence. Only the shot
    wording itself ("heridas de arma de fuego" by "finqueros" stays as read)."""
    return view.has("gunshot", "wounded") and any(m.label not in NOT_A_CROWD for m in view.of("actor"))


@once
def _deployment_only() -> frozenset[str]:
    return frozenset(folded_words("classify", "deployment_only"))


def _deploys_no_forces(view: SentenceView) -> bool:
    """Whether the sentence's only state-measure words tell a deployment that
    names nothing deployed ("has deployed 24,000 police officers", "desplegó
    más de 13 mil policías") and the sentence names no police or soldiers:
    "The mining company has deployed new trucks" sends no forces."""
    words = _deployment_only()
    if any(fold(m.term).lower() not in words for m in view.of("strategic", "state_measure")):
        return False
    return not any(m.label in ("police", "military") for m in view.of("actor"))


@once
def _law_acts() -> frozenset[str]:
    return frozenset(folded_words("classify", "law_acts"))


@once
def _law_bears_on() -> re.Pattern[str]:
    words = lang_words("classify", "law_bears_on")
    stems = [w[:-1] for w in words if w.endswith("*")]
    whole = [w for w in words if not w.endswith("*")]
    space = r"\s+"
    return re.compile(rf"\b(?:{alternation(stems, space)}\w*|{alternation(whole, space)}\b)")


LAW_SUBJECT_WORDS = 3  # words after "passed a law" that tell what the law is about


def law_off_protest(view: SentenceView) -> bool:
    """Whether the sentence's only state-measure words tell a law passed whose
    subject, told after it, bears not on protest ("Congress has passed a law
    that lets crimes against humanity committed before 2002 go unpunished"):
    GUIDELINES §2 counts only a law or decree that bears on protest. A law
    told with no subject ("Congress passed a law on Thursday.") or with any
    protest, assembly, emergency or policing word ("a law that raises
    penalties for blocking roads") stays a measure, as does a sentence with
    a protest, riot or force word of its own. (A law the article's protesters
    want repealed bears on protest too: the pipeline asks that of the article.)"""
    acts = _law_acts()
    measures = view.of("strategic", "state_measure")
    if any(fold(m.term).lower() not in acts for m in measures):
        return False
    if view.has("form") or view.has("riot") or view.has("state_response") or any(m.label in ("police", "military") for m in view.of("actor")):
        return False
    end = max(m.end for m in measures) - view.span.start
    tail = view.text[end:]
    if len(tail.split()) < LAW_SUBJECT_WORDS:
        return False
    return _law_bears_on().search(fold(view.text).lower()) is None


HURT_TO_DEATH_REACH = 60  # chars from "wounded in Juliaca" to the "died" it is the subject of


def _earlier_wounded_raised_a_total(view: SentenceView, riot: set[str], tactics: set[str]) -> bool:
    """A running total told with the death that raised it, of one hurt at an
    earlier incident ("The ombudsman's office has raised the national death
    toll to 47 after a protester wounded in Juliaca died in hospital in
    Arequipa"), with no day of the wounding told: the total is a tally and
    the death no incident of the sentence's day, at neither place. A sentence with a protest (other than
    the noun "protester"), riot or force of its own (other than the killing)
    still tells an incident."""
    if not view.has("tally") or any(m.label != "protest_noun" for m in view.of("form")) or riot or tactics - {"killings"}:
        return False
    hours = view.of("hour")
    if any(not any(h.start < d.span.end and d.span.start < h.end for h in hours) for d in view.dates):
        return False  # ("herido el martes en Juliaca": the wounding's day is told, its incident is read on it)
    deaths = view.of("measure", "fatalities")
    return any(0 < d.start - h.end <= HURT_TO_DEATH_REACH for h in view.of("earlier_hurt") for d in deaths)


def classify(view: SentenceView, fatalities: int) -> Typing | None:
    """The type and sub-type a sentence supports, or None if it reports no event."""
    tactics = {m.label for m in view.of("state_response") if not _named_as_cause(view, m)}
    riot = {m.label for m in view.of("riot") if not _mourned(view, m) and not _a_prior_cause(view, m)}
    if (riot or tactics) and view.has("modality", "negation"):
        # "marched to Congress, but no clashes were reported", "police did not use tear gas":
        # a denied riot or force word types nothing
        riot = {m.label for m in view.of("riot") if not _mourned(view, m) and not denied(view, m)}
        tactics = {m.label for m in view.of("state_response") if not _named_as_cause(view, m) and not denied(view, m)}
    demo = is_demonstration(view)
    force = tactics & (set(INTERVENTION_TACTICS) - {"arrests"})
    if view.has("strategic") and strategic_leads(view) and not (force and _only_arrest_measures(view)):
        subs = view.labels("strategic")
        told = sub = next(s for s in STRATEGIC_PRIORITY if s in subs)
        sub = "other" if sub == "settlement" else sub  # an agreement is ACLED's "other"
        if sub == "state_measure" and is_disaster_measure(view):
            return None  # "emergencia por las lluvias": relief, no measure that bears on protest
        if sub == "state_measure" and _deploys_no_forces(view):
            return None  # "The mining company has deployed new trucks": no forces sent
        if sub == "arrests" and not (tactics & {"arrests"}) and not view.has("measure", "arrests"):
            sub = "state_measure" if view.has("strategic", "state_measure") else sub
        return Typing("strategic_development", sub, (f"strategic:{told if told == 'settlement' else sub}",))
    if view.has("earlier_hurt") and _earlier_wounded_raised_a_total(view, riot, tactics):
        return None  # "raised the toll to 47 after a protester wounded in Juliaca died in hospital"
    if _armed_conflict(view) or is_natural_blockage(view):
        return None  # (a road cut by a landslide is no crowd's roadblock)
    if "mob_violence" in riot:
        return Typing("riot", "mob_violence", ("riot:mob_violence",))
    if view.has("victim") and _crowd_struck_a_person(view):
        # "a group of protesters beat a television reporter": a journalist beaten (GUIDELINES §2), by the crowd
        return Typing("violence_against_civilians", "attack", (CROWD_STRUCK,))
    if (view.has("attack") or _struck_a_victim(view)) and view.has("victim") and not _crowd_is_victim(view) and not view.has("sense", "accident"):
        return Typing("violence_against_civilians", "attack", ("attack+victim",))
    if fatalities and not demo and "live_ammunition" in tactics and view.has("victim") and not _crowd_is_victim(view) and not view.has("sense", "accident"):
        # "El periodista Ángel Gahona murió el sábado en Bluefields de un disparo en la cabeza":
        # a journalist or observer shot dead, with no crowd told, is killed as a person, not at a protest
        return Typing("violence_against_civilians", "attack", ("victim_shot_dead",))
    if not demo and "beatings" in tactics and tactics <= {"beatings", "arrests"} and view.has("single") and not _forces_struck(view):
        # "uno de ellos es atrapado por los policías y sacado a golpes": force on
        # one person, with no crowd in the sentence, is an attack on a civilian.
        return Typing("violence_against_civilians", "attack", ("beating_of_one",))
    if not demo and force and view.has("actor", "police") or not demo and force and view.has("actor", "military"):
        # "police used tear gas to disperse groups that tried to break the
        # cordons": crowd-control force is used on a gathering, even unnamed.
        demo = True
    if not demo and gunfire_on_crowd(view):
        demo = True
    if not demo and state_fire_at_no_one_named(view, tactics):
        demo = True
    if not demo and force & {"rubber_bullets", "tear_gas"} and view.has("measure", "injuries"):
        # "cuatro personas resultaron heridas por perdigones": pellets and gas wound a crowd
        demo = True
    if not demo and fatalities and (view.has("actor", "protesters") or people_counted(view)) and not view.has("accident_death") and not killed_by_others(view):
        # "17 civilians and a police officer died in Juliaca": protesters or civilians dead in
        # numbers are a crowd's toll (not in an accident; causes and grievances are read off below)
        demo = True
    if not demo and "live_ammunition" in tactics and shot_in_numbers(view) and not killed_by_others(view):
        # "Ten civilians were shot near the airport": wounded by gunfire on a crowd, as its dead
        # are its toll above (GUIDELINES §2: live ammunition)
        demo = True
    if not demo and (fatalities or view.has("measure", "fatalities")) and killed_by_others(view):
        if view.has("prior", "legal"):
            # "a court sentenced an armed robber, who was part of a gang that shot two people dead": the
            # crime a court punishes, on no day told here (as a protest's past deaths are, below)
            return None
        # "a trader was shot dead by two men on a motorbike": criminals' attack on a civilian
        return Typing("violence_against_civilians", "attack", (KILLED_BY_OTHERS,))
    if not demo and not (fatalities and (tactics & set(LETHAL_TACTICS))):
        return None
    lethal = fatalities > 0 or tactics & set(LETHAL_TACTICS) or view.has("measure", "fatalities")
    if not demo and _deaths_in_an_accident(view, tactics):
        return None  # "dos personas murieron arrastradas por la corriente": no protest word, no force
    if lethal and (
        _killings_are_the_grievance(view, tactics)
        or _only_victims_named(view, fatalities, tactics)
        or _deaths_only_as_cause(view, fatalities)
        or _deaths_with_no_force(view, fatalities, tactics)
        or _deaths_denounced(view, tactics)
        or _deaths_in_the_riot(view, tactics)
        or _deaths_in_a_clash_of_crowds(view, tactics)
        or _deaths_in_an_accident(view, tactics)
        or _deaths_denied(view, fatalities, tactics)
        or _deaths_of_an_earlier_day(view, fatalities)
    ):
        lethal = False
    if lethal and killed_by_others(view):
        lethal = False  # "gunmen shot dead a fare collector during the transport strike": not force on the strike
    if lethal and _state_forces_killed_by_the_crowd(view, tactics):
        return Typing("riot", "mob_violence", ("state_forces_killed",))
    if lethal and _killed_in_a_quarrel_with_the_crowd(view, tactics):
        return Typing("riot", "mob_violence", ("quarrel_with_the_crowd",))
    if lethal:
        return Typing("protest", "excessive_force", ("lethal" if fatalities else "lethal_words",))
    if not riot and force and view.has("severity", "serious"):
        # "several protesters suffered serious injuries as police dispersed them":
        # serious injuries from state force are excessive force (GUIDELINES §2)
        return Typing("protest", "excessive_force", ("serious_injuries",))
    if riot & {"violent_demonstration", "clash"}:
        struck = ("beatings" in tactics and not tactics - {"beatings"} and _forces_struck(view))
        # "el suboficial fue golpeado y quemado": the officer's blows are the crowd's, no state response
        return Typing("riot", "violent_demonstration", tuple(f"riot:{r}" for r in sorted(riot)) + ((FORCES_STRUCK,) if struck else ()))
    if _crowd_attacks(view):
        # "12 officers were injured when protesters attacked them with slingshots"
        return Typing("riot", "violent_demonstration", ("crowd_attacked",))
    if not tactics - {"beatings"} and _forces_struck(view):
        # "El suboficial X fue golpeado y quemado dentro del vehículo", after "un grupo de
        # manifestantes interceptó un patrullero": the officer was struck, not striking
        return Typing("riot", "violent_demonstration", (FORCES_STRUCK,))
    if tactics & set(INTERVENTION_TACTICS):
        return Typing("protest", "intervention", tuple(f"tactic:{t}" for t in sorted(tactics & set(INTERVENTION_TACTICS))))
    return Typing("protest", "peaceful", ("form",))


def state_fire_at_no_one_named(view: SentenceView, tactics: set[str]) -> bool:
    """ "Police fired live rounds in Ayacucho on 15 December", "state agents made lethal use
    of force": gunfire by police or soldiers with no one named as its target (no victim, no
    single person, no one counted, no killer other than the state) is fired on a crowd, as crowd-control
    force is above (GUIDELINES §2: live ammunition against protesters)."""
    if "live_ammunition" not in tactics or not (view.has("actor", "police") or view.has("actor", "military")):
        return False
    if view.has("measure", "injuries") or view.has("measure", "fatalities"):
        return False  # people counted as shot are read by the rules on tolls ("Two people were injured by bullet during a military patrol")
    base = view.span.start
    if any(_FIRE_TARGET.match(view.text, m.end - base) for m in view.of("state_response", "live_ammunition")):
        return False  # "fired at a robbery suspect": a target is named (a crowd as target is ``gunfire_on_crowd``'s)
    return not (view.has("victim") or view.has("single") or view.has("sense", "accident") or killed_by_others(view))


def _alt(*path: str) -> str:
    """The regex alternation of a word list of ``lang/<code>/classify.yaml``, all languages merged."""
    return alternation(lang_words("classify", *path))


_FIRE_TARGET = re.compile(rf"\s+{_alt('fire_targets')}\s", re.IGNORECASE)
_DETERMINER_ONLY = re.compile(rf"\s*{_alt('cause_determiners')}?\s*", re.IGNORECASE)


def _named_as_cause(view: SentenceView, m: Match) -> bool:
    """ "Hours after the arrests, about 200 people gathered": force named right
    after "after the" is what the gathering answered, not force used on it;
    so is an arrest told passive in an "after" clause (``_arrest_as_cause``)."""
    base = view.span.start
    return any(
        a.end <= m.start and _DETERMINER_ONLY.fullmatch(view.text, a.end - base, m.start - base) is not None
        for a in view.of("sequence", "after")
    ) or (m.label == "arrests" and _arrest_as_cause(view.text[: m.start - base]))


_CAUSE_CLAUSE = re.compile(
    rf"\b{_alt('cause_clause', 'openers')}\b[^,;.:]{{0,80}}?\b{_alt('cause_clause', 'passives')}\s+(?:\w+\s+){{0,2}}$",
    re.IGNORECASE,
) if lang_words("classify", "cause_clause", "openers") else None


def _arrest_as_cause(before: str) -> bool:
    """ "Santa Cruz amaneció con bloqueos luego de que el gobernador fuera
    aprehendido ayer por la Policía": an arrest told passive in a clause opened
    by "luego de que" (``cause_clause`` in classify.yaml; ``before`` is the
    sentence up to the arrest word) is what the crowd answered, not force used
    on it. An active arrest there ("terminó luego de que la Policía detuviera a
    20") is left as force."""
    return _CAUSE_CLAUSE is not None and _CAUSE_CLAUSE.search(before) is not None


# Forms armies and armed groups also take: seizing a town, moving in convoy, strikes.
_ARMED_FORMS = frozenset({"occupation", "caravan", "strike"})


def _armed_conflict(view: SentenceView) -> bool:
    """ "fierce clashes between the army and the rebels", "militants seized
    control of the border post", "troops occupied the town": armed conflict,
    crime or war, not a demonstration. Armed groups, or soldiers with no
    crowd of civilians, doing only what armies also do."""
    forms = {m.label for m in view.of("form")}
    if forms - _ARMED_FORMS:
        return False
    if view.has("armed"):
        return True
    # (the people shot named by the taking they tried are a crowd: "dispararon contra quienes intentaron tomar el aeropuerto")
    crowd = view.has("measure", "participants") or any(a not in NOT_A_CROWD for a in view.labels("actor")) or fire_on_attempters(view)
    return bool(forms) and view.has("actor", "military") and not view.has("actor", "police") and not crowd




#: The last sealed sentence ``strategic_leads`` was asked about, and its answer.
_last_leads: tuple[SentenceView, bool] | None = None


def strategic_leads(view: SentenceView) -> bool:
    """A state measure is the sentence's news when it comes before any protest
    word ("deployed 15,000 police for the duration of the strike"); after one,
    it is context ("marched after the state of emergency was declared").

    The answer reads nothing but the sentence's matches, dates and text, and
    a sealed sentence's matches are final (``SentenceView.seal``): the last
    sealed sentence's answer is remembered, since reading one sentence asks
    it again and again (``readings.is_strategic``; speed only). The view is
    held, so another cannot take its identity."""
    global _last_leads
    last = _last_leads
    if last is not None and last[0] is view:
        return last[1]
    found = _strategic_leads(view)
    if view.sealed:
        _last_leads = (view, found)
    return found


def _strategic_leads(view: SentenceView) -> bool:
    """``strategic_leads``, worked out."""
    strategic = [m for m in view.of("strategic") if m.label != "arrests"]
    if strategic and view.has("form"):
        # "defied a curfew": a measure inside a protest's own phrase is what the crowd defied
        strategic = [m for m in strategic if not any(f.start <= m.start and m.end <= f.end for f in view.of("form"))]
        if not strategic and not view.has("strategic", "arrests"):
            return False
    if strategic and view.has("earlier") and (view.has("form") or view.has("riot") or _crowd_force(view)):
        # "On Thursday, a day after the government declared a state of emergency, a crowd marched":
        # the measure of the day before is the march's backdrop, not this sentence's news (as it is
        # of force on a crowd: "a day after ..., soldiers shot at crowds on the runway")
        strategic = [m for m in strategic if not _after_an_earlier_day(view, m)]
        if not strategic and not view.has("strategic", "arrests"):
            return False
    if not strategic:
        # "detuvo a once personas por disturbios": people arrested for a riot were arrested at it
        # ("acusadas de participar en el saqueo" of some earlier day is an arrest after the fact)
        return not (view.has("form") or _arrested_for_rioting(view) or _riot_then_arrests(view)) or _arrests_of_movement_figures(view) or _forms_name_the_held(view)
    if _scene_then_measure(view, strategic[0].start):
        return True
    if _force_on_crowd_before(view, strategic):
        return False
    # (a form word inside the measure's own phrase, "había paralizado sus operaciones", is that phrase's)
    forms = [m for m in view.of("form") if not any(s.start <= m.start and m.end <= s.end for s in strategic)]
    forms = [m for m in forms if m.label not in GENERIC_FORMS] or forms
    # "declares state of emergency after violent protests": the riot named
    # after "after" is the cause, not a second piece of news
    after = view.of("sequence", "after")
    riots = [m for m in view.of("riot") if not any(0 <= m.start - a.end <= CAUSE_GAP for a in after)]
    if not forms:
        # "Rioters burned shops in the old city, and police imposed a curfew": the riot told first is the
        # news, as a march told first is; the measure after it is what answered it
        return not any(m.start < strategic[0].start for m in riots)
    if _halt_after_a_protest(view, strategic, forms, after):
        return False
    return strategic[0].start < forms[0].start and not riots


@once
def _work_halted() -> frozenset[str]:
    return frozenset(fold(w).lower() for w in lang_words("classify", "work_halted"))


def _halt_after_a_protest(view: SentenceView, strategic: list[Match], forms: list[Match], after: list[Match]) -> bool:
    """ "Las Bambas halted production after residents blocked the road": a company's halt
    of its own work told before "after" and a protest is that protest's consequence; the
    protest is the news."""
    words = _work_halted()
    if not after or any(fold(m.term).lower() not in words for m in strategic):
        return False
    cue = after[0]
    return all(m.end <= cue.start for m in strategic) and any(m.start >= cue.end for m in forms)


EARLIER_REACH = 120  # chars from "a day after" to the measure it dates back ("the government of Dina Boluarte declared a nationwide state of emergency and authorized the armed forces"); the clause ends at its comma


def _after_an_earlier_day(view: SentenceView, m: Match) -> bool:
    """``m`` lies in the clause opened by "a day after", "hours after" (no
    comma between): told as the day before's."""
    base = view.span.start
    return any(0 <= m.start - e.end <= EARLIER_REACH and "," not in view.text[e.end - base : m.start - base] for e in view.of("earlier"))


#: Force a crowd is met with (arrests may be a measure of their own).
CROWD_FORCE = frozenset(INTERVENTION_TACTICS) - {"arrests"} | {"live_ammunition"}


def _crowd_force(view: SentenceView) -> bool:
    """Force a crowd is met with, named in the sentence (tear gas, live rounds)."""
    return any(m.label in CROWD_FORCE for m in view.of("state_response"))


def _force_on_crowd_before(view: SentenceView, strategic: list[Match]) -> bool:
    """ "Police fired tear gas to push back the crowd near the airport, whose
    operator suspended flights for several hours": force on a crowd told
    first is the news; a closure or suspension after it (``other``, no state
    measure) is its consequence, not a development of its own; so is a closure
    told after a clash and its casualties."""
    if any(m.label != "other" for m in strategic):
        return False
    if any(m.label in ("fatalities", "injuries") and m.end <= strategic[0].start for m in view.of("measure")) and any(
        m.end <= strategic[0].start for m in view.of("riot")
    ):
        # "37 people were injured in the confrontations near the airport, which suspended
        # flights": the clash and its wounded are the news, the closure its consequence
        return True
    if not view.has("actor", "protesters"):
        return False
    return any(m.label in CROWD_FORCE and m.end <= strategic[0].start for m in view.of("state_response"))


_FOR_BEFORE = re.compile(rf"\b{_alt('arrested_for', 'prepositions')}\s+(?:{_alt('arrested_for', 'articles')}\s+)?$", re.IGNORECASE)
_AFTER_BEFORE = re.compile(rf"\b{_alt('arrested_for', 'after')}\s+(?:{_alt('arrested_for', 'articles')}\s+)?$", re.IGNORECASE)
# "detuvo a tres personas que lanzaron piedras", "arrested three men who threw stones"
_WHO_BEFORE = re.compile(rf"\b{_alt('arrested_who', 'relatives')}\s+(?:{_alt('arrested_who', 'auxiliaries')}\s+)?$", re.IGNORECASE)
# ... with an aside between ("detuvo a seis personas que, según el parte policial, lanzaban piedras",
# "arrested six men who, police said, threw stones")
_WHO_ASIDE_BEFORE = re.compile(rf"\b{_alt('arrested_who', 'relatives')}\s*,[^,;.]{{1,50}},\s*(?:{_alt('arrested_who', 'auxiliaries')}\s+)?$", re.IGNORECASE)
WHO_ASIDE_REACH = 72  # chars from "que," over the aside to the riot word


def _riot_then_arrests(view: SentenceView) -> bool:
    """ "Algunos vendedores lanzaron botellas contra los fiscalizadores; la
    policía detuvo a cuatro personas": the riot told first and the arrests
    after it, on no date of their own, were made at the riot ("miners pelted
    police with stones on Wednesday night and two were detained": the day is
    the riot's, told before the arrests)."""
    riots = view.of("riot")
    arrests = view.of("strategic", "arrests")
    return (
        bool(riots) and bool(arrests) and riots[0].end <= arrests[0].start
        and not any(d.span.start >= arrests[0].start for d in view.dates)
    )


FOR_REACH = 24  # chars from "during" to the riot word, over a day's name ("during the weekend's clashes")


def _arrested_for_rioting(view: SentenceView) -> bool:
    """A riot word right after "por"/"durante" ("detenidos por disturbios"), or after
    "after" with no day told before it ("detained 14 people after clashes on Sunday night"),
    or the riot told of those arrested ("detuvo a tres personas que lanzaron
    piedras"): the arrests were made at the riot."""
    base = view.span.start
    return any(
        _FOR_BEFORE.search(view.text, max(0, m.start - base - FOR_REACH), m.start - base)
        # ("detained 14 people after clashes near Congress on Sunday night": no day of the arrests' own before)
        or _AFTER_BEFORE.search(view.text, max(0, m.start - base - FOR_REACH), m.start - base) and not any(d.span.start < m.start for d in view.dates)
        or any(a.end <= m.start for a in view.of("strategic", "arrests")) and (
            _WHO_BEFORE.search(view.text, max(0, m.start - base - 16), m.start - base)
            or _WHO_ASIDE_BEFORE.search(view.text, max(0, m.start - base - WHO_ASIDE_REACH), m.start - base)
        )
        for m in view.of("riot")
    )


_OF_BEFORE = re.compile(rf"\b{_alt('arrests_of', 'prepositions')}(?:\s+{_alt('arrests_of', 'articles')})?\s*$", re.IGNORECASE)


def _arrests_of_movement_figures(view: SentenceView) -> bool:
    """ "Hundreds of arrests of alleged leaders of the protests and raids of
    local organizations": an arrest noun first, and the protest named only as
    a complement ("of the protests"), with no crowd of its own, is arrests
    not tied to one protest."""
    arrests = view.of("strategic", "arrests")
    forms = view.of("form")
    if not arrests or not forms or arrests[0].start > forms[0].start:
        return False
    people = view.of("actor")
    base = view.span.start
    return all(
        f.label in GENERIC_FORMS
        and not any(a.start <= f.start < a.end for a in people)
        and _OF_BEFORE.search(view.text, 0, f.start - base) is not None
        for f in forms
    )


FIGURE_REACH = 30  # chars from "leaders of" to the protest word naming their movement
BODY_GAP = 2  # chars from the protest word to "movement" right after it


def _forms_name_the_held(view: SentenceView) -> bool:
    """ "Nine leaders of a regional protest movement were detained in raids":
    arrests whose every protest word only names the movement of those held
    (after "leaders of", or right before "movement", "leaders") tell no crowd
    at the scene: arrests not tied to one protest, not force at a protest."""
    forms = view.of("form")
    if not view.has("strategic", "arrests") or not forms or view.has("riot"):
        return False
    leaders = view.of("movement_figure", "leader")
    bodies = view.of("movement_figure", "body")
    base = view.span.start

    def names_movement(f: Match) -> bool:
        if any(0 <= b.start - f.end <= BODY_GAP for b in bodies):
            return True
        return any(0 <= f.start - ld.end <= FIGURE_REACH and "," not in view.text[ld.end - base : f.start - base] for ld in leaders)

    return all(f.label in GENERIC_FORMS and names_movement(f) for f in forms)


def _scene_then_measure(view: SentenceView, measure_at: int) -> bool:
    """"As the protests spread, ..., the government declared a state of
    emergency": every protest word sits in a fronted scene-setting clause that
    a comma closes before the measure, so the measure is the news."""
    start = view.span.start + (len(view.text) - len(view.text.lstrip(" \"“«")))
    if not any(m.start == start for m in view.of("scene")):
        return False
    comma = view.text.rfind(",", 0, measure_at - view.span.start)
    if comma < 0:
        return False
    cut = view.span.start + comma
    protest = [m for m in view.matches if m.category in ("form", "riot")]
    return all(m.start < cut for m in protest)


def _only_arrest_measures(view: SentenceView) -> bool:
    return all(m.label == "arrests" for m in view.of("strategic"))


MOURNED_REACH = 60  # chars from "coffins of" or "justice for" to the death or clash word it covers
# "marched behind the coffins of people killed in Monday's clashes": the dead
# named inside what mourners carry, or whom they demand justice for, are whom
# the march is for.
_MOURNED = re.compile(
    rf"\b(?:{MOURNED_NOUNS})\s+{alternation(lang_words('counts', 'of'))}\s+[^,.;:]*$"
    rf"|\b{_alt('justice_for', 'nouns')}\s+{_alt('justice_for', 'prepositions')}\s+[^,.;:]*$",
    re.IGNORECASE,
)


def _only_victims_named(view: SentenceView, fatalities: int, tactics: set[str]) -> bool:
    """ "relatives of those killed carried their photographs", "justicia para
    los fallecidos": the dead are named as people the march is about, and no
    number or lethal force says anyone died in this incident."""
    refs = view.of("victims_ref")
    if fatalities:
        return False
    words = view.of("measure", "fatalities") + [m for m in view.of("state_response") if m.label in LETHAL_TACTICS]
    return bool(words) and all(
        any(r.start <= w.start and w.end <= r.end for r in refs)
        or _mourned(view, w)
        for w in words
    )


def _a_prior_cause(view: SentenceView, m: Match) -> bool:
    """ "Los estudiantes marcharon el viernes, después de los enfrentamientos que se
    dieron en Apurímac": clashes named as the earlier cause (``prior_cause`` in
    cues.yaml) are not the sentence's riot; its own toll or force still types it."""
    return view.has("prior_cause") and any(c.start <= m.start < c.end for c in view.of("prior_cause"))


def _mourned(view: SentenceView, m: Match) -> bool:
    """Whether ``m`` sits in the complement of what mourners carry. Pictures
    that show something ("Photos of the clashes showed police firing") are
    evidence of it, not relics carried."""
    base = view.span.start
    if _MOURNED.search(view.text, max(0, m.start - base - MOURNED_REACH), m.start - base) is None:
        return False
    return _SHOWN.search(view.text, m.end - base) is None


# "Photos of the clashes showed ...", "las imágenes de los enfrentamientos muestran ...": pictures as evidence
_SHOWN = re.compile(rf"\b{_alt('image_verbs')}\b", re.IGNORECASE)


CAUSE_GAP = 25  # chars between "frente a", "after" and the deaths it names


def _deaths_only_as_cause(view: SentenceView, fatalities: int) -> bool:
    """ "frente a la masacre ocurrida, se produjeron saqueos", "after the
    killings, crowds burned the police station": deaths named as what this
    incident reacts to, with no figure of its own, were not caused in it."""
    if fatalities:
        return False
    words = view.of("measure", "fatalities") + [m for m in view.of("state_response") if m.label in LETHAL_TACTICS]
    causes = view.of("scene")
    base = view.span.start
    return bool(words) and all(
        any(0 <= w.start - c.end <= CAUSE_GAP and "," not in view.text[c.end - base : w.start - base] for c in causes) for w in words
    )


#: State force that can kill: any intervention tactic but arrests, and gunfire.
_FORCE = frozenset((set(INTERVENTION_TACTICS) - {"arrests", "dispersal"}) | {"live_ammunition"})


def _deaths_with_no_force(view: SentenceView, fatalities: int, tactics: set[str]) -> bool:
    """ "madres cuyos hijos murieron por mala praxis se concentran", "marchan
    ante el caso de una perra que murió de hambre": a death word with no toll,
    no gunfire, no state force and no clash in the sentence is what the
    protest is about, not force used against it."""
    if fatalities or tactics & _FORCE or view.has("riot"):
        return False  # "died after being hit by a tear gas canister": force named
    if any(c.measure == "fatalities" for c in counts_in(view)):
        return False  # "cuatro fallecidos en once días de paro": a toll, even a running one
    return not any(view.has("actor", a) for a in ("police", "military", "government"))


DEATH_DATE_GAP = 12  # chars from a death word to the day it names ("killed in January", "muertos de enero")


def _deaths_of_an_earlier_day(view: SentenceView, fatalities: int) -> bool:
    """ "relatives held a vigil in Juliaca on Sunday for the 18 people killed in
    January, while youths threw stones at police": every death word is dated
    right after it by a day before the sentence's other day, so the deaths are
    mourned or recalled, not caused by the force of the day told."""
    if fatalities or len(view.dates) < 2:
        return False
    words = view.of("measure", "fatalities") + [m for m in view.of("state_response") if m.label in LETHAL_TACTICS]
    if not words:
        return False
    latest = max(d.range.start for d in view.dates)
    for w in words:
        own = [d for d in view.dates if 0 <= d.span.start - w.end <= DEATH_DATE_GAP]
        if not own or not all(d.range.end < latest for d in own):
            return False
    return True


def _deaths_denied(view: SentenceView, fatalities: int, tactics: set[str]) -> bool:
    """ "we found no death in Lima that day", "there were no deaths": every
    death word of the sentence denied, with no toll and no lethal tactic,
    tells that nobody died, not that force killed."""
    if fatalities or tactics & set(LETHAL_TACTICS):
        return False
    words = view.of("measure", "fatalities")
    return bool(words) and all(denied(view, w) for w in words)


def _deaths_denounced(view: SentenceView, tactics: set[str]) -> bool:
    """ "recorren la ciudad en homenaje a dos repartidores fallecidos en un
    choque", "denuncian que la falta de médicos causó la muerte de un
    paciente", "culpaban a la policía de la muerte de un estudiante": deaths after a word of denouncing or remembering, with no
    gunfire, clash or state force named, are what the protest is about,
    even with a toll."""
    causes = sorted(view.of("denounced") + view.of("remembered"), key=lambda m: m.start)
    if not causes or "live_ammunition" in tactics or view.has("riot"):
        return False
    # "culpaban a la policía de la muerte de David": the police named as the ones
    # blamed for a death, with no force of theirs told, used none at this protest
    blamed = any(m.label == "blame" for m in causes) and not tactics - {"killings"}
    if not blamed and state_forces_named(view):
        return False
    deaths = view.of("measure", "fatalities") + [m for m in view.of("state_response") if m.label in LETHAL_TACTICS]
    return bool(deaths) and causes[0].start < min(d.start for d in deaths)


def _deaths_in_the_riot(view: SentenceView, tactics: set[str]) -> bool:
    """ "the death of seven people, all looters: two in the fire of a
    supermarket": deaths in the riot's own blaze, with no police, soldier,
    gunfire or clash in the sentence, died in the riot, not by state force."""
    if "live_ammunition" in tactics or not view.has("riot", "violent_demonstration") or view.has("riot", "clash"):
        return False
    return view.has("riot_death") and not any(view.has("actor", a) for a in ("police", "military"))


_CLASH_BETWEEN = re.compile(rf"\s+{_alt('clash_between')}\s", re.IGNORECASE)
_CROWD_FIGHT = re.compile(_alt("crowd_fight"), re.IGNORECASE)


def _deaths_in_a_clash_of_crowds(view: SentenceView, tactics: set[str]) -> bool:
    """ "Four people died and more than 170 were injured in clashes between
    strikers and government supporters": a clash whose two sides the sentence
    names (or a word that names them itself, "communal violence"), with no police, soldier or state force in it, is a fight between
    crowds; its dead are a riot's, not killed by state force. The death word
    itself ("murieron", "were killed") reads as the killings response and
    names no force, so it does not count as one."""
    if tactics - {"killings"} or any(view.has("actor", a) for a in ("police", "military")):
        return False
    base = view.span.start
    if any(_CROWD_FIGHT.fullmatch(view.text, m.start - base, m.end - base) for m in view.of("riot")):
        return True  # "communal violence ... left six killed": the word names the two crowds itself
    return any(_CLASH_BETWEEN.match(view.text, m.end - base) for m in view.of("riot", "clash"))


def _deaths_in_an_accident(view: SentenceView, tactics: set[str]) -> bool:
    """ "the mayor said a cyclist died in a traffic accident beside the queue
    of cars held up by the blockade": deaths in a road accident, with no
    police, soldier, state force, gunfire or clash in the sentence, were not
    caused by the state (an official named does not make them so)."""
    if not view.has("accident_death") or tactics & _FORCE or view.has("riot", "clash"):
        return False
    return not any(view.has("actor", a) for a in ("police", "military"))


def state_responses(view: SentenceView) -> list[str]:
    """The state's responses a sentence tells. "Drivers struck against
    extortion and killings by criminal gangs": killings a protest is about
    are no response of the state to it."""
    labels = view.labels("state_response")
    if labels and view.has("modality", "negation"):
        # "No one was arrested", "nadie ha sido detenido": a response denied was none
        labels = list(dict.fromkeys(m.label for m in view.of("state_response") if not denied(view, m)))
    if "killings" in labels and _killings_are_the_grievance(view, set(labels)):
        labels = [t for t in labels if t != "killings"]
    return labels


def _killings_are_the_grievance(view: SentenceView, tactics: set[str]) -> bool:
    """ "a strike against the killings of drivers by criminal gangs": the deaths
    are what the protest is about, not force used against it. Gunfire is the
    gang's too when no state force is named ("after gang members shot dead a
    bus driver"). So are the victims of crime a protest against it counts, with no
    state force in the sentence ("a strike against extortion, which has claimed
    the lives of dozens of drivers this year")."""
    if dead_in_the_crowd(view):
        return False  # "two farmers taking part in the roadblock were shot dead by hitmen": the crowd's own dead
    if not view.has("actor", "criminal_groups"):
        return view.has("demand", "security_crime") and not tactics & _FORCE and not view.has("state_agent")
    return not tactics & {"live_ammunition"} or not view.has("state_agent")


# "tras una discusión con manifestantes", "after an argument with protesters": the crowd as the other party
_QUARREL_WITH = re.compile(rf"\b{_alt('quarrel_with', 'nouns')}\s+{_alt('quarrel_with', 'prepositions')}\s+(?:\w+\s+)?$", re.IGNORECASE)
QUARREL_REACH = 40  # chars before the crowd's noun within which the quarrel is named


def _killed_in_a_quarrel_with_the_crowd(view: SentenceView, tactics: set[str]) -> bool:
    """ "un hombre murió en Malacatán tras una discusión con manifestantes que
    bloqueaban una calle": one person dead after a quarrel with the crowd, with
    no state force and no police or troops named, died at the crowd's hands
    (GUIDELINES §2: a crowd attacks a person), not by the state's."""
    if tactics & _FORCE or view.has("state_agent") or any(view.has("actor", a) for a in STATE_FORCES):
        return False
    base = view.span.start
    return any(
        _QUARREL_WITH.search(view.text, max(0, m.start - base - QUARREL_REACH), m.start - base)
        for m in view.of("actor", "protesters")
    )


#: How close the casualty word follows the state forces it counts ("seis militares murieron").
FORCES_DEAD_REACH = 30


def _state_forces_killed_by_the_crowd(view: SentenceView, tactics: set[str]) -> bool:
    """ "Seis militares murieron ahogados ... tras ser atacados por
    manifestantes": the dead are soldiers or police, and the crowd attacked
    them; a crowd's killing of state forces is mob violence (GUIDELINES: "a
    police officer killed by a crowd"), not force against protesters. Gunfire
    by the state in the same sentence keeps it excessive force."""
    if "live_ammunition" in tactics:
        return False
    if not (view.has("riot") or view.has("attack")) and tactics - {"killings"}:
        # ("un militar muerto y varios heridos en ataque a convoy": with no crowd
        # word, the dead still are the state's own only when no force of the state is told)
        return False
    return state_forces_are_the_dead(view)


def state_forces_are_the_dead(view: SentenceView) -> bool:
    """The dead the sentence counts are soldiers or police only ("Seis militares murieron",
    "El suboficial José Luis Soncco murió en el lugar")."""
    forces = [m for m in view.of("actor") if m.label in ("police", "military")]
    if any(_one_of_a_count(view, f) for f in forces):
        # "eighteen people, including a police officer, were killed": the officer is one of the dead
        return False
    deaths = view.of("measure", "fatalities")
    # (where the count starts, its head noun)
    heads = [(q.span.start, getattr(q, "head_span", None)) for q in view.quantities]
    # "un policía murió": one victim named without a number.
    heads += [(m.start, Span(m.start, m.end)) for m in view.of("single")]
    if not heads and deaths and _forces_struck(view):
        # "El suboficial X fue retenido, golpeado y quemado dentro del vehículo; murió horas después": no one
        # counted but the officer the crowd struck, whose death the sentence tells
        return True
    if not heads:
        # "El suboficial José Luis Soncco murió en el lugar": the officer named, by rank, as the one who died
        forces = forces + view.of("crowd_on_forces", "officer")
        heads = [(m.start, Span(m.start, m.end)) for m in forces]
    forces_dead = others_dead = False
    base = view.span.start
    for start, head in heads:
        if head is None:
            continue
        # "six soldiers", or with a word between: "six Peruvian soldiers".
        force = next(
            (f for f in forces if head.start <= f.start < head.end or f.start <= head.start < f.end
             or 0 <= f.start - head.end <= FORCE_AFTER_ADJECTIVE),
            None,
        )
        named = _force_in_apposition(view, head, forces)
        force = force or named
        end = max(head.end, force.end) if force else head.end
        # "Uno de ellos, el suboficial X, fue golpeado ...; su cuerpo fue encontrado": the victim
        # named in apposition is the sentence's subject, and its death may be told at the end
        reach = _reach_to_next_head(view, heads, end) if named else FORCES_DEAD_REACH
        # "donde murió un soldado", "murieron dos policías": Spanish puts the dead after the verb too;
        # "left 18 dead": the count's head is the death word itself
        if not any(
            (0 <= d.start - end <= reach and not _BLAMED_FOR.fullmatch(view.text, end - base, d.start - base))
            or 0 <= start - d.end <= DEAD_BEFORE_GAP or d.start <= head.start < d.end
            for d in deaths
        ):
            continue
        if force:
            forces_dead = True
        else:
            others_dead = True
    # "seventeen civilians who died ..., and a police officer who was burned
    # to death": civilians dead too are the state's victims, not the crowd's.
    return forces_dead and not others_dead


_APPOSITIVE = re.compile(rf"\s*,\s*(?:{_alt('appositive')}\s+)?", re.IGNORECASE)


def _force_in_apposition(view: SentenceView, head: Span, forces: list[Match]) -> Match | None:
    """ "Uno de ellos, el suboficial José Luis Soncco, ...": the force noun set off
    by a comma right after one victim names who that victim is."""
    base = view.span.start
    return next((f for f in forces if f.start > head.end and _APPOSITIVE.fullmatch(view.text, head.end - base, f.start - base)), None)


def _reach_to_next_head(view: SentenceView, heads: list[tuple[int, Span | None]], end: int) -> int:
    """How far a death word may follow a victim named in apposition: up to the
    next person counted, or the sentence's end (a later count is its own dead)."""
    later = [start for start, _ in heads if start >= end]
    return (min(later) if later else view.span.end) - end


AMONG_THE_DEAD_REACH = 30  # chars from "including", "among them" to the force counted among the dead
_AMONG_THE_DEAD = re.compile(rf"\b{alternation(lang_words('readings', 'among_the_hurt'), r'[ ]+')}\b[^,;.]*$", re.IGNORECASE)


def _one_of_a_count(view: SentenceView, force: Match) -> bool:
    """The force is named inside a count's aside ("18 people, including a police
    officer, were killed", "doce muertos, entre ellos un policía"): one of the
    dead counted, who are not all the state's own."""
    base = view.span.start
    return bool(_AMONG_THE_DEAD.search(view.text, max(0, force.start - base - AMONG_THE_DEAD_REACH), force.start - base))


# "investigación contra tres policías por la muerte de un joven": the forces are
# blamed for the death right after them, not its victims
_BLAMED_FOR = re.compile(rf"\s*{_alt('blamed_for', 'prepositions')}\s+{_alt('blamed_for', 'articles')}\s*", re.IGNORECASE)
DEAD_BEFORE_GAP = 2  # chars from a death verb to the count of the dead right after it ("murió un soldado")
FORCE_AFTER_ADJECTIVE = 2  # chars from a number's first word to the force noun after it ("Six Peruvian soldiers")


COVERAGE_REACH = 25  # chars from a coverage verb ("filming") to the clash it covers


SUBJECT_GAP = 12  # chars from "protesters" to the attack verb they are the subject of ("protesters then attacked")


def _crowd_attacks(view: SentenceView) -> bool:
    """Protesters as the subject of an attack verb ("protesters attacked them
    with slingshots"): the crowd used violence on people, a riot. Not of a
    passive one: "a protester was injured", "dos manifestantes fueron
    golpeados" tell the crowd hurt, not hurting."""
    if view.has("crowd_agent") and view.has("attack"):
        return True  # "el convoy fue atacado ... por un grupo de personas": the crowd as the attack's agent
    crowd = view.of("actor", "protesters")
    base = view.span.start
    return any(
        0 <= a.start - p.end <= SUBJECT_GAP and "," not in view.text[p.end - base : a.start - base]
        and _PASSIVE.match(view.text, a.start - base) is None
        for a in view.of("attack") for p in crowd
    )


def _crowd_struck_a_person(view: SentenceView) -> bool:
    """Protesters as the subject of a blow whose object is a journalist or an
    observer ("protesters beat a television reporter", "manifestantes
    agredieron a un periodista"): the crowd attacked that person."""
    crowd = view.of("actor", "protesters")
    if not crowd:
        return False
    base = view.span.start
    blows = view.of("attack") + view.of("violent_act") + view.of("state_response", "beatings")
    victims = view.of("victim")
    if any(
        0 <= b.start - p.end <= SUBJECT_GAP and not any(ch in view.text[p.end - base : b.start - base] for ch in ",;")
        and any(0 <= v.start - b.end <= VICTIM_GAP for v in victims)
        for b in blows for p in crowd
    ):
        return True
    # a riot phrase that holds the crowd and its blow ("protesters beat a") right before the person
    return any(
        any(r.start <= p.start and p.end <= r.end for p in crowd) and any(0 <= v.start - r.end <= VICTIM_GAP for v in victims)
        for r in view.of("riot")
    )


FORCES_STRUCK = "forces_struck"  # police or soldiers as the patients of a blow: its blows are no state response
PATIENT_GAP = 40  # chars from the officer to the passive blow, a name between ("El suboficial José Luis Soncco fue golpeado")
_PASSIVE = re.compile(rf"{_alt('passive', 'auxiliaries')}\s", re.IGNORECASE)
_NO_CLAUSE_BREAK = re.compile(r"[^,;:()\"“”]*")


def _forces_struck(view: SentenceView) -> bool:
    """ "El suboficial José Luis Soncco fue golpeado", "two officers were
    beaten": a police officer or soldier as the subject of a passive blow is
    the one struck. Who strikes state forces at a protest is the crowd (named
    in the sentence or the one before), so the blow is the crowd's violence,
    not force the state used. Only where no protester is struck in the same
    way ("un manifestante y un policía fueron golpeados" stays as it is)."""
    base = view.span.start
    forces = [m for m in view.of("actor") if m.label in ("police", "military")]
    if not forces:
        return False
    # (where each passive blow starts: its auxiliary, also over the participles listed before it,
    # "fue retenido, golpeado y quemado")
    blows = [a.start for a in view.of("attack") if _PASSIVE.match(view.text, a.start - base)]
    blows += [
        base + m.start()
        for a in view.of("attack") + view.of("state_response", "beatings") + view.of("riot", "violent_demonstration")
        if (m := _PASSIVE_LIST.search(view.text, max(0, a.start - base - PASSIVE_LIST_REACH), a.start - base)) is not None
    ]
    if not blows:
        return False
    crowd = view.of("actor", "protesters")
    return any(
        0 <= b - (end := _past_the_name(view, f.end)) <= PATIENT_GAP
        and _NO_CLAUSE_BREAK.fullmatch(view.text, end - base, b - base) is not None
        and not any(f.end <= p.start < b for p in crowd)
        and not any(p.end <= f.start and f.start - p.end <= PATIENT_GAP for p in crowd)
        for b in blows for f in forces
    )


PASSIVE_LIST_REACH = 48  # chars from a passive's auxiliary over the participles listed to the blow ("fue retenido, golpeado y")
# The auxiliary and the participles listed before the blow: "fue retenido, golpeado y [quemado]".
_PASSIVE_LIST = re.compile(
    rf"(?<!\w){_alt('passive', 'auxiliaries')}\s+(?:[^\W\d]+\s*,\s*)*[^\W\d]+\s*(?:,|\s(?:{_alt('passive', 'list_joiners')}))\s*$",
    re.IGNORECASE,
)


# The name of the one just told, set off by a comma: "el suboficial José Luis Soncco, fue golpeado".
_NAME_THEN_COMMA = re.compile(r"\s+[A-ZÁÉÍÓÚÑ][\w'-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w'-]*)*\s*,")


# His age set off by commas, and a fellow officer joined to him: ", de 29 años, y su compañero".
_AGE_THEN_COMMA = re.compile(rf"\s*(?:{_alt('passive', 'age_links')}\s+)?\d{{1,2}}\s+{alternation(lang_words('counts', 'age_after_number'))}\s*,", re.IGNORECASE)
_COMPANION = re.compile(rf"\s*(?:{_alt('passive', 'companions')})(?!\w)", re.IGNORECASE)


def _past_the_name(view: SentenceView, end: int) -> int:
    """Where the force noun ending at ``end`` is done with, past the name of
    its bearer and the comma that closes an apposition ("Uno de ellos, el
    suboficial José Luis Soncco, fue golpeado"), his age told the same way
    (", de 29 años,") and a fellow officer joined to him ("y su compañero
    fueron golpeados"): the blow is still his."""
    at = end - view.span.start
    m = _NAME_THEN_COMMA.match(view.text, at)
    if m is None:
        return end
    at = m.end()
    age = _AGE_THEN_COMMA.match(view.text, at)
    at = age.end() if age else at
    fellow = _COMPANION.match(view.text, at)
    at = fellow.end() if fellow else at
    return view.span.start + at


VICTIM_GAP = 16  # chars from a blow to the person it struck ("beat a television reporter")
CROWD_STRUCK = "crowd_struck_a_person"  # the cue of a crowd's attack: its blows are no state response
KILLED_BY_OTHERS = "killed_by_others"  # the cue of a killing by gunmen, not the state: no protest's form or toll


OBJECT_GAP = 6  # chars from "hit" to the journalist it hit ("hit the cameraman")


def _struck_a_victim(view: SentenceView) -> bool:
    """ "a group of protesters surrounded a television crew, hit the cameraman":
    a violent act whose object is a journalist or observer is an attack on him;
    so is a beating whose object he is ("un policía golpeó al periodista", GUIDELINES
    §2: a journalist beaten), whoever struck."""
    victims = view.of("victim")
    blows = view.of("violent_act") + view.of("state_response", "beatings")
    return any(0 <= v.start - a.end <= OBJECT_GAP for a in blows for v in victims)


def _crowd_is_victim(view: SentenceView) -> bool:
    """'journalists and protesters were beaten' is an intervention, not an attack
    on a civilian; 'a cameraman was hurt while filming the clashes' is an attack:
    the clash he covered is not a crowd he was in."""
    covered = view.of("coverage")
    return any(
        not any(0 <= c.start - v.end <= COVERAGE_REACH for v in covered)
        for c in view.of("riot", "clash")
    )


SEVERITY = {
    ("protest", "peaceful"): 0,
    ("protest", "intervention"): 1,
    ("riot", "violent_demonstration"): 2,
    ("riot", "mob_violence"): 2,
    ("protest", "excessive_force"): 3,
}


def more_severe(a: Typing, b: Typing) -> Typing:
    """Of two typings of one incident, the one the guideline would keep."""
    return a if SEVERITY.get((a.type, a.sub_type), -1) >= SEVERITY.get((b.type, b.sub_type), -1) else b
