"""How one sentence reads on its own: whether it may report an incident,
whether its words are only a voice, a headline, a question or a remark, and
which force it tells. Each predicate reads one :class:`SentenceView` (and at
most what the pipeline already found in it: its counts, date and places), never
the sentences around it; rules that do are in :mod:`kipu.extract.last_incident`.
"""

from __future__ import annotations

import re

from kipu.extract.agents import NOT_A_CROWD, STATE_FORCES
from kipu.extract.classify import (
    INTERVENTION_TACTICS,
    fire_on_attempters,
    forces_and_crowd_named,
    gunfire_on_crowd,
    people_counted,
    state_forces_named,
    strategic_leads,
)
from kipu.extract.counts import Count
from kipu.extract.document import SentenceView, quote_spans
from kipu.extract.lexicon import Match, alternation, date_names, folded_words, lang_data, lang_words, languages
from kipu.extract.tallies import asserted_standing
from kipu.model import Place
from kipu.textnorm import fold

TALLY_PERIOD_DAYS = 14  # a count over a longer period than this is a running total


def explainer_headline(view: SentenceView) -> bool:
    """ "Explainer: Why Peru's bus drivers keep going on strike": a headline
    that opens as an explainer or a question reports no incident; nor does a
    question ("What are the drivers protesting about?", an explainer's subhead), nor
    one that names past force as unpunished and no protest of its own."""
    if view.text.rstrip().rstrip('"\u201d\'').endswith("?"):
        return True
    if not (view.sentence.index == 0 and view.paragraph == 0 and not view.text.rstrip().endswith(".")):
        return False
    if view.has("explainer", "aftermath") and all(m.label == "protest_noun" for m in view.of("form")):
        return True  # "Peru: Killings of Protesters Still Unpunished": the aftermath of force told later, with its days
    return any(m.start == view.span.start for m in view.of("explainer", "opener"))


DIGEST_COUNTRIES = 3  # countries a headline names when it lists a digest's stories, not one incident


def digest_headline(view: SentenceView, places: list[Place]) -> bool:
    """ "Latin America this week: Peru's southern uprising, Brasília's
    aftermath, Bolivia's jailed governor": a headline that names three
    countries or more lists a roundup's stories; its protest word is one
    story's and its place another's, so it reports no incident of its own
    (each story is told in its paragraph)."""
    if not (view.sentence.index == 0 and view.paragraph == 0 and not view.text.rstrip().endswith(".")):
        return False
    return len({p.country for p in places}) >= DIGEST_COUNTRIES


def trigger_outside_anaphor(view: SentenceView) -> bool:
    """A protest, riot or measure word other than the one inside "in that
    attack" (a casualty verb such as "were injured" counts the incident told)."""
    refs = view.of("anaphor", "incident")
    return any(
        m.category in ("form", "riot", "strategic") and not any(r.start <= m.start < r.end for r in refs)
        for m in view.matches
    )


def remark_on_last(view: SentenceView) -> bool:
    """ "The march was peaceful.": a sentence opened by the action just told
    (in its paragraph), with no place, date, force or violence of its own,
    remarks on that action; it is not another one (to be placed in the whole country)."""
    start = view.span.start
    if not any(m.start == start for m in view.of("anaphor", "told")):
        return False
    if view.places or view.dates or view.quantities:
        return False
    return not any(m.category in ("state_response", "riot", "violent_act", "strategic") for m in view.matches)


_CAUSE_OF_LAST = re.compile(
    r"\W*{}\s+{}\s+{}\s+{}\b".format(
        alternation(lang_words("readings", "cause_of_last", "determiners")),
        alternation(lang_words("readings", "cause_of_last", "nouns")),
        alternation(lang_words("readings", "cause_of_last", "verbs")),
        alternation(lang_words("readings", "cause_of_last", "links")),
    ),
    re.IGNORECASE,
)


def opened_by_the_last_action(view: SentenceView, folded: str) -> bool:
    """The sentence opens with the action just told and what set it off ("The
    stoppage came after gunmen shot dead a bus driver"), whatever the cause tells."""
    return _CAUSE_OF_LAST.match(folded, view.span.start, view.span.end) is not None


