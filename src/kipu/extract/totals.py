"""Running totals told in a sentence: whether its totals are all it reports
(no incident of its own), totals in a clause of their own, a share of the
total just told, and the article's list of totals without repeats.
:mod:`kipu.extract.tallies` builds each tally; this module reads the
sentence around it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from kipu.extract import numbers as number_finder
from kipu.extract.classify import Typing, classify, names_no_form, only_generic_protest
from kipu.extract.clauses import clause_at
from kipu.extract.context import ArticleContext
from kipu.extract.counts import Count
from kipu.extract.document import AnalysedDocument, SentenceView
from kipu.extract.events import Frame
from kipu.extract.lexicon import Match, folded_words, lang_words
from kipu.extract.readings import INCIDENT_CATEGORIES, TALLY_PERIOD_DAYS, has_incident_trigger, is_strategic
from kipu.extract.tallies import (
    ALWAYS_TALLY,
    TALLY_MEASURES,
    asserted_standing,
    cause_after_total,
    closing_day_of_the_count,
    count_reached_by_a_day,
    forms_name_the_span,
    left_by_one_incident,
)
from kipu.model import DateRange, Place, Span, TallyMention
from kipu.textnorm import fold


def kinds_of_the_total(view: SentenceView, tally_paragraph: int, frames: list[Frame], ctx: ArticleContext) -> bool:
    """ "The ANP registered 153 aggressions against the press between December and
    February. Police officers were responsible for most of them, ranging from blows
    with batons to shots of pellets": force named in the paragraph of a running
    total that has told no incident, with no incident word, day or place of its
    own, tells what the total counts, not one more incident. A sentence that
    counts its own dead, wounded or held with a register's word ("Foro Penal
    contabiliza 1.010 detenciones. Las organizaciones registran al menos 20
    muertos") is another total, told with its own figure. The paragraph right
    after the total's, opened by the sentence, still tells its kinds ("Most of the
    aggressions were committed by police officers ...")."""
    if view.paragraph != tally_paragraph and not _opens_the_paragraph_after(view, tally_paragraph, ctx):
        return False
    if has_incident_trigger(view) and not _only_the_totals_items(view):
        return False
    if view.quantities and view.has("tally") and any(view.has("measure", m) for m in ("fatalities", "injuries", "arrests")):
        return False
    if any(f.view.paragraph == view.paragraph for f in frames[-FRAMES_BACK:]):
        return False
    return ctx.own_date(view) is None and not ctx.sentence_places(view)


FRAMES_BACK = 8  # frames looked back through for one of the total's paragraph (speed only)


def _only_the_totals_items(view: SentenceView) -> bool:
    """Every incident word of the sentence names the items of the total in a share of
    them ("Most of the aggressions were committed by police officers"): the total's
    kinds, not an incident."""
    shares = view.of("breakdown", "share")
    if not shares:
        return False
    return all(any(s.start <= m.start and m.end <= s.end for s in shares) for m in view.matches if m.category in INCIDENT_CATEGORIES)


def _opens_the_paragraph_after(view: SentenceView, paragraph: int, ctx: ArticleContext) -> bool:
    """The sentence opens the paragraph that comes right after ``paragraph``."""
    index = view.sentence.index
    return index > 0 and ctx.doc.sentences[index - 1].paragraph == paragraph != view.paragraph


def _numbers_of(view: SentenceView, doc: AnalysedDocument) -> list[Any]:
    """The sentence's numbers: read only where a measure word is, so a rare
    sentence with none (a share, a revised figure) is read here."""
    return view.quantities or number_finder.find_quantities(doc.text, doc.lang, within=[view.span])


def with_its_numbers(view: SentenceView, doc: AnalysedDocument) -> SentenceView:
    """The sentence with its numbers read even where no measure word is ("Puno
    accounted for 18 of them and Ayacucho for 10"): a share's region-by-region
    breakdown is split at them."""
    return view if view.quantities else replace(view, quantities=_numbers_of(view, doc))


