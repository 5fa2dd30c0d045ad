"""The frames of a sentence's incidents: the typing its neighbours impose, one
frame per measure's day, per clause of a crowd's and the state's killings, per
region's or day's clause, and the measure told beside a riot or declared on a day
of its own.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from kipu.extract import nonprotest
from kipu.extract import places as place_finder
from kipu.extract.agents import killed_by_others
from kipu.extract.classify import GENERIC_FORMS, Typing, classify
from kipu.extract.clauses import (
    elliptical,
    split_by_day,
    split_by_region,
    split_days_before,
    split_measure_after_toll,
    split_where_clauses,
)
from kipu.extract.context import in_dateline
from kipu.extract.counts import CASUALTY_MEASURES, Count, counts_in, the_same_measure
from kipu.extract.document import SentenceView
from kipu.extract.events import make_frames
from kipu.extract.last_incident import (
    add_counts,
    arrests_of_last_incident,
    count_for_last,
    incident_named_again,
    measure_referred_to,
    rioters_arrested,
    toll_including_a_crowds_victim,
    toll_of_last,
)
from kipu.extract.lexicon import alternation, lang_words
from kipu.extract.periods import measures_by_day, protests_by_day
from kipu.extract.reader_base import _typing_of_the_dead_after
from kipu.extract.readings import (
    FORM_OR_RIOT,
    INCIDENT_CATEGORIES,
    another_total,
    died_of_the_forces_munitions,
    lethal_at_the_scene,
    lone_arrest,
    raid_on_lodgings,
)
from kipu.extract.recalled import (
    before_a_past_where_clause,
    before_the_past,
    movement_in_aside,
    only_the_past_is_an_incident,
    past_incident,
)
from kipu.extract.sentence_split import (
    clause_day,
    killing_beside_a_protest,
    mob_and_state_frames,
    typing_of_whole,
)
from kipu.extract.tallies import joint_tallies
from kipu.extract.totals import before_the_cause_of_a_toll, only_deaths_of_wounds
from kipu.model import DateRange, Place

# "estado de emergencia declarado por el Gobierno el miércoles": the participle within three words of the measure
_MEASURE_DECLARED = re.compile(rf"(?:\s+\S+){{0,3}}?\s+{alternation(lang_words('readings', 'measure_declared'))}\b", re.IGNORECASE)
DECLARED_DAY_REACH = 40  # chars from "declared" to the day it was declared ("by the government on Wednesday")


class FrameBuilding:
    """Methods of ``pipeline._ArticleReader``, which inherits this class: they share its
    state (``self.doc``, ``self.ctx``, ``self.frames``, ``self.tallies``, ...), set in its ``__init__``."""

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
            if len(made) == 1 and made[0].typing.type == "violence_against_civilians" and _action_at_a_state_attack(view):
                # "Un policía golpeó al periodista durante la marcha del jueves en Lima": the march as well
                made.extend(make_frames(view, [], (when, when_explicit), where, Typing("protest", "peaceful", ("action_at_the_attack",))))
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
        self.frames.extend(past_incident(view, past, where, self.published, lambda lo, hi: self._places_between(view, lo, hi)))

    def _places_between(self, view: SentenceView, lo: int, hi: int) -> list[tuple[Place | None, bool]]:
        """The places a stretch of the sentence (absolute offsets) names, one per region, as
        the sentence's own are found; none when the stretch names none."""
        inside = [p for p in view.places if lo <= p.span.start < hi]
        named = place_finder.sentence_places(self.doc.text, view.span, inside, self.doc) if inside else []
        return [(p, True) for p in named]

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
            # ("Two teenagers were killed in Andahuaylas on Sunday ..., and the government declared a state of
            # emergency in Apurímac on Monday": a clause of the same-day split that names its own day is that day's)
            dated = clause_day(part, view, (day, explicit), self.ctx) if days == 0 else (day, explicit)
            self.frames.extend(make_frames(part, own, dated, places or [(self.ctx.inherited_place(), False)]))


def _action_at_a_state_attack(view: SentenceView) -> bool:
    """ "Un policía golpeó al periodista Rafael Gonzales durante la marcha del jueves en Lima":
    an attack by police or soldiers on a person (a journalist, an observer) told with the
    protest action it happened at names that action too, an event of its own (GUIDELINES §2:
    the journalist beaten is an attack; the march, with no force on its crowd told, is
    peaceful), not only the attack's setting. Only a named form (a march, a strike), not
    "the protests" in general."""
    if not (view.has("actor", "police") or view.has("actor", "military")):
        return False
    return any(m.label not in GENERIC_FORMS for m in view.of("form"))
