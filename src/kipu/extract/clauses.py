"""One sentence, two places, two incidents: split it at the clause between them.

News leads join incidents in different regions in one sentence: "A protester
was killed in clashes in Arequipa on Thursday, as thousands of demonstrators
converged on Lima". Read whole, both regions would get one typing (the
killing) and neither its count. Split at the clause boundary between them,
each clause is read on its own: the killing in Arequipa with its count, the
march in Lima.

The split is taken only when it is unambiguous: every clause names exactly
one of the sentence's regions, and every clause has an incident word of its
own.

The same holds for a crowd's killing joined to the state's in one place: "17
civilians lay dead in Juliaca, and a police officer was killed by a mob later
that night" is two incidents (GUIDELINES: mob violence stays apart from police
killings), so ``split_mob_from_state`` cuts it where the mob's clause begins. "Clashes in Juliaca, Puno, and Cusco" (a list of places for one action)
has no trigger in its second part, so it stays one action in each region.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from kipu.extract.document import SentenceView
from kipu.extract.lexicon import alternation, date_names, lang_words, languages
from kipu.model import Place, Span
from kipu.textnorm import contains_any, fold

# Where one incident's clause ends and another's begins (folded or plain
# text: the words, in ``lang/<code>/clauses.yaml``, are lowercase ASCII).
_AFTER_COMMA = alternation(lang_words("clauses", "after_comma"), r"\s+")
_ANYWHERE = alternation(lang_words("clauses", "anywhere"), r"\s+")
_AND = alternation(lang_words("clauses", "before_incident", "conjunctions"), r"\s+")
_INCIDENT_NOUN = alternation(lang_words("clauses", "before_incident", "nouns"), r"\s+")
# "... y al día siguiente quemaron a un policía": a conjunction before the next day opens that day's clause
_NEXT_DAY = alternation(lang_words("clauses", "before_incident", "days"), r"\s+") or "(?!)"
# "... y el 9 de enero nos mataron a 17 hermanos", "... and on January 9 police killed 17": a conjunction
# before a day written with its month opens that day's clause, for the day split only (the region split
# reads "murieron 18 en Juliaca y el 15 de diciembre 10 en Huamanga" as a list with its own retry)
_MONTHS = alternation({n for lang in languages() for name in date_names(lang, "months") for n in (name.lower(), name.capitalize())})
_DAY_MONTH_LINKS = alternation(lang_words("dates", "day_month_links"), r"\s+")  # "9 de enero"
_DAY_OPENER = alternation(lang_words("clauses", "before_incident", "day_openers"), r"\s+")
_WRITTEN_DAY = re.compile(rf"\s+{_AND}\s+(?={_DAY_OPENER}\s+(?:\d{{1,2}}\s+(?:{_DAY_MONTH_LINKS}\s+)?{_MONTHS}|{_MONTHS}\s+\d{{1,2}})\b)")
# (the incident noun stays in the clause it opens: only the conjunction is cut)
_BEFORE_COUNT = alternation(lang_words("clauses", "before_count", "conjunctions"), r"\s+") or "(?!)"
_COUNT_WORD = alternation(lang_words("clauses", "before_count", "counts"), r"\s+") or "(?!)"
# "as many as 17", "such as 17", "as well as 17": no conjunction there
_NOT_AFTER = frozenset(lang_words("clauses", "before_count", "not_after"))
# a count right ahead: "dozens hurt", "decenas de heridos", "17 dead" (not a date: "9 de enero",
# "9 of January", a day and its ``day_month_links`` of dates.yaml; "9 January" has no lower-case word)
_COUNT_AHEAD = rf"(?:{_COUNT_WORD})\b|\d+\s+(?!{alternation(lang_words('dates', 'day_month_links'))}\b)[a-z]"
_BOUNDARIES = re.compile(
    rf"(?:,\s+{_AFTER_COMMA}\s+|;\s+|\s+{_ANYWHERE}\s+|\s+{_AND}\s+(?=(?:{_INCIDENT_NOUN}|{_NEXT_DAY})\b)|(?P<count>\s+{_BEFORE_COUNT}\s+(?={_COUNT_AHEAD})))"
)
_WORD_BEFORE = re.compile(r"(\w*)$")


def _boundaries(text: str) -> list[re.Match[str]]:
    """The clause boundaries of ``text``; a conjunction before a count only
    after a word that makes it none ("such as 17", "as many as 17") or a
    number ("between 2 and 3") is left out (the regex itself starts with
    the space, so it is tried cheaply at each position)."""
    out = []
    for m in _BOUNDARIES.finditer(text):
        if m.group("count") is not None:
            word = _WORD_BEFORE.search(text, 0, m.start()).group(1).lower()  # type: ignore[union-attr]
            if word in _NOT_AFTER or word[-1:].isdigit():
                continue
        out.append(m)
    return out
_INCIDENT = ("form", "riot", "strategic", "attack")

Where = list[tuple[Place | None, bool]]


def split_by_region(view: SentenceView, where: Where) -> list[tuple[SentenceView, Where]] | None:
    """Clause views of ``view``, each with the one region it names; None when
    the sentence is not two (or more) incidents in different regions."""
    if len(where) < 2 or any(p is None or p.span is None for p, _ in where):
        return None
    found = _split_at(view, where, _clause_bounds(view))
    if found is None and (counted := _clause_bounds(view, counts_after_comma=True)) is not None:
        # "Two killed in Andahuaylas, dozens hurt in Arequipa": each region's own toll, cut at the comma
        # (only when every region keeps a clause with a count of its own: "in Chiriguelo (Amambay), in
        # the early morning hours, six armed men ..." is no toll per region)
        found = _split_at(view, where, counted, ellipsis=True)
        if found is not None and (
            len(found) < len(where) or not counts_casualties(found[0][0], _TOLL)
            or not all(counts_casualties(v, _TOLL) or elliptical(v) for v, _ in found[1:])
        ):
            found = None
    return found


def counted_per_region(view: SentenceView, where: Where) -> bool:
    """Whether the sentence is a list of its regions' counts of one measure
    ("detained 20 people in Lima, 15 in Cusco and 4 in Puno"): each region has
    its own figure, so a strategic development there is one per region
    (GUIDELINES §2), not one nationwide event."""
    if len(view.quantities) < 2:
        return False  # (speed only: a list needs a number per region)
    clauses = split_by_region(view, where)
    return clauses is not None and any(elliptical(clause) for clause, _ in clauses[1:])


def elliptical(clause: SentenceView) -> bool:
    """A clause that is a bare number and its place ("two in Apurímac", "uno en
    Arequipa"): the count of the measure told in the clause before it. So is
    one that opens with that number and place and goes on with the day and
    cause of the whole list ("and 4 in Puno during the protests"): the protest
    word there is the list's, not another incident of that region."""
    if not clause.quantities or clause.has("measure"):
        return False
    return not any(m.category in _INCIDENT for m in clause.matches) or _opens_with_number_at_place(clause)


# "15 in Cusco", "4 en Puno", "dos en la provincia de Melgar": a number, a short preposition (and article)
_AT_PLACE = re.compile(r"\s+\w{1,3}(?:\s+\w{1,3})?\s+$")


def _opens_with_number_at_place(clause: SentenceView) -> bool:
    """The clause's first words are a bare number and the place it is counted at."""
    q = clause.quantities[0]
    base = clause.span.start
    if clause.text[: q.span.start - base].strip() or not clause.places:
        return False
    place = min(clause.places, key=lambda p: p.span.start)
    return place.span.start > q.span.end and bool(_AT_PLACE.fullmatch(clause.text, q.span.end - base, place.span.start - base))


def _split_at(view: SentenceView, where: Where, bounds: list[tuple[int, int]] | None, ellipsis: bool = False) -> list[tuple[SentenceView, Where]] | None:
    """``split_by_region`` at the clause ``bounds`` given; with ``ellipsis``, a
    bare number and its place ("two in Apurímac") tells its region's toll too."""
    if bounds is None:
        return None
    parts: list[tuple[SentenceView, Where]] = []
    opening: int | None = None  # where a leading clause with no place began
    for start, end in bounds:
        mine = [(p, e) for p, e in where if start <= p.span.start < end]  # type: ignore[union-attr]
        if not mine:
            if parts:  # a clause with no place of its own belongs to the one before
                prev, w = parts[-1]
                parts[-1] = (_clause(view, prev.span.start, end), w)
            elif opening is None:
                # "... enabled lethal force, as in Ayacucho on 15 December, when soldiers killed
                # ten, and in Juliaca on 9 January, when 17 died": the opening belongs to the first place's clause
                opening = start
            continue
        parts.append((_clause(view, start if opening is None or parts else opening, end), mine))
    regions = [{(p.country, p.admin1) for p, _ in w if p} for _, w in parts]
    if len(parts) < 2 or any(a & b for i, a in enumerate(regions) for b in regions[i + 1 :]):
        return None  # a region in two clauses: not one incident per clause
    told = [v for v, _ in parts if any(m.category in _INCIDENT for m in v.matches)]
    if len(told) < len(parts):
        # "Ten people were killed in Ayacucho after soldiers opened fire, and 18 died
        # in Juliaca": a clause that only counts its dead is its region's toll
        # (a list of regions' tolls, "detained 20 people in Lima, 15 in Cusco and 4 in Puno", counts arrests as well)
        told += [v for v, _ in parts if v not in told and (counts_casualties(v, _TOLL if ellipsis else _HARM) or ellipsis and elliptical(v))]
        told.sort(key=lambda v: v.span.start)
    if len(told) == len(parts):
        return parts if all(len(r) == 1 for r in regions) else None
    # "Transportistas de Huancayo y Arequipa acatan paro; en Lima Norte denuncian
    # amenazas": a clause that tells something else in its region (no incident
    # word, no count, a few words of its own) leaves that region out; a bare
    # "y en Cusco también" is the same action there.
    if not told or not all(v in told or _tells_something_else(v) for v, _ in parts):
        return None
    # "Los transportistas de Lima y Callao acataron un paro; en San Juan de
    # Lurigancho casi no circularon combis": the dropped clause's region is
    # also named by a told clause (Lima, whose district the detail gives), so
    # the action was there too: the sentence is read whole.
    named = {fold(m.surface) for v in told for m in v.places}
    if any(a and fold(a) in named for (v, _), r in zip(parts, regions) if v not in told for _, a in r):
        return None
    return [(v, w) for v, w in parts if v in told]


_WHERE_WORDS = alternation(lang_words("clauses", "where_clause"), r"\s+")
_WHERE = re.compile(rf",\s+{_WHERE_WORDS}\s", re.IGNORECASE)
# where a where-clause ends: the next clause of the main sentence (", and spread to ...")
_WHERE_END = re.compile(rf"(?:,\s+{_AND}\s|;)", re.IGNORECASE)
# between two places of one list: commas and a conjunction ("Maracay, Valencia and Coro"), or a
# place and the ones it holds ("districts of Caracas such as Petare")
_LIST_WORDS = alternation(lang_words("clauses", "where_clause_list_links"), r"\s+")
_LIST_LINK = re.compile(rf"\s*(?:,\s*)?(?:(?:{_AND}|{_LIST_WORDS})\s+)?", re.IGNORECASE)


def split_where_clauses(view: SentenceView, where: Where) -> list[tuple[SentenceView, Where]] | None:
    """Each region's reading of a sentence that tells what happened in some of
    its places in a where-clause of their own: "Protests broke out on Monday in
    Caracas and Petare, where residents banged pots and pans, and spread to
    Maracay, Valencia and Coro, where demonstrators toppled a statue". The
    statue's fall types Coro's protest, not Caracas's: a place reads the
    where-clause that follows it (before the next one) and none of the others.
    None unless the sentence has two or more regions and a where-clause with
    an incident word only some of its places own."""
    if len(where) < 2 or any(p is None or p.span is None for p, _ in where):
        return None
    clauses = []
    base = view.span.start
    for m in _WHERE.finditer(view.text):
        end = _WHERE_END.search(view.text, m.end())
        clauses.append((base + m.start(), base + (end.start() if end else len(view.text))))
    if not clauses:
        return None
    owner: dict[int, tuple[int, int] | None] = {}
    order = sorted(range(len(where)), key=lambda i: where[i][0].span.start)  # type: ignore[union-attr]
    for k, i in enumerate(order):
        span = where[i][0].span  # type: ignore[union-attr]
        # the where-clause it stands in ("..., where protesters stormed the Rodríguez Ballón airport"),
        # else the next one, when only the list's commas and "and"s stand between them ("Maracay,
        # Valencia and Coro, where ..."; not "bloqueos en 16 provincias y marchas en Quito, donde ...")
        inside = next(((a, b) for a, b in clauses if a <= span.start < b), None)
        if inside is not None:
            owner[i] = inside
            continue
        after = next(((a, b) for a, b in clauses if a >= span.start), None)
        upto = where[order[k + 1]][0].span.start if k + 1 < len(order) else None  # type: ignore[union-attr]
        if after is not None and upto is not None and upto < after[0] and not _LIST_LINK.fullmatch(view.text, span.end - base, upto - base):
            after = None
        owner[i] = after
    told = {c for c in clauses if any(c[0] <= m.start < c[1] and m.category in _INCIDENT for m in view.matches)}
    if not told or len({owner[i] for i in owner}) < 2:
        return None
    if len({frozenset({(where[i][0].country, where[i][0].admin1) for i in owner if owner[i] == c}) for c in set(owner.values())}) < 2:  # type: ignore[union-attr]
        return None
    out: list[tuple[SentenceView, Where]] = []
    for c in dict.fromkeys(owner.values()):
        others = [o for o in clauses if o != c]
        dates = [d for d in view.dates if not any(a <= d.span.start < b for a, b in others)]
        if c is not None and any(c[0] <= d.span.start < c[1] for d in dates):
            # "... spread to the capital, where thousands marched on Tuesday": the clause's own day
            dates = [d for d in dates if c[0] <= d.span.start < c[1]]
        reading = replace(view, matches=[m for m in view.matches if not any(a <= m.start < b for a, b in others)], dates=dates)
        reading.seal()
        out.append((reading, [where[i] for i in owner if owner[i] == c]))
    return out


_WHERE_ASIDE = re.compile(rf",\s+{_WHERE_WORDS}\s[^,;]*,", re.IGNORECASE)


_TRAILING_WHERE = re.compile(rf",\s+{_WHERE_WORDS}\s[^,;]*[.!?]?\s*$", re.IGNORECASE)


def trailing_where_clauses(view: SentenceView) -> list[tuple[int, int]]:
    """The absolute span of a where-clause that ends the sentence ("..., where
    soldiers opened fire on protesters on January 9."), if any."""
    base = view.span.start
    m = _TRAILING_WHERE.search(view.text)
    return [(base + m.start(), base + m.end())] if m else []


def where_asides(view: SentenceView) -> list[tuple[int, int]]:
    """The absolute spans of a place's asides between commas ("In Juliaca,
    where 18 people were killed on 9 January, ..."): what they tell is the
    place's past, not the sentence's news."""
    base = view.span.start
    return [(base + m.start(), base + m.end()) for m in _WHERE_ASIDE.finditer(view.text)]


def split_by_day(view: SentenceView, usable: Callable[[Any], bool]) -> list[SentenceView] | None:
    """Clause views of ``view``, each with the one day it tells; None when the
    sentence is not two (or more) incidents on different days in one place.

    "The strike follows a first stoppage on September 26, when most bus routes
    were suspended, and a second on October 10, when tens of thousands marched":
    a recap joins a movement's dated actions in one sentence. Each day with the
    clauses after it (up to the next day's clause) is read alone; a clause with
    no day joins the day's before it. Taken only when every part has exactly one
    usable day (``usable``), the days differ, and every part has an incident
    word of its own ("blocked the road on Monday, and on Tuesday police cleared
    it" stays one incident: its second part names only force)."""
    if len(view.dates) < 2:
        return None  # (speed only: most sentences give one day)
    days = [d for d in view.dates if usable(d)]
    if len(days) != len(view.dates):
        return None
    bounds = _clause_bounds(view, written_days=True)
    if bounds is None:
        return None
    groups: list[list[int]] = []  # [start, end, number of days]
    for start, end in bounds:
        n = sum(1 for d in days if start <= d.span.start < end)
        if groups and (n == 0 or groups[-1][2] == 0):
            groups[-1][1], groups[-1][2] = end, groups[-1][2] + n
        else:
            groups.append([start, end, n])
    if len(groups) < 2 or any(n != 1 for _, _, n in groups):
        return None
    parts = [_clause(view, start, end) for start, end, _ in groups]
    if len({(p.dates[0].range.start, p.dates[0].range.end) for p in parts}) < len(parts):
        return None
    told = [_tells_an_incident(p, parts[:i]) for i, p in enumerate(parts)]
    if not all(told):
        # "Cusco's airport suspended operations on Thursday, January 19; one protester was killed in
        # clashes on January 11": a semicolon joins two reports, each of its own day; the incident's
        # part keeps its day (the other tells no incident)
        if not any(told) or not all(";" in view.text[a.span.end - view.span.start : b.span.start - view.span.start] for a, b in zip(parts, parts[1:])):
            return None
        if any(not t and _tells_anything(p) for p, t in zip(parts, told)):
            return None  # ("...; the government declared an emergency on January 14": a measure of its own day)
        parts = [p for p, t in zip(parts, told) if t]
    if any(_BACKSTORY & set(view.text[max(0, d.span.start - view.span.start - BACKSTORY_REACH) : d.span.start - view.span.start].lower().split()) for d in days[1:]):
        return None  # "gathered on 9 January, as part of the strike that had resumed on 4 January": one incident and its backstory
    return parts


_DAY_INCIDENT = ("form", "riot")
# days written out or named ("on 9 January", "on Monday"), not counted from another ("the following days")
_WRITTEN_DAY_KINDS = ("explicit", "weekday")


def _tells_anything(part: SentenceView) -> bool:
    """Whether a part names any incident, measure or toll at all (a part that
    does not, "Cusco's airport suspended operations on Thursday", only dates
    itself)."""
    return any(m.category in (*_DAY_INCIDENT, "strategic", "attack", "state_response") or m.category == "measure" and m.label in ("fatalities", "injuries", "arrests") for m in part.matches)


def _tells_an_incident(part: SentenceView, before: list[SentenceView]) -> bool:
    """Whether a day's part of ``split_by_day`` tells an incident of its own: a
    protest or riot word; or force alone, when no part before it tells a
    protest with no force of its own ("el 21 de enero la Policía intervino la
    UNMSM y detuvo a 193 personas, y el 24 de enero los agentes usaron gases":
    two days of force; but "blocked the road on Monday, and on Tuesday police
    cleared it" is one roadblock, cleared)."""
    if any(m.category in _DAY_INCIDENT for m in part.matches) or part.has("strategic", "state_measure"):
        return True  # (a measure of its own day too: "Thousands marched on January 4; the government declared an emergency on January 14")
    if counts_casualties(part, ("fatalities",)) and all(d.kind in _WRITTEN_DAY_KINDS for d in part.dates):
        # ("..., and on Monday six soldiers drowned while fleeing a crowd": a named weekday is written too)
        # "El 9 de enero en Juliaca mataron a 17 hermanos y al día siguiente quemaron a un policía": the dead of
        # a day written out (not "two more died in the following days": more of the toll just told)
        return True
    return part.has("state_response") and all(p.has("state_response") or not any(m.category in _DAY_INCIDENT for m in p.matches) for p in before)
# "marched on Monday, a week after police killed a teenager during a raid": a
# killing or wounding by the state is an incident of its own day as well.
_EARLIER_FORCE = ("killings", "live_ammunition", "beatings")
_BACKSTORY = frozenset(w.lower() for w in lang_words("dates", "backstory"))
BACKSTORY_REACH = 40  # chars before a later day within which a pluperfect makes it the backstory's (as dates.BACKSTORY_REACH)


_HARM = ("fatalities", "injuries")
_TOLL = ("fatalities", "injuries", "arrests")


def counts_casualties(clause: SentenceView, measures: tuple[str, ...] = _HARM) -> bool:
    """A number and a death or injury word in the clause ("and 18 died in Juliaca");
    with ``measures`` = ``_TOLL``, an arrest word too ("detained 20 people in Lima")."""
    return bool(clause.quantities) and any(m.category == "measure" and m.label in measures for m in clause.matches)


OWN_WORDS = 2  # full words besides its places and dates that make a clause more than an ellipsis
_FULL_WORD = re.compile(r"[^\W\d_]{4,}")  # "denuncian", "amenazas"; not "en", "on", "y"


# the complementizer after a reporting verb ("said that", "dijo que"): what follows is what was reported
_REPORTED_THAT_WORDS = alternation(lang_words("clauses", "reported_that"), r"\s+")
_REPORTED_THAT = re.compile(rf"^.*\b(?:{_REPORTED_THAT_WORDS})\b", re.IGNORECASE | re.DOTALL)


def _tells_something_else(clause: SentenceView) -> bool:
    """A clause with no incident word or count and words enough of its own
    ("en Lima Norte denuncian amenazas"), not "and in Cusco on Monday"."""
    if clause.quantities or any(m.category in ("measure", "state_response") for m in clause.matches):
        return False
    text = clause.text
    base = clause.span.start
    cut = [p.span for p in clause.places] + [d.span for d in clause.dates]
    for span in sorted(cut, key=lambda s: s.start, reverse=True):
        text = text[: max(0, span.start - base)] + " " + text[max(0, span.end - base) :]
    said = _REPORTED_THAT.search(text)
    if said is not None and (clause.places or clause.dates):
        # "The commission said that in Juliaca on January 9, and in Ayacucho on December 15, state agents
        # made lethal use of force": past the reporting verb's "that", only a place and a day, which share
        # the next clause's predicate (read as the sentence's first incident, not as something else)
        text = text[said.end() :]
    return len(_FULL_WORD.findall(text)) >= OWN_WORDS


def _clause(view: SentenceView, start: int, end: int) -> SentenceView:
    """The part of ``view`` between absolute offsets ``start`` and ``end``."""
    base = view.span.start

    def inside(span: Span) -> bool:
        return start <= span.start < end

    return SentenceView(
        sentence=replace(view.sentence, span=Span(start, end)),
        text=view.text[start - base : end - base],
        matches=[m for m in view.matches if start <= m.start < end],
        dates=[d for d in view.dates if inside(d.span)],
        quantities=[q for q in view.quantities if inside(q.span)],
        places=[p for p in view.places if inside(p.span)],
    )


_DAYS_BEFORE = {
    n: re.compile(r"(?:^\s*|,\s+)" + alternation(lang_words("clauses", "days_before", key), r"\s+") + r"\s", re.IGNORECASE)
    for n, key in ((1, "one"), (2, "two"), (3, "three"), (7, "seven"))
}


_OPENER = re.compile(rf",\s+{_AFTER_COMMA}\s", re.IGNORECASE)


# A name set off by commas: "a police officer, José Luis Soncco, was burned" (capitalised
# words, and the ``apposed_name_links`` of clauses.yaml between them: "de", "del").
_APPOSED_NAME = re.compile(rf",\s*(?:[A-ZÁÉÍÓÚÑ][\w'’.-]*\s*(?:{alternation(lang_words('clauses', 'apposed_name_links'))}\s+)?)+(?=,)")


def _comma_past_names(text: str, start: int) -> int:
    """The first comma after ``start`` that ends a clause: a person's name
    set off by two commas stands in its clause ("a day after a police
    officer, José Luis Soncco, was burned to death"), so the clause runs
    on past both. -1 when there is none."""
    comma = text.find(",", start)
    while comma >= 0 and (m := _APPOSED_NAME.match(text, comma)):
        comma = text.find(",", m.end() + 1)
    return comma


def split_days_before(view: SentenceView, dateline: Callable[[Any], bool]) -> tuple[SentenceView, SentenceView, int] | None:
    """(main clause, earlier clause, days between) when the sentence tells a
    dated incident and another one a day or a few before it: "Protesters
    blocked highways on Friday, a day after thousands marched in Lima", "A
    day after a march in Arequipa, transport workers went on strike in Tacna
    on Tuesday". Two incidents, the earlier on its own day and at its own
    place; its clause runs from the phrase to the next comma. Taken only when
    the main clause alone gives a day and the earlier clause has an incident
    word of its own ("a day after Congress rejected early elections" tells no
    incident: no split). ``dateline``: whether a date mention is the wire's
    dateline's."""
    if not view.dates:
        return None
    folded = fold(view.text)
    found, days = next(((m, n) for n, pattern in _DAYS_BEFORE.items() if (m := pattern.search(folded))), (None, 0))
    if found is None:
        return None
    base = view.span.start
    cut, cut_end = base + found.start(), base + found.end()
    if len([d for d in view.dates if not cut <= d.span.start < cut_end and not dateline(d)]) != 1:
        return None  # (the phrase itself may read as a date, "un día después"; a wire's dateline dates nothing)
    comma = _comma_past_names(view.text, found.end())
    earlier = _clause(view, cut_end, base + comma if comma >= 0 else view.span.end)
    if view.text[found.start() : found.end()].lstrip().startswith(","):
        main = _clause(view, base, cut)
        if (
            comma >= 0 and not _OPENER.match(view.text, comma) and not any(m.category in _DAY_INCIDENT for m in main.matches)
            and any(m.category in _DAY_INCIDENT for m in _clause(view, base + comma, view.span.end).matches)
        ):
            # what follows goes on with the main incident: "On Thursday, a day after the emergency was declared,
            # a crowd marched" (after a main clause with its own incident, "thousands marched on Friday, a week
            # after a protest exploded into riots, arson and looting", it goes on with the earlier one)
            return None
    elif comma >= 0:
        main = _clause(view, base + comma + 1, view.span.end)  # the sentence opens with the phrase
    else:
        return None
    if not main.dates or not any(
        m.category in _DAY_INCIDENT or m.category == "state_response" and m.label in _EARLIER_FORCE
        # "..., a day after police raided the university and detained nearly 200 people": a raid of its own day
        or m.category == "strategic" and m.label == "arrests"
        for m in earlier.matches
    ):
        return None
    return main, earlier, days


def back_reference_end(view: SentenceView) -> int | None:
    """ "The killings in Pichanaki came one day after soldiers killed 10 people
    in Ayacucho": the subject, opened by a determiner, points back at an incident
    already told (its town is not this sentence's scene); the news the sentence
    adds is the earlier incident after "after". The absolute offset where the
    subject ends (at the verb), or None. Gated on the verb word (speed)."""
    if not contains_any(view.text, _CAME_GATE):
        return None
    m = _CAME_AFTER.match(view.text)
    return None if m is None else view.span.start + m.end()


_CAME_WORDS = lang_words("clauses", "came_after", "verbs")
_CAME_GATE = tuple(f" {w} " for w in _CAME_WORDS)
_SPACES = r"\s+"
_CAME_DETERMINERS = alternation(lang_words("clauses", "came_after", "determiners"), _SPACES)
_CAME_VERBS = alternation(_CAME_WORDS, _SPACES)
_CAME_AFTER_WORD = alternation(lang_words("clauses", "came_after", "after"), _SPACES)
# the subject (a determiner, no comma or clause break), the verb, then up to three words before "after"
_CAME_AFTER = re.compile(
    rf"\s*{_CAME_DETERMINERS}\s[^,;:.]{{1,60}}?\s(?={_CAME_VERBS}\s+(?:[\w-]+\s+){{0,3}}{_CAME_AFTER_WORD}\s)",
    re.IGNORECASE,
)


def split_measure_after_toll(view: SentenceView, incident_counts: list[Any]) -> tuple[SentenceView, SentenceView] | None:
    """(measure's clause, toll's clause) when a state measure is told as the
    answer to an incident with its dead or wounded: "Duque ordered the army
    into Cali on Friday night after a day of clashes in which at least 13
    people were killed", "After clashes killed 13 in Juliaca, the government
    declared a state of emergency". Two events of two families (GUIDELINES
    §2): the measure, and the incident with its toll; read whole, the measure
    took the dead. A cause with no count ("after violent protests") stays the
    measure's backdrop (``classify.strategic_leads``), and so does a total
    ("after a week of protests left nine dead": none of ``incident_counts``).
    A protest told first and the measure joined after it in a clause of its own
    ("Bus drivers in Lima stopped work on October 10, and the government
    declared a state of emergency in 14 districts of the capital") is two
    events as well (``_toll_then_measure``)."""
    measures = [m for m in view.of("strategic") if m.label == "state_measure"]
    after = view.of("sequence", "after")
    if not measures:
        return None
    if not after:
        return _toll_then_measure(view, measures, incident_counts)
    if not view.quantities:
        return None
    base = view.span.start
    cue = after[0]
    if view.text[: cue.start - base].strip():
        # "ordered the army into Cali ... after a day of clashes ...": the toll's clause runs to the end
        main, earlier = _clause(view, base, cue.start), _clause(view, cue.end, view.span.end)
    else:
        comma = view.text.find(",", cue.end - base)
        if comma < 0:
            return None  # "After clashes killed 13, ...": the leading clause ends at its comma
        earlier, main = _clause(view, cue.end, base + comma), _clause(view, base + comma + 1, view.span.end)
    if not any(main.span.start <= m.start < main.span.end for m in measures):
        return None
    if any(m.category in _DAY_INCIDENT for m in main.matches) or not counts_casualties(earlier):
        return None  # the measure's own clause tells a protest, or the cause counts no one
    if not any(
        c.measure in ("fatalities", "injuries") and c.figure.span is not None and earlier.span.start <= c.figure.span.start < earlier.span.end
        for c in incident_counts
    ):
        return None
    return main, earlier


_JUXTAPOSED = re.compile(rf"[,;]\s+(?:(?:{_AND})\s+)?|\s+(?:{_AND})\s+")


def _toll_then_measure(view: SentenceView, measures: list[Any], incident_counts: list[Any]) -> tuple[SentenceView, SentenceView] | None:
    """(measure's clause, toll's clause) of a toll and a measure set side by
    side, the toll first: "17 dead in Juliaca clashes, curfew declared in Puno",
    "17 muertos en enfrentamientos en Juliaca y toque de queda en Puno"; with no
    toll, a protest or riot told first with a day of its own ("blocked roads
    across Puno on Saturday, and the government imposed a curfew in the
    region"). Only where the
    measure's clause has no incident word or count of its own."""
    tolls = [c.figure.span.start for c in incident_counts if c.measure in ("fatalities", "injuries") and c.figure.span is not None]
    protest = not tolls
    if protest:
        # "Bus drivers in Lima stopped work on October 10, and the government declared a state of emergency
        # in 14 districts of the capital": a protest told first, then the measure in a clause of its own
        tolls = [m.start for m in view.matches if m.category in _DAY_INCIDENT and m.end <= measures[0].start]
        if not tolls:
            return None
    base = view.span.start
    first = min(m.start for m in measures)
    for sep in _JUXTAPOSED.finditer(view.text):
        cut, cut_end = base + sep.start(), base + sep.end()
        if not (max(tolls) < cut and cut_end <= first):
            continue
        earlier, main = _clause(view, base, cut), _clause(view, cut_end, view.span.end)
        if any(m.category in _DAY_INCIDENT or m.category == "measure" for m in main.matches) or not (protest or counts_casualties(earlier)):
            return None
        if protest and (not earlier.dates or main.dates):
            # (a measure of a day of its own is split by days: ``split_by_day``)
            # ("As Boluarte tried to stem the protests, which saw blockades of highways and airports invaded, the
            # government declared a state of emergency on Dec. 14": protests described, no incident of a day)
            return None
        return main, earlier
    return None


def clause_view(view: SentenceView, start: int, end: int) -> SentenceView:
    """The part of ``view`` between absolute offsets ``start`` and ``end``, for
    readers of other modules that cut a sentence at boundaries of their own."""
    return _clause(view, start, end)


def split_mob_from_state(view: SentenceView) -> list[SentenceView] | None:
    """The sentence's clauses when one tells a crowd killing or beating someone
    (``riot``/``mob_violence``) and another a casualty count or force of its
    own; None otherwise. Each clause is then read alone."""
    mob = [m for m in view.matches if m.category == "riot" and m.label == "mob_violence"]
    if not mob:
        return None
    base = view.span.start
    found = _boundaries(view.text)
    cut = next((base + m.start() for m in found if base + m.start() < mob[0].start), None)
    cut_end = next((base + m.end() for m in found if base + m.start() == cut), None) if cut else None
    if cut is None or cut_end is None:
        return None
    first, second = _clause(view, base, cut), _clause(view, cut_end, view.span.end)
    told = ("measure", "state_response", "riot", "form")
    if not any(m.category in told for m in first.matches) or any(m.category == "riot" and m.label == "mob_violence" for m in first.matches):
        return None
    return [first, second]


def clause_at(view: SentenceView, offset: int) -> SentenceView | None:
    """The clause of ``view`` (cut at the same boundaries as above) holding the
    absolute offset ``offset``; None when the sentence is one clause."""
    for start, end in _clause_bounds(view) or ():
        if start <= offset < end:
            return _clause(view, start, end)
    return None


def incident_clause(view: SentenceView) -> SentenceView | None:
    """The one clause of ``view`` that holds all its incident words, when the
    sentence has several clauses; None otherwise ("demonstrators blocked
    highways in eight regions, and 5,000 tourists were stranded in Cusco":
    the first clause)."""
    bounds = _clause_bounds(view)
    words = [m for m in view.matches if m.category in _INCIDENT]
    if bounds is None or not words:
        return None
    held = {next((b for b in bounds if b[0] <= m.start < b[1]), None) for m in words}
    if len(held) != 1 or None in held:
        return None
    start, end = held.pop()  # type: ignore[misc]
    return _clause(view, start, end)


# A sentence opened by a subordinate clause ("Tras la marcha del lunes en Arequipa,
# este martes ...", "While thousands marched in Lima, in Puno police ..."): its
# first comma ends that clause.
_LEADING = re.compile(r"\s*" + alternation(lang_words("clauses", "leading"), r"\s+") + r"\b[^,;]*(,\s*)", re.IGNORECASE)


# where a region's own count starts a clause in the region split's retry: a comma, or a list's
# conjunction ("Six were killed in Ayacucho, two in Apurímac and one in Arequipa")
_COMMA = re.compile(rf",\s+(?:{_AND}\s+)?|\s+{_AND}\s+", re.IGNORECASE)
_LEAD_IN = re.compile(r"(?:[^\W\d_]+\s+){0,4}")  # "at least", "more than", "al menos", "la policía mató a" before the figure


def _counts_after_comma(view: SentenceView) -> list[tuple[int, int]]:
    """The commas (and list conjunctions) of ``view`` a count follows right away
    ("Two killed in Cusco, dozens hurt in Arequipa"). Only the region split reads them as clause
    boundaries: every clause must then name its own region, so "dos
    fallecidos, 25 heridos y diez detenidos en Juliaca", one place's toll,
    is never cut."""
    if len(view.quantities) < 2:
        return []
    base = view.span.start
    starts = {q.span.start - base for q in view.quantities}
    out = []
    skip = -1  # the end of a date a cut took in ("y el 15 de diciembre, 10 en Huamanga"): no cut again after it
    for m in _COMMA.finditer(view.text):
        if m.start() < skip:
            continue
        at = _dated_lead_in(view, m.end())
        if at != m.end():
            skip = at
        lead = _LEAD_IN.match(view.text, at)
        if lead is not None and any(at <= s <= lead.end() and _LEAD_IN.fullmatch(view.text, at, s) for s in starts):
            out.append((base + m.start(), base + m.end()))
        elif at != m.end():
            skip = -1
    return out


_DATE_TAIL = re.compile(r"[\s,]*")
_DATE_LEAD = re.compile(r"(?:[^\W\d_]{1,3}\s+){0,2}")  # "on", "el", "and on" before a clause's own date


def _dated_lead_in(view: SentenceView, at: int) -> int:
    """Where a region's count may start after a cut at ``at`` (offsets in the
    sentence): past a date of its own that opens the clause ("Eighteen died in
    Juliaca on January 9 and on December 15, ten in Huamanga", "murieron 18
    personas en Juliaca y el 15 de diciembre 10 en Huamanga"), else ``at``."""
    if not view.dates:
        return at
    base = view.span.start
    for d in view.dates:
        start, end = d.span.start - base, d.span.end - base
        if start >= at and _DATE_LEAD.fullmatch(view.text, at, start):
            return _DATE_TAIL.match(view.text, end).end()  # type: ignore[union-attr]
    return at


def _clause_bounds(view: SentenceView, counts_after_comma: bool = False, written_days: bool = False) -> list[tuple[int, int]] | None:
    """(start, end) of each clause of ``view``: each runs from the end of one
    boundary to the start of the next (with ``counts_after_comma``, a comma
    before a count is one too; with ``written_days``, a conjunction before a
    day written with its month). None when the sentence has no boundary."""
    base = view.span.start
    cuts = [(base + m.start(), base + m.end()) for m in _boundaries(view.text)]
    if written_days:
        days = [(base + m.start(), base + m.end()) for m in _WRITTEN_DAY.finditer(view.text)]
        cuts = sorted([*cuts, *(c for c in days if not any(a <= c[0] < b or c[0] <= a < c[1] for a, b in cuts))])
    if counts_after_comma:
        extra = [c for c in _counts_after_comma(view) if not any(a <= c[0] < b or c[0] <= a < c[1] for a, b in cuts)]
        if not extra:
            return None
        cuts = sorted([*cuts, *extra])
    lead = _LEADING.match(view.text)
    if lead is not None:
        cut = (base + lead.start(1), base + lead.end(1))
        if not any(a <= cut[0] < b or cut[0] <= a < cut[1] for a, b in cuts):
            cuts = sorted([*cuts, cut])
    if not cuts:
        return None
    return list(zip([base, *(b for _, b in cuts)], [*(a for a, _ in cuts), view.span.end]))
