"""The place of a sentence's incident against the ones told before: an action
ranked by region, the last incident's own town, a region's incident counted a
few incidents back, a roundup's country, and each day's places.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kipu.extract import places as place_finder
from kipu.extract.classify import forms_of
from kipu.extract.clauses import split_by_day
from kipu.extract.counts import Count
from kipu.extract.document import SentenceView
from kipu.extract.reader_base import _RANKS_REGIONS, FRAMES_BACK
from kipu.extract.readings import FORM_OR_RIOT, has_incident_trigger
from kipu.model import DateRange, Place
from kipu.textnorm import fold


class PlacesReading:
    """Methods of ``pipeline._ArticleReader``, which inherits this class: they share its
    state (``self.doc``, ``self.ctx``, ``self.frames``, ``self.tallies``, ...), set in its ``__init__``."""

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


_DIGITS = re.compile(r"\d+")  # (the numbers a sentence ranks regions by: read only where a measure word is, counts need none)