def region_share(total: TallyMention, value: int, qualifier: str, place: Place, evidence: Span) -> TallyMention:
    """One region's share of a total just told ("Of them, 18 died in Puno", "Puno accounted
    for 18 of them"): a total of its own over the same period, attributed as the total is
    (GUIDELINES §3), its region in the cues."""
    return TallyMention(
        measure=total.measure, value=value, qualifier=qualifier, evidence=evidence,
        scope=f"{total.scope} in {place.name}", country=place.country, period=total.period,
        attributed_to=total.attributed_to, cues=["tally:share", f"region:{place.admin1}"],
    )


def share_of_last_total(view: SentenceView, tallies: list[TallyMention], doc: AnalysedDocument) -> Match | None:
    """The cue of a share of the article's last running total: the sentence's
    counts are that total's breakdown (GUIDELINES §3), no incident's. A share
    that names the total ("De ese total, 150 ocurrieron durante las protestas",
    "del total de lesionados, 290 son policías") is of the last one told; a
    pronoun's ("67 deaths since December. Of these, 49 died in clashes") only of
    one told right before it. None for no share, or no total told yet."""
    if not tallies:
        return None
    named = view.of("tally", "share")
    if named:
        return named[0]  # ("del total de lesionados": the total it names, wherever told)
    pronoun = view.of("share_of_last")
    return pronoun[0] if pronoun and _right_after(view, tallies[-1], doc) else None


def _right_after(view: SentenceView, total: TallyMention, doc: AnalysedDocument) -> bool:
    """The total was told in the sentence right before ``view``."""
    told = total.evidence
    return told.end <= view.span.start and not doc.text[told.end : view.span.start].strip()


def counts_of_a_share(view: SentenceView, cue: Match, last: TallyMention, doc: AnalysedDocument) -> list[Count]:
    """A share (``share_of_last_total``'s cue) with no measure word of its own
    ("La ANP registró 350 agresiones contra periodistas. De ese total, 150
    ocurrieron durante las protestas") counts what the total counts: its first
    number after the cue."""
    return [
        Count(last.measure, q.to_figure(last.measure), cue)
        for q in _numbers_of(view, doc)
        if q.span.start >= cue.end and not getattr(q, "vague", False)
    ][:1]


_REVISED = frozenset(folded_words("counts", "revised_figure"))
REVISED_REACH = 16  # chars from "raised the figure" to its new value ("again, to 47", "a 47")


def revised_figure(view: SentenceView, tallies: list[TallyMention], doc: AnalysedDocument, counts: list[Count]) -> list[Count]:
    """ "Later on Tuesday the office raised the figure again, to 47, after a man
    injured in Cusco died": a total revised with no measure word of its own
    ("the figure") counts what the article's last headline total counted (the
    first total of its sentence: "revised the national toll to 46, saying ...
    several of the injured had died" is of the dead); the number right after
    the verb is its new value (GUIDELINES §3), no incident's."""
    cues = [m for m in view.of("tally", "strong") if m.term in _REVISED]
    if not cues:
        return counts
    last = next(t for i, t in reversed(list(enumerate(tallies))) if i == 0 or tallies[i - 1].evidence != t.evidence)
    taken = {c.figure.span for c in counts}
    for q in _numbers_of(view, doc):
        if 0 <= q.span.start - cues[0].end <= REVISED_REACH and q.span not in taken and not getattr(q, "vague", False):
            added = Count(last.measure, q.to_figure(last.measure), cues[0])
            return sorted([*counts, added], key=lambda c: c.figure.span.start if c.figure.span else 0)
    return counts


