"""The gazetteer: every place kipu can name, and a scanner that finds them.

Loaded once from the data files in ``geo/data`` (Peru's ubigeo table,
hand-written landmarks and aliases, other countries' first-level divisions, a
stoplist and cue words), so that adding a country or a landmark means editing
data, not code. The scanner is one Aho-Corasick pass over accent-folded text;
``patterns()`` exposes the same surface forms for an automaton shared with
other lexicons.
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import ahocorasick
import yaml

from kipu.textnorm import fold, is_word_char, word_spaced
from kipu.model import Span, slot_setters

DATA = Path(__file__).parent / "data"
MISSION_REACH = 24  # chars after a demonym read for the organisation word it names ("embassy", "newspaper")
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

KINDS = ("country", "admin1", "department", "province", "district", "town", "landmark")
#: How precise a place of each kind is, as ``kipu.model.Place.precision``.
PRECISION = {
    "country": "country",
    "admin1": "department",
    "department": "department",
    "province": "province",
    "district": "district",
    "town": "locality",  # a foreign town or city (latam_towns.tsv)
    "landmark": "landmark",
}


@dataclass(frozen=True, slots=True)
class Entry:
    """One place. ``within`` lists the ids of the units that contain it,
    outermost first (department, province, district for Peru; the country for
    foreign divisions), which is what context disambiguation compares."""

    id: str
    name: str
    kind: str
    country: str
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    lat: float | None = None
    lon: float | None = None
    rank: int = 1
    within: tuple[str, ...] = ()
    type: str | None = None  # landmark type: airport, mine, highway...
    needs_country: bool = False
    contextual: bool = False
    population: int = 0  # towns only: how prominent among homonyms
    #: landmarks named mostly as institutions ("informó el Ministerio de Salud"):
    #: a place only after a locative or seat cue ("frente al Ministerio de Educación")
    needs_cue: bool = False
    #: the departments (ids) a place of several regions runs through (a highway, a valley)
    crosses: tuple[str, ...] = ()
    #: a division whose bare name news uses for a city of another division (Buenos
    #: Aires): read as the division only when named so ("provincia de", a gloss)
    by_prefix: bool = False
    #: a highway's stretches by kilometre: (from km, to km, id of the stretch's own
    #: entry), read when a "km 40" / "kilómetro 40" is told beside its name
    stretches: tuple[tuple[float, float, str], ...] = ()

    @property
    def precision(self) -> str:
        if self.kind == "landmark" and not self.admin1:
            return "country"
        return PRECISION[self.kind]

    @property
    def is_peru_subunit(self) -> bool:
        return self.country == "PE" and self.kind in ("province", "district")

    @property
    def stoppable(self) -> bool:
        """Whether the ``never`` stoplist acts on this entry: small units whose
        names are often ordinary words or surnames (Peru's provinces and
        districts, foreign towns), never a department, a division or a landmark."""
        return self.is_peru_subunit or self.kind == "town"


@dataclass(frozen=True, slots=True, init=False)
class PlaceMatch:
    """A place name found in a text, with every entry it could denote.

    Built through its slot setters, as ``kipu.model.Span`` (speed only: a
    frozen dataclass's own ``__init__`` calls ``object.__setattr__`` per
    field, and an article makes about 30; still frozen, equal and hashed
    the same)."""

    span: Span
    surface: str
    candidates: tuple[str, ...]

    def __init__(self, span: Span, surface: str, candidates: tuple[str, ...]) -> None:
        _PM_SPAN(self, span)
        _PM_SURFACE(self, surface)
        _PM_CANDIDATES(self, candidates)


_PM_SPAN, _PM_SURFACE, _PM_CANDIDATES = slot_setters(PlaceMatch)


@dataclass(frozen=True)
class Cues:
    """Cue phrases (folded) that precede or follow a place name."""

    locative: tuple[str, ...]
    origin: tuple[str, ...]
    organisation: tuple[str, ...]
    after_organisation: tuple[str, ...]
    #: words before an organisation's name that make it the organisation's
    #: building, which stands in the place it names ("frente a la sede del
    #: Gobierno Regional de Ayacucho")
    seat: tuple[str, ...] = ()
    #: Nouns that head an organisation's capitalised name ("Frente", "Federation"),
    #: and the small words such a name links its capitalised words with ("de los", "of the").
    organisation_heads: frozenset[str] = frozenset()
    name_links: frozenset[str] = frozenset()
    #: phrases ending in an origin word that tell an action done at the place
    #: ("evacuated from", "evicted from"): the place is the incident's, not
    #: where someone comes from
    removal: tuple[str, ...] = ()
    #: words that make the name a point of reference for another place the
    #: sentence names ("the town of Ilave, near Lake Titicaca")
    reference: tuple[str, ...] = ()
    #: words that open a name as where a crowd was heading ("toward Congress",
    #: "hacia el Congreso"): where the crowd was is another place of the sentence
    destination: tuple[str, ...] = ()
    #: words that make the name the point another place lies off from
    #: ("southwest of Havana", "al norte de Puno")
    bearing: tuple[str, ...] = ()
    #: words that close a list of places with more of their kind ("Bogotá,
    #: Medellín, Cali and other cities"): the names before are items, no glosses
    list_close: tuple[str, ...] = ()
    #: an authority's title before the place it governs ("the mayor of Cali",
    #: "el gobernador de Puno"): an organisation's place, and where its measures hold
    authority: tuple[str, ...] = ()
    #: a country's mission named before the country ("la embajada de México"):
    #: a body in the story's own country, no sign of the named one
    mission: tuple[str, ...] = ()
    #: nouns of the press ("diario", "radio", "newspaper"): a place in a newspaper's
    #: or station's name ("Diario Correo de Puno", "the Arequipa newspaper El Pueblo")
    #: is where it publishes, not where the news happened
    media: frozenset[str] = frozenset()


_NON_SLUG = re.compile(r"[^a-z0-9]+")


def _slug(text: str) -> str:
    return _NON_SLUG.sub("-", fold(text)).strip("-")


def _stretches(item: dict, by_code: dict[str, Entry], entries: list[Entry]) -> tuple[tuple[float, float, str], ...]:
    """The ``km`` stretches of a landmark of several regions (a highway), each
    an entry of its own with the admin chain of its ``ubigeo`` and the
    highway's name, appended to ``entries`` under no surface: only a
    kilometre told beside the highway's name reaches it ("a la altura del
    kilómetro 40 de la Panamericana Sur" is in Lima)."""
    out = []
    for low, high, code in item.get("km") or ():
        unit = by_code[str(code)]
        stretch = Entry(
            id=f"PE-LM-{_slug(item['name'])}-km-{low}-{high}", name=item["name"], kind="landmark", country="PE",
            admin1=unit.admin1, admin2=unit.admin2, admin3=unit.admin3, lat=unit.lat, lon=unit.lon,
            rank=3, within=unit.within, type=item.get("type"), needs_country=bool(item.get("needs_country")),
        )
        entries.append(stretch)
        out.append((float(low), float(high), stretch.id))
    return tuple(out)