def cause_of_last(view: SentenceView, folded: str) -> bool:
    """ "La protesta se produce luego de que, el domingo, sicarios asesinaran a
    un chofer en La Esperanza", "The strike follows the killing of a driver on
    Sunday": a sentence opened by the action just told and what set it off
    tells that action's cause; its day and place are the cause's, not another
    protest's. (Force or a protest told in the cause is read as usual.)"""
    # (the anchored opener first: it fails at once on almost every sentence; speed only)
    opened = _CAUSE_OF_LAST.match(folded, view.span.start, view.span.end)
    if opened is None or view.has("state_response") or view.has("riot") or view.has("violent_act") or view.has("strategic"):
        return False
    # (a protest told as the cause, "luego de que los choferes bloquearan la vía en Piura", is read as usual)
    return opened is not None and not any(m.category == "form" and m.start >= opened.end() for m in view.matches)


def names_the_victims(view: SentenceView) -> bool:
    """ "Entre los detenidos figura la exdirigente del Frente": a sentence
    opened by the victims just counted names some of them; its protest words
    ("acusada de financiar las protestas") tell no incident of its own."""
    start = view.span.start
    if not view.quantities and any(m.start == start for m in view.of("anaphor", "described")):
        # "Los detenidos eran en su mayoría comuneros que llegaron a Lima para protestar": who they
        # were, wherever they came from (a count, "Los detenidos son 193", is read as one)
        return True
    return not view.places and any(m.start == start for m in view.of("anaphor", "member"))


def running_total(view: SentenceView) -> bool:
    """ "Desde el inicio de la crisis, 58 personas han muerto y más de 1.300
    resultaron heridas": a total since the start is the campaign's tally, not
    more victims of the incident just told."""
    return view.has("tally", "strong") and not view.has("tally", "plain")


_AGENT_BEFORE = re.compile(rf"\b{alternation(lang_words('readings', 'agent_before'))}\b[^,;]{{0,16}}$", re.IGNORECASE)


def forces_as_agent(view: SentenceView) -> bool:
    """Police or soldiers named as who did it ("by police", "durante un
    patrullaje militar"), not among the wounded ("entre ellos varios agentes")."""
    base = view.span.start
    return any(
        _AGENT_BEFORE.search(view.text, 0, m.start - base) for m in view.of("actor", "police") + view.of("actor", "military")
    )


def total_cue(view: SentenceView) -> bool:
    """A cue of a running total. A register's verb in the present alone ("Se
    reportan al menos seis heridos", the ``report_now`` cues) is not one when
    the sentence names no date: right after an incident, it counts that
    incident's wounded."""
    tallies = view.of("tally")
    if not tallies:
        return False
    now = [(m.start, m.end) for m in view.of("report_now")]
    # (the register's verb may be a weak cue inside it: "registraron" in "se registraron")
    return bool(view.dates) or any(m.label != "weak" or not any(a <= m.start and m.end <= b for a, b in now) for m in tallies)


#: Categories whose words make a sentence worth reading for an incident, and
#: the measure words that do too.
INCIDENT_CATEGORIES = frozenset({"form", "riot", "strategic", "attack"})
FORM_OR_RIOT = frozenset({"form", "riot"})
FORM_RIOT_STRATEGIC = frozenset({"form", "riot", "strategic"})
_REPORTED_MEASURES = frozenset({"fatalities", "press_aggressions", "extortion_cases"})


def may_report(view: SentenceView) -> bool:
    """Whether the sentence is worth reading for an incident at all: it has an
    incident word or a death or press-aggression count, or it counts wounded
    or arrested as a total or under force on a crowd. Asked of every sentence,
    so it is one pass over the matches; a photo caption reports nothing new."""
    if view.has("caption"):
        return False
    # An incident word, or a death or press-aggression count: a sealed view
    # answers the first from its category set and reads only its measures
    # for the second (asked of every sentence; the same answer as one pass
    # over every match, speed only).
    if view.has_any(INCIDENT_CATEGORIES):
        return True
    measures = view.of("measure")
    for m in measures:
        if m.label in _REPORTED_MEASURES:
            return True
    if not measures and not view.has("clearing"):
        return False  # (what follows asks for a measure or a road cleared: most sentences have neither; speed only)
    injuries = view.has("measure", "injuries")
    return (
        # "el Minsa informó que 1 785 personas resultaron heridas desde diciembre": a total with no protest word
        (injuries or view.has("measure", "arrests")) and _a_total_told(view)
        # "cuatro personas resultaron heridas por perdigones el martes en Andahuaylas": force on a crowd, counted
        or injuries and crowd_control(view)
        # "More than 100 students were evicted by police from the campus": state force on a crowd it counts
        or view.has("measure", "participants") and crowd_control(view) and state_forces_named(view)
        # "Police cleared the Las Bambas corridor on Friday, detaining 9": the road cleared was blocked
        or view.has("clearing", "road") and crowd_control(view) and state_forces_named(view)
    )