def tallies_in_own_clause(view: SentenceView, counts: list[Count], ctx: ArticleContext) -> list[Count]:
    """ "At least 46 people have died in clashes since then, and a police
    officer was burned to death in Juliaca on January 9": a running total in
    a clause of its own keeps its tally reading though another clause names
    the town and day of an incident."""
    if not (view.has("tally", "weak") or view.has("tally", "strong") or view.has("reached", "pluperfect")):
        return []
    out: list[Count] = []
    for c in counts:
        if c.single or c.measure not in TALLY_MEASURES or c.figure.span is None:
            continue
        if closing_day_of_the_count(view, c) is not None:
            # "The first deaths came in Andahuaylas on Dec. 11, and by mid-December 18 had been killed": the total by then
            out.append(c)
            continue
        clause = clause_at(view, c.figure.span.start)
        if clause is None or not (clause.has("tally", "weak") or clause.has("tally", "strong")):
            continue
        if any(d.range.precision == "day" and d.kind != "since" for d in clause.dates):
            continue
        if not clause.has("tally", "strong") and not clause.has("tally", "context") and left_by_one_incident(clause):
            continue  # ", y la policía disparó balas que dejaron dos muertos": that force's toll, in the sentence's incident
        inside = [p for p in ctx.sentence_places(view) if p.span is not None and clause.span.start <= p.span.start < clause.span.end]
        if any(p.precision not in ("country", "department") for p in inside):
            continue
        if clause.places and any(p.precision not in ("country", "department") for p in ctx.clause_places(clause)):
            continue  # "hasta las 18:00 horas se registró la detención de 3 personas en Ate, y que la marcha hacia el Centro de Lima ..."
        out.append(c)
    return out


def _places_only_in_its_breakdown(view: SentenceView) -> bool:
    """ "The ombudsman said the number killed in the protests had risen to
    seven by Monday night, most of them in Apurímac": every place the sentence
    names comes after the share word, so it says where most of the total fell,
    not where an incident of its own took place."""
    shares = view.of("breakdown")
    if not shares or not view.places:
        return False
    first = min(m.end for m in shares)
    if any(d.span.start >= first for d in view.dates) or any(m.start >= first and m.category in _SCENE_WORDS for m in view.matches):
        return False  # "most of them in Cali, where police clashed with protesters on Friday night": that scene's incident
    return all(p.span.start >= first for p in view.places)


_SCENE_WORDS = frozenset({"form", "riot", "state_response"})


def only_deaths_of_wounds(view: SentenceView) -> bool:
    """Up to the clause that tells who died of their wounds, no protest form,
    riot or force but the killing itself, save the movement the total is of
    ("in the protests"): "The toll in the protests rose to 20 after two more
    died of their wounds in Ayacucho, a day after soldiers opened fire ...":
    the clause after the comma is the earlier incident, read on its own."""
    cues = view.of("died_of_wounds")
    if not cues:
        return False
    cue = cues[0]
    base = view.span.start
    comma = view.text.find(",", cue.end - base)
    limit = base + comma if comma >= 0 else view.span.end
    movement = view.of("tally", "context")
    return not any(
        m.start < limit and not any(c.start <= m.start < c.end for c in movement)
        and (m.category in ("form", "riot") or m.category == "state_response" and m.label != "killings")
        for m in view.matches
    )


def _clause_of(view: SentenceView, offset: int) -> int:
    """Where the clause holding ``offset`` opens: after the last comma or semicolon
    before it ("acataron el paro el jueves contra el sicariato, que en lo que va del año
    ha cobrado la vida de decenas de choferes": the year is the total's clause's)."""
    base = view.span.start
    cut = max(view.text.rfind(",", 0, offset - base), view.text.rfind(";", 0, offset - base))
    return offset if cut < 0 else base + cut


