"""The extractor: text + publication date + language -> events and tallies.

Stages, each a function of the previous one's output (see docs/architecture.md):
segment -> one lexicon scan + dates + numbers + places -> per-sentence frames
(trigger, typing, figures, inherited date and place) -> tallies split off ->
frames of one incident merged -> events.

Pure and deterministic: no I/O besides reading bundled data files once, no
randomness, no clock. The same (text, published, lang) gives the same output.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from kipu.extract import dates as date_finder
from kipu.extract import numbers as number_finder
from kipu.extract.agents import killed_by_others
from kipu.extract.arrival import destination_only, without_origins
from kipu.extract.claims import acronym_licence, claims_in
from kipu.extract.classify import (
    GENERIC_FORMS,
    INTERVENTION_TACTICS,
    LETHAL_TACTICS,
    NOT_A_CROWD,
    Typing,
    classify,
    forces_and_crowd_named,
    gunfire_on_crowd,
    only_generic_protest,
    state_forces_named,
    strategic_leads,
)
from kipu.extract.clauses import clause_at, incident_clause, split_by_region, split_mob_from_state
from kipu.extract.context import ArticleContext
from kipu.extract.contention import not_reported, set_aside_in
from kipu.extract.counts import CASUALTY_MEASURES, Count, counts_in
from kipu.extract.dates import DateMention
from kipu.extract.durations import run_days
from kipu.extract.document import AnalysedDocument, SentenceView, quote_spans
from kipu.extract.events import (
    Frame,
    dates_overlap,
    attach_undated,
    build_event,
    group_frames,
    is_background,
    make_frames,
)
from kipu.extract.grievance import told_of_an_old_protest
from kipu.extract.lexicon import Lexicon
from kipu.extract import nonprotest
from kipu.extract.onsets import (
    MAX_ONSET_DAYS,
    apply_onsets,
    date_cumulative,
    date_responses,
    find_onsets,
)
from kipu.extract.tallies import ALWAYS_TALLY, LONG_PERIOD_DAYS, TALLY_MEASURES, make_tally, split_counts
from kipu.extract.version import extractor_fingerprint
from kipu.model import DateRange, Extraction, Place, SetAside, Span, TallyMention

SUPPORTED = ("en", "es")
SINCE_AFTER_PROTEST = 25  # chars from a protest word to the "since" date that makes it the movement
FRONTED_MONTH_REACH = 4  # chars before a month that opens the sentence ("En junio")
PASSING_MONTH_REACH = 40  # chars from a protest word to the month that dates it in passing
PAST_COUNT_DAYS = 30  # a figure after a date this much older than its sentence's day counts the past
COUNT_DAY_AFTER = 30  # chars from a casualty word to the date that says when those died
TALLY_PERIOD_DAYS = 14  # a count over a longer period than this is a running total
MOVEMENT_DAYS = 31  # protest "since December" spanning more than a month is a movement, not an incident


def detect_language(text: str) -> str:
    """Language of ``text`` among the supported ones (Spanish lexicon for Portuguese)."""
    from kipu.ingest.language import detect_language as detect

    lang = detect(text)
    if lang == "pt":
        return "es"
    return lang if lang in SUPPORTED else "en"


class Extractor:
    """Pure and deterministic: the same inputs always give the same output."""

    #: Changes whenever the extraction code or language data change (see
    #: :mod:`kipu.extract.version`), so a stored database re-extracts its
    #: documents after an upgrade instead of keeping stale mentions.
    version = extractor_fingerprint()

    def extract(
        self, text: str, *, published: date | None = None, lang: str | None = None, doc_id: str = ""
    ) -> Extraction:
        lang = lang if lang in SUPPORTED else detect_language(text)
        doc = AnalysedDocument.build(
            text,
            lang,
            published,
            Lexicon.for_lang(lang),
            dates=date_finder.find_dates(text, lang, published),
            quantities=lambda spans: number_finder.find_quantities(text, lang, within=spans),
            places=ArticleContext.place_hits(text),
        )
        ctx = ArticleContext(doc)
        frames: list[Frame] = []
        tallies: list[TallyMention] = []
        # Deaths in an article with no incident word anywhere (an accident,
        # a murder trial) are not a protest's: a lone count needs a trigger
        # somewhere in the article to be an event.
        any_trigger = any(_has_incident_trigger(v) for v in doc.sentences)
        # Forces clashing or killing in an article that never names a protest,
        # a protester or a riot are at war, not facing a demonstration.
        protest_context = any(_names_protest(v) for v in doc.sentences)
        protest_paragraphs: set[int] = set()
        set_aside: list[SetAside] = []
        # Readings of protest words that report no protest (kipu.extract.nonprotest).
        in_sport = nonprotest.sport_article(doc)
        names_protest = any(v.has("form") for v in doc.sentences)
        at_war = not names_protest and nonprotest.at_war(doc)  # only read where no protest is named (speed only)
        reference = nonprotest.reference_day(doc)
        licensed = acronym_licence(doc.sentences)
        history_paragraph = -1  # a paragraph opened by an old year ("In the 1980s, ...")
        tally_paragraph = -1  # the paragraph of the last running total
        for view in doc.sentences:
            if view.has_any(_FORM_OR_RIOT):
                protest_paragraphs.add(view.paragraph)
            if view.dates and view.paragraph != history_paragraph:
                history_paragraph = view.paragraph if nonprotest.opens_with_old_year(view, published) else -1
            ctx.observe(view)
            incident = set_aside_in(view, ctx)
            if incident is not None:
                set_aside.append(incident)
            claim = claims_in(view, acronyms=view.span in licensed)
            if claim is not None:
                set_aside.append(claim)
            if frames and not _has_incident_trigger(view) and view.has("anaphor", "place"):
                _relocate_last(frames, view, ctx)
            if frames and _names_the_victims(view):
                continue
            if (
                frames and view.has("anaphor", "incident") and not _trigger_outside_anaphor(view) and not _is_attack(view)
                and not (_crowd_control(view) and view.paragraph in protest_paragraphs)
                and not _force_elsewhere(view, frames[-1], ctx) and not _force_another_day(view, frames[-1], ctx)
                and not _running_total(view) and not view.has("scope", "nationwide")  # "... injured across the country": no one incident's
            ):
                _count_for_last(frames, view)
                continue
            if frames and frames[-1].view.paragraph == view.paragraph and _remark_on_last(view):
                _count_for_last(frames, view)
                continue
            if frames and _died_after_incident(view, frames[-1], ctx) and not killed_by_others(view):
                _count_for_last(frames, view, ("fatalities",))
                if frames[-1].typing.sub_type == "intervention" and "fatalities" in frames[-1].counts:
                    # struck by a canister, dead before reaching hospital: force that killed
                    frames[-1].typing = Typing("protest", "excessive_force", (*frames[-1].typing.cues, "died_later"))
                continue
            # Police force told in the protest's paragraph, or with no place of
            # its own in the one after it ("Late in the afternoon, police fired
            # tear gas..."), is used there.
            at_the_scene = view.paragraph in protest_paragraphs or (
                view.paragraph - 1 in protest_paragraphs and not ctx.sentence_places(view)
            )
            # "At least 46 people have been killed ... More than 1,000 people have been injured.": a total after a total
            after_a_total = bool(tallies) and _another_total(view, tally_paragraph)
            on_a_crowd = _force_on_a_crowd(view)
            if not _may_report(view) and not (at_the_scene and _force_on_the_scene(view)) and not after_a_total and not on_a_crowd:
                if frames and _wounded_after_incident(view, frames[-1], ctx):
                    _count_for_last(frames, view, ("injuries",))
                elif frames and _arrested_at_last_protest(view, frames[-1], ctx):
                    # "En Lima, la Policía reportó 25 detenidos, la mayoría en Ate": that protest's arrests
                    last = frames[-1]
                    own = ctx.own_date(view)
                    dated = (own, True) if own is not None else (last.date, last.date_explicit)
                    arrests = [c for c in counts_in(view) if c.measure == "arrests"]
                    frames.extend(make_frames(view, arrests, dated, ctx.places_for(view), Typing("protest", "intervention", ("arrests_at_protest",))))
                continue
            if not any_trigger and not _has_incident_trigger(view) and not on_a_crowd:
                continue
            if _explainer_headline(view):
                continue
            if not protest_context and _forces_fight(view):
                continue
            if ctx.is_modal(view) or _only_in_quotes(view):
                continue
            when, when_explicit = ctx.date_for(view)
            if not when_explicit and _began_long_before(view, when):
                continue
            if when_explicit or view.has("continuation") and _inherits_the_report_day(view, when, ctx):
                # "mantienen bloqueada la vía por sexto día consecutivo", dated by the report: it began five days before
                when = _since_it_began(view, when)
            if when_explicit and when is not None and when.precision == "day" and when.start == when.end and not _is_strategic(view):
                # "levantaron el bloqueo el lunes, tras 30 días de bloqueo": the day told ends a 30-day run
                when = _through_its_run(view, when, lang)
            where = _places_of_the_incident(view, ctx.places_for(view), ctx)
            where = without_origins(view, destination_only(view, where))
            specific = any(p is not None and p.precision not in ("country", "department") for p, _ in where if _)
            counts = counts_in(view)
            if not counts and tallies and view.has("tally", "share"):
                counts = _share_of_last_total(view, tallies[-1], doc)
            tally_counts, incident_counts = split_counts(
                view, counts, specific,
                # (a span of months written with its days, "between December 7 and March 7", is no day of one incident)
                bool(when_explicit and when and when.precision == "day" and not _counted_since(view, when) and (when.end - when.start).days < LONG_PERIOD_DAYS),
                bool(when_explicit and when and (when.end - when.start).days >= LONG_PERIOD_DAYS),
            )
            if not tally_counts:
                moved = _tallies_in_own_clause(view, incident_counts, ctx)
                tally_counts = moved
                incident_counts = [c for c in incident_counts if c not in moved]
            if when_explicit and tally_counts:
                # the period was the total's; the protest of the when-clause had one day
                when = _the_day_since_began(view, when)
            # "en Colombia el paro de 2021 dejó decenas de muertos": another country's toll, told in passing
            abroad = [p for p, e in where if e and p is not None]
            # "en noviembre de 2020 dos jóvenes murieron durante las protestas": another era's toll, recalled
            recalled = when_explicit and is_background(when, published) and not view.has("tally", "strong")
            # "Between 1980 and 2000, nearly 70,000 people were killed in the internal conflict": another era's toll
            recalled = recalled or nonprotest.opens_with_old_year(view, published) or nonprotest.names_only_old_years(view, published, lang)
            if not (abroad and all(p.country != ctx.country for p in abroad)) and not recalled:
                for c in tally_counts:
                    tallies.append(make_tally(view, c, published, ctx.since_date(view), ctx.country))
                    tally_paragraph = view.paragraph
            # "tres dirigentes arrestados durante el paro de 2019": a count of another era's protest
            incident_counts = [c for c in incident_counts if not told_of_an_old_protest(view, c.cue, published)]
            past = [c for c in incident_counts if _counted_in_the_past(view, c, when)]
            incident_counts = [c for c in incident_counts if c not in past]
            if tally_counts and not incident_counts and _only_a_tally(view, tally_counts, when, when_explicit, ctx.since_date(view)):
                continue
            if when_explicit and is_background(when, published):
                continue
            if when_explicit and _a_period_of_months(view, when) and not _is_strategic(view):
                continue
            if ctx.is_foreign_background(view, where, when_explicit):
                continue
            if nonprotest.is_crime_arrest(view):
                continue  # "detuvo a tres presuntos extorsionadores": policing of crime, told with no protest
            # "tres murieron el viernes donde mantienen un bloqueo desde hace un
            # mes": the movement's long span is where the day's toll fell.
            casualties = any(c.measure in ("fatalities", "injuries", "arrests") for c in incident_counts)
            if _a_movement(view, when) or (_protest_since(view) and not casualties) or _a_past_month_in_passing(view, when, when_explicit, where, incident_counts, published):
                continue
            if only_generic_protest(view) and not _is_strategic(view) and not _is_attack(view) and not _anchored(view, incident_counts, when_explicit, where):
                continue
            if _is_strategic(view) and len({p.admin1 for p, _ in where if p}) > 1 and not (view.has("riot") and split_by_region(view, where)):
                # (but "enfrentamientos en Ilave (Puno), ..., y en Cusco, donde la Policía detuvo a cinco": two incidents, one per clause)
                where = [(ctx.country_place(), True)]
            first_new = len(frames)
            not_a_protest = (
                nonprotest.is_play(view, in_sport)
                or nonprotest.is_state_raid(view)
                or nonprotest.is_trend(view)
                or nonprotest.is_long_ago(view, lang)
                or nonprotest.is_diplomatic_protest(view)
                or nonprotest.is_convened(view)
                or nonprotest.is_crime(view)
                or nonprotest.is_armed_fighting(view, names_protest, at_war)
                or nonprotest.told_as_history(view, reference, lang)
                or nonprotest.opens_with_old_year(view, published)
                or nonprotest.names_only_old_years(view, published, lang)
                or (view.paragraph == history_paragraph and not view.dates)
            )
            last_measure = _measure_referred_to(view, frames)
            if last_measure is not None:
                # "The law also extended the curfew in Puno": a provision of the measure just told
                where = [(last_measure.place, last_measure.place_explicit)]
                when, when_explicit = (when, when_explicit) if when_explicit else (last_measure.date, last_measure.date_explicit)
            forced = _before_the_past(view, past)
            at = _arrests_of_last_incident(view, frames, ctx)
            if at is not None:
                # "... fue contenida con gases. La Policía informó que once personas
                # fueron detenidas": that incident's arrests, where and when it was.
                forced = Typing("protest", "intervention", ("arrests_of_last_incident",))
                where = [(at.place, at.place_explicit)]
                when, when_explicit = (when, when_explicit) if when_explicit else (at.date, at.date_explicit)
            elif view.paragraph in protest_paragraphs and _lone_arrest(view):
                # "He was arrested on March 14", told of a protester: the arrest
                # is force used at that protest, not a strategic development.
                forced = Typing("protest", "intervention", ("arrest_of_a_protester",))
            if forced is None and view.paragraph in protest_paragraphs and _rioters_arrested(view, frames):
                forced = Typing("riot", "violent_demonstration", ("rioters_arrested",))
            if forced is None and _raid_on_lodgings(view, incident_counts):
                forced = Typing("strategic_development", "arrests", ("raid_on_lodgings",))
            days = _measures_by_day(view, ctx) if forced is None and when_explicit else []
            if days:
                # "the state of emergency on Wednesday and the curfew on Friday": two measures
                for day in days:
                    frames.extend(make_frames(view, incident_counts, (day, True), where, Typing("strategic_development", "state_measure", ("measure_of_its_day",))))
            elif forced is None and len(where) == 1 and (split := _mob_and_state_frames(view, incident_counts, (when, when_explicit), where)):
                # "17 civilians were shot dead in Juliaca, and a police officer was killed by a mob": two incidents
                frames.extend(split)
            elif forced is None and (clauses := split_by_region(view, where)):
                # "a protester was killed in Arequipa, as thousands converged on Lima": each region's clause alone
                told = {c.figure.span for c in incident_counts}
                for clause, region in clauses:
                    own = [c for c in counts_in(clause) if c.figure.span in told]
                    # "In July, miners marched in Lima, and in April they blocked the road near Chala": each clause's own date
                    day = ctx.own_date(clause) if len(clause.dates) < len(view.dates) else None
                    # a clause that only counts its dead reads as the sentence's incident
                    typing = None if any(m.category in _CLAUSE_INCIDENT for m in clause.matches) else _typing_of_whole(view, own)
                    frames.extend(make_frames(clause, own, (day, True) if day is not None else (when, when_explicit), region, typing))
            elif _only_the_past_is_an_incident(view, past):
                pass  # only the recalled day's incident, below
            else:
                made = make_frames(view, incident_counts, (when, when_explicit), where, forced)
                if not made and frames and _toll_of_last(view, frames[-1], ctx) and not killed_by_others(view):
                    # "...opened fire on protesters near the airport. Ten people died and dozens were wounded."
                    _count_for_last(frames, view)
                frames.extend(made)
            frames.extend(_past_incident(view, past, where, published))
            if view.has("strategic", "settlement") and not _is_strategic(view):
                # "the strike ended today after the leader signed the agreement":
                # the strike and the agreement that ended it are two events.
                settled = Typing("strategic_development", "other", ("strategic:settlement",))
                frames.extend(make_frames(view, [], (when, when_explicit), [(ctx.country_place(), True)] if len(where) > 1 else where, settled))
            if not_a_protest:
                # Its other news (an arrest, a measure) stands; its protest words told no protest.
                frames[first_new:] = [f for f in frames[first_new:] if f.typing.family != "demonstration"]
        if not any(v.has_any(_FORM_OR_RIOT) for v in doc.sentences):
            # Deaths with no protest or riot word anywhere (a crash, a murder
            # trial, a war) were not met at a demonstration; crowd-control
            # force ("tear gas to disperse groups") still tells of one.
            frames = [f for f in frames if f.typing.family != "demonstration" or _crowd_control(f.view)]
        _place_from_later_in_paragraph(frames)
        groups = attach_undated(group_frames(frames))
        events = [build_event(g) for g in groups]
        apply_onsets(events, groups, find_onsets(doc.sentences, ctx))
        date_responses(events, groups)
        date_cumulative(events, groups, ctx.movement_start())
        reported = {f.view.span for g in groups for f in g if f.typing.family != "strategic"}
        return Extraction(
            doc_id=doc_id, lang=lang, events=events, tallies=_dedupe_tallies(tallies, _title_span(doc)), set_aside=not_reported(set_aside, reported)
        )


_CLAUSE_INCIDENT = ("form", "riot", "strategic", "attack")


def _typing_of_whole(view: SentenceView, own: list[Count]) -> Typing | None:
    """The sentence's own reading, for a clause of it that only counts casualties."""
    fat = next((c.figure.low for c in own if c.measure == "fatalities"), 0)
    return classify(view, fat)