def another_total(view: SentenceView, tally_paragraph: int) -> bool:
    """A perfect-tense count of wounded or arrested ("More than 1,000 people
    have been injured") in the paragraph of a running total just given is
    another total, though it names no period of its own; so in the paragraph
    right after it (a factbox's items: "* DEATHS: ... * INJURED: More than
    1,200 people have been injured")."""
    return (
        0 <= view.paragraph - tally_paragraph <= 1 and (view.has("tally", "weak") or view.has("perfect_count")) and not _a_trigger_beside_arrests(view)
        and (view.has("measure", "injuries") or view.has("measure", "arrests"))
    )


_TOLL_OF_THE_ENDED = tuple(fold(w) for w in lang_words("readings", "toll_of_the_ended"))


def toll_of_the_ended(view: SentenceView, count: Count) -> bool:
    """ "reached a deal on Saturday that ended a strike which left two dead",
    "firmaron un acuerdo para levantar el paro de dos semanas, que dejó siete
    muertos": a casualty count in a relative clause on the protest that the
    agreement ends counts that protest's whole run, a total, not the
    agreement's toll. The protest is named after the agreement's words and
    the clause opens between it and the count."""
    span = count.figure.span
    if span is None or count.measure not in ("fatalities", "injuries", "arrests"):
        return False
    base = view.span.start
    for s in view.of("strategic", "settlement"):
        for f in view.of("form"):
            if s.start <= f.start and f.end <= span.start:
                between = fold(view.text[f.end - base : span.start - base])
                if any(w in between for w in _TOLL_OF_THE_ENDED):
                    return True
    return False


def bare_count_after_total(view: SentenceView, tally_paragraph: int) -> bool:
    """ "The protests have left 32 dead since December." then, in the next
    paragraph, "Hundreds were injured and more than 1,000 people were
    arrested.": a count of wounded or arrested with no day, no place and no
    incident word of its own, right after a total, counts the same campaign
    (the caller makes sure no incident was told in either paragraph, which
    would own the count instead)."""
    return (
        view.paragraph - tally_paragraph == 1 and not view.dates and not view.places
        and (view.has("measure", "injuries") or view.has("measure", "arrests")) and not _a_trigger_beside_the_counts(view)
    )


def _a_trigger_beside_the_counts(view: SentenceView) -> bool:
    """An incident word other than the words of the wounded or arrested
    counted ("were injured" is also read as an attack, "were arrested" as
    arrests): the counts themselves tell no incident."""
    counted = [m for m in view.of("measure") if m.label in ("injuries", "arrests")]
    return any(
        m.category in INCIDENT_CATEGORIES and not any(c.start < m.end and m.start < c.end for c in counted) for m in view.matches
    )


def _a_trigger_beside_arrests(view: SentenceView) -> bool:
    """An incident word other than the arrest word a count of arrests has for
    its verb ("More than 7,000 people have been detained": the arrests
    themselves, no incident besides the total)."""
    return any(
        m.category in INCIDENT_CATEGORIES and not (m.category == "strategic" and m.label == "arrests") for m in view.matches
    )


def _a_total_told(view: SentenceView) -> bool:
    """ "El informe registra 1 400 heridos en todo el país entre diciembre y
    febrero": a total word, or a register's verb with the whole country or a
    span of months, tells a campaign's total even with no protest word; so
    does a register's verb with a count since a day, however recent ("Foro
    Penal contabiliza 1.010 detenciones desde el 29 de julio")."""
    if view.has("tally", "strong") or view.has("standing") and asserted_standing(view):
        return True  # ("the prosecutor said there are more than 300 detainees": the count standing now)
    if not view.has("tally", "weak"):
        return False
    return view.has("scope", "nationwide") or any(
        (d.range.end - d.range.start).days > TALLY_PERIOD_DAYS or d.kind == "since" for d in view.dates if d.range
    )


