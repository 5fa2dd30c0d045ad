"""The extractor: text + publication date + language -> events and tallies.

Stages, each a function of the previous one's output (see docs/architecture.md):
segment -> one lexicon scan + dates + numbers + places -> per-sentence frames
(trigger, typing, figures, inherited date and place) -> tallies split off ->
frames of one incident merged -> events.

Pure and deterministic: no I/O besides reading bundled data files once, no
randomness, no clock. The same (text, published, lang) gives the same output.
"""

from __future__ import annotations

from datetime import date

from kipu.extract import dates as date_finder
from kipu.extract import nonprotest
from kipu.extract import numbers as number_finder
from kipu.extract import places as place_finder
from kipu.extract.claims import acronym_licence
from kipu.extract.classify import (
    fire_on_attempters,
    law_off_protest,
    only_fired_on_a_people,
)
from kipu.extract.contention import not_reported
from kipu.extract.context import ArticleContext, dateline_day
from kipu.extract.counts import Count
from kipu.extract.document import AnalysedDocument, SentenceView, list_item
from kipu.extract.events import (
    SEPARATE,
    Frame,
    attach_undated,
    build_event,
    date_title_by_lead,
    group_frames,
    lend_lead_demands,
    without_summary_leads,
)
from kipu.extract.jointscan import joint_scan
from kipu.extract.last_incident import (
    kept_where_it_began,
    place_from_later_in_paragraph,
)
from kipu.extract.lexicon import Lexicon, languages
from kipu.extract.onsets import (
    apply_onsets,
    date_cumulative,
    date_responses,
    find_onsets,
)
from kipu.extract.reader_background import BackgroundReading
from kipu.extract.reader_days import DaysReading
from kipu.extract.reader_frames import FrameBuilding
from kipu.extract.reader_incident import IncidentReading
from kipu.extract.reader_last import LastIncidentReading
from kipu.extract.reader_layout import LayoutReading
from kipu.extract.reader_places import PlacesReading
from kipu.extract.reader_totals import TotalsReading
from kipu.extract.readings import (
    FORM_OR_RIOT,
    crowd_control,
    has_incident_trigger,
    implies_protest,
    links_header,
    names_protest,
    protest_implied,
)
from kipu.extract.recalled import (
    is_retrospective,
    looks_back,
)
from kipu.extract.totals import (
    dedupe_tallies,
    headline_joins_incidents,
    headline_totals_dropped,
    month_of_the_report,
    periods_of_the_article,
    title_span,
)
from kipu.extract.version import extractor_fingerprint
from kipu.extract.warmup import build_all
from kipu.extract.wordgate import shared_gate
from kipu.model import Extraction, SetAside, TallyMention
from kipu.textnorm import fold

SUPPORTED = languages()  # every language with a folder under kipu/lang


def detect_language(text: str) -> str:
    """Language of ``text`` among the supported ones (Spanish lexicon for Portuguese)."""
    from kipu.ingest.language import detect_language as detect

    lang = detect(text)
    if lang == "pt":
        return "es"
    return lang if lang in SUPPORTED else "en"


def warm(lang: str) -> None:
    """Build now every table and pattern that extracting ``lang``'s articles
    would otherwise build on first use (``kipu.extract.warmup``): the declared
    builders, whose first calls load the lexicon's automaton, the gazetteer and
    the date and number lexicons; then the word gate those two share, and the
    place resolver's tables. Kept for the process; ``Extractor()`` calls it
    for every supported language, so no article pays for start-up."""
    build_all(lang)
    shared_gate(lang).build()
    place_finder.warm()


class Extractor:
    """Pure and deterministic: the same inputs always give the same output."""

    #: Changes whenever the extraction code or language data change (see
    #: :mod:`kipu.extract.version`), so a stored database re-extracts its
    #: documents after an upgrade instead of keeping stale mentions.
    version = extractor_fingerprint()

    def __init__(self) -> None:
        for lang in SUPPORTED:
            warm(lang)

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


class _ArticleReader(
    LayoutReading,
    BackgroundReading,
    LastIncidentReading,
    TotalsReading,
    DaysReading,
    PlacesReading,
    IncidentReading,
    FrameBuilding,
):
    """One article read sentence by sentence, in order.

    Each sentence either adds to the incident just told (its dead, its place),
    reports nothing, or is read for incidents of its own: dated, placed,
    counted (running totals split off), typed and made into frames. The
    frames of one incident are merged into events at the end. The class holds
    the state and the reading loop; its steps are methods of one mixin per
    family of rule (``reader_layout``, ``reader_background``, ``reader_last``,
    ``reader_totals``, ``reader_days``, ``reader_places``, ``reader_incident``,
    ``reader_frames``), and the rules they ask live by concern in
    ``readings``, ``last_incident``, ``periods``, ``recalled``, ``totals`` and
    ``sentence_split``."""

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