def _place_from_later_in_paragraph(frames: list[Frame]) -> None:
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


def _share_of_last_total(view: SentenceView, last: TallyMention, doc: AnalysedDocument) -> list[Count]:
    """ "La ANP registró 350 agresiones contra periodistas. De ese total, 150
    ocurrieron durante las protestas": a share of the total told in the
    sentence just before, with no measure word of its own, counts what that
    total counts."""
    before = doc.sentences[view.sentence.index - 1] if view.sentence.index > 0 else None
    share = view.of("tally", "share")
    if before is None or before.span != last.evidence or not share:
        return []
    # (numbers are read only where a measure word is; this rare sentence is read here)
    found = view.quantities or number_finder.find_quantities(doc.text, doc.lang, within=[view.span])
    return [
        Count(last.measure, q.to_figure(last.measure), share[0])
        for q in found
        if q.span.start >= share[0].end and not getattr(q, "vague", False)
    ][:1]


def _tallies_in_own_clause(view: SentenceView, counts: list[Count], ctx: ArticleContext) -> list[Count]:
    """ "At least 46 people have died in clashes since then, and a police
    officer was burned to death in Juliaca on January 9": a running total in
    a clause of its own keeps its tally reading though another clause names
    the town and day of an incident."""
    if not (view.has("tally", "weak") or view.has("tally", "strong")):
        return []
    out: list[Count] = []
    for c in counts:
        if c.single or c.measure not in TALLY_MEASURES or c.figure.span is None:
            continue
        clause = clause_at(view, c.figure.span.start)
        if clause is None or not (clause.has("tally", "weak") or clause.has("tally", "strong")):
            continue
        if any(d.range.precision == "day" and d.kind != "since" for d in clause.dates):
            continue
        inside = [p for p in ctx.sentence_places(view) if p.span is not None and clause.span.start <= p.span.start < clause.span.end]
        if any(p.precision not in ("country", "department") for p in inside):
            continue
        out.append(c)
    return out


