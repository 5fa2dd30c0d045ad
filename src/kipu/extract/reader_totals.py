"""Running totals (tallies, GUIDELINES §3) told apart from an incident's counts:
a list of totals, a total's regions, shares and breakdowns, the period a total
counts over, and a toll reached by a day.
"""

from __future__ import annotations

from kipu.extract.clauses import counted_per_region, split_by_region
from kipu.extract.context import PAST_COUNT_DAYS
from kipu.extract.counts import CASUALTY_MEASURES, Count, counts_in, raised_the_total
from kipu.extract.document import SentenceView, list_item
from kipu.extract.events import DEADLY_RECALL_DAYS
from kipu.extract.lexicon import Match
from kipu.extract.periods import counted_over_a_span
from kipu.extract.reader_base import _RANKS_REGIONS
from kipu.extract.readings import (
    FORM_OR_RIOT,
    bare_count_after_total,
    has_incident_trigger,
)
from kipu.extract.sentence_split import places_of_the_incident
from kipu.extract.tallies import (
    LONG_PERIOD_DAYS,
    TALLY_MEASURES,
    count_reached_by_a_day,
    forms_name_a_run,
    make_tally,
)
from kipu.extract.totals import counts_of_a_share, region_share, share_of_last_total, with_its_numbers
from kipu.model import DateRange, Place, TallyMention
from kipu.textnorm import fold


