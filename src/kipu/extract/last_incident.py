"""What a sentence adds to the incident just told: counts with no incident
word of their own ("Ten people died"), its place said afterwards, arrests
and deaths reported a sentence or a paragraph later. Each rule takes the
last frame and decides whether the sentence belongs to it, so that one
incident told over several sentences stays one event.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kipu.extract.agents import STATE_FORCES, killed_by_others
from kipu.extract.classify import Typing
from kipu.extract.context import ArticleContext, in_mourned_clause, place_rank
from kipu.extract.counts import CASUALTY_MEASURES, Count, after_a_place_clause, counts_in
from kipu.extract.document import SentenceView
from kipu.extract.events import Frame, added_to, dates_overlap, group_counted, of_the_other_side, prefer_count
from kipu.extract.lexicon import alternation, lang_words
from kipu.extract.places import mention_role
from kipu.extract.tallies import context_of_a_total
from kipu.model import DateRange
from kipu.textnorm import fold
from kipu.extract.readings import (
    FORM_RIOT_STRATEGIC,
    INCIDENT_CATEGORIES,
    crowd_control,
    forces_as_agent,
    is_strategic,
    total_cue,
)

OPENING_REACH = 3  # chars before the claim verb that opens a sentence (quotes, a dash)
ANAPHOR_REACH = 4  # sentences back to the incident "en ese ataque" refers to


def force_elsewhere(view: SentenceView, last: Frame, ctx: ArticleContext) -> bool:
    """ "Meanwhile, in Cusco, police used tear gas against a crowd, and 11
    people were injured", after an incident in Arequipa: force used on a
    crowd in a region of its own is a new incident, not more victims of the
    last one."""
    if not crowd_control(view):
        return False
    regions = {p.admin1 for p in ctx.sentence_places(view) if p.admin1 is not None}
    return bool(regions) and last.admin_key[1] not in regions


def force_another_day(view: SentenceView, last: Frame, ctx: ArticleContext) -> bool:
    """ "The following day, police again opened fire ... and several more were
    wounded", after the first day's shooting: force told on a day of its own,
    apart from the last incident's days, is a new incident, not more victims
    of the last one."""
    if not view.has("state_response") or last.date is None or not last.date_explicit:
        return False
    own = ctx.own_date(view)
    return own is not None and own.precision == "day" and not dates_overlap(own, last.date)


def count_for_last(frames: list[Frame], view: SentenceView, measures: tuple[str, ...] = CASUALTY_MEASURES) -> None:
    """ "Solo de los que se conoce, en ese ataque, resultaron heridas más de 60
    personas": a count told of the incident just told, in a sentence of its own
    with no incident word, is that incident's count (if it has none yet, or
    added to the one it has when told as more: "were also hurt", "otros")."""
    last = frames[-1]
    if view.sentence.index - last.view.sentence.index > ANAPHOR_REACH:
        return
    if killed_by_others(view):
        measures = tuple(m for m in measures if m != "fatalities")  # gunmen's victim, not the incident's toll
    if sum(1 for f in frames if f.view is last.view) > 1:
        return  # a sentence naming several regions: its counts belong to none alone
    for c in counts_in(view):
        if c.measure not in measures:
            continue
        told = last.counts.get(c.measure)
        group = group_counted(view, c)
        if told is not None and _a_crowds_victim(last, told, c):
            continue
        if told is None or _one_of_the_toll(told, c):
            last.counts[c.measure] = c
            last.count_groups[c.measure] = group
        elif not c.vague and c.figure.low > told.figure.low and revises_a_toll(view):
            # "Twelve people died ... Late on Monday, the ombudsman raised the number of dead to 17": the toll revised
            last.counts[c.measure] = c
            last.count_groups[c.measure] = group
        elif c.more and not c.vague and not told.vague and told.figure.span != c.figure.span:
            # "16 other people had been taken to hospital. Four police officers were also hurt": 20 hurt
            last.counts[c.measure] = added_to(told, c)
            last.count_groups[c.measure] = None
        elif told.figure.span != c.figure.span and of_the_other_side(told, last, c, group):
            # "La Policía informó que seis de sus efectivos resultaron heridos. La Defensoría reportó
            # ocho civiles heridos": officers and civilians, two groups apart, 14 hurt
            last.counts[c.measure] = added_to(told, c)
            last.count_groups[c.measure] = None
        elif told.figure.span != c.figure.span and prefer_count(c, told):
            # "La Policía informó 8 heridos. La Defensoría reportó 10 heridos": the same toll told by
            # two sources, the larger the fuller (as between an event's sentences)
            last.counts[c.measure] = c
            last.count_groups[c.measure] = group
    if "injuries" in last.counts and _hurt_seriously(view, last):
        # "[... fueron repelidos por la Policía con perdigones.] Al menos una veintena de personas resultaron
        # heridas, entre ellas dos de gravedad": serious injuries from the force used are excessive force
        last.typing = Typing("protest", "excessive_force", (*last.typing.cues, "serious_injuries"))


def _hurt_seriously(view: SentenceView, last: Frame) -> bool:
    """Whether a count of the wounded of a protest met with force says some were
    hurt seriously (GUIDELINES §2: serious injuries against protesters), naming
    no forces among them ("dos policías heridos de gravedad" are the crowd's)."""
    return (
        last.typing.type == "protest" and last.typing.sub_type == "intervention"
        and view.has("measure", "injuries") and view.has("severity", "serious")
        and not STATE_FORCES.intersection(view.labels("actor"))
    )


def _one_of_the_toll(old: Count, new: Count) -> bool:
    """ "El médico es alcanzado mientras atendía a un herido. [...] Ingresan más de
    50 heridos": one victim told alone is one of the toll counted after it, never
    the toll itself (as ``events.prefer_count`` between an event's sentences)."""
    return (old.single or old.figure.high == 1) and not new.single and new.figure.low > 1


def _a_crowds_victim(last: Frame, old: Count, new: Count) -> bool:
    """ "A police officer was killed by a mob that same night. Autopsies showed that at least
    15 of the victims died from gunshot wounds": the one person a crowd killed is the whole
    toll of that mob violence; a larger toll told after it is the day's, of others' force."""
    return last.typing.sub_type == "mob_violence" and new.measure == "fatalities" and not new.more and new.figure.low > old.figure.high


def toll_including_a_crowds_victim(view: SentenceView, made: list[Frame], last: Frame, ctx: ArticleContext) -> bool:
    """ "In Juliaca, on 9 January 2023, police officers fired at crowds near the airport. Eighteen
    people died, including a police officer who was killed by a crowd that night": the crowd's
    victim is one told aside in the day's toll; the toll is the force's just told, its same day
    and region (the crowd's killing stays an incident of its own, no toll of its own counted).
    When so, the toll moves to that incident."""
    if len(made) != 1 or made[0].typing.sub_type != "mob_violence" or last.typing.family != "demonstration":
        return False
    mob, dead = made[0], made[0].counts.get("fatalities")
    if dead is None or dead.single or dead.figure.low <= 1 or dead.figure.span is None or "fatalities" in last.counts:
        return False
    if last.typing.sub_type == "mob_violence" or last.place is None or mob.place is None or last.place.admin1 != mob.place.admin1:
        return False
    if last.date is None or mob.date is None or last.date.start != mob.date.start or view.sentence.index - last.view.sentence.index != 1:
        return False
    base = view.span.start
    aside = _ASIDE_OPENER.search(view.text, dead.figure.span.end - base)
    return aside is not None and all(m.start - base >= aside.end() for m in view.of("riot", "mob_violence"))


def wounded_after_incident(view: SentenceView, last: Frame, ctx: ArticleContext) -> bool:
    """ "Decenas de heridos permanecen hospitalizados", "Hospitals reported
    dozens of wounded": right after force used at a demonstration or a riot, a
    sentence with no incident word that counts the wounded, on no other day,
    in no other region and naming no forces of its own, counts that incident's
    wounded. A running total ("heridos desde diciembre") has its tally cue and
    stays a tally."""
    if not view.has("measure", "injuries") or view.has("background"):
        return False
    if total_cue(view) and not _counted_so_far(view) and not _counted_on_its_day(view, last, ctx) and not _split_by_its_appositive(view):
        return False
    if forces_as_agent(view):
        return False  # "injured by bullet during a military patrol": an incident of its own
    if last.typing.family != "demonstration" or last.typing.sub_type == "peaceful" and not _right_after_in_its_paragraph(view, last):
        return False
    own = ctx.own_date(view)
    if own is not None and (last.date is None or own.start != last.date.start):
        return False
    return in_its_region(view, last, ctx)


WOUNDED_AFTER_MARCH = 2  # sentences after a march within its paragraph whose bare wounded count is the march's


def _right_after_in_its_paragraph(view: SentenceView, last: Frame) -> bool:
    """ "Cientos de maestros marcharon el martes por el centro de Lima. Hubo
    cuatro agentes heridos": a bare count of wounded told in the march's own
    paragraph, right after it, is that march's wounded (the guideline counts
    injuries at the event), though no force was named; further on or in
    another paragraph it may be anyone's."""
    if view.paragraph != last.view.paragraph or not 0 < view.sentence.index - last.view.sentence.index <= WOUNDED_AFTER_MARCH:
        return False
    base = view.span.start
    if any(view.text[m.start - base : m.end - base].lower() in _BROAD_INJURIES for m in view.of("measure", "injuries")):
        return False
    return _AS_HAPPENED.search(fold(view.text)) is not None


# ("13.500 docentes afectados por los problemas de pago": a word that may count anyone touched, not hurt)
_BROAD_INJURIES = frozenset(lang_words("counts", "injuries_broad"))
_SPACE = r"\s+"
# ("Hubo cuatro agentes heridos", not "Decenas de heridos siguen internados": told as happening, not as a state)
_HAPPENED_WORDS = alternation((fold(w) for w in lang_words("counts", "wounded_as_happened")), _SPACE)
_AS_HAPPENED = re.compile(rf"(?<!\w){_HAPPENED_WORDS}(?!\w)")


def _split_by_its_appositive(view: SentenceView) -> bool:
    """ "Hospital officials said 52 people were admitted with injuries, most of
    them with gunshot wounds": a share word that only opens an appositive of
    the count just told describes some of those counted; it makes no running
    total (as in ``toll_of_last``)."""
    return {m.label for m in view.of("tally")} == {"context"} and not context_of_a_total(view)


def _counted_so_far(view: SentenceView) -> bool:
    """ "Los heridos suman ya más de veinte": a count up to now with no other
    total word and no date is, right after an incident, that incident's count
    so far (as in ``toll_of_last``)."""
    labels = {m.label for m in view.of("tally")}
    return "so_far" in labels and not labels - {"so_far", "weak"} and not view.dates


def _counted_on_its_day(view: SentenceView, last: Frame, ctx: ArticleContext) -> bool:
    """ "At least 16 people have been injured in Lima today", after today's clash
    there: a perfect's count (only a weak total word) dated by the incident's
    own single day is that day's count, not a running total."""
    if any(m.label != "weak" for m in view.of("tally")):
        return False
    own = ctx.own_date(view)
    return (
        own is not None and own.precision == "day" and own.start == own.end
        and last.date is not None and last.date.start == last.date.end == own.start
    )


def in_its_region(view: SentenceView, last: Frame, ctx: ArticleContext) -> bool:
    """Every place the sentence names lies in the region of the incident ``last``."""
    region = last.place.admin1 if last.place else None
    return all(p.admin1 == region for p in ctx.sentence_places(view))


DIED_LATER_DAYS = 7  # days after the incident a wounded person's death is still its toll


def died_after_incident(view: SentenceView, last: Frame, ctx: ArticleContext) -> bool:
    """ "He was shot in the abdomen during the clashes. He died hours later in
    hospital.": a sentence about one person ("He", "She") that only tells
    a death, right after force used at a demonstration, in no other region
    and on no earlier or much later day, is that incident's death."""
    if not view.has("measure", "fatalities") or view.has("form") or view.has("riot") or view.has("strategic") or view.has("tally"):
        return False
    if not any(m.start == view.span.start or after_a_place_clause(view, m.start) for m in view.of("lone")):
        return False
    if last.typing.family != "demonstration" or last.typing.sub_type == "peaceful":
        return False
    if "fatalities" in last.counts:
        return False
    if view.sentence.index - last.view.sentence.index > 2 and view.paragraph != last.view.paragraph:
        # (further on in the incident's own paragraph: "Santisteban fell. Witnesses said a canister
        # had hit him. Volunteers carried him to a hospital, where he died")
        return False
    return _died_after_it(view, last, ctx)


def _died_after_it(view: SentenceView, last: Frame, ctx: ArticleContext) -> bool:
    """The death the sentence tells may follow the incident ``last``: on no day of
    its own, or on one up to DIED_LATER_DAYS after it, and in its region."""
    own = ctx.own_date(view)
    if own is not None and (last.date is None or not 0 <= (own.start - last.date.start).days <= DIED_LATER_DAYS):
        return False
    return in_its_region(view, last, ctx)


def died_of_wounds_later(view: SentenceView, last: Frame, ctx: ArticleContext) -> bool:
    """ "Soldiers opened fire at the airport on Thursday, killing seven. On Friday
    two more people died of their wounds in Ayacucho": the wounded of force
    just told who died later raise that incident's toll, on a day up to a week
    after it, in its region; their day is no new incident (GUIDELINES §2: one
    incident, one event)."""
    if not view.has("died_of_wounds") or view.has("form") or view.has("riot") or view.has("strategic"):
        return False
    if any(m.label != "killings" for m in view.of("state_response")):
        return False  # (force of its own, "police fired again and two more died of their wounds", is an incident)
    if last.typing.family != "demonstration" or last.typing.sub_type == "peaceful" or view.has("tally", "strong"):
        return False
    if view.sentence.index - last.view.sentence.index > 2:
        return False
    return _died_after_it(view, last, ctx)


TOLL_PARAGRAPH_GAP = 2  # sentences from the incident to its toll past a sentence that told nothing (in the next paragraph, or naming its region)


_ANY_SPACE = r"\s+"
_ASIDE_WORDS = alternation(lang_words("counts", "aside_openers"), _ANY_SPACE)
_ASIDE_OPENER = re.compile(rf",\s*(?:{_ASIDE_WORDS})\b", re.IGNORECASE)
_REVISED_VERBS = alternation(lang_words("counts", "revised_toll", "verbs"), _ANY_SPACE)
_REVISED_DETERMINERS = alternation(lang_words("counts", "revised_toll", "determiners"), _ANY_SPACE)
# ("raised the toll", "raised the number of dead": the total word may carry its own article)
_REVISED_BEFORE = re.compile(rf"\b(?:{_REVISED_VERBS})\s+(?:(?:{_REVISED_DETERMINERS})\s+)?$", re.IGNORECASE)
# "la Defensoría elevó a 17 el número de fallecidos": the total word is the revising verb itself
_REVISED_START = re.compile(rf"(?:{_REVISED_VERBS})\b", re.IGNORECASE)
REVISED_REACH = 40  # chars before "toll" in which "raised the death" may stand
_ONE_FIGURE_BETWEEN = re.compile(r"\s+\S+\s+")  # "elevó a| 17 |el número de": the revised figure alone between


def revises_a_toll(view: SentenceView) -> bool:
    """Every total word of the sentence is a toll some source revised ("raised
    the toll to eight", "elevó a 17 el número de fallecidos")."""
    base = view.span.start
    strong = view.of("tally", "strong")
    revised = [
        bool(_REVISED_BEFORE.search(view.text, max(0, m.start - base - REVISED_REACH), m.start - base) or _REVISED_START.match(view.text, m.start - base))
        for m in strong
    ]
    # "elevó a 17 el número de fallecidos": the total's own noun right after the revised figure is that toll's
    return bool(strong) and all(
        r or any(revised[j] and _ONE_FIGURE_BETWEEN.fullmatch(view.text, strong[j].end - base, m.start - base) for j in range(i))
        for i, (m, r) in enumerate(zip(strong, revised))
    )


def _a_revised_toll_of_its_day(view: SentenceView, last: Frame, ctx: ArticleContext) -> bool:
    """ "Late on Thursday the regional health office said seven people had died
    ..., and on Friday it raised the toll to eight", after Thursday's clash: every
    total word is a toll some source revised (``revised_toll``), and the sentence
    names the incident's own day, so the toll is the incident's, not the movement's."""
    if not revises_a_toll(view):
        return False
    own = ctx.own_date(view)
    if own is None:
        # "Por la noche, la Defensoría elevó a 17 el número de fallecidos en Juliaca", right after the
        # clash in its paragraph: no day of its own, so the clash's
        return view.paragraph == last.view.paragraph and view.sentence.index - last.view.sentence.index == 1 and last.date_explicit and ctx.since_date(view) is None
    return own.precision == "day" and last.date is not None and last.date_explicit and dates_overlap(own, last.date)


def towns_toll_risen(view: SentenceView, last: Frame, ctx: ArticleContext) -> bool:
    """ "The number of dead in Juliaca has risen to 17", after force in Juliaca told
    that day: a total scoped to the incident's own town (more precise than its region,
    the same as the incident's), with no day of its own other than the incident's, is
    that incident's toll brought up to date, not the movement's running total.
    A region named alone is as good when the incident told there already counted
    its dead ("seven people had died [in Ayacucho]. // The toll in Ayacucho has
    risen to eight"): the article's toll of that region is that incident's."""
    if last.place is None or last.place.precision == "country" or last.date is None:
        return False
    if last.place.precision == "department" and not last.view.has("measure", "fatalities"):
        return False
    places = ctx.sentence_places(view)
    if not places or any((p.country, p.admin1, p.name) != (last.place.country, last.place.admin1, last.place.name) for p in places):
        return False
    own = _own_date_but_the_clock(view, ctx)
    return own is None or own.precision == "day" and dates_overlap(own, last.date)


def _own_date_but_the_clock(view: SentenceView, ctx: ArticleContext) -> DateRange | None:
    """The sentence's own day, unless it is only the clock of a live page's entry
    told with a total word ("14:05 — The toll in Ayacucho has risen to eight"): that
    dates the update, as a dateline dates a wire, not the incident whose toll it
    brings up to date (``reader_incident._the_datelines_day``)."""
    own = ctx.own_date(view)
    if own is not None and own.span is not None and view.has("tally", "strong") and any(d.kind == "stamp" and d.span == own.span for d in view.dates):
        return None
    return own


CLASH_SUBJECT_REACH = 24  # chars from a clash or riot word to the register's verb after it ("Los enfrentamientos con la policía dejaron")


def toll_of_the_clash_told(view: SentenceView, last: Frame, ctx: ArticleContext) -> bool:
    """ "[Unas cinco mil personas marcharon ayer en Cusco.] Los enfrentamientos
    dejaron 40 heridos": right after a protest told in its paragraph, a clash or
    riot word as the subject of a register's verb ("dejaron", "left"), with no
    day, place outside its region or other total word of its own, is that
    protest turned to clashes and its toll, not a running total of the
    movement ("Las protestas dejaron 50 muertos" names the movement, a protest
    word, and stays one)."""
    if view.dates or not view.has("riot") or not view.has("tally", "weak"):
        return False
    if any(m.label != "weak" for m in view.of("tally")) or not (view.has("measure", "injuries") or view.has("measure", "fatalities")):
        return False
    if last.typing.family != "demonstration" or view.paragraph != last.view.paragraph or view.sentence.index - last.view.sentence.index != 1:
        return False
    base = view.span.start
    subject = any(
        0 <= w.start - r.end <= CLASH_SUBJECT_REACH and not any(c in view.text[r.end - base : w.start - base] for c in ",;:")
        for w in view.of("tally", "weak") for r in view.of("riot")
    )
    return subject and in_its_region(view, last, ctx)


def toll_of_last(view: SentenceView, last: Frame, ctx: ArticleContext) -> bool:
    """A sentence right after force used at a demonstration, in its paragraph
    (or opening the next one and naming the incident's region again), that only counts dead or wounded (no incident word, day or running total of
    its own, no place outside its region) and reads as nothing by itself, counts that incident."""
    # (an attack word such as "were injured" that made no event of its own is only the count's verb)
    if view.has_any(FORM_RIOT_STRATEGIC) or not (view.has("measure", "fatalities") or view.has("measure", "injuries")):
        return False
    labels = {m.label for m in view.of("tally")}
    if "so_far" in labels or view.has("hour"):
        # "So far 12 people have died": the toll up to now, no total word; so is
        # the count by the hour ("By 6 p.m. the hospital had recorded 17 deaths")
        labels -= {"so_far", "weak"}
    if "weak" in labels and not total_cue(view):
        # "Se registraron cuatro policías heridos y dos detenidos", no period named: the register of the clash just told
        labels -= {"weak"}
    if "day_close" in labels:
        # "Al final del día la cifra llega a 17 muertos": the day's own toll (``is_tally_sentence``)
        labels -= {"day_close", "weak", "strong"}
    revised = labels == {"strong"} and (_a_revised_toll_of_its_day(view, last, ctx) or towns_toll_risen(view, last, ctx))
    if revised:
        labels = set()  # "Late on Thursday the health office ... raised the toll to eight": that day's toll, revised
    if labels and (context_of_a_total(view) or labels != {"context"}):
        # (", most of them that afternoon" after the count splits this toll: no total; the pipeline
        # asks this of a sentence with such words before reading its figures as a running total)
        return False
    if last.typing.family != "demonstration":
        return False
    places = ctx.sentence_places(view)
    gap = view.sentence.index - last.view.sentence.index
    # ("The deaths occurred near the airport, where protesters tried to force their way in": a
    # protest told with its dead is no peaceful one, whatever its own sentence's typing)
    if last.typing.sub_type == "peaceful" and not last.view.has("measure", "fatalities") and not (
        view.paragraph == last.view.paragraph and gap == 1 and view.has("measure", "fatalities")
    ):
        # (a protest with no force told: only the dead counted in the very next
        # sentence are its toll, "...tried to take the airport. By nightfall, 17 people were dead.")
        return False
    if view.paragraph == last.view.paragraph:
        # ("Police fired tear gas at marchers near the Plaza San Martín. A fire destroyed an old
        # mansion. The Interior Ministry said 38 people were injured in the capital.": a sentence
        # between that told no incident, and the count names the incident's region again)
        if gap != 1 and not (gap <= TOLL_PARAGRAPH_GAP and places):
            return False
    elif not (view.paragraph == last.view.paragraph + 1 and (places or revised) and gap <= TOLL_PARAGRAPH_GAP):
        # Opening the next paragraph, the count names the incident's region again
        # ("[...tear gas near the Plaza San Martín. A building caught fire.] // The health
        # ministry said 38 people were injured in the capital."): a wire's toll paragraph.
        return False
    # "Health authorities said 38 people were injured in the capital": a place of
    # the incident's own region named again is no other incident.
    # ("Two teenagers died that afternoon": a day of its own that is the incident's day is no other day)
    return _on_its_day(view, last, ctx) and (not places or in_its_region(view, last, ctx))


def incident_named_again(view: SentenceView, frames: list[Frame], ctx: ArticleContext) -> Frame | None:
    """ "Was anyone hurt? // The ombudsman's office said 22 police officers and
    16 civilians were injured in Lima on Thursday.": a count of dead or wounded
    with no incident word of its own that names again both the day and the
    region of one incident told earlier (an explainer's answer, a wire's later
    paragraph) counts that incident, however far back it was told. Only when
    the article's demonstrations of that one day and region are one incident.
    With no day of its own, the day it inherits ("21:00 — La Defensoría informa
    de 22 civiles heridos en Lima", a live blog's later entry, after entries on
    other regions) names the incident's day just as well."""
    # ("22:45 — El Ministerio del Interior reporta 9 detenidos en Lima": arrests counted alone, whose
    # only strategic word is the arrest itself, name the incident again as well, even with a report
    # verb's weak total cue, "reporta": its day and region are one incident's, no total's period)
    arrests = view.has("measure", "arrests") and all(m.label == "arrests" for m in view.of("strategic")) and not view.has("form") and not view.has("riot")
    if view.has_any(FORM_RIOT_STRATEGIC) and not arrests or not (arrests or view.has("measure", "fatalities") or view.has("measure", "injuries")):
        return None
    # (nor does "se reportan 12 personas heridas": a report verb's weak cue, with no total's word)
    if view.has("tally") and not (not view.has("tally", "strong") and not any(m.label not in ("weak", "context") for m in view.of("tally"))):
        return None
    told = ctx.own_date(view)
    own = told or ctx.date_for(view)[0]
    if own is None or own.precision != "day" or own.start != own.end:
        return None
    regions = {p.admin1 for p in ctx.sentence_places(view)}
    if len(regions) != 1 or None in regions:
        return None
    region = next(iter(regions))
    named = [
        f for f in frames
        # (an incident with no day written, the page's, is named again by a count with none either: "09:30 |
        # Manifestantes marchan hacia el aeropuerto en Juliaca" ... "10:45 | En Juliaca, se reportan 12 heridos")
        if f.typing.family == "demonstration" and f.date is not None and (f.date_explicit or told is None)
        and f.date.start == f.date.end == own.start and f.place is not None and f.place.admin1 == region
    ]
    # (several sentences may tell that one incident, "12:40 — Miles llegan a la plaza", "15:20 — Primeros
    # gases": one incident of the day and region, merged into one event; the count goes to the last told)
    return named[-1] if named else None


def add_counts(frame: Frame, view: SentenceView) -> None:
    """The sentence's dead and wounded (and arrests), given to ``frame`` where it has none of its own."""
    for c in counts_in(view):
        if c.measure in CASUALTY_MEASURES and c.measure not in frame.counts:
            frame.counts[c.measure] = c


ARRESTS_REACH = 6  # sentences back to the incident a bare arrest count belongs to
ARRESTS_PARAGRAPHS = 2  # paragraphs back to the protest whose region an arrest count names again


def arrested_at_last_protest(view: SentenceView, last: Frame, ctx: ArticleContext) -> bool:
    """ "El paro acabó ayer en Lima. // En Lima, la Policía reportó 25 detenidos,
    la mayoría en Ate": arrests counted with no incident word of their own, in the
    protest's region, named again, and right after it (same or next paragraph),
    on no other day, are that protest's arrests. A total ("desde diciembre") stays a tally.
    A live blog puts each entry in a paragraph of its own, so the protest may be
    up to ARRESTS_PARAGRAPHS entries back ("7:30 p.m. La Policía confirma seis
    detenidos en el Cercado de Lima")."""
    if not view.has("measure", "arrests") or view.has("tally", "strong") or view.has("background"):
        return False
    if last.typing.family != "demonstration" or not 0 <= view.paragraph - last.view.paragraph <= ARRESTS_PARAGRAPHS:
        return False
    if view.sentence.index - last.view.sentence.index > ARRESTS_REACH:
        return False
    if not any(c.measure == "arrests" and not c.single for c in counts_in(view)):
        return False
    if not _on_its_day(view, last, ctx):
        return False
    # the region named again: a bare "1,462 detainees" may be a total
    return last.place is not None and last.place.admin1 is not None and bool(ctx.sentence_places(view)) and in_its_region(view, last, ctx)


def arrests_of_the_movement(view: SentenceView, frames: list[Frame], ctx: ArticleContext) -> list[Count]:
    """ "The strike lasted two weeks. Farmers blocked highways from 5 July. On
    12 July they marched in Cusco. Authorities reported around 150 arrests.":
    after a story of a movement told over several days, a bare count of arrests
    (no day, no place, no force of its own) that no force at the last incident
    explains (``arrested_after_force`` is asked first) counts the whole movement:
    a running total (GUIDELINES §3), not the peaceful march's count. The arrest
    counts are returned (none when the sentence is not such a count)."""
    if not view.has("measure", "arrests") or view.has("background") or view.has("state_response", "tear_gas"):
        return []
    if ctx.own_date(view) is not None or ctx.sentence_places(view) or view.has("form") or view.has("riot"):
        return []
    last = frames[-1]
    if last.typing.family != "demonstration" or view.sentence.index - last.view.sentence.index > ANAPHOR_REACH:
        return []
    if any("arrests" in f.counts for f in frames):
        return []  # the arrests already told of an incident: this may be their count again
    story = [f for f in frames if f.typing.family == "demonstration" and f.date is not None]
    days = {f.date.start for f in story} | {f.date.end for f in story}  # type: ignore[union-attr]
    if len(days) < 2:
        return []  # one day told: the count may be that protest's, told without its place
    return [c for c in counts_in(view) if c.measure == "arrests" and not c.single]


def crowd_of_last(view: SentenceView, last: Frame, ctx: ArticleContext) -> bool:
    """ "The march held on Monday ended without incidents. Police estimated
    attendance at about 2,000 people.": a crowd's size told by a turnout word
    (``turnout``), in the sentence right after the protest in its paragraph,
    with no incident word, total, other region or other day of its own, is
    that protest's crowd. Two sources' figures ("Police put the crowd at 5,000;
    organisers said 20,000", ``crowd_estimate``) also size a crowd told only
    as a word ("Thousands marched"): the figures are the fuller count."""
    estimated = view.has("crowd_estimate")
    if not (view.has("turnout") and view.has("measure", "participants") or estimated) or view.has("tally"):
        return False
    told = last.counts.get("participants")
    if last.typing.family != "demonstration" or told is not None and not (estimated and told.vague):
        return False
    if view.paragraph != last.view.paragraph or view.sentence.index - last.view.sentence.index != 1:
        return False
    return _on_its_day(view, last, ctx) and in_its_region(view, last, ctx)


def arrested_after_force(view: SentenceView, frames: list[Frame], ctx: ArticleContext) -> bool:
    """ "Tras agotar el diálogo, el personal policial procedió al desbloqueo de
    la vía con agentes químicos. [...] Se logró la detención de ocho personas":
    right after force used at a demonstration, a sentence with no incident
    word that counts arrests, with no total cue, on no other day and in no
    other region, counts that incident's arrests (as ``wounded_after_incident``
    its wounded). A peaceful protest's bare count may be a total and needs its
    region named again (``arrested_at_last_protest``)."""
    if not view.has("measure", "arrests") or total_cue(view) or view.has("background"):
        return False
    last = frames[-1]
    if last.typing.family != "demonstration":
        return False
    if view.sentence.index - last.view.sentence.index > ANAPHOR_REACH or view.paragraph - last.view.paragraph > ARRESTS_PARAGRAPHS:
        return False
    # the force may be told in any of the incident's recent sentences ("procedió al desbloqueo con agentes químicos")
    recent = [f for f in frames if f.admin_key == last.admin_key and view.sentence.index - f.view.sentence.index <= ANAPHOR_REACH]
    if any("arrests" in f.counts for f in recent):
        return False  # its arrests are told already
    if not any(f.typing.sub_type in ("intervention", "excessive_force") for f in recent):
        return False  # (a riot's bare count may be a later charge sheet's: the state's force must be told)
    if not any(c.measure == "arrests" and not c.single for c in counts_in(view)):
        return False  # ("He was ... arrested for rebellion": one person told, no count of the crowd's)
    return _on_its_day(view, last, ctx) and in_its_region(view, last, ctx)


def relocate_last(frames: list[Frame], view: SentenceView, ctx: ArticleContext) -> None:
    """ "El tercer deceso fue de Marcelino Villa. ... este hecho ocurrió en la
    localidad de Tarqui": a sentence that only says where the incident just
    told took place gives the previous sentence's frames their place."""
    places = [p for p, explicit in ctx.places_for(view) if explicit and p is not None and p.admin1 is not None]
    last = frames[-1].view.sentence.index
    # (a town and its province, "in Chame, in the province of Panamá Oeste", are one place: the town)
    if len({(p.country, p.admin1) for p in places}) != 1 or last != view.sentence.index - 1:
        return
    places.sort(key=place_rank, reverse=True)
    moved = [f for f in frames if f.view.sentence.index == last and not f.place_explicit]
    for f in moved:
        # (the headline that told the same incident with no place of its own moves with it:
        # "Two protesters shot dead at Panama roadblock // ... were shot dead on Tuesday")
        for t in frames:
            if t.view.sentence.index == 0 and t.view.paragraph == 0 and not t.place_explicit and t.place == f.place and t.typing.family == f.typing.family:
                t.place = places[0]
    for f in moved:
        f.place, f.place_explicit = places[0], True


def kept_where_it_began(frames: list[Frame], view: SentenceView, ctx: ArticleContext) -> None:
    """ "[Miles de trabajadores mantienen desde el lunes el bloqueo de la vía.] La
    protesta se extendió a Virú, en La Libertad": a protest that spread to a
    place named now stays at the place the sentence before gave it, though
    only by inheritance (it had been folded into Virú's and its own region
    lost): that place is marked as told."""
    new = {(p.country, p.admin1) for p, explicit in ctx.places_for(view) if explicit and p is not None}
    if not new:
        return
    for f in frames:
        if f.view.paragraph == view.paragraph and f.view.sentence.index == view.sentence.index - 1 and not f.place_explicit and f.place is not None and (f.place.country, f.place.admin1) not in new:
            f.place_explicit = True


# The nationwide terms most often part of a force's name (scope.yaml ``nationwide_in_force_names``).
_FORCE_NAME_SCOPE = frozenset(lang_words("scope", "nationwide_in_force_names"))


def arrests_of_last_incident(view: SentenceView, frames: list[Frame], ctx: ArticleContext) -> Frame | None:
    """The demonstration whose arrests a sentence that only tells arrests (no
    place or protest word of its own) counts, if any; it is then no campaign
    of arrests. Either right after force at it ("... fue contenida con gases
    lacrimógenos. La Policía informó que once personas fueron detenidas"), in
    its paragraph or opening the next one with no day of its own; or a count
    a few sentences on, within two paragraphs and on a day that fits ("A
    protester was killed on the bridge. [next paragraph] Seven people were
    arrested.")."""
    if not view.has("strategic") or any(m.label != "arrests" for m in view.of("strategic")):
        return None
    if view.has("grievance", "legal_step") and view.dates:
        # "La Fiscalía ordenó este martes la detención preliminar de tres policías": an order told on a day of its
        # own, no arrest at the incident ("deberán cumplir prisión preventiva", with no day, is the held's fate)
        return None
    # (a riot only quoted, "informó que 'un grupo lanzó piedras' y que cuatro fueron detenidas", is the arrests' reason told)
    if view.has("form") or any(not view.quoted(m.start) for m in view.of("riot")) or not frames:
        return None
    if any(m.term not in _FORCE_NAME_SCOPE for m in view.of("scope", "nationwide")):
        # "749 personas fueron detenidas en todo el país desde el lunes": the country's, not one
        # town's (a bare "nacional" is most often the force's name: "la Policía Nacional detuvo a")
        return None
    if view.places and not (ctx.sentence_places(view) and in_its_region(view, frames[-1], ctx)) and not _only_in_names(view, ctx):
        # (a place of the incident's own region may be named: "fueron detenidas 64
        # personas en la Región Metropolitana", after the night's riots in Santiago)
        return None
    # (a measure told between, "Lula ordered a federal intervention", is passed over to the incident before it)
    last = next((f for f in reversed(frames) if f.typing.family != "strategic"), frames[-1])
    if (
        (last.view.paragraph == view.paragraph or last.view.paragraph + 1 == view.paragraph and not view.dates)
        and view.sentence.index - last.view.sentence.index == 1
        # (or its arrests already counted: "reportó 11 capturas durante el paro. Los detenidos fueron trasladados a la comisaría")
        and (last.typing.sub_type in ("intervention", "excessive_force", "violent_demonstration") or "arrests" in last.counts)
    ):
        return last
    here = ctx.paragraph_place()
    if here is not None and here.admin1 is not None and last.place is not None and last.place.admin1 != here.admin1:
        # "En Comas, conductores denunciaron ... La Policía detuvo a seis personas en ese distrito":
        # the incident of the paragraph's place, not the last one told (Callao's strike)
        last = next((f for f in reversed(frames) if f.place is not None and (f.place.country, f.place.admin1) == (here.country, here.admin1)), last)
    if view.has("lodged") or last.typing.family != "demonstration" or last.place is None:
        return None
    if view.sentence.index - last.view.sentence.index > ARRESTS_REACH or view.paragraph - last.view.paragraph > 2:
        return None
    if not any(c.measure == "arrests" and not c.single for c in counts_in(view)):
        return None
    return last if _on_its_day(view, last, ctx) else None


def _only_in_names(view: SentenceView, ctx: ArticleContext) -> bool:
    """ "Tres agricultores resultaron heridos y dos fueron detenidos, informó la
    Coordinadora Provincial de Islay": every place the sentence names is inside an
    organisation's name (the source told), so it names no place of its own."""
    text = ctx.doc.text
    return all(mention_role(text, m) == "organisation" for m in view.places)


def _on_its_day(view: SentenceView, last: Frame, ctx: ArticleContext) -> bool:
    """A sentence with no day of its own (a live page's clock on a total is none), or one its incident's days hold."""
    own = _own_date_but_the_clock(view, ctx)
    return own is None or (last.date is not None and dates_overlap(own, last.date))


def rioters_arrested(view: SentenceView, frames: list[Frame]) -> bool:
    """ "Cientos marcharon hasta la municipalidad. La policía detuvo a tres
    personas que lanzaban piedras": people arrested for violence at the
    protest just told, in the next sentence of its paragraph with no place or
    protest word of its own, were arrested at that protest (now a riot), not
    in a campaign of arrests."""
    if not view.has("strategic") or any(m.label != "arrests" for m in view.of("strategic")):
        return False
    if not view.has("riot", "violent_demonstration") or view.has("form") or view.places or not frames:
        return False
    last = frames[-1]
    return (
        last.view.paragraph == view.paragraph
        and view.sentence.index - last.view.sentence.index == 1
        and last.typing.family == "demonstration"
    )


def measure_referred_to(view: SentenceView, frames: list[Frame]) -> Frame | None:
    """The last state-measure frame, when ``view`` opens by referring back to
    a measure ("The law ...", "La medida ...") and reports one itself."""
    if not is_strategic(view):
        return None
    start = view.span.start + len(view.text) - len(view.text.lstrip(' "\u201c\u00ab'))
    if not any(m.start == start for m in view.of("anaphor", "measure")):
        return None
    return next((f for f in reversed(frames) if f.typing.sub_type == "state_measure"), None)


def place_from_later_in_paragraph(frames: list[Frame]) -> None:
    """ "Día 9, 21 de junio: el segundo muerto fue un dirigente de 42 años.
    ... cuando protestaba en la ciudad de Puyo": frames that open a paragraph
    before it names its one place take that place, not the previous
    paragraph's."""
    by_paragraph: dict[int, list[Frame]] = {}
    for f in frames:
        by_paragraph.setdefault(f.view.paragraph, []).append(f)
    for group in by_paragraph.values():
        named = [f for f in group if f.place_explicit and f.place is not None and f.place.admin1 is not None]
        if not named or len({(f.place.country, f.place.admin1) for f in named}) != 1:
            continue
        first = min(f.view.sentence.index for f in named)
        for f in group:
            if not f.place_explicit and f.view.sentence.index < first:
                f.place = named[0].place


def toll_before(view: SentenceView, made: list[Frame], before: SentenceView, counts: list[Count], ctx: ArticleContext) -> None:
    """ "By nightfall on January 9, seventeen people lay dead in Juliaca. Most
    had been shot as protesters tried to reach the airport.": a toll told with
    no incident word of its own, right before the sentence that tells the
    state's lethal force in its paragraph and counts no dead, is that force's
    toll, if every place it names lies in the incident's region."""
    if view.sentence.index - before.sentence.index != 1:
        return
    treated = ctx.only_treated_there(before)
    if before.paragraph != view.paragraph and not treated:
        return
    lethal = [f for f in made if f.typing.sub_type == "excessive_force" and "fatalities" not in f.counts]
    if treated and not lethal:
        # "... murió en un hospital de Lima. // El joven había recibido perdigones el 11 de enero,
        # durante los enfrentamientos en Cusco": the state's force there was what killed him
        lethal = [f for f in made if f.typing.family == "demonstration" and "fatalities" not in f.counts and crowd_control(f.view)]
    if len(lethal) != 1 or len(made) != 1:
        return
    last = lethal[0]
    if last.place is None or not (treated or in_its_region(before, last, ctx)):
        return
    if _told_of_another_day(before, last, ctx):
        return
    for c in counts:
        if c.measure in ("fatalities", "injuries") and c.measure not in last.counts:
            last.counts[c.measure] = c
    if last.typing.sub_type != "excessive_force" and "fatalities" in last.counts:
        last.typing = Typing("protest", "excessive_force", (*last.typing.cues, "died_later"))


def _told_of_another_day(before: SentenceView, last: Frame, ctx: ArticleContext) -> bool:
    """ "Two teenagers died that day. The following day the violence spread to
    Chincheros, where further demonstrators were shot": a toll dated by a day of
    its own ("that day", the day told before it) that ends before the next
    incident's day is the earlier day's toll: no one dies of force not yet used
    (a death days after the force, in a hospital, still is that force's toll)."""
    own = ctx.own_date(before)
    return own is not None and last.date is not None and own.end < last.date.start


def demands_of_last(frames: list[Frame], view: SentenceView, ctx: ArticleContext) -> bool:
    """ "La marcha avanza por la avenida Nicolás de Piérola. Los manifestantes
    exigen la renuncia de Dina Boluarte y el adelanto de elecciones.": the
    claims of the protest just told, said in the next sentence of its
    paragraph by a sentence that names no incident of its own, are that
    protest's. The sentence joins the incident as a frame with its day and
    place, and no count."""
    if not frames or not view.has("demand"):
        return False
    last = frames[-1]
    # (or the next paragraph's first sentence: "Los manifestantes exigen ..." set apart)
    if last.typing.family != "demonstration" or not 0 <= view.paragraph - last.view.paragraph <= 1 or view.sentence.index - last.view.sentence.index != 1:
        return False
    # ("... y justicia para los fallecidos en Juliaca": where the dead fell is the grievance's place, not the crowd's)
    own = [p for p in ctx.sentence_places(view) if not (p.span and in_mourned_clause(view, p.span.start))]
    if ctx.own_date(view) is not None or (own and not in_its_region(view, last, ctx)):
        return False
    frames.append(replace(last, view=view, counts={}, cues=[*last.cues, "demands_of_last"]))
    return True


def bare_demands(view: SentenceView) -> bool:
    """ "Exigen la derogatoria de la ley. Piden la renuncia del ministro.": a
    sentence opened by a claim verb with no subject of its own (so the crowd
    just told is who claims) and no incident word, force or casualty, as a
    radio flash tells them right after the strike, gives that protest's claims."""
    if not view.has("demand") or view.has_any(INCIDENT_CATEGORIES):
        return False
    start = view.span.start
    claims = view.of("claim_act", "demand")
    # "Los dirigentes del gremio de transportistas exigen la derogación de la Ley 32108": the protest's own
    # leaders, or its crowd, as the subject (a crowd noun there counts no one)
    subject = claims[0].start if claims and _CLAIM_SUBJECT.fullmatch(fold(view.text[: claims[0].start - start])) else None
    # (the measures read only where there are some; speed only)
    measures = view.has("measure") and [m for m in view.of("measure") if subject is None or not (m.label == "participants" and m.end <= subject)]
    if (view.has("state_response") or measures) and not _only_the_mourned(view):
        return False
    return subject is not None or any(m.start - start <= OPENING_REACH for m in claims)


#: The subject a protest's claims are told with: its leaders or its crowd, and a complement ("del gremio de transportistas").
_CLAIM_SUBJECT = re.compile(
    rf"\W{{0,{OPENING_REACH}}}(?:{alternation(fold(w) for w in lang_words('readings', 'claim_subjects', 'determiners'))})\s+"
    rf"(?:{alternation(fold(w) for w in lang_words('readings', 'claim_subjects', 'nouns'))})"
    rf"(?:\s+(?:{alternation(fold(w) for w in lang_words('readings', 'claim_subjects', 'complements'))})(?:\s+[^\W\d]+){{1,3}})?\s*"
)


def _only_the_mourned(view: SentenceView) -> bool:
    """Whether every casualty or force word of ``view`` names the dead a claim
    is for ("y justicia para los fallecidos"): the victims the claim names,
    not a toll or force told by the sentence."""
    refs = view.of("victims_ref")
    return bool(refs) and all(
        any(r.start <= m.start and m.end <= r.end for r in refs) for m in view.of("measure") + view.of("state_response")
    )


def same_day_elsewhere(view: SentenceView, frames: list[Frame]) -> Frame | None:
    """ "Protests were also reported in Arequipa and Cusco", "Similar marches
    took place in Córdoba": with no date of its own, the same action elsewhere
    was on the day of the incident just told (not the dateline's day, nor a
    measure's told since)."""
    if view.dates or not view.has("elsewhere") or not frames:
        return None
    # (a measure told between, "the government declared a state of emergency last month", is passed over)
    last = next((f for f in reversed(frames) if f.typing.family != "strategic"), frames[-1])
    return last if last.date is not None else None