def only_a_tally(
    view: SentenceView, tally_counts: list[Count], when: DateRange | None, when_explicit: bool, since: DateRange | None
) -> bool:
    """Whether a sentence whose every figure is a running total reports no incident."""
    if not has_incident_trigger(view) or view.has("tally", "share"):
        return True  # "De ese total, 57 murieron en enfrentamientos": the total's breakdown
    if all(c.measure in ALWAYS_TALLY for c in tally_counts):
        return True  # "the ANP has registered 150 attacks on journalists": a register
    if is_strategic(view):
        # "Peru declares a state of emergency as protest deaths rise to seven": the measure is news;
        # "En total, 24 personas fueron detenidas desde el inicio": the arrests are the total itself
        return _arrests_are_the_total(view, tally_counts)
    if _only_cutoff_days(view) or count_reached_by_a_day(view):
        # "counted 56 deaths as of 26 January: 46 in clashes, ...": the day the register closed;
        # "By 13 December, six people had been killed": the day the total was reached by
        return True
    if view.has("standing") and asserted_standing(view) and only_generic_protest(view):
        return True  # "Maduro afirmó este sábado que hay más de 2.000 detenidos por las protestas": the day of saying
    dates = view.dates
    if when_explicit and when is not None and when.start == when.end and not only_generic_protest(view):
        # "Drivers begin a strike today, demanding action against gangs that have killed more than a
        # dozen drivers this year": the year dates the total told before it, the strike has its day
        first_total = min((c.figure.span.start for c in tally_counts if c.figure.span is not None), default=None)
        dates = [d for d in dates if first_total is None or d.span.start < _clause_of(view, first_total)]
    periods = [when] + [d.range for d in dates] if when else [d.range for d in dates]
    if any((p.end - p.start).days > TALLY_PERIOD_DAYS for p in periods):
        return True  # "60 deaths in the protests of December to March", "in that period": the movement's toll
    if _forms_name_the_start(view) or forms_name_the_span(view):
        return True
    if view.has("tally", "lasting") and not when_explicit:
        return True  # "las protestas, que se extendieron durante más de un mes, [...] dejaron cuatro muertos": the movement summed up
    if view.has("tally", "strong") and not when_explicit and not view.places and not view.has("form"):
        return True  # "hasta la fecha 49 personas han fallecido en enfrentamientos": how the toll died, on no day or place of its own
    if view.has("tally", "weak") and not when_explicit and not view.places and _forms_only_the_totals(view) and _only_how_they_died(view):
        return True  # "At least 48 civilians have died in clashes with security forces": the same, told in the perfect
    if since is not None and not view.places and not view.has("form"):
        return True  # "At least seven people have died in clashes since Sunday": the toll since a day, on no place of its own
    if _places_only_in_its_breakdown(view):
        return True  # "the number killed had risen to seven by Monday night, most of them in Apurímac": the share's region
    if _opens_with_the_total(view) and only_generic_protest(view):
        return True  # "La cifra de fallecidos en las protestas subió a 60 este viernes": the day the figure moved
    # "At least 41 demonstrators have been killed": no day of its own, no incident word;
    # "siete personas han muerto en las protestas desde el 7 de diciembre": a count since a day
    return (not when_explicit or since is not None) and only_generic_protest(view)


CUTOFF_GAP = 2  # chars from "as of" to the day it closes the count at


def without_the_totals_arrests(view: SentenceView, tally_counts: list[Count], incident_counts: list[Count]) -> SentenceView:
    """ "Police have arrested 570 people since the protests began on Oct. 3,
    when unions staged a strike": the arrests counted in a running total were
    made over the whole period, not at the strike the sentence also tells, so
    the arrest word of that total types no incident as an intervention. The
    view is returned without the state's arrest words on the total's cue (the
    same view when no total of arrests is told, or the incident counts its own).
    Asked only of a total counted since a day: "se reportan 7 detenidos" after a
    roadblock, read as a total, are still that roadblock's arrests."""
    cues = [c.cue for c in tally_counts if c.measure == "arrests"]
    if not cues or any(c.measure == "arrests" for c in incident_counts) or not view.has("state_response", "arrests"):
        return view
    kept = [
        m for m in view.matches
        if not (m.category == "state_response" and m.label == "arrests" and any(m.start < c.end and c.start < m.end for c in cues))
    ]
    if len(kept) == len(view.matches):
        return view
    narrowed = replace(view, matches=kept)
    narrowed.seal()
    return narrowed


