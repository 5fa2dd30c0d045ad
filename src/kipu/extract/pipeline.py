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
from kipu.extract import nonprotest
from kipu.extract import numbers as number_finder
from kipu.extract import places as place_finder
from kipu.extract.agents import STATE_ACTORS, killed_by_others
from kipu.extract.arrival import without_the_consequences_subject, destination_only, without_origins
from kipu.extract.claims import acronym_licence, claims_in
from kipu.extract.classify import Typing, classify, forms_of, law_off_protest, fire_on_attempters, gunfire_on_crowd, only_fired_on_a_people, only_generic_protest, state_forces_are_the_dead, state_forces_named
from kipu.extract.clauses import counted_per_region, counts_casualties, elliptical, split_by_day, split_by_region, split_days_before, split_measure_after_toll, split_where_clauses
from kipu.extract.contention import not_reported, set_aside_in
from kipu.extract.context import PAST_COUNT_DAYS, ArticleContext, dateline_day, in_dateline, opens_with_since_then, quoted_testimony
from kipu.extract.counts import CASUALTY_MEASURES, Count, counts_in, raised_the_total, the_same_measure
from kipu.extract.document import AnalysedDocument, SentenceView, list_item
from kipu.extract.durations import told_length_days
from kipu.extract.events import (
    DEADLY_RECALL_DAYS,
    PARAGRAPH_DAY,
    SEPARATE,
    Frame,
    attach_undated,
    build_event,
    date_title_by_lead,
    group_frames,
    is_background,
    lend_lead_demands,
    make_frames,
    without_summary_leads,
)
from kipu.extract.grievance import PASSING, told_of_an_old_protest
from kipu.extract.jointscan import joint_scan
from kipu.extract.last_incident import (
    OPENING_REACH,
    toll_including_a_crowds_victim,
    add_counts,
    arrested_at_last_protest,
    arrests_of_the_movement,
    arrests_of_last_incident,
    count_for_last,
    crowd_of_last,
    demands_of_last,
    died_after_incident,
    died_of_wounds_later,
    force_another_day,
    force_elsewhere,
    in_its_region,
    incident_named_again,
    measure_referred_to,
    place_from_later_in_paragraph,
    relocate_last,
    rioters_arrested,
    same_day_elsewhere,
    revises_a_toll,
    toll_before,
    kept_where_it_began,
    toll_of_last,
    towns_toll_risen,
    toll_of_the_clash_told,
    wounded_after_incident,
    arrested_after_force,
    bare_demands,
)
from kipu.extract.lexicon import Lexicon, Match, alternation, folded_words, lang_words, languages
from kipu.textnorm import fold
from kipu.extract.listed import lead_of_list, with_the_leads_action
from kipu.extract.onsets import (
    apply_onsets,
    date_cumulative,
    date_responses,
    find_onsets,
)
from kipu.extract.periods import (
    a_movement,
    a_past_month_in_passing,
    a_period_of_months,
    began_long_before,
    counted_over_a_span,
    counted_since,
    dated_ahead,
    from_its_start,
    hurt_on_an_earlier_day,
    inherits_the_report_day,
    measures_by_day,
    protest_since,
    protests_by_day,
    since_it_began,
    the_day_since_began,
    the_day_it_ended,
    through_its_ended_run,
    through_its_named_length,
    through_its_length,
    through_its_run,
    run_to_the_report,
)
from kipu.extract.readings import (
    writes_an_unresolved_day,
    ends_a_strike,
    FORM_OR_RIOT,
    INCIDENT_CATEGORIES,
    anchored,
    another_total,
    bare_count_after_total,
    toll_of_the_ended,
    cause_of_last,
    crowd_control,
    digest_headline,
    explainer_headline,
    force_on_a_crowd,
    force_on_the_scene,
    forces_fight,
    has_incident_trigger,
    is_attack,
    is_strategic,
    died_of_the_forces_munitions,
    lethal_at_the_scene,
    links_header,
    lone_arrest,
    may_report,
    names_protest,
    implies_protest,
    protest_implied,
    names_the_victims,
    only_in_quotes,
    raid_on_lodgings,
    research_method,
    remark_on_last,
    running_total,
    shot_by_the_forces,
    trigger_outside_anaphor,
)
from kipu.extract.recalled import (
    RETROSPECTIVE_RECALL_DAYS,
    before_a_past_where_clause,
    before_the_past,
    RETROSPECTIVE_SENTENCES,
    is_retrospective,
    looks_back,
    counted_in_the_past,
    movement_in_aside,
    only_the_past_is_an_incident,
    past_incident,
)
from kipu.extract.sentence_split import (
    killing_beside_a_protest,
    mob_and_state_frames,
    places_of_the_incident,
    typing_of_whole,
)
from kipu.extract.tallies import LONG_PERIOD_DAYS, TALLY_MEASURES, count_reached_by_a_day, forms_name_a_run, joint_tallies, make_tally, split_counts, summary_of_a_period
from kipu.extract.totals import (
    counts_of_a_share,
    only_deaths_of_wounds,
    dedupe_tallies,
    periods_of_the_article,
    headline_joins_incidents,
    headline_totals_dropped,
    kinds_of_the_total,
    month_of_the_report,
    before_the_cause_of_a_toll,
    only_a_tally,
    revised_figure,
    share_of_last_total,
    tallies_in_own_clause,
    title_span,
    without_the_totals_arrests,
)
from kipu.extract.version import extractor_fingerprint
from kipu.model import DateRange, Extraction, Place, SetAside, TallyMention

SUPPORTED = languages()  # every language with a folder under kipu/lang


def detect_language(text: str) -> str:
    """Language of ``text`` among the supported ones (Spanish lexicon for Portuguese)."""
    from kipu.ingest.language import detect_language as detect

    lang = detect(text)
    if lang == "pt":
        return "es"
    return lang if lang in SUPPORTED else "en"


LABEL_WORDS = 4  # words of a digest's bullet label ("- Periodista asesinado.", "- Bloqueos en Cali.")
SUBHEADING_WORDS = 8  # words of a section's subheading ("El contexto: 17 muertos en un solo día")
SUBHEADING_PARAGRAPH = 2  # the first paragraph a subheading may stand in (the headline and the deck come before)
DEADLY_AFTER_SENTENCES = 3  # sentences after a recalled day's first one that may tell its dead ("By the end of the day 17 were dead")
FRAMES_BACK = 8  # frames looked back through for those of one paragraph (speed only)
# A timeline's item opened by its full date is the article's own chronology: news this far back
# (five years: the movement's dead and days recalled), background only beyond (another era, GUIDELINES §2).
CHRONOLOGY_RECALL_DAYS = 1830
LIST_MARKS = " \t-–—•*"  # a list item's marker before its day
_YEAR = re.compile(r"\d{4}")  # a date written with its year
# "* STATE OF EMERGENCY: On Dec. 14, 2022 the government declared ...": a list item's
# capitalised label and a preposition may come before the day that opens the entry
_ENTRY_HEAD = re.compile(r"^(?:([^:]{1,40}):\s*)?(?:(?i:" + alternation(lang_words("dates", "entry_openers")) + r")\s*)?$")
ENTRY_MARKS = (":", ".", "-", "–", "—")  # what sets a chronology entry's day off from its text


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
        dates = date_finder.find_dates(text, lang, published)
        written = dateline_day(text, dates, published)
        if written is not None:
            # "Puno, 9 de enero (Andina).-" over a feed date of the 16th: "ayer" is the 8th
            published = written
            dates = date_finder.find_dates(text, lang, published)
        # One automaton walk finds the place names and the lexicon's terms (kipu.extract.jointscan).
        joint = joint_scan(lang)
        doc = AnalysedDocument.build(
            text,
            lang,
            published,
            Lexicon.for_lang(lang),
            dates=dates,
            quantities=lambda spans: number_finder.find_quantities(text, lang, within=spans),
            places=ArticleContext.place_hits(text, joint.hits(fold(text))[0]),
            lexicon_walk=joint.terms,
        )
        reader = _ArticleReader(doc)
        for view in doc.sentences:
            reader.read(view)
        return reader.extraction(doc_id)


# "estado de emergencia declarado por el Gobierno el miércoles": the participle within three words of the measure
_MEASURE_DECLARED = re.compile(rf"(?:\s+\S+){{0,3}}?\s+{alternation(lang_words('readings', 'measure_declared'))}\b", re.IGNORECASE)
DECLARED_DAY_REACH = 40  # chars from "declared" to the day it was declared ("by the government on Wednesday")


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


def _typing_of_the_dead_after(view: SentenceView, typing: Typing) -> Typing:
    """The typing of a protest whose dead a later sentence counts: lethal force at it
    (GUIDELINES §2), unless the dead are police or soldiers only ("Officer José Luis Soncco
    died at the scene", after protesters intercepted his patrol): a crowd's killing of an
    officer is mob violence."""
    if state_forces_are_the_dead(view):
        return Typing("riot", "mob_violence", (*typing.cues, "state_forces_killed"))
    return Typing("protest", "excessive_force", (*typing.cues, "dead_after_protest"))


