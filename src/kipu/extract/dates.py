"""Date expressions in text, resolved against the publication date.

An event's date is "the earliest and latest day the article supports"
(GUIDELINES §2 "date"), and most articles write dates relative to the day
they were published: "on Thursday", "ayer", "last week", "el 9 de enero"
(whose year is implied). This module finds those expressions and turns each
into a :class:`~kipu.model.DateRange`.

Regexes built from ``lang/<lang>/dates.yaml`` do the work: they are fast,
deterministic and know about ranges ("del 13 al 15 de noviembre"), which
dateparser does not. dateparser is only a cached fallback in
:func:`resolve_date` for a phrase the patterns do not cover.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any


from kipu.extract import wordgate
from kipu.extract.lexicon import known_lang_data
from kipu.extract.warmup import per_language
from kipu.extract.wordgate import EndGate, Heads, word_count
from kipu.model import DateRange, Span, slot_setters
from kipu.textnorm import phrase_key

# A year-less date is put in the publication year unless that lands more than
# this many days after publication (then it is last year's): articles report
# the past, but do announce what happens in the next few days.
FUTURE_GRACE_DAYS = 3
NEAR_FUTURE_DAYS = 45  # days ahead within which a day written without its year may be a plan's day
MAX_LASTED_DAYS = 120  # "18 días de paro"; longer spans are history, not a date
KINDS = ("explicit", "relative", "weekday", "range", "month", "year", "since", "anchor", "elapsed")
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}

_SP = r"[ \t\u00a0]+"
_OSP = r"[ \t\u00a0]*"


@dataclass(frozen=True, slots=True, init=False)
class DateMention:
    """One date expression: where it is, what it means, and how it was read.

    ``anchor_needed`` marks expressions relative to another date in the text
    ("al día siguiente"); their ``range`` was computed from the date at
    ``anchor`` and is only as good as that choice.

    Slotted and built through its slot setters, as ``kipu.model.Span``: a
    few dozen per article (speed only; still frozen, equal and hashed the
    same, and ``dataclasses.replace`` works as before).
    """

    span: Span
    range: DateRange
    kind: str
    anchor_needed: bool = False
    anchor: Span | None = None
    offset_days: int | None = None

    def __init__(
        self, span: Span, range: DateRange, kind: str, anchor_needed: bool = False,
        anchor: Span | None = None, offset_days: int | None = None,
    ) -> None:
        _DM_SPAN(self, span)
        _DM_RANGE(self, range)
        _DM_KIND(self, kind)
        _DM_ANCHOR_NEEDED(self, anchor_needed)
        _DM_ANCHOR(self, anchor)
        _DM_OFFSET_DAYS(self, offset_days)


_DM_SPAN, _DM_RANGE, _DM_KIND, _DM_ANCHOR_NEEDED, _DM_ANCHOR, _DM_OFFSET_DAYS = slot_setters(DateMention)


# --------------------------------------------------------------------------- lexicon


def _alt(words: Any, *, flags: str = "") -> str:
    """Regex alternation, longest first; words with spaces match any spacing."""
    items = sorted({str(w) for w in words or [] if str(w)}, key=lambda w: (-len(w), w))
    body = "|".join(re.escape(w).replace("\\ ", _SP) for w in items) or r"(?!x)x"
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


class _MonthPartOf(dict):
    """A month's prefix as written -> whether it is one of ``month_parts``, worked out on
    first sight: a subscript of a key seen before is no Python call (speed only)."""

    def __init__(self, month_parts: dict[str, tuple[int, int]]):
        super().__init__()
        self.month_parts = month_parts

    def __missing__(self, prefix: str) -> bool:
        hit = self[prefix] = phrase_key(prefix) in self.month_parts
        return hit


class _DateLex:
    """One language's date words and the patterns built from them."""

    def __init__(self, data: dict[str, Any], lang: str) -> None:
        self.lang = lang
        self.case_sensitive = bool(data.get("case_sensitive_names"))
        self.numeric_order = str(data.get("numeric_order") or "DMY").upper()
        key = (lambda s: s) if self.case_sensitive else (lambda s: s.lower())
        self.key = key
        self.months: dict[str, int] = self._numbered_names(data.get("months"))
        self.weekdays: dict[str, int] = self._numbered_names(data.get("weekdays"))
        lo = lambda d: {phrase_key(k): v for k, v in (d or {}).items()}  # noqa: E731
        self.wd_before: dict[str, str] = lo(data.get("weekday_before"))
        self.wd_after: dict[str, str] = lo(data.get("weekday_after"))
        # "of 2020, when ...": a clause after a bare year that dates its days in that year
        self.year_clause_openers: tuple[str, ...] = tuple(str(w).lower() for w in data.get("year_clause_openers") or [])
        self.rel_days: dict[str, int] = {k: int(v) for k, v in lo(data.get("relative_days")).items()}
        # "exactly a month ago", "hace exactamente un mes": that very day, N months or years back
        self.ago_exact_words: frozenset[str] = frozenset(phrase_key(w) for w in data.get("ago_exact_words") or [])
        # "hace casi un mes": an approximate ago phrase, and where it may date an incident (``_approximate_ago_dates``)
        self.ago_approx_words: frozenset[str] = frozenset(phrase_key(w) for w in data.get("ago_approx_words") or [])
        self.ago_approx_openers: frozenset[str] = frozenset(phrase_key(w) for w in data.get("ago_approx_openers") or [])
        self.ago_approx_endings: tuple[str, ...] = tuple(str(w) for w in data.get("ago_approx_preterite_endings") or [])
        # "late last month", "a comienzos de mes": a part of the month, its first and last day after the offset
        self.rel_parts: dict[str, tuple[int, int]] = {k: (int(v[2]), int(v[3])) for k, v in lo(data.get("relative_periods")).items() if len(v) == 4}
        self.rel_periods: dict[str, tuple[str, int]] = {
            k: (str(v[0]), int(v[1])) for k, v in lo(data.get("relative_periods")).items()
        }
        # "a few days ago", "en los últimos días": a span of days before publication, [first, last] as offsets
        self.rel_spans: dict[str, tuple[int, int]] = {k: (int(v[0]), int(v[1])) for k, v in lo(data.get("relative_spans")).items()}
        # "on Christmas Eve", "en Nochebuena": a day of the year by its name, [month, day]
        self.holidays: dict[str, tuple[int, int]] = {k: (int(v[0]), int(v[1])) for k, v in lo(data.get("holidays")).items()}
        self.anchor_rel: dict[str, int] = {k: int(v) for k, v in lo(data.get("anchor_relative")).items()}
        # "that weekend", "ese fin de semana": the weekend of the day just told
        self.anchor_weekend: frozenset[str] = frozenset(phrase_key(w) for w in data.get("anchor_weekend") or [])
        # "durante el mes", "en ese mes": the whole month of the date just told
        self.anchor_month: frozenset[str] = frozenset(phrase_key(w) for w in data.get("anchor_month") or [])
        # "durante el mes de enero", "el mes pasado": words after it that name the month themselves
        after = data.get("anchor_month_named_after") or []
        self.month_words_after = re.compile(rf"\s+(?:{_alt(set(after), flags='i')})\b") if after else None
        # "días antes", "days earlier": no count, a few days before the day just told, [first, last] as offsets
        self.anchor_spans: dict[str, tuple[int, int]] = {k: (int(v[0]), int(v[1])) for k, v in lo(data.get("anchor_spans")).items()}
        # "in the weeks after", "en las semanas siguientes": a span after the day just told, [first, last] as offsets
        self.anchor_after_spans: dict[str, tuple[int, int]] = {k: (int(v[0]), int(v[1])) for k, v in lo(data.get("anchor_after_spans")).items()}
        self.anchor_span_not_before: frozenset[str] = frozenset(phrase_key(w) for w in data.get("anchor_span_not_before") or [])
        self.anchor_span_aux: frozenset[str] = frozenset(phrase_key(w) for w in data.get("anchor_span_aux") or [])
        self.anchor_span_subordinators: frozenset[str] = frozenset(phrase_key(w) for w in data.get("anchor_span_subordinators") or [])
        self.night_rel: dict[str, int] = {k: int(v) for k, v in lo(data.get("night_relative")).items()}
        self.year_parts: dict[str, tuple[int, int]] = {
            phrase_key(k): (int(v[0]), int(v[1])) for k, v in (data.get("year_parts") or {}).items()
        }
        self.anchor_distal = frozenset(phrase_key(w) for w in data.get("anchor_distal") or [])
        # "on the first day", "el primer día": a day of the run just told, counted from its first day
        self.run_day_anchors = frozenset(phrase_key(w) for w in data.get("run_day_anchors") or [])
        # "on the second day of a three-day strike": the run introduced right after such a day
        introduced = [re.escape(str(w)).replace(r"\ ", r"\s+") for w in data.get("run_day_introduced") or []]
        self.run_introduced = re.compile(rf"\s+(?:{'|'.join(introduced)})\b", re.IGNORECASE) if introduced else None
        back = [re.escape(str(w)).replace(r"\ ", r"\s+") for w in data.get("return_to_place") or []]
        # "Back in Juliaca, the night after ...": the place a sentence returns to, then its comma
        self.return_to_place = re.compile(rf"(?:^|(?<=[.!?\n])\s*)(?:{'|'.join(back)})\s+([^\W\d_][^,.;:\n]{{1,40}}?)\s*,", re.IGNORECASE) if back else None
        # "less than a week after taking office": a length before "a week after", no day counted on
        qualifiers = [re.escape(phrase_key(w)).replace(r"\ ", r"\s+") for w in data.get("duration_qualifiers") or []]
        self.duration_before = re.compile(rf"\b(?:{'|'.join(qualifiers)})\s+$", re.IGNORECASE) if qualifiers else None
        came = [re.escape(w) for w in data.get("came_before") or []]
        self.came_before = re.compile(rf"\b(?:{'|'.join(came)})\s+$", re.IGNORECASE) if came else None
        self.came_after = tuple(str(w).lower() for w in data.get("came_after") or [])  # "nine days after"
        # "last December", "el pasado diciembre", "en enero pasado": the latest such month
        # before the publication's own (kipu.extract.dates._resolve, kind "month").
        self.month_past = frozenset(phrase_key(w) for w in data.get("month_past_prefixes") or [])
        past_after = data.get("month_past_after") or []
        self.month_past_after = re.compile(rf"{_SP}{_alt(past_after, flags='i')}(?!\w)") if past_after else None
        self.night_not_after = frozenset(phrase_key(w) for w in data.get("night_not_after") or [])
        # "aquel 9 de enero": a remembered day, never the report's own nor one ahead (``_remembered_day``)
        self.remembered_prefixes = frozenset(phrase_key(w) for w in data.get("remembered_day_prefixes") or [])
        # "El 7 de diciembre vacaron a Castillo" on 7 December, a year on (``_told_on_its_anniversary``)
        self.anniversary_openers = frozenset(phrase_key(w) for w in data.get("anniversary_day_openers") or [])
        # "aquel lunes de enero": the month only places the weekday told (``_month_of_the_weekday``)
        self.weekday_month_links = frozenset(phrase_key(w) for w in data.get("weekday_month_links") or [])
        # a weekday told in the future tense (``_told_ahead``)
        endings = data.get("future_verb_endings") or []
        self.future_ending = re.compile(rf"\w\w\w(?:{_alt(endings)})$", re.IGNORECASE) if endings else None
        self.future_links = frozenset(phrase_key(w) for w in data.get("future_links") or [])
        participle = data.get("future_blocking_endings") or []
        self.past_participle = re.compile(rf"\w\w(?:{_alt(participle)})$", re.IGNORECASE) if participle else None
        markers = data.get("future_markers") or []
        self.future_markers = re.compile(rf"(?<!\w){_alt(markers, flags='i')}(?!\w)") if markers else None
        # "desde este lunes": the weekday of the report itself, in a "since" (``_since_weekday``)
        self.this_weekday = frozenset(phrase_key(w) for w in data.get("this_weekday") or [])
        # "A year ago, on January 9, 2023": the word that may link a counted day to the day written beside it
        self.apposed_links = frozenset(f", {w} " for w in data.get("apposed_links") or [])
        self.backstory = frozenset(phrase_key(w) for w in data.get("backstory") or [])
        # "a strike that had begun on 4 January", "el paro que se había iniciado el 4 de enero": a
        # pluperfect relative clause right before a day tells a movement's past, wherever the story's day was told
        relatives = data.get("backstory_relatives") or []
        auxiliaries = sorted(self.backstory | set(data.get("backstory") or []))
        reflexive = _alt(data.get("backstory_reflexives") or [])  # "que se había iniciado"
        self.backstory_clause = re.compile(
            rf"\b{_alt(relatives, flags='i')}\s+(?:{reflexive}\s+)?{_alt(auxiliaries, flags='i')}\s+\w+\s+(?:\w+\s+)?$"
        ) if relatives and auxiliaries else None
        # "in late December", "a mediados de enero": the part of the month a prefix names, [first day, last day]
        self.month_parts: dict[str, tuple[int, int]] = {k: (int(v[0]), int(v[1])) for k, v in lo(data.get("month_parts")).items()}
        # a prefix as written -> whether it names a month part, filled on first sight (speed only)
        self.month_part_of: dict[str, bool] = _MonthPartOf(self.month_parts)
        # the same part right before a month written with its year ("in late February 2023")
        self.month_part_before = (
            re.compile(rf"(?<!\w)(?P<pre>{_alt(data.get('month_parts') or {}, flags='i')}){_SP}\Z") if self.month_parts else None
        )
        self.units: dict[str, str] = {}
        for unit, names in (data.get("units") or {}).items():
            for name in names or []:
                self.units[phrase_key(name)] = str(unit)
        self.weak_joiners = {phrase_key(w) for w in data.get("weak_joiners") or []}
        self.since_not_range = {phrase_key(w) for w in data.get("since_not_range_joiners") or []}
        times = data.get("since_counted_times") or []
        self.times_before = re.compile(rf"(?<!\w)(?:{_alt(times, flags='i')})\s*$") if times else None
        # "on 10 and 23 October", "el 10 y el 23 de octubre": two days named, not the run between them.
        self.pair_joiners = frozenset(phrase_key(w) for w in data.get("pair_joiners") or [])
        # "on 9 January last year": a year period written right after a year-less day names its year.
        year_periods = [k for k, (unit, _) in self.rel_periods.items() if unit == "year"]
        links = [w for w in data.get("year_links") or [] if w != ","]
        link = rf"(?:\s*,\s*|\s+{_alt(links, flags='i')}\s+|\s+)" if links else r"(?:\s*,\s*|\s+)"
        self.year_after: re.Pattern[str] | None = (
            re.compile(rf"{link}(?P<r>{_alt(year_periods, flags='i')})(?!\w)") if year_periods else None
        )

        name_flags = "" if self.case_sensitive else "i"
        month = _alt(self.months, flags=name_flags)
        # "Andahuaylas (Perú), 12 dic (EFE).-": a wire's dateline writes the month short with no stop;
        # such a short name is a month only right before the agency's bracket (``mon``)
        wire = {key(str(name)): int(num) for num, names in (data.get("wire_months") or {}).items() for name in names or []}
        wire_month = rf"|(?:{_alt(wire, flags=name_flags)})(?=[ \t]*\()" if wire else ""
        for name, num in wire.items():
            self.months.setdefault(name, num)
        wday = _alt(self.weekdays, flags=name_flags)
        # "entre el 7 y el 9", "del 4 al 6": two bare days of a month (``_bare_day_ranges``)
        bare = data.get("bare_day_range") or {}
        self.bare_range: re.Pattern[str] | None = None
        self.bare_range_not_after = frozenset(phrase_key(w) for w in bare.get("not_after") or [])
        if bare.get("openers") and bare.get("joiners"):
            num = r"(?:3[01]|[12]\d|0?[1-9])(?![\d:.,]\d|\d)"
            self.bare_range = re.compile(
                rf"(?<!\w){_alt(bare['openers'], flags='i')}{_SP}(?P<d1>{num}){_SP}{_alt(bare['joiners'], flags='i')}{_SP}(?P<d2>{num})"
                rf"(?!{_OSP}%|{_SP}{_alt(data.get('day_month_links') or [])}{_SP}{month})"
            )
        suffix = _alt(data.get("ordinal_suffixes") or [], flags="i")

        # "the fifteenth of December": days spelled out (``day_words``), read where a digit day is
        self.day_words: dict[str, int] = {k: int(v) for k, v in lo(data.get("day_words")).items()}
        spelled = rf"|{_alt(self.day_words, flags='i')}(?!\w)" if self.day_words else ""

        def day(g: str, words: str = spelled) -> str:
            return rf"(?<![\d.,/])(?P<{g}>3[01]|[12]\d|0?[1-9]{words})(?:{suffix})?(?![\d]|:\d|[.,]\d)"

        def year(g: str) -> str:
            return rf"(?P<{g}>1[5-9]\d\d|20\d\d|21\d\d)(?![\d])"

        def mon(g: str) -> str:
            return rf"(?<!\w)(?P<{g}>(?:{month})(?:(?<=\.)|(?!\w)){wire_month})"

        links = _alt(data.get("day_month_links") or [], flags="i")
        ylinks = [w for w in data.get("year_links") or [] if w != ","]
        yl = rf"(?:{_OSP},{_OSP}|{_SP}{_alt(ylinks, flags='i')}{_SP}|{_SP})" if ylinks else rf"(?:{_OSP},{_OSP}|{_SP})"
        dprefix = _alt(data.get("day_prefixes") or [], flags="i")
        # "Monday (13 Feb)": a digest may put the date in brackets after its weekday
        # ... and a part of the day between them, set off by a comma: "Saturday afternoon, January 28"
        wd_parts = data.get("day_parts_after") or []
        wd_part = rf"{_SP}{_alt(wd_parts, flags='i')}{_OSP},{_OSP}|" if wd_parts else ""
        wd_opt = rf"(?:(?<!\w)(?P<wd>{wday})(?!\w)(?:{wd_part},?{_SP}|{_OSP}\({_OSP}))?"
        joiner_alt = data.get("range_joiners") or []
        dash = [j for j in joiner_alt if not re.search(r"\w", j)]
        words = [j for j in joiner_alt if re.search(r"\w", j)]
        join = rf"(?:{_OSP}(?P<j>{_alt(dash)}){_OSP}|{_SP}(?P<jw>{_alt(words, flags='i')}){_SP})"
        opener = _alt(data.get("range_openers") or [], flags="i")
        dm_link = rf"(?:{_SP}{links}{_SP}|{_SP})"

        # "el sábado 7, un grupo de manifestantes": the day of the month written after
        # the weekday is part of the date (never a count of 7), but only before a word of
        # `weekday_day_after` or punctuation, so "el lunes 20 personas" stays a count.
        # A verb in the singular, known by its ending ("el lunes 7 trasladó la sede"), has no
        # count for subject either: `weekday_day_verb_endings`.
        wd_day_after = data.get("weekday_day_after") or []
        verb_endings = data.get("weekday_day_verb_endings") or []
        singular_verb = rf"|{_SP}[^\W\d_]{{2,}}(?:{_alt(verb_endings)})(?!\w)" if verb_endings else ""
        wd_day = (
            rf"(?:{_SP}{day('wdn', '')}(?=[ \t]*[,;:.)?!]|[ \t]*$|{_SP}{_alt(wd_day_after, flags='i')}(?!\w){singular_verb}))?"
            if wd_day_after else ""
        )
        P = re.compile  # noqa: N806
        self.patterns: list[tuple[str, re.Pattern[str]]] = [
            # "November 13–15", "between November 13 and 15, 2024"
            ("range_md", P(rf"(?:(?<!\w)(?P<o>{opener}){_SP})?{mon('m')}{_SP}{day('d1')}{join}{day('d2')}(?!{dm_link}{month})(?:{yl}{year('y')})?")),
            # "13-15 November", "del 13 al 15 de noviembre de 2022", "entre el 13 y el 15 de noviembre"
            ("range_dm", P(rf"(?:(?<!\w)(?P<o>{opener}){_SP})?(?:{dprefix}{_SP})?{day('d1')}{join}(?:{dprefix}{_SP})?{day('d2')}{dm_link}{mon('m')}(?:{yl}{year('y')})?")),
            # "Thursday, January 12, 2023", "Jan. 9"
            ("md", P(rf"{wd_opt}{mon('m')}{_SP}{day('d')}(?:{yl}{year('y')})?")),
            # "el lunes 12 de diciembre de 2022", "9 January 2023", "the 9th of January"
            ("dm", P(rf"{wd_opt}{day('d')}{dm_link}{mon('m')}(?:{yl}{year('y')})?")),
            # "el 13 de este mes", "el día 9 del presente mes", "on the 13th of this month"
            ("this_month", P(rf"{day('d')}{_SP}(?P<tm>{_alt(data.get('this_month_after') or [], flags='i')})(?!\w)")),
            # "el pasado 9": the last 9th of a month up to publication (no month written)
            ("past_day", P(rf"(?P<pre>{_alt(data.get('past_day_prefixes') or ['(?!)'], flags='i')}){_SP}{day('d', '')}(?!{dm_link}{month}|{_OSP}%)")),
            # "January 2023", "enero de 2023"
            ("my", P(rf"{mon('m')}{yl}{year('y')}")),
            ("month", P(rf"(?<!\w)(?P<pre>{_alt(_month_words(data), flags='i')})(?:{_SP}|(?<=-)){mon('m')}")),
            ("year", P(rf"(?<!\w){_alt(data.get('year_prefixes') or [], flags='i')}{_SP}(?<![\d.,]){year('y')}(?![.,]\d|-\d|/)")),
            ("iso", P(r"(?<![\d/.-])(?P<y>\d{4})-(?P<a>\d{1,2})-(?P<b>\d{1,2})(?![\d/.-])")),
            ("numeric", P(r"(?<![\d/.-])(?P<a>\d{1,2})(?P<s>[/.-])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})(?![\d/]|[.-]\d)")),
            ("weekday", P(
                rf"(?:(?<!\w)(?P<pre>{_alt(self.wd_before, flags='i')}){_SP})?(?<!\w)(?P<wd>{wday})(?!\w)"
                rf"(?:{_SP}(?P<post>{_alt(self.wd_after, flags='i')})(?!\w))?{wd_day}"
            )),
            ("relative", P(rf"(?<!\w)(?P<r>{_alt(set(self.rel_days) | set(self.rel_periods) | set(self.rel_spans) | set(self.holidays), flags='i')})(?!\w)")),
            ("anchor", P(rf"(?<!\w)(?P<r>{_alt(set(self.anchor_rel) | set(self.anchor_spans) | set(self.anchor_after_spans) | self.anchor_weekend | self.anchor_month, flags='i')})(?!\w)")),
        ]
        # "a un año de la masacre", "one year on": an article that looks back a year,
        # where a weekday that fits a day only in the year before dates it then
        # "las protestas de 2023", "the 2023 protests": a year that names a protest run (_year_of_a_look_back)
        self.run_nouns = frozenset(phrase_key(w) for w in data.get("run_nouns") or [])
        years_back = data.get("a_year_back") or []
        self.year_back = re.compile(rf"(?<!\w){_alt(years_back, flags='i')}(?!\w)") if years_back else None
        # "El 19 marchamos", "On the 19th we marched": a bare day of the month just told
        told = data.get("day_of_the_month_told") or {}
        openers = told.get("openers") or []
        suffixes = data.get("ordinal_suffixes") or []
        suffix = _alt(suffixes, flags="i") if suffixes else ""
        if not told.get("suffix_required"):
            suffix = f"{suffix}?" if suffix else ""  # ("el 19", "el 1º"; English needs it: "the 19th", not "the 19 people")
        # (two patterns, speed only: one opening the text, one after a stop that it
        # takes in, which the regex engine finds far faster than a look-behind tried everywhere)
        told_rest = rf"\s*(?P<o>{_alt(openers, flags='i')})\s+(?P<d>[0-3]?\d){suffix}(?=[\s,])"
        self.day_of_told: re.Pattern[str] | None = re.compile(told_rest) if openers else None
        self.day_of_told_after: re.Pattern[str] | None = re.compile(rf"[\n.,;:?!\"“«¿¡]{told_rest}") if openers else None
        self.day_of_told_not_after: frozenset[str] = frozenset(phrase_key(w) for w in told.get("not_after") or [])
        # "13:40 | Manifestantes lanzan piedras": a live blog's entry opens with its clock time, of the report's day
        stamp_seps = data.get("stamp_separators") or []
        if stamp_seps:
            stamp_after = data.get("stamp_suffixes") or []
            suffix_ = rf"(?:{_OSP}{_alt(stamp_after, flags='i')})?" if stamp_after else ""
            self.patterns.append(("stamp", P(
                rf"(?<![^\n])(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d:.]\d){suffix_}(?={_OSP}{_alt(stamp_seps)}[ \t])(?!{_OSP}\S+{_OSP}\d{{1,2}}[:.]\d\d)"
            )))
        if self.night_rel:
            self.patterns.append(("night", P(rf"(?<!\w)(?P<r>{_alt(self.night_rel, flags='i')})(?!\w)")))
        from kipu.extract.numbers import small_number_words  # numbers imports us lazily

        small = small_number_words(lang)
        words_ = _alt(small, flags="i")
        count = rf"(?P<n>\d{{1,3}}|{words_}(?:-{words_})?)(?!\w)"
        unit = rf"(?P<u>{_alt(self.units, flags='i')})"
        if data.get("ago_before"):
            self.patterns.append(("ago", P(rf"(?<!\w){_alt(data['ago_before'], flags='i')}{_SP}{count}{_SP}{unit}(?!\w)")))
        if data.get("ago_after"):
            # "a year ago today": the same day that many years back, not the whole year
            exact = rf"(?:{_SP}(?P<exact>{_alt(data['ago_exact_after'], flags='i')})(?!\w))?" if data.get("ago_exact_after") else ""
            # "a year ago this week": the week of that day, N years or months back
            if data.get("ago_week_after"):
                exact = rf"(?:{_SP}(?:(?P<exact>{_alt(data['ago_exact_after'], flags='i')})|(?P<week>{_alt(data['ago_week_after'], flags='i')}))(?!\w))?"
            self.patterns.append(("ago", P(rf"(?<!\w){count}{_SP}{unit}{_SP}{_alt(data['ago_after'], flags='i')}(?!\w){exact}")))
        for kind, key_ in (("later", "later_after"), ("earlier", "earlier_after")):
            if data.get(key_):
                self.patterns.append((kind, P(rf"(?<!\w){count}{_SP}{unit}{_SP}{_alt(data[key_], flags='i')}(?!\w)")))
        # "18 días duró el paro", "after eleven days of strike": a span of that
        # many days ending at publication.
        if data.get("lasted_after"):
            # the strike words stay out of the date's span: they are the incident's trigger
            self.patterns.append(("lasted", P(rf"(?<!\w){count}{_SP}{unit}(?={_SP}{_alt(data['lasted_after'], flags='i')}(?!\w))")))
        # "el paro cumplió dos semanas", "the blockade entered its second week"
        # is said of a campaign still on: a span that many days back from publication.
        if data.get("elapsed_before"):
            filler = _alt(data.get("elapsed_fillers") or [], flags="i")
            self.patterns.append(("elapsed", P(
                rf"(?<!\w){_alt(data['elapsed_before'], flags='i')}"
                rf"(?:{_SP}{filler}(?:{_SP}(?P<ewd>{wday}))?)?{_SP}{count}{_SP}{unit}(?!\w)"
            )))
        # "over the past three days", "en los últimos tres días": the days up to publication
        if data.get("past_span_before"):
            self.patterns.append(("past_span", P(rf"(?<!\w){_alt(data['past_span_before'], flags='i')}{_SP}{count}{_SP}{unit}(?!\w)")))
        # Every date starts at a word start: saying so first lets the engine
        # skip the other positions cheaply (a several-fold speed-up).
        self.patterns = [(k, P(r"(?<!\w)(?=\w)" + p.pattern)) for k, p in self.patterns]
        # Shared with the number finder, which reads the same articles.
        self.gate = wordgate.shared_gate(lang).part(self._heads(data, small))
        # The two whole-text searches of rarer phrases (a look back a year, a run of two bare
        # days) are tried only at the words that can begin them, as the date patterns are:
        # the engine cannot skip ahead on a case-blind alternation behind a look-behind, and
        # tried every character of every article (speed only, the same matches).
        bare_openers = bare.get("openers") or []
        self.rare_gate = wordgate.shared_gate(lang).part([
            Heads().phrases(years_back),
            Heads().phrases(bare_openers).followed_by(Heads(digits=True), word_count(bare_openers), after=1),
        ])
        self.joiner_gap = P(rf"{join}")
        # "de lunes a miércoles": an opener that only opens a range of two weekdays
        wd_openers = data.get("weekday_range_openers") or []
        self.weekday_opener_before = P(rf"(?<!\w)(?P<o>{_alt(wd_openers, flags='i')}){_SP}$") if wd_openers else None
        # "el pasado mes de diciembre", "the month of December": "last month" there only
        # introduces the month named after it (kipu.extract.dates._resolve, kind "relative").
        self.month_named_after = P(rf"{dm_link}{mon('m')}")
        # "Wednesday night into early Thursday", "desde la noche del miércoles hasta la
        # madrugada del jueves": a part of the day may stand after the first day and
        # before the second (``day_parts_after`` / ``day_parts_before``); such a gap
        # tells one night across two days, so it joins them without an opener.
        after, before = data.get("day_parts_after") or [], data.get("day_parts_before") or []
        self.parts_gap = P(
            rf"(?:{_SP}{_alt(after, flags='i')})?{join}(?:(?P<bp>{_alt(before, flags='i')}){_SP})?"
        ) if after or before else None
        part_before = rf"(?:{_alt(before, flags='i')}{_SP})?" if before else ""
        # "overnight Wednesday into Thursday": joiners that cross a night by themselves
        self.night_joiners = frozenset(phrase_key(w) for w in data.get("night_joiners") or [])
        self.opener_before = P(rf"(?<!\w)(?P<o>{opener}){_SP}{part_before}$")
        # "desde el día 4 de enero", "iniciada el día 13 de este mes": a word naming the day may
        # stand between the "since" word and the date (``since_day_words``).
        day_word = _alt(data.get("since_day_words") or [], flags="i")
        self.since_before = P(rf"(?<!\w)(?P<s>{_alt(data.get('since') or [], flags='i')})(?:{_SP}(?P<dw>{day_word}))?{_SP}$")
        # Asked before most dates: a window whose last word is no "since" word and no day word is
        # ruled out without the search (``_since_before``, ``wordgate.EndGate``).
        self.since_gate = EndGate([*(data.get("since") or []), *(data.get("since_day_words") or [])], " \t\u00a0")
        clause = data.get("since_clause") or {}
        self.since_clause = P(
            rf"(?<!\w)(?P<s>{_alt(clause['opener'], flags='i')})(?:{_SP}[\w'-]+){{1,{SINCE_CLAUSE_WORDS}}}{_SP}{_alt(clause['joiner'], flags='i')}{_SP}$"
        ) if clause.get("opener") and clause.get("joiner") else None
        # "desde el inicio de la crisis, el 21 de octubre": the start named first, its day in apposition.
        appositive = data.get("since_appositive") or []
        joiner = _alt(data.get("since_appositive_joiners") or [], flags="i")
        self.since_appositive = P(
            # (the comma may be left out before "el": "desde que comenzó el paro nacional el 28 de abril")
            # (nor across a line: a headline's "desde el inicio de las protestas" has no day in the dateline below)
            rf"(?<!\w)(?P<s>{_alt(appositive, flags='i')})[^,.;:()\n]{{1,{APPOSITIVE_GAP}}}(?:,{_SP}(?:(?P<dw>{joiner}){_SP})?|{_SP}(?:{joiner}){_SP})$"
        ) if appositive else None
        # "bloquearon la vía durante cuatro días desde el 18 de diciembre": a run
        # of that length from the day named, not a span to publication.
        # "entre el 7 de diciembre y la fecha": a range whose end is the report's day, a "since".
        to_now = data.get("to_now") or []
        self.to_now_after = P(rf"{_SP}{_alt(to_now, flags='i')}(?!\w)") if to_now else None
        run_for = data.get("since_run_before") or []
        self.since_run = P(rf"(?<!\w){_alt(run_for, flags='i')}{_SP}{count}{_SP}{unit}(?!\w)") if run_for else None
        # "for three days from Wednesday 13 November": the word that opens such a run at its first day
        run_from = data.get("run_from") or []
        self.run_from_before = P(rf"(?<!\w)(?:{_alt(run_from, flags='i')}){_SP}$") if run_from and run_for else None
        # "la medida de fuerza, anunciada hasta el viernes 25": a day just ahead after these ends what runs now
        until = data.get("until_ahead") or []
        self.until_before = P(rf"(?<!\w)(?:{_alt(until, flags='i')}){_SP}$") if until else None
        week_to = data.get("week_to") or []
        self.week_to_before = P(rf"(?<!\w)(?:{_alt(week_to, flags='i')}){_SP}$") if week_to else None
        self.place_before = P(rf"(?<!\w){_alt(data.get('place_prefixes') or [], flags='i')}{_SP}$")
        # "más de 2000 comuneros": a bare year right before a noun of people or things counts them
        counted = data.get("counted_after_year") or []
        self.counted_after_year = P(rf"{_SP}(?:{_alt(counted, flags='i')})(?!\w)") if counted else None
        year_nouns = data.get("year_nouns") or []
        self.year_noun_before = P(rf"(?<!\w)(?:{_alt(year_nouns, flags='i')}){_SP}$") if year_nouns else None
        # "plaza Dos de Mayo", "provincia de Dos de Mayo": a capitalised number
        # word before "de <month>" names a place; it is no month (checked case-wise below).
        self.named_number_before = P(rf"(?<!\w)(?P<n>{words_})[ \t\u00a0]+$")
        # Asked before every date: a window whose last word ends no place
        # prefix is ruled out without the search (see ``wordgate.EndGate``).
        self.place_before_gate = EndGate(data.get("place_prefixes") or [], " \t\u00a0")
        # "La adhesión fue menor que en octubre": a date compared with is no date of what is told.
        compared = data.get("comparison_prefixes") or []
        self.compared_before = P(rf"(?<!\w){_alt(compared, flags='i')}{_SP}$") if compared else None
        self.compared_gate = EndGate(compared, " \t\u00a0")

    def _numbered_names(self, table: dict[Any, list[Any]] | None) -> dict[str, int]:
        """number -> names (months, weekdays) as name -> number, each name by
        ``self.key`` and, where names are case-sensitive, in capitals too
        ("MARCH" in a heading)."""
        out: dict[str, int] = {}
        for num, names in (table or {}).items():
            for name in names or []:
                out[self.key(str(name))] = int(num)
                if self.case_sensitive:
                    out[str(name).upper()] = int(num)
        return out

    def _heads(self, data: dict[str, Any], number_words: list[str]) -> list[Heads]:
        """The words each pattern of ``self.patterns`` can begin with, in the
        same order (see ``kipu.extract.wordgate``): whatever comes first in
        the pattern, optional parts included."""
        names = not self.case_sensitive

        def h(*parts: tuple[Any, bool], digits: bool = False) -> Heads:
            heads = Heads(digits=digits)
            for items, ignore_case in parts:
                heads.words(items, ignore_case=ignore_case)
            return heads

        months, weekdays = (self.months, names), (self.weekdays, names)
        openers = (data.get("range_openers") or [], True)
        count = (number_words, True)
        # How many words may come before a month name or a year's digits:
        # a pattern is only tried where one follows that closely.
        day_prefixes = data.get("day_prefixes") or []
        links, joiners = data.get("day_month_links") or [], data.get("range_joiners") or []
        w_open, w_day, w_link = word_count(data.get("range_openers") or []), word_count(day_prefixes), word_count(links)
        w_range_dm = w_open + w_day + 1 + word_count(joiners) + w_day + 1 + w_link
        w_dm = word_count(self.weekdays) + 1 + w_link
        a_month, a_digit, a_weekday = h(months), h(digits=True), h(weekdays)
        spelled = (list(self.day_words), True)
        a_day = h(spelled, digits=True)  # a month's day: digits, or spelled out ("fifteenth")
        # A month's day or year comes right after it, after a link word at most.
        w_weekday, w_year_link = word_count(self.weekdays), word_count([w for w in data.get("year_links") or [] if w != ","])
        # ("Saturday afternoon, January 28": the part of the day between the weekday and the month)
        w_weekday_part = w_weekday + word_count(data.get("day_parts_after") or [])
        month_words = _month_words(data)
        by_kind = {
            # (a day may be spelled out wherever the pattern reads one: "Dec. twentieth-thirty-first")
            "range_md": h(openers, months).followed_by(a_month, w_open).followed_by(a_day, w_open + 1, after=1),
            "range_dm": h(openers, (day_prefixes, True), spelled, digits=True)
            .followed_by(a_month, w_range_dm)
            .followed_by(a_day, w_open + w_day)
            .followed_by(a_day, w_open + w_day + 1 + word_count(joiners) + w_day, after=1),
            "md": h(weekdays, months).followed_by(a_month, w_weekday_part).followed_by(a_day, w_weekday_part + 1, after=1),
            "dm": h(weekdays, spelled, digits=True).followed_by(a_month, w_dm + w_weekday_part - w_weekday),
            # (a spelled day may be two words, "twenty-sixth this month": its first word is a start too)
            "this_month": h(spelled, digits=True).followed_by(
                h((data.get("this_month_after") or [], True)), max(1, word_count(self.day_words)), after=1
            ),
            "past_day": Heads().phrases(data.get("past_day_prefixes") or []).followed_by(a_digit, word_count(data.get("past_day_prefixes") or []), after=1),
            "my": h(months).followed_by(a_digit, 1 + w_year_link, after=1),
            "month": h((month_words, True)).followed_by(a_month, word_count(month_words)),
            "year": h((data.get("year_prefixes") or [], True)).followed_by(
                a_digit, word_count(data.get("year_prefixes") or [])
            ),
            # "2023-01-09", "9/1/2023": more digits one or two words on
            "iso": h(digits=True).followed_by(a_digit, 2, after=1),
            "numeric": h(digits=True).followed_by(a_digit, 2, after=1),
            "weekday": h((self.wd_before, True), weekdays).followed_by(a_weekday, word_count(self.wd_before)),
            # Whole phrases ("el día siguiente"): their first words ("el", "la",
            # "the") are everywhere, the phrases are not.
            "relative": Heads().phrases(set(self.rel_days) | set(self.rel_periods) | set(self.rel_spans) | set(self.holidays)),
            "anchor": Heads().phrases(set(self.anchor_rel) | set(self.anchor_spans) | set(self.anchor_after_spans) | self.anchor_weekend | self.anchor_month),
            "night": Heads().phrases(self.night_rel),
            "stamp": h(digits=True),
        }
        # "hace dos días", "two days ago", "dos días después": a count, a unit
        # and a word of the pattern's own, a few words apart. Patterns keyed
        # on a rare word ("después") are so only tried where it follows.
        w_count, units = 2 * word_count(number_words), h((self.units, True))
        w_unit = word_count(self.units)
        after_count = {"ago": "ago_after", "later": "later_after", "earlier": "earlier_after", "lasted": "lasted_after"}
        out = []
        ago_before = bool(data.get("ago_before"))
        for kind, pat in self.patterns:
            if kind in by_kind:
                out.append(by_kind[kind])
            elif kind == "ago" and ago_before:
                ago_before = False  # the first "ago" pattern is "hace dos días", the second "two days ago"
                w_ago = word_count(data["ago_before"])
                out.append(h((data["ago_before"], True)).followed_by(units, w_ago + w_count))
            elif kind == "past_span":
                out.append(h((data["past_span_before"], True)).followed_by(units, word_count(data["past_span_before"]) + w_count))
            elif kind == "elapsed":
                out.append(h((data["elapsed_before"], True)).followed_by(units, word_count(data["elapsed_before"]) + 4 + w_count))
            elif kind in after_count:
                word = h((data.get(after_count[kind]) or [], True))
                out.append(h(count, digits=True).followed_by(units, w_count).followed_by(word, w_count + w_unit))
            else:
                out.append(Heads(anywhere=True))
        return out


