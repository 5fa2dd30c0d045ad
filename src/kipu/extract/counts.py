"""Attach the numbers of a sentence to what they count.

A quantity counts deaths, injuries, arrests or participants when a measure cue
("muertos", "wounded", "detained", "personas") sits right after it, or a
measure verb sits just before it ("killing at least 18", "dejó 25 heridos").
Distance is measured in characters on the original text, so it is cheap and
the same in both languages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from kipu.extract.attribution import with_sources
from kipu.extract.context import denied
from kipu.extract.document import SentenceView
from kipu.extract.lexicon import Match, alternation, lang_words, languages
from kipu.model import Figure, Span
from kipu.textnorm import fold

AFTER_WINDOW = 40  # chars between the end of a number and its noun ("25 personas heridas")
BEFORE_WINDOW = 28  # chars between a verb and the number it governs ("killing at least 18")
CASUALTY_MEASURES = ("fatalities", "injuries", "arrests")
CASUALTY_AFTER_NOUN = 90  # chars from "ciudadanos" to "fueron asesinados"
TOTAL_NOUN_GAP = 4  # chars from a total's word to the casualty noun it heads ("la cifra de fallecidos")
CONJUNCTION_PENALTY = 30


def _words(*path: str, langs: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """A word list of ``lang/<code>/counts.yaml``, all languages merged: the
    rules below read the text whatever its language."""
    return lang_words("counts", *path, langs=langs)


_SPACES = r"\s+"  # the space inside a phrase, where a rule allows any spacing


def _alt(*path: str, space: str = " ", langs: tuple[str, ...] | None = None) -> str:
    """The regex alternation of a word list of counts.yaml."""
    return alternation(_words(*path, langs=langs), space)


_CONJUNCTION = re.compile(rf"\b{_alt('conjunctions')}\b", re.IGNORECASE)
VERB_BEFORE = 16  # chars from "injuring" to "eight people", "deteniendo a" to "un total de 68"
SINGLE_BEFORE = 6  # chars from "death" to "of a protester"


@dataclass(frozen=True)
class Count:
    measure: str
    figure: Figure
    cue: Match
    single: bool = False  # "a protester was killed": one named victim, never a running total
    vague: bool = False  # "decenas de heridos": a word for a size, not a number
    more: bool = False  # "otras nueve personas murieron", "two more died": added to the count told before
    names: tuple[str, ...] = ()  # "ese día murió Víctor Santisteban": the victims counted by their names


def counts_in(view: SentenceView) -> list[Count]:
    """Every (measure, figure) the sentence states, in order of appearance."""
    cues = view.of("measure")
    if cues and view.has("modality", "negation"):
        # "he survived; we found no death in Lima that day": a casualty word denied counts no one
        cues = [c for c in cues if c.label not in CASUALTY_MEASURES or not denied(view, c)]
    if cues and view.has("remembered", "site"):
        cues = [c for c in cues if not _at_the_site_of(c, view)]  # "velas en el lugar donde murió el médico": a past death
    out: list[Count] = []
    used: set[int] = set()
    things = view.of("counted_thing")
    parts = view.of("subset")
    for q in sorted(view.quantities, key=lambda q: q.span.start):
        if parts and out and _a_part(q, parts):
            # "at least 16 people were injured, several of them with gunshot wounds": a part of that count
            # ("Ten civilians were shot, three of them fatally": the part is the dead, the rest the wounded)
            _dead_of_the_wounded(q, view, cues, used, out)
            continue
        if out and _a_vague_part(q, view, out):
            continue  # "más de cincuenta heridos, varios con herida de bala": some of the fifty, described
        if _counts_actions(q, view):
            continue  # "removed one blockade ... and detained 14 people": the number counts blockades
        if view.has("research", "sample") and _a_studys_sample(q, view):
            continue  # "Amnesty examined 25 deaths": the cases a study looked at, counted in a total told beside them
        if view.has("population") and population_size(q, view):
            continue  # "Juliaca, a trading city of some 300,000 people": who live there, no crowd
        if things and _counts_shots(q, things):
            continue  # "el chofer asesinado recibió cinco disparos": five shots, not five dead
        cue = _cue_for(q, cues, view)
        if cue is None:
            cue = _arrest_verb_over_adjuncts(q, view)  # "detuvo en Cusco a seis dirigentes": no noun of a crowd to count
        total = False
        if cue is None and view.has("tally", "strong"):
            cue = _total_of(q, cues, view)
            total = cue is not None
        if cue is not None and cue.label == "participants":
            verb = _casualty_verb_before(q, cues, view) or _arrest_verb_over_adjuncts(q, view)
            if verb is not None and _right_before(verb, q, view):
                # "killing at least seven people and wounding dozens": the verb that governs the number
                cue = verb
            elif fold(cue.term) in _CROWD_VERBS:
                if verb is not None and _CLAUSE_BEFORE_COUNT.search(view.text, verb.end - view.span.start, q.span.start - view.span.start):
                    verb = None  # "protester dies in Lima as thousands march": the number is the marchers', in its own clause
                cue = verb or cue  # "Hundreds marched ... demanding that no more women be killed": the crowd acted; the killing is another clause's
            else:
                cue = _casualty_after(cue, cues, view) or verb or _total_of_its_value(q, cues, view) or cue
        if cue is not None and cue.label == "participants" and out and (again := _toll_said_again(q, view, out)) is not None:
            # (its cue where its number is, so that the place by it, not the first count's, takes it)
            out.append(Count(again.measure, q.to_figure(again.measure), replace(again.cue, start=q.span.start, end=q.span.end)))
            continue  # "the killing of 10 people in Ayacucho, and of 17 civilians in Juliaca": the dead again
        if cue is not None and cue.label in CASUALTY_MEASURES and (verb := _verb_of_a_partitive(q, cue, cues, view)) is not None:
            cue = verb  # "several of the injured had died in hospital": the dead among the wounded, not more wounded
        if cue is not None and cue.label == "injuries" and (dead := _died_of_the_shot(cue, cues, view) or _deaths_of_the_shot(q, cue, cues, view)) is not None:
            cue = dead  # "Two protesters were shot in the head and died": the dead, not the wounded
        if cue is not None and cue.label == "participants" and _part_of_a_toll(q, view, out):
            continue  # "Four people died, including two teachers shot at a roadblock": some of the dead, not a crowd
        if (cue is None or id(cue) in used) and (_adds_to_last(q, view, out) or _more_of_last(q, view, out)):
            continue  # "resultaron heridos diecisiete civiles y tres policías": one toll, two groups
        if cue is None or id(cue) in used and cue.label != "participants" and not total:
            continue  # a total may restate the measure of the figure before it ("Another 17 died ..., bringing the total to 67")
        if cue.label == "fatalities" and (
            _FOR_BEFORE.search(view.text, 0, q.span.start - view.span.start)
            or _MOURNED_BEFORE.search(view.text, 0, q.span.start - view.span.start)
            or _undated_dead_of_kin(q, cue, view)
        ):
            continue  # "justice for the thousands of victims", "marchan por los 17 muertos": the grievance
        if cue.label in ("fatalities", "injuries") and _the_known_dead(q, cue, view):
            continue  # "Nada devolverá la vida a los 49 fallecidos": the dead known, not counted here
        if cue.label in ("fatalities", "injuries") and _remembered_before(q, view):
            continue  # "al cumplirse un año de la jornada en la que murieron diez": that day's toll
        if cue.label == "injuries" and _wounded_one_who_died(q, cue, cues, view):
            continue  # "luego de que un herido falleciera": a death, counted with the dead
        used.add(id(cue))
        figure = q.to_figure(cue.label)
        first = _coordinated_before(q, view, out, cue.label) if cue.label in CASUALTY_MEASURES else None
        if first is not None:
            out = [c for c in out if c.figure.span != first.span]  # the first group is a casualty count, not the crowd
            # "al menos 22 policías y 16 civiles heridos": one casualty word for two groups
            figure = Figure(first.low + figure.low, first.high + figure.high, first.qualifier if first.qualifier != "exact" else figure.qualifier,
                            figure.attributed_to, Span(first.span.start, figure.span.end) if first.span and figure.span else figure.span)
        vague = bool(getattr(q, "vague", False))
        if first is None and cue.label in CASUALTY_MEASURES and _more_with_its_own_verb(q, cue, view, out, vague):
            continue  # "killing eight, and two more died in the following days": one toll, added to
        # ("Ocho murieron ese jueves y otras dos en los días siguientes": more than the eight just told, not than an earlier count)
        more = not vague and not any(c.measure == cue.label for c in out) and told_as_more(figure.span, view)
        if first is None and not vague and _second_group(q, cue, view, out):
            out[-1] = _with_group(out[-1], q)  # "22 policías heridos y 16 civiles heridos": one toll, two groups
            continue
        out.append(Count(cue.label, figure, cue, vague=vague, more=more))
    taken = {c.measure for c in out}
    more = view.of("one_more")
    for nth in view.of("ordinal"):
        if any(m.start == nth.start for m in more) and _someone_counted_before(nth, view):
            continue  # "un manifestante murió y otro falleció después": one more of that toll (below)
        # "el tercer deceso fue de Marcelino Villa": the n-th death is one death.
        cue = next((c for c in cues if c.label in CASUALTY_MEASURES and 0 <= c.start - nth.end <= 2), None)
        if cue is not None and fold(cue.term) in _PLURAL_CASUALTIES:
            continue  # "the first deaths came in Andahuaylas": the first of a toll, not one death
        if cue is not None and cue.label not in taken and id(cue) not in used:
            used.add(id(cue))
            taken.add(cue.label)
            out.append(Count(cue.label, Figure(1, 1, "exact", None, Span(nth.start, cue.end)), cue, single=True))
    # "He was arrested ...", "taken to a hospital, where he died"
    opening = [m for m in view.of("lone") if m.start == view.span.start or after_a_place_clause(view, m.start)]
    for single in view.of("single") + opening:
        if _ASIDE_BEFORE.search(view.text, max(0, single.start - view.span.start - ASIDE_REACH), single.start - view.span.start):
            continue  # "Las víctimas, entre ellas un menor de 15 años, murieron": one of a group, not a count of one
        if _adds_one_to_last(single, cues, used, view, out):
            continue  # "Seventeen civilians and a police officer died": one toll, a group and one more
        cue = _casualty_before(single, cues, view)
        raised = cue is not None and raised_the_total(cue, view)  # "asciende a 28, tras la muerte de un comunero"
        if cue is not None and _complement_before(view, cue.start) and not raised:
            continue  # "justice for the killing of a man": the grievance, not this incident's toll
        if cue is None:
            if _complement_before(view, single.start):
                continue  # "justice for a man who was killed": a victim named, not counted here
            cue = _casualty_after(single, cues, view)
            if cue is None and (single in opening or single.start == view.span.start):
                # "He was shot during the December 15 protests ... and died days
                # later", "The student, who was hit ... on Saturday, died on Monday":
                # the sentence is about him; a date between does not sever (a person
                # named first is counted only as dead or hurt: "A man wanted in a 2019
                # killing was arrested" tells an arrest, it counts none).
                measures = CASUALTY_MEASURES if single in opening else _HARMED
                cue = next((c for c in cues if c.label in measures and c.start > single.end and id(c) not in used), None)
                if cue is not None and single not in opening and _complement_before(view, cue.start):
                    cue = None  # "A woman cries during a vigil for the victims": the victims mourned, not her
        if cue is not None and cue.label == "injuries":
            # "He was shot during the protests and died days later": one person,
            # wounded then dead, is a death ("was wounded and another was killed": two people).
            hurt = cue
            cue = next((c for c in cues if c.label == "fatalities" and c.start > hurt.end and not any(hurt.end <= m.start < c.start for m in more)), hurt)
        if cue is not None and ((cue.label not in taken or _only_a_total_taken(cue, out, view)) and id(cue) not in used or raised):
            used.add(id(cue))
            taken.add(cue.label)
            out.append(Count(cue.label, Figure(1, 1, "exact", None, Span(single.start, single.end)), cue, single=True))
    for m in more:
        _one_more_of_a_toll(m, cues, used, taken, view, out)
    for cue in cues:
        # (the death that raised a total may have lent the total its noun: "se elevó a 49, tras la muerte de X")
        if cue.label in CASUALTY_MEASURES and (cue.label not in taken and id(cue) not in used or raised_the_total(cue, view)):
            named = _named_victims(cue, view)
            if named is not None:
                taken.add(cue.label)
                out.append(Count(cue.label, Figure(named[0], named[0], "exact", None, named[1]), cue, single=named[0] == 1, names=named[2]))
    if view.has("crowd_estimate"):
        out = _crowd_estimates(view, out)
    return with_sources(view, out)


ESTIMATE_REACH = 4  # chars from "put the crowd at" to the figure it puts
SOURCE_REACH = 40  # chars from a second source ("organisers said", "los organizadores,") to its figure


def _crowd_estimates(view: SentenceView, out: list[Count]) -> list[Count]:
    """ "Police put the crowd at 5,000; organisers said 20,000", "La Policía
    calculó 5.000 asistentes y los organizadores, 20.000": each source's
    figure for one crowd. A figure right after an estimate verb, or a bare
    figure after a second source told after a crowd's count, is an estimate
    of that crowd; two or more estimates with a second source between them are
    one crowd given as the range they span (GUIDELINES §2 counts: participants
    low/high), not the larger only."""
    verbs = view.of("crowd_estimate", "verb")
    sources = view.of("crowd_estimate", "source")
    text, base = view.text, view.span.start
    claimed = {c.figure.span for c in out if c.figure.span}
    crowd = [c for c in out if c.measure == "participants" and not c.vague and c.figure.span]
    for q in sorted(view.quantities, key=lambda q: q.span.start):
        if q.span in claimed or getattr(q, "vague", False):
            continue
        cue = next((v for v in verbs if 0 <= q.span.start - v.end <= ESTIMATE_REACH), None)
        if cue is None and crowd:
            cue = next((s for s in sources if crowd[0].figure.span.end <= s.start and 0 <= q.span.start - s.end <= SOURCE_REACH
                        and "." not in text[s.end - base : q.span.start - base]), None)
        if cue is not None:
            c = Count("participants", q.to_figure("participants"), cue)
            crowd.append(c)
            out.append(c)
    if len(crowd) < 2:
        return out
    crowd.sort(key=lambda c: c.figure.span.start)  # type: ignore[union-attr]
    first, last = crowd[0].figure, crowd[-1].figure
    between = [s for s in sources if first.span.end <= s.start < last.span.start]  # type: ignore[union-attr]
    if not between:
        return out  # two crowds, or one count and its restatement: no second source between
    a, b = between[-1].end, last.span.start  # type: ignore[union-attr]
    if any(a <= m.start < b for m in view.matches if m.category in ("form", "riot")) or any(
        (p := getattr(x, "span", None)) is not None and a <= p.start < b for x in view.places
    ):
        # "300 marched in Cusco, and organisers said another march in Puno drew 1,000": the second source tells another crowd
        return out
    figure = Figure(min(c.figure.low for c in crowd), max(c.figure.high for c in crowd), first.qualifier, first.attributed_to,
                    Span(first.span.start, last.span.end))  # type: ignore[union-attr]
    head = crowd[0]
    return [replace(c, figure=figure) if c is head else c for c in out if c is head or not any(c is k for k in crowd)]


_INCLUDING = re.compile(
    rf"[^,.;:()\d]{{0,30}}(?P<aside>,\s*{_alt('aside_openers')}\b[^,.;]{{0,60}},\s*)",
    re.IGNORECASE,
)
# The opening of such an aside right before a lone person: he or she is one of a group.
_ASIDE_BEFORE = re.compile(rf",\s*{_alt('aside_openers')}\s+$", re.IGNORECASE)
ASIDE_REACH = 30  # chars from ", entre ellas" to the person it opens on
_DETERMINER_BEFORE = re.compile(rf"\b{_alt('determiners')}\s+$", re.IGNORECASE)


def _part_of_a_toll(q: Any, view: SentenceView, counted: list[Count]) -> bool:
    """A number right after ", including" that follows a casualty count names
    some of those casualties, not the size of a crowd."""
    if not any(c.measure in CASUALTY_MEASURES for c in counted):
        return False
    base = view.span.start
    return _ASIDE_BEFORE.search(view.text, max(0, q.span.start - base - ASIDE_REACH), q.span.start - base) is not None


def _closed_noun_phrase(cue: Match, between: str, view: SentenceView) -> bool:
    """ "Hours after the arrests, about 200 people gathered": a casualty noun
    with its determiner, closed by a comma, governs no number after it
    ("siete muertos, de los cuales dos ..." still shares its noun)."""
    if not between.startswith(","):
        return False
    return _DETERMINER_BEFORE.search(view.text, 0, cue.start - view.span.start) is not None


_APPOSITIVE_CLOSE = re.compile(r"\s*,")


def _appositive_count(q: Any, between: str, view: SentenceView) -> bool:
    """ "Los heridos, más de 70, fueron llevados al hospital": a bare number set
    off by commas right after a casualty noun is that noun's count."""
    return (
        between.strip() == "," and getattr(q, "head", None) is None
        and _APPOSITIVE_CLOSE.match(view.text, q.span.end - view.span.start) is not None
    )


