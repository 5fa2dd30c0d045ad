"""The day of a sentence's incident: its own date or the one it inherits, a run
read back from the day it ended, a measure told after the story so far, a span of
months, and the frames of one day's part of a sentence that tells several days.
"""

from __future__ import annotations

from kipu.extract.agents import killed_by_others
from kipu.extract.classify import Typing
from kipu.extract.clauses import counts_casualties
from kipu.extract.context import opens_with_since_then
from kipu.extract.counts import Count
from kipu.extract.document import SentenceView
from kipu.extract.events import Frame, make_frames
from kipu.extract.last_incident import same_day_elsewhere
from kipu.extract.periods import (
    began_long_before,
    from_its_start,
    hurt_on_an_earlier_day,
    inherits_the_report_day,
    run_to_the_report,
    since_it_began,
    the_day_it_ended,
    the_day_since_began,
    through_its_length,
    through_its_named_length,
    through_its_run,
)
from kipu.extract.readings import is_strategic
from kipu.extract.tallies import LONG_PERIOD_DAYS
from kipu.model import DateRange, Place


class DaysReading:
    """Methods of ``pipeline._ArticleReader``, which inherits this class: they share its
    state (``self.doc``, ``self.ctx``, ``self.frames``, ``self.tallies``, ...), set in its ``__init__``."""

    def _dated_by_months(self, view: SentenceView) -> bool:
        """The sentence's own date is a span of months ("between January and
        February"): what it counts is that period's total, not more of the
        incident just told (a long span is a campaign's, ``LONG_PERIOD_DAYS``)."""
        if not view.dates:
            return False
        own = self.ctx.own_date(view)
        return own is not None and (own.end - own.start).days >= LONG_PERIOD_DAYS

    def _when(self, view: SentenceView) -> tuple[DateRange | None, bool] | None:
        """The sentence's date and whether it wrote one; None when it only dates
        the start of a movement begun long before."""
        when, when_explicit = self.ctx.date_for(view)
        if not when_explicit and self.frames and view.has("sequence", "answered") and is_strategic(view):
            # "[... 17 civilians were dead. The next day a police officer was burned to death.] The
            # government responded by declaring a curfew": the measure answers the last incident told
            answered = next((f for f in reversed(self.frames) if f.typing.family != "strategic" and f.date is not None), None)
            if answered is not None and answered.date is not None:
                when = DateRange(answered.date.end, answered.date.end, answered.date.precision)
        elif not when_explicit and when is not None and self.frames and view.has("strategic", "state_measure") and is_strategic(view) and not self.ctx.inherits_paragraph_date(view):
            when = self._after_the_narrative(when)
        last = same_day_elsewhere(view, self.frames)
        if last is not None:
            when, when_explicit = last.date, last.date_explicit
        if not when_explicit and (period := self._period_of_a_past_total_just_told(view)) is not None:
            when = period
        if when_explicit:
            when = hurt_on_an_earlier_day(view, when)
            if when is not None and not is_strategic(view):
                # "informó este lunes que ... durante los 11 días de paro, que terminó el domingo": the run ends on
                # Sunday (the lifting itself, "levantó ayer el paro de diez días", keeps its one day)
                when = the_day_it_ended(view, when, self.lang)
            # "has run at reduced capacity since Jan. 12, when demonstrators broke into its camp": that day's
            when = the_day_since_began(view, when, only_in_the_clause=True)
        if not when_explicit and began_long_before(view, when):
            return None
        if not when_explicit and when is not None and self.published is not None and opens_with_since_then(view):
            # "[... approved the contract on 20 October.] Since then, roadblocks have cut the highway": from that day on
            # (the day last told, even in the paragraph before, not the lead's)
            since = self.ctx.since_then(view) or when
            when = DateRange(since.start, max(when.end, self.published), since.precision)
        if (when_explicit or (view.has("continuation") or view.has("week_run")) and inherits_the_report_day(view, when, self.ctx)) and not is_strategic(view):
            # "mantienen bloqueada la vía por sexto día consecutivo", dated by the report: it began five days before
            # (a measure decreed "as blockades went on for a sixth day" is of its one day)
            when = since_it_began(view, when)
        if when_explicit and when is not None and when.precision == "day" and when.start == when.end and not is_strategic(view):
            # "levantaron el bloqueo el lunes, tras 30 días de bloqueo": the day told ends a 30-day run
            when = from_its_start(view, through_its_named_length(view, through_its_run(view, when, self.lang), self.lang), self.lang)
            when = through_its_length(view, when, self.lang, self.published)
        elif not when_explicit and view.has("form") and inherits_the_report_day(view, when, self.ctx) and not is_strategic(view):
            # "la frontera permanece cerrada por 30 días consecutivos", told in the report's present:
            # the report's day is the last of the run
            when = through_its_run(view, when, self.lang)
        elif not when_explicit and view.has("form") and not is_strategic(view) and (so_far := run_to_the_report(view, self.published, self.lang)) is not None:
            # "[... began an indefinite strike on Jan. 4.] For ten days now, they have blocked the road": a run
            # lasting until now ends on the report's day, not on the day the paragraph told before
            when = DateRange(so_far.start, so_far.end, so_far.precision, when.span if when is not None else None)
        return when, when_explicit

    def _after_the_narrative(self, when: DateRange) -> DateRange:
        """ "Peru's deadliest day came on January 9 ... // The next day a police
        officer was burned to death. // The government declared a curfew": a
        measure with no day of its own, opening a paragraph, is told after the
        story so far, not on its first day (the article's anchor, ``when``): the
        last day told, when later than that. (Told in the perfect, "has declared",
        it is the report's own day, which ``when`` already is.)"""
        told = next((f.date for f in reversed(self.frames) if f.date_explicit and f.date is not None and f.date.precision == "day"), None)
        if told is None or told.end <= when.end or (self.published is not None and when.start == when.end == self.published):
            return when
        return DateRange(told.end, told.end, told.precision)

    def _frames_of_day_part(self, part: SentenceView, own: list[Count], where: list[tuple[Place | None, bool]]) -> list[Frame]:
        """Frames of one day's part of a sentence (``split_by_day``). A part
        that only counts its dead ("El 9 de enero en Juliaca mataron a 17
        hermanos y al día siguiente quemaron a un policía") names no incident
        word to classify; in a protest article its dead, killed by no gunmen
        named, are lethal force at that day's protest (GUIDELINES §2), as a
        toll told right after a protest is. The split found the part's one day usable in
        the whole sentence ("el 4 de enero empezamos el paro" beside the dead of the 9th,
        in a December interview, is no plan's day), so it dates the part when the part
        read alone would not."""
        dated = (self.ctx.own_date(part) or part.dates[0].range, True)
        place = self._part_place(part, where)
        made = make_frames(part, own, dated, place, None)
        if not made and self.protest_context and counts_casualties(part, ("fatalities",)) and not killed_by_others(part):
            made = make_frames(part, own, dated, place, Typing("protest", "excessive_force", ("dead_of_its_day",)))
        return made