def _explainer_headline(view: SentenceView) -> bool:
    """ "Explainer: Why Peru's bus drivers keep going on strike": a headline
    that opens as an explainer or a question reports no incident; nor does a
    question ("What are the drivers protesting about?", an explainer's subhead)."""
    if view.text.rstrip().rstrip('"\u201d\'').endswith("?"):
        return True
    if not (view.sentence.index == 0 and view.paragraph == 0 and not view.text.rstrip().endswith(".")):
        return False
    return any(m.start == view.span.start for m in view.of("explainer"))


def _trigger_outside_anaphor(view: SentenceView) -> bool:
    """A protest, riot or measure word other than the one inside "in that
    attack" (a casualty verb such as "were injured" counts the incident told)."""
    refs = view.of("anaphor", "incident")
    return any(
        m.category in ("form", "riot", "strategic") and not any(r.start <= m.start < r.end for r in refs)
        for m in view.matches
    )


def _remark_on_last(view: SentenceView) -> bool:
    """ "The march was peaceful.": a sentence opened by the action just told
    (in its paragraph), with no place, date, force or violence of its own,
    remarks on that action; it is not another one (to be placed in the whole country)."""
    start = view.span.start
    if not any(m.start == start for m in view.of("anaphor", "told")):
        return False
    if view.places or view.dates or view.quantities:
        return False
    return not any(m.category in ("state_response", "riot", "violent_act", "strategic") for m in view.matches)