def _some_of_its_subject(cue: Match, between: str, view: SentenceView) -> bool:
    """ "all of them died of bullet wounds, several in the head or chest": a
    casualty verb whose people a partitive ("of them") named before it; a
    number after a comma that follows it counts some of those people, so it
    is no count of its own."""
    return "," in between and any(p.end <= cue.start for p in view.of("subset"))


def _only_a_total_taken(cue: Match, counted: list[Count], view: SentenceView) -> bool:
    """ "A man died on Saturday ..., bringing the death toll ... to 47": the
    measure was taken only by a figure after a running-total cue that comes
    after this death; the one death is still the incident's."""
    totals = view.of("tally", "strong")
    if not totals:
        return False
    first_total = min(t.start for t in totals)
    same = [c for c in counted if c.measure == cue.label]
    return cue.end <= first_total and all(c.figure.span is not None and c.figure.span.start > first_total for c in same)


_NAME = rf"[A-ZÁÉÍÓÚÑ][\wáéíóúñü'-]+(?:\s+(?:{_alt('name_particles', space=_SPACES)}\s+)?[A-ZÁÉÍÓÚÑ][\wáéíóúñü'-]+)+"
_NAME_JOINERS = _alt("name_joiners")
# A victim's age may follow each name ("David Atequipa, de 15 años, y Beckham Quispe, de 18").
_AGED = r"(?:\s*,\s*(?:[^\W\d_]+\s+)?\d{1,3}(?:\s+[^\W\d_]+)?(?=\s*,|\s+\w))?"
_NAMED_VICTIMS = re.compile(rf"\s+{_alt('of')}\s+({_NAME}{_AGED}(?:(?:\s*,\s*(?:{_NAME_JOINERS}\s+)?|\s+{_NAME_JOINERS}\s+){_NAME}{_AGED})*)")
# Spanish puts the dead after the verb: "ese día murió Víctor Santisteban".
_CROWD_VERBS = frozenset(fold(w) for w in _words("crowd_verbs"))
_DIED = frozenset(fold(w) for w in _words("died_before_names"))  # folded, like the lexicon's terms
_PLURAL_CASUALTIES = frozenset(fold(w) for w in _words("plural_casualty_nouns"))  # never one after an ordinal
_DIED_ONE = frozenset(fold(w) for w in _words("died_one"))
_DIED_MANY = frozenset(fold(w) for w in _words("died_many"))
_KILLED_ONE = frozenset(fold(w) for w in _words("killed_one"))
# A full name right before the verb, maybe with its age between commas ("Víctor Santisteban, de 55 años, murió").
_NAMED_BEFORE = re.compile(rf"(?:^|[,.;:]\s*|\s)({_NAME})(?:\s*,[^,]{{1,40}},)?\s*$")
# ... or several, the last joined by "and"/"y" ("Jack Bryan Pintado, 22, and Jordan Inti Sotelo, 24, died"),
# each maybe with its age ("In Lima, Víctor Santisteban, 55, died" joins no names: one dead).
_NAMES_BEFORE = re.compile(
    rf"(?:^|[.;:]\s*|\s)({_NAME}{_AGED}(?:\s*,\s*{_NAME}{_AGED})*\s*,?\s+{_NAME_JOINERS}\s+{_NAME}{_AGED})\s*,?\s*$"
)
# ... or counted among the dead ("Remo Candia was among those who died", "estuvo entre los que murieron")
AMONG_REACH = 120  # chars back from the death verb over the phrase to the name
_NAMED_AMONG = re.compile(rf"(?:^|[,.;:]\s*|\s)({_NAME})\s+{_alt('among_those_who', space=_SPACES)}\s+$")
# ... or before a relative pronoun that opens the death's clause ("Víctor Santisteban, who died")
_NAMED_THEN_WHO = re.compile(rf"(?:^|[,.;:]\s*|\s)({_NAME})\s*,\s*{_alt('who_were', 'pronouns')}\s+$")
_OF_THE_NAMED = re.compile(rf"\b{_alt('nested_victim', 'prepositions')}\s*$", re.IGNORECASE)
# ... or before its auxiliary, when the verb is a passive killing ("Jose Luis Soncco was killed").
_AUX_FIRST = re.compile(rf"{_alt('passive_aux', space=_SPACES)}\s+")  # a cue that opens with its auxiliary
_NAMED_BEFORE_PASSIVE = re.compile(rf"(?:^|[,.;:]\s*|\s)({_NAME})(?:\s*,[^,]{{1,40}},)?\s+{_alt('passive_aux', space=_SPACES)}\s*$")
_ES_JOINERS = _alt("name_joiners", langs=("es",))
# "murió el manifestante Víctor Santisteban": a role noun with its article may stand before the name,
# its adjective too ("murió el dirigente campesino Remo Candia").
_ROLE = rf"(?:{_alt('role_articles', langs=('es',))}\s+[a-záéíóúñü]{{3,}}\s+(?:[a-záéíóúñü]{{3,}}\s+)?)?"
_NAMED_SUBJECTS = re.compile(rf"\s+{_ROLE}({_NAME}{_AGED}(?:(?:\s*,\s*(?:{_ES_JOINERS}\s+)?|\s+{_ES_JOINERS}\s+){_NAME}{_AGED})*)")  # Spanish order only
_ONE_NAME = re.compile(_NAME)
# "El suboficial José Luis Soncco fue retenido, golpeado y quemado dentro del vehículo; murió horas después": the
# named subject that opens the sentence (after its adjuncts: "En la madrugada, en Juliaca,"), its role before it,
# is the subject of the death told after a semicolon.
_NAMED_OPENER_THEN_CLAUSE = re.compile(rf"^\W*(?:[^,;.]{{1,60}},\s*){{0,2}}(?i:{_ROLE})({_NAME})(?:\s*,[^,;]{{1,40}},)?\s[^;.]*;\s*$")
# English puts a role before the name after an active killing verb: "killing officer José Luis Soncco"
# (a role word is required: "killed near Plaza San Martín" names a place, not a victim).
_KILLED_NAMED_AFTER = frozenset(fold(w) for w in _words("killed_named_after"))
_ROLE_EN = rf"(?i:{_alt('victim_roles', space=_SPACES, langs=('en',))})"  # (the name after it keeps its capitals)
_ROLE_THEN_NAME = re.compile(rf"\s+{_ROLE_EN}\s+({_NAME})")
# ... or between a burning or beating verb and "to death": "burned officer José Luis Soncco to death"
_TO_DEATH_NAMED = re.compile(
    rf"\b(?i:{_alt('to_death_verbs', langs=('en',))})\s+{_ROLE_EN}\s+({_NAME})\s+(?i:{_alt('to_death', 'link', langs=('en',))})\s*$"
)
# ... or a pronoun for the one victim told before: "caught officer José Luis Soncco ... and burned him to death"
_TO_DEATH_PRONOUN = re.compile(
    rf"\b(?i:{_alt('to_death_verbs', langs=('en',))})\s+(?i:({_alt('to_death_pronouns', langs=('en',))}))\s+(?i:{_alt('to_death', 'link', langs=('en',))})\s*$"
)
_DEATH_NOUNS = frozenset(fold(w) for w in _words("to_death", "nouns"))
TO_DEATH_REACH = 90  # chars back from "death" over the verb, the role and the name
_NAME_JOIN = re.compile(rf"\s*,\s*|\s+{_NAME_JOINERS}\s+")


