"""Choose an event's place from the place names around its sentence.

Three steps, each its own function so it can be tested alone:

1. ``mention_role``: is a name used as a location ("en Juliaca"), a person's
   origin ("natural de Puno") or part of an organisation's name ("Frente de
   Defensa de ... Arequipa")? Only locative and neutral mentions can be an
   event's place; all mentions still count as context.
2. ``PlaceResolver.disambiguate``: which of the entries a name could denote
   (ten districts called "Santa Rosa") is meant, judged by the other places
   named in the same sentence, paragraph and document, then by rank.
3. ``PlaceResolver.resolve``: the most precise place named in (or, failing
   that, just before) the event sentence, as a ``kipu.model.Place``.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache, reduce
from itertools import pairwise
from operator import add, mul

from kipu.extract.lexicon import alternation, lang_data, lang_words, languages
from kipu.extract.wordgate import distinct_words
from kipu.geo.gazetteer import Cues, Entry, Gazetteer, PlaceMatch, first_preceding_cue, preceding_cue
from kipu.model import Place, Span
from kipu.textnorm import contains_any, fold

#: How much a resolved place's precision counts when picking the event place.
_PRECISION_SCORE = {
    "landmark": 4.0, "district": 3.0, "locality": 3.0, "province": 2.0, "department": 1.0, "country": 0.0,
}
#: How far apart (in characters) a town and its division may be named to
#: confirm each other ("Villa Carlos Paz (Córdoba)", "Portmore, Saint Catherine").
_PAIR_DISTANCE = 4
# A district of the capital is named in the news far more often than a rural
# namesake ("Comas", "Independencia", "La Victoria"): a tie-break, below any
# support from the article's other places.
CAPITAL_DISTRICT_BONUS = 0.05
# A foreign national capital outweighs Peru's +0.5 over a Peruvian unit of the
# same rank, but not a country the article is evidently about (+1).
FOREIGN_CAPITAL_BONUS = 0.6
# A foreign city this populous ("Rosario", "Santiago", "Santo Domingo") is what
# its bare name means over a small Peruvian district of the name, in an
# article that makes no country evident (``_big_city_over_a_hamlet``).
BIG_CITY_POPULATION = 750_000
#: Context weight of another mention by distance.
_SENTENCE, _PARAGRAPH, _DOCUMENT = 3.0, 2.0, 1.0
# Bounds that keep resolution linear in a document's length: how far a
# sentence or paragraph is looked for, and how many of the nearest other
# mentions (in text order) support a reading.
_LOOKAROUND = 4000
_NEIGHBOURS = 120
#: A cue like "provincia de" says which kind of unit is meant.
# (word, kind) of places.yaml's ``kind_before``: "la provincia de", "the city of Ayacucho" (the capital's district)
_KIND_HINTS = tuple(
    (fold(word), kind)
    for kind in dict.fromkeys(k for lang in languages() for k in lang_data(lang, "places").get("kind_before") or {})
    for word in lang_words("places", "kind_before", kind)
)
# What "the city of" names outside Peru: a town, or a division the news names by its capital.
_FOREIGN_CITY_KINDS = frozenset({"town", "admin1"})
_ANY_KIND_WORD = re.compile("|".join(word for word, _ in _KIND_HINTS))
_KIND_LINKS = (
    rf"(?: {alternation(lang_words('places', 'kind_links', 'prepositions'))})?(?: {alternation(lang_words('places', 'kind_links', 'articles'))})?$"
)
_KIND_HINT_RES = tuple((word, re.compile(rf"\b{re.escape(word)}{_KIND_LINKS}"), kind) for word, kind in _KIND_HINTS)

# places.yaml's ``kind_after``: "San Juan province" (a first-level division), "Necochea municipality" (a town)
_TOWN_KINDS = frozenset(lang_words("places", "kind_after", "town"))
_TRAILING_KIND = re.compile(rf" ({alternation([*lang_words('places', 'kind_after', 'admin1'), *_TOWN_KINDS])})\b")
# A kilometre told right before a highway's name ("km 40 de la", "kilómetro 20 de la carretera")
# or right after it ("Panamericana Sur km 40", ", a la altura del kilómetro 40"); "40 kilómetros" is a distance.
_KM_GATE = tuple(lang_words("places", "kilometre", "words"))
_KM_WORDS = alternation(_KM_GATE)
_KM_BEFORE = re.compile(
    rf"\b(?:{_KM_WORDS})\b\.? ?(\d{{1,4}})(?:[.,+]\d+)? (?:(?:{alternation(lang_words('places', 'kilometre', 'links'))}) )?"
    rf"(?:(?:{alternation(lang_words('places', 'kilometre', 'roads'))}) )?$"
)
_KM_AFTER = re.compile(rf"[^.;]{{0,30}}?\b(?:{_KM_WORDS})\b\.? ?(\d{{1,4}})\b")
KM_REACH = 40  # chars before a highway's name read for its kilometre


def _km_beside(folded: str, span: Span) -> float | None:
    """The kilometre told beside a highway's name (see ``_KM_BEFORE``), if any."""
    before = folded[max(0, span.start - KM_REACH) : span.start]
    after = folded[span.end : span.end + KM_REACH]
    if not contains_any(before, _KM_GATE) and not contains_any(after, _KM_GATE):
        return None  # the usual case (speed only: the patterns need one of these words)
    m = _KM_BEFORE.search(before) or _KM_AFTER.match(after)
    return float(m.group(1)) if m else None


# The words joining a town's square to the town ("Plaza de Armas de Cusco", "main square of Puno").
_OF_WORDS = tuple(f" {w} " for w in lang_words("places", "square_links"))
_OF_STRIPPED = frozenset(w.strip() for w in _OF_WORDS)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")


def places_in(text: str, gazetteer: Gazetteer | None = None, hits: Iterable[tuple[int, object]] | None = None) -> list[PlaceMatch]:
    """Every place name in ``text``, in order (see ``Gazetteer.scan``; ``hits``:
    the name automaton's, if already walked)."""
    return (gazetteer or Gazetteer.load()).scan(text, hits)


def regions_of(match: PlaceMatch, gazetteer: Gazetteer | None = None) -> int:
    """How many regions (country, first-level division) the places a name may
    mean lie in: a province and its capital district are one region."""
    gaz = gazetteer or Gazetteer.load()
    return len({(e.country, e.admin1) for e in (gaz.entries.get(i) for i in match.candidates) if e is not None})


def after_a_mission(folded: str, start: int, gazetteer: Gazetteer) -> bool:
    """A name right after a ``mission`` cue: a body that works in the story's own
    country ("a unit of Grupo Mexico", "the embassy of Mexico") is no sign the
    story is in the country it names: Southern Copper's owner does not put a
    Moquegua community's "Tala" in Jalisco. ("the University of Chile" still
    is: not a mission.)"""
    cues = gazetteer.cues.mission
    return bool(cues) and preceding_cue(folded, start, cues) is not None


def mention_role(text: str, match: PlaceMatch, gazetteer: Gazetteer | None = None, folded: str | None = None) -> str:
    """``dateline``, ``origin``, ``organisation``, ``locative`` or ``neutral``,
    from the cue words right before (and, for organisations, right after) the name."""
    cues = (gazetteer or Gazetteer.load()).cues
    folded = fold(text) if folded is None else folded
    start, end = match.span.start, match.span.end
    if _is_dateline(text, start, end):
        return "dateline"
    cued = first_preceding_cue(folded, start, (cues.origin, cues.organisation, cues.locative))
    if cued == 0:
        # "tourists were evacuated from Machu Picchu": taken away from where the incident is
        return "locative" if cues.removal and preceding_cue(folded, start, cues.removal) else "origin"
    if cued == 1:
        return "locative" if _at_its_seat(folded, start, cues) else "organisation"
    after = folded[end : end + 40]
    tail = after.lstrip()
    # ``startswith`` with the whole tuple first: the phrase loop runs only when one is there.
    # A phrase opening with a hyphen is joined to the name ("a Lima-based newspaper"), as is a possessive ("Lima's elite").
    if (tail != after or tail[:1] in "-'") and tail.startswith(cues.after_organisation) and any(
        tail.startswith(p) and (len(tail) == len(p) or not tail[len(p)].isalnum()) for p in cues.after_organisation
    ):
        return "organisation"
    if cues.organisation_heads and _may_be_in_a_name(text, folded, start, cues) and _inside_a_name(
        text, folded, start, end, cues
    ):
        return "organisation"
    return "locative" if cued == 2 else "neutral"


def is_dateline(text: str, match: PlaceMatch) -> bool:
    """Whether ``mention_role(text, match)`` is ``dateline``: that is the
    role's first test, and nothing after it can give that role back, so
    asking it alone answers the same without reading the cue words before
    the name (speed only)."""
    return _is_dateline(text, match.span.start, match.span.end)


def _at_its_seat(folded: str, start: int, cues: Cues) -> bool:
    """ "protestaron frente a la sede del Gobierno Regional de Ayacucho": the
    organisation's name follows a word for its building, and the building
    stands in the place the name gives."""
    if not cues.seat:
        return False
    phrase = preceding_cue(folded, start, cues.organisation)
    if phrase is None:
        return False
    org_start = len(folded[:start].rstrip()) - len(phrase)
    return preceding_cue(folded, org_start, cues.seat) is not None


NAME_REACH = 90  # chars an organisation's name may run from its head noun to the place it holds


_org_memo: tuple[str, bool, bool] | None = None  # the last text asked about, whether it has a capitalised head noun, a press noun


def _names_an_organisation(text: str, folded: str, cues: Cues) -> bool:
    """Whether the article has a capitalised organisation head noun at all
    ("Federación", "Union"): most have none, and then no place is inside an
    organisation's name. Worked out once per article (the last text asked
    about is remembered, as one tuple swapped whole; speed only)."""
    return _organisation_memo(text, folded, cues)[1]


def _may_be_in_a_name(text: str, folded: str, start: int, cues: Cues) -> bool:
    """Whether a place at ``start`` may lie inside an organisation's name:
    the article has a capitalised head noun (``_names_an_organisation``), or
    a press noun in any case stands within a name's reach before it ("según
    el diario El Comercio de Lima": a lowercase "diario" or "newspaper"
    heads the outlet's capitalised name as "Federación" heads a union's).
    The press noun is looked for before the mention only in an article that
    has one, so the walk of ``_inside_a_name`` runs for the few places after
    one, not for every place of an article that says "radio" (speed only)."""
    memo = _org_memo
    if memo is None or memo[0] is not text:
        memo = _organisation_memo(text, folded, cues)
    return memo[1] or memo[2] and _media_pattern(cues.media).search(folded, start - NAME_REACH if start > NAME_REACH else 0, start) is not None


def _organisation_memo(text: str, folded: str, cues: Cues) -> tuple[str, bool, bool]:
    """(text, has a capitalised head noun, has a press noun), worked out
    once per article and remembered for the last one."""
    global _org_memo
    memo = _org_memo
    if memo is None or memo[0] is not text:
        heads = cues.organisation_heads
        distinct = distinct_words(text)
        press = bool(cues.media) and _any_folds_to(distinct, cues.media, _MEDIA_WORDS, capitalised=False)
        if _one_word_each(heads):
            # A head matched as a whole word of the folded text is one whole
            # word of the text (folding keeps each character's place and
            # whether it is a word character), so the article's words,
            # already split for the date scan, are read instead of running
            # the alternation over every character (speed only).
            memo = (text, _has_head_word(distinct, heads), press)
        else:
            pattern = _heads_pattern(heads)
            memo = (text, any(text[m.start()].isupper() for m in pattern.finditer(folded)), press)
        _org_memo = memo
    return memo