def _read_yaml(path: Path):
    with path.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_Loader)


def data_file(name: str) -> Any:
    """A YAML file of the gazetteer's data folder, parsed (read by rules that need a
    table keyed by gazetteer id, such as ``city_demonyms.yaml``)."""
    return _read_yaml(DATA / name)


def load_cues(directory: Path = DATA / "cues") -> Cues:
    """Merge every language's cue file: a text's language may be unknown or
    mixed, and the cue phrases of different languages do not collide."""
    merged: dict[str, set[str]] = defaultdict(set)
    for path in sorted(directory.glob("*.yaml")):
        for key, phrases in (_read_yaml(path) or {}).items():
            merged[key].update(fold(p) for p in phrases or ())
    get = lambda k: tuple(sorted(merged.get(k, ()), key=len, reverse=True))  # noqa: E731
    return Cues(
        get("locative"), get("origin"), get("organisation"), get("after_organisation"), get("seat"),
        frozenset(merged.get("organisation_heads", ())), frozenset(merged.get("name_links", ())), get("removal"),
        get("reference"), get("destination"), get("bearing"), get("list_close"), get("authority"), get("mission"),
        frozenset(merged.get("media", ())),
    )


def preceding_cue(folded_text: str, start: int, phrases: Iterable[str]) -> str | None:
    """The phrase that ends right before ``start`` (only spaces between), if any.

    The first phrase, in the given order, that ends the text at a word
    boundary. A tuple of phrases is indexed once by its last two words, so
    only the phrases ending in the text's own last words are tried (same
    answer: a phrase ending in words ends the text only if those are the
    text's last words)."""
    head, last, before_last = _head(folded_text, start)
    if len(head) == start - max(0, start - 60):  # no whitespace before the name
        return None
    return _ending_phrase(head, last, before_last, phrases)