@per_language
def _lexicon(lang: str) -> _DateLex | None:
    """``lang/<lang>/dates.yaml`` read once (the lexicon's shared copy); None for a language we lack."""
    data = known_lang_data(lang, "dates")
    return None if data is None else _DateLex(data, lang)


# --------------------------------------------------------------------------- candidates


# a day's number right before a month name ("9 January"), not part of a year or a figure
_DAY_BEFORE = re.compile(r"(?<![\d.,/:])(?:3[01]|[12]\d|0?[1-9])[ \t\u00a0]+$")


@dataclass
class _Cand:
    start: int
    end: int
    kind: str
    m: re.Match[str]


_WRITTEN_DAY_KINDS = frozenset({"md", "dm", "iso", "numeric"})  # a day written with its month


@lru_cache(maxsize=8)  # speed only: find_dates and date_spans (via numbers) scan the same article
def _candidates(text: str, lex: _DateLex) -> list[_Cand]:
    """All pattern matches, longest first, without overlaps (earlier pattern wins ties).

    Callers only read the (cached, shared) list and its items."""
    found: list[tuple[int, int, int, _Cand]] = []
    starts = lex.gate.positions(text)
    for order, (kind, pat) in enumerate(lex.patterns):
        for m in wordgate.finditer(pat, text, starts[order]):
            # A bare month or year is only the name: its required prefix
            # ("in", "durante") is context, not part of the date.
            core = m.span("m") if kind == "month" else m.span("y") if kind == "year" else m.span()
            if kind == "month" and lex.month_part_of[m.group("pre")]:
                core = (m.start("pre"), core[1])  # "the last week of February" is one date ("last week" in it is none)
            elif kind == "my" and (part := _month_part_before(text, core[0], lex)) is not None:
                core = (part.start("pre"), core[1])  # "in late February 2023"
            if core[1] > core[0]:
                found.append((False, -(core[1] - core[0]), order, core[0], _Cand(core[0], core[1], kind, m)))
    written = [(c.start, c.end) for *_, c in found if c.kind in _WRITTEN_DAY_KINDS]
    if written:
        # A weekday phrase yields to a written date it overlaps: "The following Monday, January 16"
        # is January 16, and its 16 counts no one ("On Monday last week" keeps its weekday).
        found = [(c.kind == "weekday" and any(a < c.end and c.start < b for a, b in written), *rest, c) for _, *rest, c in found]
    found.sort(key=lambda t: t[:4])
    taken: list[_Cand] = []
    covered = bytearray(len(text))  # characters of the candidates taken or blocked so far (none is empty)
    for *_, c in found:
        if covered.find(1, c.start, c.end) >= 0:
            continue  # overlaps a longer or earlier one
        if c.kind in ("md", "range_md") and _DAY_BEFORE.search(text, max(0, c.start - 4), c.start):
            continue  # "On 9 January 17 people died": the day is written before the month; the number after it counts
        if c.kind == "year" and lex.counted_after_year is not None and lex.counted_after_year.match(text, c.end) and not (
            lex.year_noun_before is not None and lex.year_noun_before.search(text, max(0, c.start - 12), c.start)
        ):
            continue  # "más de 2000 comuneros participan": the number counts the people after it ("en el año 2000 pobladores": a year)
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)
        window = max(0, c.start - 40)
        # Only a name's own words follow its prefix ("Avenida 28 de Julio", "Plaza Dos de
        # Mayo"); "the bridge on Tuesday", "the main square on Wednesday" give a day.
        named = text[c.start].isdigit() or text[c.start].isupper()
        if named and lex.place_before_gate.may_match(text, window, c.start) and lex.place_before.search(text, window, c.start) or (
            c.kind == "month" and (
                _digit_before(text, c.m.start())
                or _named_number_before(text, c, lex)
            )
        ):
            continue  # "Avenida 28 de Julio", "32 de enero": no date here at all (and none inside it)
        if lex.compared_before is not None and lex.compared_gate.may_match(text, window, c.start) and lex.compared_before.search(text, window, c.start):
            continue  # "menor que en octubre", "higher than in 2019": the time compared with
        taken.append(c)
    taken.sort(key=lambda c: c.start)
    return taken