# "se elevó a 49, tras la muerte de": the words right before a casualty noun that tell it raised a total told first.
_RAISED_BY = re.compile(rf"\b{_alt('after_total', space=_SPACES)}(?:\s+[^\W\d_]+)?\s+$", re.IGNORECASE)
RAISED_REACH = 25  # chars from the casualty noun back to the start of "tras la", "luego de la", "following the"


def raised_the_total(cue: Match, view: SentenceView) -> bool:
    """ "La cifra de fallecidos se elevó a 49, tras la muerte de Rosalino
    Flórez": a death told as what raised a running total told before it is an
    incident's death (its own count), not the grievance a preposition makes of
    "la muerte de" elsewhere ("justicia por la muerte de")."""
    totals = view.of("tally", "strong")
    if not totals or min(t.start for t in totals) > cue.start:
        return False
    base = view.span.start
    return _RAISED_BY.search(view.text, max(0, cue.start - base - RAISED_REACH), cue.start - base) is not None


def _named_victims(cue: Match, view: SentenceView) -> tuple[int, Span, tuple[str, ...]] | None:
    """ "reportó la muerte de Jonathan Arias y Wilfredo Lizarme", "the
    killing of Rosa Flores": full names right after a casualty noun are its
    victims, one each. After a preposition ("justicia por la muerte de ...")
    they are the grievance, not this incident's toll."""
    base = view.span.start
    m = _NAMED_VICTIMS.match(view.text, cue.end - base)
    if m is None and cue.term in _DIED:
        m = _NAMED_SUBJECTS.match(view.text, cue.end - base)  # "ese día murió Víctor Santisteban"
    if m is None and cue.term in _DIED_ONE:
        # "Víctor Santisteban muere en la avenida Abancay": the named subject of a singular death verb
        m = _NAMED_BEFORE.search(view.text, 0, cue.start - base)
        if m is None:
            # "Remember Víctor Santisteban, who died in Lima on 28 January": the name a relative
            # clause opens on, unless the name is a preposition's ("relatives of X, who died")
            # and the clause runs to the sentence's end: closed by a comma, it is an aside about the
            # person ("X, who died in January, was remembered at a march")
            m = _NAMED_THEN_WHO.search(view.text, 0, cue.start - base)
            if m is not None and (_OF_THE_NAMED.search(view.text, 0, m.start(1)) or "," in view.text[cue.end - base :]):
                m = None
        if m is None:
            m = _NAMED_OPENER_THEN_CLAUSE.match(view.text, 0, cue.start - base)
    if cue.term in _DIED_MANY and (m is None or len(_ONE_NAME.findall(m.group(1))) == 1):
        # "Jack Bryan Pintado, 22, and Jordan Inti Sotelo, 24, died": the joined names before the verb
        m = _NAMES_BEFORE.search(view.text, 0, cue.start - base) or m
    if m is None and (cue.term in _DIED_ONE or cue.term in _DIED):
        m = _NAMED_AMONG.search(view.text, max(0, cue.start - base - AMONG_REACH), cue.start - base)
    if m is None and cue.term in _KILLED_ONE:
        m = _NAMED_BEFORE_PASSIVE.search(view.text, 0, cue.start - base)
    if m is None and cue.term in _KILLED_NAMED_AFTER:
        m = _ROLE_THEN_NAME.match(view.text, cue.end - base)  # "killing officer José Luis Soncco"
    one = False  # (a pronoun counts one, with no name)
    if m is None and cue.term in _DEATH_NOUNS:
        m = _TO_DEATH_NAMED.search(view.text, max(0, cue.start - base - TO_DEATH_REACH), cue.start - base)
        if m is None:
            m = _TO_DEATH_PRONOUN.search(view.text, max(0, cue.start - base - TO_DEATH_REACH), cue.start - base)
            one = m is not None
    if m is None and _AUX_FIRST.match(cue.term) and _AUX_FIRST.sub("", cue.term, count=1) in _KILLED_ONE:
        # "Journalist Ángel Gahona was shot dead": the cue holds its auxiliary ("was shot dead")
        m = _NAMED_BEFORE.search(view.text, 0, cue.start - base)
    if m is None or _complement_before(view, cue.start) and not raised_the_total(cue, view):
        return None
    if one:
        return 1, Span(base + m.start(1), base + m.end(1)), ()
    names = tuple(_ONE_NAME.findall(m.group(1)))  # (the ages between are no names)
    return len(names), Span(base + m.start(1), base + m.end(1)), names


def _counts_shots(q: Any, things: list[Match]) -> bool:
    """The number's head noun is a thing counted (shots, bullets, stab wounds),
    so it counts no casualty whatever casualty word stands near it."""
    head = getattr(q, "head_span", None)
    return head is not None and any(t.start <= head.start < t.end for t in things)


def _at_the_site_of(cue: Match, view: SentenceView) -> bool:
    """Whether a casualty word lies inside the words that name where a past death
    is remembered ("colocaron velas en el lugar donde murió el médico"): the
    death is the memorial's, not one of the day told."""
    return any(r.start <= cue.start and cue.end <= r.end for r in view.of("remembered", "site"))


def _remembered_before(q: Any, view: SentenceView) -> bool:
    """An anniversary named before the figure ("marcharon al cumplirse un año de
    la jornada en la que murieron diez personas") makes it the toll of the day
    remembered; a running total ("la cifra asciende a") is still counted."""
    if view.has("tally", "strong"):
        return False
    if any(m.end <= q.span.start for m in view.of("remembered")):
        return not _with_its_own_day(q, view)
    # "a day after two people were killed there": the toll of the day before, while the clause runs
    base = view.span.start
    earlier = [m for m in view.of("earlier") if m.end <= q.span.start and not _CLAUSE_BREAK.search(view.text, m.end - base, q.span.start - base)]
    # (only after an incident told before the phrase: in "The death came two days after 17 people were
    # killed in Juliaca" nothing else happens, and the toll is the earlier day's incident, told here)
    return any(t.start < m.start for m in earlier for t in view.matches if t.category in ("form", "riot"))


_CLAUSE_BREAK = re.compile(r"[,;:()]")
_HARMED = ("fatalities", "injuries")
OWN_DAY_REACH = 30  # chars from a toll to the day-precise date told with it ("murieron 17 civiles el 9 de enero de 2023")


def _with_its_own_day(q: Any, view: SentenceView) -> bool:
    """ "Un año después de la jornada ..., los peritajes reconstruyen cómo murieron
    17 civiles el 9 de enero de 2023": a toll told with its own written day is
    that day's incident's, counted there, as the grievance keeps the force of a
    remembered day told with its date (grievance._remembered_day_told)."""
    base = view.span.start
    return any(
        d.range.precision == "day" and 0 <= d.span.start - q.span.end <= OWN_DAY_REACH
        and not _CLAUSE_BREAK.search(view.text, q.span.end - base, d.span.start - base)
        for d in view.dates
    )


_FOR_BEFORE = re.compile(rf"\b{_alt('for_before', 'prepositions')}(?:\s+{_alt('for_before', 'articles')})?\s*$", re.IGNORECASE)
# "recordaron a los 18 fallecidos": the known dead, the object of another verb (``object_before``)
_OBJECT_BEFORE = re.compile(rf"\b{_alt('object_before', space=_SPACES)}\s*$", re.IGNORECASE)
OBJECT_BEFORE_REACH = 8  # chars before the number that hold "a los "


def _the_known_dead(q: Any, cue: Match, view: SentenceView) -> bool:
    """ "Ninguna de esas palabras devolvió la vida a los 49 fallecidos": the dead or
    wounded named by their noun right after the number, with the personal "a" and
    an article before it, are the known group another verb acts on, no count of the
    sentence; not where a clause of their own tells the death ("sepultó a los dos
    comuneros que murieron el miércoles": the verb after a noun between), nor in a
    total ("la cifra llegó a los 50 muertos")."""
    base = view.span.start
    return (
        0 <= cue.start - q.span.end <= 1 and not view.has("tally")
        and _OBJECT_BEFORE.search(view.text, max(0, q.span.start - base - OBJECT_BEFORE_REACH), q.span.start - base) is not None
    )
_PREPOSITION_BEFORE = re.compile(
    rf"\b{_alt('preposition_before', 'prepositions')}(?:\s+{_alt('preposition_before', 'articles')})?\s*$",
    re.IGNORECASE,
)
# "la quema dejó un saldo de un manifestante fallecido": the preposition after a toll's noun heads the toll itself
_TOLL_OF_BEFORE = re.compile(
    rf"\b{_alt('preposition_before', 'toll_heads')}\s+{_alt('preposition_before', 'prepositions')}\s*$",
    re.IGNORECASE,
)


def _complement_before(view: SentenceView, start: int) -> bool:
    """A preposition right before ``start`` makes what follows a complement
    ("justicia por la muerte de un hombre"), unless it heads a toll ("un saldo de un muerto")."""
    end = start - view.span.start
    return bool(_PREPOSITION_BEFORE.search(view.text, 0, end)) and not _TOLL_OF_BEFORE.search(view.text, 0, end)


def _casualty_verb_before(q: Any, cues: list[Match], view: SentenceView) -> Match | None:
    """ "injuring eight people", "dejando 25 personas heridas": a casualty verb
    right before the number says what happened to the people it counts: the
    nearest ("40 agentes resultaron heridos y se detuvo a 20 personas": the
    detained, not more wounded)."""
    base = view.span.start
    for c in reversed(cues):
        if c.label in CASUALTY_MEASURES and c.end <= q.span.start and q.span.start - c.end <= VERB_BEFORE:
            between = view.text[c.end - base : q.span.start - base]
            if not _blocks(between) and not _closed_noun_phrase(c, between, view):
                return c
    return None