def first_preceding_cue(folded_text: str, start: int, lists: Sequence[tuple[str, ...]]) -> int | None:
    """The position in ``lists`` of the first list whose ``preceding_cue`` at
    ``start`` is a (non-empty) phrase, if any: the text before the name is
    read once for all the lists."""
    head, last, before_last = _head(folded_text, start)
    if len(head) == start - max(0, start - 60):  # no whitespace before the name
        return None
    for i, phrases in enumerate(lists):
        one, two, others = _cue_index(phrases)
        if (last in one or (before_last, last) in two or others) and _ending_phrase(head, last, before_last, phrases):
            return i  # (the index test first: most names follow no cue word at all)
    return None


def _ending_phrase(head: str, last: str, before_last: str, phrases: Iterable[str]) -> str | None:
    """The first of ``phrases`` that ends ``head`` at a word boundary; ``last``
    and ``before_last`` are its last two words (see ``preceding_cue``)."""
    candidates: Iterable[str] = phrases
    if isinstance(phrases, tuple):
        one, two, others = _cue_index(phrases)
        tried = one.get(last, ()) + two.get((before_last, last), ()) + others
        if not tried:
            return None  # the usual case: no phrase ends in these words
        candidates = (phrases[i] for i in sorted(tried))
    n = len(head)
    for phrase in candidates:
        if head.endswith(phrase):
            before = head[: n - len(phrase)]
            if not before or not is_word_char(before[-1]):
                return phrase
    return None


_REVERSED_TAIL = re.compile(r"(\w*)\W*(\w*)")
_last_head: tuple[str, int, tuple[str, str, str]] | None = None


def _head(folded_text: str, start: int) -> tuple[str, str, str]:
    """(the 60 characters before ``start`` without trailing spaces, its last
    word, the word before that), remembered for the last position asked: a
    name's role asks for several cue lists at the same place."""
    global _last_head
    cached = _last_head
    if cached is not None and cached[0] is folded_text and cached[1] == start:
        return cached[2]
    head = folded_text[max(0, start - 60) : start].rstrip()
    # The usual head ends in two words between single spaces ("... marcharon en"):
    # pieces that are all word characters (``isalnum``, which is what the
    # regex's ``\w`` means, less "_") are whole words, read without the
    # reversed regex match (speed only: the same two words).
    parts = head.rsplit(" ", 2)
    if len(parts) == 3 and parts[2].isalnum() and parts[1].isalnum():
        result = (head, parts[2], parts[1])
    else:
        last, before_last, _ = _last_words(head)
        result = (head, last, before_last)
    _last_head = (folded_text, start, result)
    return result


def _last_words(text: str) -> tuple[str, str, str]:
    """(last word, the word before it, what precedes that word); a word is a
    maximal run of word characters and may be empty. Read on the reversed
    text, where they come first."""
    m = _REVERSED_TAIL.match(text[::-1])
    assert m is not None  # every part of the pattern may be empty
    return m.group(1)[::-1], m.group(2)[::-1], text[: len(text) - m.end()]


_CueIndex = tuple[dict[str, tuple[int, ...]], dict[tuple[str, str], tuple[int, ...]], tuple[int, ...]]
_CUE_INDEXES: dict[int, tuple[tuple[str, ...], _CueIndex]] = {}