def _only_cutoff_days(view: SentenceView) -> bool:
    """Every day the sentence writes closes a count ("as of 26 January"):
    the sentence dates its total, and tells no incident of that day."""
    cutoffs = view.of("tally", "cutoff")
    return bool(cutoffs and view.dates) and all(
        any(0 <= d.span.start - c.end <= CUTOFF_GAP for c in cutoffs) for d in view.dates
    )


def _forms_only_the_totals(view: SentenceView) -> bool:
    """No form of protest is named but the movement a total is counted in
    ("49 people have died in the unrest, 41 of them in clashes"); "four more
    protesters have been killed during demonstrations and clashes" names the
    demonstrations the dead were at."""
    if not view.has("form"):
        return True
    spans = [(m.start, m.end) for m in view.of("tally", "context")]
    return names_no_form(view) and all(any(a <= m.start and m.end <= b for a, b in spans) for m in view.of("form"))


def _only_how_they_died(view: SentenceView) -> bool:
    """Every incident word comes after the sentence's first casualty word
    ("have died in clashes with security forces"): the incident names how the
    counted died, it is no incident of its own."""
    casualties = [m.start for m in view.of("measure") if m.label in ("fatalities", "injuries")]
    words = [m for m in view.matches if m.category in ("riot", "attack", "strategic")]
    if not casualties or not words:
        return False
    first = min(casualties)
    base = view.span.start
    # ... or is the subject of the total's verb ("Clashes with security forces have left at least 55 dead")
    leaves = [w.start for w in view.of("tally", "weak") if w.start < first]
    return all(
        m.start > first or any(m.end <= w <= m.end + SUBJECT_REACH and not any(ch in view.text[m.end - base : w - base] for ch in ",;:.") for w in leaves)
        for m in words
    )


SUBJECT_REACH = 40  # chars from an incident word to the total's verb it is the subject of ("Clashes with security forces have left")


def _arrests_are_the_total(view: SentenceView, tally_counts: list[Count]) -> bool:
    """A sentence whose only strategic news is arrests, and whose arrest figure
    is a running total ("in total, 24 people have been arrested since the
    protests began"), tells the total, not a further wave of arrests. Two
    arrest figures ("arrested 30 leaders on Tuesday, bringing the total to
    120") are a day's raid and the total it adds to. The total of the dead
    beside it ("desde diciembre han sido asesinados 48 ... y más de 600 personas
    han sido detenidas") is the same register's, no raid of its own."""
    return set(view.labels("strategic")) == {"arrests"} and [c.measure for c in tally_counts if c.measure == "arrests"] == ["arrests"]


_FORCE_OR_RIOT = frozenset({"riot", "state_response"})


def before_the_cause_of_a_toll(view: SentenceView) -> Typing | None:
    """The typing of a sentence that revises one incident's toll, read without
    the clause that raised it: "La cifra de muertos por los enfrentamientos del
    lunes en Juliaca subió a 18, tras el hallazgo del cuerpo calcinado de un
    policía" is Monday's clashes with one more dead, not a mob killing of 18;
    the death that raised the toll is inside it. Only when the total names the
    incident itself before the clause (a clash or force word, its place and
    its day); else the clause is the incident ("asciende a 28, tras la muerte de
    un comunero en Juliaca"). None when there is no such clause."""
    if not view.has("tally", "strong") or not (view.has("riot") or view.has("attack") or view.has("state_response")):
        return None  # (speed only: a total word and an incident word to drop)
    cause = cause_after_total(view)
    if cause is None:
        return None
    before = [m for m in view.matches if m.start < cause]
    if not any(m.category in _FORCE_OR_RIOT for m in before) or not any(m.start >= cause and m.category in INCIDENT_CATEGORIES for m in view.matches):
        return None
    if not any(p.span.end <= cause for p in view.places) or not any(d.span.end <= cause for d in view.dates):
        return None
    return classify(replace(view, matches=before), 0)