ARREST_ADJUNCTS_WINDOW = 60  # chars from "detuvo" to "a 8 manifestantes" over "el jueves en Lima"
_ARREST_OBJECT = frozenset(_words("arrest_across", "object"))
_ARREST_FILLERS = frozenset(_words("arrest_across", "fillers"))
_WORD = re.compile(r"\w+")


def _arrest_verb_over_adjuncts(q: Any, view: SentenceView) -> Match | None:
    """ "La Policía detuvo el jueves en Lima a 8 manifestantes": the day and
    the place told between the arrest verb and its object do not cut the link;
    the personal "a" right before the number marks the people as the verb's
    object, so they are the arrested, not a crowd. Only dates, places and
    their small words may stand between (any other word may open a clause of
    its own)."""
    if not _ARREST_OBJECT or not (view.dates or view.places) or not view.has("state_response", "arrests"):
        return None  # no arrest verb, or nothing told between: the plain cues already read it (speed only)
    base = view.span.start
    for c in view.of("state_response", "arrests"):
        if not (c.end < q.span.start <= c.end + ARREST_ADJUNCTS_WINDOW):
            continue
        between = view.text[c.end - base : q.span.start - base]
        words = _WORD.findall(between)
        if len(words) < 3 or fold(words[-1]) not in _ARREST_OBJECT or "," in between:
            continue
        told = [(s.start - c.end, s.end - c.end) for s in (d.span for d in view.dates) if s and c.end <= s.start and s.end <= q.span.start]
        told += [(s.start - c.end, s.end - c.end) for s in (getattr(p, "span", None) for p in view.places) if s and c.end <= s.start and s.end <= q.span.start]
        if not told:
            continue
        rest = list(between)
        for a, b in told:
            rest[a:b] = " " * (b - a)
        if all(fold(w) in _ARREST_FILLERS or fold(w) in _ARREST_OBJECT for w in _WORD.findall("".join(rest))):
            return c
    return None


# "22 policías y 16", "12 police officers and 5": a group, a conjunction, the
# next number. A past-tense verb among the words ("3,000 protesters marched
# and 5 ...") ends the first clause: its number is not a casualty.
_PAST_ENDING = _alt("coordinated", "past_endings")
_COORDINATED = re.compile(
    rf"\s+(?!\w+{_PAST_ENDING}\b)\w+(?:\s+(?!\w+{_PAST_ENDING}\b)\w+)?\s*(?:,\s*)?"
    rf"{_alt('coordinated', 'conjunctions', space=_SPACES)}\s+$",
    re.IGNORECASE,
)


# "entre ellos", "including" (counts.yaml ``subset_before``): the number after it counts part of a toll already given.
_SUBSET_BEFORE = re.compile(rf"\b{_alt('subset_before', space=_SPACES)}\s+$", re.IGNORECASE)


def _coordinated_before(q: Any, view: SentenceView, counted: list[Count], measure: str) -> Figure | None:
    """The figure of a group joined to ``q`` by a conjunction and sharing its
    casualty word ("22 policías y 16 civiles heridos"), if no cue of its own
    claimed it."""
    base = view.span.start
    claimed = {c.figure.span for c in counted if c.measure != "participants"}
    things = view.of("counted_thing")
    for p in view.quantities:
        if p.span.end <= q.span.start and p.span not in claimed and not getattr(p, "vague", False):
            if things and _counts_shots(p, things):
                continue  # "224 conflictos sociales y 1.300 heridos": things counted, no group of the hurt
            if _SUBSET_BEFORE.search(view.text, max(0, p.span.start - base - 24), p.span.start - base):
                continue  # "20 heridos, entre ellos cinco diputados, y 33 detenidos": a part of the toll before, no group of this one
            if _COORDINATED.fullmatch(view.text, p.span.end - base, q.span.start - base) and not getattr(q, "vague", False):
                return p.to_figure(measure)
    return None


def _adds_to_last(q: Any, view: SentenceView, out: list[Count]) -> bool:
    """ "tres comuneros y dos agentes resultaron heridos", "heridos diecisiete
    civiles y tres policías": a number joined by a conjunction to the casualty
    count just taken, with no casualty word of its own left, is a second group
    of the same toll; it is added to that count (in place) and True returned."""
    if not out or getattr(q, "vague", False):
        return False
    last = out[-1]
    if last.measure not in CASUALTY_MEASURES or last.single or last.vague or last.figure.span is None:
        return False
    base = view.span.start
    if last.figure.span.end > q.span.start or not _COORDINATED.fullmatch(view.text, last.figure.span.end - base, q.span.start - base):
        return False
    if last.figure.span.end <= last.cue.start < q.span.start:
        return False  # "26 muertes y 87 personas desaparecidas": the first number's own casualty word, not the second's
    out[-1] = _with_group(last, q)
    return True


_CONJUNCTION_ONLY = re.compile(
    rf"\s+{_alt('coordinated', 'conjunctions', space=_SPACES)}(?:\s+{_alt('coordinated', 'registered', space=_SPACES)})?\s+$", re.IGNORECASE
)


def _second_group(q: Any, cue: Match, view: SentenceView, out: list[Count]) -> bool:
    """ "informa 22 policías heridos y 16 civiles heridos": a count joined by a
    conjunction alone (or with an impersonal register verb: "20 policías resultaron
    heridos y se reportaron 10 comuneros heridos") to the casualty word of the count just taken, with the
    same casualty word of its own after it, is a second group of that toll
    (as ``_adds_to_last`` when the word is said once)."""
    if not out or cue.start < q.span.end:
        return False
    last = out[-1]
    if last.measure != cue.label or last.measure not in CASUALTY_MEASURES or last.single or last.vague or last.cue.end > q.span.start:
        return False
    base = view.span.start
    return _CONJUNCTION_ONLY.match(view.text, last.cue.end - base, q.span.start - base) is not None


def _with_group(last: Count, q: Any) -> Count:
    """``last`` with the number ``q`` added: one toll told in two groups. A group
    told as a floor ("y al menos 10 comuneros") makes the sum a floor too."""
    f, extra = last.figure, q.to_figure(last.measure)
    qualifier = f.qualifier if f.qualifier != "exact" else extra.qualifier
    return Count(last.measure, Figure(f.low + extra.low, f.high + extra.high, qualifier, f.attributed_to,
                                      Span(f.span.start, extra.span.end) if extra.span else f.span), last.cue)  # type: ignore[union-attr]


def _more_with_its_own_verb(q: Any, cue: Match, view: SentenceView, out: list[Count], vague: bool) -> bool:
    """ "killing eight, and two more died in the following days", "17 civilians
    had died and one more died of his wounds weeks later": a number told as
    more ("two more") with a casualty word of its own, after a count of the
    same measure in the sentence, adds to that count (in place; True returned),
    as "otras dos" with no word of its own does (``_more_of_last``). A vague
    one ("Two were killed on Sunday, and several more died on Monday") is left
    out: the count told first stays the sentence's toll (True returned)."""
    base = view.span.start
    # ("murieron ocho personas; otras dos fallecieron días después": "otras" before the number says more too)
    if not _MORE_AFTER.match(view.text, q.span.end - base) and not _MORE_BEFORE_RE.search(view.text, max(0, q.span.start - base - MORE_BEFORE_REACH), q.span.start - base):
        return False
    for i in range(len(out) - 1, -1, -1):
        c = out[i]
        if c.measure == cue.label and not c.vague and c.figure.span is not None and c.figure.span.end <= q.span.start:
            # ("the toll rose to 20 on Friday after two more people died": the two are in the 20, taken, not added;
            # "and another 7 in road accidents": dead of another cause, left out, ``_died_otherwise``)
            if not vague and not _total_raised_by(c, q, view) and not _died_otherwise(q, view):
                out[i] = _with_group(c, q)
            return True
    return False


_AFTER_TOTAL_WORD = re.compile(rf"\b{_alt('after_total', space=_SPACES)}\b", re.IGNORECASE)


def _total_raised_by(total: Count, q: Any, view: SentenceView) -> bool:
    """Whether ``total`` is the value a total reached ("rose to 20") and ``q``
    is told after it in the clause that raised it ("after two more people
    died"): the more are inside the total, not added to it."""
    base = view.span.start
    span = total.figure.span
    if span is None or not _TOTAL_VALUE.search(view.text, max(0, span.start - base - TOTAL_VALUE_REACH), span.start - base):
        return False
    return _AFTER_TOTAL_WORD.search(view.text, span.end - base, q.span.start - base) is not None


def _more_of_last(q: Any, view: SentenceView, out: list[Count]) -> bool:
    """ "12 heridos fueron trasladados al hospital Carlos Monge Medrano y otros 8
    al Manuel Núñez Butrón", "and another 8 to a clinic": a number opened by
    "otros" / "another", with no casualty word of its own, after a casualty
    count of the sentence and joined to it by a conjunction, is more of that
    toll; it is added to that count (in place) and True returned."""
    if not out or getattr(q, "vague", False):
        return False
    last = out[-1]
    if last.measure not in CASUALTY_MEASURES or last.vague or last.figure.span is None or last.figure.span.end > q.span.start:
        return False
    base = view.span.start
    between = view.text[last.figure.span.end - base : q.span.start - base]
    if not _MORE_BEFORE_RE.search(between) or not _JUST_A_CONJUNCTION.search(between) or any(ch in between for ch in ";:()"):
        return False
    if any(m.label in CASUALTY_MEASURES and m.label != last.measure and last.figure.span.end <= m.start < q.span.start for m in view.of("measure")):
        return False  # "12 heridos y un detenido, y otros 8 ...": another toll between
    if _died_otherwise(q, view):
        return False
    out[-1] = _with_group(last, q)
    return True


ACCIDENT_AFTER_REACH = 24  # chars from "another 7" to the accident it died in ("in road accidents linked to ...")


def _died_otherwise(q: Any, view: SentenceView) -> bool:
    """ "42 people have died in clashes ... and another 7 in road accidents linked to
    the blockades": the more told right before an accident word died in accidents,
    not of what the toll before counts (no accident told before them), so they are
    no more of that toll (summed, the text's 42 would become a 49 it never states)."""
    if not view.has("accident_death"):
        return False
    base = view.span.start
    accidents = view.of("accident_death")
    return any(0 <= m.start - q.span.end <= ACCIDENT_AFTER_REACH for m in accidents) and not any(m.end <= q.span.start for m in accidents) and (
        "." not in view.text[q.span.end - base : max(m.start for m in accidents) - base]
    )


def the_same_measure(before: Count, q: Any) -> Count:
    """The count a bare number ``q`` makes after ``before`` in a list of places
    ("Six were killed in Ayacucho, two in Apurímac"): the same measure, its own figure."""
    return Count(before.measure, Figure(q.low, q.high, q.qualifier, None, q.span), before.cue, single=q.low == 1 == q.high, vague=q.vague)


SHOT_DIED_REACH = 40  # chars from "were shot" to the death word of its clause ("... in the head and died")


def _died_of_the_shot(cue: Match, cues: list[Match], view: SentenceView) -> Match | None:
    """The death word right after a count's "were shot" (``gunshot`` cue) in
    its clause: people shot and then said dead are the dead (GUIDELINES §2:
    shot counts the wounded only when no death is said)."""
    if not any(g.start == cue.start for g in view.of("gunshot")):
        return None
    base = view.span.start
    for c in cues:
        if c.label == "fatalities" and cue.end <= c.start <= cue.end + SHOT_DIED_REACH:
            if not any(ch in view.text[cue.end - base : c.start - base] for ch in ",;"):
                return c
    return None