_CROWD_FORCE = frozenset(INTERVENTION_TACTICS) - {"arrests"}


def crowd_control(view: SentenceView) -> bool:
    """Force other than arrests or killing, the kind used on a crowd."""
    if not view.has("state_response"):
        return False  # no force at all: one set lookup on a sealed view (speed only)
    return any(m.category == "state_response" and m.label in _CROWD_FORCE for m in view.matches)


def force_on_a_crowd(view: SentenceView) -> bool:
    """ "Last Thursday the police fired tear gas at a crowd of schoolteachers on
    Abancay Avenue": crowd-control force by police or soldiers on a crowd they
    name is a demonstration met with force, though no protest word is used."""
    return crowd_control(view) and forces_and_crowd_named(view)


def force_on_the_scene(view: SentenceView, before: SentenceView | None = None) -> bool:
    """ "Por la tarde, oficiales de la UIP intervienen, deteniendo a 68
    trabajadores", told in a paragraph about a strike: police force with no
    protest word of its own is used at the protest just told. The forces may
    be named in the sentence just before, in its paragraph ("una línea de
    agentes antidisturbios cierra el paso. Los primeros gases lacrimógenos
    caen sobre la columna")."""
    if gunfire_on_crowd(view) or lethal_at_the_scene(view):
        return True  # "Militares dispararon contra la multitud con armas de fuego"
    force = set(view.labels("state_response")) & set(INTERVENTION_TACTICS)
    if not force:
        return False
    if state_forces_named(view):
        return True
    # (only a crowd weapon: blows and arrests may be anyone's, "golpes de calor", "a woman who was arrested")
    return (
        bool(force & CROWD_WEAPONS) and before is not None and before.paragraph == view.paragraph
        and view.sentence.index - before.sentence.index == 1 and state_forces_named(before)
    )


#: Force only the state uses on a crowd, whoever the sentence names.
CROWD_WEAPONS = frozenset({"tear_gas", "rubber_bullets", "kettling"})


def lethal_at_the_scene(view: SentenceView) -> bool:
    """ "Protesters tried to take the airport. Police opened fire.": police or
    soldiers firing live rounds, with no target of their own (no one person,
    no protest word), right where a protest was just told: at that protest."""
    if not view.has("state_response", "live_ammunition") or view.has("single") or view.has_any(FORM_OR_RIOT) or view.has("non_state_killer"):
        return False
    # the forces are the subject of the shots: named right before them, in the same clause
    # ("La policía respondió con armas de fuego"; not "llegó la Fuerza Pública y pese a los disparos ...")
    return _forces_subject_of(view, _state_forces(view), view.of("state_response", "live_ammunition"))


def _state_forces(view: SentenceView) -> list[Match]:
    """The police or soldiers a sentence names."""
    return [m for m in view.matches if m.category == "state_agent" or (m.category == "actor" and m.label in STATE_FORCES)]


def _forces_subject_of(view: SentenceView, forces: list[Match], acts: list[Match], not_between: re.Pattern[str] | None = None) -> bool:
    """Whether one of ``forces`` is named right before one of ``acts``, in the same
    clause (no clause break between, nor ``not_between``): the forces did it."""
    base = view.span.start
    return any(
        0 <= a.start - f.end <= SUBJECT_REACH and not _SUBJECT_BREAK.search(view.text, f.end - base, a.start - base)
        and (not_between is None or not not_between.search(view.text, f.end - base, a.start - base))
        for a in acts for f in forces
    )


_FORCES_HURT = frozenset(folded_words("readings", "forces_hurt"))


