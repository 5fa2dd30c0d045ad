"""Force and deaths a protest is *about*, told inside the sentence that reports it.

"relatives marched to demand justice for a man who died after being detained
and beaten by the police in 2012", "teachers protested the arrests of two
colleagues": the beating, the death and the arrests are the grievance, not
force used at this march. A sentence-level reader that sees "beaten" and
"arrests" would type the march as an intervention (or worse), so this step
removes such words from the sentence's matches before anything reads them.

A word is the grievance only when both hold:
- a grievance opener ("to demand", "protested", "justice for", "para
  exigir", "en rechazo a"; the ``grievance`` cues of each language) or a
  demand about victims or detainees comes before it in the sentence, and
- it describes someone else's past: it sits in a relative, "after being" or
  when-clause ("who was arrested", "que fue asesinado", "tras ser detenido",
  "cuando dos vendedores fueron asesinados") that does not describe the protesters
  themselves, or it is a noun naming the act
  and its victim ("the beating of a student", "asesinatos de choferes").

Violence named by a noun after a preposition there ("to protest against
thefts and vandalism", "en rechazo a los saqueos") is the grievance too.

Everything else stays: "marchers demanding justice were tear-gassed" keeps
its tear gas, "protesters who were beaten by police" keeps the beating.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from kipu.extract.lexicon import Match, alternation, lang_words
from kipu.textnorm import fold

if TYPE_CHECKING:
    from kipu.extract.document import SentenceView

#: Demands whose object is a victim or a detainee.
_VICTIM_DEMANDS = frozenset({"justice_for_victims", "release_detainee", "police_brutality"})
#: What may be the grievance: state force words and casualty words.
_CASUALTY_LABELS = frozenset({"fatalities", "injuries", "arrests"})


def _words(*path: str) -> frozenset[str]:
    """A word list of ``lang/<code>/grievance.yaml``, all languages merged and
    folded: the rules here read the folded text."""
    return frozenset(fold(w) for w in lang_words("grievance", *path))


def _alt(*path: str) -> str:
    """The regex alternation of a word list of grievance.yaml (phrases match any spacing)."""
    return alternation(_words(*path), r"\s+")


# Folded text (lowercase, no accents) before the word, up to the word.
_RELATIVE = re.compile(rf"\b(\w+)\s+{_alt('relative', 'pronouns')}\s+{_alt('relative', 'verbs')}\b[^,;:()]*$")
# "que se sancione a los militares que dispararon": the force word right after a state force and its relative pronoun.
_FORCES_RELATIVE = re.compile(rf"\b{_alt('forces_relative')}\s+{_alt('relative', 'pronouns')}\s+$")
# "marcharon para exigir más patrullaje tras el asalto de enero, cuando dos
# vendedores fueron asesinados": a when-clause with a subject of its own tells
# that subject's past.
_WHEN_CLAUSE = re.compile(rf"\b{_alt('when_clause', 'openers')}\s+(?P<subject>[^,;:()]+?)\s+{_alt('when_clause', 'verbs')}\b[^,;:()]*$")
# "para denunciar la ofensiva militar sobre Gaza, que hasta ahora suma 160
# muertos", "to protest the war, which has killed thousands": a toll told in a
# relative clause about what is denounced is that thing's, not the protest's.
_TOLL_CLAUSE = re.compile(rf"\b{_alt('toll_clause', 'pronouns')}\b[^,;:()]*?\b{_alt('toll_clause', 'verbs')}\b[^,;:()]*$")
_AFTER_BEING = re.compile(rf"\b{_alt('after_being', 'prepositions')}\s+{_alt('after_being', 'passive')}\b[^,;:()]*$")
_OF_AFTER = re.compile(rf"\s+{_alt('of_after')}\b")
# "to protest the arrest", "held a rally to back the arrest": the opener's object itself.
_OBJECT_ONLY = re.compile(rf"\s*(?:{_alt('object_determiners')}\s+)?")
# "demanded the release of demonstrators detained at the last rally", "exigen la
# libertad de los dirigentes detenidos": people whose release is demanded were
# held before; their arrest is the grievance.
_RELEASE_OF = re.compile(rf"\b{_alt('release_of', 'nouns')}\s+{_alt('release_of', 'prepositions')}\s+(?:[\w-]+\s+){{0,3}}$")
# "para exigir la liberación del gobernador Luis Fernando Camacho, aprehendido a fines
# de diciembre", "justice for Rosa Quispe, killed in January": a participle set off by a
# comma right after the person whose release or justice is asked tells that person's past.
_APPOSITIVE_OF = re.compile(
    rf"\b{_alt('appositive_of', 'nouns')}\s+{_alt('appositive_of', 'prepositions')}\s+(?P<who>(?:[\w-]+\s+){{0,5}}[\w-]+),\s*$"
)
#: Riot words that are nouns: after a preposition they name a grievance.
_RIOT_NOUNS = _words("riot_nouns")
_PREPOSITION_BEFORE = re.compile(rf"\b{_alt('preposition_before')}\s+(?:\w+\s+){{0,2}}$")
#: Antecedents that are the crowd itself: their beating is this protest's.
_CROWD = _words("crowd")


_GRIEVANCE_WORDS = frozenset({"grievance", "demand", "remembered"})


_VOICING_CROWDS = frozenset({"protesters", "relatives_of_victims"})  # who voice a grievance with no protest word of their own


def strip_grievance(view: SentenceView, folded: str, published: date | None = None) -> None:
    """Drop from ``view`` the force and casualty words that name its grievance
    or what a commemoration remembers ("in memory of", ``remembered`` cues such
    as "a un año de la masacre"; a recent day told with it keeps its force),
    and the protest words that name a charge ("detained leaders accused of
    organising the roadblocks": no roadblock is told)."""
    _strip_deaths_protested(view, folded)
    if view.has("grievance", "legal_step"):
        strip_legal_causes(view, folded)
    if not view.has_any(_GRIEVANCE_WORDS):
        return  # (speed only: one pass over a sentence with neither a grievance nor a demand word)
    if view.has("remembered", "span_after"):
        strip_fronted_recall(view, folded)
    charges = [m.end for m in view.matches if m.category == "grievance" and m.label == "charge"]
    if charges:
        first_charge = min(charges)
        # "accused of organising violent demonstrations": neither a protest nor, in the charge's own words, a riot is told
        view.matches[:] = [
            m for m in view.matches
            if not (m.start >= first_charge and m.category == "form") and not _in_a_charge(folded, view.span.start, charges, m)
            and not (m.start >= first_charge and m.category == "riot" and _riot_in_the_charge(view, max(c for c in charges if c <= m.start), m))
        ]
    # what a commemoration remembers: "to remember", "in memory of", "a un año de la masacre", "marcha por los 55 años de"
    memorials = [m.end for m in view.matches if m.category == "grievance" and m.label == "memorial" or m.category == "remembered"]
    if memorials and _remembered_day_told(view, folded, memorials, published):
        # "in memory of her son, who was shot during the January 9 massacre in Juliaca": the day
        # remembered is told with its own date, a recalled incident whose force stands
        memorials = []
    held = [(m.start, m.end) for m in view.of("demand", "release_detainee")]
    if held:
        # "to demand the detainees' release": the arrest word is the demand's own wording
        view.matches[:] = [m for m in view.matches if not (_is_force(m) and any(a <= m.start and m.end <= b for a, b in held))]
    openers = [
        m.end for m in view.matches
        if m.category == "grievance" and m.label in ("opener", "memorial") or m.category == "remembered" or (m.category == "demand" and m.label in _VICTIM_DEMANDS)
    ]
    # (the crowd that voices it: protesters, or the victims' kin, "Los deudos ... exigieron que se sancione a los
    # militares que dispararon", whose demand names the force they protest, not force of that day)
    if not openers or not any(m.category == "form" or m.category == "actor" and m.label in _VOICING_CROWDS for m in view.matches):
        return
    first = min(openers)
    base = view.span.start
    kept: list[Match] = []
    state_force = _state_force_ends(view)
    # "a rally against the arrest": the force word inside the opener's own words is its grievance
    worded = [(m.start, m.end) for m in view.matches if m.category == "grievance" and m.label == "opener"]
    for m in view.matches:
        if m.category == "state_response" and any(a <= m.start and m.end <= b for a, b in worded):
            continue
        if m.start >= first and _is_force(m) and _told_of_someone_else(folded, base, first, m, state_force, openers):
            continue
        if m.start >= first and m.category == "measure" and m.label == "participants" and _in_a_relative_about_the_grievance(folded, base, first, m):
            continue  # "a strike against extortion that has seen dozens of workers killed": those workers are no crowd
        if memorials and (_is_force(m) or m.category in _REMEMBERED_VIOLENCE) and _remembered(folded, memorials, m):
            continue
        if m.start >= first and m.category == "riot" and _violence_protested(folded, base, first, m):
            continue
        kept.append(m)
    if len(kept) < len(view.matches):
        gone = [m for m in view.matches if _is_force(m) and m.label != "participants" and not any(k is m for k in kept)]
        # "al cumplirse un año de la jornada en que 18 personas perdieron la vida": the people
        # whose death is remembered are no crowd of the commemoration; nor are the people a
        # stripped verb killed ("two months after security forces killed 17 civilians in Juliaca",
        # "contra la extorsión, que ha cobrado la vida de decenas de choferes")
        kept = [k for k in kept if not (k.category == "measure" and k.label == "participants" and any(
            _object_of(folded, g, k) or memorials and 0 <= g.start - k.end <= DEAD_NOUN_GAP and _remembered(folded, memorials, k) for g in gone))]
    view.matches[:] = kept


LEGAL_CAUSE_REACH = 90  # chars from a legal step to the incident it names ("detención preliminar de tres policías por los disturbios")
CAUSE_LOOKBACK = 40  # chars before the incident word in which "por los", "for the January 9" stand
# Folded text right before the incident word: the cause's preposition and article ("por los ", "for the january 9 ").
_LEGAL_CAUSE_BEFORE = re.compile(rf"\b{_alt('legal_cause', 'prepositions')}\s+{_alt('legal_cause', 'articles')}\s+(?:[\w-]+\s+){{0,2}}$")


def strip_legal_causes(view: SentenceView, folded: str) -> None:
    """ "La Fiscalía ordenó la detención preliminar de tres policías por los
    disturbios de enero", "prosecutors ordered the preliminary arrest of three
    officers for the January riots": the riot or protest named with its article
    as a legal step's cause is a past incident the step is about, not one told
    here (GUIDELINES §2: it may be told elsewhere in the text, not invented
    from this sentence). Its words and the day told inside that cause ("de
    enero", "the January 9") are dropped; the step itself stays, as a step,
    not as force at the protest told before it."""
    steps = view.of("grievance", "legal_step")
    # the step's own arrest word ("detención" in "detención preliminar") is a court's or prosecutor's order,
    # no force used at a protest: the strategic reading of the step stays
    # (nor its arrest noun a count: "ordered the preliminary arrest of three officers" arrests no one yet)
    view.matches[:] = [
        m for m in view.matches
        if not ((m.category == "state_response" or m.category == "measure" and m.label == "arrests") and any(s.start <= m.start and m.end <= s.end for s in steps))
    ]
    base = view.span.start
    causes: list[tuple[int, int]] = []
    deadly: list[tuple[int, int]] = []
    for m in view.matches:
        lethal = m.category == "measure" and m.label == "fatalities"
        if m.category not in ("riot", "form") and not lethal:
            continue
        if not any(0 < m.start - s.end <= LEGAL_CAUSE_REACH and not _CLAUSE_END.search(folded, s.end, m.start) for s in steps):
            continue
        before = _LEGAL_CAUSE_BEFORE.search(folded, max(base, m.start - CAUSE_LOOKBACK), m.start)
        if before:
            end = _CLAUSE_END.search(folded, m.end, view.span.end)
            if lethal:
                deadly.append((before.start(), view.span.end))
            else:
                causes.append((before.start(), end.start() if end else view.span.end))
    # "nobody has been charged for the killings of 49 protesters", "nadie ha sido acusado por los
    # asesinatos de 49 manifestantes": deaths named as a step's cause with no day of their own are
    # past killings the step is about, no incident of the step's day (nor of the report's); told
    # with their day, up to the sentence's end ("over the January 9 killings in Juliaca", "por la
    # muerte de dos estudiantes, ocurrida durante las protestas de noviembre"), they are read as before
    causes += [(a, b) for a, b in deadly if not any(d.span and a <= d.span.start < b for d in view.dates)]
    if not causes:
        return
    inside = lambda a, b: any(s <= a and b <= e for s, e in causes)  # noqa: E731
    # the people the step acts on ("la denuncia contra 12 manifestantes por la toma"): the accused, no crowd
    accused = [(s.end, max(a for a, _ in causes)) for s in steps]
    view.matches[:] = [
        m for m in view.matches
        if not ((m.category in ("riot", "form", "killing") or _is_force(m)) and inside(m.start, m.end))
        and not (m.category == "measure" and m.label == "participants" and any(a <= m.start and m.end <= b for a, b in accused))
    ]
    view.dates[:] = [d for d in view.dates if not (d.span and inside(d.span.start, d.span.end))]


FRONTED_REACH = 30  # chars from a sentence's start to a span word that opens it ("Nearly two years after")
_CLAUSE_END = re.compile(r"[,;:.]")
#: What the recalled clause tells of its day: the crowd, its actions, the force and the toll.
_RECALLED_CATEGORIES = frozenset({"form", "riot", "measure", "state_response", "actor", "killing", "claimant"})


def strip_fronted_recall(view: SentenceView, folded: str) -> None:
    """ "Twenty months after security forces killed dozens of protesters in the
    south, no one has been convicted": a span counted back from force, opening
    the sentence, tells that earlier day up to its comma; the crowd, the force
    and the toll in it are no incident of the day the sentence is about (the
    day itself is told elsewhere with its date)."""
    base = view.span.start
    for m in view.of("remembered", "span_after"):
        if m.start - base > FRONTED_REACH:
            continue
        end = _CLAUSE_END.search(folded, m.end, view.span.end)
        if end is None:
            continue  # no main clause after it: nothing tells which part is today's
        stop = end.start()
        view.matches[:] = [k for k in view.matches if not (m.start <= k.start < stop and k.category in _RECALLED_CATEGORIES)]


def _strip_deaths_protested(view: SentenceView, folded: str) -> None:
    """ "Thousands of drivers marched in Lima against extortion killings",
    "protests over the deaths of 17 people": deaths named right after
    "against" or "over" (``protested_after``) are what the protest opposes,
    not a toll or a killing at it, when the sentence tells a protest."""
    deaths = [m for m in view.matches if (m.category, m.label) in _DEATH_WORDS]
    if not deaths or not view.has("form"):
        return
    # (the protest told before them: "to testify over the deaths of nine people, when
    # soldiers fired on demonstrators" names the deaths of the incident it tells)
    first_form = min(m.start for m in view.of("form"))
    protested = [
        m for m in deaths
        if first_form < m.start and _PROTESTED_AFTER.search(folded, max(0, m.start - PROTESTED_REACH), m.start)
        and not _OWN_VERB_FIRST.match(folded, m.start)
    ]
    if protested:
        # (and the people they name: "criticism over the deaths of 17 people" counts no crowd)
        view.matches[:] = [
            m for m in view.matches
            if not ((m.category, m.label) in _DEATH_WORDS and any(m.start < p.end and p.start < m.end for p in protested))
            and not (m.category == "measure" and m.label == "participants" and any(_object_of(folded, p, m) for p in protested))
        ]


_DEATH_WORDS = frozenset({("measure", "fatalities"), ("state_response", "killings")})


PROTESTED_REACH = 45  # chars from "against" to the deaths it names ("to protest a wave of extortion and killings")
# A few words between, or more when the deaths are joined to another grievance ("a wave of extortion and killings").
# (no auxiliary of the sentence's own verb among the words between: "two teachers protesting
# against the contract were shot dead" tells their deaths, it does not oppose them)
_NOT_OWN_VERB = rf"(?!{_alt('clause_break_verbs')}\s)"
_OWN_VERB_FIRST = re.compile(rf"{_alt('clause_break_verbs')}\s")  # "were shot dead": the death word opens with the verb
_PROTESTED_AFTER = re.compile(
    rf"\b{_alt('protested_after')}\s+(?:(?:{_NOT_OWN_VERB}[\w-]+\s+){{0,3}}|(?:{_NOT_OWN_VERB}[\w-]+\s+){{1,4}}{_alt('grievance_joiners')}\s+)$"
)


#: Characters after "accused of" that the charge itself may run over.
CHARGE_REACH = 60


def _in_a_charge(folded: str, base: int, charges: list[int], m: Match) -> bool:
    """ "a man accused of beating another man to death has been arrested",
    "wanted in a 1996 killing": the beating and the death are what a suspect
    is charged with, not force or a toll told here (the arrest stays). The
    charge ends at the sentence's own verb: in "a man suspected of theft was
    beaten to death by residents" the beating is told."""
    if not _is_force(m) or m.label == "arrests":
        return False
    return any(0 <= m.start - end <= CHARGE_REACH and not _CLAUSE_BREAK.search(folded, end - base, m.start - base) for end in charges)


# Folded text: a clause's end, or the auxiliary of the sentence's own verb.
_CLAUSE_BREAK = re.compile(rf"[;:.]|\b{_alt('clause_break_verbs')}\b")


RIOT_CHARGE_REACH = 40  # chars from "accused of" to the riot word its charge names


#: The arrest words whose reason may follow them ("detuvo a 8 personas por disturbios").
_ARREST_READINGS = frozenset({("strategic", "arrests"), ("state_response", "arrests"), ("measure", "arrests")})
# Folded text ending right before a riot word: the arrest's reason, a bare noun or verb ("for rioting", "por presuntos saqueos").
_CHARGE_BEFORE = re.compile(rf"\b{_alt('arrest_charge', 'prepositions')}\s+(?:{_alt('arrest_charge', 'hedges')}\s+)?$")
ARREST_CHARGE_REACH = 60  # chars from the arrest word to the riot word its reason names ("detuvo el jueves en Lima a 8 manifestantes por disturbios")
CHARGE_PREFIX_REACH = 30  # chars before the riot word in which "por presuntamente" may stand


def strip_arrest_charges(view: SentenceView, folded: str) -> None:
    """Drop the riot words that are an arrest's stated reason ("Police detained
    8 people for rioting", "detuvo a 8 personas por disturbios"): the police's
    charge, not a riot told as fact (GUIDELINES §2: a riot is the crowd's
    violence reported). The act told of the held ("detuvo a 8 personas que
    lanzaban piedras") and a riot with its article or its time ("durante los
    disturbios") stay told."""
    arrests = [m for m in view.matches if (m.category, m.label) in _ARREST_READINGS]
    if not arrests:
        return
    base = view.span.start

    def charged(m: Match) -> bool:
        if m.category != "riot" or m.label == "mob_violence":
            return False
        if not _CHARGE_BEFORE.search(folded, max(base, m.start - CHARGE_PREFIX_REACH), m.start):
            return False
        return any(0 <= m.start - a.end <= ARREST_CHARGE_REACH and not any(ch in view.text[a.end - base : m.start - base] for ch in ",.;:") for a in arrests)

    view.matches[:] = [m for m in view.matches if not charged(m)]


def _riot_in_the_charge(view: SentenceView, charge_end: int, m: Match) -> bool:
    """ "accused of organising and financing violent demonstrations": the riot
    word a few words into the charge, with no clause break before it ("accused
    of killing a neighbour, was beaten to death by residents" tells a riot)."""
    if m.label == "mob_violence":
        return False  # "a man suspected of theft was beaten to death by residents": the crowd's act, told
    between = view.text[charge_end - view.span.start : m.start - view.span.start]
    return m.start - charge_end <= RIOT_CHARGE_REACH and not any(ch in between for ch in ",.;")


def _violence_protested(folded: str, base: int, opener_end: int, m: Match) -> bool:
    """ "blocked the road to protest against thefts and vandalism": violence
    named by a noun after a preposition is what the protest is against."""
    if folded[m.start : m.end] not in _RIOT_NOUNS:
        return False
    return bool(_PREPOSITION_BEFORE.search(folded[max(opener_end, base) : m.start]))


# Folded text between a commemoration word and a force word: a clause of its
# own ("to remember the victims; police later fired tear gas") ends what is remembered.
DEAD_NOUN_GAP = 3  # chars from a people noun to the casualty words it is the subject of ("personas perdieron la vida")
DEAD_OBJECT_REACH = 24  # chars from a killing verb to the people noun it takes ("killed at least 17 civilians")
_OBJECT_BETWEEN = re.compile(r"[^,;:.()]*")


def _object_of(folded: str, verb: Match, noun: Match) -> bool:
    """Whether ``noun`` follows the killing word ``verb`` closely with no clause
    break between ("killed 17 civilians", "mataron a decenas de manifestantes"):
    the people the verb killed, not a crowd."""
    gap = noun.start - verb.end
    return 0 <= gap <= DEAD_OBJECT_REACH and _OBJECT_BETWEEN.fullmatch(folded, verb.end, noun.start) is not None
_MEMORY_BREAK = re.compile(rf"[;:.]|,\s+(?:{_alt('memory_break')})\b")


#: What a crowd or a killer did that a commemoration may name: its day's, not the gathering's.
_REMEMBERED_VIOLENCE = frozenset({"riot", "attack", "violent_act", "killing"})


def _remembered(folded: str, memorials: list[int], m: Match) -> bool:
    """ "banners remembering the dozens killed in last winter's unrest", "to
    mark one year since the day 17 were shot dead": a force or casualty word
    after a commemoration word, in its clause, is the remembered day's."""
    return any(end <= m.start and not _MEMORY_BREAK.search(folded, end, m.start) for end in memorials)


def _remembered_day_told(view: SentenceView, folded: str, memorials: list[int], published: date | None) -> bool:
    """A day-precise date in a commemoration's clause, after its word, recent
    enough to be an incident of the article (not "la masacre del 2 de octubre de 1968")."""
    return any(
        d.range.precision == "day"
        and (published is None or (published - d.range.end).days <= PAST_FORCE_DAYS)
        and any(end <= d.span.start and not _MEMORY_BREAK.search(folded, end, d.span.start) for end in memorials)
        for d in view.dates
    )


def _is_force(m: Match) -> bool:
    return m.category == "state_response" or (m.category == "measure" and m.label in _CASUALTY_LABELS)


def _in_a_relative_about_the_grievance(folded: str, base: int, opener_end: int, m: Match) -> bool:
    """The word sits in a relative clause about the grievance, not about the crowd."""
    rel = _RELATIVE.search(folded[max(opener_end, base) : m.start])
    return rel is not None and rel.group(1) not in _CROWD


def _state_force_ends(view: SentenceView) -> list[int]:
    """Where the state's agents or the force they used are named in the sentence
    (not arrests: "the release of those detained during a demonstration" names
    whom the grievance is about)."""
    return [k.end for k in view.matches if k.category == "state_agent" or k.category == "state_response" and k.label not in ("arrests", "killings")]


def _told_of_someone_else(folded: str, base: int, opener_end: int, m: Match, state_force: list[int] = (), openers: list[int] = ()) -> bool:
    before = folded[max(opener_end, base) : m.start]
    if any(_OBJECT_ONLY.fullmatch(folded, end, m.start) for end in openers if end <= m.start):
        # "supporters held a rally on Friday to back the arrest": the force named as the opener's object is the grievance
        return True
    if _FORCES_RELATIVE.search(before):
        # "exigieron que se sancione a los militares que dispararon": the forces whose force is demanded punished
        return True
    rel = _RELATIVE.search(before)
    if rel is not None:
        return rel.group(1) not in _CROWD
    if _AFTER_BEING.search(before) or _RELEASE_OF.search(before):
        return True
    appositive = _APPOSITIVE_OF.search(before)
    if appositive is not None and not _CROWD & set(appositive.group("who").split()):
        return True
    toll = _TOLL_CLAUSE.search(folded, max(opener_end, base), m.end)  # the verb may be the force word ("which has killed")
    if toll is not None and not any(max(opener_end, base) < end <= toll.start() for end in state_force):
        # (not when the state's force is told before the clause: "demanding her resignation,
        # and police fired live rounds that killed two" is this protest's toll)
        return True
    when = _WHEN_CLAUSE.search(folded[max(opener_end, base) : m.end])  # the verb may be the force word ("was killed")
    if when is not None and not _CROWD & set(when.group("subject").split()):
        return True
    return bool(_OF_AFTER.match(folded, m.end))


PAST_FORCE_REACH = 60  # chars from a force word to the date of the protest it happened at
# A protest this long before publication is background, never an event of the
# article (the same age as ``events.BACKGROUND_DAYS``), so force told of it is
# nobody's to report.
PAST_FORCE_DAYS = 400


_RECAP_CATEGORIES = frozenset({"form", "riot", "state_response", "measure", "violent_act", "attack"})


def strip_recap(view: SentenceView) -> None:
    """ "The clashes followed a general strike on Jan. 24", "The killings came a
    day after the government declared a state of emergency": the subject that
    opens the sentence is the incident just told; its words (clashes, killings)
    are not this sentence's incident, which is what it followed."""
    start = view.span.start
    recaps = [m for m in view.of("anaphor", "recap") if m.start == start]
    if not recaps:
        return
    end = recaps[0].end
    view.matches[:] = [m for m in view.matches if not (m.category in _RECAP_CATEGORIES and m.start < end)]


def strip_turning_point(view: SentenceView) -> None:
    """ "the protests that erupted after the ouster and arrest of former President
    Pedro Castillo": a head of state's arrest, named as the movement's turning
    point (``prior``/``political``), is no arrest made at a protest here."""
    turning = [(m.start, m.end) for m in view.of("prior", "political")]
    view.matches[:] = [
        m for m in view.matches
        if not (m.label == "arrests" and m.category in ("state_response", "measure") and any(a <= m.start and m.end <= b for a, b in turning))
    ]


def strip_past_force(view: SentenceView, published: date | None) -> None:
    """Drop the state force words told of a protest of another era: "three
    leaders arrested during the 2019 farm strike are tried today, while
    farmers protest outside the court" reports today's protest, not the 2019
    arrests (the count of those arrested is set aside by the pipeline with
    :func:`told_of_an_old_protest`; casualty words stay for the tallies). Only
    beside a day of the article's own time: a sentence whose every day is that
    old tells the old protest itself ("the soldiers fired assault rifles at
    demonstrators near the Huamanga airport on December 15, 2022", in an
    indictment story of 2024: only old days, written out), kept as news only
    while a deadly day is (``events.DEADLY_RECALL_DAYS``), and then with its force."""
    if published is None or not view.dates:
        return
    if all(d.range.precision == "day" and (published - d.range.end).days > PAST_FORCE_DAYS for d in view.dates):
        return  # (a year named in passing, "detenidos en las manifestaciones de 2012", dates no incident of the sentence)
    view.matches[:] = [m for m in view.matches if not (m.category == "state_response" and told_of_an_old_protest(view, m, published))]


def told_of_an_old_protest(view: SentenceView, m: Match, published: date | None) -> bool:
    """Whether a date from before the background age follows ``m`` closely,
    within the same clause ("arrestados durante el paro agrario de 2019"), with
    no other day between ("unas 300 personas recordaron este domingo a las
    víctimas del 15 de diciembre de 2022": the crowd is of the Sunday told first)."""
    if published is None:
        return False
    base = view.span.start
    for d in view.dates:
        gap = d.span.start - m.end
        if gap < 0 or gap > PAST_FORCE_REACH or (published - d.range.end).days <= PAST_FORCE_DAYS:
            continue
        if any(m.end <= o.span.start and o.span.end <= d.span.start for o in view.dates if o is not d):
            continue
        if not any(ch in view.text[m.end - base : d.span.start - base] for ch in ",;:()"):
            return True
    return False


PASSING_FORCE_REACH = 60  # chars from a force word to the day its noun phrase names ("la quema de fotos ... durante la protesta del día anterior")
POSSESSIVE_DAY_REACH = 25  # chars from "the previous day's" to the force word it dates ("the previous day's police intervention")
#: What tells force in passing, when it governs the force word's phrase: a sequence ("luego de", "after")
#: or a claim ("condenan", "pide", "condemned"), or the time since it ("a un mes de la represión el 15 de diciembre").
_PASSING_TELLERS = frozenset({"sequence", "claim_act", "denounced", "remembered"})
_CLAUSE_OPENER = re.compile(rf"(?<!\w){alternation(lang_words('recalled', 'clause_opener'))}(?!\w)", re.IGNORECASE)
_PASSING_FORCE = frozenset({"state_response", "riot"})
_INCIDENT_WORDS = frozenset({"form", "state_response", "riot"})
PASSING = "passing:"  # the category prefix of force told in passing of another day
_DAY_OF_WORDS = alternation(lang_words("recalled", "day_of"), r"\s+")
_DAY_OF_BEFORE = re.compile(rf"(?<!\w){_DAY_OF_WORDS}\s*$", re.IGNORECASE)  # the gap ends with "del", "of the"
_DAY_OF_OPENS = re.compile(rf"{_DAY_OF_WORDS}\s", re.IGNORECASE)  # or the date opens with it ("del día anterior")
_DAY_ARTICLE_WORDS = lang_words("recalled", "day_article")
# the date opens with a bare article right after the force word ("la represión el 15 de diciembre")
_DAY_ARTICLE_OPENS = re.compile(rf"{alternation(_DAY_ARTICLE_WORDS)}\s", re.IGNORECASE) if _DAY_ARTICLE_WORDS else None
_DAY_POSSESSIVE = re.compile(rf"(?:{alternation(lang_words('recalled', 'day_possessive'))})\s", re.IGNORECASE)
_CLAUSE_MARKS = ",;:()"


def strip_force_of_another_day(view: SentenceView, published: date | None) -> bool:
    """Drop the force and riot words a sentence tells in passing of an earlier
    day than the report's, named with that day in one noun phrase: "la
    presidenta declara que luego de la intervención policial del día
    anterior los muelles funcionan", "unions condemned the previous day's
    crackdown", "pide disculpas por la quema de fotos durante la protesta del
    día anterior". The force was that day's; the sentence's own news (a
    strike's second day, a statement) is read without it, and the day of the
    phrase does not date the sentence (it is marked ``passing_day``, which
    ``context`` reads). A phrase that opens the sentence as its subject ("La
    represión del lunes dejó 20 heridos") tells that day's news and stays:
    only force in the phrase a sequence or claim word governs is told in passing;
    and so does a sentence that counts dead, wounded or detained (a toll is news).
    Whether it did (a ``passing_day`` was marked)."""
    if published is None or not view.dates:
        return False
    tellers = [m.end for m in view.matches if m.category in _PASSING_TELLERS]
    if not tellers:
        return False
    tolled = any(m.label in ("fatalities", "injuries", "arrests") for m in view.of("measure"))
    told: dict[int, Match] = {}
    days: dict[int, object] = {}
    for d in view.dates:
        if d.range.end >= published or getattr(d, "kind", None) == "since":
            continue
        for m in view.matches:
            if m.category in _PASSING_FORCE and m.label != "accommodation" and _governed(view, m, tellers) and _dated_by_its_phrase(view, m, d):
                told[id(m)] = m
                days[id(d)] = d
        clause = _recalled_when_clause(view, d, tellers)
        if clause is not None:
            for m in view.matches:
                if clause[0] <= m.start < clause[1] and (m.category in _TOLL_WORDS or m.category in _PASSING_FORCE and m.label != "accommodation"):
                    told[id(m)] = m
                    days[id(d)] = d
    if not told:
        return False
    if tolled:
        # "tras los enfrentamientos del domingo, en los que murieron dos jóvenes": a toll told in the clause
        # right after that day is that day's, and goes with its force; any other toll is the sentence's news
        clause = _toll_clause_of(view, list(days.values()))
        if clause is None or any(m.label in ("fatalities", "injuries", "arrests") and not clause[0] <= m.start < clause[1] for m in view.of("measure")):
            return False
        told.update((id(m), m) for m in view.matches if m.category in _TOLL_WORDS and clause[0] <= m.start < clause[1])
    view.matches[:] = [m for m in view.matches if id(m) not in told]
    view.matches.extend(Match(d.span.start, d.span.end, "passing_day", "force", "") for d in days.values())  # type: ignore[attr-defined]
    # (kept apart, under a category of their own, for that day's incident if the article tells one: pipeline)
    view.matches.extend(Match(m.start, m.end, PASSING + m.category, m.label, m.term) for m in told.values())
    view.matches.sort()
    return True


_TOLL_RELATIVE_WORDS = alternation(lang_words("recalled", "toll_relatives"), r"\s+")
_TOLL_RELATIVE = re.compile(rf"\s*,\s*{_TOLL_RELATIVE_WORDS}\s", re.IGNORECASE)
_TOLL_WORDS = frozenset({"measure", "state_response", "violent_act"})  # what a toll clause tells: the dead, the killing
_CLAUSE_CLOSE = re.compile(r"[;:.()]")  # what ends the toll's clause


def _toll_clause_of(view: SentenceView, days: list) -> tuple[int, int] | None:
    """The span of the clause a relative opens right after the last day of force
    told in passing (", en los que murieron dos jóvenes"), up to the sentence's
    next clause mark; None if no such clause follows."""
    base = view.span.start
    end = max(d.span.end for d in days)
    opened = _TOLL_RELATIVE.match(view.text, end - base)
    if opened is None:
        return None
    close = _CLAUSE_CLOSE.search(view.text, opened.end())
    return base + opened.start(), base + (close.start() if close else len(view.text))


def _recalled_when_clause(view: SentenceView, d: object, tellers: list[int]) -> tuple[int, int] | None:
    """The clause a relative opens right after an earlier day that a sequence,
    claim or remembrance word names ("marcharon el jueves, a una semana de la
    represión el 15 de diciembre, cuando los militares dispararon y mataron a
    diez personas"): the force and toll of that clause are that day's, told in
    passing, not the sentence's; None if the day is not so named or no such
    clause follows it."""
    base = view.span.start
    start = d.span.start  # type: ignore[attr-defined]
    before = [t for t in tellers if t <= start]
    if not before:
        return None
    gap = view.text[max(before) - base : start - base]
    if len(gap) > PASSING_FORCE_REACH or any(c in gap for c in _CLAUSE_MARKS):
        return None
    return _toll_clause_of(view, [d])


def _governed(view: SentenceView, m: Match, tellers: list[int]) -> bool:
    """Whether the nearest sequence or claim word before the force word
    governs its phrase: no clause mark and no "que"/"that" between ("los
    sindicatos condenan los actos de represión", not "el ministro denunció
    que los enfrentamientos del sábado fueron provocados", whose clause tells
    that day's clash)."""
    before = [t for t in tellers if t <= m.start]
    if not before:
        return False
    base = view.span.start
    gap = view.text[max(before) - base : m.start - base]
    return not any(c in gap for c in _CLAUSE_MARKS) and _CLAUSE_OPENER.search(gap) is None


def _dated_by_its_phrase(view: SentenceView, m: Match, d: object) -> bool:
    """Whether the date ``d`` completes the noun phrase of the force word
    ``m``: right after it as its complement ("la intervención policial del
    día anterior", "the crackdown of the day before"), or right before it as
    a possessive ("Monday's clashes"), with no clause mark between."""
    base = view.span.start
    start, end = d.span.start, d.span.end  # type: ignore[attr-defined]
    if start >= m.end:
        gap = view.text[m.end - base : start - base]
        if len(gap) > PASSING_FORCE_REACH or any(c in gap for c in _CLAUSE_MARKS):
            return False
        return (
            _DAY_OF_BEFORE.search(gap) is not None or _DAY_OF_OPENS.match(view.text, start - base) is not None
            or _DAY_ARTICLE_OPENS is not None and not gap.strip() and _DAY_ARTICLE_OPENS.match(view.text, start - base) is not None
        )
    if end <= m.start:
        gap = view.text[end - base : m.start - base]
        if len(gap) > POSSESSIVE_DAY_REACH or any(c in gap for c in _CLAUSE_MARKS):
            return False
        # ("After Monday's march police fired tear gas": the day is the march's, the force is told after it)
        return _DAY_POSSESSIVE.match(gap) is not None and not any(end <= o.start < m.start for o in view.matches if o.category in _INCIDENT_WORDS)
    return False


SLOGAN_REACH = 40  # chars from "con consignas como" to the quotation it introduces
_SPACES = r"\s+"
_SLOGAN_CLAUSE = re.compile(rf"\s+(?:{alternation(lang_words('grievance', 'slogan_clause'), _SPACES)})\s[^,;.:]*", re.IGNORECASE)


def strip_slogans(view: SentenceView, quotes: list[tuple[int, int]]) -> None:
    """Drop force, riot and casualty words inside a slogan: "marcharon con la
    consigna «ni un muerto más»", "posted messages such as 'the only good cop
    is a dead cop'". A quotation opened just after a slogan word (``slogan``
    cues) is what people chanted or wrote, not force or deaths the article
    reports. ``quotes`` are the sentence's direct-speech spans (offsets in its
    text)."""
    base = view.span.start
    spans = [
        (base + a, base + b)
        for s in view.of("slogan")
        for a, b in quotes
        if 0 <= base + a - s.end <= SLOGAN_REACH
    ]
    for s in view.of("slogan"):
        # "called under the slogan that no more women be killed", "bajo el lema de que no maten a
        # más mujeres": the slogan told in a clause, up to its comma
        told = _SLOGAN_CLAUSE.match(view.text, s.end - base)
        if told is not None:
            spans.append((s.end, base + told.end()))
    if not spans:
        return
    view.matches[:] = [
        m for m in view.matches
        if not (m.category in _SLOGAN_DROPPED and any(a <= m.start and m.end <= b for a, b in spans))
    ]


#: What a slogan may name without it happening: force, casualties, riots, attacks.
_SLOGAN_DROPPED = frozenset({"state_response", "measure", "riot", "attack"})