def _first_words(phrases: Iterable[str]) -> frozenset[str] | None:
    """The first word (``\\w+`` run) of each of ``phrases``, or None if one
    of them does not open with a word character."""
    heads = set()
    for phrase in phrases:
        m = _FIRST_WORD.match(phrase)
        if m is None:
            return None
        heads.add(m.group())
    return frozenset(heads)


_FIRST_WORD = re.compile(r"\w+")


def _words_by_head(phrases: Iterable[str]) -> dict[str, tuple[frozenset[str], ...]]:
    """Each phrase's words (``\\w+`` runs), filed under its first word. A
    phrase found as whole words of a text has every one of its words among
    the text's words: a text that lacks one of each phrase's words names none
    ("Luis" alone is no "Luis Arce"; speed only, ``places._may_name_a_sign``)."""
    by_head: dict[str, set[frozenset[str]]] = {}
    for phrase in phrases:
        words = _FIRST_WORD.findall(phrase)
        if words:
            by_head.setdefault(words[0], set()).add(frozenset(words))
    return {head: tuple(sets) for head, sets in by_head.items()}


def _cue_index(phrases: tuple[str, ...]) -> _CueIndex:
    """Positions of ``phrases``: one-word phrases by their word, longer ones
    by their last two words, and the rest (ending in a sign or a space,
    starting with one, or empty), which are always tried. Cached by
    identity: the cue tuples live as long as the gazetteer."""
    cached = _CUE_INDEXES.get(id(phrases))
    if cached is not None and cached[0] is phrases:
        return cached[1]
    one: dict[str, list[int]] = defaultdict(list)
    two: dict[tuple[str, str], list[int]] = defaultdict(list)
    others: list[int] = []
    for i, phrase in enumerate(phrases):
        last, before_last, _ = _last_words(phrase)
        if not last:
            others.append(i)
        elif len(last) == len(phrase):
            one[last].append(i)
        elif before_last:  # what precedes it is empty or ends in a separator
            two[(before_last, last)].append(i)
        else:
            others.append(i)  # "- de": no word before the last one
    index = ({k: tuple(v) for k, v in one.items()}, {k: tuple(v) for k, v in two.items()}, tuple(others))
    if len(_CUE_INDEXES) > 64:
        _CUE_INDEXES.clear()
    _CUE_INDEXES[id(phrases)] = (phrases, index)
    return index