class _ArticleReader:
    """One article read sentence by sentence, in order.

    Each sentence either adds to the incident just told (its dead, its place),
    reports nothing, or is read for incidents of its own: dated, placed,
    counted (running totals split off), typed and made into frames. The
    frames of one incident are merged into events at the end. The rules each
    step asks live by concern in ``readings``, ``last_incident``, ``periods``,
    ``recalled``, ``totals`` and ``sentence_split``."""

    def __init__(self, doc: AnalysedDocument) -> None:
        self.doc = doc
        self.lang = doc.lang
        self.published = doc.published
        self.ctx = ArticleContext(doc)
        self.frames: list[Frame] = []
        self.tallies: list[TallyMention] = []
        self.set_aside: list[SetAside] = []
        # Deaths in an article with no incident word anywhere (an accident,
        # a murder trial) are not a protest's: a lone count needs a trigger
        # somewhere in the article to be an event.
        self.any_trigger = any(has_incident_trigger(v) for v in doc.sentences)
        # Forces clashing or killing in an article that never names a protest,
        # a protester or a riot are at war, not facing a demonstration; unless
        # it tells force that only a crowd meets (readings.protest_implied),
        # which is then the article's incident word too.
        self.protest_context = any(names_protest(v) for v in doc.sentences)
        # ("Thousands of supporters gathered at the ground", with nothing contentious told anywhere: a campaign's crowd)
        self.gatherings_only = self.protest_context and nonprotest.is_bare_gathering_article(doc.sentences)
        self.implied = not self.protest_context and protest_implied(doc.sentences)
        if self.implied:
            self.protest_context = self.any_trigger = True
        self.protest_paragraphs: set[int] = set()
        # An explainer's questions ("Has there been violence?"), asked in paragraphs of their own:
        # the answer after one continues the paragraph before the question.
        self.question_paragraphs: set[int] = set()
        # Readings of protest words that report no protest (kipu.extract.nonprotest).
        self.in_sport = nonprotest.sport_article(doc)
        self.any_form = any(v.has("form") for v in doc.sentences)
        self.at_war = not self.any_form and nonprotest.at_war(doc)  # only read where no protest is named (speed only)
        self.names_gangs = nonprotest.names_gangs(doc)
        self.retrospective = is_retrospective(doc.sentences)  # a look back at a day years ago (recalled.is_retrospective)
        self.looking_back = looks_back(doc.sentences)  # a look back at the movement, months or years on (recalled.looks_back)
        self.gang_paragraphs: set[int] = set()  # paragraphs that name criminal gangs (read so far)
        self.reference = nonprotest.reference_day(doc)
        self.licensed = acronym_licence(doc.sentences)
        self.history_paragraph = -1  # a paragraph opened by an old year ("In the 1980s, ...")
        self.list_lead: SentenceView | None = None  # the sentence whose action a list's items share (kipu.extract.listed)
        self.list_paragraph = -1  # the paragraph of the list item last read: its further sentences keep the list open
        self.list_item = False  # whether the sentence being read is a list item (set by ``_listed``)
        self.force_named_before: SentenceView | None = None  # crowd force whose forces the sentence before names
        self.tally_paragraph = -1  # the paragraph of the last running total
        self.total_list_open = False  # a running total ended with a colon, its list of parts read now
        self.in_links = False  # inside a box of links to other stories (readings.links_header)
        self.correction_paragraph = -1  # a "Fe de erratas" / "Correction:" paragraph: figures told before, fixed
        # a toll told with no incident word, kept for the next sentence (last_incident.toll_before)
        self.untold_toll: tuple[SentenceView, list[Count]] | None = None
        # the last sentence read as another era's news (events.is_background), kept for its follow-up
        self.background_view: SentenceView | None = None
        # a toll the sentence being read told once for two regions (tallies.joint_tallies)
        self.joint: list[TallyMention] = []
        # the month a periodic report's headline names ("Reporte de conflictos sociales N.° 227 (enero de 2023)")
        self.report_month = month_of_the_report(doc, self.published)
        # force told in passing of another day ("luego de la intervención policial del día anterior"): that
        # day's incident's, if the article tells one (``_force_of_another_day``)
        self.passing: list[Frame] = []

    def read(self, view: SentenceView) -> None:
        """Read one sentence, after every sentence before it."""
        # "Related" over "- Peru declares a state of emergency ...": other stories' headlines
        self.in_links = links_header(view) or (self.in_links and list_item(view))
        if self.in_links:
            return
        # "Fe de erratas: en una versión anterior se indicó que los detenidos eran 41. La cifra
        # correcta es 14.": the rest of a correction's paragraph tells no news of its own
        if view.has("correction"):
            self.correction_paragraph = view.paragraph
        if view.paragraph == self.correction_paragraph:
            return
        if view.has("superseded"):
            return  # "The office had earlier put the number of dead at 12": a figure since revised
        view = self._listed(view)
        self._observe(view)
        if self.doc.passing_days and view.has("passing_day"):
            self._force_of_another_day(view)
        if self._bullet_label(view) or self._subheading(view):
            return
        if self._part_of_a_listed_total(view) or self.tallies and self._regions_of_the_total(view):
            return
        if view.quantities and self.list_item and self._item_of_a_list_of_totals(view):
            return
        # (``places[1:]``: two places or more, read without a call; speed only)
        if self.frames and view.places[1:] and self._regions_of_the_action(view):
            return
        if self._follows_background(view):
            return
        if self.frames and view.has("spread"):
            kept_where_it_began(self.frames, view, self.ctx)
        if self._adds_to_last(view) or self._reports_no_incident(view):
            return
        if self.ctx.planned_forms:
            view = self.ctx.without_planned_forms(view)
        dated = self._when(view)
        if dated is None:
            return
        first = len(self.frames)
        self._read_incident(view, *dated)
        made = self.frames[first:]
        if made and view.has("separate") and self._separate_incident(view, first):
            for f in made:
                f.cues.append(SEPARATE)
        if made and view.has("strategic", "state_measure"):
            self._measure_with_its_own_day(view, first)
            self._measure_after_the_riot(view, first)

    def _measure_after_the_riot(self, view: SentenceView, first: int) -> None:
        """ "Rioters burned shops in the old city on Thursday, and police imposed a curfew": the
        riot told first leads the sentence's typing (classify.strategic_leads), and the measure
        that answered it is a state measure of its own (GUIDELINES §2), of the riot's day and place."""
        made = self.frames[first:]
        if not made or any(f.typing.type != "riot" for f in made):
            return
        measure = view.of("strategic", "state_measure")[0]
        if not any(m.start < measure.start for m in view.of("riot")):
            return
        typing = Typing("strategic_development", "state_measure", ("measure_after_the_riot",))
        last = made[-1]
        self.frames.extend(make_frames(view, [], (last.date, last.date_explicit), [(last.place, last.place_explicit)], typing))

    def _separate_incident(self, view: SentenceView, first: int) -> bool:
        """ "[Cientos de trabajadores portuarios marcharon este jueves por el
        centro de Limón.] Asimismo, se reportan enfrentamientos en la noche
        entre vecinos de los barrios Limoncito y Cieneguita y la Fuerza
        Pública": a sentence opened as another incident (``separate`` cues)
        whose crowd is not the one of the protest just told (other actors, none
        of the state) is an incident of its own (``events.same_incident``)."""
        start = view.span.start
        if not any(m.start - start <= OPENING_REACH for m in view.of("separate")):
            return False
        own = {m.label for m in view.of("actor")}.difference(STATE_ACTORS)
        if not own:
            return False
        # (the crowd of the protest just told, named in the last of its sentences that names one)
        told = next((
            crowd for f in reversed(self.frames[:first])
            if f.typing.family == "demonstration" and (crowd := {m.label for m in f.view.of("actor")}.difference(STATE_ACTORS))
        ), None)
        return told is not None and own.isdisjoint(told)

    def _force_of_another_day(self, view: SentenceView) -> None:
        """ "Se inicia el segundo día de huelga. La presidenta declara que luego
        de la intervención policial del día anterior los muelles funcionan":
        force told in passing of an earlier day (set apart by
        ``grievance.strip_force_of_another_day``) is that day's, read alone
        and kept aside; ``extraction`` adds it to that day's incident when the
        article tells one, and makes no event of it otherwise."""
        mark = view.of("passing_day")[0]
        day = next((d for d in view.dates if d.span.start == mark.start), None)
        if day is None:
            return
        # (the sentence as it read before its force was set apart)
        whole = replace(view, matches=[Match(m.start, m.end, m.category[len(PASSING):], m.label, m.term) if m.category.startswith(PASSING) else m for m in view.matches])
        # ("tras los enfrentamientos del domingo, en los que murieron dos jóvenes": the toll told with it, that day's)
        passed = {(m.start, m.end) for m in view.matches if m.category.startswith(PASSING) and m.category.endswith(":measure")}
        tolls = [c for c in counts_in(whole) if c.measure in CASUALTY_MEASURES and (c.cue.start, c.cue.end) in passed] if passed else []
        dead = max((c.figure.low for c in tolls if c.measure == "fatalities"), default=0)
        typing = classify(whole, dead)
        if typing is None or typing.family != "demonstration":
            return
        where = places_of_the_incident(view, self.ctx.places_for(view), self.ctx)
        self.passing.extend(make_frames(whole, tolls, (day.range, True), where, Typing(typing.type, typing.sub_type, (*typing.cues, "passing_force"))))

    def _that_days_incident(self) -> list[Frame]:
        """The passing force of ``_force_of_another_day`` whose day the article
        tells an incident of its own on (one day it writes, in the same region);
        and force told in passing with its own dead ("tras los enfrentamientos del
        domingo, en los que murieron dos jóvenes"), an incident of that day
        whether or not the article tells it again (GUIDELINES §2)."""
        told = {
            (f.admin_key, f.date.start) for f in self.frames
            if f.typing.family == "demonstration" and f.date_explicit and f.date is not None and f.date.start == f.date.end
        }
        return [f for f in self.passing if f.date is not None and ((f.admin_key, f.date.start) in told or "fatalities" in f.counts)]

    def _measure_with_its_own_day(self, view: SentenceView, first: int) -> None:
        """ "Los manifestantes marcharon en contra del estado de emergencia
        declarado por el Gobierno el miércoles": the march is read, and the
        measure it opposes, declared on a day of its own, is a state measure
        of that day too (GUIDELINES §2, strategic_development), the whole
        country's unless the sentence says otherwise."""
        made = self.frames[first:]
        if any(f.typing.type == "strategic_development" for f in made) or not view.has_any(FORM_OR_RIOT):
            return
        base = view.span.start
        for m in view.of("strategic", "state_measure"):
            declared = _MEASURE_DECLARED.match(view.text, m.end - base)
            if declared is None:
                continue
            after = base + declared.end()
            day = next((d.range for d in view.dates if after <= d.span.start <= after + DECLARED_DAY_REACH and "," not in view.text[after - base : d.span.start - base]), None)
            if day is None or day.precision != "day" or any(
                f.typing.sub_type == "state_measure" and f.date is not None and f.date.start == day.start for f in self.frames
            ):
                continue  # (a measure told before with that day is the same one)
            typing = Typing("strategic_development", "state_measure", ("declared_on_its_day",))
            self.frames.extend(make_frames(view, [], (day, True), [(self.ctx.country_place(), False)], typing))
            return

    def _bullet_label(self, view: SentenceView) -> bool:
        """ "- Periodista asesinado. // El comunicador Jorge Ramírez fue asesinado
        en Tumaco el jueves 6 de mayo": a digest's short bullet, a paragraph of
        its own, with no date or figure, over a paragraph of running text (no
        bullet) is the label of the story told below it, not another incident
        (read, it spans the digest's whole week). Its place still scopes the
        story below ("- Bloqueos en Cali.")."""
        if not list_item(view) or view.dates or view.quantities:
            return False
        if len(view.text.split(None, LABEL_WORDS + 1)) > LABEL_WORDS + 1:  # the marker and the label's words
            return False
        index = view.sentence.index
        if index + 1 >= len(self.doc.sentences):
            return False
        below = self.doc.sentences[index + 1]
        return below.paragraph != view.paragraph and not list_item(below) and (index == 0 or self.doc.sentences[index - 1].paragraph != view.paragraph)

    def _subheading(self, view: SentenceView) -> bool:
        """ "El contexto: 17 muertos en un solo día": a short line of its own with a
        count, with no stop and no day, set between paragraphs of running text
        deep in the article, heads the section below it; the count it sums up is
        told there (its dead are the section's, not a new incident on the
        publication day at the place the story was last at). Its place still
        scopes the section (read above); one with no count ("El paro, marcado por
        la violencia") is read, its action named."""
        if not view.quantities or view.paragraph < SUBHEADING_PARAGRAPH or view.dates or view.text.rstrip().endswith((".", '"', "\u201d", "»")):
            return False
        if len(view.text.split(None, SUBHEADING_WORDS)) > SUBHEADING_WORDS or list_item(view):
            return False
        index = view.sentence.index
        sentences = self.doc.sentences
        if index + 1 >= len(sentences) or sentences[index - 1].paragraph == view.paragraph:
            return False
        below = sentences[index + 1]
        return below.paragraph != view.paragraph and not list_item(below)

    def _listed(self, view: SentenceView) -> SentenceView:
        """A list item with no incident word of its own, read with the action
        of the sentence that introduced the list (kipu.extract.listed)."""
        # (whether the sentence is a list item, asked again by ``read``; speed only)
        self.list_item = list_item(view)
        if not self.list_item:
            if self.list_lead is not None and view.paragraph == self.list_paragraph:
                # "- Puno: 38 puntos de bloqueo. Principales corredores afectados: ...": the
                # item's second sentence, in its paragraph; the list goes on after it
                return view
            self.list_lead = None
            return view
        self.list_paragraph = view.paragraph
        if self.list_lead is None:
            self.list_lead = lead_of_list(self.doc.sentences, view)
        if self.list_lead is None or has_incident_trigger(view):
            return view
        return with_the_leads_action(view, self.list_lead)

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

    def _dated_by_months(self, view: SentenceView) -> bool:
        """The sentence's own date is a span of months ("between January and
        February"): what it counts is that period's total, not more of the
        incident just told (a long span is a campaign's, ``LONG_PERIOD_DAYS``)."""
        if not view.dates:
            return False
        own = self.ctx.own_date(view)
        return own is not None and (own.end - own.start).days >= LONG_PERIOD_DAYS

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

    def _regions_of_the_action(self, view: SentenceView) -> bool:
        """ "[Se contabilizan 116 puntos de bloqueo de vías en 10 regiones.] La mayor cantidad se
        encuentra en Puno, con 72 puntos, seguida de Cusco, con 16, y Apurímac, con 9": right after
        an action counted for the whole country, a sentence in its paragraph with no incident word and
        no day of its own that ranks two or more regions by a number each tells where the action is:
        the same action in each region named, on its day (GUIDELINES §2: one event per region)."""
        last = self.frames[-1]
        if last.view.paragraph != view.paragraph or len(_DIGITS.findall(view.text)) < 2:
            return False  # (speed only: most sentences fail here)
        if view.sentence.index - last.view.sentence.index != 1 or last.place is None or last.place.admin1 is not None:
            return False
        if last.typing.family != "demonstration" or not forms_of(last.view):
            return False
        if has_incident_trigger(view) or self.ctx.own_date(view) is not None or view.has("measure"):
            return False
        if _RANKS_REGIONS.search(fold(view.text).lower()) is None:
            return False
        regions: dict[tuple[str, str | None], Place] = {}
        for p in self.ctx.sentence_places(view):
            if p.admin1 is not None and p.country == last.place.country:
                regions.setdefault((p.country, p.admin1), p)
        if len(regions) < 2:
            return False
        # (each keeps the action's sentence, which names its form: the ranking sentence names none)
        self.frames.extend(replace(last, place=p, place_explicit=True, counts={}, cues=[*last.cues, "regions_of_the_action"]) for p in regions.values())
        return True

    def _observe(self, view: SentenceView) -> None:
        """What every sentence leaves for the ones after it: protest paragraphs,
        a history paragraph, the context's running date and place, set-asides."""
        if view.has_any(FORM_OR_RIOT):
            self.protest_paragraphs.add(view.paragraph)
        if self.names_gangs and view.has("actor", "criminal_groups"):
            self.gang_paragraphs.add(view.paragraph)
        if view.text.rstrip().endswith("?") and self._opens_its_paragraph(view):
            # (an explainer's question heads its paragraph; a TV anchor's "Carlos, what are you
            # seeing?" closes a paragraph that told the story, which the report after it goes on with)
            self.question_paragraphs.add(view.paragraph)
        if view.dates and view.paragraph != self.history_paragraph:
            self.history_paragraph = view.paragraph if (
                nonprotest.opens_with_old_year(view, self.published) or nonprotest.opens_with_a_past_year(view, self.published, self.lang)
            ) else -1
        self.ctx.observe(view)
        incident = set_aside_in(view, self.ctx)
        if incident is not None:
            self.set_aside.append(incident)
        claim = claims_in(view, acronyms=view.sentence.index in self.licensed)
        if claim is not None:
            self.set_aside.append(claim)

    def _follows_background(self, view: SentenceView) -> bool:
        """ "Ese día, diez personas murieron [...]. Otras cuarenta resultaron
        heridas.": a sentence with no day and no incident word of its own, right
        after one told of another era in its paragraph, adds to that old
        incident, not to the last one kept."""
        last, self.background_view = self.background_view, None
        if last is None or last.paragraph != view.paragraph or view.sentence.index - last.sentence.index != 1:
            return False
        if has_incident_trigger(view) or self.ctx.own_date(view) is not None:
            return False
        self.background_view = view
        return True

    def _adds_to_last(self, view: SentenceView) -> bool:
        """Whether the sentence only adds to the incident just told (its place,
        its victims' names, its dead or wounded, a remark on it)."""
        if self.frames and view.has("anaphor", "place") and (not has_incident_trigger(view) or _opens_with_anaphor_place(view)):
            # ("The shooting took place in Chame, where teachers had blocked traffic": placed by its
            # subject, whatever the clause after the place tells)
            relocate_last(self.frames, view, self.ctx)
        if self.frames and names_the_victims(view):
            return True
        if (
            self.frames and "gunfire_then_dead" in self.frames[-1].typing.cues and view.sentence.index - self.frames[-1].view.sentence.index == 1
            and not view.has("tally")  # ("... had died and one more died weeks later, bringing the toll to 18": read as a total too)
        ):
            self._dead_of_the_gunfire(view)  # "Soldiers opened fire at the airport in Ayacucho. Ten people died on December 15, 2022."
            return True
        if self.frames and _arrest_told_again(view, self.frames):
            return True  # "[She was detained on 9 February.] On 11 February the prosecutor announced that she had been arrested"
        if self.frames and bare_demands(view) and demands_of_last(self.frames, view, self.ctx):
            return True  # "Gremios de transporte acatan el paro. Exigen la derogatoria de la ley."
        if (
            self.frames and view.has("anaphor", "incident") and not trigger_outside_anaphor(view) and not is_attack(view)
            # force told in the protest's paragraph, or by forces the sentence names ("El martes, la policía
            # lanzó bombas lacrimógenas y cuatro comuneros resultaron heridos"), is an incident of its own
            and not (crowd_control(view) and (view.paragraph in self.protest_paragraphs or force_on_the_scene(view)))
            and not force_elsewhere(view, self.frames[-1], self.ctx) and not force_another_day(view, self.frames[-1], self.ctx)
            and not running_total(view) and not view.has("scope", "nationwide")  # "... injured across the country": no one incident's
            # "Between January and February alone, more than 500 people were injured": a span of months' count
            and not self._dated_by_months(view)
            # "The commission later counted 325 deaths in the crackdown": a register's count of the whole movement
            and not (view.has("tally", "weak") and view.has("tally", "context"))
            # "12 people were injured in Cusco", after a clash in Lima: another region's count
            and (not self.ctx.sentence_places(view) or in_its_region(view, self.frames[-1], self.ctx))
        ):
            had_dead = "fatalities" in self.frames[-1].counts
            # ("Más de dos mil comuneros participan en la medida": the crowd of the action just told, counted)
            crowd = self.frames[-1].typing.family == "demonstration" and "participants" not in self.frames[-1].counts
            count_for_last(self.frames, view, (*CASUALTY_MEASURES, "participants") if crowd else CASUALTY_MEASURES)
            last = self.frames[-1]
            if not had_dead and "fatalities" in last.counts and last.typing.sub_type in ("peaceful", "intervention", "violent_demonstration") and not killed_by_others(view):
                # "Diez personas murieron en Senkata y más de treinta resultaron heridas", after the
                # blockade: the dead of the protest just told, as when no wounded are counted (_read_incident)
                last.typing = _typing_of_the_dead_after(view, last.typing)
            elif "injuries" in last.counts and last.typing.sub_type in ("peaceful", "intervention") and shot_by_the_forces(view) and not killed_by_others(view):
                # "Decenas resultaron heridos por disparos de la Policía", after the march: its
                # wounded by live rounds, lethal force at the protest just told
                last.typing = Typing("protest", "excessive_force", (*last.typing.cues, "shot_after_protest"))
            return True
        if self.frames and self.frames[-1].view.paragraph == view.paragraph and remark_on_last(view):
            count_for_last(self.frames, view)
            return True
        if self.frames and cause_of_last(view, self.doc.folded):
            return True  # "La protesta se produce luego de que, el domingo, sicarios asesinaran a un chofer"
        if self.frames and died_of_wounds_later(view, self.frames[-1], self.ctx):
            count_for_last(self.frames, view, ("fatalities",))
            return True
        if self.frames and died_after_incident(view, self.frames[-1], self.ctx) and not killed_by_others(view):
            count_for_last(self.frames, view, ("fatalities",))
            if self.frames[-1].typing.sub_type == "intervention" and "fatalities" in self.frames[-1].counts:
                # struck by a canister, dead before reaching hospital: force that killed
                self.frames[-1].typing = Typing("protest", "excessive_force", (*self.frames[-1].typing.cues, "died_later"))
            return True
        return False

    def _reports_no_incident(self, view: SentenceView) -> bool:
        """Whether the sentence reports no incident of its own: nothing worth
        reading (though it may count the last incident's wounded or arrests),
        no incident word in the whole article, a headline question, forces at
        war, a call, a plan or a voice."""
        if research_method(view):
            return True  # "El estudio se basa en entrevistas a 40 participantes de las marchas": the research's sample
        # Every reading of force below needs a tactic named: without one they are all False (speed only).
        forced = view.has("state_response")
        # Police force told in the protest's paragraph, or with no place of
        # its own in the one after it ("Late in the afternoon, police fired
        # tear gas..."), is used there.
        at_the_scene = forced and (
            view.paragraph in self.protest_paragraphs
            or (
                self._paragraph_before(view) in self.protest_paragraphs
                # (or crowd-control force only in the protest's region: "la Policía lanza bombas lacrimógenas en
                # el cruce de Abancay con Lampa"; arrests counted there are left to the rules below)
                and (
                    not self.ctx.sentence_places(view)
                    or crowd_control(view) and any(in_its_region(view, f, self.ctx) for f in self._frames_of_paragraph(self._paragraph_before(view)))
                )
            )
        )
        # "At least 46 people have been killed ... More than 1,000 people have been injured.": a total after a total
        after_a_total = bool(self.tallies) and another_total(view, self.tally_paragraph)
        if forced and self.tallies and kinds_of_the_total(view, self.tally_paragraph, self.frames, self.ctx):
            return True
        # (live rounds fired at a crowd the sentence names are force at a demonstration, as tear gas is)
        on_a_crowd = forced and (force_on_a_crowd(view) or gunfire_on_crowd(view) or self._gunfire_then_dead(view))
        scene_force = False
        if at_the_scene:
            before = self._sentence_before(view)
            scene_force = force_on_the_scene(view, before)
            if scene_force and not force_on_the_scene(view):
                # "una línea de agentes antidisturbios cierra el paso. Los primeros gases lacrimógenos
                # caen sobre la columna": force with its forces named just before, at the protest told
                self.force_named_before = view
        # '"My son was wounded in Juliaca on Monday," said his mother': a witness's account, in a protest article
        testimony = self.protest_context and quoted_testimony(view)
        if not may_report(view) and not scene_force and not after_a_total and not on_a_crowd and not testimony:
            if (share := share_of_last_total(view, self.tallies, self.doc)) is not None:
                self._share_of_the_total(view, share)
            elif self._right_after_a_share(view):
                pass  # "Del total de lesionados, 290 son policías. Además, 52 siguen hospitalizados": the total's, no incident's
            elif self.frames and wounded_after_incident(view, self._scene_of_last(), self.ctx):
                # ("reportó al menos seis heridos y cuatro detenidos": the arrests counted with them too)
                count_for_last(self.frames, view, ("injuries", "arrests"))
            elif self.frames and view.quantities and (named := incident_named_again(view, self.frames, self.ctx)) is not None:
                # "21:00 — La Defensoría informa de 22 civiles heridos en Lima", entries after Arequipa's: Lima's incident of the day
                add_counts(named, view)
            elif self.frames and arrested_after_force(view, self.frames, self.ctx):
                count_for_last(self.frames, view, ("arrests",))
            elif self.frames and crowd_of_last(view, self.frames[-1], self.ctx):
                count_for_last(self.frames, view, ("participants",))
            elif self.frames and arrested_at_last_protest(view, self.frames[-1], self.ctx):
                # "En Lima, la Policía reportó 25 detenidos, la mayoría en Ate": that protest's arrests
                last = self.frames[-1]
                own = self.ctx.own_date(view)
                dated = (own, True) if own is not None else (last.date, last.date_explicit)
                arrests = [c for c in counts_in(view) if c.measure == "arrests"]
                self.frames.extend(make_frames(view, arrests, dated, self.ctx.places_for(view), Typing("protest", "intervention", ("arrests_at_protest",))))
            elif self.frames:
                # "Authorities reported around 150 arrests", after days of a movement told: its running total
                for c in arrests_of_the_movement(view, self.frames, self.ctx):
                    self.tallies.append(make_tally(view, c, self.published, self.ctx.since_date(view), self.ctx.country))
                    self.tally_paragraph = view.paragraph
            return True
        if not self.any_trigger and not has_incident_trigger(view) and not on_a_crowd:
            return True
        if explainer_headline(view) or digest_headline(view, self.ctx.sentence_places(view)):
            return True
        if not self.protest_context and forces_fight(view):
            return True
        if self.ctx.is_modal(view) or only_in_quotes(view) and not testimony:
            return True
        return False

    def _share_of_the_total(self, view: SentenceView, share: Match) -> None:
        """ "La cartera precisó que del total de lesionados, 290 son efectivos
        policiales": with no incident word, a count told as a share of the total
        just given is a total of its own (as "De ese total, 39 murieron en
        enfrentamientos" is), never the last incident's count; with no measure
        word ("Of these, 290 are police officers") it counts what the total counts."""
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

    def _scene_of_last(self) -> Frame:
        """The incident just told, by its most forceful sentence: "dos jóvenes murieron
        el domingo en los enfrentamientos. Ese día, unos 4.000 manifestantes ocuparon la
        pista" then "hubo 20 heridos": the last sentence is a peaceful phase of the day
        whose clash its paragraph told first (same day, same place), and the wounded are
        that clash's."""
        last = self.frames[-1]
        if last.typing.sub_type != "peaceful":
            return last
        return next((
            f for f in reversed(self._frames_of_paragraph(last.view.paragraph))
            if f.typing.family == "demonstration" and f.typing.sub_type != "peaceful" and f.admin_key == last.admin_key
            and f.date is not None and last.date is not None and (f.date.start, f.date.end) == (last.date.start, last.date.end)
        ), last)

    def _opens_its_paragraph(self, view: SentenceView) -> bool:
        """Whether ``view`` is the first sentence of its paragraph."""
        index = view.sentence.index
        return index == 0 or self.doc.sentences[index - 1].paragraph != view.paragraph

    def _frames_of_paragraph(self, paragraph: int) -> list[Frame]:
        """The frames told in ``paragraph`` (the last, when none: "... at Chala, at Atico and at
        Nasca" makes a frame per region, and force at Chala next is at the Chala one)."""
        own = [f for f in self.frames[-FRAMES_BACK:] if f.view.paragraph == paragraph]
        return own or self.frames[-1:]

    def _death_at_a_hospital(self, view: SentenceView, counts: list[Count]) -> bool:
        """The sentence's only incident figure is one death that raised a
        running total, and it names only the hospital's town."""
        return (
            all(c.single and c.measure == "fatalities" and raised_the_total(c.cue, view) for c in counts)
            and self.ctx.only_treated_there(view)
        )

    def _sentence_before(self, view: SentenceView) -> SentenceView | None:
        """The sentence right before ``view``, if any."""
        return self.doc.sentences[view.sentence.index - 1] if view.sentence.index > 0 else None

    def _paragraph_before(self, view: SentenceView) -> int:
        """The paragraph of the story before ``view``'s: an explainer's question
        between them ("Has there been violence?") is skipped."""
        before = view.paragraph - 1
        while before in self.question_paragraphs and before - 1 >= 0:
            before -= 1
        return before

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

    def _tells_the_last_town(self, view: SentenceView) -> bool:
        """ "[Twelve people died at the Juliaca airport.] Late on Monday, the ombudsman
        raised the number of dead in Juliaca to 17": the count names the last
        incident's own town (or a place inside it), so it may be that incident's toll."""
        last = self.frames[-1].place
        if last is None or last.admin3 is None and last.admin2 is None:
            return False
        own = self.ctx.sentence_places(view)
        return bool(own) and all(
            p.admin1 == last.admin1 and (p.admin3 or p.admin2) is not None and (p.admin3 == last.admin3 if p.admin3 else p.admin2 == last.admin2)
            for p in own
        )

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

    def _places_by_day(self, view: SentenceView, where: list[tuple[Place | None, bool]]) -> list[tuple[SentenceView, list[tuple[Place | None, bool]]]] | None:
        """Each day's clause of a sentence that names two (or more) days, each with
        places of its own ("during the demonstrations of December 2022 in Apurímac,
        Puno and Ayacucho, and during the protests of 9 January 2023 in Juliaca,
        where 17 civilians died"): the region split refuses it (Puno is in both),
        and read whole every place would take the one day and none the toll. A
        clause's day may be a month; None unless every clause names its own places."""
        if len(view.dates) < 2 or any(p is None or p.span is None for p, _ in where):
            return None  # (speed only: most sentences give one day)
        parts = split_by_day(view, lambda d: d.range.precision == "month" and d.kind == "month" or self.ctx.usable_day(view, d))
        if parts is None:
            return None
        out = [(part, [(p, e) for p, e in where if part.span.start <= p.span.start < part.span.end]) for part in parts]  # type: ignore[union-attr]
        if any(not places for _, places in out) or sum(len(places) for _, places in out) != len(where):
            return None
        return out

    def _part_place(self, part: SentenceView, where: list[tuple[Place | None, bool]]) -> list[tuple[Place | None, bool]]:
        """The place of one day's part of a sentence (``split_by_day``): the
        sentence's, unless that place is named in another part and this part
        names one of its own in the same region ("El aeropuerto de Cusco
        suspendió sus operaciones el 19; un manifestante murió en la ciudad del
        Cusco el 11": the city, not the airport)."""
        place = where[0][0] if len(where) == 1 else None
        if place is None or place.span is None or part.span.start <= place.span.start < part.span.end:
            return where
        mine = [p for p in self.ctx.clause_places(part) if p.admin1 == place.admin1 and p.country == place.country]
        if len(mine) == 1:
            return [(mine[0], True)]
        if not mine and place.precision == "landmark":
            # "el 21 la Policía intervino la UNMSM ..., y el 24 los agentes usaron gases en el centro": the
            # other day's spot is not this one's; its region is
            region = place_finder.region_of(place)
            if region is not None:
                return [(region, where[0][1])]
        return where

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
            parts.append(TallyMention(
                measure=last.measure, value=figure.low, qualifier=figure.qualifier, evidence=view.span,
                scope=f"{last.scope} in {place.name}", country=place.country, period=last.period,
                attributed_to=last.attributed_to, cues=["tally:share", f"region:{place.admin1}"],
            ))
        return parts

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
                self.tallies.extend(_parts_of_the_total(view, self.tallies[-1], c))
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

    def _count_for_its_region(self, view: SentenceView, counts: list[Count], when: DateRange | None) -> bool:
        """A sentence with no incident word that counts the wounded or arrested
        of a region told a few incidents back, on the same day ("[Police fired
        tear gas in Lima ... In Arequipa, one protester was killed ...] The
        Interior Ministry said 22 police officers and 16 civilians were injured
        in Lima"): that region's incident's counts, where it has none yet (a
        wire story updated paragraph by paragraph tells another region between)."""
        if any(c.measure not in ("injuries", "arrests") for c in counts) or view.has_any(FORM_OR_RIOT) or view.has("strategic"):
            return False  # (an "attack" word, "were injured", is only how the count is told: no frame was made of it)
        regions = {(p.country, p.admin1) for p in self.ctx.sentence_places(view)}
        if len(regions) != 1 or None in next(iter(regions)):
            return False
        region = next(iter(regions))
        for frame in reversed(self.frames[-FRAMES_BACK:-1]):
            if frame.typing.family != "demonstration" or frame.place is None or (frame.place.country, frame.place.admin1) != region:
                continue
            if when is None or frame.date is None or frame.date.start != when.start or frame.date.end != when.end:
                return False
            if any(c.measure in frame.counts for c in counts):
                return False
            for c in counts:
                frame.counts[c.measure] = c
            return True
        return False

    def _in_history_undated(self, view: SentenceView) -> bool:
        """A sentence with no date of its own in a paragraph opened by an ended
        year (``history_paragraph``): all it tells, a measure or arrests
        included, is of that year; the report's day it would fall back on is wrong."""
        return view.paragraph == self.history_paragraph and not view.dates

    def _is_background(self, view: SentenceView, when: DateRange | None, incident_counts: list[Count]) -> bool:
        """``is_background`` with the sentence's deadliness asked only when it can
        matter: a deadly day is kept news longer (DEADLY_RECALL_DAYS >=
        BACKGROUND_DAYS), so a day within the plain reach is news either way (speed only)."""
        return is_background(when, self.published) and (
            when is None or when.precision not in ("day", "week") or not (self._deadly(view, incident_counts) or self._deadly_after(view))
            or is_background(when, self.published, deadly=True)
        ) and not (when is not None and (self._chronology_entry(view, when) or self._looked_back_at(view, when, incident_counts)))

    def _toll_reached_by(self, view: SentenceView, when: DateRange | None, tally_counts: list[Count]) -> bool:
        """ "By March 2023, 49 civilians had died in clashes with security forces", in a
        factbox of October 2024: the movement's death toll reached by a day or a month
        is kept as long as a deadly day is (DEADLY_RECALL_DAYS), not another era's toll."""
        return (
            when is not None and self.published is not None and (self.published - when.end).days <= DEADLY_RECALL_DAYS
            and any(c.measure == "fatalities" for c in tally_counts) and count_reached_by_a_day(view)
        )

    def _looked_back_at(self, view: SentenceView, when: DateRange, incident_counts: list[Count]) -> bool:
        """A deadly day told with its date in an article that looks back at days years ago
        (recalled.is_retrospective), within RETROSPECTIVE_RECALL_DAYS: the look back's news."""
        return (
            self.retrospective and self.published is not None and when.precision == "day"
            and (self.published - when.end).days <= RETROSPECTIVE_RECALL_DAYS and self._deadly(view, incident_counts)
        )

    def _chronology_entry(self, view: SentenceView, when: DateRange) -> bool:
        """ "- 15 de diciembre de 2022: Diez personas mueren en Ayacucho": a
        timeline's item opened by its full date tells the article's own
        chronology of the movement, not background in passing; it is an event
        of that day unless it lies in another era (CHRONOLOGY_RECALL_DAYS)."""
        if self.published is None or (self.published - when.end).days > CHRONOLOGY_RECALL_DAYS:
            return False
        first = min(view.dates, key=lambda d: d.span.start, default=None)
        base = view.span.start
        if first is None or first.range != when or not _YEAR.search(view.text, first.span.start - base, first.span.end - base):
            return False
        head = view.text[: first.span.start - base].strip(LIST_MARKS)
        if list_item(view):
            return not head or _entry_head(head)
        if head:
            return False  # (the day does not open the sentence)
        # "15 de diciembre de 2022: Diez personas mueren en Ayacucho", opening its paragraph: the
        # entry's day set off as its heading ("El 15 de diciembre de 2022, diez personas murieron" is told)
        return self._opens_its_paragraph(view) and view.text[first.span.end - base : first.span.end - base + 2].lstrip()[:1] in ENTRY_MARKS

    def _protest_paragraph_without_gangs(self, view: SentenceView) -> bool:
        """ "Protests demanding her resignation swept the south. [...] The deadliest day was
        Jan. 9, 2023, when 17 people were killed in Juliaca", in a factbox that names
        extortion gangs only in another bullet: a killing in a paragraph told of protests,
        with no gang named in it, is the protests' toll, not the gangs' crime."""
        return view.paragraph in self.protest_paragraphs and view.paragraph not in self.gang_paragraphs

    def _killings_of_no_day(self, view: SentenceView, when: DateRange | None, when_explicit: bool, incident_counts: list[Count]) -> bool:
        """ "[Six months after the crackdown, ...] Soldiers and police killed 49 protesters, according
        to the ombudsman": in a look back, killings told with no day of their own nor of their
        paragraph are the movement's past, not an incident on the publication day (GUIDELINES §2:
        a date we can bound)."""
        if when_explicit or not self._deadly(view, incident_counts) or self.ctx.inherits_paragraph_date(view):
            return False
        if view.sentence.index < RETROSPECTIVE_SENTENCES:
            return False  # (the headline and lead that say what the look back is tell today's news, if any)
        return when is None or when.start == when.end == self.published

    @staticmethod
    def _deadly(view: SentenceView, incident_counts: list[Count]) -> bool:
        """Whether the sentence counts dead or wounded, or tells lethal force or a mob's
        killing: a day of the movement recalled long after (events.DEADLY_RECALL_DAYS)."""
        return (
            any(c.measure in ("fatalities", "injuries") for c in incident_counts)
            or view.has("state_response", "live_ammunition") or view.has("state_response", "killings") or view.has("riot", "mob_violence")
        )

    def _deadly_after(self, view: SentenceView) -> bool:
        """Whether the sentences after this one in its paragraph, with no day of
        their own, tell its dead or the lethal force used ("Thousands tried to
        reach the runway that afternoon. Police fired tear gas and then live
        rounds. By the end of the day 17 civilians were dead"): a long read
        tells a deadly day over several sentences, and that day is recalled as
        long as one told in a sentence (events.DEADLY_RECALL_DAYS)."""
        sentences = self.doc.sentences
        for later in sentences[view.sentence.index + 1 : view.sentence.index + 1 + DEADLY_AFTER_SENTENCES]:
            if later.paragraph != view.paragraph or later.dates and self.ctx.own_date(later) is not None:
                return False
            if later.has("state_response", "live_ammunition") or later.has("state_response", "killings") or later.has("measure", "fatalities"):
                return True
        return False

    def _gunfire_then_dead(self, view: SentenceView) -> bool:
        """Soldiers or police firing live rounds at a place, with no crowd named,
        and the next sentence of the paragraph counting the dead with no incident
        word of its own ("Soldiers opened fire at the airport in Ayacucho. Ten
        people died on December 15, 2022"): lethal force at the protest the
        article is about, told over two sentences (GUIDELINES §2 excessive_force)."""
        if not (self.protest_context and view.has("state_response", "live_ammunition") and state_forces_named(view)):
            return False
        if view.has("measure", "fatalities") or view.has_any(FORM_OR_RIOT):
            # ("police shot dead two protesters in Macusani": its own dead; "disparó contra una velatón": its own protest)
            return False
        sentences = self.doc.sentences
        after = view.sentence.index + 1
        if after >= len(sentences) or sentences[after].paragraph != view.paragraph:
            return False
        nxt = sentences[after]
        if not nxt.has("measure", "fatalities") or has_incident_trigger(nxt):
            return False
        # (the dead of another place, "where 17 civilians were killed in Juliaca", are no toll of this fire)
        regions = {p.admin1 for p in self.ctx.sentence_places(view)}
        return all(p.admin1 in regions for p in self.ctx.sentence_places(nxt))

    def _dead_of_the_gunfire(self, view: SentenceView) -> None:
        """The dead of the gunfire told in the sentence before (``_gunfire_then_dead``),
        and their day when it falls in the span that sentence gave ("Two years ago this
        week ... Ten people died on December 15, 2022": that day of the week)."""
        last = self.frames[-1]
        count_for_last(self.frames, view, ("fatalities", "injuries"))
        own = self.ctx.own_date(view)
        if own is not None and own.precision == "day" and last.date is not None and last.date.start <= own.start and own.end <= last.date.end:
            last.date, last.date_explicit = own, True

    def _not_a_protest(self, view: SentenceView) -> bool:
        """Whether the sentence's protest words tell no protest (kipu.extract.nonprotest)."""
        return (
            nonprotest.is_play(view, self.in_sport)
            or nonprotest.is_state_raid(view)
            or nonprotest.is_trend(view)
            or nonprotest.is_cost(view)
            or nonprotest.is_long_ago(view, self.lang)
            or nonprotest.dated_by_a_past_year(view, self.published, self.lang)
            or nonprotest.is_diplomatic_protest(view)
            or nonprotest.is_convened(view)
            or nonprotest.is_holiday_occasion(view)
            or nonprotest.is_crime(view)
            or nonprotest.is_generality(view)
            or nonprotest.is_celebration(view)
            or self.gatherings_only and nonprotest.bare_gathering(view)
            or nonprotest.is_forensic(view)
            or nonprotest.is_charge_reported(view, self.published)
            or dated_ahead(view, self.published)
            or nonprotest.is_armed_fighting(view, self.any_form, self.at_war)
            or nonprotest.is_gang_killing(view, self.names_gangs and not self._protest_paragraph_without_gangs(view))
            or nonprotest.told_as_history(view, self.reference, self.lang)
            or nonprotest.opens_with_old_year(view, self.published)
            or nonprotest.names_only_old_years(view, self.published, self.lang)
            or self._in_history_undated(view)
            or nonprotest.is_named_by_its_month(view, self.lang)
        )

    def _forced_typing(
        self, view: SentenceView, past: list[Count], incident_counts: list[Count],
        where: list[tuple[Place | None, bool]], when: DateRange | None, when_explicit: bool,
    ) -> tuple[Typing | None, list[tuple[Place | None, bool]], DateRange | None, bool]:
        """A typing the sentence's neighbours impose (arrests of the incident just
        told, a protester's arrest, rioters arrested, a raid), with the place and
        date it brings; the sentence's own reading when None."""
        last_measure = measure_referred_to(view, self.frames)
        if last_measure is not None:
            # "The law also extended the curfew in Puno": a provision of the measure just told
            where = [(last_measure.place, last_measure.place_explicit)]
            when, when_explicit = (when, when_explicit) if when_explicit else (last_measure.date, last_measure.date_explicit)
        forced = before_the_past(view, past) or before_a_past_where_clause(view, when if when_explicit else None) or before_the_cause_of_a_toll(view)
        # ("At least 19 people have died in the unrest. More than 7,000 people have been detained": another total)
        at = (
            None if self.tallies and (another_total(view, self.tally_paragraph) or self._bare_total_after_total(view))
            else arrests_of_last_incident(view, self.frames, self.ctx)
        )
        if at is not None:
            # "... fue contenida con gases. La Policía informó que once personas
            # fueron detenidas": that incident's arrests, where and when it was.
            forced = Typing("protest", "intervention", ("arrests_of_last_incident",))
            if at.typing.sub_type in ("violent_demonstration", "excessive_force"):
                # a riot's or a shooting's arrests leave it what it was (and one incident with it)
                forced = Typing(at.typing.type, at.typing.sub_type, (*at.typing.cues, "arrests_of_last_incident"))
            where = [(at.place, at.place_explicit)]
            when, when_explicit = (when, when_explicit) if when_explicit else (at.date, at.date_explicit)
        elif forced is None and view is self.force_named_before:
            forced = Typing("protest", "intervention", ("forces_named_before",))
        elif view.paragraph in self.protest_paragraphs and lone_arrest(view):
            # "He was arrested on March 14", told of a protester: the arrest
            # is force used at that protest, not a strategic development.
            forced = Typing("protest", "intervention", ("arrest_of_a_protester",))
        if forced is None and self.protest_context and self.frames and lethal_at_the_scene(view):
            # "Protesters tried to take the airport. Police opened fire.": gunfire at that protest
            # (a caption in a protest article, "Residents carry a wounded man away after police opened fire", too)
            forced = Typing("protest", "excessive_force", ("gunfire_at_the_scene",))
        if forced is None and self._gunfire_then_dead(view):
            # "Soldiers opened fire at the airport in Ayacucho. Ten people died on December 15, 2022."
            forced = Typing("protest", "excessive_force", ("gunfire_then_dead",))
        if (
            forced is None and self.protest_context and died_of_the_forces_munitions(view)
            and (dead := next((c for c in incident_counts if c.measure == "fatalities"), None)) is not None
            and classify(view, dead.figure.low) is None
        ):
            # "Víctor Santisteban died on January 28 after being hit by a tear gas canister": killed at a protest
            forced = Typing("protest", "excessive_force", ("died_of_the_forces_munitions",))
        if forced is None and view.paragraph in self.protest_paragraphs and rioters_arrested(view, self.frames):
            forced = Typing("riot", "violent_demonstration", ("rioters_arrested",))
        if forced is None and raid_on_lodgings(view, incident_counts):
            forced = Typing("strategic_development", "arrests", ("raid_on_lodgings",))
        return forced, where, when, when_explicit

    def _add_frames(
        self, view: SentenceView, forced: Typing | None, incident_counts: list[Count], past: list[Count],
        where: list[tuple[Place | None, bool]], when: DateRange | None, when_explicit: bool,
    ) -> None:
        """The sentence's frames: one per measure's day, per clause of a crowd's
        and the state's killings, per region's clause, or one for the whole
        sentence; and the past day's incident it recalls."""
        days = measures_by_day(view, self.ctx) if forced is None and when_explicit else []
        # (a crowd's size told once for both days, "miles de transportistas", is no casualty of one day)
        crowd_only = not incident_counts or sum(d.kind != "anchor" for d in view.dates) > 1 and all(c.measure == "participants" for c in incident_counts)
        protest_days = protests_by_day(view, self.ctx) if forced is None and when_explicit and not days and crowd_only else []
        if days:
            # "the state of emergency on Wednesday and the curfew on Friday": two measures
            for day in days:
                self.frames.extend(make_frames(view, incident_counts, (day, True), where, Typing("strategic_development", "state_measure", ("measure_of_its_day",))))
        elif protest_days:
            # "el 26 de setiembre y el 10 de octubre ya habían paralizado la capital": one strike a day
            for day in protest_days:
                self.frames.extend(make_frames(view, incident_counts, (day, True), where, forced))
        elif forced is None and len(where) == 1 and (split := mob_and_state_frames(view, incident_counts, (when, when_explicit), where, self.frames, self.ctx)):
            # "17 civilians were shot dead in Juliaca, and a police officer was killed by a mob": two incidents
            self.frames.extend(split)
        elif forced is None and len(where) == 1 and (beside := killing_beside_a_protest(view, incident_counts, (when, when_explicit), where, self.doc.folded)):
            # "Gunmen shot dead two bus drivers during the transport strike": the attack, and the strike without its dead
            self.frames.extend(beside)
        elif forced is None and when_explicit and when is not None and when.precision == "day" and (before := split_days_before(view, lambda d: in_dateline(view, d))):
            # "Protesters blocked highways on Friday, a day after thousands marched in Lima": two days' incidents
            self._add_days_before(view, before, incident_counts, when)
        elif forced is None and when is not None and (after := split_measure_after_toll(view, incident_counts)):
            # "ordered the army into Cali on Friday after clashes in which 13 were killed": the measure,
            # and the toll's incident ("after a week of protests left nine dead" is a total: no split)
            self._add_days_before(view, (*after, 0), incident_counts, when, when_explicit)
        elif forced is None and (clauses := split_by_region(view, where)):
            # "a protester was killed in Arequipa, as thousands converged on Lima": each region's clause alone
            told = {c.figure.span for c in incident_counts}
            recalled = {c.figure.span for c in past}
            before: list[Count] = []
            # "detained 20 people in Lima, 15 in Cusco and 4 in Puno during the protests": one action told
            # as a list of regions' counts; each region takes the whole sentence's reading
            listed = any(elliptical(clause) for clause, _ in clauses[1:])
            for clause, region in clauses:
                found = counts_in(clause)
                own = [c for c in found if c.figure.span in told]
                if not own and before and elliptical(clause):
                    # "Six were killed in Ayacucho, two in Apurímac": the number alone counts the measure told before,
                    # the one told last ("Miles marcharon; hubo tres fallecidos en Huancayo y dos en Trujillo": the dead)
                    last = max(before, key=lambda c: c.figure.span.start if c.figure.span is not None else -1)
                    own = [the_same_measure(last, q) for q in clause.quantities[:1]]
                before = own or before
                # "a protester was killed near the Arequipa airport, and in Macusani two people had been shot
                # dead": the one death the other clause's figure took the measure from is its own clause's toll
                taken = {c.measure for c in own}
                own += [c for c in found if c.single and c.measure not in taken and c.figure.span not in told | recalled]
                # "In July, miners marched in Lima, and in April they blocked the road near Chala": each clause's own date
                day = self.ctx.own_date(clause) if len(clause.dates) < len(view.dates) else None
                # a clause that only counts its dead reads as the sentence's incident
                typing = None if not listed and any(m.category in INCIDENT_CATEGORIES for m in clause.matches) else typing_of_whole(view, own)
                # (a list's items share the whole sentence's forms, tactics, actors and demands: each is read
                # on the whole sentence, with its own count, place and day)
                self.frames.extend(make_frames(view if listed else clause, own, (day, True) if day is not None else (when, when_explicit), region, typing))
        elif forced is None and len(where) > 1 and (readings := split_where_clauses(view, where)):
            # "spread to Maracay, Valencia and Coro, where demonstrators toppled a statue": Coro's riot, the others' protest
            for reading, region in readings:
                own = [c for c in incident_counts if c.cue in reading.matches]
                # (a where-clause with its own day is that day's: "..., where thousands marched on Tuesday")
                day = self.ctx.own_date(reading) if reading.dates != view.dates and reading.dates else None
                self.frames.extend(make_frames(reading, own, (day, True) if day is not None else (when, when_explicit), region, None))
        elif forced is None and len(where) > 1 and (dated := self._places_by_day(view, where)):
            # "durante las manifestaciones de diciembre de 2022 en Apurímac, ..., Puno y Ayacucho, y durante
            # las protestas del 9 de enero de 2023 en Juliaca, donde fallecieron 17 civiles": each day's places
            told = {c.figure.span for c in incident_counts}
            for part, places in dated:
                own = [c for c in counts_in(part) if c.figure.span in told]
                # (a month the split took as its clause's day dates it, though not a day's news: "de diciembre de 2022")
                day = self.ctx.own_date(part) or part.dates[0].range
                self.frames.extend(make_frames(part, own, (day, True), places, None))
        elif forced is None and when_explicit and len(where) == 1 and (parts := split_by_day(view, lambda d: self.ctx.usable_day(view, d))):
            # "a first stoppage on September 26, ..., and a second on October 10, when thousands marched": each day's clause alone
            told = {c.figure.span for c in incident_counts}
            for part in parts:
                own = [c for c in counts_in(part) if c.figure.span in told]
                self.frames.extend(self._frames_of_day_part(part, own, where))
            self.ctx.told_last(self.ctx.own_date(parts[-1]))
        elif only_the_past_is_an_incident(view, past):
            pass  # only the recalled day's incident, below
        elif forced is None and when_explicit and (aside := movement_in_aside(view)) is not None:
            # "In Puno, where an indefinite strike has been under way since January 4, thousands
            # rallied on Monday": Monday's rally, and the strike over its run
            main, movement, run = aside
            self.frames.extend(make_frames(main, incident_counts, (when, when_explicit), where))
            self.frames.extend(make_frames(movement, [], (run, True), where))
        else:
            made = make_frames(view, incident_counts, (when, when_explicit), where, forced)
            # (the one made first asked of its type: most are no crowd's killing; speed only)
            if made and self.frames and made[0].typing.sub_type == "mob_violence" and toll_including_a_crowds_victim(view, made, self.frames[-1], self.ctx):
                # "...police officers fired at crowds near the airport. Eighteen people died, including a
                # police officer who was killed by a crowd that night": the force's toll, the crowd's one victim aside
                last = self.frames[-1]
                last.counts["fatalities"] = made[0].counts.pop("fatalities")
                if last.typing.sub_type in ("peaceful", "intervention", "violent_demonstration"):
                    last.typing = Typing("protest", "excessive_force", (*last.typing.cues, "dead_after_protest"))
            if made and len(where) > 1:
                # (a toll told once for two regions' incidents: no region's own, kept as their total
                # once the sentence is known to tell them, in _read_incident)
                self.joint = joint_tallies(view, incident_counts, where, when)
            if not made and self.frames and toll_of_last(view, self.frames[-1], self.ctx) and not killed_by_others(view):
                # "...opened fire on protesters near the airport. Ten people died and dozens were wounded."
                count_for_last(self.frames, view)
                last = self.frames[-1]
                if last.typing.sub_type in ("peaceful", "intervention", "violent_demonstration") and "fatalities" in last.counts:
                    # the dead of a protest (or of one tear-gassed) told just before: lethal force at it (GUIDELINES §2);
                    # so the dead of a clash ("Protesters clashed with police in Juliaca. Twelve people died."), as
                    # when one sentence tells both (a crowd's killing is mob violence, typed apart)
                    last.typing = _typing_of_the_dead_after(view, last.typing)
            elif not made and self.frames and (named := incident_named_again(view, self.frames, self.ctx)) is not None:
                # "Was anyone hurt? // ... 16 civilians were injured in Lima on Thursday": that day's Lima incident
                add_counts(named, view)
            self.frames.extend(made)
        self.frames.extend(past_incident(view, past, where, self.published))

    def _add_days_before(
        self, view: SentenceView, before: tuple[SentenceView, SentenceView, int], incident_counts: list[Count], when: DateRange,
        explicit: bool = True,
    ) -> None:
        """Frames of a dated incident and of the one told as days before it
        (``clauses.split_days_before``; 0 days: ``split_measure_after_toll``):
        each clause with its own counts and places; a clause naming no place
        takes the article's."""
        main, earlier, days = before
        told = {c.figure.span for c in incident_counts}
        # each clause's own names, read alone ("a curfew in the Puno region on Tuesday, a day
        # after 17 were killed in Juliaca": read whole, the sentence keeps Juliaca for Puno),
        # but for one inside a demand ("exigiendo el cierre del Congreso")
        demands = view.of("demand")
        back = timedelta(days=days)
        main_places: list[tuple[Place | None, bool]] = []
        wounds_place: list[tuple[Place | None, bool]] = []
        for part, day in ((main, when), (earlier, replace(when, start=when.start - back, end=when.end - back))):
            # (a victim opening the earlier clause is its own toll: read whole, "a day after a police
            # officer was burned to death" takes "after a" for a grievance's "justice after a killing")
            own = [c for c in counts_in(part) if c.figure.span in told or part is earlier and c.single and days and c.measure in CASUALTY_MEASURES]
            if part is earlier and days and not own and not part.has("tally"):
                # "crowds set fire to the police station on Monday, a day after two teenagers were shot dead": the
                # whole sentence dropped the earlier day's dead as force of another day; they are its clause's own toll
                own = [c for c in counts_in(part) if c.measure in CASUALTY_MEASURES]
            named = [
                p for p in place_finder.sentence_places(self.doc.text, part.span, part.places, self.doc)
                if not (p.span and any(d.start <= p.span.start < d.end for d in demands))
            ] if part.places else []
            places = [(p, True) for p in named if p.admin1 is not None] or [(p, True) for p in named[:1]]
            if not places and part is earlier and main_places and (days == 0 or self._elsewhere(main_places)):
                # "ordered the army into Cali after clashes in which 13 were killed": the same place; so in
                # a roundup's section on one country whose own place the article's is not ("PERU. ... in Lima
                # on Thursday, a week after bus drivers stopped work", in a digest headed by Argentina)
                places = main_places
            places = places or (wounds_place if part is earlier else [])
            main_places = main_places or places
            if part is main and days and only_deaths_of_wounds(main):
                # "the toll rose to 20 on Friday after two more people died of their wounds in Ayacucho, a day
                # after soldiers opened fire on demonstrators": the dead are the earlier incident's, no new one
                # (the earlier clause, "the city's airport", is at the place of their deaths)
                wounds_place = places
                continue
            if part is earlier and nonprotest.is_state_raid(part):
                # "..., a day after officers stormed the capital's main public university and detained nearly
                # 200 people": the state's raid, no crowd's storming (as the sentence read whole)
                part.matches[:] = [m for m in part.matches if m.category not in ("form", "riot")]
            self.frames.extend(make_frames(part, own, (day, explicit), places or [(self.ctx.inherited_place(), False)]))

    def _country_just_told(self, view: SentenceView, where: list[tuple[Place | None, bool]]) -> bool:
        """Whether the paragraph's last incident was in the country ``where``
        names: a roundup's section on Brazil goes on with Brazil's news ("...
        stormed the Congress in Brasília on Sunday. Lula ordered a federal
        intervention in the security of the capital"), no passing mention."""
        last = self.frames[-1] if self.frames else None
        if last is None or last.place is None or last.view.paragraph != view.paragraph:
            return False
        return any(p is not None and p.country == last.place.country for p, _ in where)

    def _elsewhere(self, places: list[tuple[Place | None, bool]]) -> bool:
        """Whether the place a sentence naming none would inherit lies in another
        country than ``places``."""
        inherited = self.ctx.inherited_place()
        return all(p is not None and p.country != inherited.country for p, _ in places)

    def extraction(self, doc_id: str) -> Extraction:
        """The article's events (frames of one incident merged) and tallies."""
        if not any(v.has_any(FORM_OR_RIOT) for v in self.doc.sentences):
            # Deaths with no protest or riot word anywhere (a crash, a murder
            # trial, a war) were not met at a demonstration; crowd-control
            # force ("tear gas to disperse groups") still tells of one, and so do shots at people named by
            # the taking they tried ("fired on people who had tried to take the airport").
            self.frames = [
                f for f in self.frames
                if f.typing.family != "demonstration" or crowd_control(f.view) and not only_fired_on_a_people(f.view) or fire_on_attempters(f.view)
                or self.implied and implies_protest(f.view)
            ]
        if any(f.typing.sub_type == "state_measure" for f in self.frames) and not any(v.has("demand", "repeal_law") for v in self.doc.sentences):
            # "Congress has passed a law that lets crimes against humanity go unpunished": a law
            # on no protest matter, in an article whose protesters demand no repeal, is no measure
            self.frames = [f for f in self.frames if f.typing.sub_type != "state_measure" or not law_off_protest(f.view)]
        if not any(f.typing.family == "demonstration" for f in self.frames):
            # An agreement is news as the end of a protest: one it names
            # ("levantaron el paro") or one told beside it. A wage deal that
            # only averts a threatened strike reports no event.
            self.frames = [f for f in self.frames if "strategic:settlement" not in f.typing.cues or f.view.has_any(FORM_OR_RIOT)]
        if self.passing:
            self.frames.extend(self._that_days_incident())
        headline_totals_dropped(self.frames, self.tallies, title_span(self.doc))
        headline_joins_incidents(self.frames, title_span(self.doc))
        place_from_later_in_paragraph(self.frames)
        date_title_by_lead(self.frames)
        groups, leads = without_summary_leads(attach_undated(group_frames(self.frames)))
        events = [build_event(g) for g in groups]
        lend_lead_demands(events, [build_event(g) for g in leads])
        apply_onsets(events, groups, find_onsets(self.doc.sentences, self.ctx))
        date_responses(events, groups)
        date_cumulative(events, groups, self.ctx.movement_start())
        reported = {f.view.span for g in groups for f in g if f.typing.family != "strategic"}
        return Extraction(
            doc_id=doc_id, lang=self.lang, events=events,
            tallies=dedupe_tallies(
                periods_of_the_article(self.tallies, self.published, self.ctx.movement_start, lambda: self.report_month),
                title_span(self.doc),
            ),
            set_aside=not_reported(self.set_aside, reported),
        )


