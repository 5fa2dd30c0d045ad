"""Sentences read against the incident just told: its dead, wounded, arrested,
victims and remarks added to it, the gunfire whose dead the next sentence counts,
a crowd's separate incident, and force told in passing of another day.
"""

from __future__ import annotations

from dataclasses import replace

from kipu.extract.agents import STATE_ACTORS, killed_by_others
from kipu.extract.classify import Typing, classify, state_forces_named
from kipu.extract.counts import CASUALTY_MEASURES, counts_in
from kipu.extract.document import SentenceView
from kipu.extract.events import Frame, make_frames
from kipu.extract.grievance import PASSING
from kipu.extract.last_incident import (
    OPENING_REACH,
    bare_demands,
    count_for_last,
    demands_of_last,
    died_after_incident,
    died_of_wounds_later,
    force_another_day,
    force_elsewhere,
    in_its_region,
    relocate_last,
)
from kipu.extract.lexicon import Match
from kipu.extract.reader_base import _typing_of_the_dead_after
from kipu.extract.readings import (
    FORM_OR_RIOT,
    cause_of_last,
    crowd_control,
    force_on_the_scene,
    has_incident_trigger,
    is_attack,
    names_the_victims,
    remark_on_last,
    running_total,
    shot_by_the_forces,
    trigger_outside_anaphor,
)
from kipu.extract.sentence_split import places_of_the_incident


class LastIncidentReading:
    """Methods of ``pipeline._ArticleReader``, which inherits this class: they share its
    state (``self.doc``, ``self.ctx``, ``self.frames``, ``self.tallies``, ...), set in its ``__init__``."""

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
