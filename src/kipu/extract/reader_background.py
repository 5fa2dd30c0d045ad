"""Sentences that report no incident of their own: another era's news and what
follows it, a look back, a timeline's entries, protest words that tell no protest
(kipu.extract.nonprotest), and sentences with nothing to report though they may
count the last incident's wounded or arrests.
"""

from __future__ import annotations

import re

from kipu.extract import nonprotest
from kipu.extract.classify import Typing, gunfire_on_crowd, state_fire_at_no_one_named
from kipu.extract.context import quoted_testimony
from kipu.extract.counts import Count, counts_in
from kipu.extract.document import SentenceView, list_item
from kipu.extract.events import is_background, make_frames
from kipu.extract.last_incident import (
    add_counts,
    arrested_after_force,
    arrested_at_last_protest,
    arrests_of_the_movement,
    count_for_last,
    crowd_of_last,
    in_its_region,
    incident_named_again,
    wounded_after_incident,
)
from kipu.extract.lexicon import alternation, lang_words
from kipu.extract.periods import dated_ahead
from kipu.extract.readings import (
    another_total,
    crowd_control,
    digest_headline,
    explainer_headline,
    force_on_a_crowd,
    force_on_the_scene,
    forces_fight,
    has_incident_trigger,
    may_report,
    only_in_quotes,
    research_method,
)
from kipu.extract.recalled import RETROSPECTIVE_RECALL_DAYS, RETROSPECTIVE_SENTENCES
from kipu.extract.tallies import make_tally
from kipu.extract.totals import kinds_of_the_total, share_of_last_total
from kipu.model import DateRange

DEADLY_AFTER_SENTENCES = 3  # sentences after a recalled day's first one that may tell its dead ("By the end of the day 17 were dead")
# A timeline's item opened by its full date is the article's own chronology: news this far back
# (five years: the movement's dead and days recalled), background only beyond (another era, GUIDELINES §2).
CHRONOLOGY_RECALL_DAYS = 1830
LIST_MARKS = " \t-–—•*"  # a list item's marker before its day
_YEAR = re.compile(r"\d{4}")  # a date written with its year
# "* STATE OF EMERGENCY: On Dec. 14, 2022 the government declared ...": a list item's
# capitalised label and a preposition may come before the day that opens the entry
_ENTRY_HEAD = re.compile(r"^(?:([^:]{1,40}):\s*)?(?:(?i:" + alternation(lang_words("dates", "entry_openers")) + r")\s*)?$")
ENTRY_MARKS = (":", ".", "-", "–", "—")  # what sets a chronology entry's day off from its text


class BackgroundReading:
    """Methods of ``pipeline._ArticleReader``, which inherits this class: they share its
    state (``self.doc``, ``self.ctx``, ``self.frames``, ``self.tallies``, ...), set in its ``__init__``."""

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
        # ("Police fired live rounds in Ayacucho on 15 December", a paragraph of its own in a story of protests:
        # gunfire by the state with no target named, on a day told, is fired on a crowd, as classify reads it;
        # not "En diciembre, soldados dispararon en Ayacucho", a month's repression recalled)
        on_a_crowd = on_a_crowd or forced and self.protest_context and any(d.range.precision == "day" for d in view.dates) and (
            state_fire_at_no_one_named(view, set(view.labels("state_response")))
        )
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


def _entry_head(head: str) -> bool:
    """Whether the words before a list item's first day only label the entry and
    lead to its day ("STATE OF EMERGENCY: On"): an upper-case label with a colon, a
    preposition, or both; running text ("Police said on") is no entry's head."""
    m = _ENTRY_HEAD.match(head)
    return m is not None and (m.group(1) is None or m.group(1).isupper())