def _names_the_victims(view: SentenceView) -> bool:
    """ "Entre los detenidos figura la exdirigente del Frente": a sentence
    opened by the victims just counted names some of them; its protest words
    ("acusada de financiar las protestas") tell no incident of its own."""
    start = view.span.start
    return not view.places and any(m.start == start for m in view.of("anaphor", "member"))


def _running_total(view: SentenceView) -> bool:
    """ "Desde el inicio de la crisis, 58 personas han muerto y más de 1.300
    resultaron heridas": a total since the start is the campaign's tally, not
    more victims of the incident just told."""
    return view.has("tally", "strong") and not view.has("tally", "plain")


ANAPHOR_REACH = 4  # sentences back to the incident "en ese ataque" refers to


def _force_elsewhere(view: SentenceView, last: Frame, ctx: ArticleContext) -> bool:
    """ "Meanwhile, in Cusco, police used tear gas against a crowd, and 11
    people were injured", after an incident in Arequipa: force used on a
    crowd in a region of its own is a new incident, not more victims of the
    last one."""
    if not _crowd_control(view):
        return False
    regions = {p.admin1 for p in ctx.sentence_places(view) if p.admin1 is not None}
    return bool(regions) and last.admin_key[1] not in regions


def _force_another_day(view: SentenceView, last: Frame, ctx: ArticleContext) -> bool:
    """ "The following day, police again opened fire ... and several more were
    wounded", after the first day's shooting: force told on a day of its own,
    apart from the last incident's days, is a new incident, not more victims
    of the last one."""
    if not view.has("state_response") or last.date is None or not last.date_explicit:
        return False
    own = ctx.own_date(view)
    return own is not None and own.precision == "day" and not dates_overlap(own, last.date)


def _count_for_last(frames: list[Frame], view: SentenceView, measures: tuple[str, ...] = CASUALTY_MEASURES) -> None:
    """ "Solo de los que se conoce, en ese ataque, resultaron heridas más de 60
    personas": a count told of the incident just told, in a sentence of its own
    with no incident word, is that incident's count (if it has none yet)."""
    last = frames[-1]
    if view.sentence.index - last.view.sentence.index > ANAPHOR_REACH:
        return
    if killed_by_others(view):
        measures = tuple(m for m in measures if m != "fatalities")  # gunmen's victim, not the incident's toll
    if sum(1 for f in frames if f.view is last.view) > 1:
        return  # a sentence naming several regions: its counts belong to none alone
    for c in counts_in(view):
        if c.measure in measures and c.measure not in last.counts:
            last.counts[c.measure] = c


_AGENT_BEFORE = re.compile(r"\b(?:by|during|por|durante)\b[^,;]{0,16}$", re.IGNORECASE)


def _forces_as_agent(view: SentenceView) -> bool:
    """Police or soldiers named as who did it ("by police", "durante un
    patrullaje militar"), not among the wounded ("entre ellos varios agentes")."""
    base = view.span.start
    return any(
        _AGENT_BEFORE.search(view.text, 0, m.start - base) for m in view.of("actor", "police") + view.of("actor", "military")
    )


def _wounded_after_incident(view: SentenceView, last: Frame, ctx: ArticleContext) -> bool:
    """ "Decenas de heridos permanecen hospitalizados", "Hospitals reported
    dozens of wounded": right after force used at a demonstration or a riot, a
    sentence with no incident word that counts the wounded, on no other day,
    in no other region and naming no forces of its own, counts that incident's
    wounded. A running total ("heridos desde diciembre") has its tally cue and
    stays a tally."""
    if not view.has("measure", "injuries") or _total_cue(view) or view.has("background"):
        return False
    if _forces_as_agent(view):
        return False  # "injured by bullet during a military patrol": an incident of its own
    if last.typing.family != "demonstration" or last.typing.sub_type == "peaceful":
        return False
    own = ctx.own_date(view)
    if own is not None and (last.date is None or own.start != last.date.start):
        return False
    return _in_its_region(view, last, ctx)


_WHEN_AFTER = re.compile(r"\s*,\s*(?:cuando|when)\b", re.IGNORECASE)


def _the_day_since_began(view: SentenceView, when: DateRange | None) -> DateRange | None:
    """ "registró 1.229 detenciones desde el 29 de julio, cuando miles salieron
    a protestar": the protest told in the when-clause of a "since" date
    happened on that day, not over the whole period counted since."""
    if when is None or when.start == when.end:
        return when
    base = view.span.start
    for d in view.dates:
        if d.kind != "since" or d.range.start != when.start or d.range.precision != "day":
            continue
        m = _WHEN_AFTER.match(view.text, d.span.end - base)
        if m and any(t.start >= base + m.end() for t in view.matches if t.category in ("form", "riot")):
            return DateRange(when.start, when.start, "day", d.span)
    return when


def _began_long_before(view: SentenceView, when: DateRange | None) -> bool:
    """ "Las protestas comenzaron el 28 de abril con un paro nacional", in a
    report a month later: the sentence dates only the movement's start (its
    day, an onset's, does not date the sentence), so it tells the movement,
    not an incident on the day it would inherit. Onsets closer than
    ``MAX_ONSET_DAYS`` are the incident's own start (kipu.extract.onsets)."""
    if when is None or not view.dates or not view.has("prior", "onset") or _is_strategic(view) or _is_attack(view):
        return False
    if any(view.has("measure", m) for m in CASUALTY_MEASURES):
        return False
    return all((when.start - d.range.end).days > MAX_ONSET_DAYS for d in view.dates)


