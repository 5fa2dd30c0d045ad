"""Running totals, kept apart from incident figures (design invariant 2).

A figure is a tally when its sentence frames it as a total ("bringing the
total ... to 49", "suman 60 fallecidos desde diciembre") or when it is a
perfect-tense count with no incident anchor (no district or town, no single
day). Counts of press aggressions and extortion cases are always tallies.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from kipu.extract.context import in_dateline
from kipu.extract.counts import Count, told_as_more
from kipu.extract.document import SentenceView
from kipu.extract.lexicon import Match, alternation, folded_words, lang_words, languages
from kipu.extract.numbers import word_to_int
from kipu.model import DateRange, Place, TallyMention
from kipu.textnorm import fold

LONG_PERIOD_DAYS = 45  # a dated span at least this long ("between December and February") is a campaign's
ALWAYS_TALLY = ("press_aggressions", "extortion_cases")
TALLY_MEASURES = ("fatalities", "injuries", "arrests", "press_aggressions", "extortion_cases")


APPOSITIVE_REACH = 40  # chars from a count to the appositive that splits it ("Ten people died, most of them")


def context_of_a_total(view: SentenceView) -> bool:
    """A movement-wide or share word ("in the protests", "most of them"), unless
    each opens an appositive of a count the sentence has just told ("Ten people
    died, most of them that afternoon"): there it splits this incident's dead,
    it is no share of a total given before."""
    contexts = view.of("tally", "context")
    if not contexts:
        return False
    base = view.span.start
    return not all(
        view.text[: m.start - base].rstrip().endswith(",")
        and any(0 <= m.start - q.span.end <= APPOSITIVE_REACH for q in view.quantities)
        for m in contexts
    )


def is_tally_sentence(
    view: SentenceView, has_specific_place: bool, has_day_date: bool, long_period: bool = False, names_region: bool = False
) -> bool:
    """``long_period``: the sentence dates its figure by a span of months
    ("49 people were killed between December 2022 and February 2023"): a
    figure for a whole campaign, not for one incident. ``names_region``: the
    sentence names a region (a department) as where its incident happened."""
    national = view.has("tally", "national")  # "the national toll": strong and context at once
    context = view.has("tally", "context") or national
    if (view.has("reached", "pluperfect") or view.has("reached", "register") or opens_with_its_closing_day(view)) and count_reached_by_a_day(view):
        return True
    if view.has("superlative") and _totals_only_rank_the_day(view):
        # "17 were killed Monday in Juliaca, the deadliest day in a month of
        # unrest": the month ranks the day, the count is the day's
        return False
    if has_day_date and (has_specific_place or names_region) and _movement_named_after_its_toll(view):
        # "Soldiers killed 10 people in Ayacucho on 15 December 2022, during the first wave of
        # unrest that followed the ousting of Castillo": the movement named after the day's toll
        # says when it happened, the count is that day's
        return False
    if view.has("tally", "day_close") and not context:
        # "Al final del día la cifra llega a 17 civiles muertos": the close of the day just
        # told gives that day's toll, not the movement's, whatever total word it uses
        return False
    if view.has("tally", "strong") or view.has("tally", "lasting") or national:
        # "la cifra de fallecidos por los enfrentamientos del jueves en Huamanga
        # subió a ocho": a total for one town on one day is that incident's toll;
        # "la cifra de fallecidos en las protestas asciende a 28, tras la muerte
        # de un comunero en Chumbivilcas el martes": a total of the movement,
        # whatever incident the sentence adds to it.
        return not (has_specific_place and has_day_date) or context or _a_perfects_count_of_its_period(view)
    if view.has("standing") and asserted_standing(view):
        # "Maduro afirmó este sábado que hay más de 2.000 detenidos por las protestas": the count
        # standing on the day of speaking; a town of its own makes it that town's incident
        return not has_specific_place or context
    if view.has("tally", "so_far"):
        # "So far 17 people have died in Juliaca": the count up to now of the town's clash;
        # "so far ... in the protests", or with no town, the movement's running total
        return context or not has_specific_place
    share = view.has("tally", "share")
    countrywide = view.has("tally", "countrywide") and not view.has("strategic", "arrests") and not (names_region and _opens_a_roundup(view))
    if (view.has("one_incident") or view.has("state_response")) and not (share or countrywide or long_period or context) and left_by_one_incident(view):
        return False  # "se produjo un enfrentamiento que dejó cinco heridos", "la policía reprimió la marcha y dejó dos muertos": that clash's toll
    # (a count told by the hour, "By 6 p.m. the hospital had recorded 17 deaths", is of the day the story is at)
    # ("Police have arrested 38 people during the three strikes that paralysed Lima and Callao": counted over them)
    over_many = forms_name_the_span(view)
    return (_a_weak_total_word(view) or context or long_period or share or countrywide or over_many) and not has_specific_place and not has_day_date and not view.has("hour")


def _opens_a_roundup(view: SentenceView) -> bool:
    """ "Across the country, demonstrators tried to take the airport in Arequipa,
    where one man was killed": a country phrase that opens the sentence before a
    comma turns the story to the places it then names (a roundup); the count is
    the named region's incident, not a figure for the whole country."""
    base = view.span.start
    text = view.text
    for m in view.of("tally", "countrywide"):
        if m.start - base <= 1 and text[m.end - base:m.end - base + 1] == ",":
            return True
    return False


_REACHED_PRECISIONS = frozenset({"day", "month"})  # a day or a month a count was reached by
_REACHED_BY = re.compile(r"\b" + alternation(lang_words("dates", "reached_by", "openers"), r"\s+") + r"\s*$", re.IGNORECASE)
REACHED_BY_REACH = 16  # chars before a day where its "by", "hasta el", "al cierre de" may start
_DAY_PART = re.compile(r"\b" + alternation(lang_words("dates", "reached_by", "day_parts")) + r"\b", re.IGNORECASE)
DAY_PART_REACH = 12  # chars around a day where its part may be named ("by Sunday night", "hasta la noche del domingo")


def count_reached_by_a_day(view: SentenceView) -> bool:
    """ "By 13 December, six people had been killed in Apurímac", "Hasta el 13
    de diciembre, seis personas habían muerto": a count in the pluperfect whose
    every day is the day it was reached by is a running total up to that day
    (GUIDELINES §3), not an incident of that day; so is a month ("By March
    2023, 49 civilians had died": the count reached by then), and so is a
    register's count closed by its day ("Hasta el 10 de enero, la Defensoría
    contabilizaba 40 fallecidos", "al cierre de febrero registraba 67"). A time of day ("By 6 p.m.
    the hospital had recorded 17 deaths") or a part of it ("300 people had been
    arrested by Sunday night") keeps the count the day's."""
    if not view.dates or view.has("hour"):
        return False
    pluperfect = view.has("reached", "pluperfect")
    if not pluperfect and not view.has("reached", "register") and not opens_with_its_closing_day(view):
        return False
    # (a "since" date opens the period the count is closed by: "al cierre de febrero, desde el 7 de diciembre")
    closing = [d for d in view.dates if d.kind != "since"]
    return bool(closing) and all(_closed_by(view, d) and (pluperfect or _closes_the_count(view, d)) for d in closing)


_OPENING_CLOSERS = tuple(sorted({fold(w).lower() + " " for w in lang_words("dates", "reached_by", "opening")}, key=len, reverse=True))


def opens_with_its_closing_day(view: SentenceView) -> bool:
    """ "Hasta el 10 de enero, la policía detuvo a 40 personas en Lima durante
    las marchas", "Up to January 10, police arrested 40 people": a sentence that
    opens with the day its count is closed by, then a comma, counts up to that
    day whatever the tense of its verb (``reached_by.opening``)."""
    head = fold(view.text[:REACHED_BY_REACH]).lower().lstrip()
    if not head.startswith(_OPENING_CLOSERS) or not view.dates:
        return False  # (speed only: a string test before the dates are read)
    base = view.span.start
    first = min(view.dates, key=lambda d: d.span.start)
    return (
        first.kind != "since" and first.span.start - base <= REACHED_BY_REACH
        and view.text[first.span.end - base : first.span.end - base + 1] == ","
    )


_CLOSING_GAP = 3  # chars between a count's noun and the "hasta el" that closes it ("40 fallecidos hasta el 10 de enero")


def _closes_the_count(view: SentenceView, d) -> bool:
    """A register's day opens the sentence or a clause ("Hasta el 10 de enero, la
    Defensoría contabilizaba", "..., al cierre de febrero") or follows the count's
    noun ("reportó 40 fallecidos hasta el 10 de enero"); "la protesta se mantuvo
    hasta el 10 de enero y la policía reportó 12 detenidos" tells how long the
    protest lasted, and the count is that protest's."""
    base = view.span.start
    opener = _REACHED_BY.search(view.text, max(0, d.span.start - base - REACHED_BY_REACH), d.span.start - base)
    if opener is None:
        return False
    before = view.text[: opener.start()].rstrip()
    if not before or before.endswith((",", ";", ":", "-", "—")):
        return True
    at = base + len(before)
    return any(0 <= at - m.end <= _CLOSING_GAP for m in view.of("measure"))


def _closed_by(view: SentenceView, d) -> bool:
    """Whether the day or month ``d`` is written as the day a count was reached by
    ("by 13 December", "hasta el 10 de enero", "al cierre de febrero"), not a part of it."""
    base = view.span.start
    text = view.text
    return (
        d.range is not None and d.range.precision in _REACHED_PRECISIONS
        and _REACHED_BY.search(text, max(0, d.span.start - base - REACHED_BY_REACH), d.span.start - base) is not None
        and _DAY_PART.search(text, max(0, d.span.start - base - DAY_PART_REACH), d.span.end - base + DAY_PART_REACH) is None
    )


_RIGHT_BEFORE_ITS_COUNT = re.compile(r"\s*,?\s*")  # "by mid-December[,] 18 had been killed": the closing day, then the count


def closing_day_of_the_count(view: SentenceView, count: Count) -> DateRange | None:
    """The day or month right before a count in the pluperfect that closes it ("The first
    deaths came in Andahuaylas on Dec. 11, and by mid-December 18 had been killed"): the
    count is the total reached by then, though another clause dates an incident; None
    unless the sentence counts in the pluperfect (``reached.pluperfect``)."""
    if count.figure.span is None or not view.has("reached", "pluperfect") or view.has("hour"):
        return None
    base = view.span.start
    for d in view.dates:
        if d.kind != "since" and d.span.end <= count.figure.span.start and _closed_by(view, d) and _RIGHT_BEFORE_ITS_COUNT.fullmatch(
            view.text, d.span.end - base, count.figure.span.start - base
        ):
            return d.range
    return None


def reached_by_day(view: SentenceView) -> DateRange | None:
    """The day (or month) a running total of the sentence was counted up to, when
    every date of the sentence but its "since" is so written ("Al 30 de septiembre,
    la Policía había recibido 17.900 denuncias"): the end of the total's period,
    its as-of date. Asked of a sentence already read as a total, so no verb of a
    register is needed."""
    if view.has("hour"):
        return None
    closing = [d for d in view.dates if d.kind != "since"]
    if closing and all(_closed_by(view, d) and _closes_the_count(view, d) for d in closing):
        return closing[0].range
    return None


def asserted_standing(view: SentenceView) -> bool:
    """ "El fiscal sostuvo que hay 25 fallecidos en las manifestaciones", "the
    prosecutor said there are more than 300 detainees": a count told right after
    a speaker's "there are" is what stands on the day of speaking, so the day
    written before it is the saying's, not an incident's. A day written after it
    ("que hay 12 detenidos tras los enfrentamientos de anoche") is the count's own
    incident, unless it dates the start of the movement ("por las protestas que
    estallaron tras las elecciones del 28 de julio"). The count must follow the
    word ("hay" with no count after it asserts no number), and the word must be
    the reporter's, not inside a quotation (a witness's "hay varios heridos"
    tells the scene)."""
    standing = view.of("standing", "said") + [m for m in view.of("standing", "bare") if _after_its_source(m, view)]
    # ('"los esquiroles quemaron nuestro vehículo [...] hay varios heridos"': a witness's quoted scene, no total)
    standing = [m for m in standing if not view.quoted(m.start)]
    if not standing:
        return False
    first = min(m.end for m in standing)
    if not any(q.span.start >= first for q in view.quantities):
        return False
    onset = view.has("prior", "onset")
    return onset or not any(d.span.start >= first and d.range.start == d.range.end for d in view.dates if d.range)


def _after_its_source(word: Match, view: SentenceView) -> bool:
    """ "Según la Defensoría del Pueblo, hay 1.300 heridos": a bare "hay" told
    right after the source it is attributed to ("según", "according to"), in
    its clause."""
    base = view.span.start
    return any(
        s.end <= word.start and fold(s.term).lower() in _SOURCE_OPENERS and not any(ch in view.text[s.end - base : word.start - base] for ch in ";:.")
        for s in view.of("attribution", "source")
    )


_SOURCE_OPENERS = frozenset(folded_words("readings", "source_openers"))


def _a_weak_total_word(view: SentenceView) -> bool:
    """A register's verb ("reviewed", "documented", "registradas") that tells a
    count, not one inside the source's own phrase: "according to the evidence
    reviewed by prosecutors, six people were killed" names who told the toll,
    it does not make the toll a running total ("Amnesty documented 25 deaths"
    still is one). A verb inside a denial ("No se registraron muertes, pero la
    Policía detuvo a 12 personas") registers nothing: the count beside it is the
    incident's own."""
    weak = view.of("tally", "weak")
    if weak and view.has("modality", "negation"):
        denials = view.of("modality", "negation")
        weak = [w for w in weak if not any(n.start <= w.start and w.end <= n.end for n in denials)]
    if not weak:
        return False
    sources = [m for m in view.of("attribution", "source") if fold(m.term).lower() in _SOURCE_OPENERS] if view.has("attribution", "source") else []
    if not sources:
        return True
    base = view.span.start
    return any(
        not any(s.end <= w.start and not any(ch in view.text[s.end - base : w.start - base] for ch in ",;:.") for s in sources)
        for w in weak
    )


SUPERLATIVE_REACH = 30  # chars from "the deadliest day" to the period it ranks the day in ("in a month of unrest")


PERFECT_GAP = 2  # chars from a perfect's verb ("have killed") to the number it governs
PERIOD_AFTER = 60  # chars after that number within which "this year" closes its clause


def _a_perfects_count_of_its_period(view: SentenceView) -> bool:
    """ "marched on Congress on Thursday to demand action against extortion gangs that have
    killed dozens of transport workers this year": a number the present perfect governs, its
    clause closed by a span of months or a year, is that span's total, whatever the day and
    place the march has."""
    base = view.span.start
    text = view.text
    for w in view.of("tally", "weak"):
        for q in view.quantities:
            if not 0 <= q.span.start - w.end <= PERFECT_GAP or text[w.end - base : q.span.start - base].strip():
                continue
            if any(
                0 <= d.span.start - q.span.end <= PERIOD_AFTER and d.range.precision in ("month", "year")
                and not any(ch in text[q.span.end - base : d.span.start - base] for ch in ",;.")
                for d in view.dates
            ):
                return True
    return False


def _movement_named_after_its_toll(view: SentenceView) -> bool:
    """Every total word of the sentence is strong and comes after a comma that
    follows its casualty words and its days, with no number or date after it: a
    clause naming the movement the incident just told belongs to, not a total."""
    tallies = view.of("tally")
    if not tallies or any(m.label != "strong" for m in tallies):
        return False
    anchors = [m.end for m in view.of("measure") if m.label in ("fatalities", "injuries", "arrests")]
    anchors += [d.span.end for d in view.dates if d.range.precision == "day"]
    if not anchors:
        return False
    first = min(m.start for m in tallies)
    last = max(anchors)
    base = view.span.start
    # (a number or a date of the clause's own, "bringing the toll to 47", "ocurrida durante las
    # protestas de noviembre", makes it a total's or another time's)
    return (
        last <= first and "," in view.text[last - base : first - base]
        and not any(q.span.start >= first for q in view.quantities) and not any(d.span.start >= first for d in view.dates)
    )


def _totals_only_rank_the_day(view: SentenceView) -> bool:
    """Every total word of the sentence comes right after a superlative
    ("the deadliest day in a month of unrest", "la jornada más violenta de
    las protestas"): it names the period the day is ranked in, not a total."""
    ranks = view.of("superlative")
    totals = [m for m in view.of("tally") if m.label in ("strong", "lasting", "context")]
    return bool(totals) and all(any(0 <= t.start - r.end <= SUPERLATIVE_REACH for r in ranks) for t in totals)


#: state_response labels that name the toll itself ("muertos" is ``killings``), not force used.
_TOLL_WORDS = frozenset({"killings", "arrests"})
ONE_INCIDENT_REACH = 30  # chars from "el enfrentamiento" to the "dejó" whose subject it is
FRAME_REACH = 1  # chars from the sentence start to its "Durante el operativo" frame


def left_by_one_incident(view: SentenceView) -> bool:
    """Every weak total word ("dejó") comes right after one incident named as
    its subject ("un enfrentamiento que dejó", "the clash left"), or after the
    state's force used in its clause ("la policía reprimió la marcha y dejó",
    "disparó perdigones que dejaron"), in its clause."""
    weak = view.of("tally", "weak")
    base = view.span.start
    if weak and any(m.start - base <= FRAME_REACH for m in view.of("one_incident", "frame")):
        # "Durante el operativo se produjeron enfrentamientos y se reportaron diez heridos":
        # the sentence opens inside the incident just told, so all it counts is that incident's
        return True
    subjects = view.of("one_incident") + [m for m in view.of("state_response") if m.label not in _TOLL_WORDS]
    return bool(weak) and all(
        any(0 <= w.start - s.end <= ONE_INCIDENT_REACH and not any(ch in view.text[s.end - base : w.start - base] for ch in ",;:.") for s in subjects)
        for w in weak
    )


_SPAN_OPENERS = re.compile(r"(?<!\w)" + alternation(folded_words("readings", "span_of_many"), r"\s+") + r"$")
SPAN_OF_MANY_REACH = 30  # chars from "during the" to the protest word it counts ("three transport strikes")


def forms_name_the_span(view: SentenceView) -> bool:
    """ "Police have arrested 38 people during the three transport strikes that
    paralysed Lima and Callao", "durante los tres paros": a total counted over
    several actions, named by their number after "during the", has them as its
    period; none is a new incident on the report's day. Every protest word must
    be so counted (a strike told on its own stays an incident)."""
    forms = view.of("form")
    if not forms or len(view.quantities) < 2:
        return False  # (speed only: the total and the number of actions are two numbers)
    base = view.span.start
    text = view.text
    numbers = [q for q in view.quantities if q.span is not None and q.low >= 2]
    for f in forms:
        told = False
        for q in numbers:
            if not (q.span.end <= f.start and f.start - q.span.end <= SPAN_OF_MANY_REACH) or "," in text[q.span.end - base : f.start - base]:
                continue
            lead = fold(text[max(0, q.span.start - base - SPAN_OF_MANY_REACH) : q.span.start - base]).lower().rstrip()
            if _SPAN_OPENERS.search(lead):
                told = True
                break
        if not told:
            return False
    return True


_RUN_UNITS = alternation([w for unit in ("day", "week", "month") for w in lang_words("dates", "units", unit)], r"\s+")
_RUN_OF_A_TOTAL = re.compile(
    r"(?<!\w)(?:" + alternation(lang_words("readings", "run_of_a_total", "openers"), r"\s+") + r")\s+(?:\d{1,3}|[^\W\d_]+)\s+(?:"
    + _RUN_UNITS + r")\s+(?:" + alternation(lang_words("readings", "run_of_a_total", "links"), r"\s+") + r")\s+(?:[^\W\d_]+\s+)?$",
    re.IGNORECASE,
)
RUN_OF_A_TOTAL_REACH = 40  # chars from "en" to the action word ("en once días de paro", "over two weeks of nationwide protests")


def forms_name_a_run(view: SentenceView) -> bool:
    """ "Con la muerte del camionero se reportan cuatro fallecidos en once días
    de paro", "four dead in eleven days of strike": a toll counted over a run
    of days of the action has the run as its period (the strike itself stays
    an event over those days). Every protest word must be so counted."""
    forms = view.of("form")
    if not forms:
        return False
    base = view.span.start
    text = view.text
    return all(_RUN_OF_A_TOTAL.search(text, max(0, f.start - base - RUN_OF_A_TOTAL_REACH), f.start - base) for f in forms)


def split_counts(
    view: SentenceView, counts: list[Count], has_specific_place: bool, has_day_date: bool, long_period: bool = False,
    names_region: bool = False,
) -> tuple[list[Count], list[Count]]:
    """(tally counts, incident counts) of one sentence."""
    tally_sentence = is_tally_sentence(view, has_specific_place, has_day_date, long_period, names_region)
    if not tally_sentence and has_specific_place and has_day_date and _raised_by_what_follows(view):
        # "la cifra de fallecidos asciende a 28, tras la muerte de un comunero herido el
        # martes en Juliaca": the day and place are the clause's that raised the total
        tally_sentence = True
    tallies: list[Count] = []
    incident: list[Count] = []
    added = view.of("increment")
    first_total: Count | None = None
    turn = min((m.end for m in view.of("tally", "turn")), default=None)
    cause = _cause_after_total(view) if tally_sentence and has_specific_place and has_day_date else None
    for c in counts:
        if cause is not None and c.figure.span is not None and c.figure.span.start >= cause:
            # "the death toll rose to 39 on Monday after 17 people were killed in Juliaca": what raised it, that day's toll
            incident.append(c)
            continue
        if turn is not None and not c.single and c.measure in TALLY_MEASURES and c.figure.span is not None:
            # "killed 17 people in Juliaca on Monday, bringing the death toll to 47":
            # after the turn, the running total; before it, the day's own toll.
            if c.figure.span.start >= turn:
                tallies.append(c)
                continue
            if (
                has_specific_place and has_day_date or _other_measure_than_the_total(c, counts, turn) or has_day_date and _told_as_more(c, view)
                or _one_days_count(c, view) or has_day_date and _total_after_the_turn(c, counts, turn)
            ):
                incident.append(c)
                continue
        if not c.single and c.measure in TALLY_MEASURES and _reached_in_a_later_clause(c, counts, view):
            tallies.append(c)
            continue
        if not c.single and c.measure in TALLY_MEASURES and _spread_over_places(c, view):
            tallies.append(c)
            continue
        if tally_sentence and _what_it_grew_by(c, added):
            if c.single and has_specific_place and _one_death_with_its_place(c, view):
                incident.append(c)
            continue
        if tally_sentence and first_total is not None and c.measure == first_total.measure and _told_as_more(c, view):
            continue  # "subió a 20 ..., luego de que otras dos personas murieran": what it grew by, inside the 20
        if tally_sentence and first_total is not None and _breakdown_of(first_total, c, view):
            continue  # "asciende a ocho: seis en Apurímac, uno en Arequipa": the total's parts
        if first_total is None and tally_sentence and not c.single and c.measure in TALLY_MEASURES:
            first_total = c
        if c.single:
            incident.append(c)
        elif c.measure in ALWAYS_TALLY or (tally_sentence and c.measure in TALLY_MEASURES):
            tallies.append(c)
        else:
            incident.append(c)
    return tallies, incident


def _reached_in_a_later_clause(c: Count, counts: list[Count], view: SentenceView) -> bool:
    """ "The first deaths came in Andahuaylas on December 11, and by mid-December at least
    18 people had been killed": a count in the pluperfect after a later clause's "by" day
    (``count_reached_by_a_day`` asks it of every day of the sentence) is the running total
    reached by that day; the earlier clause's day is its own incident's. Only when that
    clause counts its own ("Two people were killed in Andahuaylas on December 11, and by
    mid-December at least 18 had been killed"): a clause with no count of its own ("The first
    deaths came in Andahuaylas") would be left no incident at all."""
    if c.figure.span is None or not view.has("reached", "pluperfect") or len(view.dates) < 2:
        return False
    start = c.figure.span.start
    before = [d for d in view.dates if d.span.end <= start]
    if not before:
        return False
    if not any(o is not c and o.measure == c.measure and o.figure.span is not None and o.figure.span.start < max(d.span.end for d in before) for o in counts):
        return False
    last = max(before, key=lambda d: d.span.end)
    return (
        last.kind != "since" and last is not min(view.dates, key=lambda d: d.span.start) and _closed_by(view, last)
        and any(m.start >= start for m in view.of("reached", "pluperfect"))
    )


SPREAD_GAP = 40  # chars from a count to ", most of them in" (its noun and verb between: "19 people had been killed")
_SPREAD_WORDS = alternation(lang_words("counts", "spread_over"), r"\s+")
_SPREAD = re.compile(rf"[^.;:,]{{0,{SPREAD_GAP}}},\s*(?:{_SPREAD_WORDS})\s", re.IGNORECASE)
_SCOPE_WORDS = alternation(lang_words("counts", "spread_scope"), r"\s+")
_SPREAD_SCOPE = re.compile(rf"[^.;:,]{{0,{SPREAD_GAP}}}\s(?:{_SCOPE_WORDS})\b", re.IGNORECASE)


def _spread_over_places(c: Count, view: SentenceView) -> bool:
    """ "At least 19 people had been killed, most of them in Cali, where police
    clashed with protesters on Friday night": a count told with where most of
    it fell is a total over a wider scope, whatever day and town the sentence
    adds; it is no toll of the town's incident (GUIDELINES §3). So is one told
    "across the country" in a sentence that names a town ("among them a
    journalist in Bluefields"); alone, it is a nationwide incident's count."""
    if c.figure.span is None:
        return False
    at = c.figure.span.end - view.span.start
    spread = _SPREAD.match(view.text, at)
    if spread is not None and _a_place_at(view, view.span.start + spread.end()):
        return True
    return bool(view.places) and _SPREAD_SCOPE.match(view.text, at) is not None


PLACE_AFTER_SPREAD = 5  # chars from "most of them in" to the place it names ("the city of" aside, a bare article)


def _a_place_at(view: SentenceView, at: int) -> bool:
    """Whether a place of the sentence is named right at ``at``: "most of them in
    Cali" spreads the count over places, "most of them in the streets around the
    airport" only says where in the one town the dead fell."""
    return any(p.span is not None and 0 <= p.span.start - at <= PLACE_AFTER_SPREAD for p in view.places)


def _total_after_the_turn(c: Count, counts: list[Count], turn: int) -> bool:
    """ "At least eight people were killed in the city of Ayacucho on Thursday ...,
    raising the national death toll to at least 18": with a day told, a count of
    the measure the turn then totals is that day's toll (the region named as a
    city may resolve no more precisely than the region)."""
    return any(o is not c and o.measure == c.measure and o.figure.span is not None and o.figure.span.start >= turn for o in counts)


def _one_days_count(c: Count, view: SentenceView) -> bool:
    """ "By the end of the day 17 civilians had died and one more died weeks
    later, bringing the toll to 18": a count told after a phrase that bounds one
    day (``plain`` of the tally cues) is that incident's toll, not the movement's."""
    return c.figure.span is not None and any(m.end <= c.figure.span.start for m in view.of("tally", "plain"))


_CAUSE = re.compile(rf"\b{alternation(lang_words('counts', 'after_total'))}\b", re.IGNORECASE)


def _cause_after_total(view: SentenceView) -> int | None:
    """Where the clause that raised a total told first begins ("rose to 39
    on Monday after 17 people were killed"), if one follows it."""
    strong = view.of("tally", "strong")
    if not strong:
        return None
    base = view.span.start
    found = _CAUSE.search(view.text, strong[0].end - base)
    return None if found is None else base + found.end()


def cause_after_total(view: SentenceView) -> int | None:
    """Where the clause that raised a total told first begins (public name of ``_cause_after_total``)."""
    return _cause_after_total(view)


def _raised_by_what_follows(view: SentenceView) -> bool:
    """A total told first whose sentence names its place only in the clause
    that raised it ("asciende a 28, tras la muerte de un comunero herido el
    martes en Juliaca"), not one told of that day and place ("la cifra de
    fallecidos del martes en Juliaca subió a ocho"). A day told between the
    total's word and the cause is the day the total was reached ("the death
    toll rose to 40 on Monday after 17 people were killed in Juliaca"), and a
    wire's dateline dates the report: neither dates the total as a town's,
    nor does the dateline's city place it."""
    strong = view.of("tally", "strong")
    if not strong:
        return False
    cause = _cause_after_total(view)
    if cause is None:
        return False
    datelines = [d for d in view.dates if d.span.start < cause and in_dateline(view, d)]
    return all(
        p.span.start >= cause or any(p.span.end <= d.span.start for d in datelines) for p in view.places
    ) and all(d.span.start >= cause or d.span.start >= strong[0].end or d in datelines for d in view.dates)


def _told_as_more(count: Count, view: SentenceView) -> bool:
    """ "left two more people dead ..., bringing the death toll to 44", "otros dos
    fallecidos", "dos muertos más": a count told as more than before is what
    the day added, the incident's own toll, not the total."""
    return count.more or told_as_more(count.figure.span, view)


def _other_measure_than_the_total(count: Count, counts: list[Count], turn: int) -> bool:
    """ "At least a dozen people were injured, according to the ombudsman, which
    put the number killed since December at 45": before the turn, a count of
    another measure than the total after it is the incident's own, whatever
    day or place the sentence lacks (one of the same measure may be what the
    total grew by)."""
    after = {c.measure for c in counts if c.figure.span is not None and c.figure.span.start >= turn}
    return bool(after) and count.measure not in after


def _breakdown_of(total: Count, part: Count, view: SentenceView) -> bool:
    """A count of the same measure after a colon that follows the total, or
    after the total's partitive ("de los siete fallecidos, cinco murieron en
    Apurímac"): one of its parts."""
    if part.measure != total.measure or total.figure.span is None or part.figure.span is None:
        return False
    base = view.span.start
    if ":" in view.text[total.figure.span.end - base : part.figure.span.start - base]:
        return True
    if any(m.term == "partitive" and total.figure.span.end <= m.end <= part.figure.span.start for m in view.of("tally", "share")):
        return True
    if _ASIDE_OF_THE_TOTAL.search(view.text, max(0, part.figure.span.start - base - ASIDE_REACH), part.figure.span.start - base):
        return True  # "58 people have died in the unrest since early December, including one police officer": one of the 58
    return _a_regions_share(total, part, view)


_ASIDE_OPENERS = alternation(lang_words("counts", "members_of_total"), r"\s+")
_ASIDE_OF_THE_TOTAL = re.compile(rf",\s*{_ASIDE_OPENERS}\s+$", re.IGNORECASE)
ASIDE_REACH = 30  # chars from ", including" to the count it opens on


def _a_regions_share(total: Count, part: Count, view: SentenceView) -> bool:
    """ "1.301 personas resultaron heridas en las protestas, de las cuales 580 fueron
    atendidas en Puno": a count after "de las cuales", "of whom" that the total opens,
    placed in its own clause, is the share of one region, no total of its own (as
    "de los ocho fallecidos, seis murieron en Apurímac"); a share by kind ("de las
    cuales 1.199 son civiles") names no place."""
    if not view.has("subset") or not view.places:
        return False
    base = view.span.start
    opened = any(total.figure.span.end <= m.start and m.end <= part.figure.span.start for m in view.of("subset"))
    if not opened:
        return False
    clause_end = len(view.text)
    for ch in ",;.":
        at = view.text.find(ch, part.figure.span.end - base)
        if at != -1:
            clause_end = min(clause_end, at)
    return any(p.span is not None and part.figure.span.end <= p.span.start < base + clause_end for p in view.places)


INCREMENT_GAP = 2  # chars from "con estas" to the count it introduces


def _what_it_grew_by(count: Count, added: list) -> bool:
    """ "Con estas dos muertes, la cifra ... sube a 55": in a total's sentence, a
    count right after "con estas" is the increase, not a total of its own."""
    start = count.figure.span.start if count.figure.span else None
    return start is not None and any(0 <= start - m.end <= INCREMENT_GAP for m in added)


def _one_death_with_its_place(count: Count, view: SentenceView) -> bool:
    """ "Con la muerte de un comunero en Ilave, ascienden a 50 los fallecidos": one
    person's death (``increment``/``death``) with a place named in its own clause,
    before the comma, is the incident that raised the total (its toll, GUIDELINES
    §3: the total stays apart); many deaths so told ("Con la muerte de 17 civiles en
    Puno") recap an incident told elsewhere, and only grow the total."""
    span = count.figure.span
    if span is None or not any(0 <= span.start - m.end <= INCREMENT_GAP for m in view.of("increment", "death")):
        return False
    base = view.span.start
    comma = view.text.find(",", span.end - base)
    end = base + (comma if comma >= 0 else len(view.text))
    return any(p.span is not None and span.end <= p.span.start < end for p in view.places)


def make_tally(
    view: SentenceView, count: Count, published: date | None, since: DateRange | None, country: str | None,
    span: DateRange | None = None,
) -> TallyMention:
    """``span``: a closed period the sentence writes for the total ("entre el 7 de
    diciembre y el 23 de enero"), used when no "since" date runs to publication."""
    period = None
    cues = [f"tally:{'strong' if view.has('tally', 'strong') else 'weak'}", f"measure:{count.cue.term}"]
    scope = count.measure.replace("_", " ")
    as_of = _as_of(view, published)
    if as_of is None and (closing := closing_day_of_the_count(view, count)) is not None:
        # ("..., and by mid-December 18 had been killed": the count's own closing day, another clause's incident aside)
        as_of = closing.end if published is None else min(closing.end, published)
    if as_of is not None:
        # "Hasta el 10 de enero, la Defensoría contabilizaba 40 fallecidos", "as of mid-February":
        # the period ends on the day the count was closed, from the start the sentence gives
        # (else the one the article gives its other totals, ``periods_of_the_article``)
        cues.append(f"as_of:{as_of.isoformat()}")
        if since is not None and since.start <= as_of:
            return _tally(view, count, f"{scope} since {since.start.isoformat()} as of {as_of.isoformat()}", country, DateRange(since.start, as_of, since.precision, since.span), cues)
        return _tally(view, count, f"{scope} as of {as_of.isoformat()}", country, None, cues)
    if since is None and span is None and published is not None:
        since, span = _period_told(view, published)
    if since is not None and published is not None and since.start <= published:
        period = DateRange(since.start, published, since.precision, since.span)
    elif span is not None and (published is None or span.end <= published):
        period = span
    if period is span and span is not None:
        scope += f" from {span.start.isoformat()} to {span.end.isoformat()}"
    elif period:
        scope += f" since {period.start.isoformat()}"
    return _tally(view, count, scope, country, period, cues)


def _tally(view: SentenceView, count: Count, scope: str, country: str | None, period: DateRange | None, cues: list[str]) -> TallyMention:
    """The tally of ``count`` told in ``view``."""
    return TallyMention(
        measure=count.measure,
        value=count.figure.low,
        qualifier=count.figure.qualifier,
        evidence=view.span,
        scope=scope,
        country=country,
        period=period,
        attributed_to=count.figure.attributed_to,
        cues=cues,
    )


def _period_told(view: SentenceView, published: date) -> tuple[DateRange | None, DateRange | None]:
    """(start, closed span) of the period a total's sentence tells with no
    "since" date the article context gives, the first reading found of: a year
    to date ("so far this year"), a past span ("over the past three months"),
    the day its movement began ("que comenzó el 13 de junio"), a written span
    of months, a bare "this year". The word readers share the sentence's
    folded text (folded once)."""
    folded = fold(view.text).lower()
    since = _year_to_date(folded, published) or _past_span(folded, published) or _began_on(view, published)
    if since is not None:
        return since, None
    span = _months_written(view, published)
    if span is not None:
        return None, span
    return _this_year(view, folded, published), None


ONSET_DAY_REACH = 20  # chars from "que comenzó" to the day it began ("el pasado lunes 13 de junio")


def _began_on(view: SentenceView, published: date) -> DateRange | None:
    """ "cuatro fallecidos en once días de paro nacional indefinido, que comenzó el pasado
    lunes 13 de junio": the day the sentence says its movement began opens the total's
    period (as a "since" date would)."""
    if not view.has("prior", "onset"):
        return None
    base = view.span.start
    for m in view.of("prior", "onset"):
        for d in view.dates:
            if (
                d.range is not None and d.range.precision == "day" and 0 <= d.span.start - m.end <= ONSET_DAY_REACH
                and "," not in view.text[m.end - base : d.span.start - base] and d.range.start <= published
            ):
                return d.range
    return None


def _months_written(view: SentenceView, published: date) -> DateRange | None:
    """ "more than 60 deaths to the protests of December 2022 to March 2023": a written
    span of months in the total's sentence, ended by the report, is its period though
    the sentence tells it as the protests' time (no date of the sentence's own news)."""
    spans = [d.range for d in view.dates if d.kind == "range" and d.range is not None and (d.range.end - d.range.start).days >= LONG_PERIOD_DAYS]
    return spans[0] if len(spans) == 1 and spans[0].end <= published else None


def _as_of(view: SentenceView, published: date | None) -> date | None:
    """The last day of the day or month a total was counted up to ("hasta el 10 de
    enero", "al cierre de febrero", "as of mid-February"), never after the report."""
    if not view.dates:
        return None
    reached = reached_by_day(view)
    if reached is None:
        return None
    return reached.end if published is None else min(reached.end, published)


_PAST_SPAN_UNITS = {unit: frozenset(folded_words("dates", "units", unit)) for unit in ("month", "year")}
_PAST_SPAN_OPENERS = alternation(folded_words("dates", "past_span_before"), r"\s+")
_PAST_SPAN = re.compile(
    rf"(?<!\w)(?:{_PAST_SPAN_OPENERS})\s+(?:(\S+)\s+)?({alternation(sorted(_PAST_SPAN_UNITS['month'] | _PAST_SPAN_UNITS['year']))})(?!\w)"
)
PAST_SPAN_MONTHS = 24  # the longest "over the past N months" read as a total's period


def _past_span(folded: str, published: date) -> DateRange | None:
    """ "Over the past three months, at least 60 people have been killed", "en los
    últimos tres meses": a total whose period runs back from the report that many
    months (or years); the date finder reads only spans of days and weeks, short
    enough to bound one incident, so a total's longer span is read here."""
    found = _PAST_SPAN.search(folded)
    if found is None:
        return None
    word = found.group(1)
    n = 1 if word is None else next((v for lang in languages() if (v := word_to_int(word, lang)) is not None), None)
    if n is None:
        return None
    months = n * (12 if found.group(2) in _PAST_SPAN_UNITS["year"] else 1)
    if not 0 < months <= PAST_SPAN_MONTHS:
        return None
    year, month = divmod(published.year * 12 + published.month - 1 - months, 12)
    day = min(published.day, monthrange(year, month + 1)[1])
    return DateRange(date(year, month + 1, day), published, "month")


# (folded and as whole words: "en lo que va del ano", unaccented, is the same phrase)
_YEAR_TO_DATE_WORDS = alternation(folded_words("periods", "year_to_date"), r"\s+")
_YEAR_TO_DATE = re.compile(rf"\b(?:{_YEAR_TO_DATE_WORDS})\b")


def _year_to_date(folded: str, published: date) -> DateRange | None:
    """ "At least 17 drivers have been murdered so far this year", "en lo que
    va del año se han registrado 17.900 denuncias": a total whose period runs
    from the first of January of the report's year (GUIDELINES §3), written
    with no date the date finder reads. ``folded``: the sentence's text, folded."""
    if _YEAR_TO_DATE.search(folded) is None:
        # "en lo que va de 2024", "so far in 2024": the year written, the report's own
        of_year = _YEAR_TO_DATE_OF.search(folded)
        if of_year is None or int(of_year.group(1)) != published.year:
            return None
    return DateRange(date(published.year, 1, 1), published, "day")


_THIS_YEAR_WORDS = alternation(folded_words("periods", "this_year"), r"\s+")
_THIS_YEAR = re.compile(rf"\b(?:{_THIS_YEAR_WORDS})\b")
_DATED_FINER = frozenset({"day", "month"})


def _this_year(view: SentenceView, folded: str, published: date) -> DateRange | None:
    """ "More than a dozen drivers have been shot dead this year": a total told
    with a bare "this year" and no day or month written runs from 1 January of
    the report's year to the report, as "so far this year" does ("in March this
    year" is dated by its month instead)."""
    if any(d.range is not None and d.range.precision in _DATED_FINER for d in view.dates):
        return None
    if _THIS_YEAR.search(folded) is None:
        return None
    return DateRange(date(published.year, 1, 1), published, "day")


_YEAR_TO_DATE_OF_WORDS = alternation(folded_words("periods", "year_to_date_of"), r"\s+")
_YEAR_TO_DATE_OF = re.compile(rf"\b(?:{_YEAR_TO_DATE_OF_WORDS})\s+(\d{{4}})\b")


JOINT_MEASURES = ("fatalities", "injuries", "arrests")


def joint_tallies(
    view: SentenceView, counts: list[Count], where: list[tuple[Place | None, bool]], when: DateRange | None,
) -> list[TallyMention]:
    """ "Seven people were killed in Bogotá and Soacha on Wednesday", "siete muertos
    en Andahuaylas y Arequipa": a toll told once for incidents in two or more
    regions. GUIDELINES §2 makes one event per region, and the article does not
    say how many fell in each, so no region's event may take the figure; §3
    keeps a figure told for more than one incident apart from the incidents'
    counts, as a total over them (its period the day told), so it is kept
    instead of lost."""
    regions = {(p.country, p.admin1) for p, _ in where if p is not None}
    if len(regions) < 2 or not _one_list(view, [p for p, _ in where if p is not None]):
        return []
    country = next((p.country for p, _ in where if p is not None), None)
    names = " and ".join(p.name for p, _ in where if p is not None)
    return [
        TallyMention(
            measure=c.measure, value=c.figure.low, qualifier=c.figure.qualifier, evidence=view.span,
            scope=f"{c.measure} in {names}", country=country, period=when, attributed_to=c.figure.attributed_to,
            cues=["tally:joint", f"measure:{c.cue.term}"],
        )
        for c in counts if c.measure in JOINT_MEASURES and not c.single
    ]


# between two places of one list: "Bogotá and Soacha", "Lima, Cusco y Puno"
_LIST_LINK = re.compile(rf"\s*(?:,\s*)?(?:{alternation(lang_words('clauses', 'before_incident', 'conjunctions'))}\s+)?", re.IGNORECASE)


def _one_list(view: SentenceView, places: list[Place]) -> bool:
    """Whether the places are named as one list ("in Bogotá and Soacha"): a toll
    told for them jointly, not one told for a place and others named in
    another clause ("17 killed in Juliaca, the deadliest day since protests
    began in Lima and Apurímac")."""
    spans = sorted(p.span for p in places if p.span is not None)
    if len(spans) != len(places):
        return False
    base = view.span.start
    return all(_LIST_LINK.fullmatch(view.text, a.end - base, b.start - base) is not None for a, b in zip(spans, spans[1:]))


SUMMARY_DAYS = 7  # a written span at least this long, for the whole country, dates a summary of the period


def summary_of_a_period(
    view: SentenceView, counts: list[Count], where: list[tuple[Place | None, bool]], when: DateRange | None, explicit: bool,
) -> bool:
    """ "Según el organismo, 1.340 personas resultaron heridas y 1.192 fueron
    detenidas entre el 3 y el 13 de octubre": two or more tolls for the whole
    country over a written span of a week or more are the period's totals
    (GUIDELINES §3), as a span of months is; no one incident's."""
    if not explicit or when is None or (when.end - when.start).days + 1 < SUMMARY_DAYS:
        return False
    if len({c.measure for c in counts if c.measure in ("fatalities", "injuries", "arrests") and not c.single}) < 2:
        return False
    if any(p is not None and p.admin1 is not None and named for p, named in where):
        return False  # (a region the sentence names; one it only inherits, a dateline's city, says nothing)
    return any(d.kind == "range" and (d.range.end - d.range.start).days + 1 >= SUMMARY_DAYS for d in view.dates)
