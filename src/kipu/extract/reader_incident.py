"""A sentence read for incidents of its own: placed, counted, its running totals
split off to the article's tallies, the readings that set it aside asked, then
typed and made into frames (``reader_frames``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from kipu.extract import nonprotest
from kipu.extract.agents import killed_by_others
from kipu.extract.arrival import (
    destination_only,
    without_origins,
    without_the_consequences_subject,
)
from kipu.extract.classify import Typing, classify, only_generic_protest
from kipu.extract.clauses import counted_per_region, split_by_region
from kipu.extract.context import in_dateline, quoted_testimony
from kipu.extract.counts import Count, counts_in
from kipu.extract.document import SentenceView
from kipu.extract.durations import told_length_days
from kipu.extract.events import (
    DEADLY_RECALL_DAYS,
    PARAGRAPH_DAY,
    is_background,
    make_frames,
)
from kipu.extract.grievance import told_of_an_old_protest
from kipu.extract.last_incident import (
    count_for_last,
    demands_of_last,
    revises_a_toll,
    toll_before,
    toll_of_last,
    toll_of_the_clash_told,
    towns_toll_risen,
    wounded_after_incident,
)
from kipu.extract.lexicon import alternation, lang_words
from kipu.extract.periods import (
    a_movement,
    a_past_month_in_passing,
    a_period_of_months,
    counted_over_a_span,
    counted_since,
    from_its_start,
    protest_since,
    the_day_since_began,
    through_its_ended_run,
)
from kipu.extract.readings import (
    FORM_OR_RIOT,
    anchored,
    another_total,
    ends_a_strike,
    is_attack,
    is_strategic,
    toll_of_the_ended,
    writes_an_unresolved_day,
)
from kipu.extract.recalled import counted_in_the_past
from kipu.extract.sentence_split import places_of_the_incident
from kipu.extract.tallies import (
    LONG_PERIOD_DAYS,
    make_tally,
    split_counts,
    summary_of_a_period,
)
from kipu.extract.totals import (
    counts_of_a_share,
    only_a_tally,
    revised_figure,
    share_of_last_total,
    tallies_in_own_clause,
    without_the_totals_arrests,
)
from kipu.model import DateRange, Place, TallyMention
from kipu.textnorm import fold


def _named_by_its_months(view: SentenceView) -> bool:
    """ "The protests of December 2022 and January 2023 left 49 civilians dead": a sentence
    whose only dates are months long, naming the movement it counts (so no day of its own),
    counts that movement's total (GUIDELINES §3), not an incident of the report's day."""
    return bool(view.dates) and all(d.range.precision == "month" and (d.range.end - d.range.start).days >= LONG_PERIOD_DAYS for d in view.dates)


def _one_run_in_the_months(view: SentenceView, when: DateRange | None, lang: str) -> bool:
    """ "In 2022, a 50-day occupation of Las Bambas land ... forced the mine to
    stop production from April to June": a span of months told with one
    action's own length in days that fits in it bounds that one incident, not
    a period summed up (``periods.a_period_of_months``)."""
    if when is None or not view.has("run_day"):
        return False  # ("a 50-day occupation": the length's cue; speed only)
    days = told_length_days(view, lang)
    return days is not None and days <= (when.end - when.start).days + 1


class IncidentReading:
    """Methods of ``pipeline._ArticleReader``, which inherits this class: they share its
    state (``self.doc``, ``self.ctx``, ``self.frames``, ``self.tallies``, ...), set in its ``__init__``."""

    def _read_incident(self, view: SentenceView, when: DateRange | None, when_explicit: bool) -> None:
        """Place, count and type the sentence's incidents and make their frames
        (its running totals go to the article's tallies)."""
        where = places_of_the_incident(view, self.ctx.places_for(view), self.ctx)
        where = without_origins(view, destination_only(view, where))
        if where and not (kept := without_the_consequences_subject(view, where)):
            # (the mine short of supplies names no place of the blockade: the place stays, as not the incident's own)
            where = [(p, False) for p, _ in where]
        elif where:
            where = kept
        specific = any(p is not None and p.precision not in ("country", "department") for p, _ in where if _)
        counts = counts_in(view)
        share = share_of_last_total(view, self.tallies, self.doc)
        if share is not None and view.has("share_of_last") and (parts := self._shares_per_region(view, where)):
            self.tallies.extend(parts)
            self.tally_paragraph = view.paragraph
            return
        if not counts and share is not None:
            counts = counts_of_a_share(view, share, self.tallies[-1], self.doc)
        if self.tallies and view.has("tally", "strong"):
            counts = revised_figure(view, self.tallies, self.doc, counts)
        summary = summary_of_a_period(view, counts, where, when, when_explicit)
        if self.frames and view.has("tally") and (not specific or self._tells_the_last_town(view)) and toll_of_last(view, self.frames[-1], self.ctx):
            # "[Clashes near the Juliaca airport.] So far 12 people have died", "By nightfall, 17 civilians
            # were dead, most of them shot": the clash's toll, as if the sentence named its town again
            specific = True
            # ("Por la noche, la Defensoría elevó a 17 el número de fallecidos": revised, of the clash's own day)
            # ("the number of dead in Juliaca has risen to 17": the clash's town's toll, brought up to date)
            revised = revises_a_toll(view) or towns_toll_risen(view, self.frames[-1], self.ctx)
        else:
            revised = False
            # "[Unas cinco mil personas marcharon ayer en Cusco.] Los enfrentamientos dejaron 40 heridos": the clash's toll
            specific = specific or bool(self.frames) and toll_of_the_clash_told(view, self.frames[-1], self.ctx)
        tally_counts, incident_counts = split_counts(
            view, counts, specific or self._counted_per_region(view, where),
            # (a span of months written with its days, "between December 7 and March 7", is no day of one incident;
            # nor is the day of a wire's dateline: "LIMA, Feb 7 (Reuters) - ... has confirmed 48 deaths")
            revised or bool(
                when_explicit and when and when.precision == "day" and not counted_since(view, when) and (when.end - when.start).days < LONG_PERIOD_DAYS
                and not counted_over_a_span(view, when)
                and not _the_datelines_day(view, when) and not summary
            ),
            bool(when_explicit and when and (when.end - when.start).days >= LONG_PERIOD_DAYS) or summary or share is not None
            or self._the_reports_month(when) or not when_explicit and _named_by_its_months(view),
            any(p is not None and p.precision == "department" for p, _ in where if _),
        )
        if not tally_counts:
            moved = tallies_in_own_clause(view, incident_counts, self.ctx)
            tally_counts = moved
            incident_counts = [c for c in incident_counts if c not in moved]
        if incident_counts and self.tallies and (
            view.has("perfect_count") and another_total(view, self.tally_paragraph) or self._bare_total_after_total(view)
        ):
            # "At least 19 people have died in the unrest. More than 7,000 people have been detained": another total
            tally_counts = tally_counts + [c for c in incident_counts if c.measure in ("arrests", "injuries") and not c.single]
            incident_counts = [c for c in incident_counts if c not in tally_counts]
        if incident_counts and view.has("strategic", "settlement"):
            # "reached a deal that ended a strike which left two dead": the ended strike's total, not the deal's
            ended = [c for c in incident_counts if not c.single and toll_of_the_ended(view, c)]
            tally_counts = tally_counts + ended
            incident_counts = [c for c in incident_counts if c not in ended]
        span_told = self._span_of_the_total(view, when, when_explicit) or self._period_of_the_last_total(view)
        if when_explicit and tally_counts:
            # the period was the total's; the protest of the when-clause had one day
            when = the_day_since_began(view, when)
        # "en Colombia el paro de 2021 dejó decenas de muertos": another country's toll, told in passing
        abroad = [p for p, e in where if e and p is not None]
        # "en noviembre de 2020 dos jóvenes murieron durante las protestas": another era's toll, recalled
        recalled = when_explicit and is_background(when, self.published) and not view.has("tally", "strong") and not self._toll_reached_by(view, when, tally_counts)
        recalled = recalled and not _toll_of_the_span(self.published, span_told, tally_counts)
        # "Between 1980 and 2000, nearly 70,000 people were killed in the internal conflict": another era's toll
        recalled = recalled or nonprotest.opens_with_old_year(view, self.published) or nonprotest.names_only_old_years(view, self.published, self.lang)
        # ("Posts shared thousands of times claim that hundreds have been killed": a claim a fact-check tests, no total)
        if not (abroad and all(p.country != self.ctx.country for p in abroad)) and not recalled and not view.has("modality", "disputed"):
            for c in tally_counts:
                self.tallies.append(make_tally(view, c, self.published, self.ctx.since_date(view), self.ctx.country, span_told))
                total = self.tallies[-1]
                self.tallies.extend(_regional_parts_of_the_total(view, total, c, where) or _parts_of_the_total(view, total, c))
                self.tally_paragraph = view.paragraph
                self.total_list_open = view.text.rstrip().endswith(":")
        # "tres dirigentes arrestados durante el paro de 2019": a count of another era's protest
        incident_counts = [c for c in incident_counts if not told_of_an_old_protest(view, c.cue, self.published)]
        past = [c for c in incident_counts if counted_in_the_past(view, c, when)]
        incident_counts = [c for c in incident_counts if c not in past]
        if tally_counts and not incident_counts and only_a_tally(view, tally_counts, when, when_explicit, self.ctx.since_date(view)):
            return
        if tally_counts and self.ctx.since_date(view) is not None:
            # (a total since a day: "570 arrested since Oct. 3, when unions struck")
            view = without_the_totals_arrests(view, tally_counts, incident_counts)
        if tally_counts and incident_counts and self._death_at_a_hospital(view, incident_counts):
            # "La cifra se elevó a 49, tras la muerte de X la noche del miércoles en un hospital de
            # Lima. // El joven había recibido perdigones el 11 de enero ... en Cusco": the death
            # that raised the total, where he was treated, is the toll of the incident told next
            self.untold_toll = (view, incident_counts)
            return
        if self.looking_back and self._killings_of_no_day(view, when, when_explicit, incident_counts):
            return
        if self._is_background(view, when, incident_counts) and (when_explicit or self.ctx.inherits_paragraph_date(view)):
            # ("Ese día, diecisiete civiles murieron [...]. Un policía fue asesinado
            # horas más tarde por una turba.": the paragraph's old day is the next sentence's too)
            self.background_view = view
            return
        if when_explicit and a_period_of_months(view, when) and not is_strategic(view) and not _one_run_in_the_months(view, when, self.lang):
            return
        if self.ctx.is_foreign_background(view, where, when_explicit) and not self._country_just_told(view, where):
            return
        if not when_explicit and view.has("in_force") and is_strategic(view) and not view.has_any(FORM_OR_RIOT):
            return  # "recordó que el estado de emergencia declarado en la región sigue vigente": no new measure
        if not when_explicit and is_strategic(view) and nonprotest.is_measure_in_general(view):
            return  # "a state of emergency does not suspend the right to life": a rule for any measure, none taken
        if not when_explicit and is_strategic(view) and nonprotest.is_measure_described(view):
            return  # "Under the decree, the army can help police patrol roads": what the measure just told allows
        if nonprotest.is_crime_arrest(view):
            return  # "detuvo a tres presuntos extorsionadores": policing of crime, told with no protest
        # "tres murieron el viernes donde mantienen un bloqueo desde hace un
        # mes": the movement's long span is where the day's toll fell.
        casualties = any(c.measure in ("fatalities", "injuries", "arrests") for c in incident_counts)
        # ("a 50-day occupation ... from April to June": one action told with its own length is no movement,
        # nor a mention in passing)
        one_run = when_explicit and _one_run_in_the_months(view, when, self.lang)
        if not one_run and (
            a_movement(view, when) or (protest_since(view) and not casualties)
            or a_past_month_in_passing(view, when, when_explicit, where, incident_counts, self.published)
        ):
            return
        # (an article of unknown date: "on Thursday" is still the sentence's own day, though unresolved)
        own_day = when_explicit or self.published is None and writes_an_unresolved_day(view)
        if only_generic_protest(view) and not is_strategic(view) and not is_attack(view) and not one_run and not anchored(view, incident_counts, own_day, where):
            demands_of_last(self.frames, view, self.ctx)  # "Los manifestantes exigen la renuncia de ...": the march's claims
            return
        if is_strategic(view) and len({p.admin1 for p, _ in where if p}) > 1 and not (view.has("riot") and split_by_region(view, where)) and not counted_per_region(view, where):
            # (but "enfrentamientos en Ilave (Puno), ..., y en Cusco, donde la Policía detuvo a cinco": two incidents, one per clause;
            # and "detained 20 people in Lima, 15 in Cusco and 4 in Puno": each region's arrests)
            where = [(self.ctx.country_place([p for p, _ in where if p]), True)]
        first_new = len(self.frames)
        not_a_protest = self._not_a_protest(view)
        forced, where, when, when_explicit = self._forced_typing(view, past, incident_counts, where, when, when_explicit)
        if forced is None and self.protest_context and quoted_testimony(view):
            forced = _testimony_typing(view, incident_counts)
        if forced is None and self.protest_context and _deaths_on_a_day_at_a_place(view, when, when_explicit, where, incident_counts):
            forced = Typing("protest", "excessive_force", ("deaths_on_their_day",))
        self._add_frames(view, forced, incident_counts, past, where, when, when_explicit)
        made = self.frames[first_new:]
        if first_new and made[1:] and self._counted_per_region(view, where):
            self._total_of_the_breakdown(view, first_new)
        if not made and self.frames and incident_counts and all(c.measure == "injuries" for c in incident_counts) and (
            wounded_after_incident(view, self._scene_of_last(), self.ctx)
        ):
            # "[Hundreds of teachers marched through central Lima on Tuesday.] Four officers were injured": a
            # wound word read as an attack that types nothing (no victim named) still counts the march's wounded
            count_for_last(self.frames, view, ("injuries",))
        if made and not when_explicit and when is not None and (self.ctx.inherits_paragraph_date(view) or when == self._period_of_a_past_total_just_told(view)) and not (
            when.start == when.end == self.published  # ("que hoy da trabajo a 11 personas": the report's own day tells nothing)
        ):
            for f in made:
                f.cues.append(PARAGRAPH_DAY)  # its day written earlier in its paragraph (events.attach_undated)
        if made and self.untold_toll is not None:
            toll_before(view, made, *self.untold_toll, self.ctx)
        if not made and incident_counts and not tally_counts and self._count_for_its_region(view, incident_counts, when):
            self.untold_toll = None
            return
        self.untold_toll = (view, incident_counts) if not made and not tally_counts and incident_counts else None
        if view.has("strategic", "settlement") and not is_strategic(view):
            # "the strike ended today after the leader signed the agreement":
            # the strike and the agreement that ended it are two events.
            settled = Typing("strategic_development", "other", ("strategic:settlement",))
            self.frames.extend(make_frames(view, [], (when, when_explicit), [(self.ctx.country_place([p for p, _ in where if p]), True)] if len(where) > 1 else where, settled))
        elif made and when is not None and (
            is_strategic(view) and ends_a_strike(view)
            or (view.has("strategic", "settlement") or view.has("clearing", "road")) and view.has("form") and when_explicit and when.start == when.end
        ):
            # "el comité de lucha levantó ayer el paro de diez días", "lifted the blockade they had
            # held since January 22": the agreement or the lifting, and the action it ended, through
            # the day it ended (an article on its close may be its only report)
            one_day = when_explicit and when.start == when.end
            run = from_its_start(view, through_its_ended_run(view, when, self.lang), self.lang) if one_day else when
            lifted = is_strategic(view) and ends_a_strike(view)
            began = [d.range for d in view.dates if d.kind == "since" and d.range.start < run.start] if lifted else []
            if began:
                # "anunció el fin de la huelga que mantenía paralizado el puerto desde el 2 de mayo"
                run = DateRange(began[0].start, run.end, run.precision, run.span)
            if run.start < when.start or lifted:
                held = Typing("protest", "peaceful", ("protest:ended_run",))
                self.frames.extend(make_frames(view, [], (run, when_explicit), where, held))
        if not_a_protest and not when_explicit and self._in_history_undated(view):
            # ("In early 2019 the community blocked the road. The government declared a state of
            # emergency along the corridor": the measure answered that year's blockade, no news of today)
            del self.frames[first_new:]
        elif not_a_protest:
            # Its other news (an arrest, a measure) stands; its protest words told no protest.
            self.frames[first_new:] = [f for f in self.frames[first_new:] if f.typing.family != "demonstration"]
        if self.joint and len(self.frames) > first_new:
            self.tallies.extend(self.joint)
        self.joint = []


def _parts_of_the_total(view: SentenceView, total: TallyMention, count: Count) -> list[TallyMention]:
    """ "desde el 7 de diciembre han fallecido 58 personas, 47 de ellas en
    enfrentamientos", "58 people have died since December 7, 47 of them in clashes":
    a number right before a part word ("of them", "de ellas") after a total counts a
    part of it over the same period, a total of its own (GUIDELINES §3), as "Of these,
    49 died in clashes" told in the next sentence is."""
    if not view.has("subset") or count.figure.span is None:
        return []
    parts = view.of("subset")
    return [
        replace(total, value=q.low, qualifier=q.qualifier, scope=f"{total.scope}, a part", cues=[*total.cues, "tally:part"])
        for q in view.quantities
        if q.span.start > count.figure.span.end and not getattr(q, "vague", False) and q.low < total.value
        and any(0 <= p.start - q.span.end <= 1 for p in parts)
    ]


def _regional_parts_of_the_total(view: SentenceView, total: TallyMention, count: Count, where: list[tuple[Place | None, bool]]) -> list[TallyMention]:
    """ "60 personas han muerto desde diciembre, de las cuales 18 ocurrieron en Puno
    y 10 en Ayacucho": after a total's figure and a part word, figures each
    followed by a region (before the next figure) are that region's share of the
    total over the same period, totals of their own (GUIDELINES §3), as the same
    breakdown told in the next sentence is (``_shares_per_region``). Empty unless
    two figures or more each have their own region."""
    if not view.has("subset") or count.figure.span is None:
        return []
    after = count.figure.span.end
    if not any(p.start >= after for p in view.of("subset")):
        return []
    figures = [q for q in view.quantities if q.span.start >= after]
    places = sorted((p for p, _ in where if p is not None and p.span is not None and p.admin1 and p.span.start >= after), key=lambda p: p.span.start)
    if len(figures) < 2 or any(getattr(q, "vague", False) or q.low >= total.value for q in figures):
        # (one region's share alone, "de las cuales 580 fueron atendidas en Puno", may tell where they were
        # treated, not hurt: a breakdown names two regions or more, as _shares_per_region asks)
        return []
    parts = []
    for i, q in enumerate(figures):
        end = figures[i + 1].span.start if i + 1 < len(figures) else view.span.end
        place = next((p for p in places if q.span.end <= p.span.start < end), None)
        if place is None:
            return []
        parts.append(replace(
            total, value=q.low, qualifier=q.qualifier, scope=f"{total.scope} in {place.name}", country=place.country,
            cues=[*total.cues, "tally:share", f"region:{place.admin1}"],
        ))
    return parts if len({p.cues[-1] for p in parts}) == len(parts) else []


def _toll_of_the_span(published: date | None, span: DateRange | None, tally_counts: list[Count]) -> bool:
    """ "The Ombudsman's Office recorded 50 deaths between December 2022 and March 2023",
    in an anniversary piece two years on: a death toll over a written span of months
    is the movement's total the article states, kept as long as a deadly day is
    (DEADLY_RECALL_DAYS), though the span lies beyond the plain background reach."""
    return (
        span is not None and published is not None and (published - span.end).days <= DEADLY_RECALL_DAYS
        and any(c.measure == "fatalities" for c in tally_counts)
    )


def _the_datelines_day(view: SentenceView, when: DateRange) -> bool:
    """Whether ``when`` is the day of the wire's dateline opening ``view`` ("LIMA, Feb 7 (Reuters) -"),
    or, for a total word, the clock of a live page's entry: "12:10 | La Defensoría elevó a 47
    la cifra de fallecidos ..., tras la muerte de un herido en Juliaca" dates the update, as a
    dateline dates a wire, not an incident the total is the toll of."""
    return when.span is not None and any(
        d.span == when.span and (in_dateline(view, d) or d.kind == "stamp" and view.has("tally", "strong")) for d in view.dates
    )


def _deaths_on_a_day_at_a_place(
    view: SentenceView, when: DateRange | None, when_explicit: bool, where: list[tuple[Place | None, bool]], counts: list[Count],
) -> bool:
    """ "Los primeros muertos se registraron en Andahuaylas el 11 de diciembre",
    "The first deaths came in Andahuaylas on December 11": in an article about
    protests, deaths told with no figure, on a day and at a place the sentence
    names itself, are an incident of that day and place (lethal force at the
    protests, GUIDELINES §2), though the sentence has no protest or force word
    and counts no one. Only where the sentence reads as nothing else (a death
    in an accident, by criminals or denied keeps its own reading)."""
    if not view.has("measure", "fatalities") or not when_explicit or when is None or when.precision != "day" or when.start != when.end:
        return False
    if any(c.measure == "fatalities" for c in counts) or not view.dates or view.has("modality", "negation"):
        return False
    if any(m.label != "weak" for m in view.of("tally")):
        return False  # ("los muertos suman ya 49 desde diciembre": a running total; "se registraron" is only weak)
    if not any(p is not None and p.precision != "country" for p, named in where if named):
        return False
    if view.has("accident_death") or killed_by_others(view) or _DEATHS_HAPPENED.search(fold(view.text)) is None:
        return False
    return classify(view, 0) is None


# ("Los primeros muertos se registraron ...": deaths told as happening, not named in a grievance or an inquiry)
_DEATHS_HAPPENED_WORDS = alternation((fold(w) for w in lang_words("counts", "deaths_as_happened")), r"\s+")
_DEATHS_HAPPENED = re.compile(rf"(?<!\w){_DEATHS_HAPPENED_WORDS}(?!\w)")


def _testimony_typing(view: SentenceView, counts: list[Count]) -> Typing | None:
    """The typing of a witness's account of a death or a wound in a protest
    article ('"My son was wounded in Juliaca on Monday," said his mother'):
    the sentence's own reading when it has one; else harm done at the
    protest by the state (GUIDELINES §2): lethal force where someone died or
    was shot, an intervention where someone was wounded. None when it counts no one."""
    fatal = next((c.figure.low for c in counts if c.measure == "fatalities"), 0)
    own = classify(view, fatal)
    if own is not None:
        return own
    if fatal or view.has("gunshot"):
        # (one shot, "my brother was shot", "fue herido de bala": live ammunition)
        return Typing("protest", "excessive_force", ("quoted_testimony",))
    if any(c.measure == "injuries" for c in counts):
        return Typing("protest", "intervention", ("quoted_testimony",))
    return None