def _total_cue(view: SentenceView) -> bool:
    """A cue of a running total. A register's verb in the present alone ("Se
    reportan al menos seis heridos", the ``report_now`` cues) is not one when
    the sentence names no date: right after an incident, it counts that
    incident's wounded."""
    tallies = view.of("tally")
    if not tallies:
        return False
    now = {(m.start, m.end) for m in view.of("report_now")}
    return bool(view.dates) or any(m.label != "weak" or (m.start, m.end) not in now for m in tallies)


def _in_its_region(view: SentenceView, last: Frame, ctx: ArticleContext) -> bool:
    """Every place the sentence names lies in the region of the incident ``last``."""
    region = last.place.admin1 if last.place else None
    return all(p.admin1 == region for p in ctx.sentence_places(view))


DIED_LATER_DAYS = 7  # days after the incident a wounded person's death is still its toll


def _died_after_incident(view: SentenceView, last: Frame, ctx: ArticleContext) -> bool:
    """ "He was shot in the abdomen during the clashes. He died hours later in
    hospital.": a sentence about one person ("He", "She") that only tells
    a death, right after force used at a demonstration, in no other region
    and on no earlier or much later day, is that incident's death."""
    if not view.has("measure", "fatalities") or view.has("form") or view.has("riot") or view.has("strategic") or view.has("tally"):
        return False
    if not any(m.start == view.span.start for m in view.of("lone")):
        return False
    if last.typing.family != "demonstration" or last.typing.sub_type == "peaceful":
        return False
    if view.sentence.index - last.view.sentence.index > 2 or "fatalities" in last.counts:
        return False
    own = ctx.own_date(view)
    if own is not None and (last.date is None or not 0 <= (own.start - last.date.start).days <= DIED_LATER_DAYS):
        return False
    return _in_its_region(view, last, ctx)


def _toll_of_last(view: SentenceView, last: Frame, ctx: ArticleContext) -> bool:
    """A sentence right after force used at a demonstration, in its paragraph,
    that only counts dead or wounded (no incident word, day or running total of
    its own, no place outside its region) and reads as nothing by itself, counts that incident."""
    # (an attack word such as "were injured" that made no event of its own is only the count's verb)
    if view.has_any(_FORM_RIOT_STRATEGIC) or view.has("tally") or not (view.has("measure", "fatalities") or view.has("measure", "injuries")):
        return False
    if last.typing.family != "demonstration" or last.typing.sub_type == "peaceful":
        return False
    if view.paragraph != last.view.paragraph or view.sentence.index - last.view.sentence.index != 1:
        return False
    # "Health authorities said 38 people were injured in the capital": a place of
    # the incident's own region named again is no other incident.
    return ctx.own_date(view) is None and (not ctx.sentence_places(view) or _in_its_region(view, last, ctx))


def _arrested_at_last_protest(view: SentenceView, last: Frame, ctx: ArticleContext) -> bool:
    """ "El paro acabó ayer en Lima. // En Lima, la Policía reportó 25 detenidos,
    la mayoría en Ate": arrests counted with no incident word of their own, in the
    protest's region, named again, and right after it (same or next paragraph),
    on no other day, are that protest's arrests. A total ("desde diciembre") stays a tally."""
    if not view.has("measure", "arrests") or view.has("tally", "strong") or view.has("background"):
        return False
    if last.typing.family != "demonstration" or last.view.paragraph not in (view.paragraph, view.paragraph - 1):
        return False
    if not any(c.measure == "arrests" and not c.single for c in counts_in(view)):
        return False
    if not _on_its_day(view, last, ctx):
        return False
    # the region named again: a bare "1,462 detainees" may be a total
    return last.place is not None and last.place.admin1 is not None and bool(ctx.sentence_places(view)) and _in_its_region(view, last, ctx)


def _relocate_last(frames: list[Frame], view: SentenceView, ctx: ArticleContext) -> None:
    """ "El tercer deceso fue de Marcelino Villa. ... este hecho ocurrió en la
    localidad de Tarqui": a sentence that only says where the incident just
    told took place gives the previous sentence's frames their place."""
    places = [p for p, explicit in ctx.places_for(view) if explicit and p is not None and p.admin1 is not None]
    last = frames[-1].view.sentence.index
    if len(places) != 1 or last != view.sentence.index - 1:
        return
    for f in frames:
        if f.view.sentence.index == last and not f.place_explicit:
            f.place, f.place_explicit = places[0], True


def _counted_in_the_past(view: SentenceView, count: Count, when: DateRange | None) -> bool:
    """ "marcharon ayer para recordar a las víctimas del 9 de enero de 2023,
    cuando diecisiete civiles murieron": a figure right after a date well
    before the sentence's own day counts that past day, not today's march."""
    span = count.figure.span
    if span is None or when is None:
        return False
    day = _count_day(view, count)
    return day is not None and (when.start - day.range.end).days > PAST_COUNT_DAYS


def _count_day(view: SentenceView, count: Count) -> DateMention | None:
    """The day a figure was counted on: the last date written before it, or
    one right after its casualty word ("las diez personas que murieron el
    pasado 15 de diciembre de 2022") when that is earlier still."""
    span = count.figure.span
    before = [d for d in view.dates if span is not None and d.span.end <= span.start]
    after = [d for d in view.dates if 0 <= d.span.start - count.cue.end <= COUNT_DAY_AFTER]
    if before and after:
        return min(before[-1], after[0], key=lambda d: d.range.end)
    return (before or after or [None])[-1 if before else 0]


def _past_incident(
    view: SentenceView, past: list[Count], where: list[tuple[Place | None, bool]], published: date | None
) -> list[Frame]:
    """ "marcharon ayer para recordar a las víctimas del 9 de enero de 2023,
    cuando diecisiete civiles murieron por disparos": the deaths counted on a
    past day are that day's incident, an event of its own (dated, placed and
    counted by the article) unless it is background from another era. It is
    typed by what the sentence says from that date on."""
    deaths = [c for c in past if c.measure == "fatalities"]
    if not deaths:
        return []
    day = _past_day(view, deaths[0])
    if is_background(day.range, published):
        return []
    aside = _where_aside(view, day, deaths[0])
    if aside is not None:
        # "In Juliaca, where 18 people were killed on 9 January, hundreds held a vigil": the aside alone tells the past day
        tail = replace(view, matches=[m for m in view.matches if aside[0] <= m.start < aside[1]])
    else:
        tail = replace(view, matches=[m for m in view.matches if m.start >= day.span.start])
    typing = classify(tail, deaths[0].figure.low)
    if typing is None:
        return []
    if typing.sub_type == "mob_violence" and set(tail.labels("state_response")) & set(LETHAL_TACTICS):
        typing = Typing("protest", "excessive_force", ("lethal",))  # shot by the state; the crowd's victim is another incident
    typing = Typing(typing.type, typing.sub_type, typing.cues + ("past_incident",))
    return make_frames(tail, deaths, (day.range, True), where, typing)