class TotalsReading:
    """Methods of ``pipeline._ArticleReader``, which inherits this class: they share its
    state (``self.doc``, ``self.ctx``, ``self.frames``, ``self.tallies``, ...), set in its ``__init__``."""

    def _part_of_a_listed_total(self, view: SentenceView) -> bool:
        """ "entre el 7 de diciembre y la fecha han fallecido 48 civiles ... y
        enumera las víctimas por región: // - Apurímac: 6 fallecidos en
        Andahuaylas y Chincheros;": an item of a list that a running total
        opens, with no day or incident word of its own, is one of the total's
        parts, as "asciende a ocho: seis en Apurímac, uno en Arequipa" is inside
        one sentence (tallies.split_counts); an item that dates its dead ("18 en
        Juliaca el 9 de enero") still tells that day's incident."""
        if not self.total_list_open:
            return False
        if not list_item(view):
            self.total_list_open = False
            return False
        return not has_incident_trigger(view) and self.ctx.own_date(view) is None

    def _item_of_a_list_of_totals(self, view: SentenceView) -> bool:
        """ "La Defensoría registró desde el 7 de diciembre: // - 58 personas fallecidas. //
        - 300 personas heridas.": the items of a list a lead with no count of its own opens
        with a colon, each a bare count of the dead, wounded or arrested with no place, day
        or incident word of its own, are the totals the lead announces (GUIDELINES §3), not
        an incident of the report's day; their period is the lead's "since" if it gives one."""
        if not list_item(view) or self.ctx.own_date(view) is not None or view.has_any(FORM_OR_RIOT):
            return False
        if any(m.label != "arrests" for m in view.of("state_response")):
            return False  # ("- 600 personas detenidas": the arrests counted are the only force named)
        counts = counts_in(view)
        if not counts or any(c.measure not in CASUALTY_MEASURES or c.single for c in counts) or self.ctx.sentence_places(view):
            return False
        index = view.sentence.index - 1
        while index >= 0 and list_item(self.doc.sentences[index]):
            index -= 1
        lead = self.doc.sentences[index] if index >= 0 else None
        if lead is None or not lead.text.rstrip().endswith(":") or lead.quantities or any(f.view.sentence.index == index for f in self.frames):
            return False
        since = self.ctx.since_date(lead) or self.ctx.since_date(view)
        for c in counts:
            self.tallies.append(make_tally(view, c, self.published, since, self.ctx.country))
        self.tally_paragraph = view.paragraph
        return True

    def _regions_of_the_total(self, view: SentenceView) -> bool:
        """ "[La Defensoría informó que son 48 los fallecidos desde el 7 de diciembre.]
        Puno concentra 18 de los fallecidos, Apurímac 6 y Ayacucho 10", "Puno accounts
        for 18 of the dead, Ayacucho for 10": right after a running total (its
        paragraph or the next), a sentence that gives two or more regions a count each,
        with no incident word and no day of its own, ranks the regions by their share of
        the total. It is the total's breakdown, as "de los ocho fallecidos, seis murieron
        en Apurímac" is (tallies.split_counts): no region's incident on the report's day,
        nor a total of its own (GUIDELINES §3)."""
        if not self.tallies or len(view.quantities) < 2 or len(view.places) < 2 or view.paragraph - self.tally_paragraph not in (0, 1):
            return False  # (speed only: most sentences fail here)
        if has_incident_trigger(view) or self.ctx.own_date(view) is not None:
            return False
        measures = {m.label for m in view.of("measure")}
        if not measures <= {self.tallies[-1].measure} or _RANKS_REGIONS.search(fold(view.text).lower()) is None:
            return False  # ("Diecisiete murieron en Juliaca y uno en Cusco": no share told, the regions' incidents)
        regions = {(p.country, p.admin1) for p in self.ctx.sentence_places(view) if p.admin1 is not None}
        return len(regions) >= 2

    def _share_of_the_total(self, view: SentenceView, share: Match) -> None:
        """ "La cartera precisó que del total de lesionados, 290 son efectivos
        policiales": with no incident word, a count told as a share of the total
        just given is a total of its own (as "De ese total, 39 murieron en
        enfrentamientos" is), never the last incident's count; with no measure
        word ("Of these, 290 are police officers") it counts what the total counts.
        A breakdown by region with no incident word ("Puno accounted for 18 of them
        and Ayacucho for 10") gives each region's share, as one with it does."""
        if view.has("share_of_last") and (parts := self._shares_region_first(view)):
            self.tallies.extend(parts)
            self.tally_paragraph = view.paragraph
            return
        for c in counts_in(view) or counts_of_a_share(view, share, self.tallies[-1], self.doc):
            if c.measure in TALLY_MEASURES and not c.single:
                self.tallies.append(make_tally(view, c, self.published, self.ctx.since_date(view), self.ctx.country))
                self.tally_paragraph = view.paragraph

    def _right_after_a_share(self, view: SentenceView) -> bool:
        """The sentence before, in the same paragraph, told a share of a total
        ("del total de lesionados, 290 son policías"): "Además, 52 personas
        permanecen hospitalizadas" goes on describing the total, not the last
        incident told paragraphs before."""
        before = self._sentence_before(view)
        return before is not None and before.paragraph == view.paragraph and share_of_last_total(before, self.tallies, self.doc) is not None

    def _bare_total_after_total(self, view: SentenceView) -> bool:
        """A bare count of wounded or arrested in the paragraph right after a
        paragraph that told only a running total (``readings.bare_count_after_total``):
        another total. Had either paragraph told an incident, the count would be
        that incident's ("... bringing the toll to 46. Dozens were injured")."""
        return bare_count_after_total(view, self.tally_paragraph) and not any(
            f.view.paragraph in (self.tally_paragraph, view.paragraph) for f in self.frames
        )

    def _death_at_a_hospital(self, view: SentenceView, counts: list[Count]) -> bool:
        """The sentence's only incident figure is one death that raised a
        running total, and it names only the hospital's town."""
        return (
            all(c.single and c.measure == "fatalities" and raised_the_total(c.cue, view) for c in counts)
            and self.ctx.only_treated_there(view)
        )

    def _period_of_a_past_total_just_told(self, view: SentenceView) -> DateRange | None:
        """ "The protests of December 2022 and January 2023 left 49 civilians dead ... A police
        officer was also killed, burned inside his patrol car in Juliaca": a sentence with no day
        of its own right after a total over a closed period long past, in its paragraph, tells
        of that period, not of the report's day (GUIDELINES §2 date: the days the article supports)."""
        if not self.tallies or self.published is None or view.paragraph != self.tally_paragraph or view.sentence.index == 0:
            return None
        period = self.tallies[-1].period
        before = self.doc.sentences[view.sentence.index - 1]
        told = self.tallies[-1].evidence
        if period is None or not (before.span.start <= told.start and told.end <= before.span.end) or before.paragraph != view.paragraph:
            return None
        if period.end >= self.published or (self.published - period.end).days <= PAST_COUNT_DAYS:
            return None  # (a total running to the report, "since January", dates nothing told after it)
        return DateRange(period.start, period.end, period.precision)

    def _span_of_the_total(self, view: SentenceView, when: DateRange | None, when_explicit: bool) -> DateRange | None:
        """ "entre el 7 de diciembre y el 23 de enero fallecieron 57 personas", "desde
        el 7 de diciembre hasta el 31 de enero": a written span of a campaign's length,
        closed at both ends, is the period its total counts (no "since" date to run to
        publication). So is a whole month the sentence names ("Solo en enero se reportaron
        652 heridos", "In January alone, 652 people were injured"), up to publication if
        it is the running month: a total over the month, not of one day; and so is a whole
        year ("Last year, 300 people were arrested", "En 2022 se registraron 300 detenidos")."""
        if when_explicit and when and when.precision in ("month", "year") and any(d.range.precision == when.precision and d.range.start == when.start for d in view.dates):
            return when if self.published is None or when.end <= self.published else (
                DateRange(when.start, self.published, "day", when.span) if when.start <= self.published else None
            )
        if not (when_explicit and when) or when.precision != "day":
            return None
        if when.end > when.start and not view.has("prior", "onset") and view.has("form") and forms_name_a_run(view):
            # "cuatro fallecidos en once días de paro": the run read back from the report's day
            # (a start the sentence writes, "que comenzó el lunes 13 de junio", opens the period instead)
            return when
        if (when.end - when.start).days < LONG_PERIOD_DAYS and not counted_over_a_span(view, when):
            return None
        return when if any(d.kind == "range" and (d.range.start, d.range.end) == (when.start, when.end) for d in view.dates) else None

    def _the_reports_month(self, when: DateRange | None) -> bool:
        """A line of a monthly report dated only by the report's month ("Reporte ... (enero
        de 2023)" / "- 12 personas fallecidas en acciones de protesta"): its counts are the
        month's totals, not one incident spread over the month."""
        month = self.report_month
        # ("Durante el mes, 12 personas murieron": the month written again is the same)
        return month is not None and when is not None and when.start == month.start and when.precision == "month"

    def _period_of_the_last_total(self, view: SentenceView) -> DateRange | None:
        """ "la Defensoría registró 1301 personas heridas en el mismo periodo": the
        period of the total told just before, when it had one."""
        if not self.tallies or not view.has("same_period"):
            return None
        return self.tallies[-1].period

    def _counted_per_region(self, view: SentenceView, where: list[tuple[Place | None, bool]]) -> bool:
        """ "Three people were killed in Junín and two in La Libertad", "se reportaron tres
        fallecidos en Junín y dos en La Libertad": a count told region by region, with no
        period of its own, gives each region its own incident's toll (GUIDELINES §2), as a
        town does; not a running total of the country. A total since a day or told so far
        stays one, and so does one the sentence counts besides its regions' parts ("de los
        ocho fallecidos, seis murieron en Apurímac y dos en Arequipa": a total's breakdown), and
        so does the share of a total just told ("49 people died between December and March.
        Of them, 18 died in Puno and 10 in Ayacucho": the total's breakdown, GUIDELINES §3)."""
        if len(where) < 2 or len(view.quantities) != len(where) or view.has("tally", "so_far") or self.ctx.since_date(view) is not None:
            return False
        if view.has("share_of_last") and share_of_last_total(view, self.tallies, self.doc) is not None:
            return False
        return counted_per_region(view, where)

    def _shares_per_region(self, view: SentenceView, where: list[tuple[Place | None, bool]]) -> list[TallyMention]:
        """ "49 people died between December 2022 and March 2023. Of them, 18 died in
        Puno, 10 in Ayacucho and 6 in Apurímac": a total just told, broken down region
        by region, gives each region's share of it as a total of its own over the same
        period (GUIDELINES §3), never an incident of the region (the days it happened
        on are not told). Empty when the sentence is no such list."""
        if len(where) < 2 or len(view.quantities) != len(where) or not counted_per_region(view, where):
            return []
        clauses = split_by_region(view, where)
        last = self.tallies[-1]
        parts = []
        for clause, own in clauses or []:
            place = own[0][0] if len(own) == 1 else None
            if place is None or not clause.quantities:
                return []
            figure = clause.quantities[0].to_figure(last.measure)
            parts.append(region_share(last, figure.low, figure.qualifier, place, view.span))
        return parts

    def _shares_region_first(self, view: SentenceView) -> list[TallyMention]:
        """ "60 people have died since December. Puno accounted for 18 of them and
        Ayacucho for 10": each region named before its own figure (and after the
        figure before it) gives its share of the total just told, as "Of them, 18
        died in Puno and 10 in Ayacucho" does (``_shares_per_region``). So does one
        region ("Puno accounted for 18 of them"): named before its figure, it is the
        share's subject, not where the dead were treated. Empty unless the regions,
        each once, alternate with as many figures, none above the total."""
        where = places_of_the_incident(view, self.ctx.places_for(view), self.ctx)
        places = sorted((p for p, _ in where if p is not None and p.span is not None and p.admin1), key=lambda p: p.span.start)
        if not places or len(places) != len(where) or len({p.admin1 for p in places}) != len(places):
            return []
        figures = sorted(with_its_numbers(view, self.doc).quantities, key=lambda q: q.span.start)
        last = self.tallies[-1]
        if len(figures) != len(places) or any(getattr(q, "vague", False) or q.low >= last.value for q in figures):
            return []
        ends = [p.span.start for p in places[1:]] + [view.span.end]
        if any(not (p.span.end <= q.span.start < end) for p, q, end in zip(places, figures, ends)):
            return []
        return [region_share(last, q.low, q.qualifier, p, view.span) for p, q in zip(places, figures)]

    def _total_of_the_breakdown(self, view: SentenceView, first_new: int) -> None:
        """ "Clashes in southern Peru left 18 dead on Monday. Seventeen died in Juliaca and
        one in Cusco": a count told region by region right after a sentence that counted
        their sum on the same day breaks that sum down. The sum is no incident's toll of its
        own: the sentence before keeps its frame only where it named a place of its own
        (its count goes), and none where its place was the dateline's or the country."""
        made = self.frames[first_new:]
        last = self.frames[first_new - 1]
        before = self._sentence_before(view)
        if before is None or last.view is not before or before.paragraph != view.paragraph:
            return
        for measure in ("fatalities", "injuries", "arrests"):
            parts = [f.counts.get(measure) for f in made]
            total = last.counts.get(measure)
            if total is None or any(c is None for c in parts) or sum(c.figure.value for c in parts) != total.figure.value:  # type: ignore[union-attr]
                continue
            if any(f.date is None or last.date is None or (f.date.start, f.date.end) != (last.date.start, last.date.end) for f in made):
                return
            if not last.place_explicit or last.place is None or last.place.precision == "country":
                del self.frames[first_new - 1]
            else:
                del last.counts[measure]
            return

    def _toll_reached_by(self, view: SentenceView, when: DateRange | None, tally_counts: list[Count]) -> bool:
        """ "By March 2023, 49 civilians had died in clashes with security forces", in a
        factbox of October 2024: the movement's death toll reached by a day or a month
        is kept as long as a deadly day is (DEADLY_RECALL_DAYS), not another era's toll."""
        return (
            when is not None and self.published is not None and (self.published - when.end).days <= DEADLY_RECALL_DAYS
            and any(c.measure == "fatalities" for c in tally_counts) and count_reached_by_a_day(view)
        )