def _month_part_before(text: str, start: int, lex: _DateLex) -> re.Match[str] | None:
    """The part of the month named right before a month at ``start`` ("late", "the last week of")."""
    if lex.month_part_before is None:
        return None
    hit = lex.month_part_before.search(text, max(0, start - 40), start)
    return hit if hit is not None and phrase_key(hit.group("pre")) in lex.month_parts else None


def _named_number_before(text: str, c: _Cand, lex: _DateLex) -> bool:
    """Whether a capitalised number word comes just before a bare month ("Dos de Mayo"):
    the name of a square, a hospital or a province, not the whole month."""
    hit = lex.named_number_before.search(text, max(0, c.m.start() - 16), c.m.start())
    return bool(hit) and text[hit.start("n")].isupper()


_DIGIT_BEFORE = re.compile(r"\d[^\W\d]{0,2}\.?[ \t\u00a0]*$")


def _month_words(data: dict[str, Any]) -> list[str]:
    """The words that may stand before a bare month: its prefixes ("in",
    "de") and the parts of a month ("late", "a mediados de")."""
    return list(data.get("month_prefixes") or []) + list(data.get("month_parts") or {})


def _digit_before(text: str, start: int) -> bool:
    """A number right before a bare month ("32 de enero", "Avenida 28 de Julio"),
    but not a year ending the sentence before ("Cusco, 4 de abril de 2023.
    Entre diciembre y marzo, ..."): a period after the number followed by a
    capital is a sentence's end, and the month opens the next sentence."""
    hit = _DIGIT_BEFORE.search(text, max(0, start - 8), start)
    if hit is None:
        return False
    return not ("." in hit.group() and text[start : start + 1].isupper())


def date_spans(text: str, lang: str) -> list[Span]:
    """Spans of day-, month- and range-dates, whatever the publication date.

    The numbers module uses this to keep "13 de noviembre" from being read as
    a count of 13. Bare years are left out: they are not counts either, but
    they are told apart from counts by shape, and "in 2023" must not hide a
    real "2023 protesters".
    """
    lex = _lexicon(lang) if isinstance(text, str) else None
    if lex is None:
        return []
    return [_date_part(c, text, lex) for c in _candidates(text, lex) if c.kind not in ("year",)]


def _date_part(c: _Cand, text: str, lex: _DateLex) -> Span:
    """The span of a candidate that is a date: all of it, but for "since Dec. 7 to
    18", whose number after "to" is a count (``_since_then_a_count``), and "Jan. 9 -
    17 civilians" (``_dash_then_a_count``)."""
    if c.kind == "range_md" and (_since_then_a_count(c.m, c, text, lex) or _dash_then_a_count(c.m, c, text)):
        return Span(c.start, c.m.end("d1"))
    if c.kind == "range_dm" and not c.m.group("o"):
        listed = _listed_days_before(text, c.start, _day(c.m, "d1", lex))
        if listed is not None:
            return Span(listed[1], c.end)  # ("los días 14, 15 y 16 de noviembre": the first day listed is no count)
    return Span(c.start, c.end)


def _dash_then_a_count(m: re.Match[str], c: _Cand, text: str) -> bool:
    """ "* Jan. 9 - 17 civilians are killed": a dash set off by spaces after a
    timeline's day, then a number that no clause end follows, counts people;
    no day of a range (as "December 11 and 12 people died")."""
    if not m.group("j") or m.group("y"):
        return False
    gap = text[m.end("d1") : m.start("d2")]
    return gap.strip(" \t") != gap and not _CLAUSE_END.match(text, c.end)


# --------------------------------------------------------------------------- resolution


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except (ValueError, OverflowError):
        return None


def _infer_year(month: int, day: int, published: date | None) -> date | None:
    """The year-less date in the publication year, or last year if it would be far future."""
    if published is None:
        return None
    d = _safe_date(published.year, month, day)
    limit = _shift(published, FUTURE_GRACE_DAYS) or date.max  # year 9999: no overflow
    if d is not None and d <= limit:
        return d
    return _safe_date(published.year - 1, month, day)


_WRITTEN_YEAR = re.compile(r"\d{4}")


def near_ahead(d: DateMention, text: str, offset: int, published: date) -> bool:
    """Whether a day written without its year ("el 20 de enero"; ``text``
    holds it, starting at document offset ``offset``) falls a few days to a
    few weeks after publication, its year aside. ``_infer_year`` reads such
    a day in the past year, as most are ("the massacre of December 15",
    written on December 1); it may also be a plan's day, so it dates no
    incident by itself (``ArticleContext``) and marks a protest next to it as
    planned (``periods.dated_ahead``)."""
    if d.range.precision != "day" or _WRITTEN_YEAR.search(text, max(0, d.span.start - offset), max(0, d.span.end - offset)):
        return False
    return any(_soon_after(d.range.start, year, published) is not None for year in (published.year, published.year + 1))


def _soon_after(day: date, year: int, published: date) -> date | None:
    """``day`` moved to ``year``, if that falls a few days to a few weeks after
    ``published`` (FUTURE_GRACE_DAYS, NEAR_FUTURE_DAYS); None otherwise, and
    for a 29 February the year lacks."""
    try:
        candidate = day.replace(year=year)
    except ValueError:  # February 29
        return None
    return candidate if FUTURE_GRACE_DAYS < (candidate - published).days <= NEAR_FUTURE_DAYS else None


def _month_range(y: int, m: int) -> tuple[date, date] | None:
    if not (1 <= m <= 12 and 1 <= y <= 9999):
        return None
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def _month_year(month: int, published: date | None) -> int | None:
    if published is None:
        return None
    return published.year - 1 if month > published.month else published.year


def _day(m: re.Match[str], g: str, lex: _DateLex | None = None) -> int:
    got = m.group(g)
    return int(got) if got.isdigit() or lex is None else lex.day_words[phrase_key(got)]


def _told_mode(c: _Cand, lex: _DateLex) -> str | None:
    """How a weekday is counted from the day the story is telling, or None
    when it is counted from publication: "ese jueves", "that Thursday" (``told``:
    the one around it), "the following Monday", "el lunes siguiente" (``after_told``:
    the first after it), "el lunes anterior" (``before_told``: the last before it)."""
    for g, words in (("pre", lex.wd_before), ("post", lex.wd_after)):
        word = c.m.group(g)
        mode = words.get(phrase_key(word)) if word else None
        if mode in TOLD_MODES:
            return mode
    return None


TOLD_MODES = frozenset({"told", "after_told", "before_told"})


def _weekday_of_told(c: _Cand, lex: _DateLex, told: DateMention, mode: str = "told") -> DateRange | None:
    """The day named ``c``'s weekday in the week around the last day told
    ("el 15 de diciembre ... ocho personas murieron ese jueves": the 15th),
    or the first such day after it / the last before it (``mode``)."""
    wd = lex.weekdays[lex.key(c.m.group("wd"))]
    if mode == "after_told":
        base = told.range.end
        delta = (wd - base.weekday() - 1) % 7 + 1  # 1..7 days on
    elif mode == "before_told":
        base = told.range.start
        delta = -((base.weekday() - wd - 1) % 7 + 1)  # 1..7 days back
    else:
        base = told.range.start
        delta = (wd - base.weekday() + 3) % 7 - 3  # -3..3 days from the day told
    d = _shift(base, delta)
    span = Span(c.start, c.end)
    return DateRange(d, d, "day", span) if d else None


PAIRED_WEEKDAY_WORDS = 4  # fewer words between two weekdays tell them together ("de lunes a sábado", "on Monday and on Sunday")
TOLD_WEEK_DAYS = (2, 6)  # days back from the paper a paragraph's weekday told may lie for "del domingo" to be read around it


def _paper_weekday_in_a_told_week(
    text: str, c: _Cand, lex: _DateLex, rng: DateRange, told: DateMention, published: date | None
) -> DateRange | None:
    """ "El lunes, [...] dos fallecidos más, que se sumaron a los dos muertos del
    domingo", in a Sunday paper recounting its week: a bare weekday of the
    paper's own name, in the paragraph of a weekday told days back, is the one
    around that day (as "ese domingo"), not the paper's day. "este domingo",
    "hoy domingo" and a new paragraph keep the paper's day. None when it does
    not apply."""
    if published is None or rng.start != published or rng.end != published or told.kind != "weekday":
        return None
    pre = phrase_key(c.m.group("pre") or "")
    if pre and (pre in lex.this_weekday or lex.wd_before.get(pre) != "recent"):
        return None
    if c.m.group("post") or "wdn" in c.m.re.groupindex and c.m.group("wdn"):
        return None
    back = (published - told.range.start).days
    gap = text[told.span.end : c.start]
    if not TOLD_WEEK_DAYS[0] <= back <= TOLD_WEEK_DAYS[1] or "\n" in gap or len(gap.split()) < PAIRED_WEEKDAY_WORDS:
        return None  # (nor two weekdays told together: "de lunes a sábado", "Monday and Sunday")
    return _weekday_of_told(c, lex, told)


WEEKDAY_DAY_REACH = 5  # weeks around the weekday's own reading searched for "el lunes 9"


def _weekday_of_month(near: date, wd: int, day_: int, year_back: bool = False) -> date:
    """The day numbered ``day_`` that falls on weekday ``wd``, nearest to ``near``
    ("el lunes 9" in a Sunday paper is the next day, not the Monday before);
    else, in an article that looks back a year (``year_back``), that day of the
    month a year before if it falls on ``wd`` ("a un año, ¿qué pasó el domingo
    11?" in a paper of Monday 11 December 2023 is 11 December 2022); ``near``
    itself otherwise (a misprint: "el miércoles 15" for Thursday the 15th)."""
    for weeks in range(WEEKDAY_DAY_REACH + 1):
        for sign in (1, -1):
            d = _shift(near, sign * 7 * weeks)
            if d is not None and d.day == day_:
                return d
    if not year_back:
        return near
    same_month = _safe_date(near.year, near.month, day_)
    back = _year_of_weekday(same_month, wd) if same_month is not None else near
    return back if back != same_month else near


def _looks_back_a_year(text: str, lex: _DateLex) -> bool:
    """Whether the article looks back a year ("a un año de", "primer
    aniversario", "one year on"): read only when a weekday does not fit its
    day (rare), so the text is searched then and not before (speed only)."""
    return lex.year_back is not None and wordgate.search(lex.year_back, text, 0, lex.rare_gate.positions(text)[0]) is not None