def hurt_by_the_forces(view: SentenceView) -> bool:
    """ "Police wounded 15 protesters", "15 protesters were injured by police",
    "la policía hirió a 15 manifestantes": the wounded were hurt by the police
    or soldiers, who are the subject of the wounding verb (in the same clause)
    or its agent; the state intervened (GUIDELINES §2), even with no weapon told."""
    if not view.has("measure", "injuries") or view.has("non_state_killer"):
        return False
    hurt = view.of("measure", "injuries")
    forces = _state_forces(view)
    if not forces:
        return False
    # (not officers counted among the hurt: "four police officers were injured", "four officers injured")
    counted = {q.span.end for q in view.quantities}
    subjects = [f for f in forces if not any(0 <= f.start - end <= COUNTED_GAP for end in counted)]
    if _forces_subject_of(view, subjects, [h for h in hurt if fold(h.term).lower() in _FORCES_HURT], _PASSIVE):
        return True
    base = view.span.start
    # ("were injured by police": the forces named as the agent right after the wound)
    return any(0 <= f.start - h.end <= AGENT_REACH and _BY_AGENT.fullmatch(view.text, h.end - base, f.start - base) for h in hurt for f in forces)


COUNTED_GAP = 12  # chars from a number to the forces it counts ("four riot police")
_PASSIVE = re.compile(rf"\b{alternation(lang_words('readings', 'passive_auxiliaries'))}\b", re.IGNORECASE)
AGENT_REACH = 12  # chars from the wound to the forces named as its agent ("injured by the riot police")
_BY_AGENT = re.compile(rf"\s+{alternation(lang_words('readings', 'agent_before'))}\s+(?:[^\W\d]+\s+){{0,2}}", re.IGNORECASE)


_MUNITIONS = ("tear_gas", "rubber_bullets", "live_ammunition")


def died_of_the_forces_munitions(view: SentenceView) -> bool:
    """ "In Lima, Víctor Santisteban, 55, died on January 28 after being hit in
    the head by a tear gas canister": a death told with the state's crowd-control
    munitions or live rounds, and no protest, riot, other killer or accident word
    of its own; in a protest article, lethal force at a protest (its place and
    day the sentence's)."""
    if not view.has("measure", "fatalities") or view.has_any(FORM_OR_RIOT) or view.has("non_state_killer") or view.has("sense", "accident"):
        return False
    return any(m.label in _MUNITIONS for m in view.of("state_response"))


def shot_by_the_forces(view: SentenceView) -> bool:
    """ "Decenas resultaron heridos por disparos de la Policía": live rounds and
    the police or soldiers who fired them are both named (in either order), and
    no other killer is: the wounded a sentence counts were shot by the state."""
    return view.has("state_response", "live_ammunition") and not view.has("non_state_killer") and state_forces_named(view)


SUBJECT_REACH = 30  # chars from the forces to the shots they fired ("Police responded with live ammunition")
_SUBJECT_BREAK = re.compile(rf"[,;]|\b{alternation(lang_words('readings', 'subject_breaks'))}\b", re.IGNORECASE)


def only_in_quotes(view: SentenceView) -> bool:
    """Every incident word is inside direct speech: a voice, not a report.

    "'We are going on strike because nobody listens', said a leader" quotes a
    stance or a plan; the reporter's own narration is what dates and places
    an incident.
    """
    triggers = [m for m in view.matches if m.category in ("form", "riot", "attack", "strategic")]
    # With no incident word, the death word that lets the sentence report is
    # what must lie outside the quotation ('“... Dos compañeros están muertos de cansancio. ...”').
    triggers = triggers or view.of("measure", "fatalities")
    if not triggers:
        return False
    if all(view.quoted(m.start) for m in triggers):
        return True
    # '"We are fighting for our children," a caravan participant told the
    # radio': a sentence that is mostly a quote plus who said it reports a voice.
    quoted = sum(b - a for a, b in quote_spans(view.text))
    return quoted * 2 >= len(view.text) and view.has("attribution") and not view.dates


def anchored(view: SentenceView, counts: list, when_explicit: bool, where: list) -> bool:
    """A sentence that only says "the protests" reports an event if it gives
    the incident its own date and place, figures, or state force."""
    if counts:
        return True
    if view.has("publication"):
        return False  # "today published a report documenting ... the protests": the report's day and place
    if view.has("cause") and _only_as_a_cause(view):
        return False  # "moved the game last week because of the unrest in Puno": the move's day
    refs = view.of("victims_ref")
    force = {
        m.label
        for m in view.of("state_response")
        if m.label != "accommodation" and not any(r.start <= m.start < r.end for r in refs)
    }
    if force - {"killings"} or force and when_explicit:
        return True  # force of its own; an undated death word or the dead named as victims is not
    own_place = any(explicit for _, explicit in where) or when_explicit and names_a_place_unknown(view, where)
    # "Protests were also reported in Arequipa and Cusco": the day just told, elsewhere
    return (when_explicit or view.has("elsewhere")) and own_place