def _before_the_past(view: SentenceView, past: list[Count]) -> Typing | None:
    """The typing of a sentence read only up to the past day it recalls: the
    march held "para recordar a las víctimas del 9 de enero" is not lethal."""
    present = _the_present_part(view, past)
    return None if present is None else classify(present, 0)


def _the_present_part(view: SentenceView, past: list[Count]) -> SentenceView | None:
    """The sentence without the past day it recalls and what it says of that
    day (None when it recalls no past deaths)."""
    if not any(c.measure == "fatalities" for c in past):
        return None
    death = next(c for c in past if c.measure == "fatalities")
    aside = _where_aside(view, _past_day(view, death), death)
    if aside is not None:
        return replace(view, matches=[m for m in view.matches if not aside[0] <= m.start < aside[1]])
    cut = min(_past_day(view, death).span.start, death.figure.span.start if death.figure.span else len(view.text) + view.span.start)
    return replace(view, matches=[m for m in view.matches if m.end <= cut])


def _only_the_past_is_an_incident(view: SentenceView, past: list[Count]) -> bool:
    """ "La Fiscalía formalizó ayer la investigación por las muertes ocurridas
    en Juliaca el 9 de enero, cuando 18 personas perdieron la vida durante las
    protestas": the sentence's own day tells no protest (an inquiry, a
    ruling); only the day it recalls was an incident."""
    present = _the_present_part(view, past)
    return present is not None and not any(m.category in _CLAUSE_INCIDENT for m in present.matches)


_WHERE_ASIDE = re.compile(r",\s+(?:where|donde)\s[^,;]*,", re.IGNORECASE)


def _where_aside(view: SentenceView, day: DateMention, death: Count) -> tuple[int, int] | None:
    """The absolute span of the place's aside between commas that holds ``day``
    and the death count ("In Juliaca, where 18 people were killed on 9 January,
    ..."), if any."""
    base = view.span.start
    for m in _WHERE_ASIDE.finditer(view.text):
        lo, hi = base + m.start(), base + m.end()
        if lo <= day.span.start < hi and death.figure.span is not None and lo <= death.figure.span.start < hi:
            return lo, hi
    return None


def _past_day(view: SentenceView, count: Count) -> DateMention:
    """The past day ``count`` was counted on (see ``_count_day``)."""
    day = _count_day(view, count)
    assert day is not None  # only asked of counts _counted_in_the_past found dated
    return day


def _a_movement(view: SentenceView, when: DateRange | None) -> bool:
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
    return movement and not _is_strategic(view) and not _is_attack(view)


def _mob_and_state_frames(
    view: SentenceView, counts: list[Count], when: tuple[DateRange | None, bool], where: list[tuple[Place | None, bool]]
) -> list[Frame]:
    """Frames of each clause when a sentence joins a crowd's killing to another
    incident (``clauses.split_mob_from_state``) and each clause is an incident
    read alone; nothing (read the sentence whole) otherwise."""
    parts = split_mob_from_state(view)
    if parts is None:
        return []
    told = {c.figure.span for c in counts}
    out: list[Frame] = []
    for clause in parts:
        # a lone victim ("a police officer was killed by a mob") counts in its own clause
        own = [c for c in counts_in(clause) if c.figure.span in told or c.single]
        got = make_frames(clause, own, when, where)
        if not got:
            return []
        out.extend(got)
    return out


def _a_period_of_months(view: SentenceView, when: DateRange | None) -> bool:
    """ "12 cases in which people were killed in Ayacucho, Apurímac and Puno
    between December 2022 and February 2023": a written span of several
    months sums up a period (a report's scope), it bounds no one incident."""
    if when is None or when.precision != "month" or (when.start.year, when.start.month) == (when.end.year, when.end.month):
        return False
    return any(d.kind == "range" and d.range.start == when.start and d.range.end == when.end for d in view.dates)


def _protest_since(view: SentenceView) -> bool:
    """ "a key demand of the protesters who have taken to the streets since
    December": the protest words are a general noun and a verb followed by a
    "since" date, so the sentence names the movement, not an incident of the
    day it gives (the day of a vote, a statement)."""
    dates = [
        d for d in view.dates
        if getattr(d, "kind", "") == "since" and (d.range.end - d.range.start).days > MOVEMENT_DAYS  # "en huelga desde el lunes" is the strike
    ]
    if not dates or _is_strategic(view) or _is_attack(view):
        return False
    since = [d.span.start for d in dates]
    triggers = [m for m in view.matches if m.category in ("form", "riot")]
    near = [m for m in triggers if any(0 <= s - m.end <= SINCE_AFTER_PROTEST for s in since)]
    if near and all(d.range.precision == "day" for d in dates) and all(m.category == "form" and m.label not in GENERIC_FORMS for m in near):
        return False  # "have blocked the bridge since January 4": a blockade begun on a named day is the incident, however long
    # The other protest words may only be general nouns ("the protesters who ...").
    return bool(near) and all(m in near or m.label in GENERIC_FORMS for m in triggers)