def _year_of_weekday(d: date, wd: int) -> date:
    """ "el lunes 9 de enero" written on 10 January 2024 (a Tuesday that year):
    the same day a year before, when that one fell on weekday ``wd`` (the
    first anniversary's story recalls the day itself); ``d`` when its own
    weekday is ``wd`` or the year before does not agree either (a misprint)."""
    if d.weekday() == wd:
        return d
    e = _safe_date(d.year - 1, d.month, d.day)
    return e if e is not None and e.weekday() == wd else d


def _weekday_and_day_of_the_story(c: _Cand, lex: _DateLex, rng: DateRange, told: DateMention) -> DateRange:
    """ "El 10 de diciembre de 2022 ... Al día siguiente, domingo 11, ...", in a
    piece of a year later: a weekday and day of the month that no day near the
    report matches are the story's, near the last day told (``rng`` as read
    when neither fits, or when the report's own weeks hold that day)."""
    wdn = c.m.group("wdn") if "wdn" in c.m.re.groupindex else None
    if not wdn or rng.start.day == int(wdn):
        return rng
    wd = lex.weekdays[lex.key(c.m.group("wd"))]
    base = told.range.start
    near = _shift(base, (wd - base.weekday() + 3) % 7 - 3)  # that weekday in the week around the day told
    if near is None:
        return rng
    d = _weekday_of_month(near, wd, int(wdn))
    return DateRange(d, d, "day", rng.span) if d.day == int(wdn) else rng


def _shift(d: date, days: int) -> date | None:
    try:
        return d + timedelta(days=days)
    except OverflowError:
        return None


_CLAUSE_END = re.compile(r"\s*(?:[,;:.)]|$)")


SENTENCE_REACH = 300  # chars: a day further from the last one is in another sentence anyway
DISTAL_DAYS = 60  # a day written this long before the report's "ayer" is another story's, the one "ese día" recalls
YEAR_PART_REACH = 24  # chars before a year's match where "a inicios de" may begin


def _year_part(text: str, start: int, lex: _DateLex) -> tuple[int, int] | None:
    """(first month, last month) of the part of a year named right before it
    ("a inicios de", "a mediados de", "a fines de": ``year_parts``), or None."""
    if not lex.year_parts:
        return None
    before = phrase_key(text[max(0, start - YEAR_PART_REACH) : start + 8])
    for phrase, months in lex.year_parts.items():
        at = before.rfind(phrase)
        if at >= 0 and at + len(phrase) >= len(before) - 12 and (at == 0 or not before[at - 1].isalnum()):
            return months
    return None


_DIGITS = re.compile(r"\d+")
# "los días 14, 15 y 16": the days listed with commas before the two a range joiner joins
_LISTED_DAYS_BEFORE = re.compile(r"(?<![\d.,/:])(3[01]|[12]\d|0?[1-9])((?:[ \t]*,[ \t]*(?:3[01]|[12]\d|0?[1-9]))*)[ \t]*,[ \t]*$")
LISTED_DAYS_REACH = 24  # chars before a range's first day in which the days listed before it may stand


def _listed_days_before(text: str, start: int, d1: int) -> tuple[int, int] | None:
    """(first day, its offset) of a list of days written with commas right before
    a range of two ("los días 14, 15 y 16 de noviembre", "on 13, 14 and 15
    November"): the range runs from the first day listed, not from the second
    last. None unless the days listed run one after another into it (days
    apart, "el 3, 10 y 17", are separate days, not a run)."""
    m = _LISTED_DAYS_BEFORE.search(text, max(0, start - LISTED_DAYS_REACH), start)
    if m is None:
        return None
    days = [int(m.group(1)), *(int(d) for d in _DIGITS.findall(m.group(2)))]
    if any(b - a != 1 for a, b in zip(days, [*days[1:], d1])):
        return None
    return days[0], m.start(1)


def _since_then_a_count(m: re.Match[str], c: _Cand, text: str, lex: _DateLex) -> bool:
    """A month-first range with no opener and no year whose first day follows a
    "since" word and whose joiner cannot join the two ends of a "since" period
    ("since Dec. 7 to 18" is the number reached by then, not 7 to 18 December)."""
    return (
        bool(lex.since_not_range)
        and not m.group("o")
        and not m.group("y")
        and bool(m.group("jw"))
        and phrase_key(m.group("jw")) in lex.since_not_range
        and _since_before(text, lex, c.start) is not None
    )