class Gazetteer:
    """All places, indexed by folded surface form."""

    def __init__(
        self,
        entries: Iterable[Entry],
        surfaces: dict[str, set[str]],
        caps: dict[str, tuple[int, ...]],
        never: set[str],
        needs_cue: set[str],
        cues: Cues,
        town_never: set[str] | None = None,
        given_names: set[str] | None = None,
        capitals: dict[str, str] | None = None,
        signs: dict[str, str] | None = None,
    ) -> None:
        self.entries: dict[str, Entry] = {e.id: e for e in entries}
        self._capitals = capitals or {}
        self._signs_automaton: ahocorasick.Automaton | None = None
        if signs:
            self._signs_automaton = ahocorasick.Automaton()
            for word, iso in signs.items():
                self._signs_automaton.add_word(word, (len(word), iso))
            self._signs_automaton.make_automaton()
        self.sign_heads = _first_words(signs or {})
        self.sign_words = _words_by_head(signs or {}) if self.sign_heads is not None else None
        self._surfaces = {k: tuple(sorted(v)) for k, v in surfaces.items()}
        self._caps = caps
        self._never = never
        self._needs_cue = needs_cue
        self._static_ids: dict[str, tuple[str, ...]] = {}  # ``_filter``'s answer for names it reads no cue for
        self._cue_landmarks = frozenset(e.id for e in self.entries.values() if e.needs_cue)
        self._town_never = town_never or set()
        self._given = given_names or set()
        self.cues = cues
        # The names as the spaced text reads them (``word_spaced``: every
        # non-word character a space), between spaces: found only as whole
        # words, with no hit turned away in Python for running on inside a
        # word. Names alike spaced share a key; a name of more than one word
        # (or with a sign) is compared with the folded text.
        spaced: dict[str, list[str]] = {}
        for key in self._surfaces:
            spaced.setdefault(" " + word_spaced(key) + " ", []).append(key)
        self._bounded = ahocorasick.Automaton()
        for skey, keys in spaced.items():
            self._bounded.add_word(skey, (len(keys[0]), tuple(keys), any(" " in word_spaced(k) for k in keys)))
        self._bounded.make_automaton()

    # -- loading -----------------------------------------------------------
    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> Gazetteer:
        """The shared instance built from the package's data files (cached)."""
        return cls.from_dir(DATA)

    @classmethod
    def from_dir(cls, data: Path) -> Gazetteer:
        entries: list[Entry] = []
        names: list[tuple[str, str]] = []  # (surface, entry id)
        by_code: dict[str, Entry] = {}
        capitals: dict[str, str] = {}
        signs: dict[str, str] = {}  # folded demonym or national body -> country
        with (data / "peru_ubigeo.tsv").open(encoding="utf-8") as fh:
            rows = csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t")
            for row in rows:
                code = row["id"][3:]
                within = tuple(f"PE-{code[:n]}" for n in (2, 4, 6) if n <= len(code))
                entry = Entry(
                    id=row["id"], name=row["name"], kind=row["kind"], country="PE",
                    admin1=row["admin1"] or None, admin2=row["admin2"] or None, admin3=row["admin3"] or None,
                    lat=float(row["lat"]), lon=float(row["lon"]), rank=int(row["rank"]), within=within,
                )
                entries.append(entry)
                by_code[code] = entry
                names.append((entry.name, entry.id))
                for alt in filter(None, row["alt_names"].split("|")):
                    names.append((alt, entry.id))
        for entry_id, aliases in (_read_yaml(data / "peru_aliases.yaml") or {}).items():
            names.extend((alias, entry_id) for alias in aliases)
        for item in _read_yaml(data / "landmarks.yaml") or []:
            parent = by_code.get(str(item["ubigeo"])) if item.get("ubigeo") else None
            stretches = _stretches(item, by_code, entries)
            entry = Entry(
                id=f"PE-LM-{_slug(item['name'])}", name=item["name"], kind="landmark", country="PE",
                admin1=parent.admin1 if parent else None, admin2=parent.admin2 if parent else None,
                admin3=parent.admin3 if parent else None, lat=item.get("lat"), lon=item.get("lon"),
                rank=3, within=parent.within if parent else (), type=item.get("type"),
                contextual=bool(item.get("contextual")), needs_country=bool(item.get("needs_country")),
                needs_cue=bool(item.get("needs_cue")),
                crosses=tuple(f"PE-{code}" for code in item.get("crosses") or ()),
                stretches=stretches,
            )
            entries.append(entry)
            names.extend((n, entry.id) for n in [item["name"], *(item.get("aliases") or [])])
        for iso, country in (_read_yaml(data / "latam.yaml") or {}).items():
            entries.append(Entry(id=iso, name=country["names"][0], kind="country", country=iso,
                                 lat=country.get("lat"), lon=country.get("lon"), rank=5))
            names.extend((n, iso) for n in country["names"])
            if country.get("capital"):
                capitals[iso] = country["capital"]
            signs.update((fold(w), iso) for w in country.get("signs") or [])
            prefixes = country.get("prefixes") or []
            for name, spec in (country.get("admin1") or {}).items():
                lat, lon, aliases, *flags = spec
                entry = Entry(id=f"{iso}-{_slug(name)}", name=name, kind="admin1", country=iso, admin1=name,
                              lat=lat, lon=lon, rank=3, within=(iso,), needs_country="needs_country" in flags,
                              by_prefix="by_prefix" in flags)
                entries.append(entry)
                for surface in [name, *aliases]:
                    names.append((surface, entry.id))
                names.extend((f"{p} {name}", entry.id) for p in prefixes)
        # a head of state or government named points to the country as a demonym does
        for iso, leaders in (_read_yaml(data / "leaders.yaml") or {}).items():
            signs.update((fold(w), iso) for w in leaders or [])
        stop = _read_yaml(data / "stoplist.yaml") or {}
        # GeoNames' towns, then the few the news names that its table lacks (written by hand)
        for towns in (data / "latam_towns.tsv", data / "latam_towns_extra.tsv"):
            if towns.exists():
                town_entries = load_towns(towns, entries, {fold(n) for n in stop.get("town_needs_country") or []})
                # Kept even when the division lists the town as an alias
                # ("Guayaquil"): the town is known without its country named.
                entries.extend(town_entries)
                names.extend((e.name, e.id) for e in town_entries)

        surfaces: dict[str, set[str]] = defaultdict(set)
        caps: dict[str, tuple[int, ...]] = {}
        for surface, entry_id in names:
            key = fold(surface)
            surfaces[key].add(entry_id)
            mask = _caps_mask(surface)
            caps[key] = mask if key not in caps else tuple(sorted(set(caps[key]) & set(mask)))
        # "el río Tambo" is the river, "Río Tambo" the district: a name opening with one of these
        # heads keeps its leading capital required (``_capitalised`` skips only a first offset
        # told once, so it is told twice here)
        firm = tuple(f"{fold(h)} " for h in stop.get("capital_heads") or [])
        if firm:
            for key, mask in caps.items():
                if key.startswith(firm) and mask[:1] == (0,) and len(mask) > 1:
                    caps[key] = (0, *mask)
        return cls(
            entries, surfaces, caps,
            never={fold(n) for n in stop.get("never") or []},
            needs_cue={fold(n) for n in stop.get("needs_cue") or []},
            cues=load_cues(data / "cues"),
            town_never={fold(n) for n in stop.get("town_never") or []},
            # a settlement's head word ("Puerto Resistencia") makes the name after it part of a longer one, as a given name does
            given_names={fold(n) for n in (_read_yaml(data / "given_names.yaml") or {}).get("names") or []}
            | {fold(n) for n in (_read_yaml(data / "name_heads.yaml") or {}).get("heads") or []},
            capitals=capitals,
            signs=signs,
        )

    # -- queries -----------------------------------------------------------
    def get(self, entry_id: str) -> Entry:
        return self.entries[entry_id]

    def capital(self, country: str) -> Entry | None:
        """The place a country's news means by "the capital" (``capital`` in latam.yaml)."""
        entry_id = self._capitals.get(country)
        return self.entries.get(entry_id) if entry_id else None

    def signed_countries(self, text: str) -> Counter[str]:
        """Countries ``text`` points to without naming them: a demonym or a
        national body (``signs`` in latam.yaml). A Costa Rican summary that
        names "San José" and "la CCSS" but never "Costa Rica" is about Costa
        Rica, not Peru's districts of that name. Counted, so the country
        pointed to most can be told from a neighbour mentioned in passing.
        A sign is found only as whole words of the folded text: a text none
        of whose words folds to one of ``sign_heads`` (each sign's first
        word) has none, which callers may tell from its words alone."""
        return Counter(iso for _, _, iso in self.signs_in(text))

    def signs_in(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, country) of each sign in ``text`` (``signed_countries``),
        so a caller can tell which word a demonym is ("miles de panameños")."""
        found: list[tuple[int, int, str]] = []
        if self._signs_automaton is None:
            return found
        folded = fold(text)
        for end, (n, iso) in self._signs_automaton.iter(folded):
            start = end - n + 1
            # whole words only: "peruanos" is a sign, "peruanista" is not
            if (start == 0 or not is_word_char(folded[start - 1])) and (end + 1 == len(folded) or not is_word_char(folded[end + 1])):
                if self._names_a_mission(folded, end + 1):
                    continue  # "the Mexican embassy": a country's body, in the story's own country
                found.append((start, end + 1, iso))
        return found

    def _names_a_mission(self, folded: str, end: int) -> bool:
        """A demonym right before an organisation word ("the Mexican embassy",
        ``after_organisation`` cues) names that body, no sign of the story's country."""
        rest = folded[end : end + MISSION_REACH].lstrip()
        return any(rest.startswith(w) and (len(rest) == len(w) or not is_word_char(rest[len(w)])) for w in self.cues.after_organisation)

    def lookup(self, name: str, country: str | None = None) -> list[Entry]:
        """Every entry called ``name`` (accents and case ignored), most
        prominent first."""
        ids = self._surfaces.get(fold(name.strip()), ())
        found = [self.entries[i] for i in ids]
        if country:
            found = [e for e in found if e.country == country.upper()]
        return sorted(found, key=lambda e: (-e.rank, e.id))

    def is_doubtful(self, surface: str) -> bool:
        """Whether a name is on the stoplist (also a word or a surname), so
        that finding it says little about which country a text is about."""
        key = fold(surface.strip())
        return key in self._never or key in self._needs_cue

    def patterns(self) -> Iterator[tuple[str, tuple[str, ...]]]:
        """``(folded surface form, entry ids)`` for a shared Aho-Corasick
        automaton; fold the text with ``kipu.geo.normalize.fold`` before
        matching. Capitalisation and stoplist rules are applied by ``scan``."""
        yield from self._surfaces.items()

    def scan(self, text: str, hits: Iterable[tuple[int, tuple[int, tuple[str, ...], bool]]] | None = None) -> list[PlaceMatch]:
        """Place names in ``text``: whole words, capitalised as the name is,
        longest match first, stoplist and cue rules applied. ``hits``: the
        name automaton's hits in the spaced folded text, if already walked
        (``kipu.extract.jointscan``)."""
        folded = fold(text)
        found = [(start, end, key) for start, end, key in self._whole_words(folded, hits) if self._capitalised(text, start, key)]
        matches: list[PlaceMatch] = []
        taken = bytearray(len(folded))  # characters already inside a longer name: linear, not pairwise
        for start, end, key in sorted(found, key=lambda m: (-(m[1] - m[0]), m[0])):
            if taken.find(1, start, end) >= 0:  # no copy of the slice
                continue
            if self._after_given_name(text, folded, start):
                taken[start:end] = b"\x01" * (end - start)  # a surname: no shorter name inside it either
                continue
            ids = self._filter(folded, start, key)
            if not ids:
                continue
            taken[start:end] = b"\x01" * (end - start)
            matches.append(PlaceMatch(Span(start, end), text[start:end], ids))
        return sorted(matches, key=lambda m: m.span.start)

    def _whole_words(
        self, folded: str, hits: Iterable[tuple[int, tuple[int, tuple[str, ...], bool]]] | None = None
    ) -> list[tuple[int, int, str]]:
        """(start, end, name) of every name standing as whole words in ``folded``.

        Read off the spaced text (``word_spaced``, padded with a space at each
        end) with the names between spaces: a hit there is a name that starts
        and ends a word of ``folded``, as the plain automaton's hits that the
        boundary tests keep (speed only: most plain hits start or end inside a
        word; the plain loop is the oracle of ``tests/test_speed_shortcuts.py``)."""
        found: list[tuple[int, int, str]] = []
        # the padded text's index ``i`` is ``folded``'s ``i - 1``, and a key ends with the space after its name
        if hits is None:
            hits = self._bounded.iter(" " + word_spaced(folded) + " ")
        for end, (size, keys, compare) in hits:
            start = end - 1 - size
            for key in keys:
                if not compare or folded[start : end - 1] == key:
                    found.append((start, end - 1, key))
        return found

    # -- rules ---------------------------------------------------------------
    def _after_given_name(self, text: str, folded: str, start: int) -> bool:
        """ "Juan Carlos Mendoza", "Rosa Flores", "Carlos Holmes Trujillo": a name
        one space after a capitalised given name, or after a surname that follows
        one, is a surname, not a place; after a settlement's
        head word ("Puerto Resistencia", ``name_heads.yaml``) it is part of an
        unknown settlement's name."""
        if start < 2 or text[start - 1] != " " or not self._given:
            return False
        j = start - 1
        while j > 0 and folded[j - 1].isalpha():
            j -= 1
        if j == start - 1 or not text[j].isupper():
            return False
        if folded[j : start - 1] in self._given:
            return True
        # "Carlos Holmes Trujillo": a second surname, after a first one after a given name
        if j < 2 or text[j - 1] != " ":
            return False
        i = j - 1
        while i > 0 and folded[i - 1].isalpha():
            i -= 1
        return i < j - 1 and text[i].isupper() and folded[i : j - 1] in self._given
    def _capitalised(self, text: str, start: int, key: str) -> bool:
        """Each word capitalised in the name must be capitalised in the text,
        except a leading generic word ("aeropuerto", "plaza") when a later word
        is capitalised; so "la unión de los trabajadores" is not La Unión."""
        mask = self._caps.get(key, ())
        if not mask:
            return True
        required = mask[1:] if len(mask) > 1 and mask[0] == 0 else mask
        for offset in required:
            ch = text[start + offset]
            if not (ch.isupper() or ch.isdigit()):
                return False
        return True

    def _filter(self, folded: str, start: int, key: str) -> tuple[str, ...]:
        known = self._static_ids.get(key)
        if known is not None:
            return known
        ids = self._surfaces[key]
        if key in self._town_never:
            ids = tuple(i for i in ids if self.entries[i].kind != "town")
        if key in self._never:
            ids = tuple(i for i in ids if not self.entries[i].stoppable)
        elif key in self._needs_cue and preceding_cue(folded, start, self.cues.locative) is None:
            # Foreign towns are exempt: they already need their country or
            # their division beside them ("Santa Cruz de Guanacaste").
            ids = tuple(i for i in ids if not self.entries[i].is_peru_subunit)
        if self._cue_landmarks and not self._cue_landmarks.isdisjoint(ids) and not self._cued(folded, start):
            ids = tuple(i for i in ids if i not in self._cue_landmarks)
        elif (key in self._never or key not in self._needs_cue) and self._cue_landmarks.isdisjoint(ids):
            # No cue looked for: the same readings wherever the name stands,
            # remembered per name (speed only).
            self._static_ids[key] = ids
        return ids

    def _cued(self, folded: str, start: int) -> bool:
        """A locative or seat cue right before the name ("frente al", "sede del", "outside the")."""
        return preceding_cue(folded, start, self.cues.locative) is not None or preceding_cue(folded, start, self.cues.seat) is not None