def _past_day_words() -> tuple[str, ...]:
    """Every language's weekday names and the relative days that name today or a day before it
    (dates.yaml ``weekdays``, ``relative_days``)."""
    out: dict[str, None] = {}
    for lang in languages():
        data = lang_data(lang, "dates") or {}
        out.update(dict.fromkeys(date_names(lang, "weekdays")))
        out.update(dict.fromkeys(w for w, offset in (data.get("relative_days") or {}).items() if isinstance(offset, int) and offset <= 0))
    return tuple(out)


_DAY_SPACES = r"\s+"
_PAST_DAY = re.compile(rf"\b{alternation(_past_day_words(), _DAY_SPACES)}\b", re.IGNORECASE)


def writes_an_unresolved_day(view: SentenceView) -> bool:
    """ "Protests erupted in Lima on Thursday", in an article whose date is unknown: the
    sentence writes a day of its own (a weekday, "yesterday"), which no report date resolves.
    Asked only when the article's date is unknown."""
    return _PAST_DAY.search(view.text) is not None


def _month_and_day_names() -> frozenset[str]:
    """Every language's month and weekday names, folded (dates.yaml): capitalised, but no place."""
    return frozenset(fold(n).lower() for lang in languages() for n in date_names(lang, "months", "weekdays"))


_NOT_A_PLACE_NAME = _month_and_day_names()
_UNKNOWN_PLACE = re.compile(
    rf"\b(?i:{alternation(lang_words('places', 'locatives'))})\s+(?:(?i:{alternation(lang_words('arrival', 'locative_articles'))})\s+)?(?P<name>[A-Z][\w'-]+)"
)  # ("in the", "en la": arrival.yaml's articles)


def names_a_place_unknown(view: SentenceView, where: list) -> bool:
    """ "Protests erupted in Guwahati on Thursday": a capitalised name after a locative
    (places.yaml ``locatives``) is where the act took place, though the gazetteer lacks it
    (a name it knows, "in Peru", is read by the place reader: not explicit there, not here)."""
    known = {fold(p.name).lower() for p, _ in where if p is not None and p.name}
    base = view.span.start
    return any(
        (name := fold(m.group("name")).lower()) not in _NOT_A_PLACE_NAME and name not in known
        and not any(p.span.start <= base + m.start("name") < p.span.end for p in view.places)
        for m in _UNKNOWN_PLACE.finditer(view.text)
    )


RESEARCH_SCENE = ("state_response", "riot")  # force or a riot: an incident told, whoever tells it ("15 injured protesters" is who was asked)


def research_method(view: SentenceView) -> bool:
    """ "The study draws on interviews with 40 participants in Puno", "grupos
    focales con estudiantes que participaron en las protestas de Cusco", "the
    sample included 15 injured protesters": a study's method or sample named
    before every incident word makes the protesters those who were asked; the
    sentence tells of the research, not of an incident (no day, place or
    figure of its own). Force or violence named ("in interviews with
    reporters, witnesses said police fired on the crowd") is still told."""
    methods = view.of("research", "method")
    if not methods or any(view.has(c) for c in RESEARCH_SCENE):
        return False
    first = min(m.start for m in methods)
    return all(
        m.start > first for m in view.matches if m.category in ("form", "riot", "strategic", "attack", "measure")
    )


CAUSE_GAP = 1  # chars from "because of the" to the protest noun it names as a cause


def _only_as_a_cause(view: SentenceView) -> bool:
    """Every protest word of the sentence comes right after a cause phrase
    ("because of the unrest", "due to the protests"): the protest is why
    something else happened, told with that thing's day and place."""
    causes = view.of("cause")
    forms = view.of("form")
    return bool(forms) and all(any(0 <= f.start - c.end <= CAUSE_GAP for c in causes) for f in forms)