_DEATHS_WHEN = re.compile(rf"\b{_alt('deaths_when')}\b", re.IGNORECASE)


def _deaths_of_the_shot(q: Any, cue: Match, cues: list[Match], view: SentenceView) -> Match | None:
    """The death noun before a count's "were shot" (``gunshot`` cue) that the
    clause opened by "when" explains ("The first deaths came in Andahuaylas on
    December 11, when two teenagers were shot"): the noun counts no one of its
    own, so the people shot are those deaths, not wounded."""
    if not any(g.start == cue.start for g in view.of("gunshot")):
        return None
    base = view.span.start
    for c in cues:
        if c.label == "fatalities" and c.end <= q.span.start:
            between = view.text[c.end - base : q.span.start - base]
            when = _DEATHS_WHEN.search(between)
            # (a number between is the noun's own count: "three deaths, when ...": the shot are others)
            if when is not None and not any(c.end <= o.span.start < q.span.start for o in view.quantities):
                return c
    return None


def _adds_one_to_last(single: Match, cues: list[Match], used: set[int], view: SentenceView, out: list[Count]) -> bool:
    """ "Seventeen civilians and a police officer died", "arrested 17 protesters
    and a journalist": one person joined by a conjunction to the casualty count
    just taken is one more of the same toll; it is added to that count (in
    place) and True returned. A person with a casualty word of their own
    ("murió un manifestante y un policía resultó herido") is not."""
    if not out:
        return False
    own = _casualty_after(single, cues, view)
    if own is not None and own is not out[-1].cue and id(own) not in used:
        return False
    last = out[-1]
    if last.measure not in CASUALTY_MEASURES or last.vague or last.figure.span is None or last.figure.span.end > single.start:
        return False
    base = view.span.start
    # after a number, its noun comes between ("17 civilians and"); after one
    # person ("a protester and a police officer"), only the conjunction
    joined = _JUST_A_CONJUNCTION if last.single else _COORDINATED
    if not joined.fullmatch(view.text, last.figure.span.end - base, single.start - base):
        return False
    out[-1] = _plus_one(last, single.end)
    return True


_JUST_A_CONJUNCTION = re.compile(rf"\s+{_alt('coordinated', 'conjunctions', space=_SPACES)}\s+", re.IGNORECASE)


def _plus_one(count: Count, end: int) -> Count:
    """The count with one more person, its span stretched to ``end``."""
    f = count.figure
    span = Span(f.span.start, max(f.span.end, end)) if f.span else None
    return Count(count.measure, Figure(f.low + 1, f.high + 1, f.qualifier, f.attributed_to, span), count.cue, vague=count.vague)


ONE_MORE_REACH = 24  # chars from "a third" to its casualty verb ("a third protester died")


def _someone_counted_before(m: Match, view: SentenceView) -> bool:
    """A number or one person named before ``m`` in the sentence: what "another"
    or "a third" is one more of."""
    return any(q.span.end <= m.start for q in view.quantities) or any(p.end <= m.start for p in view.of("single"))


def _one_more_of_a_toll(
    more: Match, cues: list[Match], used: set[int], taken: set[str], view: SentenceView, out: list[Count]
) -> None:
    """ "Two protesters were killed and a third died later", "dos murieron y
    otro falleció en el hospital": one more casualty, with a casualty word of
    its own that no count took, after a count of the same measure in the same
    sentence, adds one to that count (in place). With no such count before it
    ("un manifestante resultó herido y otro murió") it is one casualty."""
    base = view.span.start
    cue = next((c for c in cues if c.label in CASUALTY_MEASURES and 0 <= c.start - more.end <= ONE_MORE_REACH), None)
    if cue is None:
        # the subject after its verb: "donde falleció un tercer joven", "murió otro comunero"
        # (one casualty of its own only: after a toll of the sentence, which incident it adds to is not told)
        cue = next((c for c in cues if c.label in CASUALTY_MEASURES and 0 <= more.start - c.end <= 1), None)
        if cue is None or id(cue) in used or cue.label in taken:
            return
    elif id(cue) in used or _CLAUSE_BREAK.search(view.text, more.end - base, cue.start - base):
        return
    used.add(id(cue))
    for i in range(len(out) - 1, -1, -1):
        c = out[i]
        if c.measure == cue.label and c.figure.span is not None and c.figure.span.end <= more.start and not c.vague:
            out[i] = _plus_one(c, c.figure.span.end)
            return
    if cue.label not in taken:
        taken.add(cue.label)
        out.append(Count(cue.label, Figure(1, 1, "exact", None, Span(more.start, cue.end)), cue, single=True))


def _right_before(verb: Match, q: Any, view: SentenceView) -> bool:
    """Nothing but qualifiers between the verb and its number: no comma,
    conjunction or subordinator that would start another clause ("was killed,
    and 20 people were injured", "dies in Lima as thousands march")."""
    between = view.text[verb.end - view.span.start : q.span.start - view.span.start]
    # ("protester dies in Lima as thousands march": "as" opens the number's own clause)
    return "," not in between and not _CONJUNCTION.search(between) and not _CLAUSE_BEFORE_COUNT.search(between)


_VICTIM_OF = frozenset(_words("of") + _words("victim_of"))
_VICTIM_ARTICLE = frozenset(_words("victim_article"))


def _casualty_before(person: Match, cues: list[Match], view: SentenceView) -> Match | None:
    """ "the death of a protester", "la muerte de un hombre", "killed a
    protester": the casualty word comes first and the one person right after it."""
    base = view.span.start
    for c in cues:
        if c.label in CASUALTY_MEASURES and c.start < person.start < c.end <= person.end:
            return c  # "mató al suboficial": the verb's contracted article ("al") opens the person's phrase too
        if c.label in CASUALTY_MEASURES and c.end <= person.start and person.start - c.end <= SINGLE_BEFORE:
            between = view.text[c.end - base : person.start - base].strip().lower()
            if between in _VICTIM_OF:  # "the death of a protester"
                return c
            if (not between or between in _VICTIM_ARTICLE) and (c.label != "arrests" or _ARREST_OF_A_PERSON.search(c.term)):
                # "killed a protester", "mataron a un policía"; of arrests only the verb that marks
                # its object a person ("la Policía detuvo a un manifestante": one held)
                return c
        if c.term in _DIED_ONE and c.end <= person.start and person.start - c.end <= POSTPOSED_REACH:
            # "falleció en el hospital un dirigente": the one person is the death verb's subject,
            # after a place or time of its own (no clause or coordination between)
            between = view.text[c.end - base : person.start - base]
            if not any(ch in between for ch in ",;:") and not _CONJUNCTION.search(between):
                return c
    return None


# a Spanish arrest verb with its personal "a" ("detuvo a"): its object is the one person arrested
_ARREST_OF_A_PERSON = re.compile(rf"\s(?:{_alt('victim_article')})$", re.IGNORECASE)
POSTPOSED_REACH = 30  # chars from "falleció" to the subject after it ("en el hospital regional un")


PARTICIPLE_WINDOW = 90  # chars from a number to its casualty verb across a reduced relative clause
# "two teachers protesting against the contract were shot dead": the noun, a participle opening
# a clause with no stop or further verb of its own, then the verb (``participle_endings``)
_REDUCED_RELATIVE = re.compile(
    rf"\s+[^\W\d_]+\s+[^\W\d_]+(?:{_alt('participle_endings')})\s(?![^,.;:()]*\b[^\W\d_]+(?:{_alt('coordinated', 'past_endings')})\s+{_alt('coordinated', 'conjunctions', space=_SPACES)}\b)[^,.;:()\d]*$",
    re.IGNORECASE,
)
AGE_REACH = 25  # chars before a number in which "aged 15 and" may open the ages it ends


def _an_age(o: Any, view: SentenceView) -> bool:
    """Whether the number is an age ("two boys, aged 15 and 16, were killed",
    "a 22-year-old"): it counts no one, so it does not stop the count before it
    from reaching its casualty word."""
    base = view.span.start
    lo, hi = o.span.start - base, o.span.end - base
    window = max(0, lo - AGE_REACH)
    return any(m.start() <= lo and hi <= m.end() for m in _AGE.finditer(view.text, window, min(len(view.text), hi + 15)))


def _cue_for(q: Any, cues: list[Match], view: SentenceView) -> Match | None:
    text = view.text
    base = view.span.start
    best: Match | None = None
    best_gap = 10**9
    # "cientos de familiares de las diez personas que murieron": a number
    # written in words between a quantity and a cue takes the cue itself.
    # "At least 22 people, including seven police officers, were injured": the
    # aside and its number are skipped on the way to the casualty word.
    aside = _INCLUDING.match(text, q.span.end - base)
    aside_start = base + aside.start("aside") if aside else q.span.end
    aside_end = base + aside.end() if aside else q.span.end
    next_number = min(
        (o.span.start for o in view.quantities if o.span.start >= q.span.end and not aside_start <= o.span.start < aside_end and not _an_age(o, view)),
        default=10**12,
    )
    things: bool | None = None  # whether the number has a noun of its own (worked out when first needed)
    for c in cues:
        if aside and aside_start <= c.start < aside_end:
            continue  # the aside's own words ("officers") are not what the number counts
        if aside and c.label == "participants" and q.span.end <= c.start < aside_start:
            continue  # "22 other people, including ..., were injured": the noun before the aside waits for its verb
        if c.start >= q.span.end:
            if c.label == "participants" and _other_things_first(q, c, view):
                continue  # "cinco sindicatos del MOPT marchan": the number counts unions, the verb after them no people
            between = text[q.span.end - base : c.start - base]
            if c.label == "participants" and _AGENT_BEFORE_CROWD.search(between):
                continue  # "Three police officers were taken hostage by protesters": the crowd is the agent, not what is counted
            if aside and c.start >= aside_end:
                between = text[q.span.end - base : aside_start - base] + " " + text[aside_end - base : c.start - base]
            if between[:1] in ":+" and _digest_label(q, view):
                between = _DIGEST_COLON.sub(" ", between, count=1)  # "• 60: people killed since December": the label's colon
            gap = len(between)
            if c.start > next_number:
                continue
            if _has_own_number(c, q, view):
                continue  # "ordered two ministers to testify over the deaths of ten people": the deaths count ten
            # "killed two and injured 30": after a conjunction the next verb opens
            # another clause; the number is the object of the verb before it.
            eff = gap + (CONJUNCTION_PENALTY if _CONJUNCTION.search(between) and not _only_people_joined(q.span.end, c.start, view) else 0)
            if (gap <= AFTER_WINDOW or gap <= PARTICIPLE_WINDOW and _REDUCED_RELATIVE.match(between)) and not _blocks(between) and not _own_noun_first(between) and not _SUBORDINATE.search(between) and not _governed(between) and eff < best_gap:
                best, best_gap = c, eff
        elif c.end <= q.span.start and c.label != "participants":
            gap = q.span.start - c.end
            between = text[c.end - base : q.span.start - base]
            # "killed and at least nine others were injured": after a
            # conjunction the number opens a new clause, whose own noun follows.
            penalty = 5 + (CONJUNCTION_PENALTY if _CONJUNCTION.search(between) else 0)
            if gap > BEFORE_WINDOW or gap + penalty >= best_gap or _blocks(between) or _REPORTED_CLAUSE.search(between):
                continue
            if _AGENT.fullmatch(between) or _AGENT_LAST.search(between):
                # "shot dead by two men on a motorcycle", "shot dead in Independencia by two men": the number
                # right after the agent's "by" counts the attackers
                continue
            if things is None:
                things = _counts_things(q, view)  # the number's own noun, asked once per number
            if things:
                continue  # "no one was killed, but dozens of buildings were damaged": the number has its own noun
            if _closed_noun_phrase(c, between, view) and not _appositive_count(q, between, view):
                continue  # "Hours after the arrests, about 200 people gathered": the comma closed the casualty word's phrase
            if _some_of_its_subject(c, between, view):
                continue  # "all of them died of bullet wounds, several in the head": some of those named, no count
            best, best_gap = c, gap + penalty
    return best


