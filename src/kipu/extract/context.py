"""What a sentence inherits from the article around it: dates, places, scope.

News writes the date and the place once and then talks on: "On January 9 ...
in Juliaca. The police fired ...". A sentence with no date of its own takes
the last explicit one of its paragraph, else the article's anchor date (the
first recent date of the lead), else the publication date. Places work the
same way, with one-line section headings ("Arequipa") scoping what follows.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import Any

from kipu.extract import dates as date_finder
from kipu.extract import places as place_finder
from kipu.extract.arrival import came_from_only, destination_only, without_crowds_homes
from kipu.extract.clauses import back_reference_end, counts_casualties, where_asides
from kipu.extract.dates import near_ahead
from kipu.extract.document import AnalysedDocument, SentenceView, list_item, quote_spans, speaker_turn
from kipu.extract.lexicon import Match, alternation, folded_words, lang_data, lang_words
from kipu.extract.nonprotest import finding_heads
from kipu.extract.warmup import once, per_language
from kipu.geo.gazetteer import data_file, preceding_cue
from kipu.model import DateRange, Place, Span
from kipu.textnorm import contains_any, fold

PAST_COUNT_DAYS = 30  # a figure after a date this much older than its sentence's day counts the past (kipu.extract.recalled)

CAUSE_PLACE_REACH = 40  # chars from "after the clashes" to the place of those clashes ("que se dieron en")
CAUSE_SPAN_REACH = 80  # chars from "after a week in which" to the place of what happened in it (a clause with its verb)
YEAR_LEAD_CHARS = 8  # chars from a sentence's start to the year that opens it ("In 2024, ", "- In 2023")
ANCHOR_SENTENCES = 4  # the lead, where the article's main date and place are set
MEDIA_REACH = 25  # chars around a place in an organisation's name read for a press noun ("Diario Correo de")
_SENTENCE_STOP = re.compile(r"[.;:!?\n]")
_WORD = re.compile(r"\w+")
_NO_LEAD = -2  # the story's lead paragraph told no recent day of the report's own (``_continues_the_lead``)
LEAD_DAY_REACH = 2  # days before publication within which the lead's day runs on into the next paragraph
#: Words that tell an incident: a region named in a sentence with none of them is background to the anchor.
_ANCHOR_INCIDENT_WORDS = frozenset({"form", "riot", "state_response", "strategic", "attack"})
STORY_SENTENCES = 8  # how far a feature with no recent date is read for the day it recounts
LONELY_MENTIONS = 2  # a region named this rarely, by a small place only, may be a homonym
MOVEMENT_DAYS = 366  # a turning point further back than this starts another story
MODAL_WINDOW = 60  # chars before a trigger in which a plan/call cue makes it not-yet-happened
_WRITTEN_YEAR = re.compile(r"\d{4}")
CHRONOLOGY_DAYS = 60  # a yearless day this soon after a day written with its year is of that year
ANCHOR_MAX_DAYS = 400  # as events.BACKGROUND_DAYS: a day further back anchors no sentence of today's story
ANCHOR_SPAN_DAYS = 45  # as tallies.LONG_PERIOD_DAYS: a span of months dates a campaign's total, no story's day
SPAN_DAYS = 7  # a span of days longer than this is a period, not one incident's extent
CAUSE_WINDOW = 40  # chars from "put" to the "under a state of emergency" it brings about


FRAMED_GAP = 2  # chars from "en el marco del" to "paro nacional"
FRAMING_PLACE_REACH = 40  # chars from "en coincidencia con" to the place in the name of the action it frames ("la llamada tercera Toma de Lima")


ROAD_TOWNS = 3  # towns a road's name may string together ("la vía Cusco–Sicuani–Puno"), read off before the region stands in


class ArticleContext:
    def __init__(self, doc: AnalysedDocument):
        self.doc = doc
        self.published = doc.published
        self._para = -1
        self._para_date: DateRange | None = None
        self._last_told: DateRange | None = None  # the day the last dated sentence told, across paragraphs
        self._last_item = -2  # the index of the last sentence read that opened a list item
        self._last_turn = -2  # the last paragraph read that opened with a speaker's label
        self._lead_para = -1  # the story's lead paragraph: the first whose incident sentence gave its own day
        self._lead_day: DateRange | None = None  # the lead's day, the report's own recent day ("ayer lunes")
        self._para_place: Place | None = None
        self._prev_para_place: Place | None = None
        self._section_place: Place | None = None
        self._kicker_country: str | None = None  # the country a roundup paragraph opens with ("Bolivia: ...")
        self._section_start = 0  # where the section of ``section_country`` began in the text
        self._heading_start = 0  # where the last heading stood
        self._last_local: Place | None = None
        # The day a question just before asked about ("What happened on Thursday?"): its answer's own day.
        self._question_date: DateRange | None = None
        self._asked_date: DateRange | None = None
        # The day a dated question asked about, kept for every paragraph of its answer until the next question.
        self._answer_date: DateRange | None = None
        self._question_place: Place | None = None
        self._resolved: dict[int, list[Place]] = {}
        # form words a sentence read as told (``is_modal`` False) names only as called or planned, by sentence
        self.planned_forms: dict[int, list[Match]] = {}
        self._street_named: dict[int, list[Place]] = {}  # places a sentence names only as a road's name
        self._own_last: tuple[SentenceView, DateRange | None] | None = None  # ``own_date``'s last sealed dated sentence
        # Days written with their year ("December 7, 2022"), by where they end: a chronology's
        # later yearless days ("On December 15, soldiers ...") are of that year, not plans.
        self._year_days = [
            (d.span.end, d.range.start) for v in doc.sentences for d in v.dates
            if d.range.precision == "day" and _WRITTEN_YEAR.search(doc.text, d.span.start, d.span.end)
        ]
        self.country = "PE"
        self._wire: tuple[SentenceView | None, Place | None] | None = None  # ``_wire_city``, once found
        self._settle_homonyms()
        self.anchor_date = self._find_anchor_date()
        self.anchor_place, self.country = self._find_anchor_place()
        # (whether the story's place is the city it was filed from: a country-only heading yields to it)
        self._from_the_dateline = self.anchor_place is not None and self.anchor_place == self._dateline_place(self.country)
        lead_capital = self._place_the_capital()
        if lead_capital is not None and not self._lead_names(self.anchor_place):
            # "Manifestantes prendieron fuego ... al Congreso, en el centro de la capital" leads
            # the story; a town named once further down ("En Quetzaltenango también hubo una
            # marcha") does not anchor it
            self.anchor_place = lead_capital

    # -- places -----------------------------------------------------------
    @staticmethod
    def place_hits(text: str, hits: Iterable[Any] | None = None) -> list[Any]:
        return place_finder.places_in(text, hits=hits)

    def sentence_places(self, view: SentenceView) -> list[Place]:
        """Locative places a sentence names, most precise per region, in order."""
        key = view.sentence.index
        if key not in self._resolved:
            if not view.places:
                self._resolved[key] = []  # what the steps below make of no place at all (speed only)
                return self._resolved[key]
            hits = view.places
            if view.has("remembered", "span_after"):
                # "marched in Puno on Monday, two months after security forces killed 17 civilians in
                # the nearby city of Juliaca": the recalled killing's town is not a more precise
                # place of the march's region (dropped before the most precise per region is kept)
                hits = [m for m in hits if not _in_a_recalled_span(view, m.span.start)] or hits
            if len(hits) > 1 and (view.has("actor", "relatives_of_victims") or view.has("denounced")):
                # "Relatives of those killed in Juliaca staged a sit-in in Puno": where their dead fell;
                # "una misa en Puno por los asesinados en Juliaca": where the mourned fell, dropped
                # before the most precise place of each region is kept (Juliaca is Puno's too)
                mourned = hits
                hits = [m for m in hits if not in_mourned_clause(view, m.span.start, kin=True)] or hits
                if len(hits) < len(mourned) and not place_finder.sentence_places(self.doc.text, view.span, hits, self.doc):
                    # "Relatives of the 18 people killed in Juliaca ... held a vigil in the city's main square": with
                    # no place of its own the rest resolves (a square of no town named), the town named is its town
                    hits = mourned
            if len(hits) > 1 and contains_any(self.doc.folded[view.span.start : view.span.end], _gateway_words(self.doc.lang)):
                # "the airport of Cusco, the gateway to Machu Picchu": the place another leads to, dropped
                # before the most precise place of each region is kept (Machu Picchu is Cusco's too)
                hits = [m for m in hits if not _after_a_gateway(self.doc.folded, m.span.start, self.doc.lang)] or hits
            if len(hits) > 1 and contains_any(self.doc.folded[view.span.start : view.span.end], _route_words(self.doc.lang)):
                # "the Machu Picchu train": a place naming a train by where it runs, dropped as a gateway's is
                hits = [m for m in hits if not _names_a_route(self.doc.folded, m.span.end, self.doc.lang)] or hits
            if len(hits) > 1:
                # "Comuneros de Chumbivilcas marcharon en Cusco": the crowd's home is no place of its march
                hits = without_crowds_homes(
                    view, hits, lambda m: self._located(m) and not (view.has("onlookers") and _where_onlookers_are(view, m)), self._headed_for
                )
            if len(hits) > 1 and view.has("prior_cause", "span") and self._cause_may_be_read_off(view):
                # "marched through Trujillo ... after a week in which three bombs exploded in El Porvenir": the
                # cause's district is dropped before the most precise place of each region is kept (below)
                hits = [m for m in hits if not self._in_a_cause_clause(view, m)] or hits
            cut = back_reference_end(view)
            if cut is not None:
                # "The deaths in Macusani came nine days after the massacre in Juliaca": the subject's
                # town is the incident already told; the sentence's news is at the places after it
                hits = [m for m in hits if m.span.start >= cut] or hits
            found = place_finder.sentence_places(self.doc.text, view.span, hits, self.doc)
            # With no street word in the sentence no place names a street (speed only).
            on_a_street = view.has("street")
            streets = [p for p in found if self._names_a_street(view, p)] if on_a_street else []
            # The places already asked (all alive below, so no other takes an identity of theirs):
            # those left in ``found`` name no street, and are not asked again (speed only).
            asked = {id(p) for p in found} if on_a_street else set()
            if streets:
                # "marcharon por la avenida Arequipa" (Lima): a city street named after a
                # region is no clue to where it runs, as a road named after its towns is
                self._street_named[key] = [p for p in streets if not self._names_a_street(view, p, _URBAN_WAYS)]
                # "bloquean la vía Cusco–Sicuani en Combapata": the town a road is named
                # after was the region's best-scored name; the region's other names stand in.
                named = {p.span for p in streets}
                stand_ins = place_finder.sentence_places(self.doc.text, view.span, [m for m in hits if m.span not in named], self.doc)
                for _ in range(ROAD_TOWNS):
                    # "- Apurímac: 9 puntos en la vía Abancay–Andahuaylas": the road's other town
                    # stands in next and names the road too; the region named apart is the place
                    more = {p.span for p in stand_ins if self._names_a_street(view, p)}
                    if not more:
                        break
                    named |= more
                    stand_ins = place_finder.sentence_places(self.doc.text, view.span, [m for m in hits if m.span not in named], self.doc)
                found = [p for p in found if p not in streets] + [
                    p for p in stand_ins
                    if (p.country, p.admin1) not in {(q.country, q.admin1) for q in found if q not in streets}
                ]
                found.sort(key=lambda p: p.span.start if p.span else 0)
            # "pidiendo el cierre del Congreso de la República": a place named
            # inside a demand is what protesters want changed, not where they are.
            demands = view.of("demand")
            kept = [
                p
                for p in found
                if not (p.span and any(d.start <= p.span.start < d.end for d in demands))
                and not (on_a_street and id(p) not in asked and self._names_a_street(view, p))
            ]
            if view.has("onlookers"):
                kept = [p for p in kept if not _where_onlookers_are(view, p)]
            # "marched in Puno to demand justice for those killed in Juliaca": where the
            # dead fell is the grievance's place, when the march has a place of its own.
            # (Both need a second place to prefer: one place alone stays, speed only.)
            if len(kept) > 1:
                own = [p for p in kept if not (p.span and in_mourned_clause(view, p.span.start, kin=True))]
                kept = own or kept
                kept = [p for p in kept if not self._far_end_of_a_road(view, p, kept)]
                kept = [p for p in kept if not self._treated_there(view, p)] or kept
            elif len(kept) == 1 and view.has("denounced") and kept[0].span and in_mourned_clause(view, kept[0].span.start) and self._paragraph_elsewhere(view, kept[0]):
                # "Ahora, Cusco. Cientos de campesinos marcharon en rechazo a las muertes de Juliaca": the only
                # place named is where the dead fell; the march is where its paragraph already is
                kept = []
            if kept and _heads_somewhere(self.doc.folded, view.span, self.doc.lang):
                # "dejaron varados a 500 buses que se dirigían a Lima y a Arequipa": where the
                # stopped traffic was heading is not where the sentence's action is
                kept = [p for p in kept if not (p.span and _travel_destination(self.doc.text, view, p.span.start, kept, self.doc.lang))]
            if kept and view.has("prior_cause") and self._cause_may_be_read_off(view):
                kept = [p for p in kept if not self._in_a_cause_clause(view, p)]
            if kept and all(place_finder.town_named_landmark(p) for p in kept):
                # "...marcharon por las calles de Juliaca. La marcha partió de la plaza
                # Bolognesi": the paragraph's town's own square, not Lima's of that name
                town = self._town_earlier_in_paragraph(view)
                if town is not None and all((p.country, p.admin1) != (town.country, town.admin1) for p in kept) and not self._square_town_named(view, hits, kept):
                    kept = []
            self._resolved[key] = kept
        return self._resolved[key]

    def _cause_may_be_read_off(self, view: SentenceView) -> bool:
        """A sentence with no toll, force or measure of its own, whose earlier cause's
        place may be set aside (``_in_a_cause_clause``)."""
        return not view.has("state_response") and not view.has("strategic") and not counts_casualties(view)

    def _located(self, m: Any) -> bool:
        """Whether a mention is told as a location ("en Cusco", "in Puno": ``places.mention_role``).
        (The caller also sets aside the onlookers' place, "un paro que pocos en Lima anticiparon".)"""
        return place_finder.mention_role(self.doc.text, m, folded=self.doc.folded) == "locative"

    def _square_town_named(self, view: SentenceView, hits: list[Any], squares: list[Place]) -> bool:
        """ "In Lima, on January 19, several journalists were struck near Plaza San
        Martín", after a sentence on Juliaca: the sentence names the square's own town
        (read apart from the square, which took its place as the more precise), so the
        square is that town's, not the paragraph's earlier town's of the same name."""
        spans = {p.span for p in squares}
        others = [m for m in hits if m.span not in spans]
        if not others:
            return False
        regions = {(p.country, p.admin1) for p in squares}
        return any((p.country, p.admin1) in regions for p in place_finder.sentence_places(self.doc.text, view.span, others, self.doc))

    def _in_a_cause_clause(self, view: SentenceView, place: Place | Any) -> bool:
        """The place (or place mention) is named in a clause of the earlier incident that caused what
        the sentence tells ("las convocó para el 15 y 16 de diciembre, después de los
        enfrentamientos que se dieron en Apurímac"): no comma or stop between."""
        if place.span is None:
            return False
        base = view.span.start
        return any(
            0 <= place.span.start - m.end <= (CAUSE_SPAN_REACH if m.label == "span" else CAUSE_PLACE_REACH)
            and not any(ch in view.text[m.end - base : place.span.start - base] for ch in ",;.")
            for m in view.of("prior_cause")
        )

    def _town_earlier_in_paragraph(self, view: SentenceView) -> Place | None:
        """The town or district the closest earlier sentence of the paragraph
        that names one is located in (no landmark: a square says no town)."""
        earlier = [v for v in self.doc.sentences if v.paragraph == view.paragraph and v.sentence.index < view.sentence.index]
        for prev in reversed(earlier):
            towns = [p for p in self.sentence_places(prev) if p.admin1 is not None and p.precision in ("locality", "district", "province")]
            if towns:
                return towns[0]
        return None

    def _lead_names(self, place: Place | None) -> bool:
        """Whether the lead names a place of ``place``'s region."""
        if place is None:
            return False
        region = (place.country, place.admin1)
        return any((p.country, p.admin1) == region for v in self.doc.sentences[:ANCHOR_SENTENCES] for p in self.sentence_places(v))

    def _place_the_capital(self) -> Place | None:
        """A sentence that names no place but "the capital" ("En la capital,
        cientos de estudiantes marcharon") is at the capital of the article's
        country (Lima in Peruvian news), not in the region the paragraph was
        about; the place then carries on like any named one. Returns the
        capital when the lead tells an incident there by that word alone."""
        lead_capital: Place | None = None
        capitals: dict[str, Place | None] = {}

        def capital_of(country: str) -> Place | None:
            if country not in capitals:
                entry = place_finder.Gazetteer.load().capital(country)
                capitals[country] = place_finder.PlaceResolver.to_place(entry) if entry is not None else None
            return capitals[country]

        last: tuple[int, str] | None = None  # (paragraph, country) of the last place named
        for view in self.doc.sentences:
            named = self._resolved.get(view.sentence.index) or []
            if view.has("scope", "capital") and named and any(p.precision != "country" for p in named):
                # "Protests broke out in Puno and spread to the capital, where thousands marched": the
                # capital beside the places named (read by the where-clause that follows it)
                # (and "the capital and neighbouring Callao": the capital as an item of a list of places)
                cue = next(
                    (m for m in view.of("scope", "capital") if reaches_the_capital(self.doc.text, m, self.doc.lang) or _capital_in_a_list(self.doc.text, m, named, self.doc.lang)),
                    None,
                )
                capital = capital_of(named[0].country or self.country) if cue is not None else None
                if cue is not None and capital is not None and all(p.admin1 != capital.admin1 for p in named):
                    beside = replace(capital, span=Span(cue.start, cue.end))
                    self._resolved[view.sentence.index] = sorted([*named, beside], key=lambda p: p.span.start if p.span else 0)
            if view.has("scope", "capital") and not any(p.precision != "country" for p in named):
                # ("Ecuador's capital": a country named with it does not place it)
                cue = next((m for m in view.of("scope", "capital") if _bare_capital(self.doc.text, m, self.doc.lang)), None)
                if cue is not None:
                    # a roundup's section on another country ("BRAZIL / ... riot in Brasília.
                    # Lula ordered a federal intervention in the capital's security"): its capital
                    capital = capital_of(last[1] if last is not None and view.paragraph - last[0] <= 1 else self.country)
                    if capital is not None:
                        self._resolved[view.sentence.index] = [replace(capital, span=Span(cue.start, cue.end))]
                        if lead_capital is None and view.sentence.index < ANCHOR_SENTENCES and view.has_any(_ANCHOR_INCIDENT_WORDS):
                            lead_capital = capital
                    continue
            if view.has("scope", "regional_capital") and all(p.precision in ("country", "department") for p in named):
                seat = self._regional_seat(named, self._region_earlier_in_paragraph(view))
                if seat is not None:
                    cue = view.of("scope", "regional_capital")[0]
                    # "Thousands marched through the regional capital": the seat of the region the
                    # sentence, or else the story, is about (Puno city in a story filed from Puno)
                    self._resolved[view.sentence.index] = [p for p in named if p.precision == "country"] + [replace(seat, span=Span(cue.start, cue.end))]
                    named = self._resolved[view.sentence.index]
            if named and named[0].country:
                last = (view.paragraph, named[0].country)
        return lead_capital

    def _region_earlier_in_paragraph(self, view: SentenceView) -> Place | None:
        """The Peruvian place the closest earlier sentence of the paragraph names
        ("En Huancavelica, la situación fue distinta. Los gremios [...] marcharon en la
        capital regional"): the region the paragraph turned to, not the story's anchor."""
        for prev in reversed(self.doc.sentences[: view.sentence.index]):
            if prev.paragraph != view.paragraph:
                return None
            places = [p for p in self._resolved.get(prev.sentence.index) or [] if p.country == "PE" and p.gazetteer_id]
            if places:
                return places[0]
        return None

    def _regional_seat(self, named: list[Place], earlier: Place | None = None) -> Place | None:
        """The capital city of the Peruvian department a sentence names, or else of
        the one the paragraph named before it, or else of the story's anchor (its first
        district, ``PE-dd0101``, is the seat)."""
        region = next((p for p in named if p.precision == "department" and p.country == "PE"), None) or earlier or self.anchor_place
        if region is None or region.country != "PE" or not region.gazetteer_id:
            return None
        department = _DEPARTMENT_ID.match(region.gazetteer_id)
        if department is None:
            return None
        entry = place_finder.Gazetteer.load().entries.get(department.group(0) + "0101")
        return place_finder.PlaceResolver.to_place(entry) if entry is not None else None

    def _far_end_of_a_road(self, view: SentenceView, place: Place, kept: list[Place]) -> bool:
        """ "bloqueos en Sicuani, en la vía a Puno", "la carretera que une Cusco con
        Abancay": the town a road leads to is
        not where it was blocked when the sentence names a place in another
        region; alone, or in the same region ("the highway to Puyo", near a
        Pastaza village), it is the best clue there is."""
        if not self._road_leads_to(view, place):
            return False
        return any(p is not place and p.admin1 is not None and p.admin1 != place.admin1 for p in kept)

    def _road_leads_to(self, view: SentenceView, place: Place) -> bool:
        """Whether ``place`` is named as where a road leads or what it joins
        ("la carretera a Abancay", "the highway to Cusco", "la vía Cusco-Abancay")."""
        if place.span is None or place.admin1 is None:
            return False
        text = self.doc.text
        return any(
            m.end <= place.span.start and (
                text[m.end : place.span.start] in _TOWARDS or _JOINS.fullmatch(text, m.end, place.span.start) or _towards_a_list(text, m.end, place.span.start)
            )
            for m in view.of("street")
        )

    def _only_a_far_end(self, view: SentenceView, places: list[Place]) -> bool:
        """ "Cusco, 5 de enero. ... // Los manifestantes bloquearon la carretera a
        Abancay": a sentence whose one place is the far end of a road, in another
        region than the place the story is at (its section, paragraph or
        dateline), tells an action at that place, on its road out; the far end
        says where the road goes (as ``_far_end_of_a_road`` when the sentence
        itself names the other place)."""
        if len(places) != 1 or not view.has("street"):
            return False  # (speed only)
        here, there = self._inherited_place(), places[0]
        if here is None or here.admin1 is None or here.country != there.country or here.admin1 == there.admin1:
            return False
        return self._road_leads_to(view, there)

    def _treated_there(self, view: SentenceView, place: Place) -> bool:
        """ "died in a Lima hospital", "murió en un hospital de Lima": a town
        named right before a hospital word, or right after "hospital de", is
        where someone was treated, not where the incident was."""
        if place.span is None:
            return False
        text = self.doc.text
        return any(_cares_there(text, place.span, m) for m in view.of("care_place"))

    def only_treated_there(self, view: SentenceView) -> bool:
        """Every place name of the sentence is where someone was treated or
        died ("tras la muerte de X en un hospital de Lima"), and it has one."""
        if not view.has("care_place") or not view.places:
            return False
        text = self.doc.text
        cares = view.of("care_place")
        return all(any(_cares_there(text, p.span, m) for m in cares) for p in view.places)

    def _names_a_street(self, view: SentenceView, place: Place, labels: frozenset[str] | None = None) -> bool:
        """ "incendiaron llantas en el puente San Isidro" (in Arequipa): a
        place name right after a street or bridge word names that street,
        not the district; a landmark the gazetteer knows by that name stays.
        English also puts the word after the name ("the San Martín square").
        ``labels``, when given, are the only kinds of street word read."""
        if place.span is None or place.precision == "landmark":
            return False
        text = self.doc.text
        ways = view.of("street") if labels is None else [m for m in view.of("street") if m.label in labels]
        # Only a region or province name: a town's name before "square" may be that town's square.
        # Any place name before a capitalised one: "Nicolás de Piérola Avenue" (in Lima) is no Arequipa district.
        if any(
            m.label == "way_after" and text[place.span.end : m.start] == " " and (place.precision in ("department", "province") or text[m.start].isupper())
            for m in ways
        ):
            return True
        if any(m.label == "way" and place.span.end <= m.start for m in ways) and _named_before_its_road(text, place.span, ways):
            return True
        return any(
            m.end <= place.span.start and m.label != "way_after"
            and (
                _road_name_between(text[m.end : place.span.start])
                # "en el cruce de las avenidas Abancay y Colmena": a plural street word names every street listed after it
                or (m.label == "ways" and bool(_LISTED_NAMES.fullmatch(text, m.end, place.span.start)))
                # "the Plaza de Bolívar", "Avenida de la Cultura": a capitalised street word
                # and a linking "de" name the street; "la plaza de Juliaca" is Juliaca's square.
                or (text[m.start].isupper() and text[m.end : place.span.start] in _NAME_LINKS)
                # "la plaza del Callao, en el centro de Madrid": a square placed by the town named
                # right after it is that town's, named after the place (not in it)
                or (text[m.end : place.span.start] in _NAME_LINKS and _placed_after(text, place, view.places))
                or (m.label == "urban" and text[m.end : place.span.start] in _NAME_LINKS and self._placed_before(view, place, m.start))
            )
            for m in ways
        )

    def _placed_before(self, view: SentenceView, place: Place, street: int) -> bool:
        """ "En Bogotá, miles llenaron la plaza de Bolívar": a town of another
        region named before the square word places the square there; the name
        after "de" is the square's, not the town's ("la plaza de Juliaca" in a
        sentence on Puno stays Juliaca's square). Asked only of "la plaza de"
        and the like (rare): resolving the town before it is no cost."""
        text = self.doc.text
        resolver = place_finder.PlaceResolver()
        for q in view.places:
            if q.span is None or q.span.end > street:
                continue
            entry = resolver.disambiguate(text, q, list(view.places))
            if entry is None:
                continue
            town = place_finder.PlaceResolver.to_place(entry, q, text)
            if town.admin1 is not None and (town.country, town.admin1) != (place.country, place.admin1):
                return True
        return False

    def _settle_homonyms(self) -> None:
        """A small place named once or twice, in a region the article never otherwise
        mentions, while the article is about one region, is that region's
        homonym ("Huancabamba" in an Apurímac story is not Piura's province)."""
        raw = {v.sentence.index: self.sentence_places(v) for v in self.doc.sentences}
        regions: Counter[tuple[str, str]] = Counter()
        named_departments: set[tuple[str, str]] = set()
        for places in raw.values():
            for p in places:
                if p.admin1 is not None:
                    regions[(p.country, p.admin1)] += 1
                    if p.precision == "department" or _regional_capital(p):
                        # "Arequipa: manifestantes intentaron ingresar al aeropuerto": the region named by its capital
                        named_departments.add((p.country, p.admin1))
        if not regions:
            return
        outright: set[tuple[str, str]] | None = None  # read only when a lonely place needs it (speed)
        (dominant, n), total = regions.most_common(1)[0], sum(regions.values())
        article_home = next(p for places in raw.values() for p in places if (p.country, p.admin1) == dominant) if n * 2 >= total else None
        views = {v.sentence.index: v for v in self.doc.sentences}
        for key, places in raw.items():
            fixed = []
            vouched: list[Place] | None = None  # read only for a lonely place that may move (speed)
            for p in places:
                region = (p.country, p.admin1)
                lonely = (
                    regions[region] <= LONELY_MENTIONS
                    and region not in named_departments
                    and _has_homonyms(p, views[key].places)
                    and not _regional_capital(p)
                    and not place_finder.named_with_its_region(p, views[key].places)
                )
                if lonely:
                    outright = self._regions_named_outright() if outright is None else outright
                    lonely = region not in outright
                if not lonely or p.precision not in ("district", "province"):
                    fixed.append(p)
                    continue
                home = article_home if article_home is not None and region != dominant else None
                if home is None:
                    # "En Andahuaylas (Apurímac), ... el aeródromo de Huancabamba": in an article
                    # about several regions, the region the sentence itself vouches for
                    if vouched is None:
                        vouched = [q for q in places if q.admin1 is not None and place_finder.named_with_its_region(q, views[key].places)]
                    beside = {(q.country, q.admin1) for q in vouched if (q.country, q.admin1) != region}
                    home = next((q for q in vouched if (q.country, q.admin1) != region), None) if len(beside) == 1 else None
                if home is not None:
                    p = Place(name=p.name, country=home.country, admin1=home.admin1, admin2=None, admin3=None,
                              lat=home.lat, lon=home.lon, precision="locality", gazetteer_id=None, span=p.span)
                fixed.append(p)
            self._resolved[key] = fixed

    def _regions_named_outright(self) -> set[tuple[str, str]]:
        """Regions a mention names by the department or its capital, even where a
        more precise place of the sentence stands for it ("Arequipa: ... el
        aeropuerto Rodríguez Ballón"): only names all of whose readings lie in that region."""
        gaz = place_finder.Gazetteer.load()
        out: set[tuple[str, str]] = set()
        for view in self.doc.sentences:
            for m in view.places:
                out |= _region_named_outright(gaz, m.candidates)
        return out

    def clause_places(self, clause: SentenceView) -> list[Place]:
        """The places one clause names, most precise per region. A sentence keeps
        one place per region, so a landmark in one clause ("la movilización hacia
        el Centro de Lima") hides the districts another clause names ("la
        detención de 3 personas en Ate"); a clause read alone sees its own."""
        if not clause.places:
            return []
        return place_finder.sentence_places(self.doc.text, clause.span, clause.places, self.doc)

    def places_for(self, view: SentenceView) -> list[tuple[Place | None, bool]]:
        own = self.sentence_places(view)
        if self._from_the_dateline and _movement_toll(view) and self._no_place_but_the_dateline(own) and self._inherited_place() in (None, self.anchor_place):
            # "CARACAS — Foro Penal said 11 people died in the protests on Monday and Tuesday":
            # the movement's dead, with no place of their own, are the country's, not the filing city's
            return [(self.country_place(), False)]
        if not own and view.has("strategic", "state_measure") and _national_act(view):
            # "Un día antes, Áñez había firmado el decreto supremo 4078", after a paragraph on Sacaba
            return [(self.country_place(), True)]
        if not own and view.places and view.has("strategic"):
            governed = self._governed_by_its_author(view)
            if governed is not None:
                return [(governed, True)]
        if own and self._only_a_far_end(view, own):
            own = []  # "bloquearon la carretera a Abancay", told in Cusco: Cusco's road out
        if own and came_from_only(view, own):
            # "comuneros de Anta llegaron a la ciudad", told in Cusco: the city just told
            return [(self._last_local or self.inherited_place(), False)]
        if own:
            by_region: dict[tuple[str, str | None], Place] = {}
            for p in own:
                key = (p.country, p.admin1)
                if key not in by_region or place_rank(p) > place_rank(by_region[key]):
                    by_region[key] = p
            regional = [p for p in by_region.values() if p.admin1 is not None]
            if len(regional) > 1:
                regional = self._without_route_ends(view, own, regional)
            if len(regional) > 1:
                regional = _without_framing_action(view, regional)
            if regional:
                counted = _COUNTED_DIVISIONS.search(view.text) if _counts_divisions(view.text) else None
                if counted is not None and not _OF_A_REGION.match(view.text, counted.end()) and all(p.country == self.country for p in regional):
                    # "bloqueos de vías en al menos 16 provincias y marchas en Quito": the
                    # country's roadblocks (placed where the provinces are counted) beside the capital's marches
                    at = Span(view.span.start + counted.start(), view.span.start + counted.end())
                    return [(p, True) for p in regional] + [(replace(self.country_place(), span=at), True)]
                return [(p, True) for p in regional]
            inherited = self._inherited_place()
            if not self._nationwide(view) and (inherited is None or inherited.admin1 is None) and (roads := self._road_regions(view)):
                # "bloquean la vía Interoceánica a la altura de Puente Inambari": the road
                # named spans regions; the town its bridge is named after places it
                return [(p, True) for p in roads]
            if self._nationwide(view) or not inherited or _across_the_country(self.doc, own):
                return [(own[0], True)]
            if inherited.country not in {p.country for p in own} and self._told_abroad(view, own):
                # "In Lima, hundreds marched. // Teachers marched in Ecuador on Wednesday": a country
                # named alone is where its sentence happened; the place told before lies elsewhere
                return [(own[0], True)]
        if self._nationwide(view):
            return [(self.country_place(), True)]
        if view.has("anaphor", "place") and self._last_local is not None:
            return [(self._last_local, False)]
        if (view.has("anaphor", "crowd") or _action_referred_back(view)) and self._para_place is None and self._prev_para_place is not None and self._section_says_less(self._prev_para_place):
            # ("On Wednesday the strike went on", opening a paragraph: the action the paragraph before told, there)
            # "Police fired tear gas to stop the marchers", opening a paragraph: the crowd of the paragraph before
            return [(self._prev_para_place, False)]
        signed = self._crowd_of_another_country(view)
        if signed is not None:
            # "cientos de bolivianos se manifestaron el viernes", told after Lima: the crowd's country
            return [(signed, True)]
        inherited = self._inherited_place()
        if inherited is None:
            roads = self._road_regions(view)
            if roads:
                return [(p, True) for p in roads]
        elif inherited.admin1 is None and self._para_place is None and (before := self._prev_para_place) is not None:
            # "Peru protests // Thousands marched in Cusco on Monday. // Police fired tear gas at
            # marchers near the main square.": a heading naming only the country says less than
            # the region the paragraph before told, where the force or the crowd's act goes on
            # (a measure is the country's; talk of "the protests" no act of one place; a day of its own may be another story)
            if before.admin1 is not None and before.country == inherited.country and not view.dates and not view.has("strategic") and (
                view.has("state_response") or any(m.label not in _GENERIC_FORMS for m in view.of("form"))
            ):
                return [(before, False)]
        if not own and inherited is not None and inherited.admin1 is None and inherited is self._section_place and self._para_place is None:
            # "Ecuador youth protest // QUITO - Thousands of young people gathered on Tuesday": a
            # heading naming only the country says less than the city the story was filed from,
            # when the article names no region of its own (a measure stays the country's)
            anchor = self.anchor_place
            if anchor is not None and anchor.admin1 is not None and anchor.country == inherited.country and self._from_the_dateline and not view.has("strategic"):
                return [(anchor, False)]
        if not own and inherited is not None and inherited.precision == "landmark" and view.dates and inherited is not self._para_place:
            town = place_finder.town_of(inherited)
            if town is not None:
                # "[...] intentaron tomar el aeropuerto de Juliaca. // Al día siguiente, un policía fue quemado
                # por una turba": a day of its own, told in another paragraph, is the town's, not the site's
                return [(town, False)]
        return [(inherited or self.country_place(), False)]

    def _no_place_but_the_dateline(self, own: list[Place]) -> bool:
        """The sentence's places are at most the wire's city it opens with
        ("CARACAS —") and whole countries: it names no town of its own. Nor
        does its paragraph before it ("JULIACA — Police fired at the airport on
        Monday. Seventeen people died in the protests that day" tells that
        incident's dead)."""
        wire = self._wire_city()[1]
        dateline = wire is not None and any(p.span == wire.span for p in own)
        if not dateline and self._para_place is not None:
            return False
        return all(p.admin1 is None or (wire is not None and p.span == wire.span) for p in own)

    def _crowd_of_another_country(self, view: SentenceView) -> Place | None:
        """The whole country a crowd counted by its demonym belongs to ("miles de
        panameños", "thousands of Panamanians"), when the sentence names no place
        and the place it would inherit lies in another country: the people are
        where their country is (``signs`` in latam.yaml), not in a town told
        before. Not in a story of people living abroad ("cientos de venezolanos
        marcharon hasta su embajada", ``abroad_crowd``): they are where the story is."""
        heads = [q.head_span for q in view.quantities if q.head_span is not None]
        if not heads:
            return None
        base = view.span.start
        countries = {iso for s, _, iso in place_finder.Gazetteer.load().signs_in(view.text) if any(h.start <= base + s < h.end for h in heads)}
        if len(countries) != 1 or _ABROAD_CROWD.search(self.doc.folded):
            return None
        country = countries.pop()
        inherited = self._inherited_place()
        return _whole_country(country) if (inherited.country if inherited is not None else self.country) != country else None

    def _section_says_less(self, place: Place) -> bool:
        """Whether the section's place (none, or a heading naming only the country
        of ``place``: "Peru protests resume") says less than ``place``, so the
        story told just before stands ("// The strike was indefinite, its leaders
        said", after a paragraph on Puno, is Puno's, not the whole country's)."""
        section = self._section_place
        return section is None or (section.admin1 is None and section.country == place.country and place.admin1 is not None)

    def _road_regions(self, view: SentenceView) -> list[Place]:
        """ "bloquearon la carretera Juliaca-Puno", "tomaron el puente
        Desaguadero", in an article naming no other place: the towns a road or
        bridge is named after are the only clue to where it was; the first of
        them stands for its region ("la vía Cusco-Abancay" runs through two:
        the action in each, as "the Cusco-Abancay highway" is read)."""
        regions: dict[tuple[str, str], Place] = {}
        named = self._street_named.get(view.sentence.index, ())
        # "la vía Cusco-Abancay, en el sector de Curahuasi": the road's point the action is at, not its ends
        sites = [p for p in named if self._names_a_street(view, p, _SITE_WAYS)] if len(named) > 1 else []
        for p in sites or named:
            if p.admin1 is not None and p.country == self.country:  # (a road abroad is no clue to the article's own places)
                regions.setdefault((p.country, p.admin1), p)
        return list(regions.values())

    def _without_route_ends(self, view: SentenceView, own: list[Place], regional: list[Place]) -> list[Place]:
        """ "In the region of Puno, roadblocks remained on the highway between
        Juliaca and Cusco": the far end of a road named by its two towns
        says where the road goes, not where the action is, when the sentence
        names the action's region by another place of that region."""
        text = self.doc.text

        def at_route_end(start: int) -> bool:
            return bool(_ROUTE_END.search(text, max(0, start - ROUTE_REACH), start))

        ends = [p for p in own if p.span is not None and at_route_end(p.span.start)]
        if not ends:
            return regional
        # The region may be named only as a word that the town of it absorbed
        # ("the region of Puno ... Juliaca"): read the raw names too.
        named = {fold(m.surface) for m in view.places if not at_route_end(m.span.start)}
        placed = {(p.country, p.admin1) for p in own if p not in ends}
        kept = [p for p in regional if (p.country, p.admin1) in placed or (p in ends and fold(p.admin1 or "") in named)]
        return kept or regional

    def _governed_by_its_author(self, view: SentenceView) -> Place | None:
        """The place an authority the sentence names governs ("the mayor of Cali
        imposed a curfew that night", "el gobernador de Puno declaró ..."): a
        measure that names no other place holds where its author governs."""
        authority = place_finder.Gazetteer.load().cues.authority
        for m in view.places:
            if authority and preceding_cue(self.doc.folded, m.span.start, authority) is not None:
                entry = place_finder.PlaceResolver().disambiguate(self.doc.text, m, self.doc.place_matches, self.doc.folded)
                if entry is not None and entry.kind != "country":
                    return place_finder.PlaceResolver.to_place(entry, m, self.doc.text)
        return None

    def _told_abroad(self, view: SentenceView, own: list[Place]) -> bool:
        """Whether a place of another country is where the sentence happened: named
        after a locative word ("in Ecuador") or heading it, as a digest's item label
        ("BOLIVIA — Teachers marched", "Bolivia: ..."). A country named only as a
        backer ("backed by Washington") leaves the story where it was."""
        locative = place_finder.Gazetteer.load().cues.locative
        return any(
            p.span is not None and (p.span.start == view.span.start or preceding_cue(self.doc.folded, p.span.start, locative) is not None)
            for p in own
        )

    def _nationwide(self, view: SentenceView) -> bool:
        """A nationwide scope word, not one inside a name: "la Coordinadora
        Nacional de Lucha marchó" or "la Policía Nacional" is not national scope;
        nor one right after a framing phrase ("as part of the national strike")
        or a phrase that dates the story by it ("a month after the national strike began")."""
        text = self.doc.text
        start = view.span.start
        framed = view.of("scope", "framed") + view.of("scope", "dated_by")
        return any(
            not (" " not in m.term and m.start > start and text[m.start].isupper())
            and not any(0 <= m.start - f.end <= FRAMED_GAP for f in framed)
            for m in view.of("scope", "nationwide")
        ) or _counts_divisions(view.text)

    def paragraph_place(self) -> Place | None:
        """The place the current paragraph named, if any."""
        return self._para_place

    def inherited_place(self) -> Place:
        """The place a sentence naming none of its own takes: its section's,
        paragraph's or article's, else the whole country."""
        return self._inherited_place() or self.country_place()

    def _paragraph_elsewhere(self, view: SentenceView, place: Place) -> bool:
        """Whether an earlier sentence of the paragraph names a place of another
        region than ``place``, which a sentence without a place of its own takes."""
        return any(
            (q.country, q.admin1) != (place.country, place.admin1) and q.admin1 is not None
            for v in self.doc.sentences
            if v.paragraph == view.paragraph and v.sentence.index < view.sentence.index and v.places
            for q in self.sentence_places(v)
        )

    def _inherited_place(self) -> Place | None:
        section, para = self._section_place, self._para_place
        if section is not None and section.admin1 is None and para is not None and para.admin1 is not None and para.country == section.country:
            # "Peru: ... // On 15 December, soldiers opened fire in Ayacucho. Ten people were killed.": a
            # heading naming only the country says less than the paragraph's region
            return para
        return section or para or self.anchor_place

    def country_place(self, named: list[Place] | None = None) -> Place:
        """The whole country: the article's, or the one every place named lies in
        (a digest's "PERU. ... in 13 districts of Lima and one in Callao" is Peru's,
        though the article is mostly about Argentina)."""
        countries = {p.country for p in named or ()}
        return _whole_country(countries.pop() if len(countries) == 1 else self.country)

    def _find_anchor_place(self) -> tuple[Place | None, str]:
        regions: Counter[tuple[str, str | None]] = Counter()
        first: dict[tuple[str, str | None], Place] = {}
        told: set[tuple[str, str | None]] = set()  # regions named where an incident is told
        for view in self.doc.sentences:
            found = self.sentence_places(view)
            if len(found) > 1:
                # "comuneros aimaras de Ilave, en Puno, viajaron a Lima": where they came from is
                # no place of the story; where they went is
                found = [p for p, _ in destination_only(view, [(p, True) for p in found]) if p is not None]
            if found and view.has_any(_ANCHOR_INCIDENT_WORDS):
                told.update((p.country, p.admin1) for p in found)
            # "Smaller marches took place in Cusco, Arequipa and Puno": a list
            # is one mention shared by its regions, not one for each.
            # (A country named beside its region, "Chile: ... en Santiago", is no list.)
            shared = len({(p.country, p.admin1) for p in found if p.admin1 is not None}) or 1
            for p in found:
                key = (p.country, p.admin1)
                regions[key] += 1 / shared if p.admin1 is not None else 1
                first.setdefault(key, p)
        if not regions:
            # No place named but inside an organisation's name ("Integrantes del
            # Frente de Defensa de Espinar marcharon"): weak evidence, used only here.
            named = self._named_by_an_organisation() or self._named_by_a_city_demonym()
            if named is not None:
                return named, named.country
            # No place named: a demonym or national body ("la CCSS", "los
            # costarricenses") still tells the country; else the home country.
            signed = place_finder.Gazetteer.load().signed_countries(self.doc.text).most_common(1)
            country = signed[0][0] if signed else (self._country_headed_to() or "PE")
            # "Lima, 5 de abril. ... marcharon por la avenida Arequipa": the city the
            # story was filed from, when no place of the text itself says where
            # ("QUITO - Thousands gathered on Tuesday": its country too, when nothing signs another).
            dateline = self._dateline_place(None if not signed else country)
            return (dateline, dateline.country) if dateline is not None else (None, country)
        countries = Counter()
        for (c, _), n in regions.items():
            countries[c] += n
        country = countries.most_common(1)[0][0]
        lead = [p for v in self.doc.sentences[:ANCHOR_SENTENCES] for p in self.sentence_places(v) if p.country == country]
        in_country = [(n, k) for k, n in regions.items() if k[0] == country and k[1] is not None]
        total = sum(n for n, _ in in_country)
        # "Chile: protestas estudiantiles en Santiago": a country named first
        # (a kicker) leaves the lead's first region to anchor the story.
        regional_lead = [p for p in lead if p.admin1 is not None]
        dateline = self._dateline_place(country)
        # "SAO PAULO (wire) - Thousands of teachers marched ... Lula, visiting
        # flood-hit Petrópolis, said ...": a region named only where no incident
        # is told does not outvote the city the wire was filed from.
        if dateline is not None and not any(k[0] == country and k[1] is not None for k in told):
            return dateline, country
        if dateline is not None and any(p.admin1 == dateline.admin1 for p in regional_lead):
            # "QUITO (Agencias) — Miles de indígenas llegaron a Quito ..., mientras Moreno trasladaba
            # la sede del Gobierno a Guayaquil": of the lead's regions, the one the story was filed from
            return next(p for p in regional_lead if p.admin1 == dateline.admin1), country
        if regional_lead and regions[(country, regional_lead[0].admin1)] * 2 >= total:
            return regional_lead[0], country
        if in_country:
            n, key = max(in_country)
            if dateline is not None and n <= 1 and not self._regions_beside_the_dateline():
                # "Ciudad de Guatemala, 22 nov (EFE).- Manifestantes prendieron fuego al Congreso ... //
                # En Quetzaltenango, cientos también se manifestaron": a lead that names no region is
                # told where the story was filed from, not in a town the body names once
                return dateline, country
            if n * 2 > total and len(in_country) <= 2:
                return first[key], country
        if dateline is not None and (not regional_lead or regional_lead[0].admin1 == dateline.admin1):
            return dateline, country
        if not in_country:
            # "Bloqueo en la Interoceánica ... a la altura de Puente Inambari": no region named
            # but by the towns its roads and bridges are named after; one region among them anchors
            towns = {p.admin1: p for found in self._street_named.values() for p in found if p.country == country and p.admin1 is not None}
            if len(towns) == 1:
                return next(iter(towns.values())), country
        return _whole_country(country), country

    def _regions_beside_the_dateline(self) -> bool:
        """Whether the sentence opened by the dateline names a region of its own
        ("SANTO DOMINGO - Thousands gathered in the Plaza de la Bandera" names none)."""
        view = self._wire_city()[0]
        return view is not None and any(p.admin1 is not None for p in self.sentence_places(view))

    def _named_by_an_organisation(self) -> Place | None:
        """The place the first organisation's name holds, for an article that
        names no place otherwise (``places.mention_role``: "organisation")."""
        text = self.doc.text
        for view in self.doc.sentences[:ANCHOR_SENTENCES]:
            for m in view.places:
                if place_finder.mention_role(text, m) != "organisation" or self._in_a_media_name(m):
                    continue
                entry = place_finder.PlaceResolver().disambiguate(text, m, list(view.places))
                if entry is not None and not (entry.kind == "country" and self._a_mission(m)):
                    # (a whole country named by its embassy, "la embajada de México", is a body in the
                    # story's own country: no place of it; "Universidad de Costa Rica" still is)
                    return place_finder.PlaceResolver.to_place(entry, m, text)
        return None

    def _named_by_a_city_demonym(self) -> Place | None:
        """The city whose people the lead counts ("Miles de trujillanos marcharon por las calles
        de la ciudad"), for an article that names no place otherwise (the gazetteer's
        ``city_demonyms.yaml``, by id): its people stand for the city, as a country's demonym
        stands for the country."""
        found = _city_demonyms()
        if found is None:
            return None
        lead = self.doc.sentences[:ANCHOR_SENTENCES]
        if not lead:
            return None
        hit = found[0].search(self.doc.folded, 0, lead[-1].span.end)
        if hit is None:
            return None
        gaz = place_finder.Gazetteer.load()
        return place_finder.PlaceResolver.to_place(gaz.get(found[1][hit.group(0)]))

    def _headed_for(self, m: place_finder.PlaceMatch) -> bool:
        """Whether a destination word opens the name ("hacia Lima", "toward Lima")."""
        cues = place_finder.Gazetteer.load().cues.destination
        return bool(cues) and preceding_cue(self.doc.folded, m.span.start, cues) is not None

    def _country_headed_to(self) -> str | None:
        """The country of the town the lead's crowd was heading to ("marcharon
        hacia Quito", "marched toward La Paz"), for an article that names no
        place otherwise: a destination is no place of the event (its region is
        not where the march was), but a march under way is in the country it
        heads for. A whole country named after the cue ("el paso hacia
        Bolivia") is a border crossing's far side, not where a crowd marched."""
        cues = place_finder.Gazetteer.load().cues.destination
        if not cues:
            return None
        text, folded = self.doc.text, self.doc.folded
        for view in self.doc.sentences[:ANCHOR_SENTENCES]:
            for m in view.places:
                if preceding_cue(folded, m.span.start, cues) is None:
                    continue
                entry = place_finder.PlaceResolver().disambiguate(text, m, list(view.places), folded)
                if entry is not None and entry.kind != "country":
                    return entry.country
        return None

    def _in_a_media_name(self, m: Any) -> bool:
        """Whether an organisation's name holding the place is the press's ("Diario
        Correo de Puno informó", "the Arequipa newspaper El Pueblo"): a newspaper or
        station publishes there, and says nothing of where its news happened
        (geo cues ``media``, read among the few words around the name)."""
        media = place_finder.Gazetteer.load().cues.media
        if not media:
            return False
        folded = self.doc.folded
        # (within its sentence: "la Municipalidad de Golfito. Diario Extra señala" names no newspaper of Golfito)
        before = _SENTENCE_STOP.split(folded[max(0, m.span.start - MEDIA_REACH) : m.span.start])[-1]
        after = _SENTENCE_STOP.split(folded[m.span.end : m.span.end + MEDIA_REACH])[0]
        return any(w in media for w in _WORD.findall(before + " " + after))

    def _a_mission(self, m: Any) -> bool:
        """The name follows an embassy or consulate word (geo cues ``mission``)."""
        return place_finder.after_a_mission(self.doc.folded, m.span.start, place_finder.Gazetteer.load())

    def _dateline_place(self, country: str | None) -> Place | None:
        """ "LIMA, Nov 27 (wire) - Peruvian police fired tear gas ...": when the
        lead names no region and the story has no main one, the city the wire
        was filed from is the best anchor, not the whole country. ``country``
        None: the city whatever its country ("QUITO - ...")."""
        place = self._wire_city()[1]
        return place if place is not None and (country is None or place.country == country) and place.admin1 is not None else None

    def _wire_city(self) -> tuple[SentenceView | None, Place | None]:
        """The lead's dateline sentence and the place its city reads as (None
        when it reads as nothing), found once per article: the anchor, the
        heading's yielding and the lead's own regions all ask it."""
        if self._wire is None:
            self._wire = (None, None)
            text = self.doc.text
            for view in self.doc.sentences[:ANCHOR_SENTENCES]:
                m = next((m for m in view.places if place_finder.is_dateline(text, m)), None)  # (its role is "dateline")
                if m is not None:
                    entry = place_finder.PlaceResolver().disambiguate(text, m, list(view.places))
                    if entry is not None and entry.kind == "country" and (capital := place_finder.Gazetteer.load().capital(entry.country)) is not None:
                        # "PANAMÁ (AFP) —", "MÉXICO, 3 jun (EFE).-": a wire files from a city; a country's
                        # name there is its capital's (Panama City, Mexico City), by the capital's name
                        self._wire = (view, replace(place_finder.PlaceResolver.to_place(capital), span=m.span))
                        break
                    self._wire = (view, place_finder.PlaceResolver.to_place(entry, m, text) if entry is not None else None)
                    break
        return self._wire

    def is_foreign_background(self, view: SentenceView, where: list[tuple[Place | None, bool]], explicit_date: bool) -> bool:
        """Another country named in passing, without a date of its own, is background
        (not in a roundup's section on that country: "Ecuador: Indigenous groups
        marched in Quito against fuel prices" is the section's news)."""
        foreign = {p.country for p, explicit in where if p is not None and explicit and p.country != self.country}
        return bool(foreign) and not explicit_date and self.section_country() not in foreign

    def section_country(self) -> str | None:
        """The country a roundup's section is about: its paragraph opens with the
        country's name ("Bolivia: ...", "Ecuador — ..."), or a heading naming the
        country stands over it ("ECUADOR")."""
        if self._kicker_country is not None:
            return self._kicker_country
        section = self._section_place
        return section.country if section is not None and section.precision == "country" else None

    def _in_another_section(self) -> bool:
        """Whether the sentence is in a roundup's country section that begins after
        the day the lead told: "Peru: On Monday, farmers blocked ... // Bolivia:
        Supporters of Evo Morales kept up their blockades" is no news of Monday."""
        anchor = self.anchor_date
        return (
            anchor is not None and anchor.span is not None and self.section_country() is not None
            and anchor.span.start < self._section_start
        )

    def _country_kicker(self, view: SentenceView) -> str | None:
        """The country named at the head of a paragraph's first sentence before a
        colon or a dash ("Bolivia: Supporters of Evo Morales ...")."""
        head = _KICKER_HEAD.match(view.text)
        if head is None or not view.places:
            return None
        name = fold(head.group(1)).lower()
        return next((p.country for p in self.sentence_places(view) if p.precision == "country" and fold(p.name).lower() == name), None)

    # -- dates ------------------------------------------------------------
    def _usable(self, d: Any, view: SentenceView | None = None) -> bool:
        """``view``: the sentence, when it may tell its dead or force as done
        (``_told_done``), so that a day without its year a few weeks ahead is
        last year's, not a plan's."""
        r: DateRange = d.range
        if r.precision == "year":
            return False
        if self.published is not None and (r.start - self.published).days > 2:
            return False
        # "el 20 de enero", written on January 10: read as last year's, it may be a plan's day
        # (unless a chronology of that year leads up to it: "on December 7, 2022 ... On December 15")
        return (
            self.published is None or not near_ahead(d, self.doc.text, 0, self.published)
            or self._in_told_year(d) or view is not None and _told_done(view)
        )

    def _in_told_year(self, d: Any) -> bool:
        """Whether a day written with its year, shortly before this yearless one
        in the text and in time, puts it in the year it was read in."""
        day: date = d.range.start
        return any(end <= d.span.start and 0 <= (day - told).days <= CHRONOLOGY_DAYS for end, told in self._year_days)

    def _find_anchor_date(self) -> DateRange | None:
        """The lead's first recent date; failing that, the lead's first day.

        An anniversary or follow-up piece ("15 de diciembre: a un año de la
        masacre") has no recent date in its lead: its story is the day it
        names, and sentences without a date of their own belong to that day,
        not to the publication date.
        """
        views = self.doc.sentences[:ANCHOR_SENTENCES]
        story = next((v for v in views if not _is_dateline(v)), None)
        if story is not None and self.own_date(story) is not None:
            # "Outlet — November 15, 2024" over a lead that gives its own day ("on Wednesday"): the lead's day
            views = [v for v in views if not _is_dateline(v)]
        lead = [(view, d) for view in views for d in view.dates]
        # "el Minsa informó esta mañana que ... los enfrentamientos de anoche": the report's day is not the story's
        usable = [
            d for view, d in lead
            if self._usable(d) and not dates_prior_event(view, d, self.published) and not _date_stamp(view, d) and not _dates_the_report(view, d)
            and not _in_reported_aside(view, d) and not self._planned_ahead(view, d) and not (self.doc.passing_days and _day_of_force_in_passing(view, d))
            # ("BRASÍLIA, Jan 9 (wire) - ... stormed Congress on Sunday": the filing day yields to the lead's own day)
            and not (_in_dateline(view, d) and any(o is not d and self._usable(o) for o in view.dates))
        ]
        if len(usable) > 1 and any(d.range.precision == "day" and not self._lone_night(d) for d in usable):
            # "17 civiles fallecidos tras enfrentamientos en Juliaca y un policía muerto en la madrugada": a night
            # named alone, counted from publication, dates one clause, and yields to a day the lead names outright
            usable = [d for d in usable if not self._lone_night(d)]
        for d in usable:
            if (d.range.end - d.range.start).days >= ANCHOR_SPAN_DAYS:
                # "Periodistas marcharon en Lima. // La ANP reportó 170 ataques contra periodistas entre
                # diciembre de 2022 y abril de 2023": the total's months are not the march's days
                continue
            if self.published is None or (self.published - d.range.end).days <= 31:
                return _today_of(d)
        # Features open with a scene before they date it ("It was Saturday,
        # 28 January"): look a little further for the day they recount.
        # (an explainer's first question heading ends its lead: "WHAT STARTED IT? // On Oct. 20, the
        # Assembly approved the contract" dates the cause it answers with, not the story's undated sentences)
        wider = [(view, d) for view in self._before_a_question(self.doc.sentences[:STORY_SENTENCES]) for d in view.dates]
        usable = [
            d for view, d in wider
            if self._usable(d) and not dates_prior_event(view, d, self.published) and not self._beyond_news(d) and not (self.doc.passing_days and _day_of_force_in_passing(view, d))
            and not self._the_kins_old_dead(view, d)
        ]
        for d in usable:
            if d.range.precision == "day" and d.kind != "since":
                return d.range
        return None

    def _lone_night(self, d: Any) -> bool:
        """A night or the small hours named alone ("en la madrugada", "overnight"; dates.yaml ``night_relative``)
        and read from publication, no day of the text before it."""
        return d.kind == "relative" and fold(self.doc.text[d.span.start : d.span.end]) in _lone_nights(self.doc.lang)

    def _before_a_question(self, views: list[SentenceView]) -> list[SentenceView]:
        """``views`` up to the first question that is a paragraph of its own (an
        explainer's heading: "WHAT STARTED IT?")."""
        sentences = self.doc.sentences
        for k, view in enumerate(views):
            if not view.text.rstrip().endswith("?"):
                continue
            index = view.sentence.index
            alone = (index == 0 or sentences[index - 1].paragraph != view.paragraph) and (
                index + 1 >= len(sentences) or sentences[index + 1].paragraph != view.paragraph
            )
            if alone:
                return views[:k]
        return views

    def _planned_ahead(self, view: SentenceView, d: Any) -> bool:
        """A day after publication in a call or plan ("have called a three-day strike from 13
        to 15 November", written on the 12th): the plan's day is no day of the story, so the
        sentences after it that name no day of their own are not dated ahead with it."""
        return self.published is not None and d.range.start > self.published and self.is_modal(view)

    def _beyond_news(self, d: Any) -> bool:
        """A day so far back that its incidents are background (events.BACKGROUND_DAYS)
        cannot be the story's: "A court on Friday sentenced a soldier ... The soldier
        fired on December 15, 2022": the lead's court day is no incident's, but the
        march "after the verdict" is Friday's, not the recalled shooting's."""
        return self.published is not None and (self.published - d.range.end).days > ANCHOR_MAX_DAYS

    def movement_start(self) -> date | None:
        """The day the movement the article follows began: the earliest
        turning point it dates ("the protests, which erupted after the
        December 7 coup"), within a year before publication."""
        days = [
            d.range.start
            for view in self.doc.sentences
            for d in view.dates
            if d.range.precision == "day" and dates_prior_event(view, d, self.published)
            and (self.published is None or 0 <= (self.published - d.range.start).days <= MOVEMENT_DAYS)
        ]
        return min(days, default=None)

    def own_date(self, view: SentenceView) -> DateRange | None:
        """The day (or period) the sentence's own dates give its news, or None."""
        if not view.dates:
            # Nothing to choose from: every step below ends at "not view.dates"
            # and returns None (asked of every sentence, most of which name no date; speed only).
            return None
        # The answer reads the sentence (final once sealed, ``SentenceView.seal``)
        # and what the article fixes before any sentence is read; a sentence
        # read for an incident asks it again right after ``observe`` did:
        # the last sealed sentence's answer is kept (the view is held, so no
        # other takes its identity; speed only).
        last = self._own_last
        if last is not None and last[0] is view:
            return last[1]
        found = self._own_date(view)
        if view.sealed:
            self._own_last = (view, found)
        return found

    def _own_date(self, view: SentenceView) -> DateRange | None:
        """``own_date`` of a sentence with dates, worked out."""
        usable = [
            d for d in view.dates
            if self._usable(d, view) and not dates_prior_event(view, d, self.published) and not _quoted_relative(view, d) and not _dates_the_report(view, d)
            and not _cutoff_of_a_count(view, d, self.published)
            and not _in_reported_aside(view, d) and not _since_of_a_described_thing(view, d)
            and not _since_in_an_aside(view, d) and not _dates_a_later_bare_clause(view, d)
            and not _dates_a_trailing_participle(view, d) and not _dates_a_concession(view, d)
            and not (self.doc.passing_days and _day_of_force_in_passing(view, d))
        ]
        if len(usable) > 1:
            # "(Washington, DC, April 26, 2023) – ... between December 2022 and February 2023":
            # the filing day yields to a date the sentence itself gives.
            usable = [d for d in usable if not _in_dateline(view, d)]
        if len(usable) > 1 and (asides := where_asides(view)):
            # "En Juliaca, donde el 9 de enero murieron 18 personas, los comerciantes cerraron
            # el mercado el lunes": the place's aside tells its past; the main clause's day is the news
            usable = [d for d in usable if not any(lo <= d.span.start < hi for lo, hi in asides)] or usable
        if len(usable) > 1 and view.has("hurt_on", "day"):
            usable = _the_day_they_were_hurt(view, usable)
        if len(usable) > 1 and view.has("measure"):
            usable = _the_day_of_the_deadly_form(view, usable)
        if len(usable) > 1 and view.has("accompanied"):
            usable = _the_day_it_went_with(view, usable)
        if len(usable) > 1 and view.has("actor", "relatives_of_victims"):
            # "Relatives of the 18 people killed on January 9, 2023 marched on Tuesday": the
            # kin's dead keep their day (a past incident of its own), the march has the other
            usable = [d for d in usable if not in_mourned_clause(view, d.span.start, kin=True)] or usable
        if usable and view.has("actor", "relatives_of_victims") and all(self._the_kins_old_dead(view, d) for d in usable):
            return None
        # "Teachers, on strike since 23 October, said they would march on Thursday": a weekday
        # told ahead of the report is a plan's; the sentence's incident is the run
        ahead = [d for d in usable if d.kind == "weekday" and self.published is not None and d.range.start > self.published]
        if ahead and len(ahead) < len(usable):
            usable = [d for d in usable if d not in ahead]
        plain = [d for d in usable if d.kind != "since"]
        if len(plain) > 1:
            # "09:30 | Llegaron ayer a la capital": the day the entry tells beats the live blog's clock
            plain = [d for d in plain if d.kind != "stamp"]
        if len(plain) > 1 and any(d.kind == "anchor" for d in plain):
            # "Horas más tarde, ya en la madrugada del martes": a day the sentence
            # names outright beats one counted from the day told before
            plain = [d for d in plain if d.kind != "anchor" or d.range.precision != "day"] or plain
        chosen = plain or usable
        run = _run_going_on(view, plain, usable, self.published)
        if run is not None:
            return run
        if not chosen:
            # "Hace un año, Remo Candia murió de un disparo": the anniversary's very day
            if not view.dates or not _told_done(view):
                return None
            return next((r for d in view.dates if (r := date_finder.years_ago_day(self.doc.text, d, self.doc.lang, self.published))), None)
        # "el paro de octubre tuvo ayer": the day, not the month, dates the news.
        best = min(chosen, key=lambda d: _DATE_RANK.get(d.range.precision, 9)).range
        # "cerraron ayer tres días de paro, del 13 al 15 de noviembre": a span
        # of days holding that day is the incident's whole extent.
        # Written ranges outrank durations counted back from publication.
        spans = [
            d for d in chosen
            if d.range.precision == "day" and d.range.start <= best.start and best.end <= d.range.end
            and 0 < (d.range.end - d.range.start).days <= SPAN_DAYS
        ]
        if best.start != best.end or not spans:
            return _joined_days(view, chosen, best)
        return max(spans, key=lambda d: (d.kind == "range", (d.range.end - d.range.start).days)).range

    def _the_kins_old_dead(self, view: SentenceView, d: Any) -> bool:
        """ "Relatives of the 18 people killed in Juliaca on January 9 held a vigil", months
        later: a day written inside the kin's phrase, with the action after it, dates their
        dead, not the vigil, which takes the day of its paragraph or report; the deaths stay
        a past incident of their own (``recalled.past_incident``)."""
        if self.published is None or (self.published - d.range.end).days <= PAST_COUNT_DAYS or not view.has("actor", "relatives_of_victims"):
            return False
        base = view.span.start
        # (the kin's own action right after, no clause between: "Los deudos recordaron a los fallecidos del 15 de
        # diciembre, cuando militares dispararon contra los manifestantes" recalls that day, no action of its own)
        acted = any(
            f.start >= d.span.end and f.label not in _GENERIC_FORMS and not any(ch in ",;" for ch in view.text[d.span.end - base : f.start - base])
            for f in view.of("form")
        )
        return acted and in_mourned_clause(view, d.span.start, kin=True)

    def usable_day(self, view: SentenceView, d: Any) -> bool:
        """A single day that may date an incident told in ``view`` (not the day of
        the report that tells it: "..., a report said on Wednesday")."""
        r: DateRange = d.range
        return (
            r.precision == "day" and r.start == r.end and d.kind != "since" and self._usable(d, view)
            and not dates_prior_event(view, d, self.published) and not _quoted_relative(view, d) and not _dates_the_report(view, d)
        )

    def since_date(self, view: SentenceView) -> DateRange | None:
        for d in view.dates:
            if getattr(d, "kind", "") == "since":
                return d.range
        if not view.dates and (then := self.since_then(view)) is not None:
            # "The protests began on 7 December. // Since then, security forces have killed 28"
            return then
        # "desde el inicio de las protestas en diciembre", "since the protests
        # began in December": a start named by its event, dated just after.
        starts = [m.end for m in view.of("tally", "strong") if m.term.split()[0] in _SINCE_WORDS]
        for d in view.dates:
            if d.range.precision in ("day", "month") and any(0 <= d.span.start - end <= SINCE_REACH for end in starts):
                return d.range
        return None

    def since_then(self, view: SentenceView) -> DateRange | None:
        """The day a sentence opening with "Since then," counts from: the day the
        last dated sentence told, even in the paragraph before ("The protests
        began on 7 December. // Since then, security forces have killed 28
        people" counts from 7 December, not from the lead's day); none after
        the report's day, or when the sentence does not open so."""
        told = self._last_told
        if told is None or not opens_with_since_then(view) or (self.published is not None and told.start > self.published):
            return None
        return told

    def date_for(self, view: SentenceView) -> tuple[DateRange | None, bool]:
        own = self.own_date(view)
        if own is not None:
            return own, True
        if self._asked_date is not None:
            return self._asked_date, True
        year = self._past_year_lead(view) or self._past_year_of_its_act(view)
        if year is not None:
            return year, True
        if (self._para_date is not None or self.anchor_date is not None) and self.published is not None and _measure_in_the_perfect(view, self.doc.lang):
            # "On Monday, protesters blocked roads. The government has declared a state of
            # emergency": a measure told in the present perfect is the report's, not Monday's
            # (nor the story's first day, opening a paragraph of its own)
            return DateRange(self.published, self.published, "day"), False
        if self._para_date is not None:
            return self._para_date, False
        if self.anchor_date is not None and not (self.published is not None and self._in_another_section()):
            # (a roundup's Bolivian section, undated, is not of the day its Peruvian lead told)
            return self.anchor_date, False
        if self.published is not None:
            return DateRange(self.published, self.published, "day"), False
        return None, False

    def _past_year_lead(self, view: SentenceView) -> DateRange | None:
        """ "In 2024, Congress passed a law ...", written in 2025: a sentence that
        opens with a past year and names no day is dated by that year, not by the
        report's day or the paragraph's."""
        if self.published is None or not view.dates:
            return None
        for d in view.dates:
            if d.range.precision == "year" and d.span.start - view.span.start <= YEAR_LEAD_CHARS and d.range.end < self.published:
                return d.range
        return None

    def _past_year_of_its_act(self, view: SentenceView) -> DateRange | None:
        """ "Drivers already held two strikes last year", "ya hicieron dos paros el
        año pasado": a year counted back from the report ("last year", "two years
        ago"), told after the sentence's protest or riot word in its own clause,
        dates that act by the year, not by the report's day. A comparison ("as
        they did last year", "como el año pasado") or an aside dates nothing."""
        if self.published is None or not view.dates:
            return None
        acts = view.of("form") or view.of("riot")
        if not acts:
            return None
        base = view.span.start
        for d in view.dates:
            if d.kind != "relative" or d.range.precision != "year" or d.range.end >= self.published:
                continue
            gap = [view.text[a.end - base : d.span.start - base] for a in acts if a.end <= d.span.start]
            if any(not _CLAUSE_BREAK_CHARS.intersection(g) and not _COMPARED.search(g) for g in gap):
                return d.range
        return None

    def inherits_paragraph_date(self, view: SentenceView) -> bool:
        """Whether the sentence, with no date of its own, takes the day its
        paragraph wrote earlier (not the article's anchor or publication day)."""
        # (the running state first, the sentence's own dates last: speed only)
        return self._para_date is not None and self._asked_date is None and self.own_date(view) is None

    # -- running state ----------------------------------------------------
    def observe(self, view: SentenceView) -> None:
        """Update the paragraph's running date and place before reading ``view``."""
        # "What happened on Thursday? Police fired tear gas ...": an explainer's
        # question dates the answer that follows it, as the answer's own day.
        self._asked_date, self._question_date = self._question_date, None
        asked_place, self._question_place = self._question_place, None
        if self._asked_date is not None:
            self._answer_date = self._asked_date
        if view.text.rstrip().endswith("?"):
            self._question_date = self.own_date(view)
            self._answer_date = None
            # "What happened in Juliaca on January 9?": the interview's answer is told there
            asked = [p for p in self.sentence_places(view) if p.admin1 is not None]
            if len({p.admin1 for p in asked}) == 1:
                self._question_place = max(asked, key=place_rank)
        if view.paragraph != self._para:
            item = list_item(view)
            # "- Hospital de Juliaca: 63 heridos atendidos el 9 de enero. // - Se registran 17
            # fallecidos en San Román": the next item of a list goes on with the day the item
            # before it told (each item is a paragraph of its own)
            running = item and self._last_item == view.sentence.index - 1 and view.paragraph == self._para + 1
            self._last_item = view.sentence.index if item else -2
            # "MARIA: And the soldiers fired. // DANIEL: They fired. By the evening eight
            # were dead": a transcript's next turn goes on with the day the talk was telling
            turn = speaker_turn(view)
            next_turn = turn and self._last_turn == self._para and view.paragraph == self._para + 1
            running = running or next_turn or self._continues_the_lead(view)
            self._last_turn = view.paragraph if turn else -2
            kept = self._para_date if running else None
            self._para = view.paragraph
            self._para_date = None
            self._prev_para_place = self._para_place
            # ("ANCHOR: Thousands marched in central Lima. Carlos, what are you seeing? // REPORTER:
            # Police are firing tear gas": the reporter's turn is at the place the talk was telling)
            self._para_place = asked_place or (self._prev_para_place if next_turn else None)
            # "—¿Y qué pasó el domingo 11? —Salimos a marchar ... La Policía nos recibió con
            # balas": the day asked dates the whole answer, not only its first sentence
            self._para_date = self._asked_date or kept or self._answer_date
            self._kicker_country = self._country_kicker(view)
            self._section_start = view.span.start if self._kicker_country is not None else self._heading_start
            # ("¿Qué ocurrió el sábado? // Miles marcharon ... // Por la noche, la Policía disparó":
            # an explainer's answer may run over several paragraphs, all of the day asked)
        places = self.sentence_places(view)
        if places and _is_heading(view):
            # ("Ecuador: el Gobierno traslada su sede a Guayaquil mientras miles llegan a Quito":
            # a heading naming two regions says of neither where the paragraphs below are told)
            regions = {p.admin1 for p in places if p.admin1 is not None}
            self._section_place = places[0] if len(regions) <= 1 else None
            self._heading_start = self._section_start = view.span.start
            return
        own = self.own_date(view)
        if own is None and self._para_date is None and view.dates:
            own = self._years_back_lead(view)
        if own is not None and self._lead_para < 0 and view.has_any(_ANCHOR_INCIDENT_WORDS):
            # (told as the report's own recent day, "ayer lunes", "anoche"; a written date may date a
            # video's release or a report: "La noche del 29 de junio circuló un video en el que ...")
            recent = own.start == own.end and any(d.kind in ("relative", "weekday") and d.range == own for d in view.dates)
            self._lead_para, self._lead_day = (view.paragraph, own) if recent else (_NO_LEAD, None)
        if own is not None and not self._flashback(view, own) and not ((own.end - own.start).days >= ANCHOR_SPAN_DAYS and self._months_of_a_count(view, own)):
            self._para_date = next((_today_of(d) for d in view.dates if d.kind == "elapsed" and d.range == own), own)
        # ("The protests began on 7 December, when Congress removed Castillo": a day told as
        # backstory is still the one a following "since then" counts from)
        told = own or next((d.range for d in reversed(view.dates) if d.kind != "since" and d.range.precision == "day"), None)
        if told is not None:
            self._last_told = told
        if places and self._only_a_far_end(view, places):
            return  # (the road's far end leaves the story where it was)
        regional = [p for p in places if p.admin1 is not None]
        if len({p.admin1 for p in regional}) == 1:
            self._para_place = max(regional, key=place_rank)
            if place_rank(self._para_place) >= _rank_of("locality"):
                self._last_local = self._para_place
            elif self._last_local is not None and self._last_local.admin1 != self._para_place.admin1:
                # "[... near the Juliaca airport.] // The strike in Lima was real. Marches took place in the
                # city centre": the town told before lies in another region; "the city" is the one named now
                self._last_local = None

    def _continues_the_lead(self, view: SentenceView) -> bool:
        """ "Diecisiete personas murieron ayer lunes en Juliaca [...] // Los
        manifestantes intentaron ingresar a la pista del terminal aéreo por la
        tarde. La Policía respondió con bombas lacrimógenas": the paragraph right
        after the story's lead, opening with an incident sentence that names no
        day and no place of its own, goes on with the lead's story and its day
        (a recent one told as the report's own, a bulletin's "ayer lunes"), not
        the report's."""
        return (
            self._para == self._lead_para and view.paragraph == self._para + 1 and self._para_date is not None and self._para_date == self._lead_day
            and not view.dates and view.has_any(_ANCHOR_INCIDENT_WORDS) and not self.sentence_places(view)
            and self.published is not None and 0 <= (self.published - self._para_date.end).days <= LEAD_DAY_REACH
        )

    def _years_back_lead(self, view: SentenceView) -> DateRange | None:
        """ "A year ago the mood was very different. [...] In the afternoon police
        opened fire": whole years back opening a paragraph's first dated
        sentence take the paragraph back to that very day before publication
        (the anniversary's day), so the flashback's force is not dated to the
        report's own day. Only at the sentence's head: "killed a year ago" in
        a clause dates no story."""
        lead = view.span.start + LEAD_REACH
        return next(
            (r for d in view.dates if d.span.start <= lead and (r := date_finder.years_ago_day(self.doc.text, d, self.doc.lang, self.published))),
            None,
        )

    def _months_of_a_count(self, view: SentenceView, own: DateRange) -> bool:
        """ "Entre enero y septiembre se han registrado más de 17 mil denuncias por extorsión. El Gobierno
        prorrogó el estado de emergencia": the months a count covers, told with no incident word, date
        that count only, not the sentences after it in the paragraph."""
        return (own.end - own.start).days >= ANCHOR_SPAN_DAYS and not view.has_any(_ANCHOR_INCIDENT_WORDS)

    def _flashback(self, view: SentenceView, own: DateRange) -> bool:
        """ "The morning of 15 December began with a crowd walking to the
        airport. [...] the day before, the government had declared an
        emergency. By nightfall, eight people had been shot dead": a day
        counted back from the paragraph's own day ("the day before", "a week
        earlier") dates its sentence only; the story then returns to the
        paragraph's day, which it keeps."""
        if self._para_date is None or own.start >= self._para_date.start:
            return False
        told = [d for d in view.dates if d.range == own]
        return bool(told) and all(d.kind == "anchor" and (d.offset_days or 0) < 0 for d in told)

    def told_last(self, day: DateRange | None) -> None:
        """A sentence told several days in turn ("a first stoppage on September 26
        ..., and a second on October 10, when ..."): the paragraph runs on from
        the last ("That march ended with clashes" is October 10's)."""
        if day is not None:
            self._para_date = day

    def is_modal(self, view: SentenceView) -> bool:
        """A call, plan or threat ("convocan a un paro") is not an event, and
        neither is a lasting state ("is currently detained"), a transfer of
        power ("took over the presidency" is not an occupation) or a denial
        ("no clashes were reported")."""
        triggers = [m for m in view.matches if m.category in ("form", "riot", "strategic", "attack")]
        if triggers and view.has("habitual") and not any(d.range.precision == "day" for d in view.dates):
            return True  # "declared a state of emergency several times in recent years": a habit, no one incident
        if view.has("modality", "disputed"):
            return True  # "Claim: a video shows police shooting at protesters": a fact-check's claim, not its finding
        causes = view.of("modality", "causative")
        stative = [m for m in view.of("modality", "stative") if not any(0 <= m.start - c.end <= CAUSE_WINDOW for c in causes)]
        # "No clashes were reported": a trigger inside a negation told nothing.
        denials = view.of("modality", "negation")
        states = stative + view.of("prior", "political") + denials
        if states and triggers:
            triggers = [
                t for t in triggers
                if not any(s.start <= t.start and t.end <= s.end for s in states) and not any(_denied(view, n, t) for n in denials)
            ]
            if not triggers:
                return True
        if denials and not triggers and view.has("state_response") and all(any(_denied(view, n, f) for n in denials) for f in view.of("state_response")):
            return True  # "We found no report of gunfire against protesters": force denied, as a protest word is
        if triggers and _opens_with_condition(view):
            return True
        plans = [p for p in view.of("modality", "plan") if not _past_subjunctive(view, p, self.doc.lang)]
        if not any(t.category == "strategic" for t in triggers):
            plans += _ending_matches(view, self.doc.lang, "plan")
            # "said the curfew would last ten days" reports a decision; for a
            # protest, an announcement or a conditional is not yet an event.
            plans += view.of("modality", "announce") + [h for h in view.of("modality", "hypothetical") if not _conditional_of_a_relative(view, h)]
        if not plans:
            return False
        if view.has("modality", "observed"):
            return False  # "el paro convocado para el miércoles tuvo un acatamiento parcial": the call was heeded, news
        # "the march planned for Thursday left 3 dead": a toll is news;
        # "will call for justice for the dead" is not, nor are the dead a
        # planned strike is "en memoria de" (remembered, not caused by it).
        remembered = view.of("denounced") + view.of("remembered")
        tolls = [
            m for m in view.of("measure")
            if m.label in ("fatalities", "injuries") and not any(r.end <= m.start for r in remembered)
        ]
        if tolls and view.quantities:
            return False
        # "The strike committee has called for marches": the form word names the caller, not an action.
        bodies = view.of("claimant", "organisation")
        triggers = [t for t in triggers if not any(b.start <= t.start and t.end <= b.end for b in bodies)]
        if not triggers:
            return True
        # "have called a strike for 7 December to demand justice for those killed during the
        # protests of 2022": the past movement named as the grievance is no incident told beside the plan.
        if past := view.of("prior", "movement"):
            triggers = [t for t in triggers if not any(p.start <= t.start and t.end <= p.end for p in past)] or triggers
        # "will march", "called a strike": a plan phrase may hold the trigger itself.
        triggers = sorted(triggers, key=lambda m: (m.start, m.end))
        planned = [
            any(
                (0 <= t.start - p.end <= MODAL_WINDOW and not _relative_between(view, p.end, t.start, self.doc.lang)
                 and not _semicolon_between(view, p.end, t.start, self.published))
                or p.start >= t.start and (p.start - t.end < 15 or _plan_of_its_subject(view, t, p, self.doc.lang)) or p.start <= t.start and t.end <= p.end
                # ("called an indefinite strike": the plan phrase ends inside the trigger it opens)
                or p.start < t.start < p.end
                for p in plans
            )
            for t in triggers
        ]
        # "protests and roadblocks are likely to continue": a trigger joined to the next one that is planned
        for i in range(len(triggers) - 2, -1, -1):
            if not planned[i] and planned[i + 1] and _joined(view, triggers[i], triggers[i + 1]):
                planned[i] = True
        # "convocó a un paro general para el miércoles 24, con movilización al Congreso": what goes with the plan
        for i in range(1, len(triggers)):
            if not planned[i] and planned[i - 1] and _goes_with(view, triggers[i], self.doc.lang):
                planned[i] = True
        if all(planned):
            return True
        # "convocó a un paro; el miércoles, cientos marcharon en Ilo": the march is told, the strike only called
        # (in a clause of its own: a told action of its own kind, past a semicolon)
        told = [t for t, p in zip(triggers, planned) if not p and t.category in ("form", "riot") and t.label not in _GENERIC_FORMS]
        called = [t for t, p in zip(triggers, planned) if p and t.category == "form"]
        if told and called and all(_semicolon_between(view, c.end, t.start, self.published) for c in called for t in told):
            self.planned_forms[view.sentence.index] = called
        return False

    def without_planned_forms(self, view: SentenceView) -> SentenceView:
        """``view`` without the form words ``is_modal`` found only called or planned
        beside an action told: the march of "convocó a un paro; el miércoles marcharon
        en Ilo" is no strike (the same view when there are none)."""
        planned = self.planned_forms.get(view.sentence.index)
        if not planned:
            return view
        kept = [m for m in view.matches if not (m.category == "form" and any(m.start == p.start and m.end == p.end for p in planned))]
        if len(kept) == len(view.matches):
            return view
        narrowed = replace(view, matches=kept)
        narrowed.seal()
        return narrowed


PLAN_SUBJECT_REACH = 45  # chars of a trigger noun's "de" complement before the verb it is the subject of


@per_language
def _of_complement(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(the "de" complement up to the verb, a relative pronoun inside it) of the
    language's ``plan_subject`` (clauses.yaml); None where it has none."""
    data = lang_data(lang, "clauses").get("plan_subject") or {}
    if not data.get("of"):
        return None
    complement = re.compile(r" %s \s*[^,.;:()]{1,%d}\s+$" % (alternation(data["of"]), PLAN_SUBJECT_REACH))
    return complement, re.compile(r" %s " % alternation(data.get("relatives") or []))


def _plan_of_its_subject(view: SentenceView, trigger: Match, plan: Match, lang: str) -> bool:
    """ "una marcha de vecinos de El Alto bajará a la sede de Gobierno": the
    trigger noun is the subject of the future verb after its own "de"
    complement (who marches), so the march is planned, not told."""
    pats = _of_complement(lang)
    if pats is None:
        return False
    base = view.span.start
    gap = view.text[trigger.end - base : plan.start - base]
    # (a relative clause between, "la marcha de los maestros que llegó ayer", has a verb of its own)
    return pats[0].fullmatch(gap) is not None and pats[1].search(gap) is None


SUBJUNCTIVE_REACH = 50  # chars from "después de que" to the verb it governs ("los manifestantes marcharan")


@per_language
def _subjunctive_openers(lang: str) -> re.Pattern[str] | None:
    """``subjunctive_openers`` of morphology.yaml, as the end of a clause's head."""
    words = lang_data(lang, "morphology").get("subjunctive_openers") or []
    return re.compile(rf"(?<!\w){alternation(words)}(?!\w)[^,.;:]*$", re.IGNORECASE) if words else None


def _past_subjunctive(view: SentenceView, m: Match, lang: str) -> bool:
    """ "después de que los manifestantes marcharan hacia la plaza": a verb
    written like an unaccented future but governed by "después de que" is
    the past subjunctive of something that happened, not a plan."""
    pat = _subjunctive_openers(lang)
    if pat is None:
        return False
    base = view.span.start
    return pat.search(view.text, max(0, m.start - base - SUBJUNCTIVE_REACH), m.start - base) is not None


@per_language
def _ending_patterns(lang: str) -> dict[str, re.Pattern[str]]:
    """``modality_endings`` of a language's morphology.yaml, one regex per label."""
    endings = lang_data(lang, "morphology").get("modality_endings") or {}
    return {
        label: re.compile(r"\b\w+(?:" + "|".join(map(re.escape, sorted(ends, key=len, reverse=True))) + r")\b")
        for label, ends in endings.items()
        if ends
    }


def _ending_matches(view: SentenceView, lang: str, label: str) -> list[Match]:
    """Words of ``view`` whose ending marks ``label`` (Spanish future: a plan)."""
    pattern = _ending_patterns(lang).get(label)
    if pattern is None:
        return []
    base = view.span.start
    return [Match(base + m.start(), base + m.end(), "modality", label, m.group()) for m in pattern.finditer(view.text)]


# An unambiguous relative pronoun opening a clause that runs on to the
# conditional ("que" and "that" also introduce reported speech: "dijeron que
# podrían marchar").
@per_language
def _lone_nights(lang: str) -> frozenset[str]:
    """The nights named alone of the language (dates.yaml ``night_relative``), folded."""
    return frozenset(fold(str(k)) for k in (lang_data(lang, "dates").get("night_relative") or {})) if lang else frozenset()


_RELATIVE_TO_CONDITIONAL = re.compile(r"\b" + alternation(lang_words("clauses", "relatives_before_conditional"), r"\s+") + r"\b[^,;:()]*$", re.IGNORECASE)


@per_language
def _relative_openers(lang: str) -> tuple[str, ...]:
    """``relative_after_plan`` of clauses.yaml, lower-cased."""
    return tuple(str(w).lower() for w in lang_data(lang, "clauses").get("relative_after_plan") or [])


def _relative_between(view: SentenceView, start: int, end: int, lang: str) -> bool:
    """A relative clause opens between a plan or advice and the incident word
    ("should avoid the area around Juliaca airport, where protesters clashed
    on Monday"): the incident is the place's own past, told as fact."""
    openers = _relative_openers(lang)
    if not openers:
        return False
    between = view.text[start - view.span.start : end - view.span.start].lower()
    return any(o in between for o in openers)


def _conditional_of_a_relative(view: SentenceView, hypothetical: Match) -> bool:
    """ "informa de la detención de dos hombres con llantas, las cuales serían
    usadas en los bloqueos", "police arrested two men carrying tyres which
    would be used at the roadblocks": the conditional describes the things or
    people a relative clause is about; the arrest told before it happened."""
    base = view.span.start
    return any(
        f.label != "accommodation"
        and f.end <= hypothetical.start
        and _RELATIVE_TO_CONDITIONAL.search(view.text, f.end - base, hypothetical.start - base) is not None
        for f in view.of("state_response")
    )


def _opens_with_condition(view: SentenceView) -> bool:
    """ "If they block the roads, ..." / "Si no hay diálogo, marcharán": a
    sentence that opens with a condition (or a guess, "Es probable que se
    repitan las marchas") reports what might happen."""
    start = view.span.start
    if any(_opens_clause(view.text, m.start - start) for m in view.of("modality", "guess")):
        return True
    concessions = view.of("modality", "concessive")
    return any(
        _opens_clause(view.text, m.start - start) and not any(c.start <= m.start < c.end for c in concessions)
        for m in view.of("modality", "conditional")
    )


def _opens_clause(text: str, offset: int) -> bool:
    """Whether ``offset`` starts the sentence or a quoted clause ('Prawit said: "If ...')."""
    head = text[:offset].rstrip(" \"'\u201c\u00ab\u00bf-\u2014")
    return not head or head.endswith(":")


# People living outside their country ("migrantes", "su embajada"): lang/<code>/scope.yaml.
_ABROAD_CROWD = re.compile(rf"\b{alternation(sorted({fold(w) for w in lang_words('scope', 'abroad_crowd')}))}\b")

_COUNTRY_NAMES = {"PE": "Peru", "EC": "Ecuador", "CL": "Chile", "BO": "Bolivia", "CO": "Colombia"}


def _whole_country(code: str) -> Place:
    """A country as an event's place, named ("Brazil", not "BR")."""
    name = _COUNTRY_NAMES.get(code)
    if name is None:
        entry = place_finder.Gazetteer.load().entries.get(code)
        name = entry.name if entry else code
    return Place(name=name, country=code, precision="country")

_PRECISION_RANK = {"country": 0, "department": 1, "province": 2, "locality": 3, "district": 3, "landmark": 4}


# "la vía Cusco-Arequipa": the second end of a road named by the towns it joins.
# (one town or several: "la carretera Abancay–Chalhuanca–Nasca" is named after all three)
_FIRST_END = re.compile(r"(?:\s*[A-ZÁÉÍÓÚÑ][\w.]*(?:\s+[A-ZÁÉÍÓÚÑ][\w.]*)*\s*[-\u2013]\s*)+")


PERFECT_REACH = 3  # words between a perfect auxiliary and the measure it tells ("has declared a state of emergency")
PERFECT_WINDOW = 40  # chars before the measure read for its auxiliary


@per_language
def _perfect_aux(lang: str) -> re.Pattern[str] | None:
    """A perfect auxiliary ("has", "ha") a few words before the end of a text (``perfect_aux`` of dates.yaml)."""
    words = lang_data(lang, "dates").get("perfect_aux") or []
    if not words:
        return None
    # (a hyphenated word is one: "has declared a three-day curfew")
    return re.compile(rf"(?<!\w){alternation(words)}(?:\s+[^\W\d_]+(?:-[^\W\d_]+)*){{1,{PERFECT_REACH}}}\s+$", re.IGNORECASE)


def _measure_in_the_perfect(view: SentenceView, lang: str) -> bool:
    """A state measure told in the present perfect ("the government has
    declared a state of emergency", "el Gobierno ha declarado el estado de emergencia")."""
    if not view.has("strategic", "state_measure"):
        return False
    pat = _perfect_aux(lang)
    if pat is None:
        return False
    base = view.span.start
    return any(pat.search(view.text, max(0, m.start - base - PERFECT_WINDOW), m.start - base) for m in view.of("strategic", "state_measure"))


@per_language
def _capital_followers(lang: str) -> frozenset[str]:
    """``capital_followers`` of morphology.yaml."""
    return frozenset(lang_data(lang, "morphology").get("capital_followers") or [])


DESTINATION_REACH = 24  # chars before a place read for a destination word ("se dirigían a")
_NEXT_WORD = re.compile(r"\s*([^\W\d_]+|['’]s)?")


@per_language(variants=((False,), (True,)))
def _destination_words(lang: str, heading: bool) -> tuple[str, ...]:
    """``destinations`` of morphology.yaml, folded, each with a trailing space: the
    words of a trip under way, and with ``heading`` the bare words of heading too
    (read before a bare "the capital" only)."""
    data = lang_data(lang, "morphology").get("destinations") or {}
    words = list(data.get("under_way") or []) + (list(data.get("heading") or []) if heading else [])
    return tuple(fold(w) + " " for w in words)


@per_language
def _gateway_words(lang: str) -> tuple[str, ...]:
    """``gateway`` of morphology.yaml, folded, each with a trailing space."""
    return tuple(fold(w) + " " for w in lang_data(lang, "morphology").get("gateway") or [])


@per_language
def _route_words(lang: str) -> tuple[str, ...]:
    """``route_after`` of morphology.yaml, folded, each with a leading space."""
    return tuple(" " + fold(w) for w in lang_data(lang, "morphology").get("route_after") or [])


def _names_a_route(folded: str, end: int, lang: str) -> bool:
    """Whether the place ending at ``end`` is followed by a word that makes it a route's
    name ("the Machu Picchu train")."""
    return any(folded.startswith(w, end) and not folded[end + len(w) : end + len(w) + 1].isalpha() for w in _route_words(lang))


def _after_a_gateway(folded: str, start: int, lang: str) -> bool:
    """Whether the place at ``start`` follows a word that describes another place by
    where it leads ("the gateway to Machu Picchu")."""
    before = folded[max(0, start - DESTINATION_REACH) : start]
    return any(before.endswith(w) and not before[-len(w) - 1 : -len(w)].isalpha() for w in _gateway_words(lang))


def _after_a_destination_word(before: str, lang: str, heading: bool = False) -> bool:
    """Whether ``before`` (folded text right before a place) ends in a whole
    destination word ("buses que se dirigían a", "caravans heading to")."""
    return any(before.endswith(w) and not before[-len(w) - 1 : -len(w)].isalpha() for w in _destination_words(lang, heading))


def _heads_somewhere(folded: str, span: Span, lang: str) -> bool:
    """Whether a sentence (``span`` of the article's folded text) has a travel word
    before a destination ("que se dirigían a"): the cheap test before any place
    is read for one (speed only)."""
    sentence = folded[span.start : span.end]
    return contains_any(sentence, _destination_words(lang, False))


# "a Lima y a Arequipa", "to Lima and Arequipa": a comma or joiner, and the destination's preposition again
TRAVEL_LINK = re.compile(
    rf"^\s*(?:,|{alternation(lang_words('clauses', 'item_joiners'))})?\s*{alternation(lang_words('morphology', 'destinations', 'again'))}?\s*$", re.IGNORECASE
)


def _travel_destination(text: str, view: SentenceView, start: int, places: list[Place], lang: str) -> bool:
    """ "500 vehículos que se dirigían a Lima y a Arequipa", "buses bound for
    Cusco": a place right after a travel word in the imperfect (the trip was
    under way, not over) is where people or vehicles were heading, not where
    they were stopped or protested; so is one joined to such a place by a bare
    conjunction. A finished trip ("llegaron a Lima", ``arrival``) is not read here."""
    if _after_a_destination_word(fold(text[max(view.span.start, start - DESTINATION_REACH) : start]), lang):
        return True
    earlier = [p for p in places if p.span is not None and p.span.end <= start]
    if not earlier:
        return False
    last = max(earlier, key=lambda p: p.span.end)  # type: ignore[union-attr]
    return bool(TRAVEL_LINK.match(text[last.span.end : start])) and _travel_destination(text, view, last.span.start, places, lang)  # type: ignore[union-attr]


@per_language
def _capital_arrivals(lang: str) -> tuple[str, ...]:
    """``capital_arrivals`` of morphology.yaml, folded, each with a trailing space."""
    return tuple(fold(w) + " " for w in lang_data(lang, "morphology").get("capital_arrivals") or [])


def _reached(before: str, lang: str) -> bool:
    """The text before "the capital" ends in a verb of the action reaching it
    ("spread to the capital", "se extendieron a la capital"): there, not on its way."""
    return any(before.endswith(a) and not before[-len(a) - 1].isalpha() for a in _capital_arrivals(lang))


def reaches_the_capital(text: str, cue: Match, lang: str) -> bool:
    """Whether a bare "the capital" at ``cue`` is where the action spread to."""
    return _reached(" " + fold(text[max(0, cue.start - DESTINATION_REACH) : cue.start]), lang) and _bare_capital(text, cue, lang)


@per_language
def _capital_list_link(lang: str) -> re.Pattern[str]:
    """A list joiner, then optionally a ``capital_list_links`` word of morphology.yaml, and
    nothing else: what may stand between two places of a list ("and neighbouring")."""
    links = lang_data(lang, "morphology").get("capital_list_links") or []
    joiners = lang_data(lang, "clauses").get("item_joiners") or []
    return re.compile(rf"\s*(?:,\s*)?{alternation(joiners)}\s+(?:{alternation(links)}\s+)?", re.IGNORECASE) if joiners else re.compile(r"(?!)")


def _capital_in_a_list(text: str, cue: Match, named: list[Place], lang: str) -> bool:
    """ "Thousands marched through the capital and neighbouring Callao": a bare "the
    capital" joined to a place named right after it ("and", "y el") is a place of that
    list, as the place is; both are where the action was (one event per region)."""
    link = _capital_list_link(lang)
    return _bare_capital(text, cue, lang) and any(p.span is not None and p.span.start > cue.end and link.fullmatch(text, cue.end, p.span.start) for p in named)


def _bare_capital(text: str, cue: Match, lang: str) -> bool:
    """Whether "the capital" at ``cue`` means the country's capital: what
    follows is punctuation, a capitalised name, or a word of
    ``capital_followers`` ("in the capital on Thursday"), not a word that
    says which capital ("la capital regional", "the capital region"); and
    it is not where a march is heading ("caravans heading to the capital")."""
    before = " " + fold(text[max(0, cue.start - DESTINATION_REACH) : cue.start])
    if _after_a_destination_word(before, lang, heading=True) and not _reached(before, lang):
        return False  # whole words: "marched into the capital" is there, "to the capital" is not yet
    word = _NEXT_WORD.match(text, cue.end).group(1)  # type: ignore[union-attr]
    return not word or word[0].isupper() or word.casefold() in _capital_followers(lang)


def _action_referred_back(view: SentenceView) -> bool:
    """The sentence's first protest word is the action just told, named again
    with its article ("the strike went on", "el paro continuó, con los
    mercados cerrados"): not a new action of its own."""
    if not view.has("referred", "action"):
        return False  # (speed only)
    forms = view.of("form")
    if not forms:
        return False
    first = min(forms, key=lambda f: f.start)
    return any(t.start <= first.start and first.end <= t.end for t in view.of("referred", "action"))


_NAME_LINKS = frozenset(f" {w} " for w in lang_words("scope", "street_links", "name"))
# ", en el centro de Madrid", ", in central Madrid": the town a street or square just named lies in.
_IN_AFTER = re.compile(rf",\s+{alternation(lang_words('scope', 'street_links', 'placed_in'))}\s[^,;.]{{0,30}}$")
IN_AFTER_REACH = 40  # chars from a square's name to the town placed after it


def _placed_after(text: str, place: Place, places: list[Any]) -> bool:
    """A place abroad follows ``place`` in an apposition that places it (", en el
    centro de Madrid"): the name before it names a street or square there ("las
    calles de Cajamarca, en la región Cajamarca" are that town's own)."""
    end = place.span.end if place.span is not None else -1
    home = place.country + "-"
    return any(
        q.span is not None and 0 < q.span.start - end <= IN_AFTER_REACH and _IN_AFTER.match(text, end, q.span.start) is not None
        and not any(c == place.country or c.startswith(home) for c in q.candidates)
        for q in places
    )
# Street words of a town's own streets, squares and buildings (cues.yaml ``street``),
# not of the roads and bridges between towns.
_URBAN_WAYS = frozenset({"urban", "ways", "way_after"})
_SITE_WAYS = frozenset({"site"})  # "el sector de Mazuko": a point of a road or a village, told by its town
# "la carretera que une Cusco con Abancay", "the road between Puno and Juliaca": the first end, then the far one.
_ROAD_OPENERS = alternation(lang_words("scope", "roads", "openers"), r"\s+")
_ROAD_JOINERS = alternation(lang_words("scope", "roads", "joiners"))
_AFTER_ROAD = alternation([*lang_words("scope", "roads", "openers"), *lang_words("scope", "roads", "after_road")], r"\s+")
_JOINS = re.compile(rf"\s+(?:{_AFTER_ROAD}\s+)?[A-ZÁÉÍÓÚÑ][\w.]*(?:\s+[A-ZÁÉÍÓÚÑ][\w.]*)*\s+{_ROAD_JOINERS}\s+")
# "la vía a Puno", "the road to Juliaca": the road's far end, not where the action was.
_TOWARDS = frozenset(f" {w} " for w in lang_words("scope", "street_links", "towards"))


def _towards_a_list(text: str, start: int, end: int) -> bool:
    """ "the roads to Puno and Cusco": ``text[start:end]`` is a towards word and the
    names listed before the place at ``end``, which is a far end too."""
    return any(
        text.startswith(t, start) and _LISTED_NAMES.fullmatch(text, start + len(t) - 1, end) is not None
        for t in _TOWARDS
    )


# The towns a road runs between: "the highway between Juliaca and Cusco",
# "the road linking Puno to Desaguadero", "la carretera que une Puno con Juliaca".
ROUTE_REACH = 40
_ROUTE_END = re.compile(
    rf"\b{_ROAD_OPENERS}\s+(?:(?:{alternation(lang_words('scope', 'roads', 'articles'))}\s+)?[\w\u00c0-\u017f'-]+(?:\s+[\w\u00c0-\u017f'-]+)?\s+{_ROAD_JOINERS}\s+)?$",
    re.IGNORECASE,
)


# The streets named before the last one after a plural street word: "Abancay y ", "Tacna, Emancipación y ".
# A name's words are capitalised, with the ``name_particles`` of places.yaml between them ("Túpac Amaru", "Plaza de Armas").
_NAME_PARTICLES = alternation(lang_words("places", "name_particles"), r"\s+")
_NAME = rf"[A-ZÁÉÍÓÚÑ][\w.]*(?:\s+(?:{_NAME_PARTICLES}\s+)?[A-ZÁÉÍÓÚÑ][\w.]*)*"
_LISTED_NAMES = re.compile(rf"\s+(?:{_NAME}(?:\s*,\s*|\s+{alternation(lang_words('places', 'list_joiners'))}\s+))+")


# English names a road by its towns before the road word: "the Cusco-Puno highway",
# "the Juliaca–Puno, Juliaca–Arequipa and Puno–Desaguadero roads".
ROAD_PAIR_REACH = 80  # chars from a town of a road's name to its road word
_PAIR_DASH = r"\s?[-\u2013]\s?"
_PAIR_JOINERS = alternation(lang_words("scope", "roads", "pair_joiners"), r"\s+")  # "... and Puno–Desaguadero roads"
_PAIR_TAIL = re.compile(rf"(?:{_PAIR_DASH}{_NAME})?(?:(?:\s*,\s*|,?\s+{_PAIR_JOINERS}\s+){_NAME}{_PAIR_DASH}{_NAME})*\s+")
_PAIR_HEAD = re.compile(rf"{_NAME}{_PAIR_DASH}$")


def _named_before_its_road(text: str, span: Span, ways: list[Any]) -> bool:
    """The place is one town of a hyphened pair ("Cusco-Puno") that, alone or
    in a list of such pairs, stands right before a road word: it names the
    road, not where the action was ("removed rocks from the Cusco-Puno
    highway near Sicuani" is at Sicuani)."""
    first = text[span.end : span.end + 2].lstrip(" ")[:1] in ("-", "\u2013")
    if not first and not _PAIR_HEAD.search(text, max(0, span.start - ROAD_PAIR_REACH // 2), span.start):
        return False
    return any(
        m.label == "way" and span.end <= m.start <= span.end + ROAD_PAIR_REACH and _PAIR_TAIL.fullmatch(text, span.end, m.start)
        for m in ways
    )


def _road_name_between(between: str) -> bool:
    """Nothing, or only the road's first town and a hyphen, lies between the
    street word and the place: the place is part of the road's name."""
    return not between.strip(" .") or bool(_FIRST_END.fullmatch(between))


SINCE_REACH = 40  # chars from "desde el inicio de las protestas" to the date of that start
REPORT_GAP = 4  # chars between "said" and the day it dates ("said on Thursday", "informó este lunes")


def _dates_the_report(view: SentenceView, d: Any) -> bool:
    """ "Amnesty International said on Thursday, after documenting the deaths
    ...": the day right after a reporting verb dates the report, not the
    incident; the sentence takes another day it gives, or the running one.
    So does a date between a finding's verb and what it found ("concluded
    in its April 2023 report that")."""
    if view.has("modality", "finding_in") and any(h.start <= d.span.start < h.end for h in finding_heads(view)):
        return True  # "concluded in its April 2023 report that ...": the report's month
    if d.range.precision != "day":
        return False
    return any(0 <= d.span.start - m.end <= REPORT_GAP for m in view.of("attribution"))


CUTOFF_GAP = 1  # chars from "hasta" to the report's day it closes a count on ("hasta esta mañana")
#: Characters that end a clause or open an aside between an act and the year that would date it.
_CLAUSE_BREAK_CHARS = frozenset(",;:()")
# "as they did last year", "como el año pasado": the year of a comparison, not of the act told
_COMPARED = re.compile(r"\b" + alternation(lang_words("dates", "year_compared"), r"\s+") + r"\b", re.IGNORECASE)
_CUTOFF_BEFORE = re.compile(r"\b" + alternation(lang_words("dates", "count_cutoff"), r"\s+") + r"\s*$", re.IGNORECASE)


def _cutoff_of_a_count(view: SentenceView, d: Any, published: date | None) -> bool:
    """ "Según la Defensoría, hasta esta mañana se contaban siete fallecidos":
    the report's own day (or the night before) right after "hasta" closes the
    count, as "hasta el momento" does; it is no day of the incident counted.
    An older day closes it too when the count is the whole country's and no
    action is told ("habla de 42 muertos en todo el país hasta el 17 de mayo"):
    no incident has a nationwide toll on one day."""
    if published is None or d.range.precision != "day" or not view.has("measure"):
        return False
    if (published - d.range.start).days > 1 and not (view.has("tally", "countrywide") and not view.has("form") and not view.has("riot")):
        return False
    base = view.span.start
    return _CUTOFF_BEFORE.search(view.text, max(0, d.span.start - base - 12 - CUTOFF_GAP), d.span.start - base) is not None


#: Words that tell an incident, or force or a toll of one: a sentence with one
#: of them reports what its dates date, even inside reported speech.
_INCIDENT_WORDS = frozenset({"form", "riot", "strategic", "attack", "state_response", "measure"})


_IN_WHICH_CLAUSE = re.compile(r",\s+" + alternation(lang_words("dates", "which_openers"), r"\s+") + r"\s[^,;]*$", re.IGNORECASE)
_CLOSED = re.compile(r"\b" + alternation(lang_words("dates", "closed_words"), r"\s+") + r"\b", re.IGNORECASE)


def _since_of_a_described_thing(view: SentenceView, d: Any) -> bool:
    """ "hundreds marched to the airport, which had been closed since Monday":
    a "since" day inside a relative clause telling a place shut (and no
    protest word in the clause) dates that closure, not the incident. "La
    vía, que permanece bloqueada desde el lunes" is a blockade: its day stays."""
    if d.kind != "since":
        return False
    base = view.span.start
    aside = _IN_WHICH_CLAUSE.search(view.text, 0, d.span.start - base)
    if aside is None or not _CLOSED.search(aside.group()):
        return False
    comma = base + aside.start()
    return not any(m.category in ("form", "riot") and comma <= m.start < d.span.start for m in view.matches)


_ASIDE_CATEGORIES = frozenset({"form", "riot", "state_response", "measure"})
_ASIDE_PARTICIPLES = lang_words("morphology", "aside_participle_endings")  # every language's: "-ed", "-ados"
_SINCE_WORDS = frozenset(w for w in lang_words("dates", "since") if " " not in w)  # "since", "desde"
SINCE_ASIDE_CHARS = 60  # the longest aside between commas whose "since" day is the subject's stay


def _since_in_an_aside(view: SentenceView, d: Any) -> bool:
    """ "Efectivos del Ejército, desplegados allí desde la víspera, respondieron
    con fuego de fusil": a "since" day inside an aside set off by commas after
    the subject, with no protest, force or count word of its own, dates how
    long the subject had been there, not the action told after the aside
    ("Desde la víspera, los militares ..." opens the sentence: no aside)."""
    base = view.span.start
    if d.kind == "since":
        # ("Desde el paro regional, iniciado el 4 de enero, Puno mantiene bloqueos": a "since" read off an
        # onset participle tells when the thing before the aside began, the run's start)
        if view.text[d.span.start - base : d.span.end - base].split(None, 1)[0].lower() not in _SINCE_WORDS:
            return False
    elif not any(0 <= d.span.start - m.end <= 1 for m in view.of("origin_word", "since")):
        return False  # (a day counted from the one told before, "desde la víspera", is read as an anchor)
    opened = view.text.rfind(",", 0, d.span.start - base)
    closed = view.text.find(",", d.span.end - base)
    if opened < 0 or closed < 0 or closed - opened > SINCE_ASIDE_CHARS or not view.text[:opened].strip():
        return False
    first = view.text[opened + 1 : closed].split(None, 1)
    if not first or not first[0].lower().endswith(_ASIDE_PARTICIPLES):
        return False
    inside = [m for m in view.matches if base + opened <= m.start < base + closed and m.category in _ASIDE_CATEGORIES]
    after = [m for m in view.matches if m.start >= base + closed and m.category in _ASIDE_CATEGORIES]
    return not inside and bool(after)


def _dates_a_trailing_participle(view: SentenceView, d: Any) -> bool:
    """ "The bloodbath in Puno this week ... exposes the character of the
    government of Dina Boluarte, installed on December 7 with the backing of
    Congress": a day in a closing phrase opened by a participle after a comma,
    with no protest, force or toll word of its own, dates the noun the phrase
    describes, not the incident told before the comma (which keeps the
    sentence's other date)."""
    if len(view.dates) < 2:
        return False
    base = view.span.start
    opened = view.text.rfind(",", 0, d.span.start - base)
    if opened < 0 or not view.text[:opened].strip():
        return False
    first = view.text[opened + 1 : d.span.start - base].split()
    if not first or len(first) > TRAILING_PARTICIPLE_WORDS or not first[0].lower().endswith(_ASIDE_PARTICIPLES):
        return False
    if first[-1].lower() not in _PARTICIPLE_DAY_OPENERS:
        return False  # ("un paro, anunciado hasta el viernes 25": how long the strike runs)
    if any(m.category in _ASIDE_CATEGORIES and m.start >= base + opened for m in view.matches):
        return False
    return any(m.category in _ASIDE_CATEGORIES and m.end <= base + opened for m in view.matches) and any(
        o.span.end <= base + opened for o in view.dates
    )


TRAILING_PARTICIPLE_WORDS = 3  # words from the comma to the day: "installed on", "sworn in on"
_PARTICIPLE_DAY_OPENERS = frozenset(lang_words("dates", "participle_day_openers"))


_COORDINATED = re.compile(rf",\s+{alternation(lang_words('clauses', 'coordinators'))}\s+", re.IGNORECASE)


def _dates_a_later_bare_clause(view: SentenceView, d: Any) -> bool:
    """ "Police fired tear gas to push them back, and the crowd returned in
    larger numbers the next morning": the day told in a clause joined after a
    comma, with no incident word of its own, is that clause's; the force told
    before it keeps the day it had (its paragraph's)."""
    if ", " not in view.text:
        return False
    base = view.span.start
    cut = None
    for m in _COORDINATED.finditer(view.text, 0, d.span.start - base):
        cut = base + m.end()
    if cut is None:
        return False
    before = any(m.category in _INCIDENT_WORDS and m.end <= cut for m in view.matches)
    after = any(m.category in _INCIDENT_WORDS and m.start >= cut for m in view.matches)
    return before and not after and all(o.span.start >= cut for o in view.dates)


# "aunque", "pese a que", "although": they open a clause that concedes something else (clauses.yaml ``concessive``)
_CONCESSIVE_WORDS = tuple(lang_words("clauses", "concessive"))
_CONCESSIVE = re.compile(r"\b(?:" + alternation(_CONCESSIVE_WORDS, r"\s+") + r")\s", re.IGNORECASE) if _CONCESSIVE_WORDS else None


def _dates_a_concession(view: SentenceView, d: Any) -> bool:
    """ "Aunque el gobierno retiró el proyecto el 2 de mayo, las movilizaciones
    continúan en Cali": the day told in a concessive clause with no incident
    word of its own dates what is conceded (the bill withdrawn), not the
    protest the main clause tells ("la marcha del 2 de mayo", inside it, keeps
    its day). Gated by a plain word test: most sentences concede nothing."""
    low = view.text.lower()
    if _CONCESSIVE is None or not contains_any(low, _CONCESSIVE_WORDS):
        return False
    base = view.span.start
    opener = None
    for m in _CONCESSIVE.finditer(view.text, 0, d.span.start - base):
        opener = m
    if opener is None or any(c in view.text[opener.end() : d.span.start - base] for c in ",;"):
        return False
    stop = min((i for i in (view.text.find(c, d.span.end - base) for c in ",;") if i >= 0), default=len(view.text))
    lo, hi = base + opener.start(), base + stop
    inside = any(m.category in _INCIDENT_WORDS and lo <= m.start < hi for m in view.matches)
    outside = any(m.category in ("form", "riot") and not lo <= m.start < hi for m in view.matches)
    return outside and not inside


def _in_reported_aside(view: SentenceView, d: Any) -> bool:
    """ "El ministro indicó que se había reunido la semana pasada con los
    dirigentes": a day inside what someone reports, in a sentence that names
    no incident, force or toll, dates the speaker's meeting or errand, not the
    story; it neither dates the sentences after it nor anchors the article."""
    if view.has_any(_INCIDENT_WORDS):
        return False
    return any(m.end <= d.span.start for m in view.of("reported"))


def _has_homonyms(place: Place, matches: list[Any]) -> bool:
    """Whether the name has places in several regions: a name only one place
    bears (Macusani), or a province and its capital district of one name
    (Andahuaylas), means that region, wherever the article dwells."""
    return any(m.span == place.span and len(m.candidates) > 1 and place_finder.regions_of(m) > 1 for m in matches)


# "PE-1301" (Trujillo province), "PE-130101" (Trujillo district): the province and
# district that hold a department's capital, numbered first within it.
_REGIONAL_CAPITAL = re.compile(r"PE-\d\d01(?:01)?")
_DEPARTMENT_ID = re.compile(r"PE-\d\d")  # "PE-04": Arequipa, the department

@lru_cache(maxsize=65_536)
def _region_named_outright(gaz: Any, candidates: tuple[str, ...]) -> frozenset[tuple[str, str]]:
    """The region a mention with these readings names by its department or
    its capital (one of them is such a unit, and all lie in that region),
    else nothing (``ArticleContext._regions_named_outright``). A pure
    function of the readings and the (shared, cached) gazetteer: remembered
    across articles (speed only; the same names recur in every article)."""
    if not any(_REGIONAL_CAPITAL.fullmatch(c) or _DEPARTMENT_ID.fullmatch(c) for c in candidates):
        return frozenset()
    regions = {(e.country, e.admin1) for e in (gaz.get(c) for c in candidates)}
    return frozenset(regions) if len(regions) == 1 and None not in next(iter(regions)) else frozenset()


def _regional_capital(place: Place) -> bool:
    """Whether the place is a department's capital (Trujillo, Chiclayo, Huancayo):
    a city that size named in a story about another region is itself, not a
    homonym of some village there."""
    return bool(place.gazetteer_id and _REGIONAL_CAPITAL.fullmatch(place.gazetteer_id))


def place_rank(p: Place) -> int:
    """How precise a place is: country 0 ... landmark 4."""
    return _PRECISION_RANK.get(p.precision, 0)


def _rank_of(precision: str) -> int:
    return _PRECISION_RANK[precision]


_DATE_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
HURT_DAY_REACH = 30  # characters from "wounds suffered" to its day: "in Juliaca on January 9"
_ANY_SPACE = r"\s+"
# A date inside a place's aside, between commas: "In Juliaca, where ... on 9 January," (clauses.yaml where_clause).
_IN_WHERE_CLAUSE = re.compile(rf",\s+{alternation(lang_words('clauses', 'where_clause'), _ANY_SPACE)}\s[^,;]*$", re.IGNORECASE)
PRIOR_GAP = 24  # chars between a turning-point word and the date that belongs to it
# "on Monday and Tuesday", "el lunes y nuevamente el martes": days joined by a
# conjunction alone (dates.yaml day_joiners).
_DAY_JOINER = re.compile(rf"\s*,?\s*{alternation(lang_words('dates', 'day_joiners'), _ANY_SPACE)}\s*", re.IGNORECASE)


def _joined_days(view: SentenceView, dates: list[Any], best: DateRange) -> DateRange:
    """``best``, or the days it is joined to by a conjunction alone ("marched on
    Monday and again on Tuesday"): the incident's extent runs from the first
    to the last of them, when that is a few days at most."""
    if best.precision != "day" or best.start != best.end:
        return best
    days = sorted(
        (d for d in dates if d.range.precision == "day" and d.range.start == d.range.end and d.span is not None),
        key=lambda d: d.span.start,
    )
    if len(days) < 2:
        return best
    base = view.span.start
    group: list[Any] = [days[0]]
    for d in days[1:]:
        if _DAY_JOINER.fullmatch(view.text, group[-1].span.end - base, d.span.start - base):
            group.append(d)
            continue
        if any(g.range == best for g in group) and len(group) > 1:
            break
        group = [d]
    if len(group) < 2 or not any(g.range == best for g in group):
        return best
    start, end = min(g.range.start for g in group), max(g.range.end for g in group)
    if (end - start).days > SPAN_DAYS:
        return best
    return DateRange(start, end, "day", best.span)


#: ", cuando", ", when" right after a date: the clause of what happened that day (also read by periods.py)


_DIVISION_WORDS = lang_words("scope", "counted_divisions", "divisions")
# "91 roadblocks in 11 of the country's 24 regions", "en 15 regiones": divisions counted by a figure, none named
_COUNTED_DIVISIONS = re.compile(
    rf"\b{alternation(lang_words('scope', 'counted_divisions', 'prepositions'))}\s+"
    rf"(?:{alternation(lang_words('scope', 'counted_divisions', 'qualifiers'), _ANY_SPACE)}\s+)?\d+\s+"
    rf"(?:{alternation(lang_words('scope', 'counted_divisions', 'of_whole'), _ANY_SPACE)}\s+\d+\s+)?"
    rf"{alternation(_DIVISION_WORDS)}\b",
    re.IGNORECASE,
)


# "en 12 de las 13 provincias de la región": divisions of the region named, not the country's
_OF_A_REGION = re.compile(rf"\s+{alternation(lang_words('scope', 'counted_divisions', 'of_a_region'), _ANY_SPACE)}\b", re.IGNORECASE)


def _movement_toll(view: SentenceView) -> bool:
    """A casualty count told of the movement as a whole ("11 people died in the
    protests", "murieron 11 personas en las protestas"): the ``tally`` context
    cue beside a casualty word, with no state force or crowd action of its own
    in the sentence that would tell one incident somewhere."""
    if not view.has("tally", "context") or any(m.label != "killings" for m in view.of("state_response")):
        return False  # (the killings word is the deaths themselves: "murieron" reads as one)
    if any(m.label not in _GENERIC_FORMS for m in view.of("form")):
        return False
    return any(view.has("measure", m) for m in ("fatalities", "injuries", "arrests"))


def _counts_divisions(text: str) -> bool:
    """Whether first-level divisions are counted by a figure, none named: the whole country's scope."""
    lower = text.lower()
    return any(w in lower for w in _DIVISION_WORDS) and bool(_COUNTED_DIVISIONS.search(text))


LEAD_REACH = 3  # chars from a sentence's start to a date that leads it (an opening quote or bracket)
WHEN_FOLLOWS = re.compile(rf"\s*,\s*{alternation(lang_words('periods', 'when_after'))}\b", re.IGNORECASE)
# "QUISPE: It started yesterday afternoon.": a pronoun alone (after a speaker's label) before the onset verb
_PRONOUN_ONSET = re.compile(rf"(?:^|[:\u2014-]\s*)\W*{alternation(lang_words('periods', 'onset_pronouns'), _ANY_SPACE)}\s+$", re.IGNORECASE)
_SINCE_THAT = re.compile(rf"\b{alternation(lang_words('periods', 'since_that'))}\s+$", re.IGNORECASE)
# "since protests against President Boluarte began in early December": the
# subject of the onset verb stands between "since" and the verb in English.
SINCE_SUBJECT_GAP = 60
_SINCE_SUBJECT = re.compile(
    rf"\b{alternation(lang_words('periods', 'since_subject', 'openers'))}\s+(?:{alternation(lang_words('periods', 'since_subject', 'articles'))}\s+)?"
    rf"{alternation(lang_words('periods', 'since_subject', 'movements'))}\b[^,.;:]*$",
    re.IGNORECASE,
)
ONSET_SUBJECT_GAP = 30  # more chars an onset verb's movement may take ("comenzó el paro nacional indefinido")
PLAN_GAP = 8  # chars between "planned for" and the day planned
# "convocada para el jueves", "para los días 15 y 16": a day right after these is a day set ahead
_SCHEDULED = lang_words("periods", "scheduled_for")
_SCHEDULED_FOR = re.compile(rf"\b(?:{alternation(_SCHEDULED, _ANY_SPACE)})\s+$", re.IGNORECASE) if _SCHEDULED else None
_LINKS = frozenset(lang_words("periods", "prior_links"))
_CONJUNCTIONS = frozenset(lang_words("clauses", "item_joiners"))


OBJECT_GAP = 6  # chars between a date and the protest it begins ("el lunes un paro")


DENIED_GAP = 16  # chars from a denial to the incident word it denies ("no se registraron mayores enfrentamientos")


def denied(view: SentenceView, m: Match) -> bool:
    """Whether ``m`` is told as not having happened: inside a denial ("no
    clashes were reported") or right after one. A march told beside "but no
    clashes were reported" is no riot (the march itself stays)."""
    return any(n.start <= m.start and m.end <= n.end or _denied(view, n, m) for n in view.of("modality", "negation"))


def _denied(view: SentenceView, negation: Match, trigger: Match) -> bool:
    """ "no se han registrado enfrentamientos", "no hubo mayores disturbios":
    an incident word right after a denial, one word between at most, was not
    reported as happening."""
    gap = trigger.start - negation.end
    if not 0 <= gap <= DENIED_GAP:
        return False
    between = view.text[negation.end - view.span.start : trigger.start - view.span.start]
    return len(between.split()) <= 1 and not any(ch in between for ch in ",;:.")


def _begins_its_object(view: SentenceView, d: Any) -> bool:
    """The date is followed by the protest the onset verb begins ("iniciaron
    el lunes un paro", "began on Monday a hunger strike"): the verb is
    transitive, its date is the incident's start, not a past movement's."""
    return any(0 <= f.start - d.span.end <= OBJECT_GAP for f in view.of("form"))


# "El paro comenzó el jueves 3 de octubre con una huelga de transportistas": the action a movement began with
_BEGUN_WITH = re.compile(rf"\s*,?\s*(?:{alternation(lang_words('periods', 'onset_with'), _ANY_SPACE)})\s+", re.IGNORECASE)
BEGUN_WITH_REACH = 40  # chars from "con" to the form word of the action the movement began with
BEGUN_WITH_DAYS = 21  # days before the report within which a movement's first action is still its story's


def _begun_with_an_action(view: SentenceView, d: Any, published: date | None) -> bool:
    """ "El paro comenzó el jueves 3 de octubre con una huelga de transportistas
    que bloquearon las vías", eleven days on: the movement's first day is told
    with the action done on it (or the riots it turned into), which is that day's incident. Weeks of a
    movement back ("comenzaron el 28 de abril con un paro nacional", in June),
    it is the movement's history."""
    if published is None or not 0 <= (published - d.range.start).days <= BEGUN_WITH_DAYS:
        return False
    base = view.span.start
    m = _BEGUN_WITH.match(view.text, d.span.end - base)
    if m is not None and any(0 <= f.start - (base + m.end()) <= BEGUN_WITH_REACH for f in view.of("form")):
        return True
    # "The protests began on Oct. 18 after a rise in metro fares, and quickly escalated into riots in
    # which dozens of metro stations were burned": the riots the movement turned into, from its first day
    return any(r.start >= d.span.end for r in view.of("riot"))


def _date_stamp(view: SentenceView, d: Any) -> bool:
    """ "Andahuaylas, 12 de diciembre." standing alone: the day the report was
    filed, not the day of what it tells ("ayer" in the lead is that day). A
    bare date line with no city is the article's own date and stays."""
    if any(m.category in ("form", "riot", "strategic", "attack") for m in view.matches):
        return False
    # "By Staff Reporter | Published 12 January 2023, 14:05 | Updated ...": a web page's byline stamps the page
    if view.has("page_stamp"):
        return True
    rest = view.text[: d.span.start - view.span.start] + view.text[d.span.end - view.span.start :]
    return 1 <= len(_WORD.findall(rest)) <= 3


def _told_done(view: SentenceView) -> bool:
    """Whether the sentence tells its dead or wounded, or force other than
    arrests, as done: "Recuerdo la plaza de Juliaca el 9 de enero: aquel día
    murieron 18 personas", "la Toma de Lima del 19 de enero, cuando ... fueron
    recibidas con gases lacrimógenos", written in December, date a past day,
    not a plan's. Read only where that question arises (speed only)."""
    return (
        view.has("violent_act", "done") and (view.has("measure", "fatalities") or view.has("measure", "injuries"))
        or any(m.category == "state_response" and m.label != "arrests" for m in view.matches)
    )


def _today_of(d: Any) -> DateRange:
    """The date a mention lends to the sentences after it. "El paro cumplió
    dos semanas" dates that strike back two weeks, but what the next
    sentences tell happened on the day the count was made, its last day."""
    r: DateRange = d.range
    if getattr(d, "kind", "") == "elapsed":
        return DateRange(r.end, r.end, "day", r.span)
    return r


def _quoted_relative(view: SentenceView, d: Any) -> bool:
    """ "un comunicado denunciando 'actos de vandalismo desde la tarde de
    ayer'": a relative day inside direct speech counts from when the speaker
    spoke or wrote, which the article does not give; it does not date the
    reporter's incident. Written dates in a quote still do; so does a weekday
    in a witness's account told to the reporter (``quoted_testimony``: "My
    son was wounded in Juliaca on Monday"), a day of the week reported."""
    if d.kind not in ("relative", "anchor", "weekday", "elapsed") or not view.quoted(d.span.start):
        return False
    return not (d.kind == "weekday" and quoted_testimony(view))


def quoted_testimony(view: SentenceView) -> bool:
    """ '"My son was wounded in Juliaca on Monday," said his mother': a voice
    that tells a death or a wound with its own day and place, inside the
    quote, is a source's account of an incident (GUIDELINES §2: an event the
    article attributes to a source), not a stance or a plan. Only a quoted
    casualty word with a day and a place quoted with it; in a protest article
    (the caller asks that)."""
    if not view.dates or not (view.opens_in_quote or quote_spans(view.text)):
        return False  # (speed only)
    if not any(view.quoted(d.span.start) for d in view.dates):
        return False
    if _force_on_the_speakers_march(view):
        return True
    if not view.has("measure") or not view.places:
        return False
    if not any(m.label in ("fatalities", "injuries") and view.quoted(m.start) for m in view.of("measure")):
        return False
    return any(view.quoted(p.span.start) for p in view.places)


def _force_on_the_speakers_march(view: SentenceView) -> bool:
    """ '"El 19 marchamos por el centro y la Policía nos lanzó gases
    lacrimógenos", recuerda': a march and the force used on it, both inside
    the quote with its day, are the speaker's account of an incident (the
    place may be the story's, told before)."""
    if not view.has("state_response") or not view.has("form"):
        return False
    # (talks, "el diálogo", "la negociación", are no force: "hemos agotado las vías del diálogo")
    return any(view.quoted(m.start) and m.label != "accommodation" for m in view.of("state_response")) and any(
        view.quoted(m.start) and m.label not in _GENERIC_FORMS for m in view.of("form")
    )


MOURNED_REACH = 60  # chars from "justice for" to the casualty word of the dead it names
_GENERIC_FORMS = frozenset({"protest", "protest_noun"})  # "the protests": a noun inside the clause, not a crowd's verb


def in_mourned_clause(view: SentenceView, offset: int, kin: bool = False) -> bool:
    """Whether ``offset`` lies after a casualty word of the dead a protest is
    for ("to demand justice for the people killed in Juliaca last month"),
    with no clause break between: the place and day of those deaths. With
    ``kin``, the victims' kin name their dead's place the same way ("relatives
    of those killed in Juliaca marched in Lima"); their day stays, as it dates
    the deaths recalled ("los familiares de los asesinados del 15 de diciembre")."""
    kin_cues = view.of("actor", "relatives_of_victims") if kin else []
    if not view.has("denounced") and not kin_cues:
        return False  # (speed only)
    base = view.span.start
    for cause in view.of("denounced") + kin_cues:
        if not cause.end <= offset or offset - cause.end > MOURNED_REACH + 40:
            continue
        if any(ch in view.text[cause.end - base : offset - base] for ch in ",;:"):
            continue
        if cause in kin_cues and any(cause.end <= f.start < offset and f.label not in _GENERIC_FORMS for f in view.of("form")):
            continue  # the kin's own verb ("relatives of those killed in Juliaca marched in Lima") ends their dead's clause
        if any(
            # (the dead may be inside the cue itself: "fotos de los fallecidos")
            m.label in ("fatalities", "injuries") and cause.start <= m.start < offset and m.start - cause.end <= MOURNED_REACH
            for m in view.of("measure")
        ):
            return True
        # "en memoria de los muertos de Juliaca": the dead named as victims (their casualty word stripped as the grievance)
        if any(cause.end <= m.start < offset and m.start - cause.end <= MOURNED_REACH for m in view.of("victims_ref")):
            return True
    return False


def _in_a_recalled_span(view: SentenceView, offset: int) -> bool:
    """Whether ``offset`` lies in a clause counted back from earlier force
    ("marched on Monday, two months after security forces killed 17 civilians in
    the nearby city of Juliaca", ``remembered``/``span_after``) with no clause
    break between: the place of that earlier day, not of the march."""
    base = view.span.start
    return any(
        m.end <= offset and not any(ch in view.text[m.end - base : offset - base] for ch in ",;:")
        for m in view.of("remembered", "span_after")
    )


_ONLY_CLOSING = re.compile(r"[\s.)\]\"'”’]*")


def _force_before(view: SentenceView, at: int) -> bool:
    """A clash or force named before ``at`` ("Protesters clash with police ...,
    where"): casualties told after it are that clash's ("Thousands marched in
    Juliaca, where 18 were killed on 9 January" recalls older deaths)."""
    return any(m.start < at for m in view.of("riot") + view.of("state_response"))


def _closes_the_only_dated_sentence(view: SentenceView, d: Any) -> bool:
    """The date ends the sentence and is its only date."""
    base = view.span.start
    return len(view.dates) == 1 and _ONLY_CLOSING.fullmatch(view.text, d.span.end - base) is not None


def _the_day_they_were_hurt(view: SentenceView, usable: list[Any]) -> list[Any]:
    """ "Two protesters died in hospital on Tuesday from gunshot wounds suffered
    on January 9": a death told with the earlier day its victim was hurt is the
    toll of that day's incident (GUIDELINES: one incident, one record), so that
    day alone dates the sentence. Only in a sentence that tells deaths: "was
    injured on Monday and arrested on Tuesday" keeps both."""
    if not view.has("measure", "fatalities"):
        return usable
    base, text = view.span.start, view.text
    for cue in view.of("hurt_on", "day"):
        if _hurt_as_the_cause(view, cue):
            continue
        for d in usable:
            between = text[cue.end - base : d.span.start - base]
            if 0 <= d.span.start - cue.end <= HURT_DAY_REACH and not any(c in between for c in ",;."):
                return [d]
    return usable


def _hurt_as_the_cause(view: SentenceView, cue: Match) -> bool:
    """ "Drivers struck on Monday after a colleague was shot dead last week", "over the
    killing of a driver who was shot last week": a protest word, then "after" or a grievance
    opener, then the wounding: the wounding is what the protest answered, and its day is not
    the protest's (the crowd noun "protesters" is no protest word here: "two protesters died on
    Tuesday after they were shot on January 9" is the shooting's toll)."""
    causes = [m.end for m in view.of("sequence", "after")] + [m.end for m in view.of("grievance", "opener")]
    return any(
        f.label != "protest_noun" and f.end <= c <= cue.start
        for f in view.of("form") for c in causes
    )


FORM_DAY_REACH = 12  # chars from a protest word to the day written right after it ("a march late on Saturday")


def _run_going_on(view: SentenceView, plain: list[Any], usable: list[Any], published: date | None) -> DateRange | None:
    """ "El paro indefinido rige desde el 4 de enero y continúa hoy": the report's
    own day told as a run's going on is that run's last day, so the run from its
    "since" day dates the sentence (not today alone, nor a run begun yesterday)."""
    if not plain or published is None or not view.has("continuation"):
        return None
    if not all(d.range.start == d.range.end == published for d in plain):
        return None
    runs = [d.range for d in usable if d.kind == "since" and d.range.precision == "day" and d.range.end == published and d.range.start < published]
    return runs[0] if runs else None


def _the_day_of_the_deadly_form(view: SentenceView, usable: list[Any]) -> list[Any]:
    """ "Merino resigned on Sunday, as outrage grew over the deaths of two students
    during a march late on Saturday": in a sentence that counts dead or wounded,
    a single day written right after a protest word is the incident's (its
    other day is what followed it). Only when exactly one day is so placed."""
    if not (view.has("measure", "fatalities") or view.has("measure", "injuries")):
        return usable
    base, text = view.span.start, view.text
    forms = view.of("form")
    placed = [
        d for d in usable
        if d.range.precision == "day" and d.range.start == d.range.end and any(
            0 <= d.span.start - f.end <= FORM_DAY_REACH and not any(c in text[f.end - base : d.span.start - base] for c in ",;.") for f in forms
        )
    ]
    return _with_its_joined_days(view, placed[0], usable) if len(placed) == 1 else usable


def _with_its_joined_days(view: SentenceView, day: Any, usable: list[Any]) -> list[Any]:
    """``day`` and the days a conjunction alone joins after it ("died in the
    protests on Monday and Tuesday"): one incident's days, all kept for
    :func:`_joined_days` to span."""
    base = view.span.start
    out = [day]
    for d in sorted((d for d in usable if d.span.start > day.span.end), key=lambda d: d.span.start):
        if not _DAY_JOINER.fullmatch(view.text, out[-1].span.end - base, d.span.start - base):
            break
        out.append(d)
    return out


def _the_day_it_went_with(view: SentenceView, usable: list[Any]) -> list[Any]:
    """ "fueron velados el domingo y sepultados el lunes, acompañados por una
    marcha de cientos": a protest told as going with an act the sentence dates
    ("acompañados por", "accompanied by" a form) happened with the act told last
    before it, so the day written last before the cue alone dates the sentence
    (not the first day, the wake's). Only when a form follows the cue within its
    clause: "accompanied by their lawyers" dates nothing."""
    base, text = view.span.start, view.text
    forms = view.of("form")
    for cue in view.of("accompanied", "day"):
        if not any(0 <= f.start - cue.end <= ACCOMPANIED_REACH and not any(c in text[cue.end - base : f.start - base] for c in ";.") for f in forms):
            continue
        before = [d for d in usable if d.span.end <= cue.start and d.range.precision == "day"]
        if before:
            return [max(before, key=lambda d: d.span.start)]
    return usable


# "marched behind the coffins of the victims on Wednesday": a day right after the dead's noun is the act's
_DAY_AFTER_THE_DEAD = re.compile(
    rf"\b{alternation(lang_words('grievance', 'day_after_the_dead', 'nouns'))}\s+(?:{alternation(lang_words('grievance', 'day_after_the_dead', 'links'))}\s+)?$",
    re.IGNORECASE,
)
DAY_AFTER_THE_DEAD_REACH = 16  # chars before the day within which the dead's noun and its "on" stand


_ONLOOKER_VERBS = frozenset(lang_words("nonprotest", "onlooker_verbs"))
ONLOOKER_GAP = 1  # chars from "few in" to the place it names (a space)
ONLOOKER_VERB_WORDS = 3  # words after the place where the onlookers' verb stands ("few in Lima had seen it coming")


def _where_onlookers_are(view: SentenceView, place: Place) -> bool:
    """ "a strike that few in Lima saw coming", "un paro que pocos en Lima
    anticiparon": a place right after a quantifier pronoun and "in", whose
    verb is one of seeing, knowing or judging, is where the people are who
    watch or judge, not where the act told is (GUIDELINES §2, place)."""
    if place.span is None:
        return False
    if not any(0 <= place.span.start - m.end <= ONLOOKER_GAP for m in view.of("onlookers")):
        return False
    after = fold(view.text[place.span.end - view.span.start :]).lower().split()[:ONLOOKER_VERB_WORDS]
    return any(w.strip(".,;:") in _ONLOOKER_VERBS for w in after)


def _day_of_force_in_passing(view: SentenceView, d: Any) -> bool:
    """The day of force told in passing ("luego de la intervención policial del
    día anterior", marked by ``grievance.strip_force_of_another_day``): that
    day's, not the sentence's."""
    return view.has("passing_day") and any(m.start == d.span.start for m in view.of("passing_day"))


@once
def _city_demonyms() -> tuple[re.Pattern[str], dict[str, str]] | None:
    """The folded city demonyms of the gazetteer's ``city_demonyms.yaml`` as one
    pattern, and each word's gazetteer id; None when it lists none."""
    data = data_file("city_demonyms.yaml") or {}
    words = {fold(w).lower(): pid for pid, ws in data.items() for w in ws}
    if not words:
        return None
    return re.compile(r"\b(?:" + alternation(words) + r")\b"), words


def dates_prior_event(view: SentenceView, d: Any, published: date | None = None) -> bool:
    """The date is written against a political turning point ("the December 7
    coup", "la vacancia del 7 de diciembre"), so it dates that, not the incident
    (with no ``published``, the publication day's guards are left out)."""
    base = view.span.start
    if (
        in_mourned_clause(view, d.span.start)
        and not any(o.span.end <= d.span.start and in_mourned_clause(view, o.span.start) for o in view.dates if o is not d)
        and not _DAY_AFTER_THE_DEAD.search(view.text, max(0, d.span.start - base - DAY_AFTER_THE_DEAD_REACH), d.span.start - base)
    ):
        # "to demand justice for the people killed in Juliaca last month": the deaths' month; a second
        # day after it ("followed the coffins of those killed in Friday's clashes through Ayaviri on Sunday") is the act's
        return True
    aside = _IN_WHERE_CLAUSE.search(view.text, 0, d.span.start - base)
    if aside is not None and _closes_the_only_dated_sentence(view, d) and _force_before(view, base + aside.start()):
        # "Protesters clash with police at the airport of Arequipa, where one man was
        # killed and 10 others were injured on Thursday": no main clause follows the
        # aside and no other day is given; its day is the clash's.
        aside = None
    if aside is not None and any(
        m.label in ("fatalities", "injuries") and base + aside.start() <= m.start < d.span.start for m in view.of("measure")
    ):
        # "In Juliaca, where 18 people were killed on 9 January, hundreds held a
        # vigil on Wednesday": the aside's day dates what happened there before.
        return True
    if aside is not None and d.kind == "since":
        # "In Puno, where the Aymara have sustained an indefinite strike since January, the
        # day was marked by rallies in Juliaca": the aside's span is its own action's, when
        # the main clause after it tells another
        close = view.text.find(",", d.span.end - base)
        if close >= 0 and any(m.start >= base + close for m in view.matches if m.category in ("form", "riot")):
            return True
    if (
        _SCHEDULED_FOR is not None and published is not None and d.range.precision == "day" and d.range.start <= published
        and _SCHEDULED_FOR.search(view.text, max(0, d.span.start - base - 12), d.span.start - base) and not view.has("modality", "observed")
    ):
        # "las convocó ... para los días 15 y 16 de diciembre": the days a call set, not a day of what is
        # told (a day ahead is left to the plan it names: "un llamado a huelga para la primera semana de febrero");
        # unless the call was heeded ("el paro convocado para el miércoles 23 tuvo un acatamiento parcial": its day)
        return True
    for p in view.of("modality", "plan"):
        # "a mass march planned for Thursday": the day of the plan, not of what happened
        # (not past a comma or a semicolon: "convocó a un paro; el lunes marcharon" dates the march)
        # (nor past a coordinator that opens a clause with a past day: "convocó a un paro y el lunes marcharon")
        if 0 <= d.span.start - p.end <= PLAN_GAP and not any(c in view.text[p.end - base : d.span.start - base] for c in ",;") and not (
            published is not None and d.range.end < published and _CLAUSE_COORDINATOR.search(view.text, p.end - base, d.span.start - base)
            and _CALLED_OBJECT.match(view.text, d.span.end - base) is None
        ) and not view.has("modality", "observed"):
            return True
    for m in view.of("prior"):
        if m.label == "movement" and d.range.precision == "day":
            continue  # "the protests of 15 December in Ayacucho" date that incident
        if m.label == "victims" and (not view.has("form") or WHEN_FOLLOWS.match(view.text, d.span.end - base)):
            # "las víctimas del 15 de diciembre fueron diez", "recordaron a los fallecidos del 15 de
            # diciembre, cuando militares dispararon": the day of the deaths told
            continue
        if m.label == "onset" and (_begins_its_object(view, d) or _PRONOUN_ONSET.search(view.text, 0, m.start - base) or _begun_with_an_action(view, d, published)):
            # "iniciaron el lunes un paro indefinido": the strike begun is this article's;
            # "It started yesterday afternoon": the incident asked about began then
            continue
        if 0 <= m.start - d.span.end <= 3 and not (m.label == "onset" and d.range.precision == "day"):
            # "the December 7 coup"; but "The morning of 15 December began with a crowd ...": the day that began
            return True
        if 0 <= d.span.start - m.end <= PRIOR_GAP + (ONSET_SUBJECT_GAP if m.label == "onset" else _named_length(view, m, d) if m.label == "political" else 0):
            gap = view.text[m.end - base : d.span.start - base]
            if m.label == "onset":
                # "desde que comenzó el paro nacional el 28 de abril": the movement
                # named after its onset verb, then the day it began (after "desde
                # que" only: "los docentes comenzaron el paro el lunes" is theirs).
                if not _SINCE_THAT.search(view.text, max(0, m.start - base - 14), m.start - base) and not _SINCE_SUBJECT.search(
                    view.text, max(0, m.start - base - SINCE_SUBJECT_GAP), m.start - base
                ):
                    if len(gap) > PRIOR_GAP or _own_onset_day(view, m, d, published):
                        continue
                    forms_after: list[Match] = []
                else:
                    forms_after = view.of("form")
                for f in forms_after:
                    if m.end <= f.start and f.end <= d.span.start:
                        gap = gap.replace(view.text[f.start - base : f.end - base], " ")
                if len(gap) > PRIOR_GAP:
                    continue
            # a capitalised name between is whom the turning point befell ("the arrest of former President Pedro Castillo on Dec. 7")
            between = [w.lower() for w in gap.replace(",", " ").split() if not (m.label == "political" and w[:1].isupper())]
            if all(w in _LINKS for w in _drop_coordinated(between)):
                return True
    return False


_CAPITALISED = re.compile(r"\s[A-ZÁÉÍÓÚÑ][\w'’.-]*")


def _named_length(view: SentenceView, turn: Match, d: Any) -> int:
    """The characters of capitalised names between a turning point and its day
    ("the ouster of President Pedro Castillo on December 7"): whom it befell
    takes room the gap allows (its words are dropped from the link test too)."""
    between = view.text[turn.end - view.span.start : d.span.start - view.span.start]
    return sum(len(w) for w in _CAPITALISED.findall(between))


# "since it began", "desde que se inició"; "el paro nacional que comenzó el 28 de abril", "a strike
# that began on Monday": the movement's first day, told of it in a subordinate clause
_SINCE_PRONOUN = re.compile(rf"\b(?:{alternation(lang_words('periods', 'onset_clause_openers'), _ANY_SPACE)})\s+(?:\w+\s+)?$", re.IGNORECASE)
SINCE_PRONOUN_REACH = 20
OWN_ONSET_DAYS = 7  # days before the report within which a protest's onset day is its own incident's
ONSET_SUBJECT_REACH = 30  # chars from the protest word to its onset verb ("Protests in the capital broke out")


def _own_onset_day(view: SentenceView, onset: Match, d: Any, published: date | None) -> bool:
    """ "Protests broke out on Sunday in Juliaca", "Las protestas comenzaron el
    domingo": the sentence's only day is the day its own protest began, which
    is that protest's first day (a sentence with another day tells the
    incident on that one: "the strike, which began on Monday, paralysed Puno
    on Wednesday"). Only a day of the report's week: "las protestas comenzaron
    el 28 de abril" in June tells a movement's history, no incident."""
    base = view.span.start
    if published is None or not 0 <= (published - d.range.start).days <= OWN_ONSET_DAYS:
        return False
    if any(o is not d for o in view.dates) or _SINCE_PRONOUN.search(view.text, max(0, onset.start - base - SINCE_PRONOUN_REACH), onset.start - base):
        return False  # "53 dead in the unrest since it began on December 7": the movement's first day, not an incident's
    return any(f.end <= onset.start and onset.start - f.end <= ONSET_SUBJECT_REACH and "," not in view.text[f.end - base : onset.start - base] for f in view.of("form"))


@per_language
def _plan_with(lang: str) -> re.Pattern[str] | None:
    """``plan_with`` of morphology.yaml, after a comma, as the end of the text before a trigger."""
    words = lang_data(lang, "morphology").get("plan_with") or []
    return re.compile(rf",\s*(?:{alternation(words, _ANY_SPACE)})\s+$", re.IGNORECASE) if words else None


def _semicolon_between(view: SentenceView, start: int, end: int, published: date | None = None) -> bool:
    """ "convocó a un paro; el lunes cientos marcharon en Ilo": a semicolon
    closes the plan's clause, and what the next clause tells happened; so does
    a coordinator right before a past day ("convocó a un paro y el lunes
    cientos marcharon", ``clause_coordinators``), which opens a clause of its own."""
    base = view.span.start
    if ";" in view.text[start - base : end - base]:
        return True
    if published is None or not view.dates:
        return False
    return any(
        start <= d.span.start < end and d.range.end < published and _CLAUSE_COORDINATOR.search(view.text, max(0, start - base), d.span.start - base) is not None
        and _CALLED_OBJECT.match(view.text, d.span.end - base) is None
        for d in view.dates
    )


# ``clause_coordinators`` of morphology.yaml (all languages), with an article after, as the end of the text
# before a day ("y el lunes", "and on Monday"): a clause of its own opens there.
_CALLED_OBJECT = re.compile(rf"\s*,?\s*{alternation(lang_words('morphology', 'called_object'))}\s", re.IGNORECASE)  # "y el lunes a una marcha"
_CLAUSE_COORDINATOR = re.compile(rf"(?<!\w){alternation(lang_words('morphology', 'clause_coordinators'))}\s+(?:\w{{1,3}}\s+)?$", re.IGNORECASE)


def _goes_with(view: SentenceView, trigger: Match, lang: str) -> bool:
    """ ", con movilización al Congreso": a trigger that a comma and "con" join to
    what was told before it (the planned strike) goes with it."""
    pat = _plan_with(lang)
    if pat is None:
        return False
    base = view.span.start
    return pat.search(view.text, max(0, trigger.start - base - 12), trigger.start - base) is not None


def _joined(view: SentenceView, first: Match, second: Match) -> bool:
    """Whether only a conjunction stands between two trigger words ("protests and roadblocks")."""
    between = view.text[first.end - view.span.start : second.start - view.span.start].split()
    return second.start >= first.end and len(between) == 1 and between[0].lower() in _CONJUNCTIONS


def _drop_coordinated(words: list[str]) -> list[str]:
    """ "the impeachment and arrest on December 7": one noun joined to the
    turning point by a conjunction shares its date."""
    for i, w in enumerate(words[:-1]):
        if w in _CONJUNCTIONS:
            return words[:i] + words[i + 2 :]
    return words


DATELINE_WORDS = 8  # words of a line that only names the outlet and the day ("Peru Reports — November 15, 2024")


DATELINE_HEAD_WORDS = 5  # words before the date in an opening dateline ("(Washington, DC, April 26, 2023) –")
# After the date of an opening dateline: a closing bracket or an agency, then a
# dash, with the full stop of Spanish wires before it ("10 de enero (Andina).-"),
# or an agency and a full stop ("Lima, ene. 10 (ANDINA). El ...").
_DATELINE_AFTER = re.compile(r"\s*\)?\s*(?:(?:\([^()\n]{2,30}\))?\s*\.?\s*[-\u2013\u2014]+\s|\([^()\n]{2,30}\)\s*[.:]\s)")


def _in_dateline(view: SentenceView, d: Any) -> bool:
    """ "(Washington, DC, April 26, 2023) – Soldiers used excessive force
    ...", "LIMA, Jan. 20, 2023 (AP) — ...": the day a report was filed,
    opening its first sentence before a dash, dates the report, not what it tells."""
    base = view.span.start
    head = view.text[: d.span.start - base]
    return len(head.split(None, DATELINE_HEAD_WORDS)) <= DATELINE_HEAD_WORDS and bool(_DATELINE_AFTER.match(view.text, d.span.end - base))


in_dateline = _in_dateline  # (read by periods.dated_ahead)


DATELINE_LINES = 3  # lines from the top in which an opening dateline is looked for (headline, byline, lead)
DATELINE_DRIFT_DAYS = 31  # how far a dateline's day may lie from the given publication date to replace it
DATELINE_REACH = 80  # chars into the last line looked at within which its dateline's day must start


def dateline_day(text: str, mentions: list[Any], published: date | None) -> date | None:
    """The day of the wire's opening dateline ("Puno, 9 de enero (Andina).-",
    "LIMA, Jan 9 (Reuters) -") when it differs from ``published``: the day the
    text was written, against which its "ayer" and "este lunes" are read. A
    feed's date is often when the story was fetched or republished; the
    dateline is the reporter's own. None when there is no such dateline or it
    lies more than DATELINE_DRIFT_DAYS away."""
    if published is None:
        return None
    starts = [0]
    for _ in range(DATELINE_LINES):
        nxt = text.find("\n", starts[-1])
        if nxt < 0:
            break
        while nxt + 1 < len(text) and text[nxt + 1] == "\n":
            nxt += 1
        starts.append(nxt + 1)
    for d in mentions:  # (in text order: past the top lines, no dateline follows)
        if d.span.start > starts[-1] + DATELINE_REACH:
            return None
        r = d.range
        if r.precision != "day" or r.start != r.end:
            continue
        line = max(s for s in starts if s <= d.span.start)
        head = text[line : d.span.start]
        if len(head.split(None, DATELINE_HEAD_WORDS)) > DATELINE_HEAD_WORDS or not head.rstrip().endswith(","):
            continue
        if not _DATELINE_AFTER.match(text, d.span.end):
            continue
        if r.start != published and abs((published - r.start).days) <= DATELINE_DRIFT_DAYS:
            return r.start
        return None
    return None


def _is_dateline(view: SentenceView) -> bool:
    """A short line with a date and no sentence end or incident word dates
    the page, not the story: the lead's own day ("on Wednesday") anchors it."""
    return (
        bool(view.dates) and len(view.text.split(None, DATELINE_WORDS)) <= DATELINE_WORDS and not view.text.rstrip().endswith(".")
        and not any(m.category in ("form", "riot", "attack", "strategic") for m in view.matches)
    )


# (folded, longest first: ``preceding_cue`` indexes a tuple by its phrases' last words)
ACCOMPANIED_REACH = 30  # chars from "acompañados por" to the form it names ("por una marcha de cientos")
_NATIONAL_ACTS = frozenset(lang_words("scope", "national_act", "acts"))
_NATIONAL_BY_NAME = frozenset(lang_words("scope", "national_act", "by_name"))
_LOCAL_AUTHOR = re.compile(rf"\b{alternation(tuple(fold(w) for w in lang_words('scope', 'national_act', 'local')), _ANY_SPACE)}\b")
_NATIONAL_AUTHORS = frozenset({"government", "congress"})
#: Actor words too vague to say the author is the nation's ("las autoridades" may be a town's).
_VAGUE_AUTHORS = frozenset(lang_words("scope", "national_act", "vague"))


def _national_act(view: SentenceView) -> bool:
    """Whether the sentence's measure is a law or decree of the national power:
    an instrument only it issues ("decreto supremo") or one whose author is the
    government or congress with no word making it local ("el gobierno
    regional", "the mayor"). Such an act holds over the whole country, not where
    the story told before it happened, though the sentence names no place."""
    from kipu.extract.readings import is_strategic, names_protest  # (readings imports classify, which imports this module)

    acts = [m for m in view.of("strategic", "state_measure") if m.term in _NATIONAL_ACTS]
    # (a march "para rechazar la ley aprobada por el Congreso" is the marchers', where they marched)
    if not acts or names_protest(view) or not is_strategic(view):
        return False
    if _LOCAL_AUTHOR.search(fold(view.text)):
        return False
    if any(m.term in _NATIONAL_BY_NAME for m in acts):
        return True
    # ("... right in the middle of the state of emergency": "the state" inside the act's own name is no author)
    return any(
        m.label in _NATIONAL_AUTHORS and m.term not in _VAGUE_AUTHORS and not any(a.start < m.end and m.start < a.end for a in acts)
        for m in view.of("actor")
    )


_ACROSS = tuple(sorted({fold(w) for w in lang_words("scope", "across_before")}, key=len, reverse=True))


def _across_the_country(doc: AnalysedDocument, own: list[Place]) -> bool:
    """ "maintained more than 100 roadblocks across Guatemala", "en todo
    Panamá": the country named right after a word for its whole extent is
    the action's scope, even in an article datelined in its capital (whose
    name may be the same)."""
    return any(
        p.admin1 is None and p.span is not None and preceding_cue(doc.folded, p.span.start, _ACROSS) is not None
        for p in own
    )


def _is_heading(view: SentenceView) -> bool:
    """A one-line paragraph that is just a place name ("Arequipa") heads a section."""
    # At most four pieces are split off: enough to tell three words from more (speed only).
    return len(view.text.split(None, 3)) <= 3 and not view.text.rstrip().endswith((".", ":"))


def _without_framing_action(view: SentenceView, regional: list[Place]) -> list[Place]:
    """ "Las provincias aimaras acataron el paro convocado en coincidencia con la
    llamada tercera Toma de Lima": a place named right after a framing phrase
    (``scope``/``framed`` cues) is in the name of the larger action this one is
    part of, not where this one happened, when the sentence names another region.
    So is a place named as where goods come from ("los camiones que llevan el
    cobre de Las Bambas", ``scope``/``produce``), or as one person's home ("un
    dirigente indígena de Cotopaxi que falleció ... en Quito", ``scope``/``person_of``),
    or where an office moved to ("moved his government to Guayaquil after
    protesters marched on the capital", ``scope``/``relocated``), or where an
    action's effects were felt ("The blockades, mostly in Cochabamba, have
    caused shortages of fuel and food in La Paz", ``scope``/``effect``)."""
    framed = view.of("scope", "framed") + view.of("scope", "produce") + view.of("scope", "person_of") + view.of("scope", "relocated") + view.of("scope", "effect")
    if not framed:
        return regional
    kept = [
        p for p in regional
        if p.span is None or not any(0 <= p.span.start - f.end <= FRAMING_PLACE_REACH and "," not in view.text[f.end - view.span.start : p.span.start - view.span.start] for f in framed)
    ]
    return kept or regional


def _cares_there(text: str, place: Span, care: Any) -> bool:
    """The care word names the place's hospital: "a Lima hospital" (the word
    after the name) or "un hospital de Lima" (the phrase before it)."""
    if care.label == "after_name":
        return text[place.end : care.start] == " "
    return text[care.end : place.start] == " "


_KICKER_HEAD = re.compile(r"\s*([^\W\d][^\W\d .]*(?: [^\W\d][^\W\d.]*){0,2})\s*(?::|\s[\u2014\u2013-])\s")


_SINCE_THEN = folded_words("dates", "since_then")


def opens_with_since_then(view: SentenceView) -> bool:
    """ "Since then, thousands have marched almost daily": the sentence runs from the
    day its paragraph told to the report's day, not on that one day."""
    head = fold(view.text[:SINCE_THEN_REACH]).lower().lstrip(" -\u2013\u2014\"'")
    return head.startswith(_SINCE_THEN)


SINCE_THEN_REACH = 24  # chars at the head of a sentence where "since then" may open it