TOTAL_OPENING = 12  # chars from a sentence's start to a total it is about ("La cifra de", "The death toll")


def _opens_with_the_total(view: SentenceView) -> bool:
    """The sentence is about a running figure: it opens with one ("La cifra
    de fallecidos...", "The death toll..."), so its day is when the figure
    moved, not an incident's."""
    start = view.span.start
    return any(m.start - start <= TOTAL_OPENING for m in view.of("tally", "strong"))


MOVEMENT_START_REACH = 30  # chars spanned by "since the national strike began", "desde que comenzó el paro"
_SINCE = frozenset(w for w in lang_words("dates", "since") if " " not in w)  # "since", "desde"
_START_NOUNS = frozenset(lang_words("periods", "start_nouns"))  # "since the start", "desde el inicio"
START_OF_REACH = 12  # chars from "desde el inicio" to the movement it names ("del paro", "of the national strike")


def _forms_name_the_start(view: SentenceView) -> bool:
    """ "26 people have been killed since the strike began on April 28",
    "desde que comenzó el paro", "desde el inicio del paro": every protest
    word names the movement whose start a running total counts from, none an
    incident told here. So does a protest word inside a total's own phrase
    ("en el marco de las protestas", "las protestas que comenzaron el 28 de abril").
    A word for the people counted ("five protesters have died since the
    start of the stoppage") names no action, and is passed over."""
    people = {m.start for m in view.of("actor")}
    forms = [m for m in view.of("form") if m.start not in people]
    if not forms:
        return False
    totals = view.of("tally", "strong")
    sinces = [m for m in view.matches if m.category == "tally" and m.term.split()[0] in _SINCE]
    onsets = view.of("prior", "onset")
    starts = [m for m in sinces if _START_NOUNS & set(m.term.split())]  # "desde el inicio", "since the start"
    return all(
        any(t.start <= f.start and f.end <= t.end for t in totals)
        or any(s.end <= f.start and f.start - s.end <= START_OF_REACH for s in starts)
        or any(s.end <= f.start and f.end <= o.end + MOVEMENT_START_REACH and max(f.end, o.end) - s.end <= MOVEMENT_START_REACH
               and o.start >= s.end for s in sinces for o in onsets)
        for f in forms
    )


def title_span(doc: AnalysedDocument) -> Span | None:
    """The span of the article's headline, if it has one standing alone."""
    if not doc.sentences:
        return None
    first = doc.sentences[0]
    return first.span if first.paragraph == 0 and not first.text.rstrip().endswith(".") else None


_REPORT_TITLES = frozenset(folded_words("readings", "report_titles"))
REPORT_TITLE_WORDS = 5  # the headline's first words, where a report's noun stands ("Social Conflicts Report No. 227")


def month_of_the_report(doc: AnalysedDocument, published: date | None) -> DateRange | None:
    """The month a periodic report covers, from its headline: "Reporte de
    conflictos sociales N.° 227 (enero de 2023)" counts January 2023, so the
    totals its table lines give with no period of their own are that month's
    (up to the report's day if the month is still running). None unless the
    headline stands alone, names a report among its first words and writes
    exactly one date, a month."""
    title = title_span(doc)
    if title is None or published is None:
        return None
    first = doc.sentences[0]
    if len(first.dates) != 1 or first.dates[0].range is None or first.dates[0].range.precision != "month":
        return None
    words = fold(first.text).lower().split()[:REPORT_TITLE_WORDS]
    if not any(w.strip(".:,()") in _REPORT_TITLES for w in words):
        return None
    month = first.dates[0].range
    if month.start > published:
        return None
    return DateRange(month.start, min(month.end, published), "day")


PERIOD_MEASURES = ("fatalities", "injuries", "arrests", "press_aggressions")  # counts of the movement the article follows
TOLL_MEASURES = ("fatalities", "injuries", "arrests")  # its tolls, counted from one start in one report