#: Per set of press nouns: the words met so far, and those of them that fold to one (speed only).
_MEDIA_WORDS: dict[frozenset[str], tuple[set[str], set[str]]] = {}


@lru_cache(maxsize=4)
def _media_pattern(media: frozenset[str]) -> re.Pattern[str]:
    """Any press noun as a whole word (folded text)."""
    return re.compile(rf"(?<!\w){alternation(sorted(media))}(?!\w)")


#: Per set of head nouns: the words met so far, and those of them that are
#: a capitalised head ("Federación", "Union"), across articles (speed only).
_HEAD_WORDS: dict[frozenset[str], tuple[set[str], set[str]]] = {}
_HEAD_WORDS_LIMIT = 100_000


def _has_head_word(distinct: set[str], heads: frozenset[str]) -> bool:
    """Whether a word of ``distinct`` (an article's distinct words, shared
    with the date gate: ``wordgate.distinct_words``) is capitalised and
    folds to one of ``heads``. Folding maps each character on its own, so a
    word's stretch of the folded article is ``fold(word)``: each distinct
    word is judged once and remembered, and an article's words are
    compared with the remembered ones as sets, at C speed (speed only)."""
    return _any_folds_to(distinct, heads, _HEAD_WORDS, capitalised=True)


def _any_folds_to(distinct: set[str], heads: frozenset[str], memo: dict[frozenset[str], tuple[set[str], set[str]]], capitalised: bool) -> bool:
    """Whether a word of ``distinct`` (capitalised, if asked) folds to one of
    ``heads``; the words judged so far and those that do are kept in ``memo``."""
    seen, hits = memo.setdefault(heads, (set(), set()))
    if len(seen) > _HEAD_WORDS_LIMIT:
        seen.clear()
        hits.clear()
    for token in distinct - seen:
        seen.add(token)
        if (not capitalised or token[0].isupper()) and fold(token) in heads:
            hits.add(token)
    return not distinct.isdisjoint(hits)


#: Per table of signs (``Gazetteer.sign_words``, by identity; the table is
#: held here, so its id stays its own): every word of its signs, the words
#: of articles met so far, and those of them that fold to a sign's word, with
#: their fold (speed only).
_SIGN_WORDS: dict[int, tuple[object, frozenset[str], set[str], dict[str, str]]] = {}


def _may_name_a_sign(text: str, signs: dict[str, tuple[frozenset[str], ...]] | None) -> bool:
    """Whether every word of some demonym or national body is a word of
    ``text``, folded (``Gazetteer.sign_words``: each sign's words by its
    first; None: a sign opens with no word, so any text may name one).
    ``Gazetteer.signed_countries`` finds a sign only as whole words of the
    folded text, and folding keeps each character's place and whether it is
    a word character: each word of a sign found is then one of ``text``'s
    words (``wordgate.distinct_words``, shared with the date gate), folded.
    Most articles name none ("Luis" or "diario" alone is no "Luis Arce" or
    "Diario Extra"), and the automaton's pass over the article is skipped
    (speed only)."""
    if signs is None:
        return True
    memo = _SIGN_WORDS.get(id(signs))
    if memo is None or memo[0] is not signs:
        vocabulary = frozenset(w for sets in signs.values() for ws in sets for w in ws)
        memo = _SIGN_WORDS[id(signs)] = (signs, vocabulary, set(), {})
    _, vocabulary, seen, folds = memo
    if len(seen) > _HEAD_WORDS_LIMIT:
        seen.clear()
        folds.clear()
    distinct = distinct_words(text)
    for token in distinct - seen:
        seen.add(token)
        key = fold(token)
        if key in vocabulary:
            folds[token] = key
    present = {folds[t] for t in folds.keys() & distinct}
    return any(words <= present for head in present.intersection(signs) for words in signs[head])


@lru_cache(maxsize=4)
def _one_word_each(heads: frozenset[str]) -> bool:
    """Whether every head noun is a single run of word characters."""
    return all(re.fullmatch(r"\w+", h) for h in heads)


@lru_cache(maxsize=4)
def _heads_pattern(heads: frozenset[str]) -> re.Pattern[str]:
    """Any organisation head noun as a whole word (folded text)."""
    return re.compile(rf"(?<!\w){alternation(sorted(heads))}(?!\w)")


LINKS_BEFORE = 3  # name links ("de", "of the") looked past before the word that ends the walk back


def _plain_word_before(text: str, folded: str, start: int, cues: Cues) -> bool:
    """A lowercase word that links no name right before ``start``, maybe
    past a few links ("en Juliaca", "la comisaría de Huánuco"): the walk back
    below would stop at it."""
    j = start
    for _ in range(LINKS_BEFORE + 1):
        while j > 0 and text[j - 1] == " ":
            j -= 1
        i = text.rfind(" ", 0, j) + 1
        word = folded[i:j]
        if not word or not word.isalpha() or not text[i].islower():
            return False
        if word not in cues.name_links:
            return True
        j = i
    return False