def _resolve(c: _Cand, text: str, lex: _DateLex, published: date | None) -> tuple[DateRange | None, str, int | None]:
    """(range, kind, anchor offset). The offset is set for anchor-relative mentions."""
    m = c.m
    span = Span(c.start, c.end)
    k = c.kind
    if k in ("md", "dm"):
        month = lex.months[lex.key(m.group("m"))]
        d = _day(m, "d", lex)
        y = m.group("y")
        day_ = _safe_date(int(y), month, d) if y else _infer_year(month, d, published)
        if day_ is not None and not y and m.group("wd") and _looks_back_a_year(text, lex):
            day_ = _year_of_weekday(day_, lex.weekdays[lex.key(m.group("wd"))])
        if day_ is not None and not y and published is not None and (
            day_ >= published and _remembered_day(text, c, lex) or day_ == published and _told_on_its_anniversary(text, c, lex)
        ):
            day_ = _safe_date(day_.year - 1, month, d) or day_
        return (DateRange(day_, day_, "day", span) if day_ else None), "explicit", None
    if k in ("range_md", "range_dm"):
        month = lex.months[lex.key(m.group("m"))]
        d1, d2 = _day(m, "d1", lex), _day(m, "d2", lex)
        y = m.group("y")
        if m.group("jw") and phrase_key(m.group("jw")) in lex.pair_joiners and not m.group("o") and d2 - d1 > 1 and (
            k == "range_dm" or _CLAUSE_END.match(text, c.end)
        ):
            # "blocked the road on 10 and 23 October": two days apart, not the fortnight between them
            # (the first day's span ends at its number; find_dates gives the second its own mention)
            end = _safe_date(int(y), month, d2) if y else _infer_year(month, d2, published)
            start = _safe_date(end.year, month, d1) if end else None
            return (DateRange(start, end, "day", span) if start and end else None), "pair", None
        if k == "range_md" and _since_then_a_count(m, c, text, lex) and d1 > 0:
            # "the number killed since Dec. 7 to 18": the day opens a "since" period, the number after
            # "to" is the total it reached (``since_not_range_joiners``), no day of a range
            first = _infer_year(month, d1, published)
            return (DateRange(first, first, "day", Span(c.start, m.end("d1"))) if first else None), "explicit", None
        if m.group("jw") and phrase_key(m.group("jw")) in lex.weak_joiners and not m.group("o") and not y:
            if k == "range_md" and not _CLAUSE_END.match(text, c.end):
                # "on December 11 and 12 people died": the second number may
                # count people; the first day stands ("December 11"). ("on 11 and 12
                # December in Andahuaylas" has its month after both: two days.)
                if d1 > 0:
                    first = _infer_year(month, d1, published)
                    return (DateRange(first, first, "day", Span(c.start, m.end("d1"))) if first else None), "explicit", None
                return None, k, None
            # "on December 11 and 12, police shot six": two days, nothing counted after them.
        if k == "range_md" and d1 > 0 and _dash_then_a_count(m, c, text):
            # "* Jan. 9 - 17 civilians are killed": a timeline's day, its dash, then a count
            first = _infer_year(month, d1, published)
            return (DateRange(first, first, "day", Span(c.start, m.end("d1"))) if first else None), "explicit", None
        end = _safe_date(int(y), month, d2) if y else _infer_year(month, d2, published)
        if end is None or d1 >= d2:
            return None, "range", None
        listed = _listed_days_before(text, c.start, d1) if k == "range_dm" and not m.group("o") else None
        if listed is not None:
            d1, span = listed[0], Span(listed[1], c.end)  # "los días 14, 15 y 16 de noviembre": from the first day listed
        start = _safe_date(end.year, month, d1)
        return (DateRange(start, end, "day", span) if start else None), "range", None
    if k == "my":
        r = _month_range(int(m.group("y")), lex.months[lex.key(m.group("m"))])
        part_m = _month_part_before(text, m.start(), lex)
        if r is not None and part_m is not None:
            # "late February 2023" is its last ten days, as "late February" is
            part = lex.month_parts[phrase_key(part_m.group("pre"))]
            r = (r[0].replace(day=min(part[0], r[1].day)), r[1].replace(day=min(part[1], r[1].day)))
        return (DateRange(r[0], r[1], "month", span) if r else None), "month", None
    if k == "this_month":
        # the day of the publication's own month, whatever the year inference would say
        day_ = _safe_date(published.year, published.month, _day(m, "d", lex)) if published else None
        return (DateRange(day_, day_, "day", span) if day_ else None), "explicit", None
    if k == "stamp":
        return (DateRange(published, published, "day", span) if published else None), "stamp", None
    if k == "past_day":
        return _past_day(_day(m, "d", lex), published, span), "explicit", None
    if k == "month":
        month = lex.months[lex.key(m.group("m"))]
        y = _month_year(month, published)
        if y is not None and published is not None and month == published.month and (
            phrase_key(m.group("pre")) in lex.month_past
            or (lex.month_past_after is not None and lex.month_past_after.match(text, m.end("m")))
        ):
            y -= 1  # "last January" told in January: a year back, not this month
        r = _month_range(y, month) if y else None
        mspan = Span(m.start("m"), m.end("m"))
        part = lex.month_parts.get(phrase_key(m.group("pre")))
        if r is not None and part is not None:
            # "late December" is its last ten days; a part ends with the month at the latest
            r = (r[0].replace(day=min(part[0], r[1].day)), r[1].replace(day=min(part[1], r[1].day)))
            mspan = Span(m.start("pre"), m.end("m"))
        return (DateRange(r[0], r[1], "month", mspan) if r else None), "month", None
    if k == "year":
        y = int(m.group("y"))
        part = _year_part(text, c.start, lex)
        if part is not None:
            # "a inicios de 2023": the months of the year's part, not the whole year
            end = _month_range(y, part[1])
            if end is not None:
                return DateRange(date(y, part[0], 1), end[1], "month", Span(m.start("y"), m.end("y"))), "month", None
        return DateRange(date(y, 1, 1), date(y, 12, 31), "year", Span(m.start("y"), m.end("y"))), "year", None
    if k in ("iso", "numeric"):
        a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
        if len(m.group("y")) == 2:
            y += 2000
        if k == "iso":
            day_, month = b, a
        elif lex.numeric_order.startswith("M"):
            month, day_ = (a, b) if a <= 12 else (b, a)
        else:
            day_, month = (a, b) if b <= 12 else (b, a)
        d = _safe_date(y, month, day_)
        return (DateRange(d, d, "day", span) if d else None), "explicit", None
    if k == "weekday":
        if published is None:
            return None, "weekday", None
        wd = lex.weekdays[lex.key(m.group("wd"))]
        mode = "recent"
        if m.group("pre"):
            mode = lex.wd_before.get(phrase_key(m.group("pre")), "recent")
        if m.group("post"):
            mode = lex.wd_after.get(phrase_key(m.group("post")), mode)
        # counted from the day told, with none told yet: from publication ("el viernes anterior"
        # in a Friday paper is the Friday before; a news report's "following Monday" the last one)
        mode = "past" if mode == "before_told" else mode
        if mode == "none":
            return None, "weekday", None  # "every Wednesday": no day of its own
        if mode == "next":
            delta = -(((wd - published.weekday() - 1) % 7) + 1)
        elif mode == "coming":
            delta = -((wd - published.weekday()) % 7)  # "starting Tuesday": that day or the next one
        elif mode == "past":
            delta = ((published.weekday() - wd - 1) % 7) + 1
        elif mode == "last_week":
            delta = published.weekday() + 7 - wd  # "el lunes de la semana pasada": that day of the week before the report's
        else:
            delta = (published.weekday() - wd) % 7
        if mode == "recent" and delta and _told_ahead(text, c, lex):
            delta = -((wd - published.weekday()) % 7)  # "llegarán el lunes", "will march on Monday": the coming one
        d = _shift(published, -delta)
        if d is not None and "wdn" in m.re.groupindex and m.group("wdn"):
            d = _weekday_of_month(d, wd, int(m.group("wdn")), _looks_back_a_year(text, lex))
        return (DateRange(d, d, "day", span) if d else None), "weekday", None
    if k == "relative":
        if published is None:
            return None, "relative", None
        phrase = phrase_key(m.group("r"))
        if phrase in lex.rel_days:
            d = _shift(published, lex.rel_days[phrase])
            return (DateRange(d, d, "day", span) if d else None), "relative", None
        if phrase in lex.holidays:
            # "en Nochebuena": that day, in the year the story implies (the latest before publication)
            d = _infer_year(*lex.holidays[phrase], published)
            return (DateRange(d, d, "day", span) if d else None), "explicit", None
        if phrase in lex.rel_spans:
            # "hace unos días", "in recent days": no day told, only the days before publication it lies in
            first, last = lex.rel_spans[phrase]
            a, b = _shift(published, first), _shift(published, last)
            return (DateRange(a, b, "week", span) if a and b else None), "relative", None
        unit, off = lex.rel_periods[phrase]
        if unit == "month" and lex.month_named_after.match(text, c.end):
            return None, "relative", None  # "el pasado mes de diciembre": the month named says which
        period = _period(published, unit, off, span)
        part = lex.rel_parts.get(phrase)
        if period is not None and part is not None and unit == "month":
            # "late last month" is its last ten days, as "late December" is (a part ends with the month)
            last = calendar.monthrange(period.start.year, period.start.month)[1]
            first, end = period.start.replace(day=min(part[0], last)), period.start.replace(day=min(part[1], last))
            period = DateRange(first, min(end, published) if off == 0 and first <= published else end, "month", span)
        return period, "relative", None
    if k == "ago":
        n = _count(m.group("n"), text, lex)
        if published is None or n is None:
            return None, "relative", None
        unit = lex.units[phrase_key(m.group("u"))]
        if lex.ago_approx_words and not _approximate_ago_dates(text, m, lex):
            return None, "relative", None
        groups = m.groupdict()
        if (groups.get("exact") or groups.get("week") or _exact_ago(m, text, lex)) and unit in ("month", "year"):
            back = n * (12 if unit == "year" else 1)
            month0 = published.year * 12 + published.month - 1 - back
            d = _safe_date(month0 // 12, month0 % 12 + 1, published.day)
            if d is not None and groups.get("week"):
                monday = d - timedelta(days=d.weekday())
                return DateRange(monday, monday + timedelta(days=6), "week", span), "relative", None
            return (DateRange(d, d, "day", span) if d else None), "relative", None
        return _period_ago(published, unit, n, span), "relative", None
    if k == "lasted":
        # ("after two weeks of protests": fourteen days, as "eleven days of strike" are eleven; "a week of
        # unrest" is a loose length, no span)
        n = _days_counted(m, text, lex)
        if published is None or n is None or lex.units[phrase_key(m.group("u"))] == "week" and n < 14:
            return None, "relative", None
        start = _shift(published, -(n - 1))
        return (DateRange(start, published, "day", span) if start else None), "relative", None
    if k == "past_span":
        # "over the past three days": from that many days before publication up to it, as
        # "in the past 48 hours" is (relative_spans); only spans of days or weeks, short enough to bound
        n = _days_counted(m, text, lex)
        if published is None or n is None:
            return None, "relative", None
        start = _shift(published, -n)
        return (DateRange(start, published, "day", span) if start else None), "relative", None
    if k == "elapsed":
        n = _days_counted(m, text, lex)
        if published is None or n is None:
            return None, "elapsed", None
        end = _elapsed_until(m, lex, published)
        start = _shift(end, -(n - 1))
        return (DateRange(start, end, "day", span) if start else None), "elapsed", None
    if k == "anchor":
        phrase = phrase_key(m.group("r"))
        if phrase in lex.anchor_weekend:
            return None, "weekend_of_told", None
        if phrase in lex.anchor_month:
            return None, "month_of_told", None
        if phrase in lex.anchor_after_spans:
            return None, "span_after_told", None
        if phrase in lex.anchor_spans:
            # ("días antes de la elección" counts back from the election, not from the day told)
            return None, ("anchor" if _word_after(text, m.end()) in lex.anchor_span_not_before else "span_before_told"), None
        return None, "anchor", lex.anchor_rel[phrase]
    if k == "night":
        return None, "night", lex.night_rel[phrase_key(m.group("r"))]
    if k in ("later", "earlier"):
        if k == "later" and _AFTER_A_COMMA.search(text, 0, m.start()) and _CLAUSE_GOES_ON.match(text, m.end()):
            # "mourners marched on Wednesday, a day after a police officer was burned to death": the
            # clause after it is that much earlier (kipu.extract.clauses.split_days_before), no day of this one
            return None, "anchor", None
        if lex.duration_before is not None and lex.duration_before.search(text, max(0, m.start() - DURATION_REACH), m.start()):
            return None, "anchor", None  # "less than a week after taking office": a length, no day
        n = _count(m.group("n"), text, lex)
        unit = lex.units[phrase_key(m.group("u"))]
        if n is not None and unit == "month" and k == "later" and not _came_that_long_after(m, text, lex):
            return None, "months_after_told", n  # "Un mes después, los familiares marcharon": the calendar month on
        if n is None or unit not in ("day", "week", "hour"):
            return None, "anchor", None
        # ("48 horas después", "24 hours later": whole days on from the day told)
        days = n // HOURS_A_DAY if unit == "hour" else n * (7 if unit == "week" else 1)
        if k == "later" and _came_that_long_after(m, text, lex):
            return None, "anchor", -days
        return None, "anchor", days if k == "later" else -days
    return None, k, None


def _past_day(day_: int, published: date | None, span: Span) -> DateRange | None:
    """ "El pasado 9, dieciocho personas murieron": the latest day of that number
    up to publication, in its own month or, past the report's day, the month before
    (a paper of 1 February says "el pasado 9" of 9 January)."""
    if published is None:
        return None
    y, m = published.year, published.month
    if day_ > published.day:
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    d = _safe_date(y, m, day_)
    return DateRange(d, d, "day", span) if d else None


FUTURE_REACH = 40  # chars before a weekday within which a future marker of its clause may stand


def _yearless_day_told_ahead(text: str, c: _Cand, lex: _DateLex, rng: DateRange, published: date) -> DateRange | None:
    """ "The registry is due to expire on December 31", written on 10 December:
    ``_infer_year`` reads a yearless day weeks ahead in the past year, but a day
    told in the future tense (``_told_ahead``) is the one to come. Only within
    ``NEAR_FUTURE_DAYS``; a deadline's or plan's day dates no incident, so it is
    no day the story has reached either ("the same day" after it points back)."""
    if rng.start >= published:
        return None
    d = _soon_after(rng.start, rng.start.year + 1, published)
    if d is None or not _told_ahead(text, c, lex):
        return None
    return DateRange(d, d, "day", rng.span)


def _told_ahead(text: str, c: _Cand, lex: _DateLex) -> bool:
    """A weekday told in the future tense: "Los dirigentes anunciaron que el lunes
    llegarán a la capital", "Funerals will be held on Thursday" (in a Sunday paper,
    the Monday and Thursday to come). A future verb is known by its ending right
    beside the weekday (``future_verb_endings``, "llegarán el lunes", "el lunes
    llegarán"), or by a marker earlier in its clause (``future_markers``, "will")."""
    if lex.future_ending is not None:
        before = text[max(0, c.start - FUTURE_REACH) : c.start].split()
        after = text[c.end : c.end + FUTURE_REACH].split()
        near = [w for w in (before[-2:-1] if before and before[-1].lower() in lex.future_links else before[-1:]) + after[:1]]
        if any(lex.future_ending.search(w.strip(",.;:")) for w in near):
            return True
    if lex.future_markers is None:
        return False
    window = text[max(0, c.start - FUTURE_REACH) : c.start]
    cut = max(window.rfind(ch) for ch in ",.;:!?\n")
    marker = lex.future_markers.search(window, cut + 1)
    # ("will bury those killed on Monday": a participle between tells a past day of its own)
    return marker is not None and not (
        lex.past_participle is not None and any(lex.past_participle.search(w) for w in window[marker.end() :].split())
    )


def _elapsed_until(m: re.Match[str], lex: _DateLex, published: date) -> date:
    """ "Los bloqueos cumplieron el lunes 36 días": the span counted ends on the
    weekday told (the last one up to publication), not on publication."""
    told = m.groupdict().get("ewd")
    if not told:
        return published
    wd = lex.weekdays[lex.key(told)]
    return _shift(published, -((published.weekday() - wd) % 7)) or published


def _came_that_long_after(m: re.Match, text: str, lex: _DateLex) -> bool:
    """ "The deaths came nine days after the massacre in Juliaca": what "came"
    is the day already told; the clause after "after" is that many days
    before it, not after (only "N days after", not "N days later")."""
    if lex.came_before is None or not m.group(0).lower().endswith(lex.came_after):
        return False
    return lex.came_before.search(text, max(0, m.start() - CAME_REACH), m.start()) is not None


CAME_REACH = 12  # chars before "nine days after" in which "came", "comes" may stand
_AFTER_A_COMMA = re.compile(r",\s*$")
DURATION_REACH = 16  # chars before "a week after" in which "less than", "menos de" may stand
_CLAUSE_GOES_ON = re.compile(r"\s+\w")


def _days_counted(m: re.Match[str], text: str, lex: _DateLex) -> int | None:
    """The days a span of days or weeks counts ("the past three days", "dos
    semanas"): None for another unit, or for a span too short or too long to
    bound (1 day, or over ``MAX_LASTED_DAYS``)."""
    c = _count(m.group("n"), text, lex)
    unit = lex.units[phrase_key(m.group("u"))]
    n = None if c is None or unit not in ("day", "week") else c * (7 if unit == "week" else 1)
    return n if n is not None and 1 < n <= MAX_LASTED_DAYS else None


def _count(word: str, text: str, lex: _DateLex) -> int | None:
    from kipu.extract.numbers import word_to_int  # numbers imports us lazily too

    v = word_to_int(word, lex.lang)
    return v if v is not None and 0 < v <= 1000 else None


def _period(published: date, unit: str, off: int, span: Span) -> DateRange | None:
    monday = published - timedelta(days=published.weekday())
    try:
        if unit == "week":
            if off == 0:
                return DateRange(monday, published, "week", span)
            start = monday + timedelta(days=7 * off)
            return DateRange(start, start + timedelta(days=6), "week", span)
        if unit == "weekend":
            if off == 0 and published.weekday() >= 5:
                sat = monday + timedelta(days=5)
            else:
                sat = monday - timedelta(days=2)
            return DateRange(sat, sat + timedelta(days=1), "week", span)
        if unit == "month":
            y, mo = divmod(published.year * 12 + published.month - 1 + off, 12)
            r = _month_range(y, mo + 1)
            if r is None:
                return None
            return DateRange(r[0], min(r[1], published) if off == 0 else r[1], "month", span)
        if unit == "year":
            y = published.year + off
            return DateRange(date(y, 1, 1), published if off == 0 else date(y, 12, 31), "year", span)
    except (ValueError, OverflowError):
        return None
    return None


def _exact_ago(m: re.Match[str], text: str, lex: _DateLex) -> bool:
    """ "Exactly a month ago", "hace exactamente un mes": a word that makes the
    count exact, right before the phrase or inside it before the count, dates
    that very day N months or years back, not the whole month or year."""
    if not lex.ago_exact_words:
        return False
    inside = m.group(0)[: m.start("n") - m.start()].split()
    before = text[max(0, m.start() - 20) : m.start()].split()
    return any(phrase_key(w) in lex.ago_exact_words for w in inside) or bool(before) and phrase_key(before[-1]) in lex.ago_exact_words


def _period_ago(published: date, unit: str, n: int, span: Span) -> DateRange | None:
    try:
        if unit == "day":
            d = published - timedelta(days=n)
            return DateRange(d, d, "day", span)
        if unit == "week":
            # "hace una semana empezó el paro", "a week ago": the day that many
            # weeks back, not the whole calendar week around it ("last week" is that)
            d = published - timedelta(days=7 * n)
            return DateRange(d, d, "day", span)
        if unit == "month":
            return _period(published, "month", -n, span)
        if unit == "year":
            return _period(published, "year", -n, span)
    except (ValueError, OverflowError):
        return None
    return None


# --------------------------------------------------------------------------- public API


_CLAUSE_START = re.compile(r"[^,;:.!?()\n]*$")
_A_WORD = re.compile(r"\w+")
SPAN_CLAUSE_REACH = 80  # chars read back from "días antes" to its clause's start


def _in_a_main_pluperfect(text: str, c: Any, lex: _DateLex) -> bool:
    """ "El Gobierno había aprobado días antes el decreto", "Days earlier, the
    government had ...": the span dates the sentence's own act when its clause
    has a pluperfect's auxiliary and no subordinator, or when it opens the
    sentence before a comma. In "la protesta convocada días antes", "tal como
    lo habían anunciado días antes", "quienes fueron despedidos días antes" it
    dates a side act (the call, the firing), not what the sentence tells."""
    clause = _CLAUSE_START.search(text, max(0, c.start - SPAN_CLAUSE_REACH), c.start)
    words = [phrase_key(w) for w in _A_WORD.findall(clause.group())] if clause else []
    if any(w in lex.anchor_span_subordinators for w in words):
        return False
    if not words:
        return text[c.end : c.end + 1] == ","
    return any(w in lex.anchor_span_aux for w in words)


def _span_before_told(c: Any, lex: _DateLex, last_day: DateMention | None, published: date | None) -> DateMention | None:
    """ "El 14 de enero bloquearon la vía. El Gobierno había aprobado días
    antes el decreto": no count, so a few days before the day just told
    (before publication when none was), a span as "hace unos días" is; not
    the told day itself, as the sentence would otherwise take it."""
    base = last_day.range.start if last_day is not None else published
    if base is None:
        return None
    first, last = lex.anchor_spans[phrase_key(c.m.group("r"))]
    a, b = _shift(base, first), _shift(base, last)
    if a is None or b is None:
        return None
    span = Span(c.start, c.end)
    return DateMention(span, DateRange(a, b, "day", span), "anchor", last_day is not None, last_day.span if last_day is not None else None)


def _span_after_told(c: Any, lex: _DateLex, last_day: DateMention | None, published: date | None) -> DateMention | None:
    """ "On January 9, soldiers killed 17 people. In the weeks after the massacre,
    residents marched daily": a span after the day just told (not that day, which the
    sentence would otherwise take), ending no later than the report; none when no day
    was told (the phrase then counts from nothing the article gives)."""
    if last_day is None:
        return None
    first, last = lex.anchor_after_spans[phrase_key(c.m.group("r"))]
    base = last_day.range.end
    a, b = _shift(base, first), _shift(base, last)
    if a is None or b is None:
        return None
    if published is not None:
        if a > published:
            return None
        b = min(b, published)
    span = Span(c.start, c.end)
    return DateMention(span, DateRange(a, b, "day", span), "anchor", True, last_day.span)


def _months_after_told(c: Any, months: int | None, last_day: DateMention | None, published: date | None) -> DateMention | None:
    """ "El 9 de enero murieron 18 personas. Un mes después, los familiares marcharon":
    the same day that many calendar months after the day told (the month's last day
    when it has fewer), not before the report; none when no day was told."""
    if last_day is None or not months:
        return None
    told = last_day.range.end
    month0 = told.year * 12 + told.month - 1 + months
    bounds = _month_range(month0 // 12, month0 % 12 + 1)
    if bounds is None:
        return None
    d = min(bounds[0].replace(day=min(told.day, bounds[1].day)), bounds[1])
    if published is not None and d > published:
        return None
    span = Span(c.start, c.end)
    return DateMention(span, DateRange(d, d, "day", span), "anchor", True, last_day.span, (d - told).days)


def _month_of_told(text: str, c: Any, out: list[DateMention], last_day: DateMention | None, lex: _DateLex) -> DateMention | None:
    """ "Durante enero surgieron siete conflictos [...] 127 acciones de protesta
    durante el mes": the whole month of the date told last (a day or a month
    alone), not the report's day; none when the words go on to name the month
    ("durante el mes de enero", "en el mes pasado") or nothing was told."""
    if lex.month_words_after is not None and lex.month_words_after.match(text, c.end):
        return None
    told = out[-1] if out else last_day
    if told is None or (told.range.start.year, told.range.start.month) != (told.range.end.year, told.range.end.month):
        told = last_day
    if told is None:
        return None
    bounds = _month_range(told.range.start.year, told.range.start.month)
    if bounds is None:
        return None
    span = Span(c.start, c.end)
    return DateMention(span, DateRange(bounds[0], bounds[1], "month", span), "anchor", True, told.span, 0)


def find_dates(text: str, lang: str, published: date | None) -> list[DateMention]:
    """Every resolvable date expression in ``text``, in order.

    Year-less and relative expressions need ``published``; without it only
    dates that carry their year are returned. Expressions relative to another
    date ("the following morning") are resolved against the nearest earlier
    day-precise date in the text and dropped when there is none. Never raises.
    """
    if not isinstance(text, str) or not text:
        return []
    lex = _lexicon(lang)
    if lex is None:
        return []
    if published is not None and not isinstance(published, date):
        published = None
    out: list[DateMention] = []
    has_year: list[bool] = []
    last_day: DateMention | None = None
    last_written: DateMention | None = None  # the last day written with its month ("el 15 de diciembre")
    year_back: tuple[DateMention, DateMention | None] | None = None  # a paragraph's "A year ago" lead, and the day told before it
    cands = _candidates(text, lex)
    lasted = {c.start for c in cands if c.kind == "lasted"}
    story_day: DateMention | None = None  # the last day told outright, while ``last_day`` is one counted from it
    for i, c in enumerate(cands):
        rng, kind, offset = _resolve(c, text, lex, published)
        if kind == "night":
            night = None if _word_before(text, c.start) in lex.night_not_after else (
                _night(text, c, cands[i + 1] if i + 1 < len(cands) else None, last_day, offset, published)
            )
            if night is not None:
                out.append(night)
                has_year.append(True)
            continue
        if kind == "month_of_told":
            told_month = _month_of_told(text, c, out, last_day, lex)
            if told_month is not None:
                out.append(told_month)
                has_year.append(True)
            continue
        if kind in ("span_before_told", "span_after_told", "months_after_told"):
            # a span or day counted from the day just told: days before it, days or months after it
            if kind == "span_before_told":
                told_span = _span_before_told(c, lex, last_day, published) if _in_a_main_pluperfect(text, c, lex) else None
            elif kind == "span_after_told":
                told_span = _span_after_told(c, lex, last_day, published)
            else:
                told_span = _months_after_told(c, offset, last_day, published)
            if told_span is not None:
                out.append(told_span)
                has_year.append(True)
            continue
        if kind == "weekend_of_told":
            if last_day is not None:
                # "On Friday 13 January ... That weekend, ...": the Saturday and Sunday of (or right after) the day told
                told_day = last_day.range.start
                sat = told_day + timedelta(days=5 - told_day.weekday()) if told_day.weekday() <= 5 else told_day - timedelta(days=1)
                span = Span(c.start, c.end)
                out.append(DateMention(span, DateRange(sat, sat + timedelta(days=1), "week", span), "anchor", True, last_day.span, (sat - told_day).days))
                has_year.append(True)
            continue
        if kind == "anchor":
            if offset is not None and offset < 0 and last_day is None and published is not None:
                # "luego de la intervención policial del día anterior" with no
                # day told before it: the day before the report, as "ayer".
                d = _shift(published, offset)
                if d is not None:
                    # (still counted, not named: "On the eve of the strike, on 3 January" keeps the day named)
                    out.append(DateMention(Span(c.start, c.end), DateRange(d, d, "day", Span(c.start, c.end)), "anchor"))
                    has_year.append(True)
                continue
            if offset is not None and last_day is None and published is not None:
                # "Later that night, an officer was attacked by a crowd. His body was found the next
                # morning, on January 10": with no day told before, the day a later count names outright
                # in its paragraph gives the story's day (January 9)
                implied = _day_named_later(text, cands, i, lex, published)
                if implied is not None and (d := _shift(implied.range.start, offset)) is not None:
                    span = Span(c.start, c.end)
                    # (no anchor span: the day it counts from is implied, none written)
                    out.append(DateMention(span, DateRange(d, d, "day", span), "anchor", True, None, offset))
                    has_year.append(True)
                continue
            if offset is None or last_day is None:
                continue
            told = last_day
            returned = _day_of_the_place_returned_to(text, c.start, lex, out)
            if returned is not None:
                told = returned  # "Back in Juliaca, the night after the massacre": Juliaca's day, not the flashback's
            elif told.kind == "anchor" and story_day is not None and (offset != 0 or "\n" in text[told.span.end : c.start]):
                # only "that same day" stays on a day counted; "Al día siguiente hubo otra, y dos días
                # después, una tercera" counts from the day told, and so does a new paragraph ("Two more
                # died the following day. // [...] the state of emergency declared the day before")
                told = story_day
            if year_back is not None and told is year_back[0] and "\n" in text[told.span.end : c.start]:
                # (the paragraph after it is back in the report's days: "In Lima, on the same day")
                if year_back[1] is None:
                    continue
                told = year_back[1]
            if (
                offset == 0 and last_written is not None and last_day.kind in ("relative", "weekday")
                and (last_day.range.start - last_written.range.end).days > DISTAL_DAYS and phrase_key(c.m.group("r")) in lex.anchor_distal
            ):
                # "familiares de las víctimas del 15 de diciembre de 2022 marcharon
                # ayer [...] Ese día, diez personas murieron": "ese día" points back
                # to the old day written out, not to the report's own "ayer" (a
                # day written days before the report's is the same story's: "el
                # 24 de enero ... este martes ... ese día" stays with the Tuesday).
                told = last_written
            run_day = c.kind == "anchor" and told.range.start < told.range.end and _run_day_anchor(text, Span(c.start, c.end), lex)
            if c.kind == "anchor" and offset and told.range.start == told.range.end and _run_day_anchor(text, Span(c.start, c.end), lex) and (
                lex.run_introduced is not None and lex.run_introduced.match(text, c.end)
            ):
                # "Thousands marched on Thursday. The march came on the second day of a three-day strike":
                # the run named only now, the day told is that day of it
                offset = 0
            base = told.range.end if offset > 0 and not run_day else told.range.start
            d = _shift(base, offset)
            if d is None:
                continue
            span = Span(c.start, c.end)
            out.append(DateMention(span, DateRange(d, d, "day", span), "anchor", True, told.span, offset))
            has_year.append(True)
            if run_day and d <= told.range.end:
                # "From 23 to 25 October [...] On the first day, police used tear gas. The following
                # day, the marchers returned": the story is now at that one day of the run
                last_day, story_day = out[-1], None
            elif offset > 0:
                # "Al día siguiente, Iturriaga anunció el toque de queda. Piñera suspendió el alza
                # ese mismo día": the story has moved on to the day counted
                story_day = story_day if last_day.kind == "anchor" else last_day
                last_day = out[-1]
            continue
        if kind == "weekday" and _weekday_restates(text, c, lex, out[-1] if out else None,
                                                   cands[i + 1] if i + 1 < len(cands) else None, published):
            continue
        mode = _told_mode(c, lex) if kind == "weekday" and last_day is not None else None
        if mode is not None and last_day is not None:
            rng = _weekday_of_told(c, lex, last_day, mode)
            if rng is not None:
                out.append(DateMention(rng.span or Span(c.start, c.end), rng, "anchor", True, last_day.span,
                                       (rng.start - last_day.range.start).days))
                has_year.append(True)
            continue
        if rng is None:
            continue
        if kind == "pair":
            # two single days: the first as written up to its number, the second with the month
            first_span, second_span = Span(c.start, c.m.end("d1")), Span(c.m.start("d2"), c.end)
            first = DateMention(first_span, DateRange(rng.start, rng.start, "day", first_span), "explicit")
            last_day = DateMention(second_span, DateRange(rng.end, rng.end, "day", second_span), "explicit")
            out.extend((first, last_day))
            explicit_year = c.m.group("y") is not None
            has_year.extend((explicit_year, explicit_year))
            last_written = last_day
            continue
        if kind == "weekday" and last_day is not None:
            rng = _weekday_and_day_of_the_story(c, lex, rng, last_day)
            rng = _paper_weekday_in_a_told_week(text, c, lex, rng, last_day, published) or rng
        explicit_year = c.kind in ("this_month", "past_day", "stamp") or ("y" in c.m.re.groupindex and c.m.group("y") is not None)
        if not explicit_year and c.kind in ("md", "dm") and published is not None and rng is not None and _moved_back_a_year(rng.start, published) and (
            _remembered_day(text, c, lex) or _told_on_its_anniversary(text, c, lex)
        ):
            explicit_year = True  # "aquel 9 de enero" moved to last year: no full date of the piece's own year takes it back
        if not explicit_year and kind in ("explicit", "range") and rng.precision == "day" and published is not None:
            named = _named_year(text, c.end, rng, lex, published) or _year_of_the_clause(text, c.start, rng, lex, out)
            if named is not None:
                rng, explicit_year = named, True
        elif not explicit_year and kind == "month" and rng.precision == "month" and published is not None:
            # "In January last year", "en enero del año pasado": the month of the year the period names
            named = _named_year(text, c.end, rng, lex, published)
            if named is not None:
                rng, explicit_year = named, True
        told_ahead = False
        if not explicit_year and kind == "explicit" and rng.precision == "day" and published is not None:
            ahead_day = _yearless_day_told_ahead(text, c, lex, rng, published)
            if ahead_day is not None:
                rng, told_ahead = ahead_day, True
        if kind == "month" and out and _month_of_the_weekday(text, c, rng, out[-1], lex):
            continue
        mention = DateMention(rng.span or Span(c.start, c.end), rng, kind)
        if kind == "relative" and rng.precision == "year" and _opens_sentence(text, c.start):
            # "A year ago the mood was different. [...] a police officer was set alight in the
            # early hours of the next day": the paragraph told from here is that day's, a year back
            back = _written_near(years_ago_day(text, mention, lang, published), out, has_year)
            if back is not None:
                mention = DateMention(mention.span, back, kind)
                year_back = (mention, last_day)
                last_day = mention
        out.append(mention)
        has_year.append(explicit_year)
        ahead = told_ahead or (kind == "weekday" and published is not None and rng.start > published)
        if rng.precision == "day" and not ahead and not _backstory_day(text, c.start, last_day, lex, rng) and not (
            last_day is not None and _a_runs_start(text, lex, c.start)
        ):
            # (a movement's first day, "las protestas que comenzaron el 18 de abril", is no day the
            # story has reached: "La víspera" after it is the eve of the report's own day; nor is a
            # weekday told ahead, "said they would march on Thursday. A day earlier, ...")
            last_day = mention
            if kind == "explicit":
                last_written = mention
    out, has_year = _days_of_the_month_told(text, lex, out, has_year)
    out, has_year = _bare_day_ranges(text, lex, published, out, has_year)
    out, has_year = _restated(text, _years_from_text(text, out, has_year, published), has_year)
    if published is not None:
        out = _year_of_a_look_back(text, lex, published, out, has_year)
    out = _reanchor(_named_outright(text, out, lex), text, lex)
    return _until_ahead(text, lex, published, _lasted_from_onset(text, _since(text, lex, published, _merge_ranges(text, lex, out, has_year)), lasted))


RUN_NOUN_REACH = 30  # chars around a year within which the run noun it names stands ("protestas de 2023", "the 2023 protests")


def _year_of_a_look_back(text: str, lex: _DateLex, published: date, out: list[DateMention], has_year: list[bool]) -> list[DateMention]:
    """A day written without its year ("el 9 de enero, en Juliaca, murieron 17
    personas") in a piece that has already placed its story in the year before
    publication ("Hace un año", "In January last year", "las protestas de 2023"):
    the story's year, not the publication's. Only a day whose month such an
    earlier mention covers (a month of that year, the whole year, or the day a
    year back), and only a whole year ("2022", "last year") when the piece looks
    back a year (``a_year_back``) or the year names a protest ("the 2023
    protests"): "in 2022, ..." or "Last year, Castillo was removed" in an
    article of 2023 is no story year of its days."""
    last = published.year - 1
    if not any(m.range.start.year == last for m in out):
        return out  # (no mention of last year at all: nothing to read; speed only)
    looks_back: bool | None = None  # (the text searched once, only when a whole year needs it; speed only)
    nouns = lex.run_nouns
    marks: list[tuple[int, int, int, bool]] = []  # (end of the mention, first month, last month, told as a look back) of last year
    result: list[DateMention] = []
    for mm, explicit in zip(out, has_year):
        r = mm.range
        if r.start.year == last and r.end.year == last and (explicit or mm.kind == "relative") and not mm.anchor_needed and not _counted_from(text, mm.span, lex):
            # ("Last year, Castillo was removed. // On March 5, thousands marched": a whole year named in
            # passing places no story there; a month of it, or the day a year back, does)
            run = _names_a_run(text, mm.span, nouns)
            if r.precision == "year" and not run and looks_back is None:
                looks_back = _looks_back_a_year(text, lex)
            if r.precision != "year" or run or looks_back:
                # ("¿Qué recuerda de aquel 9 de enero?": a remembered day is told looking back, as "Hace un año" is)
                back = mm.kind == "relative" or run or r.precision == "day" and _word_before(text, mm.span.start) in lex.remembered_prefixes
                marks.append((mm.span.end, r.start.month, r.end.month, back))
        # ("Aniversario ... El 9 de enero de 2023 murieron 18 personas. // El 4 de enero, familiares marcharon",
        # published on 9 January 2024: a day of the last weeks is the report's own, unless the year was told
        # looking back ("Hace un año", "last year") or as a protest's ("las protestas de 2023"))
        recent = _news_of_the_month(r, published)
        if (
            not explicit and mm.kind in ("explicit", "range") and r.precision == "day" and r.start.year == r.end.year == published.year
            and any(end <= mm.span.start and first <= r.start.month and r.end.month <= final and (back or not recent) for end, first, final, back in marks)
        ):
            start, stop = _safe_date(last, r.start.month, r.start.day), _safe_date(last, r.end.month, r.end.day)
            if start and stop:
                mm = DateMention(mm.span, DateRange(start, stop, r.precision, r.span), mm.kind, mm.anchor_needed, mm.anchor, mm.offset_days)
        result.append(mm)
    return result


COUNTED_FROM_REACH = 40  # chars from "un año después de" to the old day it counts from ("de las protestas de enero de 2023")


def _counted_from(text: str, span: Span, lex: _DateLex) -> bool:
    """ "Un año después de las protestas de enero de 2023, los familiares
    marcharon el 16 de enero": the old month is what the piece counts a year
    from, so today's days stay today's; it places no story in that year."""
    if lex.year_back is None:
        return False
    head = text[max(0, span.start - COUNTED_FROM_REACH) : span.start]
    return any(not any(ch in head[m.end() :] for ch in ".;\n") for m in lex.year_back.finditer(head))


def _names_a_run(text: str, span: Span, nouns: frozenset[str]) -> bool:
    """A year written right after a run noun and its link ("las protestas de
    2023") or right before the noun ("the 2023 protests")."""
    before = text[max(0, span.start - RUN_NOUN_REACH) : span.start].split()
    after = text[span.end : span.end + RUN_NOUN_REACH].split()
    near_before = [phrase_key(w.strip(",.;:")) for w in before[-2:]]
    return any(w in nouns for w in near_before) or bool(after) and phrase_key(after[0].strip(",.;:")) in nouns


UNTIL_AHEAD_DAYS = 7  # days after publication within which "hasta el viernes 25" ends a run going on now


def _until_ahead(text: str, lex: _DateLex, published: date | None, mentions: list[DateMention]) -> list[DateMention]:
    """ "durante los tres días de la medida de fuerza, anunciada hasta el
    viernes 25" written on Wednesday 23: the run goes on from publication to
    that day; read alone, the day ahead dated the strike to its last day only,
    two days after the report. Only a day a few days ahead: an older "hasta"
    closes a count or a run whose start is told elsewhere."""
    if lex.until_before is None or published is None:
        return mentions
    out: list[DateMention] = []
    for mm in mentions:
        if (
            mm.kind in ("explicit", "weekday") and mm.range.precision == "day" and not mm.anchor_needed
            and 0 < (mm.range.start - published).days <= UNTIL_AHEAD_DAYS
            and (u := lex.until_before.search(text, max(0, mm.span.start - SINCE_REACH), mm.span.start)) is not None
        ):
            span = Span(u.start(), mm.span.end)
            mm = DateMention(span, DateRange(published, mm.range.end, "day", span), "range")
        out.append(mm)
    return out


def _day_of_told_matches(lex: _DateLex, text: str) -> Iterator[re.Match[str]]:
    """``lex.day_of_told``'s matches at the text's start or right after a stop,
    left to right without overlap (as one pattern with a look-behind would)."""
    assert lex.day_of_told is not None and lex.day_of_told_after is not None
    first = lex.day_of_told.match(text)
    if first is not None:
        yield first
    yield from lex.day_of_told_after.finditer(text, first.end() if first is not None else 0)


MONTH_TOLD_REACH = 1200  # chars from a day written with its month to a bare day of that month ("El 19 marchamos")


def _days_of_the_month_told(text: str, lex: _DateLex, out: list[DateMention], has_year: list[bool]) -> tuple[list[DateMention], list[bool]]:
    """Add each bare day number that opens a clause ("Salimos de Ilave el 16
    de enero. [...] El 19 marchamos por el centro", "On the 19th we marched")
    as a day of the month of the day last written with its month, counted
    from it (anchored to it, so a later fix of that day's year carries over). Only
    a later day of the same month, not far after it; a number followed by
    what makes it no day ("el 19 por ciento") is left out."""
    if lex.day_of_told is None or not out:
        return out, has_year
    written = [mm for mm in out if mm.kind == "explicit" and mm.range.precision == "day" and mm.range.start == mm.range.end]
    if not written:
        return out, has_year
    added: list[tuple[DateMention, bool]] = []
    taken = [mm.span for mm in out]
    for m in _day_of_told_matches(lex, text):
        start, end = m.start("o"), m.end()
        if any(sp.start < end and start < sp.end for sp in taken):
            continue
        after = text[end : end + 20].split()
        if after and phrase_key(after[0].strip(",.;:")) in lex.day_of_told_not_after or text[end : end + 1] == "%":
            continue
        told = next((mm for mm in reversed(written) if mm.span.end <= start), None)
        if told is None or start - told.span.end > MONTH_TOLD_REACH:
            continue
        day_ = _safe_date(told.range.start.year, told.range.start.month, int(m.group("d")))
        if day_ is None or day_ <= told.range.start:
            continue
        span = Span(start, end)
        # (written, not counted from when a speaker spoke: "explicit", though its month is the day told's)
        added.append((DateMention(span, DateRange(day_, day_, "day", span), "explicit", True, told.span, (day_ - told.range.start).days), True))
    if not added:
        return out, has_year
    merged = sorted([*zip(out, has_year), *added], key=lambda p: p[0].span.start)
    return [mm for mm, _ in merged], [h for _, h in merged]


def _bare_day_ranges(
    text: str, lex: _DateLex, published: date | None, out: list[DateMention], has_year: list[bool]
) -> tuple[list[DateMention], list[bool]]:
    """Add each run of two bare days ("entre el 7 y el 9 hubo bloqueos", "del 4 al
    6 se bloquearon las vías") as days of the month last written with its day
    before it (not far back), else of the report's month (or the one before,
    when the last day is still ahead of the report's: "el pasado 9"). Words
    right after it that make the numbers no days ("del 4 al 6 por ciento",
    ``bare_day_range.not_after``) leave it out; so does a day not after the first."""
    if lex.bare_range is None:
        return out, has_year
    starts = lex.rare_gate.positions(text)[1]
    if starts is not None and not starts:  # (no opener with a digit after it: no match; speed only)
        return out, has_year
    taken = [mm.span for mm in out]
    written = [mm for mm in out if mm.kind == "explicit" and mm.range.precision == "day" and mm.range.start == mm.range.end]
    added: list[tuple[DateMention, bool]] = []
    for m in wordgate.finditer(lex.bare_range, text, starts):
        start, end = m.start(), m.end()
        if any(sp.start < end and start < sp.end for sp in taken):
            continue
        after = text[end : end + 20].split()
        if after and phrase_key(after[0].strip(",.;:")) in lex.bare_range_not_after:
            continue
        d1, d2 = int(m.group("d1")), int(m.group("d2"))
        if d1 >= d2:
            continue
        told = next((mm for mm in reversed(written) if mm.span.end <= start), None)
        if told is not None and start - told.span.end <= MONTH_TOLD_REACH:
            y, mo = told.range.start.year, told.range.start.month
        elif published is not None:
            last = _past_day(d2, published, Span(start, end))
            if last is None:
                continue
            y, mo = last.start.year, last.start.month
        else:
            continue
        first, last_ = _safe_date(y, mo, d1), _safe_date(y, mo, d2)
        if first is None or last_ is None:
            continue
        span = Span(start, end)
        added.append((DateMention(span, DateRange(first, last_, "day", span), "range"), True))
    if not added:
        return out, has_year
    merged = sorted([*zip(out, has_year), *added], key=lambda p: p[0].span.start)
    return [mm for mm, _ in merged], [h for _, h in merged]


YEAR_BACK_NEAR = 3  # days between "a year ago" read from publication and the anniversary's day written out


def _written_near(back: DateRange | None, told: list[DateMention], has_year: list[bool]) -> DateRange | None:
    """The day written out with its year a few days from ``back`` (whole years
    before publication), else ``back``: "the 18 people who died on 9 January
    2023 [...] A year ago, ..." in a paper of 10 January 2024 is the 9th."""
    if back is None:
        return None
    for mm, explicit in zip(told, has_year):
        r = mm.range
        if explicit and mm.kind == "explicit" and r.precision == "day" and r.start == r.end and abs((r.start - back.start).days) <= YEAR_BACK_NEAR:
            return DateRange(r.start, r.end, "day", back.span)
    return back


def _opens_sentence(text: str, start: int) -> bool:
    """Whether ``start`` opens a sentence (only an opening quote or bracket before it)."""
    before = text[max(0, start - 4) : start].lstrip("\"'“«(¡¿ ")
    head = text[max(0, start - 4) : start].rstrip("\"'“«(¡¿ ")
    return not before or head[-1:] in (".", "!", "?", "\n", "")


def _weekday_restates(
    text: str, c: _Cand, lex: _DateLex, before: DateMention | None, after: _Cand | None, published: date | None
) -> bool:
    """Whether a bare weekday only names the weekday of the day written right
    beside it: "It was Thursday, the fifteenth of December, 2022", "The next
    day, Friday, ...". Read from publication it would be a second, wrong day
    (the Thursday of the report's own week) and would become the day the
    story is telling; the day beside it already dates the sentence."""
    wd = lex.weekdays.get(lex.key(c.m.group("wd")))
    if wd is None:
        return False
    if (
        before is not None and before.kind == "anchor" and before.range.precision == "day"
        and 0 <= c.start - before.span.end <= APPOSITION_GAP
        and RESTATED_GAP.fullmatch(text, before.span.end, c.start) is not None
    ):
        return before.range.start.weekday() == wd
    if after is not None and 0 <= after.start - c.end <= APPOSITION_GAP and RESTATED_GAP.fullmatch(text, c.end, after.start) is not None:
        rng, kind, _ = _resolve(after, text, lex, published)
        return kind == "explicit" and rng is not None and rng.precision == "day" and rng.start.weekday() == wd
    return False


def _named_year(text: str, end: int, rng: DateRange, lex: _DateLex, published: date) -> DateRange | None:
    """The day moved into the year a period right after it names ("on 9 January
    last year"), so an anniversary piece does not put the old incident, and the
    days counted from it, into the publication year. None when no such period follows."""
    m = lex.year_after.match(text, end) if lex.year_after else None
    if m is None:
        return None
    unit_off = lex.rel_periods.get(phrase_key(m.group("r")))
    if unit_off is None:
        return None
    shift = published.year + unit_off[1] - rng.end.year
    start = _safe_date(rng.start.year + shift, rng.start.month, rng.start.day)
    stop = _safe_date(rng.end.year + shift, rng.end.month, rng.end.day)
    return DateRange(start, stop, rng.precision, rng.span) if start and stop else None


YEAR_CLAUSE_REACH = 90  # chars from a bare year to a day of the clause it opens


def _year_of_the_clause(text: str, start: int, rng: DateRange, lex: _DateLex, told: list[DateMention]) -> DateRange | None:
    """The day moved into the bare year whose clause it ends ("the protests of
    2020, when two young men were killed in Lima on 14 November"): the clause
    opened right after the year (``year_clause_openers``) tells a day of that
    year, not of the publication's. None when the last date told is no such year."""
    if not told or told[-1].kind != "year" or not lex.year_clause_openers:
        return None
    year = told[-1]
    between = text[year.span.end : start]
    if len(between) > YEAR_CLAUSE_REACH or any(ch in between for ch in ".;:") or not between.lower().startswith(lex.year_clause_openers):
        return None
    shift = year.range.start.year - rng.end.year
    if shift == 0:
        return None
    first = _safe_date(rng.start.year + shift, rng.start.month, rng.start.day)
    last = _safe_date(rng.end.year + shift, rng.end.month, rng.end.day)
    return DateRange(first, last, rng.precision, rng.span) if first and last else None


RETURN_REACH = 60  # chars from the sentence's "Back in Juliaca," to the counted day after it


def _day_of_the_place_returned_to(text: str, at: int, lex: _DateLex, out: list[DateMention]) -> DateMention | None:
    """The day a sentence that returns to a place ("Back in Juliaca, the night
    after the massacre, ...") counts from: the last day written in an earlier
    paragraph that names that place. A long read's flashback ("A month earlier,
    on December 7 ... on December 15, soldiers opened fire in Ayacucho") tells
    other days in between, which the day counted does not follow."""
    if lex.return_to_place is None:
        return None
    start = max(0, at - RETURN_REACH)
    m = None
    for m in lex.return_to_place.finditer(text, start, at):
        pass
    if m is None or text.find("\n", m.end(), at) != -1:
        return None
    place = m.group(1).strip()
    for mm in reversed(out):
        if mm.span.end > m.start() or mm.range.precision != "day":
            continue
        para_start = text.rfind("\n", 0, mm.span.start) + 1
        para_end = text.find("\n", mm.span.end)
        if place in text[para_start : para_end if para_end != -1 else len(text)]:
            return mm
    return None


def _years_from_text(text: str, mentions: list[DateMention], has_year: list[bool], published: date | None = None) -> list[DateMention]:
    """Give a year-less day the year the article itself implies for it.

    Anniversary and follow-up pieces, and photo captions dated in full, name a
    day by month and day only ("the January 9 massacre", "on December 15");
    guessing its year from the publication date would move the incident into
    the wrong year. Two readings are trusted, in order: an explicit mention of
    the very same month and day with a single year anywhere in the text, then
    the nearest explicit full date in the same paragraph, taken as the "now"
    of that paragraph (the same rule as for the publication date).
    """
    full = [
        mm
        for mm, explicit in zip(mentions, has_year)
        if explicit and mm.kind in ("explicit", "range") and mm.range.precision == "day" and not mm.anchor_needed
    ]
    # "En enero de 2023, viajaron a Lima. [...] ¿Cómo llegaron? Salimos de Ilave el 16 de enero": the month
    # the story names with its year, for the days a narrator tells of it (``_told_by_a_narrator``)
    story_months: dict[int, set[int]] = {}
    named_months: list[DateMention] = []
    for mm, explicit in zip(mentions, has_year):
        if explicit and mm.range.precision == "month" and mm.range.start.month == mm.range.end.month and mm.range.start.year == mm.range.end.year:
            story_months.setdefault(mm.range.start.month, set()).add(mm.range.start.year)
            named_months.append(mm)
    if not full and not story_months:
        return mentions
    years: dict[tuple[int, int], set[int]] = {}
    for mm in full:
        for d in {mm.range.start, mm.range.end}:
            years.setdefault((d.month, d.day), set()).add(d.year)
    out: list[DateMention] = []
    before: DateMention | None = None
    moved: dict[Span, int] = {}  # the years each day was moved by, for the days counted from it
    for mm, explicit in zip(mentions, has_year):
        r = mm.range
        told, before = before, mm
        if not explicit and mm.kind in ("explicit", "range") and r.precision == "day":
            target: int | None = None
            ys = years.get((r.end.month, r.end.day))
            if told is not None and told.kind == "anchor" and 0 <= mm.span.start - told.span.end <= APPOSITION_GAP and (
                (told.range.start.month, told.range.start.day) == (r.start.month, r.start.day)
            ):
                # "Cuatro días después, el 19 de noviembre, ...": the day counted from the story's
                # own day (of 2019) names the year the bare date leaves out; counted from a bare day moved
                # to its story's year ("on December 11 [2022] ... Four days later, on December 15"), that year
                target = told.range.start.year + (moved.get(told.anchor, 0) if told.anchor is not None else 0)
            elif ys and len(ys) == 1:
                target = next(iter(ys))
            else:
                ref = _paragraph_reference(text, mm, full)
                if ref is not None:
                    target = _nearest_year(r.end.month, r.end.day, ref, r.end.year)
                elif not _news_of_the_month(r, published) and (own := _month_named_before(text, mm, named_months)) is not None:
                    target = own
                elif len(story_months.get(r.start.month, ())) == 1 and r.start.month == r.end.month and _told_by_a_narrator(text, mm.span.start):
                    target = next(iter(story_months[r.start.month]))
                elif not _news_of_the_month(r, published):
                    target = _story_year(r, full, published)
        elif not explicit and mm.kind == "month" and r.precision == "month" and r.start.month == r.end.month:
            target = _month_of_the_paragraph(text, mm, full, published)
        else:
            target = None
        if target is not None and target != r.end.year:
            shift = target - r.end.year
            start = _safe_date(r.start.year + shift, r.start.month, r.start.day)
            end = _month_end(r.end.year + shift, r.end.month) if r.precision == "month" else _safe_date(r.end.year + shift, r.end.month, r.end.day)
            if start and end:
                mm = DateMention(mm.span, DateRange(start, end, r.precision, r.span), mm.kind, mm.anchor_needed, mm.anchor, mm.offset_days)
                moved[mm.span] = shift
        out.append(mm)
    return out


def _month_end(y: int, m: int) -> date | None:
    """The last day of month ``m`` of year ``y`` (February's length moves with the year)."""
    rng = _month_range(y, m)
    return rng[1] if rng else None


def _month_of_the_paragraph(text: str, mm: DateMention, full: list[DateMention], published: date | None) -> int | None:
    """The year of a bare month ("In February, the protests declined") told in a
    paragraph that writes its days in full ("resumed on 4 January 2023"): the
    month nearest that date, as for a year-less day (``_nearest_year``), not
    the publication's (a summary written in June 2024 tells February 2023).
    A month just before publication is the news itself (``_news_of_the_month``)."""
    if _news_of_the_month(mm.range, published):
        return None
    ref = _paragraph_reference(text, mm, full)
    return _nearest_year(mm.range.start.month, 15, ref, mm.range.end.year) if ref is not None else None


RESTATED_GAP = re.compile(r"\s*,\s*(?:\w{1,3}\s+)?")  # ", " / ", on " / ", el " between a counted day and its date


def _restated(text: str, mentions: list[DateMention], has_year: list[bool]) -> tuple[list[DateMention], list[bool]]:
    """Drop a counted day that the written date right after it restates.

    "The next day, 14 November, a second march ...": the writer names the day,
    so the count ("the next day") is only a reading aid; when it is counted from
    a flashback told just before ("the second, on 23 October, ...") it lands on
    the wrong day and would make a second, phantom incident. The written day
    wins; when both agree nothing changes."""
    keep = [True] * len(mentions)
    for i in range(len(mentions) - 1):
        mm, nxt = mentions[i], mentions[i + 1]
        if (
            mm.kind == "anchor" and nxt.kind == "explicit" and nxt.range.precision == "day"
            and nxt.range.start != mm.range.start
            and 0 <= nxt.span.start - mm.span.end <= APPOSITION_GAP
            and RESTATED_GAP.fullmatch(text, mm.span.end, nxt.span.start) is not None
        ):
            keep[i] = False
    if all(keep):
        return mentions, has_year
    return [m for m, k in zip(mentions, keep) if k], [h for h, k in zip(has_year, keep) if k]


APPOSITION_GAP = 6  # chars from "four days later" to the date that restates it (", el ")
NIGHT_DATE_GAP = 12  # chars from "overnight" to the date that names its day ("overnight on Monday")


BACKSTORY_REACH = 40  # chars before a day within which a pluperfect marks it as the backstory's


def _a_runs_start(text: str, lex: _DateLex, start: int) -> bool:
    """The day at ``start`` is where a run began ("desde el 4 de enero", "desde que
    comenzó el paro nacional el 28 de abril"), not a day the story has reached:
    a later "esa noche" stays on the day told before it."""
    if _since_before(text, lex, start):
        return True
    return lex.since_appositive is not None and lex.since_appositive.search(text, max(0, start - SINCE_REACH - APPOSITIVE_GAP), start) is not None


def _backstory_day(text: str, start: int, last_day: DateMention | None, lex: _DateLex, rng: DateRange | None = None) -> bool:
    """ "On 9 January, thousands gathered ... as part of the strike that had
    resumed on 4 January. [...] Seventeen died that day": a day told in the
    pluperfect after the sentence's own day is the backstory's; "that day"
    still points to the sentence's day. So is one told so in the next
    sentence, when it lies before the day told ("La noche del viernes, miles
    salieron. Las evasiones habían comenzado hace dos semanas. Al día
    siguiente ...": the day after Friday, not after the evasions began; "By
    7 a.m. on January 9, thousands had gathered. The regional strike had
    resumed on January 4 ... the following evening" is January 10), and a day
    after a pluperfect relative clause ("That afternoon, ... an indefinite
    strike that had begun on 4 January. [...] The next evening"), whichever
    sentence told the day."""
    if lex.backstory_clause is not None and last_day is not None and lex.backstory_clause.search(text, max(0, start - BACKSTORY_REACH), start):
        return True
    if not lex.backstory or last_day is None or not 0 < start - last_day.span.end <= SENTENCE_REACH:
        return False
    between = text[last_day.span.end : start]
    if any(ch in between for ch in ".!?"):
        went_back = rng is not None and rng.end < last_day.range.start and "\n" not in between and _stops(text, last_day.span.end, start) == 1
        if not went_back:
            return False
        # (only the pluperfect of the day's own sentence counts)
        lo = max(last_day.span.end, start - BACKSTORY_REACH, max(between.rfind(ch) for ch in ".!?") + last_day.span.end + 1)
        return any(phrase_key(w) in lex.backstory for w in text[lo:start].split())
    return any(phrase_key(w) in lex.backstory for w in text[max(last_day.span.end, start - BACKSTORY_REACH) : start].split())


def _stops(text: str, start: int, end: int) -> int:
    """Sentence stops between ``start`` and ``end`` (speed: only over a sentence or two)."""
    return sum(text.count(ch, start, end) for ch in ".!?")


def _month_of_the_weekday(text: str, c: _Cand, rng: DateRange, before: DateMention, lex: _DateLex) -> bool:
    """ "Aquel lunes de enero, los manifestantes intentaron ingresar al aeropuerto",
    "that Monday in January": the month right after a weekday resolved to a day of
    that month only says which weekday it was; read on its own it would be the
    report's January (a year off in an anniversary piece) and outrank the day."""
    return (
        before.kind in ("weekday", "anchor") and before.range.precision == "day" and rng.precision == "month"
        and before.range.start.month == rng.start.month and before.span.end <= c.start
        and phrase_key(text[before.span.end : c.start]) in lex.weekday_month_links
    )


def _remembered_day(text: str, c: _Cand, lex: _DateLex) -> bool:
    """ "¿Qué recuerda de aquel 9 de enero?" in an interview of 9 January 2024:
    the distal demonstrative before a year-less day recalls it as remote, so an
    anniversary piece's day is last year's, not the report's own day."""
    return bool(lex.remembered_prefixes) and _word_before(text, c.start) in lex.remembered_prefixes


def _told_on_its_anniversary(text: str, c: _Cand, lex: _DateLex) -> bool:
    """ "—El 7 de diciembre vacaron al presidente Castillo", in an interview "a un año
    de la crisis" published on 7 December: a sentence opened by the publication's own
    month and day, written as a day told ("El", "On") rather than the report's ("Este",
    "hoy"), in a piece that looks back a year, tells the day a year back (a weekday
    written with it decides the year itself: ``_year_of_weekday``)."""
    if not lex.anniversary_openers or "wd" in c.m.re.groupindex and c.m.group("wd"):
        return False
    m = _TOKEN_BEFORE.search(text, max(0, c.start - 16), c.start)
    if m is None or phrase_key(m.group(2)) not in lex.anniversary_openers:
        return False
    return (bool(m.group(1)) or _opens_sentence(text, m.start(2))) and _looks_back_a_year(text, lex)


# the word before a day and, before it, a dialogue dash that opens an answer ("—El 7 de diciembre ...")
_TOKEN_BEFORE = re.compile(r"([—–-]?)(\w+)\s+$")


def _moved_back_a_year(day: date, published: date) -> bool:
    """Whether ``day`` is last year's of a month and day on or after the report's
    own: the remembered day ``_remembered_day`` moved back, not one read so anyway."""
    return day.year == published.year - 1 and (day.month, day.day) >= (published.month, published.day)


def _approximate_ago_dates(text: str, m: re.Match[str], lex: _DateLex) -> bool:
    """Whether an "ago" phrase may date an incident: any exact one ("hace un
    mes"); an approximate one ("hace casi un mes") only where it opens its
    clause or follows a preterite ("Recordaron que hace casi un mes los
    militares dispararon", "murió hace cerca de un mes"), not after a present
    verb ("el problema que sufren hace cerca de un mes": how long it lasts) or
    "desde" ("desde hace casi dos semanas": a run)."""
    if not lex.ago_approx_words.intersection(phrase_key(w) for w in m.group(0).split()):
        return True
    head = text[max(0, m.start() - 24) : m.start()].rstrip()
    if not head or head[-1] in ",;:.!?\u2014(\n":
        return True
    word = head.split()[-1]
    return phrase_key(word) in lex.ago_approx_openers or word.lower().endswith(lex.ago_approx_endings)


def _word_before(text: str, start: int) -> str:
    """The word just before ``start``, folded to lower case ("" at the start)."""
    words = text[max(0, start - 12) : start].split()
    return phrase_key(words[-1]) if words else ""


def _word_after(text: str, end: int) -> str:
    """The word just after ``end``, folded to lower case ("" at the end)."""
    words = text[end : end + 12].split()
    return phrase_key(words[0].strip(".,;:")) if words else ""


def _night(
    text: str, c: _Cand, following: _Cand | None, last_day: DateMention | None, offset: int | None, published: date | None
) -> DateMention | None:
    """A night named alone ("overnight", "durante la noche"): the night of
    the day its paragraph has just dated, else the night before publication
    (or the small hours of its day, by ``offset``). A date written right after
    it names the day instead, so the night phrase itself dates nothing."""
    if following is not None and 0 <= following.start - c.end <= NIGHT_DATE_GAP and not any(p in text[c.end : following.start] for p in ".;\n"):
        return None
    span = Span(c.start, c.end)
    if last_day is not None and "\n" not in text[last_day.span.end : c.start]:
        d = last_day.range.start
        return DateMention(span, DateRange(d, d, "day", span), "anchor", True, last_day.span, 0)
    if published is None or offset is None:
        return None
    d = _shift(published, offset)
    return DateMention(span, DateRange(d, d, "day", span), "relative") if d else None


APPOSED_GAP = (",", ", ", " ")  # what stands between "Hoy" and the day written beside it


def _named_outright(text: str, mentions: list[DateMention], lex: _DateLex) -> list[DateMention]:
    """ "Hoy, 15 de diciembre, cientos de manifestantes llegaron ...", in a thread
    printed the next day: the day written out beside "hoy" names the writer's
    day, so the counted "hoy" (read from publication) is dropped for it. So is
    an anniversary's "A year ago, on January 9, 2023" (``apposed_links``): the
    year counted back from a paper of the 10th lands a day off the day named."""
    out: list[DateMention] = []
    for i, mm in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            mm.kind == "relative" and nxt is not None and nxt.kind == "explicit" and nxt.range.precision == "day"
            and mm.range.precision == "day"
            and (text[mm.span.end : nxt.span.start] in APPOSED_GAP or text[mm.span.end : nxt.span.start].lower() in lex.apposed_links)
        ):
            continue
        out.append(mm)
    return out


def _day_named_later(text: str, cands: list[_Cand], i: int, lex: _DateLex, published: date) -> DateMention | None:
    """The story's day a later anchor of the paragraph implies by naming its own day outright
    ("the next morning, on January 10": January 9), as a mention spanning that named day, or None."""
    for j in range(i + 1, len(cands) - 1):
        a, b = cands[j], cands[j + 1]
        if "\n" in text[cands[j - 1].end if j > i + 1 else cands[i].end : a.start]:
            return None  # (only within the paragraph)
        if a.kind != "anchor" or text[a.end : b.start].lower() not in lex.apposed_links:
            continue
        named, kind, _ = _resolve(b, text, lex, published)
        _, akind, off = _resolve(a, text, lex, published)
        if named is None or kind != "explicit" or named.precision != "day" or akind != "anchor" or off is None:
            return None
        d = _shift(named.start, -off)
        return DateMention(Span(b.start, b.end), DateRange(d, d, "day", Span(b.start, b.end)), "explicit") if d else None
    return None


def _run_day_anchor(text: str, span: Span, lex: _DateLex) -> bool:
    """"On the second day", "el primer día": a day of a run told, counted from its first day."""
    return phrase_key(text[span.start : span.end]) in lex.run_day_anchors


def _reanchor(mentions: list[DateMention], text: str, lex: _DateLex) -> list[DateMention]:
    """Count "the following day" again from its anchor once that anchor's year
    is settled: the anchor was read first with the publication year, and a
    later correction ("the January 9 massacre" of last year) must carry over."""
    by_span = {mm.span: mm for mm in mentions if not mm.anchor_needed}
    out: list[DateMention] = []
    for mm in mentions:
        base = by_span.get(mm.anchor) if mm.anchor_needed and mm.anchor is not None else None
        if base is not None and mm.offset_days is not None:
            run_day = base.range.start < base.range.end and _run_day_anchor(text, mm.span, lex)
            d = _shift(base.range.end if mm.offset_days > 0 and not run_day else base.range.start, mm.offset_days)
            if d is not None and d != mm.range.start:
                mm = DateMention(mm.span, DateRange(d, d, "day", mm.range.span), mm.kind, True, mm.anchor, mm.offset_days)
        if mm.anchor_needed:
            by_span.setdefault(mm.span, mm)  # ("the next day ... that same day": counted from a day counted itself)
        out.append(mm)
    return out


def _nearest_year(month: int, day: int, ref: date, latest: int) -> int | None:
    """The year that puts (month, day) nearest to ``ref``, a full date written
    beside it, and no later than ``latest`` (its reading from the publication
    date). "On 9 January ... on 15 December 2022" is January 2023, weeks after
    the written date, not the January before it; "on 20 December ... on
    15 December 2022" stays in 2022."""
    days = [d for y in (ref.year - 1, ref.year, ref.year + 1) if y <= latest and (d := _safe_date(y, month, day)) is not None]
    if not days:
        return None
    return min(days, key=lambda d: abs((d - ref).days)).year


_QUOTE_OPENERS = "\"“«'‘—-"  # what opens a quoted or spoken paragraph


def _told_by_a_narrator(text: str, offset: int) -> bool:
    """Whether the paragraph at ``offset`` is a voice telling its story: it
    opens with a quote or a dash, or answers the question the paragraph
    before asks (an interview's "¿Cómo llegaron a Lima? // Salimos de Ilave el
    16 de enero"). A year-less day there is of the month the story names with
    its year ("en enero de 2023"), however near it falls to publication: the
    interview a year on tells that January, not this one."""
    start = text.rfind("\n", 0, offset) + 1
    if text[start:offset].lstrip()[:1] in _QUOTE_OPENERS:
        return True
    before = text[:start].rstrip()
    return before.endswith("?")


NEWS_DAYS = 31  # a year-less day this close before publication is the news itself, whatever month was named before


def _news_of_the_month(r: DateRange, published: date | None) -> bool:
    """Whether the day, in the year publication gives it, falls in the month
    before publication: "a year after the protests of January 2023, relatives
    marched on 16 January" is this January's march, not the recalled one's."""
    return published is None or 0 <= (published - r.end).days <= NEWS_DAYS


def _month_named_before(text: str, mm: DateMention, months: list[DateMention]) -> int | None:
    """The year of the day's own month named with its year earlier in its
    paragraph ("the strike led by CONAIE in June 2022 ... Iza was arrested on
    14 June"): a digest's item about another year tells its days in that year,
    not the publication's. None when the paragraph names the month in no year
    or in two."""
    start = text.rfind("\n", 0, mm.span.start) + 1
    years = {
        m.range.start.year for m in months
        if start <= m.span.start and m.span.end <= mm.span.start and m.range.start.month == mm.range.start.month == mm.range.end.month
    }
    return next(iter(years)) if len(years) == 1 else None


# A paragraph opened by a clock time ("11:00 a.m. Unos 9 000 ...", "15:40 h. ..."): an entry of a
# minute-by-minute reconstruction or a live page, which tells the day its lead names.
_CLOCK_ENTRY = re.compile(r"[ \t]*(?:[-–—•*][ \t]*)?\d{1,2}[:.]\d{2}(?!\d)")


def _timeline_head(text: str, offset: int) -> int:
    """Where the day of the paragraph at ``offset`` is told: its own start, or,
    when it is a timeline's entry (opened by a clock time), the start of the
    paragraph that leads the run of entries. "el lunes 9 de enero de 2023" in the
    lead dates "11:00 a.m. ... iniciado el 4 de enero" two paragraphs below: the
    hours are of that day, not of the publication's year."""
    start = text.rfind("\n", 0, offset) + 1
    while start > 0 and _CLOCK_ENTRY.match(text, start):
        prev = text[:start].rstrip()
        start = text.rfind("\n", 0, len(prev)) + 1
    return start


STORY_DAYS = 10  # days from a full date of the story within which a year-less day is of the same story


def _story_year(r: DateRange, full: list[DateMention], published: date | None = None) -> int | None:
    """The year of the story's full dates a few days from the year-less day:
    an explainer of "15 de diciembre de 2022" that ends "El 16 de diciembre,
    cientos velaron a las víctimas" tells the wake of the next day, not one a
    year later. None when no full date is that near, or they disagree. The
    report's own date written in full (a byline, "7 de diciembre de 2023") is
    no story date, and a day it would put after publication is none either."""
    years = set()
    for f in full:
        if published is not None and f.range.start == f.range.end == published:
            continue
        d = _safe_date(f.range.end.year, r.end.month, r.end.day)
        if d is not None and abs((d - f.range.end).days) <= STORY_DAYS and (published is None or d <= published):
            years.add(d.year)
    return next(iter(years)) if len(years) == 1 else None


def _timeline_day(text: str, mm: DateMention, mentions: list[DateMention]) -> date | None:
    """The day a timeline's lead names, for a mention inside one of its entries
    (``_timeline_head``): "11:00 a.m. ... Desde el paro regional, iniciado el 4
    de enero, Puno mantiene bloqueos" runs to the reconstructed day, the entry's
    present, not to publication a year later. None outside a timeline."""
    own = text.rfind("\n", 0, mm.span.start) + 1
    head = _timeline_head(text, mm.span.start)
    if head >= own:
        return None
    days = [m.range.end for m in mentions if m.kind == "explicit" and m.range.precision == "day" and head <= m.span.start < own]
    return days[-1] if days else None


def _paragraph_reference(text: str, mm: DateMention, full: list[DateMention]) -> date | None:
    """The explicit full date nearest to ``mm`` with no paragraph break between
    them, a timeline's entries counting as one paragraph with their lead."""
    best: tuple[int, date] | None = None
    head = -1
    for f in full:
        lo, hi = (f.span.end, mm.span.start) if f.span.end <= mm.span.start else (mm.span.end, f.span.start)
        if lo > hi:
            continue
        if "\n" in text[lo:hi]:
            if f.span.end > mm.span.start:
                continue
            if head < 0:
                head = _timeline_head(text, mm.span.start)
            if f.span.start < head:
                continue
        gap = hi - lo
        if best is None or gap < best[0]:
            best = (gap, f.range.end)
    return best[1] if best else None


PARTS_GAP_REACH = 40  # chars between two days joined across a night ("noche del miércoles hasta la madrugada del")
OPENER_REACH = 40  # chars before a range's first day where its opener may stand ("entre la madrugada del")


def _merge_ranges(text: str, lex: _DateLex, mentions: list[DateMention], has_year: list[bool]) -> list[DateMention]:
    """Join "from X to Y" / "del X al Y" / "X–Y" pairs of full dates into ranges."""
    out: list[DateMention] = []
    i = 0
    while i < len(mentions):
        a = mentions[i]
        if i + 1 < len(mentions) and a.kind not in ("anchor", "range") and mentions[i + 1].kind not in ("anchor", "range"):
            b = mentions[i + 1]
            gap = lex.joiner_gap.fullmatch(text, a.span.end, b.span.start)
            parted = False
            if gap is None and lex.parts_gap is not None and b.span.start - a.span.end <= PARTS_GAP_REACH:
                gap = lex.parts_gap.fullmatch(text, a.span.end, b.span.start)
                # the second day's part ("la madrugada del jueves") or a night's joiner
                # ("into") makes one night of it; "el miércoles por la noche y el jueves" is two days
                parted = gap is not None and bool(gap.group("bp") or phrase_key(gap.group("jw") or "") in lex.night_joiners)
            if gap:
                opener = lex.opener_before.search(text, max(0, a.span.start - OPENER_REACH), a.span.start)
                if opener is None and a.kind == b.kind == "weekday" and lex.weekday_opener_before is not None:
                    opener = lex.weekday_opener_before.search(text, max(0, a.span.start - 20), a.span.start)
                joiner = phrase_key(gap.group("jw") or gap.group("j"))
                start = a.range.start
                if start > b.range.end and a.kind == b.kind == "weekday":
                    # "from Monday to Wednesday" told on a Tuesday: the week before, not a year
                    start = _shift(start, -7) or start
                elif start > b.range.end and not has_year[i] and start.month != b.range.end.month:
                    # ("del 28 de diciembre al 3 de enero": the year turned between; but "10 de enero -
                    # la tarde del lunes 9 de enero", a later day first in one month, is no range)
                    start = _safe_date(start.year - 1, start.month, start.day) or start
                # "in December and January", "de diciembre a febrero": two whole months
                # joined are one span, from the first day of one to the last of the other
                months = a.range.precision == b.range.precision == "month"
                if (joiner not in lex.weak_joiners or opener or months or parted) and start <= b.range.end:
                    prec = max(a.range.precision, b.range.precision, key=_PRECISION_RANK.__getitem__)
                    span = Span(opener.start() if opener else a.span.start, b.span.end)
                    out.append(DateMention(span, DateRange(start, b.range.end, prec, span), "range"))
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


HOURS_A_DAY = 24
APPOSITIVE_GAP = 48  # chars of the named start between "desde el inicio de" and its day ("la crisis poselectoral")
SINCE_REACH = 36  # chars before a date in which its "since" word may stand ("desde las primeras horas del")
SINCE_CLAUSE_WORDS = 4  # words between "since" and "on" in "since Morales resigned on November 10"
SINCE_CLAUSE_REACH = 12  # chars beyond SINCE_REACH in which such a clause's "since" may stand


TIMES_REACH = 12  # chars before a "since" word in which "time", "vez" may end


def _since_before(text: str, lex: _DateLex, start: int) -> re.Match[str] | None:
    """``lex.since_before``'s match in the ``SINCE_REACH`` characters before
    ``start`` ("desde el", "since"). The regex tries every position of the
    window with every word; the window's last word is looked up first, and
    most windows end with no such word (speed only: the same match)."""
    lo = max(0, start - SINCE_REACH)
    if not lex.since_gate.may_match(text, lo, start):
        return None
    return lex.since_before.search(text, lo, start)


def _since(text: str, lex: _DateLex, published: date | None, mentions: list[DateMention]) -> list[DateMention]:
    """"since December 7" runs from that date to publication."""
    out: list[DateMention] = []
    for mm in mentions:
        # (a day counted from another is no run's start, but one counted from the report is: "desde el día anterior")
        counted = mm.kind == "range" or (mm.kind == "anchor" and mm.anchor_needed)
        s = None if counted else _since_before(text, lex, mm.span.start)
        if s is None and not counted and lex.since_clause is not None and mm.range.precision == "day":
            # "most of them since Morales resigned on November 10": the day the clause's event opened a run
            s = lex.since_clause.search(text, max(0, mm.span.start - SINCE_REACH - SINCE_CLAUSE_REACH), mm.span.start)
        if s is None and lex.since_appositive is not None and mm.kind == "explicit" and mm.range.precision == "day":
            s = lex.since_appositive.search(text, max(0, mm.span.start - SINCE_REACH - APPOSITIVE_GAP), mm.span.start)
        if s is None and not counted and lex.to_now_after is not None and lex.to_now_after.match(text, mm.span.end):
            s = lex.opener_before.search(text, max(0, mm.span.start - SINCE_REACH), mm.span.start)  # "entre el 7 de diciembre y la fecha"
        if s is not None and s.groupdict().get("dw") and mm.range.precision != "day":
            s = None  # "since the 1968 massacre": the day word only goes before a day
        if s is None:
            out.append(_run_from_day(text, lex, mm))
            continue
        if lex.times_before is not None and lex.times_before.search(text, max(0, s.start() - TIMES_REACH), s.start()):
            continue  # "attacked for the third time since December": the period the times are counted in, no date of this one
        mm = _since_weekday(text, lex, published, mm)
        end = max(published, mm.range.end) if published else mm.range.end
        story = _timeline_day(text, mm, mentions)
        if story is not None and mm.range.end <= story < end:
            end = story
        run = _run_from(text, lex, s.start(), mm.span.end)
        if run is not None and mm.range.precision == "day":
            stop = _shift(mm.range.start, run - 1)
            if stop is not None and stop < end:
                end = stop
        span = Span(s.start(), mm.span.end)
        prec = "day" if mm.range.precision in ("day", "week") else mm.range.precision
        out.append(DateMention(span, DateRange(mm.range.start, end, prec, span), "since"))
    return out


def _since_weekday(text: str, lex: _DateLex, published: date | None, mm: DateMention) -> DateMention:
    """ "Protests had been held every day since Monday" in a Monday paper: a run
    begun on the report's own weekday began a week back (a run of today alone
    is told "since this morning"); "desde este lunes" (``this_weekday``) is today."""
    if mm.kind != "weekday" or published is None or mm.range.start != published:
        return mm
    if text[mm.span.start : mm.span.end].split()[0].lower() in lex.this_weekday:
        return mm
    d = _shift(published, -7)
    return DateMention(mm.span, DateRange(d, d, "day", mm.span), mm.kind) if d else mm


ONSET_SLACK_DAYS = 3  # days a run's first day, written, may lie before the one counted back from publication


def _lasted_from_onset(text: str, mentions: list[DateMention], lasted: set[int]) -> list[DateMention]:
    """ "after five days of strikes and marches that began on 28 April": a run's
    length counted back from publication yields to its first day written in the
    same sentence ("que comenzaron el", "that began on": a "since"), the run
    being that many days from it."""
    out = list(mentions)
    for i, mm in enumerate(out):
        if mm.span.start not in lasted or mm.range.precision != "day":
            continue
        nxt = next((o for o in out[i + 1 :] if o.kind == "since" and o.range.precision == "day"), None)
        if nxt is None or nxt.span.start - mm.span.end > SENTENCE_REACH or _stops(text, mm.span.end, nxt.span.start):
            out[i] = _lasted_to_day(text, out, mm)
            continue
        first, days = nxt.range.start, (mm.range.end - mm.range.start).days
        if not 0 < (mm.range.start - first).days <= ONSET_SLACK_DAYS:
            continue
        last = _shift(first, days)
        if last is not None:
            out[i] = DateMention(mm.span, DateRange(first, last, "day", mm.range.span), mm.kind)
    return out


def _lasted_to_day(text: str, mentions: list[DateMention], mm: DateMention) -> DateMention:
    """ "Moreno y la Conaie alcanzaron anoche un acuerdo [...] tras once días de
    protestas": a run counted back from publication ends instead on the one
    day its sentence tells, a few days before publication (the run's end)."""
    days = [
        o for o in mentions
        if o is not mm and o.kind in ("relative", "weekday", "explicit") and o.range.precision == "day" and o.range.start == o.range.end
        and abs(o.span.start - mm.span.start) <= SENTENCE_REACH
        and not _stops(text, min(o.span.end, mm.span.end), max(o.span.start, mm.span.start))
    ]
    if len(days) != 1:
        return mm
    end = days[0].range.end
    if not 0 < (mm.range.end - end).days <= ONSET_SLACK_DAYS:
        return mm
    first = _shift(end, -(mm.range.end - mm.range.start).days)
    return DateMention(mm.span, DateRange(first, end, "day", mm.range.span), mm.kind) if first else mm


def _run_from_day(text: str, lex: _DateLex, mm: DateMention) -> DateMention:
    """ "for three days from Wednesday 13 November": a day opened by a word of
    ``run_from`` with a run's length told beside it in the sentence is the
    first day of that run; "in the week to 19 February" (``week_to``), the
    last of seven; ``mm`` as it was otherwise."""
    if mm.kind in ("explicit", "weekday") and mm.range.precision == "day" and lex.week_to_before is not None and (
        lex.week_to_before.search(text, max(0, mm.span.start - SINCE_REACH), mm.span.start)
    ):
        # "in the week to 19 February": the seven days ending that day
        first = _shift(mm.range.end, -6)
        if first is not None:
            return DateMention(mm.span, DateRange(first, mm.range.end, "week", mm.span), "range")
    if lex.run_from_before is None or mm.kind != "explicit" or mm.range.precision != "day":
        return mm
    opener = lex.run_from_before.search(text, max(0, mm.span.start - SINCE_REACH), mm.span.start)
    if opener is None:
        return mm
    run = _run_from(text, lex, opener.start(), mm.span.end)
    stop = _shift(mm.range.start, run - 1) if run is not None and run > 1 else None
    if stop is None:
        return mm
    return DateMention(mm.span, DateRange(mm.range.start, stop, "day", mm.span), "range")


def years_ago_day(text: str, mention: DateMention, lang: str, published: date | None) -> DateRange | None:
    """ "Hace un año, Remo Candia murió de un disparo": whole years back read
    as the very day that many years before publication, or None. A whole year
    dates nothing (``ArticleContext`` drops year-precise dates), so the caller
    asks this only of a sentence that tells its dead or force as done: the
    anniversary's lead, not "ocurrido hace 4 años" in a protest's background."""
    lex = _lexicon(lang)
    if lex is None or published is None or mention.range.precision != "year" or mention.kind != "relative":
        return None
    for kind, pat in lex.patterns:
        if kind != "ago":
            continue
        m = pat.fullmatch(text, mention.span.start, mention.span.end)
        if m is None:
            continue
        n = _count(m.group("n"), text, lex)
        if n is None or lex.units.get(phrase_key(m.group("u"))) != "year":
            return None
        day = _safe_date(published.year - n, published.month, published.day)
        return DateRange(day, day, "day", mention.span) if day else None
    return None


SINCE_RUN_REACH = 40  # chars between "desde el 18 de diciembre" and "durante cuatro días"


def _run_from(text: str, lex: _DateLex, start: int, end: int) -> int | None:
    """The days of a run told right beside a "since" date, in its sentence
    ("durante cuatro días desde el 18 de diciembre", "desde el 3 de enero por
    dos semanas"), or None."""
    if lex.since_run is None:
        return None
    lo, hi = max(0, start - SINCE_RUN_REACH), min(len(text), end + SINCE_RUN_REACH)
    cut = text.rfind(". ", lo, start)
    lo = cut + 1 if cut >= 0 else lo
    cut = text.find(". ", end, hi)
    hi = cut if cut >= 0 else hi
    for m in lex.since_run.finditer(text, lo, hi):
        n = _count(m.group("n"), text, lex)
        unit = lex.units[phrase_key(m.group("u"))]
        if n is None or unit not in ("day", "week"):
            continue
        days = n * (7 if unit == "week" else 1)
        if 1 <= days <= MAX_LASTED_DAYS:
            return days
    return None


def resolve_relative(mention: DateMention, anchor: DateRange) -> DateRange:
    """Re-resolve an anchor-relative mention against a date the caller chose.

    find_dates anchors "the following morning" to the nearest earlier date in
    the text; a caller that knows better (the event's own date) uses this.
    Other mentions do not depend on an anchor and keep their range.
    """
    offset_days = mention.offset_days
    if not mention.anchor_needed or offset_days is None:
        return mention.range
    base = anchor.end if offset_days > 0 else anchor.start
    d = _shift(base, offset_days)
    return DateRange(d, d, "day", mention.span) if d else mention.range


def anchor_offset(phrase: str, lang: str) -> int | None:
    """Days from the anchor date for "al día siguiente" (1), "two days earlier" (-2)."""
    lex = _lexicon(lang)
    if lex is None or not isinstance(phrase, str):
        return None
    for c in _candidates(phrase, lex):
        if c.kind in ("anchor", "later", "earlier"):
            return _resolve(c, phrase, lex, None)[2]
    return None


def resolve_date(phrase: str, lang: str, published: date | None) -> DateRange | None:
    """The date a short phrase names, or None.

    Our patterns first; dateparser (cached, restricted to ``lang``) only when
    they find nothing, for phrasings the data files do not cover.
    """
    if not isinstance(phrase, str) or not phrase.strip() or len(phrase) > 200:
        return None
    found = find_dates(phrase, lang, published)
    if found:
        return replace(found[0].range, span=None)
    return _dateparser_day(phrase.strip(), lang, published)


@lru_cache(maxsize=4096)
def _dateparser_day(phrase: str, lang: str, published: date | None) -> DateRange | None:
    try:
        from datetime import datetime

        import dateparser

        settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
        if published is not None:
            settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day, 12)
        if (known_lang_data(lang, "dates") or {}).get("numeric_order") == "DMY":  # "9/1/2023" is 9 January (dates.yaml)
            settings["DATE_ORDER"] = "DMY"
        parsed = dateparser.parse(phrase, languages=[lang], settings=settings)
    except Exception:  # noqa: BLE001 - dateparser raises many types on odd input
        return None
    if parsed is None:
        return None
    d = parsed.date()
    return DateRange(d, d, "day")