def periods_of_the_article(
    tallies: list[TallyMention], published: date | None, movement_start: Callable[[], date | None],
    report_month: Callable[[], DateRange | None] | None = None,
) -> list[TallyMention]:
    """Totals told with no start of their own take the one the article gives.

    A live page's newest entry "La Defensoría elevó a 47 la cifra de fallecidos
    desde el inicio de las protestas" sits above the entry it revises ("la cifra
    de fallecidos desde el 7 de diciembre llega a 46"), and "Hasta el 10 de enero
    contabilizaba 40 fallecidos" closes a count whose start the lead gave: an
    article's running totals of one measure count from one start, so a total
    without one takes the start its other totals of that measure share (up to
    its as-of day, or the report's); failing that, the movement's first day the
    article dates (``ArticleContext.movement_start``) for the movement's tolls."""
    if published is None or all(t.period is not None for t in tallies):
        return tallies  # (``movement_start`` reads every sentence: asked only here, speed only)
    first_day = movement_start()
    month = report_month() if report_month is not None else None
    out = []
    for t in tallies:
        if t.period is not None:
            out.append(t)
            continue
        if month is not None and _as_of_cue(t) is None:
            # "Reporte de conflictos sociales N.° 227 (enero de 2023)": its lines count the report's month
            scope = f"{t.scope} from {month.start.isoformat()} to {month.end.isoformat()}"
            out.append(replace(t, period=month, scope=scope))
            continue
        end = _as_of_cue(t) or published
        starts = _starts_told(tallies, t, published, end, lambda o: o.measure == t.measure)
        if not starts and t.measure in TOLL_MEASURES:
            # "67 personas fallecieron desde el 7 de diciembre [...]. Asimismo, se contabilizaron 1.785
            # heridos": the movement's tolls in one report count from one start (a press union's
            # count of aggressions is another register's, with its own start)
            starts = _starts_told(tallies, t, published, end, lambda o: o.measure in TOLL_MEASURES)
        if len(starts) == 1:
            start = next(iter(starts))
        elif not starts and first_day is not None and t.measure in PERIOD_MEASURES and first_day <= end:
            start = first_day
        else:
            out.append(t)
            continue
        scope = t.scope.split(" as of ")[0] + f" since {start.isoformat()}" + (f" as of {end.isoformat()}" if end != published else "")
        out.append(replace(t, period=DateRange(start, end, "day"), scope=scope))
    return out


def _starts_told(
    tallies: list[TallyMention], t: TallyMention, published: date, end: date, alike: Callable[[TallyMention], bool],
) -> set[date]:
    """The starts of the article's running totals like ``t`` that run to the report's day."""
    return {o.period.start for o in tallies if o is not t and o.period is not None and alike(o) and o.period.end == published and o.period.start <= end}


def _as_of_cue(t: TallyMention) -> date | None:
    """The day a total was counted up to, as ``tallies.make_tally`` records it."""
    for cue in t.cues:
        if cue.startswith("as_of:"):
            return date.fromisoformat(cue[len("as_of:"):])
    return None


def dedupe_tallies(tallies: list[TallyMention], title: Span | None = None) -> list[TallyMention]:
    """The article's totals with each (measure, value) once, and without a
    headline's rounded figure when the body gives the exact total it rounds."""
    seen: dict[tuple[str, int], int] = {}
    out: list[TallyMention] = []
    for t in tallies:
        key = (t.measure, t.value)
        headline = title is not None and t.evidence is not None and title.start <= t.evidence.start < title.end
        if key in seen:
            out[seen[key]] = _with_the_period_of(out[seen[key]], t)
        elif not (headline and _rounds_another(t, tallies)):
            seen[key] = len(out)
            out.append(t)
    return out


def _with_the_period_of(kept: TallyMention, again: TallyMention) -> TallyMention:
    """ "Defensoría: la cifra de fallecidos asciende a 47" in the headline, then
    "asciende a 47 desde el 7 de diciembre" in the lead: the same total told
    twice, its period (and source) written only the second time; the total
    kept takes them instead of losing them."""
    if kept.period is not None or again.period is None:
        return kept
    return replace(kept, period=again.period, scope=again.scope, attributed_to=kept.attributed_to or again.attributed_to)