def _a_past_month_in_passing(
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
    return not _is_strategic(view) and not _is_attack(view)


def _only_a_tally(
    view: SentenceView, tally_counts: list[Count], when: DateRange | None, when_explicit: bool, since: DateRange | None
) -> bool:
    """Whether a sentence whose every figure is a running total reports no incident."""
    if not _has_incident_trigger(view) or view.has("tally", "share"):
        return True  # "De ese total, 57 murieron en enfrentamientos": the total's breakdown
    if all(c.measure in ALWAYS_TALLY for c in tally_counts):
        return True  # "the ANP has registered 150 attacks on journalists": a register
    if _is_strategic(view):
        # "Peru declares a state of emergency as protest deaths rise to seven": the measure is news;
        # "En total, 24 personas fueron detenidas desde el inicio": the arrests are the total itself
        return _arrests_are_the_total(view, tally_counts)
    periods = [when] + [d.range for d in view.dates] if when else [d.range for d in view.dates]
    if any((p.end - p.start).days > TALLY_PERIOD_DAYS for p in periods):
        return True  # "60 deaths in the protests of December to March", "in that period": the movement's toll
    if _forms_name_the_start(view):
        return True
    if view.has("tally", "strong") and not when_explicit and not view.places and not view.has("form"):
        return True  # "hasta la fecha 49 personas han fallecido en enfrentamientos": how the toll died, on no day or place of its own
    if _opens_with_the_total(view) and only_generic_protest(view):
        return True  # "La cifra de fallecidos en las protestas subió a 60 este viernes": the day the figure moved
    # "At least 41 demonstrators have been killed": no day of its own, no incident word;
    # "siete personas han muerto en las protestas desde el 7 de diciembre": a count since a day
    return (not when_explicit or since is not None) and only_generic_protest(view)


def _arrests_are_the_total(view: SentenceView, tally_counts: list[Count]) -> bool:
    """A sentence whose only strategic news is arrests, and whose arrest figure
    is a running total ("in total, 24 people have been arrested since the
    protests began"), tells the total, not a further wave of arrests. Two
    arrest figures ("arrested 30 leaders on Tuesday, bringing the total to
    120") are a day's raid and the total it adds to."""
    return set(view.labels("strategic")) == {"arrests"} and [c.measure for c in tally_counts] == ["arrests"]


TOTAL_OPENING = 12  # chars from a sentence's start to a total it is about ("La cifra de", "The death toll")


def _opens_with_the_total(view: SentenceView) -> bool:
    """The sentence is about a running figure: it opens with one ("La cifra
    de fallecidos...", "The death toll..."), so its day is when the figure
    moved, not an incident's."""
    start = view.span.start
    return any(m.start - start <= TOTAL_OPENING for m in view.of("tally", "strong"))


MOVEMENT_START_REACH = 30  # chars spanned by "since the national strike began", "desde que comenzó el paro"
_SINCE = frozenset({"since", "desde"})
_START_NOUNS = frozenset({"inicio", "comienzo", "start", "beginning", "outbreak"})
START_OF_REACH = 12  # chars from "desde el inicio" to the movement it names ("del paro", "of the national strike")


def _forms_name_the_start(view: SentenceView) -> bool:
    """ "26 people have been killed since the strike began on April 28",
    "desde que comenzó el paro", "desde el inicio del paro": every protest
    word names the movement whose start a running total counts from, none an
    incident told here. So does a protest word inside a total's own phrase
    ("en el marco de las protestas", "las protestas que comenzaron el 28 de abril")."""
    forms = view.of("form")
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


#: Categories whose words make a sentence worth reading for an incident, and
#: the measure words that do too.
_INCIDENT_CATEGORIES = frozenset({"form", "riot", "strategic", "attack"})
_FORM_OR_RIOT = frozenset({"form", "riot"})
_FORM_RIOT_STRATEGIC = frozenset({"form", "riot", "strategic"})
_REPORTED_MEASURES = frozenset({"fatalities", "press_aggressions", "extortion_cases"})


def _may_report(view: SentenceView) -> bool:
    if view.has("caption"):
        return False
    # One pass over the matches, not one per category and label (asked of every sentence).
    for m in view.matches:
        if m.category in _INCIDENT_CATEGORIES or (m.category == "measure" and m.label in _REPORTED_MEASURES):
            return True
    injuries = view.has("measure", "injuries")
    return (
        # "el Minsa informó que 1 785 personas resultaron heridas desde diciembre": a total with no protest word
        (injuries or view.has("measure", "arrests")) and _a_total_told(view)
        # "cuatro personas resultaron heridas por perdigones el martes en Andahuaylas": force on a crowd, counted
        or injuries and _crowd_control(view)
        # "More than 100 students were evicted by police from the campus": state force on a crowd it counts
        or view.has("measure", "participants") and _crowd_control(view) and state_forces_named(view)
    )


def _another_total(view: SentenceView, tally_paragraph: int) -> bool:
    """A perfect-tense count of wounded or arrested ("More than 1,000 people
    have been injured") in the paragraph of a running total just given is
    another total, though it names no period of its own."""
    return (
        view.paragraph == tally_paragraph and view.has("tally", "weak") and not _has_incident_trigger(view)
        and (view.has("measure", "injuries") or view.has("measure", "arrests"))
    )


def _a_total_told(view: SentenceView) -> bool:
    """ "El informe registra 1 400 heridos en todo el país entre diciembre y
    febrero": a total word, or a register's verb with the whole country or a
    span of months, tells a campaign's total even with no protest word."""
    if view.has("tally", "strong"):
        return True
    if not view.has("tally", "weak"):
        return False
    return view.has("scope", "nationwide") or any((d.range.end - d.range.start).days > TALLY_PERIOD_DAYS for d in view.dates if d.range)


def _measure_referred_to(view: SentenceView, frames: list[Frame]) -> Frame | None:
    """The last state-measure frame, when ``view`` opens by referring back to
    a measure ("The law ...", "La medida ...") and reports one itself."""
    if not _is_strategic(view):
        return None
    start = view.span.start + len(view.text) - len(view.text.lstrip(' "\u201c\u00ab'))
    if not any(m.start == start for m in view.of("anaphor", "measure")):
        return None
    return next((f for f in reversed(frames) if f.typing.sub_type == "state_measure"), None)


def _counted_since(view: SentenceView, when: DateRange | None) -> bool:
    """ "Since October 18, more than 200 people have been hurt": the
    sentence's only date opens a period counted up to now; it is no day of
    one incident. The day the count is given ("informó este jueves que 300
    personas han sido detenidas desde el 7 de diciembre") closes the period."""
    return when is not None and any(d.kind == "since" and d.range.start == when.start for d in view.dates) and not any(
        d.kind != "since" and d.range.precision == "day" and d.range.start != when.end for d in view.dates
    )


def _inherits_the_report_day(view: SentenceView, when: DateRange | None, ctx: ArticleContext) -> bool:
    """Whether a sentence with no day of its own is dated by the report itself
    (present tense: "los comuneros mantienen el bloqueo por sexto día")."""
    return when is not None and not view.dates and ctx.published is not None and when.start == when.end == ctx.published


def _since_it_began(view: SentenceView, when: DateRange | None) -> DateRange | None:
    """ "el paro continúa este jueves 14", "a second day of protests on
    Friday": an incident that continues on a day began before it."""
    if when is None or when.precision != "day" or not view.has("continuation"):
        return when
    back = max(int(m.label) for m in view.of("continuation"))
    # "por tercer día, del 13 al 15": a written span of that many days is
    # already the whole run; the count reaches back from its last day.
    return DateRange(min(when.start, when.end - timedelta(days=back)), when.end, when.precision, when.span)


def _through_its_run(view: SentenceView, when: DateRange, lang: str) -> DateRange:
    """A one-day date widened back over the run of days the sentence says the
    action had lasted by then (:mod:`kipu.extract.durations`)."""
    n = run_days(view, lang)
    if n is None:
        return when
    return DateRange(when.end - timedelta(days=n - 1), when.end, when.precision, when.span)


_CROWD_FORCE = frozenset(INTERVENTION_TACTICS) - {"arrests"}


def _crowd_control(view: SentenceView) -> bool:
    """Force other than arrests or killing, the kind used on a crowd."""
    return any(m.category == "state_response" and m.label in _CROWD_FORCE for m in view.matches)


def _force_on_a_crowd(view: SentenceView) -> bool:
    """ "Last Thursday the police fired tear gas at a crowd of schoolteachers on
    Abancay Avenue": crowd-control force by police or soldiers on a crowd they
    name is a demonstration met with force, though no protest word is used."""
    return _crowd_control(view) and forces_and_crowd_named(view)


def _force_on_the_scene(view: SentenceView) -> bool:
    """ "Por la tarde, oficiales de la UIP intervienen, deteniendo a 68
    trabajadores", told in a paragraph about a strike: police force with no
    protest word of its own is used at the protest just told."""
    if gunfire_on_crowd(view):
        return True  # "Militares dispararon contra la multitud con armas de fuego"
    force = set(view.labels("state_response")) & set(INTERVENTION_TACTICS)
    return bool(force) and state_forces_named(view)


def _only_in_quotes(view: SentenceView) -> bool:
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


def _anchored(view: SentenceView, counts: list, when_explicit: bool, where: list) -> bool:
    """A sentence that only says "the protests" reports an event if it gives
    the incident its own date and place, figures, or state force."""
    if counts:
        return True
    if view.has("publication"):
        return False  # "today published a report documenting ... the protests": the report's day and place
    refs = view.of("victims_ref")
    force = {
        m.label
        for m in view.of("state_response")
        if m.label != "accommodation" and not any(r.start <= m.start < r.end for r in refs)
    }
    if force - {"killings"} or force and when_explicit:
        return True  # force of its own; an undated death word or the dead named as victims is not
    own_place = any(explicit for _, explicit in where)
    return when_explicit and own_place


def _lone_arrest(view: SentenceView) -> bool:
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


def _raid_on_lodgings(view: SentenceView, counts: list[Count]) -> bool:
    """Police evicting or detaining people where they were housed ("evict
    protesters who were being housed at the campus") raid a lodging: arrests
    not tied to one protest, even when the sentence names the protests the
    guests came for. Killing or wounding there stays force against protesters."""
    if not view.has("lodged") or view.has("riot"):
        return False
    tactics = set(view.labels("state_response"))
    acted = bool(tactics) or view.has("strategic", "arrests")
    return acted and tactics <= {"dispersal", "arrests"} and not any(c.measure in ("fatalities", "injuries") for c in counts)


ARRESTS_REACH = 6  # sentences back to the incident a bare arrest count belongs to


def _arrests_of_last_incident(view: SentenceView, frames: list[Frame], ctx: ArticleContext) -> Frame | None:
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
    # (a riot only quoted, "informó que 'un grupo lanzó piedras' y que cuatro fueron detenidas", is the arrests' reason told)
    if view.has("form") or any(not view.quoted(m.start) for m in view.of("riot")) or view.places or not frames:
        return None
    last = frames[-1]
    if (
        (last.view.paragraph == view.paragraph or last.view.paragraph + 1 == view.paragraph and not view.dates)
        and view.sentence.index - last.view.sentence.index == 1
        and last.typing.sub_type in ("intervention", "excessive_force", "violent_demonstration")
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


def _on_its_day(view: SentenceView, last: Frame, ctx: ArticleContext) -> bool:
    """A sentence with no day of its own, or one its incident's days hold."""
    own = ctx.own_date(view)
    return own is None or (last.date is not None and dates_overlap(own, last.date))


def _rioters_arrested(view: SentenceView, frames: list[Frame]) -> bool:
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


def _is_attack(view: SentenceView) -> bool:
    """A named person attacked ("a photojournalist covering a demonstration was shot")."""
    return view.has("attack") and view.has("victim")


def _measures_by_day(view: SentenceView, ctx: ArticleContext) -> list[DateRange]:
    """The days of a sentence that lists state measures each with its own day.

    "after the declaration of a state of emergency on Wednesday and the
    imposition of a curfew on Friday" tells two measures on two days; a
    sentence dates only one incident, so each measure takes the day written
    after it and before the next measure. Empty unless every measure has
    its own single day and the days differ.
    """
    if not _is_strategic(view):
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


def _places_of_the_incident(view: SentenceView, where: list[tuple[Place | None, bool]], ctx: ArticleContext) -> list[tuple[Place | None, bool]]:
    """ "Demonstrators blocked highways in eight of Peru's regions, and 5,000
    tourists were stranded in Cusco": when every incident word is in one
    clause that names a place of its own, and the places read for the
    sentence all lie in clauses after it, the incident clause's own places
    stand (there, Peru as a whole)."""
    if len(view.places) < 2 or not where or any(p is None or p.span is None for p, _ in where):
        return where  # (one place named: nothing to choose between; the usual case)
    clause = incident_clause(view)
    if clause is None or not clause.places:
        return where
    span = clause.span
    if any(p.span.start < span.end for p, _ in where):  # type: ignore[union-attr]
        return where  # (a place before the incident's clause, "In San Juan, workers ...", is the whole sentence's)
    own = [p for p in ctx.sentence_places(view) if p.span is not None and span.start <= p.span.start < span.end]
    return [(p, True) for p in own] or where


def _is_strategic(view: SentenceView) -> bool:
    return view.has("strategic") and strategic_leads(view)


def _names_protest(view: SentenceView) -> bool:
    """A protest form, protesters, or a riot other than a bare clash."""
    return view.has("form") or view.has("actor", "protesters") or any(m.label != "clash" for m in view.of("riot"))


def _forces_fight(view: SentenceView) -> bool:
    """ "militants were killed in fierce clashes with security forces": soldiers
    or police fighting with no civilians named (no workers, residents,
    students, crowd) and no strategic measure or attack on a civilian. "Groups
    of transport drivers clashed" is a riot; "clashes in Huamanga left eight
    dead", naming nobody, is left to the rest of the pipeline."""
    if view.has("strategic") or view.has("attack"):
        return False
    if any(a not in NOT_A_CROWD for a in view.labels("actor")) and not view.has("armed"):
        return False
    return view.has("armed") or view.has("actor", "military") or view.has("actor", "police")


def _has_incident_trigger(view: SentenceView) -> bool:
    return view.has_any(_INCIDENT_CATEGORIES)


def _title_span(doc: AnalysedDocument) -> Span | None:
    """The span of the article's headline, if it has one standing alone."""
    if not doc.sentences:
        return None
    first = doc.sentences[0]
    return first.span if first.paragraph == 0 and not first.text.rstrip().endswith(".") else None


def _dedupe_tallies(tallies: list[TallyMention], title: Span | None = None) -> list[TallyMention]:
    seen: set[tuple[str, int]] = set()
    out = []
    for t in tallies:
        key = (t.measure, t.value)
        headline = title is not None and t.evidence is not None and title.start <= t.evidence.start < title.end
        if key not in seen and not (headline and _rounds_another(t, tallies)):
            seen.add(key)
            out.append(t)
    return out


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