def lone_arrest(view: SentenceView) -> bool:
    """One person's arrest: the only strategic cue is an arrest and the
    sentence is about one person ("He was arrested", "a student was detained")."""
    if not view.has("strategic") or any(m.label != "arrests" for m in view.of("strategic")):
        return False
    if not view.has("state_response", "arrests"):
        return False  # "he said police raided his office": a raid arrests nobody
    if view.has("form") or view.has("riot"):
        return False
    start = view.span.start
    return any(m.start == start for m in view.of("lone")) or bool(view.of("single"))


def raid_on_lodgings(view: SentenceView, counts: list[Count]) -> bool:
    """Police evicting or detaining people where they were housed ("evict
    protesters who were being housed at the campus") raid a lodging: arrests
    not tied to one protest, even when the sentence names the protests the
    guests came for. Killing or wounding there stays force against protesters.
    Protesters who spent the night in a park or a square ("pernoctaban en el
    parque Universitario") camped there: their eviction is force at a protest."""
    if not view.has("lodged") or view.has("riot") and not _the_subjects_storming(view) or view.has("street"):
        return False
    tactics = set(view.labels("state_response"))
    acted = bool(tactics) or view.has("strategic", "arrests")
    return acted and tactics <= {"dispersal", "arrests"} and not any(c.measure in ("fatalities", "injuries") for c in counts)


def _the_subjects_storming(view: SentenceView) -> bool:
    """ "Peruvian police detained 193 people on Saturday after storming the San
    Marcos university": every riot word opens the clause right after "after"
    (or "before"), whose doer is the sentence's subject, and that subject, the
    first actor named, is a state force: the force's raid, not a crowd's riot."""
    actors = view.of("actor")
    if not actors or not any(a.start == actors[0].start for a in view.of("state_agent")):
        return False
    sequence = view.of("sequence")
    return all(any(0 <= r.start - s.end <= SEQUENCE_GAP for s in sequence) for r in view.of("riot"))


SEQUENCE_GAP = 1  # chars from "after" to the -ing word it opens ("after storming")


def is_attack(view: SentenceView) -> bool:
    """A named person attacked ("a photojournalist covering a demonstration was shot")."""
    return view.has("attack") and view.has("victim")


def is_strategic(view: SentenceView) -> bool:
    """A strategic development (a state measure, arrests, an agreement) that
    leads the sentence, not one mentioned beside the protest it reports."""
    return view.has("strategic") and strategic_leads(view)


def names_protest(view: SentenceView) -> bool:
    """A protest form, protesters, a riot other than a bare clash, or shots at
    people named by the taking they tried ("fired on people who had tried to
    take the airport": a crowd, not armed men)."""
    return view.has("form") or view.has("actor", "protesters") or any(m.label != "clash" for m in view.of("riot")) or fire_on_attempters(view)


_CROWD_MUNITIONS = frozenset({"tear_gas", "rubber_bullets", "dispersal", "kettling"})


def implies_protest(view: SentenceView) -> bool:
    """A sentence that names no crowd but tells a death that only a crowd
    meets: by crowd-control munitions or a dispersal ("Víctor Santisteban died
    after being hit by a tear gas canister in Lima"), or by police or soldiers killing
    people counted as civilians ("On January 9, security forces killed 18
    people in Juliaca"). Asked only of an article that names no protest, and
    trusted only where it names no war, armed group or gang
    (:func:`protest_implied`)."""
    if not view.has("state_response") or not view.has("measure", "fatalities") or view.has("sense", "accident"):
        return False  # (one set lookup on most sentences: speed only)
    if any(m.label in _CROWD_MUNITIONS for m in view.of("state_response")):
        return True
    return state_forces_named(view) and people_counted(view) and _forces_did_it(view)


FORCES_SUBJECT_REACH = 12  # chars from the forces to the killing they did ("security forces killed", "soldiers shot dead")


def _forces_did_it(view: SentenceView) -> bool:
    """Police or soldiers named right before the killing, with no comma or
    clause between, as its doers ("security forces killed 18 people"): not
    police telling of a death ("a man was killed in a crash, police said")."""
    base = view.span.start
    forces = [m for m in view.of("actor") if m.label in ("police", "military")]
    kills = [m for m in view.of("state_response") if m.label in ("killings", "live_ammunition")]
    return any(
        0 <= k.start - f.end <= FORCES_SUBJECT_REACH and not _SUBJECT_BREAK.search(view.text, f.end - base, k.start - base)
        for f in forces for k in kills
    )