_RANKS_REGIONS_WORDS = alternation(folded_words("counts", "ranks_regions"), r"\s+")
_DIGITS = re.compile(r"\d+")  # (the numbers a sentence ranks regions by: read only where a measure word is, counts need none)
_RANKS_REGIONS = re.compile(rf"(?<!\w){_RANKS_REGIONS_WORDS}(?!\w)")  # ("Puno concentra 18 de los fallecidos": a share of the total)


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


def _toll_of_the_span(published: date | None, span: DateRange | None, tally_counts: list[Count]) -> bool:
    """ "The Ombudsman's Office recorded 50 deaths between December 2022 and March 2023",
    in an anniversary piece two years on: a death toll over a written span of months
    is the movement's total the article states, kept as long as a deadly day is
    (DEADLY_RECALL_DAYS), though the span lies beyond the plain background reach."""
    return (
        span is not None and published is not None and (published - span.end).days <= DEADLY_RECALL_DAYS
        and any(c.measure == "fatalities" for c in tally_counts)
    )


def _entry_head(head: str) -> bool:
    """Whether the words before a list item's first day only label the entry and
    lead to its day ("STATE OF EMERGENCY: On"): an upper-case label with a colon, a
    preposition, or both; running text ("Police said on") is no entry's head."""
    m = _ENTRY_HEAD.match(head)
    return m is not None and (m.group(1) is None or m.group(1).isupper())


def _arrest_told_again(view: SentenceView, frames: list[Frame]) -> bool:
    """ "Rocío San Miguel was detained at the airport on 9 February. [...] On 11
    February the Attorney General announced that she had been arrested": an
    authority's announcement that the person already told of (a lone "she", "he")
    had been arrested reports the arrest told before, on its day; it is no new
    arrest on the day of the announcement."""
    if not view.has("reached", "pluperfect") or not view.has("strategic", "arrests") or not view.has("lone", "subject"):
        return False
    if not (view.has("modality", "announce") or view.has("attribution")) or view.has("form") or view.has("riot"):
        return False
    arrests = view.of("strategic", "arrests")
    told = view.of("reached", "pluperfect")
    if not all(any(t.start <= a.start and a.end <= t.end for t in told) for a in arrests):
        return False
    return any(f.typing.type == "strategic_development" and f.typing.sub_type == "arrests" for f in frames)


def _opens_with_anaphor_place(view: SentenceView) -> bool:
    """ "The shooting took place on the Pan-American Highway in Chame, ...": the
    sentence's subject is the incident just told, and the sentence says where it was."""
    base = view.span.start
    return any(m.start - base <= 1 for m in view.of("anaphor", "place"))


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
