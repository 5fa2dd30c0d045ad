"""The span a sentence's date gives its protest: one incident's days, or the
movement it belongs to ("the protests since December"), a report's months,
a run of days told ("por sexto día consecutivo"), or a day recalled in
passing. Dates are found by :mod:`kipu.extract.dates`; these rules decide
what the found dates mean for the incident.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from kipu.extract.classify import GENERIC_FORMS, only_generic_protest
from kipu.extract.context import WHEN_FOLLOWS, ArticleContext, dates_prior_event, in_dateline
from kipu.extract.counts import CASUALTY_MEASURES
from kipu.extract.dates import near_ahead
from kipu.extract.document import SentenceView
from kipu.extract.lexicon import Match, alternation, lang_words
from kipu.extract.durations import MAX_RUN_DAYS, ended_on, ended_run_days, run_days, run_so_far, told_as_ended, told_length_days
from kipu.extract.onsets import MAX_ONSET_DAYS
from kipu.extract.readings import is_attack, is_strategic
from kipu.model import DateRange

SINCE_AFTER_PROTEST = 25  # chars from a protest word to the "since" date that makes it the movement
FRONTED_MONTH_REACH = 4  # chars before a month that opens the sentence ("En junio")
PASSING_MONTH_REACH = 40  # chars from a protest word to the month that dates it in passing
MOVEMENT_DAYS = 31  # protest "since December" spanning more than a month is a movement, not an incident


def the_day_since_began(view: SentenceView, when: DateRange | None, *, only_in_the_clause: bool = False) -> DateRange | None:
    """ "registró 1.229 detenciones desde el 29 de julio, cuando miles salieron
    a protestar": the protest told in the when-clause of a "since" date
    happened on that day, not over the whole period counted since.

    With ``only_in_the_clause``, only when no protest word or count comes before the
    date ("the mine has run at reduced capacity since Jan. 12, when
    demonstrators broke into its camp"); "protesters had been sleeping at the
    campus since Wednesday, when they arrived" tells a stay over the whole span."""
    if when is None or when.start == when.end:
        return when
    base = view.span.start
    for d in view.dates:
        if d.kind != "since" or d.range.start != when.start or d.range.precision != "day":
            continue
        if only_in_the_clause and (
            any(t.start < d.span.start for t in view.matches if t.category in ("form", "riot", "measure"))
            # "desde el 23 de octubre, cuando comenzaron las protestas": the when-clause tells the movement's onset
            or any(m.start > d.span.end for m in view.of("prior", "onset"))
        ):
            continue  # (a count before it, "300 arrested since June 7, when ...", is the period's total)
        m = WHEN_FOLLOWS.match(view.text, d.span.end - base)
        if m and any(t.start >= base + m.end() for t in view.matches if t.category in ("form", "riot")):
            return DateRange(when.start, when.start, "day", d.span)
    return when


def began_long_before(view: SentenceView, when: DateRange | None) -> bool:
    """ "Las protestas comenzaron el 28 de abril con un paro nacional", in a
    report a month later: the sentence dates only the movement's start (its
    day, an onset's, does not date the sentence), so it tells the movement,
    not an incident on the day it would inherit. Onsets closer than
    ``MAX_ONSET_DAYS`` are the incident's own start (kipu.extract.onsets)."""
    if when is None or not view.dates or not view.has("prior", "onset") or is_strategic(view) or is_attack(view):
        return False
    turning = view.of("prior", "political")
    if any(
        m.label in CASUALTY_MEASURES and not any(t.start <= m.start < t.end for t in turning) for m in view.of("measure")
    ):
        return False  # (a head of state's arrest, "the ouster and arrest of former President Castillo", is the turning point)
    return all((when.start - d.range.end).days > MAX_ONSET_DAYS for d in view.dates)


def a_movement(view: SentenceView, when: DateRange | None) -> bool:
    """ "the protests that have taken place since December": protest named
    by a general noun over more than a month is the movement an incident
    belongs to, not an incident (a state measure or a wave of arrests may well
    last that long)."""
    if when is None or (when.end - when.start).days <= MOVEMENT_DAYS:
        return False
    # "protesta contra el cobro que rige desde enero": a protest verb is an
    # incident; the long period belongs to what it protests.
    toll = (view.has("tally", "strong") or view.has("tally", "context")) and any(
        view.has("measure", m) for m in ("fatalities", "injuries", "arrests")
    )
    movement = only_generic_protest(view) or toll
    return movement and not is_strategic(view) and not is_attack(view)


def a_period_of_months(view: SentenceView, when: DateRange | None) -> bool:
    """ "12 cases in which people were killed in Ayacucho, Apurímac and Puno
    between December 2022 and February 2023": a written span of several
    months sums up a period (a report's scope), it bounds no one incident."""
    if when is None or when.precision != "month" or (when.start.year, when.start.month) == (when.end.year, when.end.month):
        return False
    return any(d.kind == "range" and d.range.start == when.start and d.range.end == when.end for d in view.dates)


def protest_since(view: SentenceView) -> bool:
    """ "a key demand of the protesters who have taken to the streets since
    December": the protest words are a general noun and a verb followed by a
    "since" date, so the sentence names the movement, not an incident of the
    day it gives (the day of a vote, a statement)."""
    dates = [
        d for d in view.dates
        if getattr(d, "kind", "") == "since" and (d.range.end - d.range.start).days > MOVEMENT_DAYS  # "en huelga desde el lunes" is the strike
    ]
    if not dates or is_strategic(view) or is_attack(view):
        return False
    since = [d.span.start for d in dates]
    triggers = [m for m in view.matches if m.category in ("form", "riot")]
    near = [m for m in triggers if any(0 <= s - m.end <= SINCE_AFTER_PROTEST for s in since)]
    if near and all(d.range.precision == "day" for d in dates) and all(m.category == "form" and m.label not in GENERIC_FORMS for m in near):
        return False  # "have blocked the bridge since January 4": a blockade begun on a named day is the incident, however long
    # The other protest words may only be general nouns ("the protesters who ...").
    return bool(near) and all(m in near or m.label in GENERIC_FORMS for m in triggers)


def a_past_month_in_passing(
    view: SentenceView, when: DateRange | None, explicit: bool, where: list, counts: list, published: date | None
) -> bool:
    """ "the protests that blocked roads in the south in January had hit
    mining output": protest told only by an earlier month, with no place and
    no figure of its own, is background to the story, not an incident it
    reports (a measure or a wave of arrests may be told by its month)."""
    if not explicit or when is None or when.precision != "month" or published is None or counts:
        return False
    if when.end >= published.replace(day=1) or any(e for _, e in where):
        return False
    # The month must date the protest words themselves ("blocked roads in the
    # south in January"), not a clause about something else ("se concentran
    # ... luego de que en octubre la municipalidad les prohibió vender").
    months = [d.span for d in view.dates if d.range == when]
    triggers = [m.end for m in view.matches if m.category in ("form", "riot")]
    # A month fronting the sentence ("En junio y en octubre, gremios mineros ya
    # habían bloqueado carreteras") dates its main clause as well.
    fronted = any(span.start - view.span.start <= FRONTED_MONTH_REACH for span in months) and bool(triggers)
    if not fronted and not any(0 <= span.start - end <= PASSING_MONTH_REACH for span in months for end in triggers):
        return False
    return not is_strategic(view) and not is_attack(view)


def counted_over_a_span(view: SentenceView, when: DateRange | None) -> bool:
    """ "Human Rights Watch has documented the deaths of at least 22 people
    between December 7 and December 17": a written range of days, with a
    register's word ("documented", "have died"), is the span a count was kept
    over, not the day of one incident (a span of months already is, however
    told: ``LONG_PERIOD_DAYS``)."""
    if when is None or when.precision != "day" or when.end <= when.start or not view.has("tally", "weak"):
        return False
    return any(d.kind == "range" and (d.range.start, d.range.end) == (when.start, when.end) for d in view.dates)


def counted_since(view: SentenceView, when: DateRange | None) -> bool:
    """ "Since October 18, more than 200 people have been hurt": the
    sentence's only date opens a period counted up to now; it is no day of
    one incident. The day the count is given ("informó este jueves que 300
    personas han sido detenidas desde el 7 de diciembre") closes the period,
    and may be the day the sentence is dated by ("Police have arrested 38
    people since October, according to figures released on Friday")."""
    return when is not None and any(
        d.kind == "since" and (d.range.start == when.start or when.start == when.end == d.range.end) for d in view.dates
    ) and not any(
        d.kind != "since" and d.range.precision == "day" and d.range.start != when.end for d in view.dates
    )


def inherits_the_report_day(view: SentenceView, when: DateRange | None, ctx: ArticleContext) -> bool:
    """Whether a sentence with no day of its own is dated by the report itself
    (present tense: "los comuneros mantienen el bloqueo por sexto día")."""
    return when is not None and not view.dates and ctx.published is not None and when.start == when.end == ctx.published


def since_it_began(view: SentenceView, when: DateRange | None) -> DateRange | None:
    """ "el paro continúa este jueves 14", "a second day of protests on
    Friday", "the strike entered its third week on Monday": an incident that
    continues on a day began before it."""
    if when is None or when.precision != "day" or not (view.has("continuation") or view.has("week_run")):
        return when
    back = max((int(m.label) for m in view.of("continuation")), default=0)
    weeks = max((int(m.label) for m in view.of("week_run") if not _in_a_later_clause(view, m, when)), default=0)
    if weeks > back and when.start == when.end:
        # "The strike entered its third week on Monday": it began about two weeks before
        # that day; a week's ordinal bounds the start only roughly
        return DateRange(when.end - timedelta(days=weeks), when.end, "week", when.span)
    # "por tercer día, del 13 al 15": a written span of that many days is
    # already the whole run; the count reaches back from its last day.
    return DateRange(min(when.start, when.end - timedelta(days=back)), when.end, when.precision, when.span)


# ", as", ", while": the clause after them tells something else than the day's incident (clauses.yaml after_comma)
_CLAUSE_OPENERS = alternation(lang_words("clauses", "after_comma"), r"\s+")
_LATER_CLAUSE = re.compile(rf",\s+{_CLAUSE_OPENERS}\s", re.IGNORECASE)


def _in_a_later_clause(view: SentenceView, m: Match, when: DateRange) -> bool:
    """ "Protesters blocked highways on Tuesday ..., as demonstrations demanding her
    resignation entered a second week": the week's ordinal is told of the movement,
    in a clause opened after the day's incident and its day; not that incident's run."""
    if when.span is None or when.span.end > m.start:
        return False
    base = view.span.start
    return _LATER_CLAUSE.search(view.text, when.span.end - base, m.start - base) is not None


ENDED_BEFORE_DAYS = 7  # days before the sentence's day within which the day its action ended lies


def the_day_it_ended(view: SentenceView, when: DateRange, lang: str) -> DateRange:
    """ "La Defensoría informó este lunes que 11 personas murieron durante los
    11 días de paro, que terminó el domingo": the day the sentence says the
    action ended is the last of its run, not the report's day. The run keeps
    its length: the days of ``when`` counted back from the report, else the
    length the sentence gives the action ("el paro de 11 días, que terminó el
    domingo"); with none, the day it ended. ``when`` when no such day is told."""
    if len(view.dates) < 2 or when.precision != "day":
        return when
    ended = [
        d.range for d in ended_on(view, lang)
        if 0 <= (when.end - d.range.end).days <= ENDED_BEFORE_DAYS and (when.start == when.end or when.start <= d.range.end)
    ]
    if not ended:
        return when
    last = ended[0].end
    days = (when.end - when.start).days + 1 if when.start != when.end else ended_run_days(view, lang)
    return DateRange(last - timedelta(days=(days or 1) - 1), last, "day", when.span)


def through_its_run(view: SentenceView, when: DateRange, lang: str) -> DateRange:
    """A one-day date widened back over the run of days the sentence says the
    action had lasted by then (:mod:`kipu.extract.durations`)."""
    return _back_over(when, max((d for d in (run_days(view, lang), run_so_far(view, lang)) if d is not None), default=None))


def run_to_the_report(view: SentenceView, published: date | None, lang: str) -> DateRange | None:
    """ "For ten days now, they have blocked the Panamericana Sur", "Desde hace diez días
    bloquean la vía", "llevan 20 días de bloqueo": a run told as lasting until now ends on
    the report's day, whatever day the paragraph told before ("began on Jan. 4"); the
    days it has lasted reach back from it. None when the sentence tells no such run."""
    if published is None or not view.has("run_day"):
        return None
    days = run_so_far(view, lang)
    return None if days is None else _back_over(DateRange(published, published, "day"), days)


def through_its_ended_run(view: SentenceView, when: DateRange, lang: str) -> DateRange:
    """As ``through_its_run``, for an action the sentence tells as ended or
    lifted on the day told, whose length alone may give the run ("levantaron
    el jueves el paro de diez días")."""
    return _back_over(when, ended_run_days(view, lang))


def through_its_named_length(view: SentenceView, when: DateRange, lang: str) -> DateRange:
    """ "El paro nacional de 11 días terminó el 15 de enero", "levantaron el
    jueves la huelga de 12 días": a one-day date that the sentence names as the
    day its action ended, widened back over the length it gives that action.
    Only where the end verb stands right before the day: "inició el lunes un
    paro de tres días" counts days ahead, and "tras el paro de tres días que
    terminó el viernes, marcharon el lunes" dates the march alone."""
    if when.start != when.end or not view.has("run_day") or not any(d.range.end == when.end for d in ended_on(view, lang)):
        return when
    return _back_over(when, told_length_days(view, lang))


def _back_over(when: DateRange, days: int | None) -> DateRange:
    """``when`` widened back to the first of ``days`` days ending on its last (as it is with none)."""
    if days is None:
        return when
    return DateRange(when.end - timedelta(days=days - 1), when.end, when.precision, when.span)


def from_its_start(view: SentenceView, when: DateRange | None, lang: str) -> DateRange | None:
    """A one-day date widened back to the "since" day of an action the
    sentence tells as lifted or ended that day ("levantaron ayer el bloqueo
    que mantenían desde el 22 de enero", "lifted the blockade they had held
    since January 22"): the action ran from that day to this one. A road
    cleared by force is dated by the clearing ("Police lifted the blockade
    that farmers had held since January 22")."""
    if when is None or when.precision != "day" or when.start != when.end or view.has("state_response", "dispersal"):
        return when
    since = [d.range.start for d in view.dates if d.kind == "since" and d.range.precision == "day" and 0 < (when.start - d.range.start).days <= MAX_RUN_DAYS]
    if not since or not told_as_ended(view, lang):
        return when
    return DateRange(min(since), when.end, when.precision, when.span)


ONSET_TO_DAY = 40  # chars from an onset verb to the day it began ("began a 48-hour strike on Wednesday"), in one clause


def through_its_length(view: SentenceView, when: DateRange | None, lang: str, published: date | None) -> DateRange | None:
    """ "El paro de 72 horas, que empezó el miércoles, paralizó Lima": the day
    told is the first of an action named with its length, which runs on from
    it (to the publication day at most)."""
    if when is None or when.span is None or when.precision != "day" or when.start != when.end or not view.has("prior", "onset"):
        return when
    base = view.span.start
    if not any(
        0 <= when.span.start - m.end <= ONSET_TO_DAY and not any(ch in ",;" for ch in view.text[m.end - base : when.span.start - base])
        for m in view.of("prior", "onset")
    ):
        return when
    n = told_length_days(view, lang)
    if n is None:
        return when
    end = when.start + timedelta(days=n - 1)
    if published is not None:
        end = max(when.start, min(end, published))
    return DateRange(when.start, end, when.precision, when.span)


def measures_by_day(view: SentenceView, ctx: ArticleContext) -> list[DateRange]:
    """The days of a sentence that lists state measures each with its own day.

    "after the declaration of a state of emergency on Wednesday and the
    imposition of a curfew on Friday" tells two measures on two days; a
    sentence dates only one incident, so each measure takes the day written
    after it and before the next measure. Empty unless every measure has
    its own single day and the days differ.
    """
    if not is_strategic(view):
        return []
    measures = view.of("strategic", "state_measure")
    if len(measures) < 2:
        return []
    days = [d for d in view.dates if ctx.usable_day(view, d)]
    out: list[DateRange] = []
    for i, m in enumerate(measures):
        stop = measures[i + 1].start if i + 1 < len(measures) else view.span.end
        own = [d for d in days if m.end <= d.span.start < stop]
        if len(own) != 1:
            return []
        out.append(own[0].range)
    return out if len({(d.start, d.end) for d in out}) == len(out) else []


# "el 26 de setiembre y el 10 de octubre", "on January 12 and again on January 19": a comma or
# one of ``day_list_joiners``, ``again``, then one of ``day_list_openers`` (periods.yaml)
_DAY_LIST_GAP = re.compile(
    r"\s*(?:,|" + alternation(lang_words("periods", "day_list_joiners"), r"\s+") + r")?\s*(?:"
    + alternation(lang_words("periods", "again"), r"\s+") + r"\s*)?"
    + alternation(lang_words("periods", "day_list_openers"), r"\s+") + r"?\s*",
    re.IGNORECASE,
)


def protests_by_day(view: SentenceView, ctx: ArticleContext) -> list[DateRange]:
    """The days of a sentence that lists a protest's separate days ("el 26 de
    setiembre y el 10 de octubre ya habían paralizado la capital"): one
    action told on each day, so one incident per day. Empty unless the
    sentence protests, counts nothing, and names two or more single days, one
    right after the other in a list, none the day after the one before (a
    run of days is one incident)."""
    if is_strategic(view) or not view.has("form") or view.has("measure", "fatalities") or view.has("measure", "injuries") or view.has("measure", "arrests"):
        return []
    days = [d for d in view.dates if ctx.usable_day(view, d)]
    if len(days) < 2 or len(days) != len(view.dates):
        return []
    base = view.span.start
    for a, b in zip(days, days[1:]):
        if _DAY_LIST_GAP.fullmatch(view.text, a.span.end - base, b.span.start - base) is None:
            return []
        if abs((b.range.start - a.range.start).days) <= 1:
            return []
    out = [d.range for d in days]
    return out if len({r.start for r in out}) == len(out) else []


PLAN_DAY_REACH = 40  # chars between a protest word and the day ahead that dates it


def _weekday_ahead(d: object, published: date) -> bool:
    """A weekday read as one still to come ("an indefinite strike starting on Tuesday",
    "next Friday"): the dates module resolved it after publication."""
    r = getattr(d, "range", None)
    return getattr(d, "kind", "") == "weekday" and r is not None and r.start > published


def dated_ahead(view: SentenceView, published: date | None) -> bool:
    """ "El paro del 20 de enero en Lima será indefinido", written on January
    10: a protest dated by a day ahead of publication is a plan (GUIDELINES
    §2), though no plan word says so. A day written without its year is
    read in the past year when it would lie ahead (``dates.FUTURE_GRACE_DAYS``:
    "the massacre of December 15", written on December 1, is last year's);
    next to a protest word, a day a few weeks ahead is the plan's day instead.
    Every day of the sentence must lie ahead: "the strike that began on Monday
    will last until the 20th" tells Monday. The day must date the protest
    word, close to it ("marchan contra las elecciones que se celebrarán el 6
    de noviembre" dates the elections). A day written with its year is not
    read so ("blocked roads on January 20, 2023" in an article dated January
    10 has a wrong publication date, not a plan), nor is a year alone ("el
    aumento propuesto para el 2015" is a budget's year)."""
    # (the wire's dateline, "ANDAHUAYLAS, Peru, Dec 12 (Reuters) -", dates the report, not the plan)
    days = [d for d in view.dates if d.range.precision != "year" and not in_dateline(view, d)]
    if published is None or not days:
        return False
    if any(d.kind == "since" or not (near_ahead(d, view.text, view.span.start, published) or _weekday_ahead(d, published)) for d in days):
        return False
    if view.has("riot") or view.has("state_response") or any(view.has("measure", m) for m in CASUALTY_MEASURES):
        return False  # a plan has no violence, force or toll: "the march of the 28th left one dead" happened
    triggers = view.of("form")
    return any(
        max(d.span.start - t.end, t.start - d.span.end) <= PLAN_DAY_REACH for d in days for t in triggers
    )



def died_before_the_rite(view: SentenceView, when: DateRange) -> DateRange:
    """ "la población sepultó el jueves a los dos comuneros que murieron el
    miércoles 18 durante el enfrentamiento": the burial is dated, but the
    incident is the deaths, on the earlier day written after the death word
    that follows the rite."""
    rites = view.of("sequence", "rite")
    deaths = [m for m in view.of("measure", "fatalities") if any(r.end <= m.start for r in rites)]
    for death in deaths:
        earlier = [d for d in view.dates if d.span.start >= death.end and d.range.end < when.start]
        if earlier:
            return earlier[0].range
    return when


#: What someone died after, between "after" and its date: force or a clash.
_HURT_CATEGORIES = frozenset({"state_response", "riot", "attack", "violent_act"})


def hurt_on_an_earlier_day(view: SentenceView, when: DateRange | None) -> DateRange | None:
    """ "A protester died on Saturday in hospital after being shot during
    clashes in Juliaca on 9 January": the death is dated, but the incident
    is the shooting, on the earlier day written after "after"."""
    if when is not None and len(view.dates) >= 2 and view.has("sequence", "rite"):
        when = died_before_the_rite(view, when)
    if when is None or not view.has("sequence", "after") or len(view.dates) < 2:
        return when
    deaths = view.of("measure", "fatalities")
    if not deaths:
        return when
    first_death = min(m.end for m in deaths)
    for cue in view.of("sequence", "after"):
        if cue.start < first_death:
            continue
        # ("..., the first death in the capital since protests began seven weeks ago": the movement's
        # first day is no day anyone was hurt)
        earlier = [d for d in view.dates if d.span.start > cue.end and d.range.end < when.start and not dates_prior_event(view, d)]
        if not earlier:
            continue
        d = earlier[0]
        if any(m.category in _HURT_CATEGORIES and cue.end <= m.start < d.span.start for m in view.matches):
            return d.range
    return when