_PARTITIVE_OF = re.compile(
    rf"\s+{alternation(lang_words('document', 'partitive_share', 'of'))}\s+{alternation(lang_words('document', 'partitive_share', 'articles'))}\s+$",
    re.IGNORECASE,
)
PARTITIVE_VERB_GAP = 12  # chars from "of the injured" to the verb that tells what befell them (" had ", " later ")


def _verb_of_a_partitive(q: Any, cue: Match, cues: list[Match], view: SentenceView) -> Match | None:
    """ "several of the injured had died", "dos de los heridos murieron": a number
    "of the" casualty noun counts some of those, and the casualty verb right
    after the noun tells what befell them; the verb's measure is the count's."""
    base = view.span.start
    if cue.start < q.span.end or not _PARTITIVE_OF.fullmatch(view.text, q.span.end - base, cue.start - base):
        return None
    return next((c for c in cues if c.label in CASUALTY_MEASURES and c.label != cue.label and 0 < c.start - cue.end <= PARTITIVE_VERB_GAP), None)


_DIGEST_COLON = re.compile(r"^\+?:")
_BULLETS = "•·*-–—▪►"  # what may open a digest's line before its figure


def _digest_label(q: Any, view: SentenceView) -> bool:
    """The number opens its line as a digest's label ("• 60: people killed in
    the unrest since December", "60+: killed"): the colon after it leads to
    what it counts, it closes no clause."""
    before = view.text[: q.span.start - view.span.start].rstrip(_BULLETS + " \t")
    return not before.strip() or before.endswith("\n")  # (a headline with no stop joins the line before it)


def _other_things_first(q: Any, cue: Match, view: SentenceView) -> bool:
    """The number is followed right away by a noun of its own that names no
    person ("cinco sindicatos", "las cuatro provincias"), before the crowd verb
    ``cue`` ("marchan", "se concentran"): it counts that noun, not the crowd."""
    head = getattr(q, "head_span", None)
    base = view.span.start
    if head is None or head.start >= cue.start:
        return False
    link = view.text[q.span.end - base : head.start - base].strip()
    if link and not (q.vague and link.lower() in _OF and fold(cue.term) not in _CROWD_VERBS):
        # ("una decena de videos grabados por manifestantes": a collective's "de" links its own noun;
        # "decenas de venezolanos se concentran": before a crowd verb, the people who gathered)
        return False
    adjacent = not view.text[head.end - base : cue.start - base].strip()
    if adjacent and fold(cue.term) not in _CROWD_VERBS:
        return False  # "800 market traders": a compound, whose last noun is the people counted
    word = view.text[head.start - base : head.end - base]
    if not word.isalpha() or not word.islower() or len(word) < 4:
        return False  # (read before the walks over the matches below: speed only)
    if any(m.category == "actor" and m.start <= cue.start < m.end for m in view.matches) and view.text[head.end - base : cue.start - base].strip().lower() in _JOINERS:
        # (but "una decena de videos grabados por manifestantes", "varias bombas hacia los
        # manifestantes": the people named further on are not what the number counts)
        return False  # "200 campesinas y campesinos": a people noun joined to the number's own is the crowd's
    covering = [m for m in view.matches if m.start <= head.start < m.end + 1]
    # (an organisation noun, "sindicatos", names bodies, not the people who march; right
    # before the crowd verb, "five unions march", only such a noun is read as the number's own)
    bodies = any(m.category == "claimant" and m.label == "organisation" for m in covering)
    return bodies or not adjacent and not any(m.category in _PERSON_CATEGORIES for m in covering)


def _has_own_number(cue: Match, q: Any, view: SentenceView) -> bool:
    """A casualty noun with its number right after it ("the deaths of ten
    people") counts that number, not one before it; so does a casualty verb
    with its object right after it ("allanó once inmuebles y detuvo a nueve
    personas", "raided 11 homes and arrested 9 people": nine held, not eleven),
    unless that number counts a length of time ("detenidos 48 horas")."""
    base = view.span.start
    for o in view.quantities:
        if o is q or o.span.start < cue.end:
            continue
        between = view.text[cue.end - base : o.span.start - base].strip().lower()
        if between in _OF:
            return True
        if (not between or between in _MORE_BEFORE) and q.span.end <= cue.start and str(getattr(o, "head", "") or "").lower() not in _DURATION_HEADS:
            return True  # ("fueron detenidas otras nueve personas": "otras" still leaves nine the verb's own)
    return False


# "left two more people dead", "otros dos fallecidos", "dos muertos más": a
# count told as more than before, added to the count told before it.
_MORE_AFTER = re.compile(rf"\s+(?:[^\W\d_]+\s+)?{_alt('more_after')}\b", re.IGNORECASE)
_MORE_BEFORE_RE = re.compile(rf"\b{_alt('more_before')}\s+$", re.IGNORECASE)
MORE_BEFORE_REACH = 8  # chars before a number that hold "otras " / "another "
# "Four police officers were also hurt": the counted noun (up to three words), then "also"
_MORE_ALSO = re.compile(rf"\s+(?:[^\W\d_]+\s+){{0,3}}{_alt('more_also', space=_SPACES)}\b", re.IGNORECASE)
MORE_BEFORE_REACH = 12  # chars before a count in which "another", "otros" may stand


_OF_AGAIN = _alt("complement_again", "of")
# the "of" before the toll's number (up to two words between: "the killing of at least 10")
_COMPLEMENT_BEFORE = re.compile(rf"(?<!\w){_OF_AGAIN}\s+(?:[^\W\d_]+\s+){{0,2}}$", re.IGNORECASE)
# the conjunction and that "of" again, right before the next number (after its place and day)
_COMPLEMENT_AGAIN = re.compile(rf"[\s,]+{_alt('complement_again', 'joiners')}\s+{_OF_AGAIN}\s+(?:[^\W\d_]+\s+){{0,2}}$", re.IGNORECASE)
COMPLEMENT_BEFORE_REACH = 24  # chars before a toll's number that hold its "of" ("of at least ")


def _toll_said_again(q: Any, view: SentenceView, out: list[Count]) -> Count | None:
    """ "The investigation covers the killing of 10 people in Ayacucho on December 15,
    and of 17 civilians in Juliaca on January 9", "la muerte de 10 personas en Ayacucho
    y de 17 civiles en Juliaca": a number opened by a conjunction and the "of" that the
    casualty count before it was the complement of counts that toll again, though its
    noun is one of people; the count it repeats, or None."""
    last = out[-1]
    if last.measure not in CASUALTY_MEASURES or last.vague or last.figure.span is None or last.figure.span.end > q.span.start:
        return None
    base = view.span.start
    between = view.text[last.figure.span.end - base : q.span.start - base]
    if any(ch in between for ch in ";:.") or not _COMPLEMENT_AGAIN.search(between):
        return None
    start = last.figure.span.start - base
    return last if _COMPLEMENT_BEFORE.search(view.text, max(0, start - COMPLEMENT_BEFORE_REACH), start) else None


def told_as_more(span: Span | None, view: SentenceView) -> bool:
    """The number at ``span`` is told as added to an earlier one ("two more", "another two", "otras nueve", "dos ... más",
    "four police officers were also hurt")."""
    if span is None:
        return False
    base = view.span.start
    return (
        _MORE_AFTER.match(view.text, span.end - base) is not None
        or _MORE_ALSO.match(view.text, span.end - base) is not None
        or _MORE_BEFORE_RE.search(view.text, max(0, span.start - base - MORE_BEFORE_REACH), span.start - base) is not None
    )


_DURATION_HEADS = frozenset(w.lower() for w in _words("duration_heads"))
_MORE_BEFORE = frozenset(w.lower() for w in _words("more_before"))


_ARTICLE_ONE = frozenset(w.lower() for w in lang_words("numbers", "article_one"))
DIED_AFTER_WOUNDED = 25  # chars from "un herido" to the death verb it is the subject of ("que había sido trasladado falleció")


def _wounded_one_who_died(q: Any, cue: Match, cues: list[Match], view: SentenceView) -> bool:
    """ "un herido falleció en el hospital": one wounded person, counted by the
    article alone, is the subject of a death verb right after; a death, not a wound."""
    base = view.span.start
    words = view.text[q.span.start - base : q.span.end - base].split()
    if not words or words[-1].lower() not in _ARTICLE_ONE:
        return False
    return any(
        c.label == "fatalities" and 0 <= c.start - cue.end <= DIED_AFTER_WOUNDED and not any(ch in view.text[cue.end - base : c.start - base] for ch in ",;:.")
        # "tras la muerte de un herido", "after the death of a wounded man": the death noun before
        or c.label == "fatalities" and c.end <= q.span.start and _DEATH_OF.fullmatch(view.text, max(0, c.start - base), q.span.start - base)
        for c in cues
    )


# a death noun and its "of" right before the one counted ("la muerte de un herido", "the death of a wounded man")
_DEATH_OF = re.compile(rf"\w+\s+(?:{_alt('of')})\s*", re.IGNORECASE)


def _only_people_joined(start: int, end: int, view: SentenceView) -> bool:
    """ "90 policías y militares resultaron heridos": the conjunction between
    the number and the casualty word joins two nouns of people, both counted
    by the number; it opens no clause of its own."""
    base = view.span.start
    rest = view.text[start - base : end - base]
    people = [m for m in view.matches if m.category in _PERSON_CATEGORIES and start <= m.start and m.end <= end]
    if not people:
        return False
    for m in sorted(people, key=lambda m: m.start, reverse=True):
        rest = rest[: m.start - start] + " " * (m.end - m.start) + rest[m.end - start :]
    return not _CONJUNCTION.sub(" ", rest).strip()


def _counts_actions(q: Any, view: SentenceView) -> bool:
    """The number's head noun, right after it, is a protest or riot word
    ("one blockade", "three marches"): it counts actions, not people."""
    head = getattr(q, "head_span", None)
    if head is None or view.text[q.span.end - view.span.start : head.start - view.span.start].strip():
        return False
    covering = [m for m in view.matches if m.start <= head.start < m.end]
    if any(m.category in ("actor", "measure") for m in covering):
        return False  # "41 demonstrators": people, though the word is also a protest word
    return any(m.category in ("form", "riot") for m in covering)


SAMPLE_GAP = 6  # chars from "examined" to its number (" the ")


def _a_studys_sample(q: Any, view: SentenceView) -> bool:
    """The number right after a study's verb, after a toll told first ("Of the
    49 people killed, Amnesty examined 25 deaths"), or after that number in its sentence ("... and found
    that 20 may amount to extrajudicial executions"): the cases a report looked
    at and what it found of them, parts of that toll, never a count of
    their own."""
    # (only as a part of a toll told before it in the sentence, "Of the 49 people killed, ...": a review's
    # own count, "The group reviewed 30 deaths", is the total it gives)
    samples = [m for m in view.of("research", "sample") if any(o.span.end <= m.start for o in view.quantities)]
    if any(0 <= q.span.start - m.end <= SAMPLE_GAP for m in samples):
        return True
    return any(
        m.end <= o.span.start and 0 <= o.span.start - m.end <= SAMPLE_GAP and o.span.end <= q.span.start
        for m in samples for o in view.quantities
    )