ROUNDED_TOTAL = 1.5  # how far above a "más de mil" the exact total it rounds may lie


def _rounds_another(t: TallyMention, tallies: list[TallyMention]) -> bool:
    """ "más de mil detenidos" in the headline, "1.229 detenciones" in the
    lead: a headline's lower bound of the same measure that an exact total of
    the article meets is that total rounded, not a second one (in the body,
    "at least 41" and then "49" are two totals of two days)."""
    if t.qualifier not in ("more_than", "at_least"):
        return False
    return any(
        o is not t and o.measure == t.measure and o.qualifier == "exact" and t.value < o.value <= ROUNDED_TOTAL * t.value
        for o in tallies
    )


def headline_totals_dropped(frames: list[Frame], tallies: list[TallyMention], title: Span | None) -> None:
    """ "IACHR report: at least 49 people killed in protests and possible
    executions in Juliaca", then in the body "49 civilians died in the
    protests" as a running total and "18 were killed in Juliaca": a headline's
    figure that the body tells as a total of the same measure is that total,
    not the toll of the incident the headline names beside it. The headline's
    frame keeps its incident, without the figure."""
    if title is None:
        return
    # (a total told with no period, "la cifra de fallecidos subió a siete" in a day's live report, may be the
    # headline incident's own toll rising: it takes no figure from it)
    body = {(t.measure, t.value) for t in tallies if t.evidence is not None and not title.start <= t.evidence.start < title.end and t.period is not None}
    if not body:
        return
    for f in frames:
        if f.view.span.start < title.start or f.view.span.start >= title.end:
            continue
        for measure, c in list(f.counts.items()):
            if c.single:
                continue
            if (c.measure, c.figure.low) in body or _rounded_down_from(c, body):
                del f.counts[measure]


def _rounded_down_from(count: Count, body: set[tuple[str, int]]) -> bool:
    """ "More than a thousand arrested" over a body's "more than 1,200 people
    arrested since Monday": a headline's round figure, told as a floor, under
    a running total of the same measure below twice it, is that total rounded."""
    low = count.figure.low
    if count.figure.qualifier not in ("more_than", "at_least") or low < ROUND_FLOOR or low % 10 ** (len(str(low)) - 1):
        return False
    return any(m == count.measure and low <= v < 2 * low for m, v in body)


ROUND_FLOOR = 10  # a headline's floor this high or more may round a body's total ("more than 1,000")


def headline_joins_incidents(frames: list[Frame], title: Span | None) -> None:
    """ "Manifestantes incendian el Congreso y un joven muere en la sede del
    PLRA": a headline that joins two incidents, each of which the body tells
    with its own day (the Friday night fire, the Saturday dawn killing), is
    read as one frame dated by the lead, which would give the fire the death.
    A headline frame whose every casualty count the body gives an incident of
    its region on another day than the headline's is dropped: the body holds
    both incidents."""
    if title is None:
        return
    heads = [f for f in frames if title.start <= f.view.span.start < title.end and f.place is not None and f.date is not None]
    if not heads:
        return
    body = [f for f in frames if not title.start <= f.view.span.start < title.end and f.place is not None and f.date is not None and f.date_explicit]
    drop = []
    for h in heads:
        tolls = [(m, c.figure.low) for m, c in h.counts.items() if m in ("fatalities", "injuries") and c.figure.span is not None]
        if not tolls:
            continue
        elsewhere = [
            b for b in body
            if (b.place.country, b.place.admin1) == (h.place.country, h.place.admin1) and b.date.start != h.date.start  # type: ignore[union-attr]
        ]
        if all(any(m in b.counts and b.counts[m].figure.low == n for b in elsewhere) for m, n in tolls):
            drop.append(h)
    frames[:] = [f for f in frames if not any(f is d for d in drop)]