def protest_implied(sentences: list[SentenceView]) -> bool:
    """Whether an article that names no protest still tells force used on a
    protest (:func:`implies_protest`) and names no war, armed group or gang,
    whose fighting is no protest (soldiers killing people in the VRAEM)."""
    if not any(implies_protest(v) for v in sentences):
        return False
    if any(v.has("war") or v.has("armed") or v.has("actor", "criminal_groups") or v.has("crime_word") or v.has("crime_scene") for v in sentences):
        return False
    return not any(_IMPLIED_VETOES.search(fold(v.text).lower()) for v in sentences)


def _stems_and_words(words: tuple[str, ...]) -> re.Pattern[str]:
    """A word list with a trailing * for any ending, as one whole-word regex."""
    space = r"\s+"
    stems = alternation([w[:-1] for w in words if w.endswith("*")], space)
    whole = alternation([w for w in words if not w.endswith("*")], space)
    return re.compile(rf"\b(?:{stems}\w*|{whole}\b)")


_IMPLIED_VETOES = _stems_and_words(lang_words("readings", "implied_vetoes"))


def forces_fight(view: SentenceView) -> bool:
    """ "militants were killed in fierce clashes with security forces": soldiers
    or police fighting with no civilians named (no workers, residents,
    students, crowd) and no strategic measure or attack on a civilian. "Groups
    of transport drivers clashed" is a riot; "clashes in Huamanga left eight
    dead", naming nobody, is left to the rest of the pipeline."""
    if view.has("strategic") or view.has("attack"):
        return False
    if any(a not in NOT_A_CROWD for a in view.labels("actor")) and not view.has("armed"):
        return False
    if view.has("armed"):
        return True
    if crowd_control(view):
        # "la policía lanzó bombas lacrimógenas y se produjeron enfrentamientos": tear gas,
        # pellets and water cannon are used on a crowd; the clash is the crowd's
        return False
    if people_counted(view):
        # "Two young men died in Andahuaylas during clashes with police": people counted by a
        # plain noun are civilians, the crowd's side of the clash
        return False
    # "dejaron doce heridos, entre ellos cuatro policías": officers among the hurt are no fighting side;
    # "Police said a man was killed during the clashes": the force that tells it is no side either
    base = view.span.start
    sources = view.of("attribution", "source")
    return any(
        not _AMONG_THE_HURT.search(view.text, max(0, m.start - base - AMONG_REACH), m.start - base)
        and not any(0 <= s.start - m.end <= SOURCE_GAP or 0 <= m.start - s.end <= SOURCE_GAP for s in sources)
        for m in view.of("actor", "military") + view.of("actor", "police")
    )


SOURCE_GAP = 4  # chars between a force and the verb it tells by ("Police said", "informó la Policía")


AMONG_REACH = 30  # chars from "entre ellos", "including" to the forces counted among the hurt
_AMONG_THE_HURT = re.compile(rf"\b{alternation(lang_words('readings', 'among_the_hurt'), r'[ ]+')}\b[^,;.]*$", re.IGNORECASE)


def has_incident_trigger(view: SentenceView) -> bool:
    """A protest, riot, strategic or attack word: without one, a count alone is
    read only as part of an incident told elsewhere."""
    return view.has_any(INCIDENT_CATEGORIES)


# A web page's list of links to other stories ("Related", then "- Peru declares
# a state of emergency ..."): other headlines, not this story's news.
_LINKS_HEADERS = frozenset(w.lower() for w in lang_words("readings", "links_headers"))


def links_header(view: SentenceView) -> bool:
    """The sentence is a links box's heading alone ("Related", "Lee también:")."""
    if view.span.end - view.span.start > LINKS_HEADER_CHARS:
        return False  # (speed only: asked of every sentence)
    return view.text.strip().rstrip(":").strip().lower() in _LINKS_HEADERS


LINKS_HEADER_CHARS = 40  # longer than any links box's heading


def ends_a_strike(view: SentenceView) -> bool:
    """ "levantó el paro", "el levantamiento del paro": the settlement's own
    words name the action it ends, which was then under way."""
    forms = [f for f in view.of("form") if f.label in ("strike", "general_strike", "roadblock")]
    return any(s.start <= f.start < s.end for s in view.of("strategic", "settlement") for f in forms)