POPULATION_GAP = 16  # chars from "a city of" to its number ("some", "about", "more than")
_APPROX_ONLY = re.compile(rf"\s*(?:{_alt('population_approx', space=_SPACES)})?\s*", re.IGNORECASE)


def population_size(q: Any, view: SentenceView) -> bool:
    """The number right after a place's size word ("a trading city of some
    300,000 people", "home to 1.2 million people"), with at most a word of
    approximation between them, tells how many people live there: never a crowd (GUIDELINES §2
    counts are of the people who took part)."""
    for cue in view.of("population"):
        gap = q.span.start - cue.end
        if 0 <= gap <= POPULATION_GAP and _APPROX_ONLY.fullmatch(view.text, cue.end - view.span.start, q.span.start - view.span.start):
            return True
    return False


_NOT_A_THING = frozenset(_words("not_a_thing"))
_OF = frozenset(_words("of"))
_JOINERS = frozenset(_words("name_joiners"))
_PERSON_CATEGORIES = frozenset({"measure", "actor", "claimant", "single", "victim", "state_agent"})


def _noun_of(q: Any, view: SentenceView) -> Span | None:
    """The common noun a number is "of" ("dozens of buildings", "decenas de
    viviendas", "millions of commuters"): lower-case, a word of its own; None
    for a name, an adjective ("Six Peruvian soldiers") or a function word."""
    head = getattr(q, "head_span", None)
    if head is None or view.text[q.span.end - view.span.start : head.start - view.span.start].strip().lower() not in _OF:
        return None
    word = view.text[head.start - view.span.start : head.end - view.span.start]
    if not word.isalpha() or not word.islower() or len(word) < 4 or word in _NOT_A_THING:
        return None
    return head


def _counts_things(q: Any, view: SentenceView) -> bool:
    """The number's own head noun names no person ("dozens of buildings",
    "four points"): it cannot be the object of a casualty verb before it."""
    head = _noun_of(q, view)
    return head is not None and not any(m.category in _PERSON_CATEGORIES and m.start <= head.start < m.end + 1 for m in view.matches)


def _head_not_counted(q: Any, view: SentenceView) -> bool:
    """The number is of a noun ("millions of commuters") that no measure word
    covers: it counts those, not the dead or the held of a running total."""
    head = _noun_of(q, view)
    if head is None:
        return _counts_cases(q, view)
    return not any(m.category == "measure" and m.start <= head.start < m.end + 1 for m in view.matches)


_CASE_NOUNS = frozenset(_words("case_nouns"))
CASE_REACH = 30  # chars after "casos" in which the measure they are cases of may stand ("casos de muerte")


def _counts_cases(q: Any, view: SentenceView) -> bool:
    """ "31 homicidios ..., además de 1443 casos de violencia policial": a number
    right before "casos", "denuncias" counts reported cases; with no measure word
    just after, it is no further total of the measure named before it."""
    head = getattr(q, "head_span", None)
    base = view.span.start
    if head is None or view.text[q.span.end - base : head.start - base].strip():
        return False
    if view.text[head.start - base : head.end - base].lower() not in _CASE_NOUNS:
        return False
    return not any(m.category == "measure" and head.end <= m.start <= head.end + CASE_REACH for m in view.matches)


# Between a casualty verb and a number: the agent of a passive verb ("killed
# by two gunmen", "herido por tres sujetos"), not its victims.
# a passive's agent, maybe with an article or adjective, right before a crowd word ("taken hostage by angry protesters")
_AGENT_BEFORE_CROWD = re.compile(rf"\s{_alt('agent')}(?:\s+[^\W\d_]+){{0,2}}\s+$", re.IGNORECASE)
_AGENT = re.compile(rf"\s+{_alt('agent')}\s+", re.IGNORECASE)  # (the number's qualifier, "by at least two", is inside its span)
_AGENT_LAST = re.compile(rf"\s{_alt('agent')}\s+$", re.IGNORECASE)  # the agent's word right before the number, a place between


def _total_of(q: Any, cues: list[Match], view: SentenceView) -> Match | None:
    """ "the total number of deaths in the protests to 49", "la cifra de
    fallecidos ... asciende a 49": in a total, the measure may come well before the number."""
    base = view.span.start
    if _head_not_counted(q, view):
        return None  # "... killed this year, leaving millions of commuters stranded": the commuters' number, no total
    before = [c for c in cues if c.label != "participants" and c.end <= q.span.start]
    for c in reversed(before):
        between = view.text[c.end - base : q.span.start - base]
        if any(ch.isdigit() for ch in between) and _digits_outside_dates(between, c.end, view):
            continue
        return c
    return None


_TOTAL_VALUE = re.compile(rf"\b{_alt('total_value', space=_SPACES)}\s+$", re.IGNORECASE)
TOTAL_VALUE_REACH = 20  # chars back from a number to the start of "stands at", "asciende a"


def _total_of_its_value(q: Any, cues: list[Match], view: SentenceView) -> Match | None:
    """ "the number of people killed in the protests stands at 48 civilians": a
    number right after a total's verb is that total's value; the people noun after
    it says who the dead were, and the measure is the one the total named."""
    if not view.has("tally", "strong"):
        return None
    base = view.span.start
    if not _TOTAL_VALUE.search(view.text, max(0, q.span.start - base - TOTAL_VALUE_REACH), q.span.start - base):
        return None
    return _total_of(q, cues, view)


def _digits_outside_dates(between: str, start: int, view: SentenceView) -> bool:
    """Whether ``between`` (which starts at ``start``) holds a digit outside the
    sentence's dates: "the death toll since December 7 had risen to 26" has no other number between."""
    chars = list(between)
    for d in view.dates:
        span = getattr(d, "span", None)
        if span is not None:
            for i in range(max(span.start, start), min(span.end, start + len(chars))):
                chars[i - start] = " "
    return any(ch.isdigit() for ch in chars)


# "el fotoperiodista Aldo Mamani, corresponsal de un diario regional, fue herido":
# a name and the comma-enclosed description of its bearer, then the verb.
_NAMED_APPOSITION = re.compile(r"\s*[A-ZÁÉÍÓÚÑ][\w'-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w'-]*)*\s*,[^,;]{1,80},\s*")


# "un suboficial de la Policía murió": the force a person belongs to, no victim nested in a complement
_FORCE_OF = re.compile(rf"\s*{_alt('force_of')}\b", re.IGNORECASE)


def _without_apposition(between: str) -> str:
    """``between`` with a name's apposition dropped: its "de un diario" describes
    the person, it does not nest another victim; nor does the force he serves
    in ("un suboficial de la Policía")."""
    m = _NAMED_APPOSITION.match(between)
    if m is None:
        m = _FORCE_OF.match(fold(between))
    return between[m.end() :] if m else between


def _governs_own_number(verb: Match, view: SentenceView) -> bool:
    """A casualty verb with a number right after it ("have killed several
    drivers", "injuring 12") counts that number's people, not a crowd named
    earlier in the sentence."""
    base = view.span.start
    for q in view.quantities:
        if q.span.start >= verb.end and q.span.start - verb.end <= VERB_BEFORE:
            between = view.text[verb.end - base : q.span.start - base]
            if not _blocks(between) and "," not in between and not _CONJUNCTION.search(between) and not _AGENT.fullmatch(between):
                return True  # ("killed and about 600 were wounded": another clause; "shot dead by two men": the agents)
    return False


_PART_DIED = re.compile(rf"\b{_alt('part_died')}\b", re.IGNORECASE)
PART_DIED_REACH = 30  # chars from "three" to its death word ("three of them died", "tres de los cuales murieron")


def _dead_of_the_wounded(q: Any, view: SentenceView, cues: list[Match], used: set[int], out: list[Count]) -> None:
    """ "Ten civilians were shot near the airport, three of them fatally",
    "ocho personas resultaron heridas de bala, dos de las cuales fallecieron":
    a part said to have died, of a count of the shot or wounded just taken
    (or of a count that took the part's own death word, having none of its
    own: "Eight people were hit by bullets, two of whom died"), is the dead;
    the rest are the wounded (GUIDELINES §2 counts: each person once). The
    last count is split in place."""
    last = out[-1]
    if getattr(q, "vague", False) or last.vague or last.single or last.figure.span is None or last.figure.span.end > q.span.start:
        return
    base = view.span.start
    start, end = q.span.end - base, min(len(view.text), q.span.end - base + PART_DIED_REACH)
    stop = _CLAUSE_BREAK.search(view.text, start, end)
    end = stop.start() if stop else end
    died = next((c for c in cues if c.label == "fatalities" and start <= c.start - base < end), None)
    if died is None and not _PART_DIED.search(view.text, start, end):
        return
    if not (last.measure == "injuries" or last.measure == "fatalities" and died is not None and last.cue is died):
        return
    part = q.to_figure("fatalities")
    f = last.figure
    if part.low >= f.low:
        return
    wounded = Figure(f.low - part.low, f.high - part.high, f.qualifier, f.attributed_to, f.span)
    cue = died or last.cue
    out[-1] = Count("injuries", wounded, last.cue)
    out.append(Count("fatalities", part, cue, single=part.low == 1 == part.high))
    if died is not None:
        used.add(id(died))


_PART_WITH = re.compile(r"\s+(?:" + (alternation(_words("part_with"), r"\s+") or "(?!)") + r")\b", re.I)


def _a_vague_part(q: Any, view: SentenceView, out: list[Count]) -> bool:
    """ "más de cincuenta heridos, varios con herida de bala": a vague word set
    off by a comma right after a count of wounded and followed by "con" ("with") tells
    what some of those counted suffered; it is no count of its own (the
    partitive left unsaid: "varios [de ellos] con ...")."""
    if not getattr(q, "vague", False) or out[-1].measure != "injuries":
        return False  # ("dos muertos, decenas con heridas de perdigones": the wounded are others than the dead)
    base = view.span.start
    last = out[-1].figure.span
    if last is None or last.end > q.span.start:
        return False
    between = view.text[last.end - base : q.span.start - base]
    if not between.rstrip().endswith(",") or "," in between.rstrip()[:-1]:
        return False
    return _PART_WITH.match(view.text, q.span.end - base) is not None


def _a_part(q: Any, parts: list[Match]) -> bool:
    """The number opens an aside that counts a part of the figure before it
    ("eight of them", "two of whom")."""
    return any(0 <= p.start - q.span.end <= 1 for p in parts)


def _in_the_crowds_purpose(noun: Match, casualty: Match, cues: list[Match], view: SentenceView) -> bool:
    """ "Hundreds of students marched in Cusco to reject the killings": a crowd
    verb after the people noun, then what the crowd acted for ("to reject",
    "para exigir") before the casualty word: the dead are the crowd's grievance,
    not what befell it ("Dozens marched and were injured" is)."""
    crowd = [m.end for m in cues if noun.end <= m.start < casualty.start and m.label == "participants" and fold(m.term) in _CROWD_VERBS]
    if not crowd:
        return False
    purposes = view.of("claim_act", "purpose") + view.of("grievance", "opener")
    return any(min(crowd) <= p.start < casualty.start for p in purposes)