#: Towns at least this populous are known by name alone; smaller ones (and
#: those listed under ``town_needs_country``) need their country named or
#: inferred in the document, or their division named beside them.
TOWN_KNOWN_POPULATION = 150_000


def town_rank(population: int) -> int:
    """A town's prominence on the scale of the other entries (Peru's
    districts 1-2, provinces 3, departments and foreign divisions 3-4)."""
    return 3 if population >= 500_000 else 2 if population >= 100_000 else 1


def load_towns(path: Path, entries: Iterable[Entry], needs_country: set[str]) -> list[Entry]:
    """Entries for ``latam_towns.tsv`` rows whose division is in the
    gazetteer; each lies within its country and its division. A town already
    listed as an alias of its own division ("Guayaquil" for Guayas) is not
    added twice. Parsed by hand: it is the largest file loaded at start-up."""
    entries = list(entries)
    divisions = {(e.country, e.admin1): e.id for e in entries if e.kind == "admin1"}
    out: list[Entry] = []
    with path.open(encoding="utf-8") as fh:
        lines = [line.rstrip("\n").split("\t") for line in fh if not line.startswith("#")]
    header, rows = lines[0], lines[1:]
    col = {name: i for i, name in enumerate(header)}
    ii, ci, ni, ai, lat_i, lon_i, pi = (col[k] for k in ("id", "country", "name", "admin1", "lat", "lon", "population"))
    for row in rows:
        iso, name, admin1 = row[ci], row[ni], row[ai]
        parent = divisions.get((iso, admin1))
        if parent is None:
            continue
        population = int(row[pi])
        out.append(Entry(
            id=row[ii], name=name, kind="town", country=iso,
            admin1=admin1, lat=float(row[lat_i]), lon=float(row[lon_i]), rank=town_rank(population),
            within=(iso, parent), population=population,
            needs_country=population < TOWN_KNOWN_POPULATION or fold(name) in needs_country,
        ))
    return out


def _caps_mask(surface: str) -> tuple[int, ...]:
    """Offsets of the first letter of each capitalised word of ``surface``."""
    return tuple(m.start() for m in re.finditer(r"\b\w", surface) if surface[m.start()].isupper())