def _plain_word_after(text: str, folded: str, end: int, cues: Cues) -> bool:
    """The first word or sign after ``end`` neither capitalised nor a name
    link ("Juliaca, según", "Las Mercedes neighbourhood"): the walk forward
    below would stop there."""
    m = _NAME_WORD.search(text, end, min(len(text), end + NAME_REACH // 2))
    return m is None or not (m.group()[:1].isupper() or folded[m.start() : m.end()] in cues.name_links)


def _words_back(text: str, start: int, lo: int) -> Iterator[tuple[str, int]]:
    """The ``_NAME_WORD`` words of ``text[lo:start]`` from the last one back,
    read one whitespace-separated chunk at a time: the walk above mostly
    stops at the first word, so the rest is never read (speed only; the same
    words as reading the whole window, since no word spans a space)."""
    j = start
    while j > lo:
        while j > lo and text[j - 1].isspace():
            j -= 1
        i = j
        while i > lo and not text[i - 1].isspace():
            i -= 1
        for m in reversed(list(_NAME_WORD.finditer(text, i, j))):
            yield m.group(), m.start()
        j = i
_NAME_WORD = re.compile(r"[^\W_][\w'’.-]*|\S")


def _inside_a_name(text: str, folded: str, start: int, end: int, cues: Cues) -> bool:
    """ "Federación Departamental de Trabajadores del Cusco", "Cusco Departmental
    Workers' Federation": the place is a word of a capitalised name headed by an
    organisation noun, reached over capitalised words and name links only."""
    if not text[start:end][:1].isupper():
        return False
    if _plain_word_before(text, folded, start, cues) and _plain_word_after(text, folded, end, cues):
        return False  # "en Juliaca, según": no name runs through the place (the usual case; speed only)
    named = False  # a capitalised word of the name passed on the walk back
    for word, at in _words_back(text, start, max(0, start - NAME_REACH)):
        low = folded[at : at + len(word)]
        # "la Federación ... de Puno", and "el diario El Comercio de Lima": a press noun
        # heads the outlet's capitalised name even in lowercase, once a name word is passed
        if word[:1].isupper() and low in cues.organisation_heads or named and low in cues.media:
            # "frente a la sede del Frente de Defensa de Puno": at its seat, the name locates
            return not (cues.seat and preceding_cue(folded, at, cues.seat) is not None)
        if word[:1].isupper() and low not in cues.name_links:
            named = True
        if not (word[:1].isupper() or word.isdigit() or low in cues.name_links):
            break
    for m in _NAME_WORD.finditer(text, end, min(len(text), end + NAME_REACH // 2)):
        word = m.group()
        low = folded[m.start() : m.end()]
        if word[:1].isupper() and low in cues.organisation_heads:
            return True
        if not (word[:1].isupper() or low in cues.name_links):
            break
    return False


# What follows the city of a wire dateline: "LIMA, Jan 20 (Reuters) -",
# "Lima, 25 ene (EFE).-", "Lima, 25 Jan. The ...", "LIMA (AP) —", "QUITO, Ecuador —"
# (its date's links: ``dateline`` of places.yaml, "Lima, 25 de enero de 2023.-").
_DATELINE_DAY_LINKS = alternation(lang_words("places", "dateline", "day_links"))
_DATELINE_YEAR_LINKS = alternation(lang_words("places", "dateline", "year_links"))
_DATELINE_TAIL = re.compile(
    r"(?:,\s*[A-Z][^\W\d]+(?:\s+[A-Z][^\W\d]+)?(?=\s*[,(\u2013\u2014-]))?"  # "QUITO, Ecuador —": the country or region
    rf"(?:,\s*(?:\d{{1,2}}\s+(?:{_DATELINE_DAY_LINKS}\s+)?[^\W\d]{{3,10}}\.?|[^\W\d]{{3,10}}\.?\s+\d{{1,2}})(?:(?:\s*(?:,|{_DATELINE_YEAR_LINKS})\s*|\s+)\d{{4}})?)?"
    r"\s*(?:\([^()\n]{2,30}\))?\s*(?:\.?\s*[-\u2013\u2014]+\s|:\s|\.\s+(?=[A-Z]))"
)


# The other cities of a wire filed from several, joined by slashes: "LONDON/" before, "/NEW YORK" after.
_OTHER_CITIES_BEFORE = re.compile(r"\s*(?:[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ .'-]{1,30}/)+")
_OTHER_CITIES_AFTER = re.compile(r"(?:/[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ .'-]{1,30}?)+(?=[,(])")


def _is_dateline(text: str, start: int, end: int) -> bool:
    """A city opening a paragraph as a wire dateline says where the report was
    filed, not where the incident took place. It needs a date or an agency,
    or a city written in capitals, before the dash."""
    if start and not text[start - 1].isspace() and text[start - 1] != "/":
        return False  # a word or sign right before the name: not a line's opening (speed only: the test below says so too)
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip() and not _OTHER_CITIES_BEFORE.fullmatch(text, line_start, start):
        return False
    # "LONDON/LIMA, Jan 20 (Reuters) -", "LIMA/NEW YORK, ...": a wire filed from two cities
    others = _OTHER_CITIES_AFTER.match(text, end)
    tail = _DATELINE_TAIL.match(text, others.end() if others else end)
    if tail is None:
        return False
    said = tail.group(0)
    if any(ch.isdigit() for ch in said) or "(" in said:
        return True
    # A city in capitals alone is a dateline at the top of the story; further down
    # ("PIURA. Unos 500 arroceros...", in a column of regional briefs) it heads its paragraph.
    return text[start:end].isupper() and _among_opening_lines(text, line_start)


def _is_kicker(text: str, match: PlaceMatch) -> bool:
    """A dateline that is a city in capitals alone ("JULIACA: La cifra de
    muertos ...", "PUNO.– ..."), with no day or agency: the regional desk's
    kicker names where its paragraph happened, as it does further down the page.
    A wire's dateline ("LIMA, Jan 20 (Reuters) -") says where the report was filed."""
    start, end = match.span.start, match.span.end
    if not text[start:end].isupper():
        return False
    others = _OTHER_CITIES_AFTER.match(text, end)
    tail = _DATELINE_TAIL.match(text, others.end() if others else end)
    return tail is not None and not any(ch.isdigit() for ch in tail.group(0)) and "(" not in tail.group(0) and others is None


HEADING_CHARS = 40  # a line this short with no closing stop heads the paragraph under it ("ARGENTINA")
LEANING_RANK = 3  # a reading this prominent (a city, a division) may be read in the one country an article leans to
PARAGRAPH_COUNTRY_BONUS = 1.0  # a reading in the country its own paragraph is about, in an article of several
OPENING_LINES = 2  # the headline and the line after it: where a dateline stands


def _among_opening_lines(text: str, line_start: int) -> bool:
    """Whether fewer than ``OPENING_LINES`` non-empty lines come before ``line_start``."""
    seen, pos = 0, 0
    while pos < line_start:
        end = text.find("\n", pos, line_start)
        end = line_start if end < 0 else end
        if text[pos:end].strip():
            seen += 1
            if seen >= OPENING_LINES:
                return False
        pos = end + 1
    return True


# places.yaml's ``list_joiners``: "desde Puno, Cusco y Apurímac"
_LIST_JOINERS = alternation(lang_words("places", "list_joiners"))
_LIST_GAP = re.compile(rf"\s*(?:,|(?:,\s*)?\b{_LIST_JOINERS}\b)\s*")


def _spread_list_roles(folded: str, matches: Sequence[PlaceMatch], roles: dict[tuple[int, int], str]) -> None:
    """ "llegados desde Puno, Cusco y Apurímac": every name of a list takes the
    origin or organisation role of the first one, whose cue covers the list.
    ``roles`` is keyed by each mention's (start, end)."""
    if len(matches) < 2:
        return  # no list (most sentences name one place; speed only)
    ordered = sorted(matches, key=lambda m: m.span.start)
    for prev, cur in zip(ordered, ordered[1:]):
        before = roles[_offsets(prev)]
        if before in ("origin", "organisation") and roles[_offsets(cur)] == "neutral":
            if _LIST_GAP.fullmatch(folded, prev.span.end, cur.span.start):
                roles[_offsets(cur)] = before


def _offsets(match: PlaceMatch) -> tuple[int, int]:
    """A mention's (start, end), the key of per-mention tables: a ``Span``
    key hashes through Python code, a tuple of ints at C speed (speed only)."""
    span = match.span
    return span.start, span.end


def is_non_locative(text: str, match: PlaceMatch, gazetteer: Gazetteer | None = None) -> bool:
    """True when the name is a person's origin or part of an organisation's
    name, so it must not be taken as where an event happened."""
    return mention_role(text, match, gazetteer) in ("origin", "organisation", "dateline")


def paragraph_span(text: str, span: Span) -> Span:
    """The paragraph (text between line breaks) that contains ``span``.

    Looked for within ``_LOOKAROUND`` characters either side, so a text with
    no line breaks costs a bounded scan per mention, not a quadratic one.
    Every ``_PARAGRAPH_BREAK`` starts at a newline and the last one before
    the span ends right after the last newline there, so this is
    ``_bounded_unit(text, span, _PARAGRAPH_BREAK, 0)`` with two string
    searches instead of a regex scan of the window (speed only).
    """
    lo = max(0, span.start - _LOOKAROUND)
    hi = min(len(text), span.end + _LOOKAROUND)
    last = text.rfind("\n", lo, span.start)
    nxt = text.find("\n", span.end, hi)
    return Span(last + 1 if last >= 0 else lo, nxt if nxt >= 0 else hi)


def _bounded_unit(text: str, span: Span, breaks: re.Pattern[str], keep_end: int) -> Span:
    lo = max(0, span.start - _LOOKAROUND)
    last = deque(breaks.finditer(text, lo, span.start), maxlen=1)  # the last break, found at C speed
    start = last[0].end() if last else lo
    nxt = breaks.search(text, span.end, min(len(text), span.end + _LOOKAROUND))
    end = nxt.start() + keep_end if nxt else min(len(text), span.end + _LOOKAROUND)
    return Span(start, end)


class _ArticleTables:
    """What the resolver works out once per article and reuses for each of
    its mentions (speed only): the mentions' ends and candidates, the first
    mention per distinct candidate tuple, the context weights seen from each
    sentence, each reading's nonzero support (per set of countries) and each
    mention's near mentions."""

    def __init__(self, context: Sequence[PlaceMatch]) -> None:
        self.context = context
        self.ends = [m.span.end for m in context]
        # Whether no mention starts before the one before it ends (``Gazetteer.scan``'s never do).
        self.disjoint = all(end <= m.span.start for end, m in zip(self.ends, context[1:]))
        self.cands = [m.candidates for m in context]
        self.firsts: dict[tuple[str, ...], PlaceMatch] = {}
        for m in context:
            self.firsts.setdefault(m.candidates, m)
        self.weights: dict[tuple[int, int, int, int], list[float]] = {}
        self._vectors: dict[frozenset[str], dict[str, list[tuple[int, float]]]] = {}
        self.vector_fns: dict[frozenset[str], Callable[[Entry], list[tuple[int, float]]]] = {}
        self._near: tuple[str, dict[tuple[int, int], list[PlaceMatch]]] = ("", {})

    def vectors_for(self, countries: set[str]) -> dict[str, list[tuple[int, float]]]:
        return self._vectors.setdefault(frozenset(countries), {})

    def near_memo(self, text: str) -> dict[tuple[int, int], list[PlaceMatch]]:
        """Each mention's near mentions (``PlaceResolver._near_mentions_indexed``)
        by (start, end), for ``text`` (they are read in it)."""
        if self._near[0] is not text:
            self._near = (text, {})
        return self._near[1]


class PlaceResolver:
    """Resolves place mentions to gazetteer entries and event places."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gaz = gazetteer or Gazetteer.load()
        self._evidence_cache: tuple[tuple[Sequence[PlaceMatch], str], tuple[set[str], set[str]]] | None = None
        self._leaning_cache: tuple[tuple[Sequence[PlaceMatch], str], set[str]] | None = None
        self._title_cache: tuple[tuple[Sequence[PlaceMatch], str], str | None] | None = None
        self._big_foreign_memo: dict[tuple[str, ...], frozenset[str]] = {}
        self._starts_cache: tuple[Sequence[PlaceMatch], list[int]] | None = None
        self._capital_ids: dict[str, str | None] = {}
        # Per-article columns, keyed by the identity of the article's mention
        # list like the caches above (speed only).
        self._sorted_cache: tuple[Sequence[PlaceMatch], list[int] | None] | None = None
        self._tables: _ArticleTables | None = None
        # Memos across articles (speed only), made here rather than through
        # ``self.__dict__.setdefault``: reading ``__dict__`` turns the
        # object's compact attribute storage into a dict for good, and every
        # later ``self.x`` of the resolver's hot loops gets slower.
        self._entries_memo: dict[tuple[str, ...], list[Entry]] = {}
        self._support_tables: dict[frozenset[str], dict[str, dict[tuple[str, ...], float]]] = {}
        self._support_memo: dict[tuple[str, tuple[str, ...], frozenset[str] | None], float] = {}
        self._name_evidence_memo: dict[tuple[tuple[str, ...], str], tuple[set[str] | None, tuple[Entry, ...]]] = {}
        self._prior_memo: dict[tuple[str, bool, bool], float] = {}
        self._paragraph_cache: tuple[Sequence[PlaceMatch], str, dict[tuple[int, int], set[str]]] | None = None
        # The cues that open a gloss naming no division (``_drop_contradicted``), joined once
        # per cue set rather than per sentence (speed only).
        self._off_cues: tuple[object, tuple[str, ...]] = (None, ())

    # -- one mention ---------------------------------------------------------
    def disambiguate(
        self, text: str, match: PlaceMatch, context: Sequence[PlaceMatch], folded: str | None = None
    ) -> Entry | None:
        """The entry ``match`` most likely denotes, given the other mentions.

        Score = rank (+0.5 for Peru, the corpus' country) + support from other
        mentions that contain, lie in, or share a province/department/country
        with the candidate, weighted by distance and divided by how ambiguous
        the supporting mention is itself; a "provincia de"-style cue favours
        that kind. Foreign divisions with common-word names and small foreign
        towns need their country named or inferred in the document, or a
        container or member of theirs named in the same sentence ("Villa
        Carlos Paz (Córdoba)"). When the document names or implies countries,
        candidates in them get +1 (and Peru's +0.5 only holds if Peru is one).
        """
        entries = self._entries(match.candidates)
        if len(entries) == 1 and not entries[0].contextual and not entries[0].needs_country:
            return entries[0]  # one reading that needs no support: the rest would only confirm it (speed)
        folded = fold(text) if folded is None else folded
        countries, evidence = self._country_evidence(text, context)
        near = self._neighbours(match, context)
        paired = self._paired_ids(entries, self._near_mentions_indexed(text, match, near, context))
        trailing = self._trailing_hint(folded, match)
        entries = [
            e for e in entries
            if not e.contextual
            and (
                not e.needs_country or e.country in countries or e.id in paired or e.kind == trailing == "admin1" or _named_in_full(match.surface, e)
                or self._in_the_leaning_country(e, text, context, evidence)
                or not evidence and _big_city_over_a_hamlet(e, entries)
            )
            # A landmark with a name many countries use ("the presidential palace",
            # "Estadio Nacional") is Peru's only when no other country is evident,
            # or, with none evident, when no big foreign city is named ("Buenos
            # Aires. ... frente al Congreso": Argentina's Congress).
            and not (e.kind == "landmark" and e.needs_country and e.country not in (lean := self._leaning(text, context, evidence)) and lean)
            # ... and, in an article of several countries, only when its own
            # paragraph is not about another one (a roundup's Brazil paragraph:
            # "broke into the Congress and the presidential palace").
            and not (e.kind == "landmark" and e.needs_country and len(evidence) > 1
                     and e.country not in (own := self._paragraph_countries(text, match, context)) and own)
        ]
        if not entries:
            return None
        if len(entries) == 1:
            return entries[0]
        sentence = _sentence_around(text, match.span)
        paragraph = paragraph_span(text, match.span)
        hint = self._kind_hint(folded, match)
        if hint is None and folded.endswith(_OF_WORDS, max(0, match.span.start - 5), match.span.start):
            # (only after "de"/"of": the call is skipped for most names, speed only)
            hint = self._town_of_a_square(folded, match, near)
        glossing = _in_gloss(text, match.span)  # "Tandil (Buenos Aires)": the province, not the city
        # Each other mention's weight depends on this mention only, not on the
        # reading being scored: worked out once, not once per reading.
        add_support = self._support_adder(match, near, context, sentence, paragraph, countries)
        best_score, best_rank = 0.0, 0
        chosen: Entry | None = None
        peru_plausible = not evidence or "PE" in evidence
        # a roundup's paragraph about one country: its readings there first ("In Buenos Aires, ...")
        own = self._paragraph_countries(text, match, context) if len(evidence) > 1 else set()
        scored: list[tuple[float, int, Entry]] = []  # (in an article of several countries: _in_the_title_country)
        ties = 0  # other readings scored and ranked exactly as the best so far
        for entry in entries:
            score = self._prior(entry, peru_plausible, entry.country in evidence)
            if entry.country in own:
                score += PARAGRAPH_COUNTRY_BONUS
            if hint and entry.kind == hint or trailing and entry.kind == trailing:
                score += 3.0
            elif hint == "district" and entry.kind in _FOREIGN_CITY_KINDS and entry.country in own and entry.country != "PE":
                # "the city of Santa Cruz" in a roundup's Bolivia paragraph: abroad a city is a
                # town, or the division named after its capital, not Peru's namesake district
                score += 3.0
            if entry.id in paired:
                score += 2.0
            if glossing and entry.kind in _CONTAINER_KINDS:
                score += 2.0
            elif entry.by_prefix and hint != "admin1" and trailing != "admin1" and not _after_a_comma(text, match.span):
                score -= BY_PREFIX_PENALTY  # "marched in Buenos Aires": the city, not the province
            score = add_support(entry, score)
            # The highest (score, rank), the smaller id between equals: the
            # tuples' order, compared field by field (speed only).
            rank = entry.rank
            if chosen is not None and score == best_score and rank == best_rank:
                ties += 1
            elif chosen is None or score > best_score or score == best_score and rank > best_rank:
                ties = 0
            if (
                chosen is None
                or score > best_score
                or score == best_score and (rank > best_rank or rank == best_rank and entry.id < chosen.id)
            ):
                best_score, best_rank, chosen = score, rank, entry
            if len(evidence) > 1:
                scored.append((score, rank, entry))
        if chosen is not None and len(evidence) > 1:
            return self._in_the_title_country(text, match, context, chosen, scored)
        if ties and chosen is not None:
            return self._common_unit(chosen, entries, best_score, best_rank, peru_plausible, evidence, hint, trailing)
        return chosen

    def _common_unit(
        self, chosen: Entry, entries: list[Entry], best: float, rank: int,
        peru_plausible: bool, evidence: set[str], hint: str | None, trailing: str | None,
    ) -> Entry | None:
        """ "en el distrito de San Juan", with nothing else to go by: several
        Peruvian districts of the name score alike, and picking the one with
        the smallest code would place the event at random. The unit that holds
        them all (their province or department) is what the text supports,
        and none when they lie in different departments. Only readings that
        owe their score to nothing the article says tie this way (a highway
        through two departments of a Chilca each still picks one)."""
        tied = [e for e in entries if e.rank == rank and e.country == chosen.country == "PE" and e.kind == chosen.kind
                and self._plain_score(e, peru_plausible, evidence, hint, trailing) == best]
        if len(tied) < 2:
            return chosen
        common = reduce(_common_prefix, (e.within for e in tied))
        common = tuple(i for i in common if i not in {e.id for e in tied})
        return self.gaz.get(common[-1]) if common else None

    def _plain_score(self, entry: Entry, peru_plausible: bool, evidence: set[str], hint: str | None, trailing: str | None) -> float:
        """A reading's score from its prior and the kind word before it alone
        ("distrito de"), as ``disambiguate`` adds them: no support from the
        article's other places, no pairing, no gloss."""
        score = self._prior(entry, peru_plausible, entry.country in evidence)
        if hint and entry.kind == hint or trailing and entry.kind == trailing:
            score += 3.0
        return score

    def _in_the_title_country(
        self, text: str, match: PlaceMatch, context: Sequence[PlaceMatch], chosen: Entry, scored: list[tuple[float, int, Entry]]
    ) -> Entry:
        """ "Bolivia strike enters second week // Thousands kept roads blocked in
        Santa Cruz on Monday. // Across the border in Peru, protesters marched in
        Lima": in an article of several countries whose headline names one, a
        name in a paragraph that names no country of its own is read in the
        headline's country when it has a reading there (Santa Cruz de la Sierra,
        not Peru's Santa Cruz province), however many places the other
        country's paragraphs name."""
        title = self._title_country(text, context)
        if title is None or chosen.country == title:
            return chosen
        there = [t for t in scored if t[2].country == title]
        # (a paragraph right under the headline counts the headline's own country as its: no other)
        if not there or set(self._paragraph_countries(text, match, context)) - {title}:
            return chosen
        return max(there, key=lambda t: (t[0], t[1]))[2]  # (the first among equals)

    def _title_country(self, text: str, context: Sequence[PlaceMatch]) -> str | None:
        """The one country the headline (the article's first line) names, if it
        names exactly one; cached for the last article."""
        cached = self._title_cache
        if cached is not None and cached[0][0] is context and cached[0][1] is text:
            return cached[1]
        stripped = text.lstrip()
        newline = stripped.find("\n")
        first_line = len(text) - len(stripped) + (newline if newline >= 0 else len(stripped))
        named = {e.id for m in context if m.span.end <= first_line for e in self._entries(m.candidates) if e.kind == "country"}
        # (a text of one line has no headline: "la Unidad Pedagógica República de México en Guadalupe")
        found = next(iter(named)) if len(named) == 1 and newline >= 0 and stripped[newline:].strip() else None
        self._title_cache = ((context, text), found)
        return found

    def _prior(self, entry: Entry, peru_plausible: bool, evident: bool) -> float:
        """A reading's score before the text around the mention is read: its
        rank, +0.5 for Peru when Peru may be meant, +1 for a country the
        article is evidently about, its population, the capital's tie-break.
        A pure function of its arguments, memoised across articles (speed only)."""
        key = (entry.id, peru_plausible, evident)
        score = self._prior_memo.get(key)
        if score is None:
            score = entry.rank + (0.5 if entry.country == "PE" and peru_plausible else 0.0)
            if evident:
                score += 1.0
            if entry.population:
                score += min(0.3, math.log10(entry.population) / 20)
            if entry.kind == "district" and self._in_capital(entry):
                score += CAPITAL_DISTRICT_BONUS
            elif entry.country != "PE" and self._is_capital(entry):
                # "marcharon en Asunción", with no country evident: Paraguay's
                # capital, not Peru's small province of the name
                score += FOREIGN_CAPITAL_BONUS
            if len(self._prior_memo) > 100_000:
                self._prior_memo.clear()
            self._prior_memo[key] = score
        return score

    def _is_capital(self, entry: Entry) -> bool:
        """Whether ``entry`` is its country's capital city."""
        if entry.country not in self._capital_ids:
            found = self.gaz.capital(entry.country)
            self._capital_ids[entry.country] = found.id if found else None
        return self._capital_ids[entry.country] == entry.id

    def _in_capital(self, entry: Entry) -> bool:
        """Whether ``entry`` lies in its country's capital ("Comas" of Lima
        rather than of Concepción, Junín)."""
        capital = self._capital_ids.get(entry.country)
        if capital is None and entry.country not in self._capital_ids:
            found = self.gaz.capital(entry.country)
            capital = self._capital_ids[entry.country] = found.id if found else None
        return capital is not None and capital != entry.id and capital in entry.within

    def _entries(self, candidates: tuple[str, ...]) -> list[Entry]:
        """The gazetteer entries of ``candidates``, memoised per tuple (speed
        only: the same names recur across articles; callers build new lists
        from it and never change it)."""
        memo = self._entries_memo
        found = memo.get(candidates)
        if found is None:
            if len(memo) > 50_000:
                memo.clear()
            found = memo[candidates] = [self.gaz.get(i) for i in candidates]
        return found

    def _support_adder(
        self,
        match: PlaceMatch,
        near: Sequence[PlaceMatch],
        context: Sequence[PlaceMatch],
        sentence: Span,
        paragraph: Span,
        countries: set[str],
    ) -> Callable[[Entry, float], float]:
        """``(entry, score) -> score`` plus, term by term in text order, each
        other mention's context weight times its support for ``entry``.

        Over a whole (text-ordered) article the support of most mentions for
        a reading is 0.0, and adding ``+0.0`` leaves a positive score exactly
        as it is: only the nonzero terms, listed once per reading and article
        (``_support_vector``), are added, in the same order, so the sum is
        the same float as the full one."""
        starts = self._sorted_starts(context)
        if near is not context or starts is None:
            return self._dense_support_adder(match, near, context, sentence, paragraph, countries)
        weights = self._unit_weights(context, starts, sentence, paragraph)
        i = bisect_left(starts, match.span.start)
        ends = self._article(context).ends
        me = i if i < len(starts) and starts[i] == match.span.start and ends[i] == match.span.end else -1
        vector = self._support_vectors(context, countries)

        def add_support(entry: Entry, score: float) -> float:
            for j, value in vector(entry):
                if j != me:  # not itself
                    score += weights[j] * value
            return score

        return add_support

    def _dense_support_adder(
        self,
        match: PlaceMatch,
        near: Sequence[PlaceMatch],
        context: Sequence[PlaceMatch],
        sentence: Span,
        paragraph: Span,
        countries: set[str],
    ) -> Callable[[Entry, float], float]:
        """``_support_adder`` for a run of a long article (``_neighbours``) or
        mentions out of text order: every term, from the mentions at hand."""
        weights, keys, distinct = self._weights(match, near, sentence, paragraph)
        support = self._support_table(countries)

        def add_support(entry: Entry, score: float) -> float:
            row = support(entry)
            if not row.keys() >= distinct.keys():  # a set test at C speed; the order of filling is immaterial
                for cands in distinct.keys() - row.keys():
                    row[cands] = self._support(entry, distinct[cands], countries)
            # The same sum, term by term in the same order, at C speed; when no
            # other name supports this reading every term is +0.0, which
            # leaves the (positive) score as it is: the sum is skipped.
            if any(map(row.__getitem__, distinct)):
                score = reduce(add, map(mul, weights, map(row.__getitem__, keys)), score)
            return score

        return add_support

    def _weights(
        self, match: PlaceMatch, near: Sequence[PlaceMatch], sentence: Span, paragraph: Span
    ) -> tuple[list[float], list[tuple[str, ...]], dict[tuple[str, ...], PlaceMatch]]:
        """For every other mention of ``near``, in order: twice its context
        weight (same sentence, paragraph, or document), its candidates; and
        one mention per distinct candidate tuple. The weight depends on this
        mention only, not on the reading being scored: worked out once."""
        s_start, s_end, p_start, p_end = sentence.start, sentence.end, paragraph.start, paragraph.end
        m_start, m_end = match.span.start, match.span.end
        weights: list[float] = []
        keys: list[tuple[str, ...]] = []
        distinct: dict[tuple[str, ...], PlaceMatch] = {}
        for other in near:
            o_start, o_end = other.span.start, other.span.end
            if o_start == m_start and o_end == m_end:
                continue
            weight = (
                _SENTENCE if s_start <= o_start and o_end <= s_end
                else _PARAGRAPH if p_start <= o_start and o_end <= p_end else _DOCUMENT
            )
            weights.append(2.0 * weight)
            keys.append(other.candidates)
            distinct.setdefault(other.candidates, other)
        return weights, keys, distinct

    def _article(self, context: Sequence[PlaceMatch]) -> _ArticleTables:
        """The tables of the article whose mentions are ``context``, cached for
        the last list asked (by identity, like the caches above)."""
        tables = self._tables
        if tables is None or tables.context is not context:
            tables = self._tables = _ArticleTables(context)
        return tables

    def _unit_weights(self, context: Sequence[PlaceMatch], starts: list[int], sentence: Span, paragraph: Span) -> list[float]:
        """Twice the context weight of every mention of the (text-ordered)
        article seen from ``sentence`` in ``paragraph``: the mentions of a
        sentence or paragraph are a run of it, found by bisection. The same
        for every mention of a sentence: cached per article."""
        tables = self._article(context)
        key = (sentence.start, sentence.end, paragraph.start, paragraph.end)
        weights = tables.weights.get(key)
        if weights is None:
            ends = tables.ends
            weights = tables.weights[key] = [2.0 * _DOCUMENT] * len(context)
            for unit, value in ((paragraph, 2.0 * _PARAGRAPH), (sentence, 2.0 * _SENTENCE)):
                lo, hi = bisect_left(starts, unit.start), bisect_right(starts, unit.end)
                if tables.disjoint and lo < hi:
                    # Every mention of the run but the last ends before the next one
                    # starts, inside the unit: set as one slice (speed only).
                    weights[lo : hi - 1] = [value] * (hi - 1 - lo)
                    if ends[hi - 1] <= unit.end:
                        weights[hi - 1] = value
                    continue
                for i in range(lo, hi):
                    if ends[i] <= unit.end:
                        weights[i] = value
        return weights

    def _support_vectors(self, context: Sequence[PlaceMatch], countries: set[str]) -> Callable[[Entry], list[tuple[int, float]]]:
        """``entry -> [(i, support)]``: the mentions of the article (by
        position) whose support for ``entry`` is not 0.0, in text order;
        worked out once per reading and article, then shared by every
        mention that may have that reading."""
        tables = self._article(context)
        frozen = frozenset(countries)
        made = tables.vector_fns.get(frozen)
        if made is not None:
            return made  # one function per article and set of countries, not one per mention (speed only)
        cands, firsts = tables.cands, tables.firsts
        vectors = tables.vectors_for(countries)
        support = self._support_table(countries)

        def vector(entry: Entry) -> list[tuple[int, float]]:
            found = vectors.get(entry.id)
            if found is None:
                row = support(entry)
                # (the mentions' few candidate tuples looked up in the row, not the row walked: speed only)
                for key in [key for key in firsts if key not in row]:
                    row[key] = self._support(entry, firsts[key], countries)
                # Each mention's support read once, at C speed (``map``), not twice per mention (speed only).
                found = vectors[entry.id] = [(i, value) for i, value in enumerate(map(row.__getitem__, cands)) if value]
            return found

        tables.vector_fns[frozen] = vector
        return vector

    def _support_table(self, countries: set[str]) -> Callable[[Entry], dict[tuple[str, ...], float]]:
        """``entry -> {other mention's candidates: support}`` for one set of
        admissible countries (speed only: a reading is scored against the same
        names over and over in one document)."""
        frozen = frozenset(countries)
        tables = self._support_tables
        if len(tables) > 64:
            tables.clear()
        by_entry = tables.setdefault(frozen, {})
        if len(by_entry) > 20_000:
            by_entry.clear()

        def row(entry: Entry) -> dict[tuple[str, ...], float]:
            found = by_entry.get(entry.id)
            if found is None:
                found = by_entry[entry.id] = {}
            return found

        return row

    def _neighbours(self, match: PlaceMatch, context: Sequence[PlaceMatch]) -> Sequence[PlaceMatch]:
        """The ``_NEIGHBOURS`` mentions nearest ``match`` in text order (all of
        them in an ordinary article); a list of thousands of names stays linear."""
        if len(context) <= _NEIGHBOURS:
            return context
        cached = self._starts_cache
        if cached is None or cached[0] is not context:
            cached = (context, [m.span.start for m in context])
            self._starts_cache = cached
        i = bisect_left(cached[1], match.span.start)
        half = _NEIGHBOURS // 2
        return context[max(0, i - half) : i + half]

    def _support(self, entry: Entry, other: PlaceMatch, countries: set[str] | None = None) -> float:
        # Memoised (speed only): a pure function of gazetteer data, asked once per pair of mentions.
        key = (entry.id, other.candidates, frozenset(countries) if countries is not None else None)
        memo = self._support_memo
        if key not in memo:
            if len(memo) > 200_000:
                memo.clear()
            memo[key] = self._support_uncached(entry, other, countries)
        return memo[key]

    def _support_uncached(self, entry: Entry, other: PlaceMatch, countries: set[str] | None) -> float:
        others = [self.gaz.get(i) for i in other.candidates if i != entry.id]
        if countries is not None:
            # Readings the other name cannot have here (a small foreign town
            # called "Lima" in a Peruvian story) must not dilute its support.
            others = [o for o in others if not o.needs_country or o.country in countries]
        if not others:
            return 0.0
        admin1s = {(o.country, o.admin1) for o in others}
        best = 0.0
        for o in others:
            if entry.id in o.within or o.id in entry.within or (o.kind == "country" and o.id == entry.country):
                rel = 1.0
            elif entry.country == "PE" and o.country == "PE" and len(entry.within) > 1 and entry.within[:2] == o.within[:2]:
                rel = 0.8
            elif entry.country == "PE" and o.country == "PE" and entry.within[:1] and entry.within[:1] == o.within[:1]:
                rel = 0.6
            elif entry.country != "PE" and o.country == entry.country:
                rel = 0.5
            elif o.crosses and entry.within[:1] and entry.within[0] in o.crosses:
                rel = 0.6  # "la Panamericana Sur, a la altura de Chilca": a department the highway runs through
            else:
                rel = 0.0
            best = max(best, rel)
        return best / len(admin1s)

    def _country_evidence(self, text: str, context: Sequence[PlaceMatch]) -> tuple[set[str], set[str]]:
        """(countries whose ambiguous names may be chosen, countries the
        document is evidently about). Evidence: a country named; a name all of
        whose candidates all lie in one country ("Bucaramanga", "Juliaca"); a
        town named beside its division; a demonym or national body ("los
        costarricenses", ``Gazetteer.signed_countries``). Cached for the last (text, mentions),
        since every mention of a document is judged against the same ones."""
        cached = self._evidence_cache
        if cached is not None and cached[0][0] is context and cached[0][1] is text:
            return cached[1]  # the same article's list: identity is enough, and O(1)
        key = (context, text)
        evidence: set[str] = set()
        folded: str | None = None
        for m in context:
            named, towns = self._name_evidence(m)
            if named is not None:
                if any(self.gaz.get(i).kind == "country" for i in m.candidates):
                    folded = fold(text) if folded is None else folded
                    if after_a_mission(folded, m.span.start, self.gaz):
                        continue
                evidence |= named
                continue
            if towns:
                paired = self._paired_ids(towns, self._near_mentions_indexed(text, m, context, context))
                evidence.update(e.country for e in towns if e.id in paired)
        if _may_name_a_sign(text, self.gaz.sign_words):
            evidence |= self.gaz.signed_countries(text).keys()
        result = ({"PE"} | evidence, evidence)
        self._evidence_cache = (key, result)
        return result

    def _paragraph_countries(self, text: str, match: PlaceMatch, context: Sequence[PlaceMatch]) -> set[str]:
        """The countries the paragraph of ``match`` names or points to (a name
        of one country alone, a demonym or national body), its heading line
        included ("ARGENTINA" over a roundup's paragraph), other landmarks of
        many countries aside. Asked only in articles that name several
        countries; cached per paragraph of the last article."""
        para = paragraph_span(text, match.span)
        start = para.start
        # the line above, past the blank lines that set the heading off ("BOLIVIA\n\n- Santa Cruz: ...")
        end = start
        while end > 0 and text[end - 1].isspace():
            end -= 1
        above = text.rfind("\n", 0, end)
        heading = text[above + 1 : end].strip()
        if heading and len(heading) <= HEADING_CHARS and not heading.endswith((".", "!", "?", ":", '"', "\u201d")):
            start = above + 1
        cached = self._paragraph_cache
        if cached is not None and cached[0] is context and cached[1] is text:
            memo = cached[2]
        else:
            memo = {}
            self._paragraph_cache = (context, text, memo)
        key = (start, para.end)
        found = memo.get(key)
        if found is None:
            found = set()
            for m in context:
                if m.span.start >= start and m.span.end <= para.end:
                    named, _ = self._name_evidence(m)
                    if named:
                        found |= named
            found |= self.gaz.signed_countries(text[start : para.end]).keys()
            memo[key] = found
        return found

    def _leaning(self, text: str, context: Sequence[PlaceMatch], evidence: set[str]) -> set[str]:
        """The countries the article is evidently about or, with none evident,
        those of the big foreign cities or divisions it names whose Peruvian
        namesakes are only small districts ("Buenos Aires", "Cochabamba"): too
        weak to choose a town's reading, enough to keep a landmark many
        countries have from being read as Peru's."""
        if evidence:
            return evidence
        cached = self._leaning_cache
        if cached is not None and cached[0][0] is context and cached[0][1] is text:
            return cached[1]
        found = {c for m in context for c in self._big_foreign(m)}
        self._leaning_cache = ((context, text), found)
        return found

    def _in_the_leaning_country(self, e: Entry, text: str, context: Sequence[PlaceMatch], evidence: set[str]) -> bool:
        """ "Cientos de miles marcharon en Buenos Aires. [...] Protestas similares
        en Córdoba y Rosario": with no country evident, an article whose big cities
        all lie in one foreign country is about it, and a prominent city or
        division of that country (not a small town) is read there, as if the
        country were named."""
        if evidence or e.rank < LEANING_RANK:
            return False
        lean = self._leaning(text, context, evidence)
        return len(lean) == 1 and e.country in lean

    def _big_foreign(self, m: PlaceMatch) -> frozenset[str]:
        """The foreign countries whose prominent readings (a city or a division
        that needs no country named) a name has, when its Peruvian readings are
        only districts ("Córdoba": Argentina's or Colombia's, never a Peruvian
        city); else none. Memoised across documents."""
        memo = self._big_foreign_memo
        if m.candidates in memo:
            return memo[m.candidates]
        entries = [self.gaz.get(i) for i in m.candidates]
        big = frozenset(e.country for e in entries if e.country != "PE" and e.rank >= 3 and not e.needs_country and not e.contextual)
        peru_big = any(e.country == "PE" and e.rank > 1 for e in entries)
        found = big if not peru_big and not self.gaz.is_doubtful(m.surface) else frozenset()
        if len(memo) > 100_000:
            memo.clear()
        memo[m.candidates] = found
        return found

    def _name_evidence(self, m: PlaceMatch) -> tuple[set[str] | None, tuple[Entry, ...]]:
        """What a name says about the document's countries by itself: the
        countries it names or, alone, implies (None if neither), else its
        readings as a small foreign town, evidence only if paired with their
        division. A pure function of the name and the gazetteer, memoised
        across documents (speed only)."""
        memo = self._name_evidence_memo
        key = (m.candidates, m.surface)
        found = memo.get(key)
        if found is not None:
            return found
        entries = [self.gaz.get(i) for i in m.candidates]
        if any(e.kind == "country" for e in entries):
            found = ({e.id for e in entries if e.kind == "country"}, ())
        else:
            # Only a name that can be in one country alone is evidence:
            # "San Lorenzo" is a Peruvian district and an Argentine town.
            plain = {e.country for e in entries if not e.contextual}
            if len(plain) == 1 and any(not e.needs_country for e in entries) and not self.gaz.is_doubtful(m.surface):
                found = (plain, ())
            else:
                found = (None, tuple(e for e in entries if e.needs_country and e.kind == "town"))
        if len(memo) > 100_000:
            memo.clear()
        memo[key] = found
        return found

    @staticmethod
    def _near_mentions(text: str, match: PlaceMatch, context: Sequence[PlaceMatch]) -> list[PlaceMatch]:
        """Mentions right beside ``match`` in its sentence ("X (Y)", "X, Y",
        "X de Y", either way round)."""
        sentence = _sentence_around(text, match.span)
        gloss = _gloss_after(text, match.span)
        near = []
        for other in context:
            if other.span != match.span and _within(other.span, sentence) and _beside(text, match, other, gloss):
                near.append(other)
        return near

    def _near_mentions_indexed(
        self, text: str, match: PlaceMatch, near: Sequence[PlaceMatch], context: Sequence[PlaceMatch]
    ) -> list[PlaceMatch]:
        """``_near_mentions(text, match, near)`` when ``near`` is ``context`` or
        a run of it (``_neighbours``): only the mentions inside the sentence
        are looked at, found by bisection over the document's sorted starts."""
        starts = self._sorted_starts(context)
        if starts is None:
            return self._near_mentions(text, match, near)
        memo = None
        if near is context:
            # Asked of a mention both for the article's countries and for its
            # own reading: remembered per article (speed only).
            memo = self._article(context).near_memo(text)
            found = memo.get((match.span.start, match.span.end))
            if found is not None:
                return found
            lo_idx, hi_idx = 0, len(context)
        else:
            lo_idx = bisect_left(starts, near[0].span.start) if near else 0
            hi_idx = lo_idx + len(near)
        sentence = _sentence_around(text, match.span)
        gloss = _gloss_after(text, match.span)
        out = []
        m_start, m_end, s_start, s_end = match.span.start, match.span.end, sentence.start, sentence.end
        i = max(lo_idx, bisect_left(starts, s_start))
        while i < hi_idx and starts[i] <= s_end:
            other = context[i]
            i += 1
            o_start, o_end = other.span.start, other.span.end
            # (offsets compared as ints: ``Span`` equality runs Python code)
            if (o_start != m_start or o_end != m_end) and s_start <= o_start and o_end <= s_end and _beside(text, match, other, gloss):
                out.append(other)
        if memo is not None:
            memo[(match.span.start, match.span.end)] = out
        return out

    def _sorted_starts(self, context: Sequence[PlaceMatch]) -> list[int] | None:
        """Starts of ``context``'s mentions if they are in text order (as
        ``Gazetteer.scan`` gives them), else None; cached per list."""
        cached = self._sorted_cache
        if cached is not None and cached[0] is context:
            return cached[1]
        starts = [m.span.start for m in context]
        ok = all(a < b for a, b in pairwise(starts))
        self._sorted_cache = (context, starts if ok else None)
        return starts if ok else None

    def _paired_ids(self, entries: Sequence[Entry], near: Sequence[PlaceMatch]) -> set[str]:
        """Ids of ``entries`` that contain, or lie in, a reading of a near mention."""
        if not near:
            return set()
        readings: set[str] = set()  # what the near mentions may denote
        containers: set[str] = set()  # and every unit that contains one of those
        for other in near:
            for i in other.candidates:
                o = self.gaz.get(i)
                if o.kind != "country":
                    readings.add(o.id)
                    containers.update(o.within)
        return {e.id for e in entries if e.id in containers or any(w in readings for w in e.within)}

    @staticmethod
    def _trailing_hint(folded: str, match: PlaceMatch) -> str | None:
        """English names the kind after the name: "San Juan province",
        "Bolivar state" (a first-level division), "Necochea municipality" (a
        town). Peru's own units are named the Spanish way, before the name."""
        m = _TRAILING_KIND.match(folded, match.span.end)
        return None if m is None else "town" if m.group(1) in _TOWN_KINDS else "admin1"

    @staticmethod
    def _kind_hint(folded: str, match: PlaceMatch) -> str | None:
        head = folded[max(0, match.span.start - 25) : match.span.start].rstrip()
        if not _ANY_KIND_WORD.search(head):
            return None  # the usual case, told by one search instead of a test per word (speed only)
        for word, pattern, kind in _KIND_HINT_RES:
            if word in head and pattern.search(head):  # the substring test is a cheap necessary condition
                return kind
        return None

    def _stretch_at(self, folded: str, match: PlaceMatch, entry: Entry) -> Entry:
        """The stretch of a highway of several regions (``stretches``) at the
        kilometre told right beside its name ("km 40 de la Panamericana Sur",
        "la Carretera Central, a la altura del kilómetro 20"), else the
        highway itself (no kilometre told, or one near a regional border)."""
        km = _km_beside(folded, match.span)
        if km is None:
            return entry
        for low, high, stretch in entry.stretches:
            if low <= km <= high:
                return self.gaz.get(stretch)
        return entry

    def _town_of_a_square(self, folded: str, match: PlaceMatch, near: Sequence[PlaceMatch]) -> str | None:
        """ "la Plaza de Armas de Cusco", "the main square of Arequipa": the
        name a square found in every town (a ``contextual`` landmark) is told
        by is that town, its capital's district, not the region of its name,
        as "la ciudad de Cusco" is (``_KIND_HINTS``)."""
        start = match.span.start
        gaz = self.gaz
        for o in near:
            if o.span.end < start and start - o.span.end <= 5 and folded[o.span.end : start].strip() in _OF_STRIPPED:
                if all(gaz.get(c).contextual for c in o.candidates):
                    return "district"
        return None

    # -- an event's place ----------------------------------------------------
    def resolve(
        self,
        text: str,
        sentence_span: Span,
        matches: Sequence[PlaceMatch],
        doc_context: Sequence[PlaceMatch] | None = None,
    ) -> Place | None:
        """The event's place: the most precise place named as a location in
        the sentence (a locative cue and agreement with the other names there
        count too); if the sentence names none, the nearest one before it in
        the same paragraph; else None."""
        places = self._candidates(text, sentence_span, matches, doc_context)
        if not places:
            return None
        return max(places, key=lambda p: (p[0], -p[1].span.start))[2]  # type: ignore[union-attr]

    def admin1s(
        self,
        text: str,
        sentence_span: Span,
        matches: Sequence[PlaceMatch],
        doc_context: Sequence[PlaceMatch] | None = None,
    ) -> list[Place]:
        """One place per distinct first-level division named as a location in
        the sentence ("marches in Piura, Cusco and Puno" -> three), the most
        precise for each, in text order."""
        by_region: dict[tuple[str, str], tuple[float, Place]] = {}
        for score, match, place in self._candidates(text, sentence_span, matches, doc_context, fallback=False):
            if place.admin1 is None:
                continue
            key = (place.country, place.admin1)
            if key not in by_region or score > by_region[key][0]:
                by_region[key] = (score, place)
        return sorted((p for _, p in by_region.values()), key=lambda p: p.span.start if p.span else 0)

    def _candidates(
        self,
        text: str,
        sentence_span: Span,
        matches: Sequence[PlaceMatch],
        doc_context: Sequence[PlaceMatch] | None,
        fallback: bool = True,
        folded: str | None = None,
    ) -> list[tuple[float, PlaceMatch, Place]]:
        folded = fold(text) if folded is None else folded
        # The article's own list, not a copy: _country_evidence caches by identity (speed only).
        context = doc_context if isinstance(doc_context, list) else list(doc_context or matches)
        roles = {_offsets(m): mention_role(text, m, self.gaz, folded) for m in matches}
        _spread_list_roles(folded, matches, roles)
        usable = [m for m in matches if roles[_offsets(m)] not in ("origin", "organisation", "dateline")]
        inside = [m for m in usable if _within(m.span, sentence_span)]
        if not inside:
            # "JULIACA: La cifra de muertos por los enfrentamientos de ayer subió a 17": a
            # kicker is its paragraph's place when the sentence names no place of its own
            datelines = [m for m in matches if roles[_offsets(m)] == "dateline"]  # (rare: the paragraph is found only then)
            if datelines:
                paragraph = paragraph_span(text, sentence_span)
                inside = [m for m in datelines if _within(m.span, paragraph) and _is_kicker(text, m)][:1]
        if not inside and fallback:
            paragraph = paragraph_span(text, sentence_span)
            before = [m for m in usable if m.span.end <= sentence_span.start and _within(m.span, paragraph)]
            inside = before[-1:]
        resolved = [(m, self.disambiguate(text, m, context, folded)) for m in inside]
        resolved = [(m, e) for m, e in resolved if e is not None]
        cues = self.gaz.cues
        if self._off_cues[0] is not cues:
            self._off_cues = (cues, cues.bearing + cues.reference)
        resolved = _drop_contradicted(text, resolved, self._off_cues[1])
        resolved = _drop_another_towns_square(resolved, roles, folded, self.gaz.cues) if len(resolved) > 1 else resolved
        # A place inside one introduced as a location is located too
        # ("En Puno, ... la plaza de Juliaca"): it inherits the cue's bonus.
        located = [e for m, e in resolved if roles[_offsets(m)] == "locative"]
        out: list[tuple[float, PlaceMatch, Place]] = []
        for m, entry in resolved:
            if entry.stretches:
                # "a la altura del kilómetro 40 de la Panamericana Sur": the highway's stretch there
                entry = self._stretch_at(folded, m, entry)
            score = _PRECISION_SCORE[entry.precision]
            if entry.kind == "landmark" and not entry.admin1:
                score = 0.5
            if roles[_offsets(m)] == "locative" or any(e.id in entry.within for e in located):
                score += 2.5
            if any(o is not m and (o_e.id in entry.within or entry.id in o_e.within) for o, o_e in resolved):
                score += 1.0
            out.append((score, m, self.to_place(entry, m, text)))
        return out

    @staticmethod
    def to_place(entry: Entry, match: PlaceMatch | None = None, text: str | None = None) -> Place:
        """A ``kipu.model.Place`` for ``entry``; ``name`` is the official name
        when the text used it (give or take accents), else the words the text
        used ("Pucallpa", "Guayaquil"), and always the landmark's own name."""
        surface = match.surface if match is not None else None
        key = (id(entry), surface)
        found = _PLACE_FIELDS.get(key)
        if found is None or found[0] is not entry:
            if len(_PLACE_FIELDS) > 50_000:
                _PLACE_FIELDS.clear()
            found = _PLACE_FIELDS[key] = (entry, _place_fields(entry, surface))
        # A frozen dataclass's ``__init__`` sets each of the ten fields through
        # ``object.__setattr__``; the same fields, copied in at once, make the
        # same ``Place`` (speed only: one per mention of every article).
        place = object.__new__(Place)
        place.__dict__.update(found[1])
        place.__dict__["span"] = match.span if match is not None else None
        return place


def _big_city_over_a_hamlet(entry: Entry, entries: Sequence[Entry]) -> bool:
    """ "Miles marcharon en Rosario": with no country evident in the article,
    a foreign city of most of a million people (``BIG_CITY_POPULATION``) is
    read by its bare name when the name's Peruvian readings are only small
    rural districts (rank 1) and no other country has such a city of the
    name. A town that needs its country named ("Rosario" is also a given
    name) is otherwise never chosen, and the hamlet won by default."""
    if not (entry.kind == "town" and entry.country != "PE" and entry.population >= BIG_CITY_POPULATION):
        return False
    peru = [e for e in entries if e.country == "PE"]
    return bool(peru) and all(e.kind == "district" and e.rank == 1 for e in peru) and not any(
        e.kind == "town" and e.population >= BIG_CITY_POPULATION and e.country != entry.country for e in entries
    )


def _common_prefix(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    """The containers two ``within`` chains share, outermost first."""
    n = 0
    while n < len(a) and n < len(b) and a[n] == b[n]:
        n += 1
    return a[:n]


def region_of(place: Place) -> Place | None:
    """The first-level division (Peru's department) ``place`` lies in, as a
    place of its own with no span; None when the gazetteer does not say."""
    entry = Gazetteer.load().entries.get(place.gazetteer_id or "")
    region = Gazetteer.load().entries.get(entry.within[0]) if entry is not None and entry.within else None
    return PlaceResolver.to_place(region) if region is not None else None


#: ``PlaceResolver.to_place``'s fields but the span, per (entry, surface); the
#: entry is kept to tell a reused ``id`` from the same entry.
_PLACE_FIELDS: dict[tuple[int, str | None], tuple[Entry, dict[str, object]]] = {}


def _place_fields(entry: Entry, surface: str | None) -> dict[str, object]:
    """The fields of the ``Place`` for ``entry`` named as ``surface`` (see
    ``PlaceResolver.to_place``), in declaration order, without the span."""
    name = entry.name
    if surface is not None and entry.kind not in ("landmark", "country"):
        # "Pucallpa" is the city's own name; "Peru's capital" describes Lima. A name's own
        # small links are no description ("San Salvador de Jujuy" names the city of Jujuy).
        links = Gazetteer.load().cues.name_links
        described = any(w[:1].islower() and fold(w) not in links for w in surface.split())
        if not _same_name(surface, entry.name) and not described:
            name = surface
    return {
        "name": name, "country": entry.country, "admin1": entry.admin1, "admin2": entry.admin2, "admin3": entry.admin3,
        "lat": entry.lat, "lon": entry.lon, "precision": entry.precision, "gazetteer_id": entry.id,
    }


BY_PREFIX_PENALTY = 2.0  # a ``by_prefix`` division named bare: below the city of its name


def _after_a_comma(text: str, span: Span) -> bool:
    """ "La Plata, Buenos Aires": a name right after a comma may qualify the one before."""
    return text[max(0, span.start - 2) : span.start].strip() == ","


def _named_in_full(surface: str, entry: Entry) -> bool:
    """ "Panama City", "Ciudad de Panamá", "Río Gallegos": a division reached
    through a city of several words, not through its own name, which is the
    one other places share ("Panamá", "Santa Cruz")."""
    return entry.kind == "admin1" and " " in surface.strip() and not _same_name(surface, entry.name)


@lru_cache(maxsize=8192)  # the same names recur in article after article (speed only)
def _same_name(surface: str, name: str) -> bool:
    """Whether ``surface`` is ``name`` give or take case and accents."""
    return fold(surface) == fold(name)


def _beside(text: str, match: PlaceMatch, other: PlaceMatch, gloss: Span | None) -> bool:
    """Whether ``other`` is right beside ``match`` ("X (Y)", "X, Y", "X de Y",
    either way round); ``gloss`` is the parenthesis or apposition after ``match``."""
    return (
        0 <= other.span.start - match.span.end <= _PAIR_DISTANCE
        or 0 <= match.span.start - other.span.end <= _PAIR_DISTANCE
        or (gloss is not None and _within(other.span, gloss))
        # a gloss opens after its name: only a name before this one can gloss it
        or other.span.end <= match.span.start
        and _within(match.span, _gloss_after(text, other.span) or Span(0, 0))
    )


def _within(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


#: Kinds of unit a parenthesised gloss after a place name usually gives.
_CONTAINER_KINDS = ("admin1", "department", "province")
_GLOSS_OPEN = re.compile(r" ?\(")


def _gloss_after(text: str, span: Span) -> Span | None:
    """The inside of a parenthesis opened right after ``span``
    ("Tandil (Buenos Aires)", "Santa Rosa (Capital, La Pampa)"), if any."""
    m = _GLOSS_OPEN.match(text, span.end)
    if m is None:
        return None
    close = text.find(")", m.end(), m.end() + 80)
    return Span(m.end(), close) if close > 0 else None


def _in_gloss(text: str, span: Span) -> bool:
    """Whether ``span`` sits in a parenthesis opened right after a word:
    news and ACLED notes gloss a town with its province that way."""
    head = text[max(0, span.start - 40) : span.start]
    open_at = head.rfind("(")
    if open_at < 1 or ")" in head[open_at:]:
        return False
    before = head[:open_at].rstrip()
    return bool(before) and before[-1].isalnum()


def _opened_by(text: str, span: Span, cues: tuple[str, ...]) -> bool:
    """Whether ``span`` opens with one of ``cues`` (folded): "southwest of Havana"."""
    return bool(cues) and fold(text[span.start : span.start + BEARING_REACH]).startswith(cues)


QUALIFIER_LEAD = 30  # chars after a name's comma in which the division that qualifies it begins ("provincia de Puntarenas")


def _drop_contradicted(text: str, resolved: list[tuple[PlaceMatch, Entry]], off: tuple[str, ...] = ()) -> list[tuple[PlaceMatch, Entry]]:
    """Drop a place whose reading lies outside the division its own gloss
    names: in "San Fernando (Catamarca)" the San Fernando we chose is not the
    one meant, so the event falls back on Catamarca. A gloss opened by one of
    ``off`` ("San Antonio de los Baños, southwest of Havana") names the point
    the place lies off from, not its division."""
    out = []
    for m, e in resolved:
        gloss = _gloss_after(text, m.span)
        comma = gloss is None
        gloss = gloss or _qualifier_after(text, m.span)
        if gloss is not None and _opened_by(text, gloss, off):
            gloss = None
        if gloss is not None and e.kind != "country" and _glossed_in_another_country(text, m, e, gloss, resolved):
            continue
        if gloss is not None and e.kind not in _CONTAINER_KINDS and e.kind != "country":
            containers = [ce for c, ce in resolved if _within(c.span, gloss) and ce.kind in _CONTAINER_KINDS]
            if not containers and (outer := _qualifier_after(text, Span(m.span.start, gloss.end))) is not None and not _opened_by(text, outer, off):
                # "La Florida de Cóbano, provincia de Puntarenas": the division after the village
                containers = [ce for c, ce in resolved if _within(c.span, outer) and ce.kind in _CONTAINER_KINDS]
            if comma and len(m.candidates) == 1 and all(c.span.start - gloss.start > QUALIFIER_LEAD for c, ce in resolved if ce in containers):
                # ("En Sicuani, los manifestantes ... obligaron a suspender el tren a Puno": a name with one reading
                # is qualified by a division right after its comma, not by a far place of the clause after it)
                containers = []
            if containers and not any(ce.id in e.within for ce in containers) and not (
                # "Córdoba, Rosario, Mendoza and La Plata": items of one country's list, no place glossing
                # another (a homonym of another country in the list still goes)
                any(ce.country == e.country for ce in containers) and _in_a_list(text, gloss, resolved)
            ):
                continue
        out.append((m, e))
    return out


def _glossed_in_another_country(text: str, m: PlaceMatch, e: Entry, gloss: Span, resolved: list[tuple[PlaceMatch, Entry]]) -> bool:
    """ "sector El Alto (La Joya)", under Arequipa: the parenthesis names a
    place of another country than the reading chosen for the name (Bolivia's
    El Alto), so that reading is not the one meant, whatever the kinds; only
    a parenthesis, where the gloss is surely the name's own."""
    if not _GLOSS_OPEN.match(text, m.span.end):
        return False
    glossed = [ce for c, ce in resolved if _within(c.span, gloss)]
    return bool(glossed) and all(ce.country != e.country for ce in glossed)


_LIST_AND = re.compile(rf"\s{_LIST_JOINERS}\s+", re.IGNORECASE)
_LIST_GOES_ON = re.compile(rf"\s*(?:,|\b{_LIST_JOINERS}\b)\s*", re.IGNORECASE)


def _in_a_list(text: str, gloss: Span, resolved: list[tuple[PlaceMatch, Entry]]) -> bool:
    """The name after a comma is followed by a comma or "and" and another
    place: a list of three or more, not "Portmore, Saint Catherine"."""
    if "," not in text[max(0, gloss.start - 2) : gloss.start]:
        return False  # "San Carlos de Alajuela": a gloss by "de", never a list
    starts = {c.span.start for c, _ in resolved}
    # "Rosario, Mendoza and La Plata": the list's last "and" inside the gloss
    if any(j.end() in starts for j in _LIST_AND.finditer(text, gloss.start, gloss.end)):
        return True
    after = _LIST_GOES_ON.match(text, gloss.end)
    if after is not None and after.end() != gloss.end and after.end() in starts:
        return True
    # "Medellín, Cali and other cities": a list closed by more of its kind, inside the gloss or right after it
    closing = Gazetteer.load().cues.list_close
    return bool(closing) and any(
        fold(text[j.start() : j.start() + LIST_CLOSE_REACH]).lstrip().startswith(closing)
        for j in _LIST_AND.finditer(text, gloss.start, min(len(text), gloss.end + 2))
    )


LIST_CLOSE_REACH = 40  # chars after a list's last name read for the words that close it ("and other cities")


#: Landmark types whose names many towns share ("Plaza Bolognesi", "Avenida Grau").
_TOWN_NAMED_TYPES = frozenset({"square", "street"})


def town_named_landmark(place: Place) -> bool:
    """A square or street the gazetteer knows, of a name many towns give
    theirs ("la plaza Bolognesi" of Lima, of Juliaca, of Tacna...)."""
    if place.precision != "landmark" or not place.gazetteer_id:
        return False
    entry = Gazetteer.load().entries.get(place.gazetteer_id)
    return entry is not None and entry.type in _TOWN_NAMED_TYPES


def town_of(place: Place) -> Place | None:
    """The town (district) a landmark lies in, as a place of its own with no
    span ("Aeropuerto Inca Manco Cápac": Juliaca); None when the gazetteer does not say."""
    entry = Gazetteer.load().entries.get(place.gazetteer_id or "")
    town = Gazetteer.load().entries.get(entry.within[-1]) if entry is not None and entry.kind == "landmark" and entry.within else None
    return PlaceResolver.to_place(town) if town is not None else None


ORIGIN_WINDOW = 45  # chars before a town in which "from", "procedente de" make it someone's origin


def _drop_another_towns_square(
    resolved: list[tuple[PlaceMatch, Entry]], roles: dict[tuple[int, int], str], folded: str, cues: Cues
) -> list[tuple[PlaceMatch, Entry]]:
    """ "En Juliaca, cientos se concentraron en la plaza Bolognesi": a square
    or street the gazetteer knows in another region than the town the
    sentence names as its location is that town's own square of the same
    name, so the town stands and the other region's square goes. A town told
    as someone's origin ("a farmer from the town of Ilave") names no square."""
    located = {
        e.admin1 for m, e in resolved
        if roles.get(_offsets(m)) == "locative" and e.kind != "landmark" and e.admin1 and not _origin_near(folded, m.span.start, cues)
    }
    if not located:
        return resolved
    return [
        (m, e) for m, e in resolved
        if not (e.kind == "landmark" and e.type in _TOWN_NAMED_TYPES and e.admin1 and e.admin1 not in located)
    ]


def _origin_near(folded: str, start: int, cues: Cues) -> bool:
    """An origin phrase ("from", "procedente de") among the words just before ``start``."""
    window = " " + folded[max(0, start - ORIGIN_WINDOW) : start] + " "
    by_last = _by_last_word(cues.origin)
    # A phrase between spaces in the window ends with one of the window's own
    # words: only the phrases ending in those are tried, not the hundred-odd
    # of every language (speed only: the same answer as trying each).
    for word in ["", *window.split()]:  # ("": a phrase of no word at all, tried always)
        for spaced in by_last.get(word, ()):
            if spaced in window:
                return True
    return False


_last_by_word: tuple[tuple[str, ...], dict[str, tuple[str, ...]]] = ((), {})


def _by_last_word(phrases: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """``phrases`` each between two spaces, as a whole-word substring test
    reads them, by their last word; made once per cue list (kept for the last
    list, by identity), not once per phrase and call (speed only)."""
    global _last_by_word
    if _last_by_word[0] is not phrases:
        index: dict[str, list[str]] = {}
        for phrase in phrases:
            words = phrase.split()
            index.setdefault(words[-1] if words else "", []).append(f" {phrase} ")
        _last_by_word = (phrases, {word: tuple(found) for word, found in index.items()})
    return _last_by_word[1]


_QUALIFIER = re.compile(rf"(?:,| {alternation(lang_words('places', 'qualifier_links'))}) (?=\w)")
# A word that opens another clause after the comma: what follows qualifies nothing.
# So does a count ("Juliaca, 40 were injured in Cusco", "Juliaca, decenas de heridos en Cusco"):
# the place after it is the next clause's, no division of the one before.
_COUNT_OPENER = alternation([*lang_words("numbers", "vague"), *lang_words("numbers", "qualifiers_before")], r"\s+")
_CLAUSE_OPENER = re.compile(rf"(?:{alternation(lang_words('places', 'clause_openers'))}|{_COUNT_OPENER})\b|\d", re.IGNORECASE)
_QUALIFIER_REST = re.compile(r"[^,.;:()\n]*")  # up to the next comma, stop, parenthesis or line end


def _qualifier_after(text: str, span: Span) -> Span | None:
    """The place name that qualifies another right after it: Spanish "San
    Carlos de Alajuela", "Paraíso de Cartago", and "Portmore, Saint
    Catherine" (up to the next comma or parenthesis)."""
    m = _QUALIFIER.match(text, span.end)
    if m is None or m.group().startswith(",") and _CLAUSE_OPENER.match(text, m.end()):
        return None  # ("near the Arequipa airport, and in Macusani, in Puno, ...": a new clause, no qualifier)
    return Span(m.end(), _QUALIFIER_REST.match(text, m.end()).end())  # type: ignore[union-attr]  # may be empty


# ``[.!?;]\s+|\n``, written to begin with a character class so that the
# engine skips ahead to candidate characters instead of trying every position.
_SENTENCE_END = re.compile(r"[.!?;\n](?:(?<=[.!?;])\s+|(?<=\n))")


_last_around: tuple[str, dict[tuple[int, int], Span]] = ("", {})


def _sentence_around(text: str, span: Span) -> Span:
    """A rough sentence around ``span``, for context weighting only.

    Remembered per span for the last text asked (every mention's sentence is
    asked several times while the article is resolved), keyed by plain
    offsets: a ``Span`` key hashes through Python code (speed only)."""
    global _last_around
    memo_text, memo = _last_around
    if memo_text is not text:
        memo = {}
        _last_around = (text, memo)
    key = (span.start, span.end)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _sentence_from_breaks(text, span) or _bounded_unit(text, span, _SENTENCE_END, 1)
    return found


_last_breaks: tuple[str, tuple[list[int], list[int]]] | None = None


def _sentence_breaks(text: str) -> tuple[list[int], list[int]]:
    """(starts, ends) of every ``_SENTENCE_END`` in ``text``, for the last text asked."""
    global _last_breaks
    if _last_breaks is None or _last_breaks[0] is not text:
        found = [m.span() for m in _SENTENCE_END.finditer(text)]
        _last_breaks = (text, ([a for a, _ in found], [b for _, b in found]))
    return _last_breaks[1]


def _sentence_from_breaks(text: str, span: Span) -> Span | None:
    """``_bounded_unit(text, span, _SENTENCE_END, 1)`` from the article's
    breaks, found once, instead of two scans of up to ``_LOOKAROUND``
    characters per mention. The bounded scans find the same breaks as the
    whole-text scan unless one starts or stops inside a break (a
    punctuation-plus-spaces run): then None, and the caller scans."""
    starts, ends = _sentence_breaks(text)
    first, last = span.start, span.end
    lo = max(0, first - _LOOKAROUND)
    k = bisect_left(starts, first) - 1  # the last break that starts before the span
    if k >= 0 and ends[k] > first:
        return None
    j = bisect_right(starts, lo) - 1
    if j >= 0 and starts[j] < lo < ends[j]:
        return None
    start = ends[k] if k >= 0 and starts[k] >= lo else lo
    endpos = min(len(text), last + _LOOKAROUND)
    j = bisect_right(starts, last) - 1
    if j >= 0 and starts[j] < last < ends[j]:
        return None
    i = bisect_left(starts, last)
    if i < len(starts) and starts[i] < endpos:
        if text[starts[i]] != "\n" and starts[i] + 1 >= endpos:
            return None  # the scan would stop inside this break
        return Span(start, starts[i] + 1)
    return Span(start, endpos)


_RESOLVER: PlaceResolver | None = None


def named_with_its_region(place: Place, matches: Sequence[PlaceMatch]) -> bool:
    """Whether a sentence's other mentions name a unit that contains ``place``
    ("Macusani, capital de la provincia de Carabaya, en Puno"): the text
    itself vouches for which homonym it means."""
    global _RESOLVER
    if place.gazetteer_id is None:
        return False
    if _RESOLVER is None:
        _RESOLVER = PlaceResolver()
    within = set(_RESOLVER.gaz.get(place.gazetteer_id).within)
    return any(c in within for m in matches if m.span != place.span for c in m.candidates)


def warm() -> None:
    """Build the shared resolver and the patterns of the gazetteer's cue words
    now (``kipu.extract.pipeline.warm``), not in the first article that asks."""
    global _RESOLVER
    if _RESOLVER is None:
        _RESOLVER = PlaceResolver()
    cues = _RESOLVER.gaz.cues
    _media_pattern(cues.media)
    if not _one_word_each(cues.organisation_heads):
        _heads_pattern(cues.organisation_heads)
    _comma_cues(cues.reference)


@lru_cache(maxsize=4096)  # the same surfaces recur across articles (speed only)
def _names_a_heading(surface: str) -> bool:
    """Whether a mention's surface opens with a destination cue ("toward
    Congress", "hacia el Congreso"): an alias that tells where a crowd headed."""
    cues = _RESOLVER.gaz.cues.destination if _RESOLVER is not None else ()
    folded = fold(surface)
    return any(folded.startswith(f"{w} ") for w in cues)


BEARING_REACH = 30  # chars of a gloss read for the bearing that opens it ("southwest of", "a 40 kilómetros al norte de")
REFERENCE_PENALTY = 1000.0  # below any place the sentence names outright in the same region
DESTINATION_PENALTY = 0.5  # below another place of the region scored alike, not below a located one
_WIDE = frozenset({"country", "department"})  # places too wide to be what a point of reference locates


def _without_appositive_references(scored: list, folded: str, reference: tuple[str, ...]) -> list:
    """ "detained at the airport in Maiquetía, near Caracas": a town set right
    after another named outright, behind a comma and "near", only says where
    the first lies (like "southwest of Havana"); the first is the place, in
    whatever region. A place named only after "near" ("clashes near Juliaca")
    is kept: nothing else is named before it."""
    ends = {match.span.end for _, match, p in scored if p.precision not in _WIDE}
    kept = []
    for entry in scored:
        _, match, p = entry
        cue = preceding_cue(folded, match.span.start, reference) if p.precision not in _WIDE else None
        if cue is not None:
            head = folded[max(0, match.span.start - len(cue) - APPOSITIVE_GAP) : match.span.start]
            at = head.rfind(cue)
            before = folded[: match.span.start - len(head) + at].rstrip() if at >= 0 else ""
            if before.endswith(",") and len(before) - 1 in ends:
                continue
        kept.append(entry)
    return kept if kept else scored


APPOSITIVE_GAP = 4  # spaces allowed around the reference cue ("Maiquetía, near Caracas")


@lru_cache(maxsize=4)
def _comma_cues(cues: tuple[str, ...]) -> tuple[str, ...]:
    """Each cue as it follows a comma (", near "): the test of every sentence
    with two places for an appositive reference, built once per cue list."""
    return tuple(", " + cue + " " for cue in cues)


def sentence_places(
    text: str, sentence_span: Span, sentence_matches: Sequence[PlaceMatch], doc: object | None = None
) -> list[Place]:
    """The places a sentence names as locations: the best-scored one per
    region (country + first-level division), plus bare countries, in text order.

    ``doc`` may carry ``place_matches`` (all mentions of the article), used as
    disambiguation context; without it the sentence's own mentions are used.
    """
    global _RESOLVER
    if not sentence_matches:
        return []
    if _RESOLVER is None:
        _RESOLVER = PlaceResolver()
    context = getattr(doc, "place_matches", None) or list(sentence_matches)
    folded = getattr(doc, "folded", None)  # the article is folded once, not per sentence
    scored = _RESOLVER._candidates(text, sentence_span, sentence_matches, context, fallback=False, folded=folded)
    if len(scored) < 2:
        # One place (or none): the penalties below only lower scores, and one
        # place is the best of its region whatever its score (speed only).
        return [place for _, _, place in scored]
    best: dict[tuple[str, str | None], tuple[float, Place]] = {}
    toward = [_names_a_heading(match.surface) for _, match, _ in scored] if len(scored) > 1 else [False] * len(scored)
    reference = _RESOLVER.gaz.cues.reference if len(sentence_matches) > 1 and folded is not None else ()
    if reference:
        # "the town of Ilave, near Lake Titicaca": a landmark named as a point of reference
        # yields to a town or district of its region that the sentence names outright
        # (a town "near Tena (Napo)" is still where the incident was)
        near = [p.precision == "landmark" and preceding_cue(folded, match.span.start, reference) is not None for _, match, p in scored]
        located = {(p.country, p.admin1) for (_, _, p), n, t in zip(scored, near, toward) if not n and not t and p.precision not in _WIDE}
        scored = [
            (score - REFERENCE_PENALTY if n and (p.country, p.admin1) in located else score, match, p)
            for (score, match, p), n in zip(scored, near)
        ]
    if reference and contains_any(folded[sentence_span.start : sentence_span.end], _comma_cues(reference)):
        # (only where a reference cue follows a comma: speed only)
        scored = _without_appositive_references(scored, folded, reference)
    bearing = _RESOLVER.gaz.cues.bearing if folded is not None else ()
    if bearing and any(p.precision not in _WIDE for _, _, p in scored):
        # (with countries and departments only, none is dropped below: their cues not read, speed only)
        # "began in San Antonio de los Baños, southwest of Havana": the point the place lies off
        # from is no place of the incident, whatever its region (unless it is all the sentence names)
        off = [preceding_cue(folded, match.span.start, bearing) is not None for _, match, _ in scored]
        if any(off) and any(not o and p.precision not in _WIDE for (_, _, p), o in zip(scored, off)):
            # (only for a town or district named outright: "el barrio Siloé, al oeste de Cali" names no other)
            scored = [s for s, o in zip(scored, off) if not o]
    if any(toward):
        # "tried to reach Congress on Abancay Avenue": where the crowd was heading
        # yields to another place of its region the sentence names (and locates no other)
        scored = [(score - DESTINATION_PENALTY if t else score, match, p) for (score, match, p), t in zip(scored, toward)]
    for score, _match, place in scored:
        key = (place.country, place.admin1)
        if key not in best or score > best[key][0]:
            best[key] = (score, place)
    return sorted((p for _, p in best.values()), key=lambda p: p.span.start if p.span else 0)