def _casualty_after(noun: Match, cues: list[Match], view: SentenceView) -> Match | None:
    """ "41 demonstrators have been killed", "diez ciudadanos ... fueron asesinados":
    the people noun names who, the casualty word right after it says what happened."""
    base = view.span.start
    totals = view.of("tally", "strong")
    for c in cues:
        # "Two young people were killed": the crowd word "young people" and the
        # casualty phrase "people were killed" share "people"; the phrase still follows the noun.
        if c.label in CASUALTY_MEASURES and c.start > noun.start and c.end >= noun.end and c.start - noun.end <= RELATIVE_CLAUSE_REACH:
            if totals and any(t.start < c.end and c.start - t.end <= TOTAL_NOUN_GAP for t in totals):
                # "Thousands marched ..., as the death toll rose to 47", "mientras la cifra de
                # fallecidos subió a 47": a total's noun says nothing of the crowd
                continue
            between = view.text[noun.end - base : max(c.start, noun.end) - base]
            parts = view.of("subset")
            if _blocks(between) or any(noun.end <= q.span.start < c.start and not (parts and _a_part(q, parts)) and not _an_age(q, view) for q in view.quantities):
                # "several hundred demonstrators ..., and a dozen people were hurt": the later number's casualty
                # (a part told aside, "Forty-nine protesters, eight of them children, died", is no number of its own)
                continue
            if _governs_own_number(c, view):
                continue  # "thousands marched against gangs that have killed several drivers": the verb has its own object
            if _WHO_WERE.fullmatch(between):
                # "diez ciudadanos que protestaban contra el gobierno y por el cierre del
                # Congreso fueron asesinados": the clause describes them; the verb after it is theirs.
                return c
            if _in_the_crowds_purpose(noun, c, cues, view):
                continue  # "Hundreds of students marched in Cusco to reject the killings": the crowd acted; the dead are its grievance
            if c.start - noun.end <= CASUALTY_AFTER_NOUN and not _NESTED_VICTIM.search(_without_apposition(_without_crowd_agent(_past_own_apposition(between, noun, view), noun.end, view))):
                return c
    return None


def _past_own_apposition(between: str, noun: Match, view: SentenceView) -> str:
    """ "Remo Candia, a leader of a farming community in Anta, was shot dead": a
    person noun that opens the apposition of a name is described by what follows
    it up to the closing comma, so its "of a community" nests no other victim; the
    verb after the comma is the named man's. (``between`` blanked up to that comma,
    so its offsets still match the sentence.)"""
    if not _NAME_THEN_COMMA.search(view.text, 0, noun.start - view.span.start):
        return between
    m = _APPOSITION_TAIL.match(between)
    return " " * m.end() + between[m.end() :] if m else between


# A capitalised name and its comma, right before a person noun ("Remo Candia, a leader of ...").
_NAME_THEN_COMMA = re.compile(r"\b[A-ZÁÉÍÓÚÑ][\w'-]+(?:\s+[A-ZÁÉÍÓÚÑ][\w'-]+)+\s*,\s*$")
# The rest of such an apposition, up to its closing comma.
_APPOSITION_TAIL = re.compile(r"[^,;()]{1,80},\s*")


def _without_crowd_agent(between: str, start: int, view: SentenceView) -> str:
    """``between`` (from ``start``) with the crowd that acted blanked out: "un policía
    fue quemado por una turba y murió" names who burned him, no victim nested in a
    complement ("justicia por una mujer que fue asesinada")."""
    for m in view.of("crowd_agent"):
        if start <= m.start and m.end <= start + len(between):
            between = between[: m.start - start] + " " * (m.end - m.start) + between[m.end - start :]
    return between


# "20 people protested for justice for a woman who was killed", "relatives of a
# man who died", "gathered to mark a year since the killings": the casualty
# belongs to someone named inside a complement.
# What mourners carry or keep of the dead ("the coffins of", "los retratos de"):
# a casualty word after one of these names whom a gathering is for.
MOURNED_NOUNS = _alt("mourned_nouns")
_OF_WORD = _alt("of")
# "con fotografías de los 18 fallecidos": the dead whose portraits a crowd carries.
_MOURNED_BEFORE = re.compile(rf"\b(?:{MOURNED_NOUNS})\s+{_OF_WORD}(?:\s+{_alt('mourned_articles')})?\s*$", re.IGNORECASE)
_KIN_BEFORE = re.compile(rf"\b(?:{_alt('kin_nouns')})\s+{_OF_WORD}\s+{_alt('mourned_articles')}\s*$", re.IGNORECASE)
_DATED_BY = re.compile(rf"\s*(?:{_alt('dead_dated_by')})\b", re.IGNORECASE)
_KIN_NOUN_AFTER = re.compile(r"\s+(?:[^\W\d_]+\s+)?")  # "los seis (jóvenes) fallecidos"
KIN_DAY_REACH = 50  # chars from the kin's dead to the day that dates them ("asesinados durante las protestas del 15 de")


def _undated_dead_of_kin(q: Any, cue: Match, view: SentenceView) -> bool:
    """ "Los deudos de los seis fallecidos realizaron hoy una vigilia",
    "relatives of the 18 killed marched in Lima": the dead that name the kin
    are whom they mourn, no toll of what the kin do. Dated right after ("los
    familiares de los 10 asesinados durante las protestas del 15 de
    diciembre"), they are the toll of that day, recalled."""
    base = view.span.start
    if cue.start < q.span.end or not _KIN_NOUN_AFTER.fullmatch(view.text, q.span.end - base, cue.start - base):
        return False  # (the dead in a clause of their own, "de las diez personas que murieron", are counted as told)
    if not _KIN_BEFORE.search(view.text, 0, q.span.start - base):
        return False
    if not _DATED_BY.match(view.text, cue.end - base):
        return True
    return not any(0 <= d.span.start - cue.end <= KIN_DAY_REACH for d in view.dates)


RELATIVE_CLAUSE_REACH = 160  # chars of a relative clause between the people and their casualty verb
# The people, a relative clause about them, then their own verb: "ciudadanos (peruanos) que
# protestaban ... fueron", "protesters who were marching ... were".
_WHO_WERE = re.compile(
    rf"(?:\s+\w+)?\s*,?\s+{_alt('who_were', 'pronouns')}\s+[^,;]*?\s+{_alt('who_were', 'verbs')}\s+(?:\w+\s+)?",
    re.IGNORECASE,
)
# Each language's prepositions with its own determiners ("of a", "de un", not "of un").
_PREPOSITION_THEN_DETERMINER = "|".join(
    rf"\b{_alt('nested_victim', 'prepositions', langs=(lang,))}\s+{_alt('nested_victim', 'determiners', langs=(lang,))}\b" for lang in languages()
)
_NESTED_VICTIM = re.compile(
    rf"\b(?:{_alt('nested_victim', 'bodies')}|{MOURNED_NOUNS})\s+{_OF_WORD}\b|"
    rf"{_PREPOSITION_THEN_DETERMINER}|"
    # "miles de pobladores velaron a los fallecidos": the personal "a" marks the dead as a verb's object, not this crowd
    rf"\b{_alt('nested_victim', 'personal_a')}\s+{_alt('nested_victim', 'personal_a_objects')}\b|"
    # "marched to mourn the dead", "gathered to honour those killed": the dead mourned, not this crowd's.
    rf"\b{_alt('nested_victim', 'mourn_verbs')}\s+{_alt('nested_victim', 'mourn_objects')}\b", re.IGNORECASE)


def _own_noun_first(between: str) -> bool:
    """ "que aglutina a 15 agrupaciones, también confirmó este deceso": the
    number already has its noun before the comma; the casualty word after
    the comma belongs to another clause. An aside of ages between commas ("two
    boys, aged 15 and 16, were killed") describes the number's noun; it closes no clause."""
    if "," in between and _AGE_ASIDE.search(between):
        between = _AGE_ASIDE.sub(" ", between)
    head, comma, _ = between.partition(",")
    return bool(comma) and any(len(w) > 2 and w.isalpha() for w in head.split())


# "varios de sus ministros por las muertes": the number's own noun, then the
# casualty word as the object of a preposition: the number counts the noun.
_GOVERNED = re.compile(
    rf"^\s*(?:{_alt('governed', 'partitive')}\s+{_alt('governed', 'partitive_articles')}\s+)?[^\W\d]{{3,}}\s+"
    rf"{_alt('governed', 'prepositions')}\s+{_alt('governed', 'articles')}\s+$",
    re.IGNORECASE,
)


def _governed(between: str) -> bool:
    """A noun of the number's own, then "por las" before the casualty word."""
    return bool(_GOVERNED.match(between))


def _blocks(between: str) -> bool:
    """A clause break or another number between a quantity and a cue severs
    them; an age ("un trabajador de 19 años", "a 29-year-old") is no number of people."""
    between = _AGE.sub("", between)
    return any(ch in between for ch in ".;:()") or any(ch.isdigit() for ch in between)


# "in 10 of Peru's 25 regions since Castillo was ... arrested": a clause opened
# between the number and the casualty word is another clause's; the number
# has its own noun ("regions") before it.
_SUBORDINATE = re.compile(rf"\b{_alt('subordinate')}\b", re.IGNORECASE)
# "fueron detenidas y que decenas ... resultaron heridos": a second reported clause between
# a casualty word and the number after it; the number is its own clause's
_REPORTED_CLAUSE = re.compile(rf"\b{_alt('reported_clause')}\b", re.IGNORECASE)
# "protester dies in Lima as thousands march again": a clause of the number's own, after the casualty word
_CLAUSE_BEFORE_COUNT = re.compile(rf"\b{_alt('clause_before_count')}\b", re.IGNORECASE)
_AGE_WORDS = _words("age_after_number")
_AGE_HYPHENATED = alternation([w for w in _AGE_WORDS if w.startswith("-")])  # "a 29-year-old"
_AGE_SPACED = alternation([w for w in _AGE_WORDS if not w.startswith("-")], _SPACES)  # "19 años", "29 years old"
# "Two teenagers, aged 15 and 18, died": the ages a word before them names, one or several
_AGE_BEFORE = rf"\b{_alt('age_before_number')}\s+\d{{1,3}}(?:\s*(?:,|\b{_alt('conjunctions')}\b)\s*\d{{1,3}})*\b"
_AGE_ASIDE = re.compile(rf",\s*{_AGE_BEFORE}\s*,", re.IGNORECASE)  # ", aged 15 and 16,"
# "dos jóvenes de 15 y 18 años", "boys of 15 and 16 years": several ages joined, the age word after the last
_AGES_JOINED = rf"\b\d{{1,3}}(?:\s*(?:,|\b{_alt('conjunctions')}\b)\s*\d{{1,3}})+\s*{_AGE_SPACED}\b"
_AGE = re.compile(rf"\(\d{{1,3}}\)|\b\d{{1,3}}(?:{_AGE_HYPHENATED}|\s*{_AGE_SPACED})\b|{_AGE_BEFORE}|{_AGES_JOINED}", re.IGNORECASE)


# ", where he died": the lone person's death told in a clause on where he was taken
_PLACE_CLAUSE = re.compile(r",\s*" + alternation(lang_words("counts", "lone_death_clause"), r"\s+") + r"\s*$", re.IGNORECASE)
PLACE_CLAUSE_REACH = 12  # chars before the lone "he" in which ", where" may stand


def after_a_place_clause(view: SentenceView, start: int) -> bool:
    """ "Volunteers carried him to a nearby hospital, where he died shortly
    afterwards": the lone person of the clause after the place he was taken to
    is the one whose death the sentence tells, as if it opened with "He"."""
    base = view.span.start
    return _PLACE_CLAUSE.search(view.text, max(0, start - base - PLACE_CLAUSE_REACH), start - base) is not None
