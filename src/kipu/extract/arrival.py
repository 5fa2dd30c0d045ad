"""Delegations that travel to protest: the place they reach, not the one they left.

"Cientos de aimaras de Puno llegaron a Lima para sumarse a las protestas" and
"hundreds of Aymara protesters from Puno arrived in Lima" tell one action, in
Lima: travelling to join a protest is a caravan (GUIDELINES §2 forms) at its
destination, not yet the march they came for. The region they come from is
said in passing ("de Puno" is not always cued as an origin), so it is not a
second event there.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from kipu.extract.agents import NOT_A_CROWD, STATE_FORCES
from kipu.extract.lexicon import Match, alternation, folded_words, lang_words
from kipu.textnorm import fold
from kipu.geo.gazetteer import PlaceMatch
from kipu.model import Place

if TYPE_CHECKING:
    from kipu.extract.document import SentenceView

TRAVELLERS = frozenset({"caravan", "protest", "protest_noun"})  # form words that may name those who arrive ("delegaciones", "manifestantes")
LANDMARK_PREFIX = "PE-LM-"  # gazetteer ids of named buildings, squares, roads
DESTINATION_GAP = 8  # chars from "llegaron" / "arrived" to the place reached (" a ", " hasta ", " in "), dates aside


def destination_only(
    view: SentenceView, where: list[tuple[Place | None, bool]]
) -> list[tuple[Place | None, bool]]:
    """``where`` without the regions named before an arrival verb ("de Puno
    llegaron a Lima"), when ``view`` tells an arrival at a place it names
    right after the verb and names more than one region; otherwise
    ``where`` unchanged."""
    if len({p.admin1 for p, _ in where if p is not None}) < 2:
        return where
    verb = _arrival(view)
    if verb is None:
        return where
    kept = [(p, e) for p, e in where if p is not None and p.span is not None and p.span.start >= verb.end]
    return kept or where


def _arrival(view: SentenceView) -> Match | None:
    """The first arrival verb that reaches a named town or region, if any."""
    if not view.has("arrival", "destination"):
        return None
    return next((m for m in view.of("arrival", "destination") if any(_reaches(view, m.end, p) for p in view.places)), None)


def arrival_forms(view: SentenceView, labels: list[str]) -> list[str]:
    """The forms of a sentence telling an arrival: a caravan, plus the forms
    told before the purpose ("llegaron a Lima y marcharon"), not the protests
    they came to join ("para sumarse a las marchas", "to join the marches").
    Those who arrive must be a crowd: "the march reached Juliaca" stays a
    march, and police arriving in a town travel to no protest."""
    verb = _arrival(view)
    if verb is None:
        return labels
    if any(m.end <= verb.start and m.label not in TRAVELLERS for m in view.of("form")):
        return labels  # "la marcha llegó a Lima": the march arrived
    if any(m.end <= verb.start and m.label in STATE_FORCES for m in view.of("actor")):
        return labels  # "police arrived in Juliaca"
    end = verb.end
    purpose = next((m.start for m in view.of("arrival", "purpose") if m.start >= end), None)
    if purpose is not None:
        labels = [m.label for m in view.of("form") if m.start < purpose]
    return labels if "caravan" in labels else ["caravan", *labels]


def strip_official_arrivals(view: SentenceView) -> None:
    """ "Leaders of world economies, including US President Joe Biden, arrive in
    Lima this week for the summit": officials travelling to a meeting are no
    caravan, so the arrival phrase is no protest word."""
    verbs = view.of("arrival", "destination")
    if not verbs or not any(_officials_arrive(view, v) for v in verbs):
        return
    first = min(v.start for v in verbs)
    view.matches[:] = [m for m in view.matches if not (m.category == "form" and m.label == "caravan" and m.start >= first)]


def _officials_arrive(view: SentenceView, verb: Match) -> bool:
    """Those named before the arrival verb are the government's people, with no
    crowd among them (no protester and no counted people)."""
    before = [m for m in view.matches if m.end <= verb.start]
    return any(m.category == "actor" and m.label == "government" for m in before) and not any(
        m.category == "actor" and m.label not in NOT_A_CROWD or m.category == "measure" and m.label == "participants" for m in before
    )


def _reaches(view: SentenceView, verb_end: int, place: PlaceMatch) -> bool:
    """Whether a town or region (not a square or a building: marchers
    "reach" those) follows the arrival verb with only a preposition and the
    sentence's dates between ("llegaron este lunes a Lima")."""
    start = place.span.start
    if start < verb_end or all(c.startswith(LANDMARK_PREFIX) for c in place.candidates):
        return False
    dates = [d.span for d in view.dates if verb_end <= d.span.start and d.span.end <= start]
    dated = sum(d.end - d.start for d in dates)
    if start - verb_end - dated > DESTINATION_GAP:
        return False
    # "la cifra llega a 20 en Puno": a figure between is no journey
    offset = view.span.start
    return not any(
        view.text[i - offset].isdigit() and not any(d.start <= i < d.end for d in dates) for i in range(verb_end, start)
    )


# "a street vendor from the Andean city of Puno", "protesters from Puno": the
# place a person comes from, not where the incident is ("from Juliaca to Puno"
# is a route and stays).
# The words are in ``lang/<code>/arrival.yaml``, all languages merged.
_ORIGIN = alternation(lang_words("arrival", "origin", "prepositions"))
_ORIGIN_ARTICLE = alternation(lang_words("arrival", "origin", "articles"))
_PLACE_OF = alternation(lang_words("arrival", "origin", "place_of"), r"\s+")
_FROM_BEFORE = re.compile(rf"\b{_ORIGIN}\s+(?:{_ORIGIN_ARTICLE}\s+)?(?:[^\W\d_]+\s+){{0,2}}(?:{_PLACE_OF}\s+)?$", re.IGNORECASE)
_ROUTE_AFTER = re.compile(rf"[^.;]{{0,30}}?\b{alternation(lang_words('arrival', 'route_after'))}\s", re.IGNORECASE)
ORIGIN_REACH = 45  # chars before the place in which "from" makes it an origin


def without_origins(view: SentenceView, where: list[tuple[Place | None, bool]]) -> list[tuple[Place | None, bool]]:
    """``where`` without regions named only as where someone comes from ("The
    victim, a vendor from the city of Puno, was hit near the Plaza San
    Martín"), when another region is named for the incident itself."""
    if len({p.admin1 for p, _ in where if p is not None}) < 2:
        return where
    base = view.span.start

    def origin(p: Place | None) -> bool:
        if p is None or p.span is None:
            return False
        before = view.text[max(0, p.span.start - base - ORIGIN_REACH) : p.span.start - base]
        return _FROM_BEFORE.search(before) is not None and _ROUTE_AFTER.match(view.text, p.span.end - base) is None

    scene = [p for p, _ in where if p is not None and p.span is not None]
    origins = _origins(view, scene, origin, members=False)
    members = _origins(view, scene, origin, members=True)
    if members - origins:
        # "Transportistas de Huancayo y Arequipa acatan paro; en Lima Norte denuncian ...": a
        # region told in another clause is no scene of theirs, and their strike is where they are
        others = [p for p in scene if id(p) not in members]
        if not any(";" in view.text[min(m.span.end, o.span.end) - base : max(m.span.start, o.span.start) - base]  # type: ignore[union-attr]
                   for m in scene if id(m) in members for o in others):
            origins = members
    kept = [(p, e) for p, e in where if id(p) not in origins]
    return kept if {p.admin1 for p, _ in kept if p is not None} else where


def _origins(view: SentenceView, scene: list[Place], origin: Callable[[Place], bool], members: bool) -> set[int]:
    """The ids of the places of ``scene`` named as where people come from
    ("from Puno"; with ``members``, also "comuneros de Cusco"), with the places
    listed right after one ("comuneros de Cusco, Apurímac y Ayacucho")."""
    base = view.span.start
    found: set[int] = set()
    last: Place | None = None
    for p in sorted(scene, key=lambda p: p.span.start):  # type: ignore[union-attr]
        listed = last is not None and _LISTED_AFTER.fullmatch(view.text, last.span.end - base, p.span.start - base) is not None  # type: ignore[union-attr]
        if origin(p) or (members and _member_of(view, p)) or (listed and members):
            found.add(id(p))
            last = p
        else:
            last = None
    return found


def _member_of(view: SentenceView, p: Place) -> bool:
    """ "comuneros de Cusco recorrieron las calles de Lima": people named by
    the place they are from (``members_of``, Spanish "de" only after one of
    those nouns), not the incident's place."""
    if p.span is None:
        return False
    base = view.span.start
    before = view.text[max(0, p.span.start - base - ORIGIN_REACH) : p.span.start - base]
    return _MEMBER_BEFORE.search(before) is not None and _ROUTE_AFTER.match(view.text, p.span.end - base) is None


_MEMBERS = alternation(lang_words("arrival", "members_of", "nouns"))
_MEMBERS_OF = alternation(lang_words("arrival", "members_of", "prepositions"))
_MEMBERS_PLACE_OF = alternation(lang_words("arrival", "members_of", "place_of"), r"\s+")
_MEMBERS_PLACE_LINKS = alternation(lang_words("arrival", "members_of", "place_links"), r"\s+")  # "de la región de"
_MEMBER_BEFORE = re.compile(
    rf"\b{_MEMBERS}\s+(?:[^\W\d_]+\s+){{0,3}}?{_MEMBERS_OF}\s+(?:{_MEMBERS_PLACE_OF}\s+(?:{_MEMBERS_PLACE_LINKS}\s+)?)?$",
    re.IGNORECASE,
)
#: Between a place and the region glossing it: "Cotabambas (Apurímac)", "Ilave, en Puno".
_GLOSS_OPENS = re.compile(rf"\s*(?:\(|,\s*{alternation(lang_words('arrival', 'home_gloss'))}\s)\s*", re.IGNORECASE)
#: Between two places of one list: "Cusco, Apurímac y Ayacucho".
_LISTED_AFTER = re.compile(r"\s*(?:\([^()]{0,30}\))?\s*(?:,|\by\b|\be\b)\s*")


#: Right after an arrival verb: the city just told ("llegaron a la ciudad", "arrived in the city").
_REACHED_CITY = re.compile(rf"\s*{alternation(lang_words('arrival', 'reached_city'))}\b", re.IGNORECASE)


def came_from_only(view: SentenceView, own: list[Place]) -> bool:
    """ "Por la tarde, comuneros de Anta llegaron a la ciudad": every place the
    sentence names comes before an arrival verb that reaches "the city" the
    story is in, and names the people by where they are from; so they came
    from there, and the action is in the city just told, not in their town."""
    verb = next(iter(view.of("arrival", "destination")), None)
    if verb is None or not own or any(p.span is None or p.span.start >= verb.start for p in own):
        return False
    base = view.span.start
    if _REACHED_CITY.match(view.text, verb.end - base) is None:
        return False
    members = _origins(view, own, lambda p: False, members=True)
    return all(id(p) in members for p in own)


def without_crowds_homes(
    view: SentenceView, hits: list[PlaceMatch], located: Callable[[PlaceMatch], bool], headed: Callable[[PlaceMatch], bool] | None = None
) -> list[PlaceMatch]:
    """``hits`` without the places that only name where a crowd is from
    ("comuneros de Chumbivilcas", "protesters from Juliaca"), when the crowd's
    own verb follows and another place is named after it as a location
    (``located``: "en Cusco", "in Puno"; not a surname the gazetteer also
    holds, "contra la subdirectora Salazar"): "Comuneros de
    Chumbivilcas marcharon en Cusco" is a march in the city, though
    Chumbivilcas (a province) is the more precise name of the same region, so
    this is read before the most precise place of each region is kept
    (``without_origins`` reads regions, after). A place right after the
    crowd's home with no verb between ("pobladores de Ilave, en Puno,
    bloquearon") only glosses it, and one told after a comma or in another
    clause of the crowd's act ("bloquearon la carretera el lunes, en el paro
    regional en Puno"; "; en San Juan de Lurigancho casi no circularon
    combis") is no place of that act: both stay. A place the crowd's act
    heads for (``headed``: "Manifestantes de Puno marcharon hacia Lima")
    drops the home too, as "Protesters from Puno marched toward Lima" has
    it: the march is under way, in neither town, and only its country is
    known (GUIDELINES §2 place: the most precise place the article gives)."""
    forms = view.of("form")
    if not forms:
        return hits
    base = view.span.start
    homes: list[PlaceMatch] = []
    for m in sorted(hits, key=lambda m: m.span.start):
        before = view.text[max(0, m.span.start - base - ORIGIN_REACH) : m.span.start - base]
        # (the places listed right after a home are homes too: "Delegations from Puno, Cusco and ...")
        listed = bool(homes) and (
            _LISTED_AFTER.fullmatch(view.text, homes[-1].span.end - base, m.span.start - base) is not None
            # ... and a region glossing one: "Comuneros de Cotabambas (Apurímac)"
            or _GLOSS_OPENS.fullmatch(view.text, homes[-1].span.end - base, m.span.start - base) is not None
        )
        if (listed or _MEMBER_BEFORE.search(before) is not None or _FROM_BEFORE.search(before) is not None) and _ROUTE_AFTER.match(
            view.text, m.span.end - base
        ) is None:
            homes.append(m)
    if not homes:
        return hits
    home_ids = {id(h) for h in homes}
    dropped = set()
    for h in homes:
        verb = min((f for f in forms if f.start >= h.span.end), key=lambda f: f.start, default=None)  # the crowd's own act
        if verb is None:
            continue
        if any(o.span.start > verb.end and id(o) not in home_ids
               # the place of the crowd's act, in its clause: "marcharon en Cusco", not "bloquearon la
               # carretera el lunes, en el tercer día del paro regional en Puno" (their blockade is at home),
               # nor "acataron un paro; en San Juan de Lurigancho casi no circularon combis" (a detail)
               and not any(ch in view.text[verb.end - base : o.span.start - base] for ch in ",;:")
               and (located(o) or headed is not None and headed(o)) for o in hits):
            dropped.add(id(h))
    return [m for m in hits if id(m) not in dropped] if dropped else hits



_LOCATIVE_ARTICLES = alternation(lang_words("arrival", "locative_articles"))  # "in the", "en la"
_LOCATIVE_BEFORE = re.compile(rf"\b{alternation(lang_words('arrival', 'locative_before'))}\s+(?:{_LOCATIVE_ARTICLES}\s+)?$", re.IGNORECASE)
_INCIDENT_WORDS = ("form", "riot", "state_response", "strategic", "attack")
_SUFFERED = folded_words("arrival", "suffered_consequences")
LOCATIVE_REACH = 16  # chars before a place in which "in", "near the" may stand


def without_the_consequences_subject(view: SentenceView, where: list[tuple[Place | None, bool]]) -> list[tuple[Place | None, bool]]:
    """``where`` without a place named as the subject of a consequence told
    before "after" and the protest that caused it ("MMG's Las Bambas mine in
    Peru is running low on supplies after protesters blocked the road it
    uses"): the mine suffers the blockade, which was on its road, not at the
    mine. Only when every protest, riot or force word comes after "after" and
    the place is not told with "in", "at", "near" ("Traders marched in Lima
    after ..." keeps Lima: the march is before "after")."""
    if not view.has("sequence", "after") or not where:
        return where
    cue = min(m.start for m in view.of("sequence", "after"))
    folded = fold(view.text[: cue - view.span.start]).lower()
    if not any(w in folded for w in _SUFFERED):
        return where  # (only a consequence the place suffers: "is running low on", "halted output")
    if any(m.start < cue for m in view.matches if m.category in _INCIDENT_WORDS):
        return where
    base = view.span.start

    def subject(p: Place | None) -> bool:
        if p is None or p.span is None or p.span.start >= cue:
            return False
        return _LOCATIVE_BEFORE.search(view.text[max(0, p.span.start - base - LOCATIVE_REACH) : p.span.start - base]) is None

    return [(p, e) for p, e in where if not subject(p)]
