"""Split an article into paragraphs and sentences, keeping character offsets.

A small rule-based splitter rather than a statistical one: it is fast, needs
no model, and errs towards fewer breaks after abbreviations ("Dec.", "Sr.")
that news text is full of. Abbreviations are language data
(``lang/<code>/segment.yaml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kipu.extract.lexicon import alternation, lang_words, lang_data
from kipu.extract.warmup import per_language
from kipu.model import Span, slot_setters
from kipu.textnorm import is_word_char

# A line opening with a capital, or with a list marker before one ("- En Juliaca, ...",
# "• ...", "2. ...", the "—" of an interview's turn), starts a paragraph; so does a
# live blog's line opened by its clock time ("• 11:15 am: In Arequipa, ..."), and a
# list item opened by its day ("- 15 de diciembre de 2022: Diez personas mueren ...").
_PARA = re.compile(r"\n\s*\n|\n(?=\s*(?:[-–—•*]\s*|\d{1,2}[.)]\s+)?[A-ZÁÉÍÓÚÑ¿¡\"“«])|\n(?=\s*(?:[-–—•*]\s*)?\d{1,2}:\d{2}\b)|\n(?=\s*[-–—•*]\s+\d)")
# sentence end: . ! ? (optionally closing quotes/brackets) + space + an opener.
# ``[.!?…][.!?…]*`` is ``[.!?…]+`` starting with a plain character class, so
# the regex engine skips straight to punctuation instead of trying every position.
_END = re.compile(r"([.!?…][.!?…]*[\"”»')\]]*)\s+(?=[\"“«(¿¡]?[A-ZÁÉÍÓÚÑ0-9])")

# A live blog runs its entries together, each opened by a clock time:
# "... hacia la sede del foro. 01:28 Anuncian puntos de concentración ...";
# the entry starts at the time. "a las 8:00 Horas" is a time in a sentence.
_LIVE_ENTRY = re.compile(r"(?<=\S)\s+(?=\d{1,2}:\d{2}\s+[A-ZÁÉÍÓÚÑ])")
# A paragraph opened by a clock time and a full stop ("18:05. Los agentes ..."), a
# reconstruction's or a live page's entry: the time belongs to the sentence after it.
_CLOCK_LEAD = re.compile(r"\s*\d{1,2}[:.]\d{2}(?:\s*h)?")
CLOCK_LEAD_REACH = 12  # chars from a paragraph's start to the stop after its clock time
# Before the time, ``time_prepositions`` of segment.yaml (any language) make it part of a sentence.
_TIME_PREPOSITIONS = alternation(lang_words("segment", "time_prepositions"), r"\s+")
_TIME_PREP = re.compile(rf"\b{_TIME_PREPOSITIONS}$", re.IGNORECASE)


@dataclass(frozen=True, slots=True, init=False)
class Sentence:
    """A sentence's span, its paragraph's number and its own. Slotted and
    built through its slot descriptors, as ``kipu.model.Span`` (speed only)."""

    span: Span
    paragraph: int
    index: int

    def __init__(self, span: Span, paragraph: int, index: int) -> None:
        _S_SPAN(self, span)
        _S_PARAGRAPH(self, paragraph)
        _S_INDEX(self, index)


_S_SPAN, _S_PARAGRAPH, _S_INDEX = slot_setters(Sentence)


@per_language
def _abbreviations(lang: str) -> frozenset[str]:
    data = lang_data(lang, "segment")
    return frozenset(str(a).lower() for a in data.get("abbreviations", []))


@per_language
def _line_joiners(lang: str) -> frozenset[str]:
    data = lang_data(lang, "segment")
    return frozenset(str(a).lower() for a in data.get("line_joiners", []))


DATE_HEADING_CHARS = 32  # a chronology entry's day ("12 de diciembre de 2022.", "Dec. 11-12:") is no longer


@per_language
def _date_heading(lang: str) -> re.Pattern[str]:
    """A day written alone, as a chronology's entry opens ("9 de enero.",
    "11 y 12 de diciembre:", "Jan. 9."), with the language's month names and
    the ``heading_*`` words of its dates.yaml."""
    data = lang_data(lang, "dates")
    months = [str(w) for names in (data.get("months") or {}).values() for w in names]
    if not months:
        return re.compile(r"(?!)")
    month = alternation([m.rstrip(".") for m in months], r"\s+")
    joiners = alternation(data.get("heading_day_joiners") or [], r"\s+")
    day_links = alternation(data.get("heading_day_links") or [], r"\s+")
    year_links = alternation(data.get("heading_year_links") or [], r"\s+")
    day = rf"\d{{1,2}}(?:\s*(?:[-–]|{joiners})\s*\d{{1,2}})?"
    year = rf"(?:,?\s+(?:{year_links}\s+)?\d{{4}})?"
    return re.compile(rf"\s*(?:[-–—•*]\s*)?(?:{day}\s+(?:{day_links}\s+)?{month}\.?|{month}\.?\s+{day}){year}\s*[.:]", re.IGNORECASE)


# Possessive runs: a shorter word or blank run could only end before a word
# or a blank, never at the end, so the match is the same; the search just
# gives up at once at each start instead of backtracking (speed only).
_LAST_WORD = re.compile(r"(\w++)[ \t]*+$")


def _word_then_blanks(text: str, end: int) -> bool:
    """Whether a word character comes right before the spaces and tabs that end at ``end``."""
    i = end
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i > 0 and is_word_char(text[i - 1])


def _hard_wrap(text: str, m: re.Match[str], joiners: frozenset[str]) -> bool:
    """A single line break after "its" or "de" wraps a sentence; it is no paragraph."""
    if "\n" in m.group().lstrip("\n"):
        return False
    end = m.start()
    if not _word_then_blanks(text, end) and not (end and text[end - 1] == "\n" and _word_then_blanks(text, end - 1)):
        # no word right before the break (a sentence's stop, a quote mark): the search
        # below, tried at each of the 30 characters, could find none (speed only;
        # ``$`` also matches before a last newline, hence the second test)
        return False
    last = _LAST_WORD.search(text, max(0, end - 30), end)
    return bool(last and last.group(1).lower() in joiners)


def sentences(text: str, lang: str) -> list[Sentence]:
    """Sentences of ``text`` with paragraph numbers; whitespace is trimmed from spans."""
    abbrevs = _abbreviations(lang)
    joiners = _line_joiners(lang)
    heading = _date_heading(lang)
    out: list[Sentence] = []
    para_start = 0
    para_no = 0
    bounds = [m.start() for m in _PARA.finditer(text) if not _hard_wrap(text, m, joiners)] + [len(text)]
    for para_end in bounds:
        _split_paragraph(text, para_start, para_end, para_no, abbrevs, out, heading)
        para_start = para_end
        para_no += 1
    return out


def _split_paragraph(
    text: str, start: int, end: int, para_no: int, abbrevs: frozenset[str], out: list[Sentence], heading: re.Pattern[str]
) -> None:
    chunk = text[start:end]
    cuts: list[tuple[int, int]] = []  # (end of a sentence, start of the next) in chunk offsets
    for m in _END.finditer(chunk):
        if m.group(1).startswith(".") and _before_is_abbrev(chunk, m.start(), abbrevs):
            continue
        if m.group(1) == "." and m.start() < CLOCK_LEAD_REACH and _CLOCK_LEAD.fullmatch(chunk, 0, m.start()):
            continue  # "18:05. Los primeros gases caen ...": an entry's time opens its sentence, it is none of its own
        cuts.append((m.end(1), m.end()))
    if ":" in chunk and _holds_a_clock_time(chunk):
        cuts = sorted(cuts + [(m.start(), m.end()) for m in _LIVE_ENTRY.finditer(chunk) if not _TIME_PREP.search(chunk, 0, m.start())])
    if cuts and cuts[0][0] <= DATE_HEADING_CHARS and heading.fullmatch(chunk, 0, cuts[0][0]):
        # "9 de enero. La jornada más letal: 17 civiles mueren ...": a chronology's
        # entry opens with its day, which dates the sentence it heads
        cuts = cuts[1:]
    cur = 0
    for stop, nxt in cuts:
        if stop < cur:
            continue
        _emit(text, start + cur, start + stop, para_no, out)
        cur = nxt
    _emit(text, start + cur, end, para_no, out)


def _holds_a_clock_time(chunk: str) -> bool:
    """Whether a colon of ``chunk`` has a digit before it and two after, as
    every ``_LIVE_ENTRY`` time does ("01:28"): most colons open a quote or
    a list ("dijo:"), and the pattern, which opens with a lookbehind, would
    be tried at every character (speed only; ``\\d`` is ``isdecimal``)."""
    at = chunk.find(":")
    while at >= 0:
        if at > 0 and chunk[at - 1].isdecimal():
            after = chunk[at + 1 : at + 3]
            if len(after) == 2 and after.isdecimal():
                return True
        at = chunk.find(":", at + 1)
    return False


def _before_is_abbrev(chunk: str, dot: int, abbrevs: frozenset[str]) -> bool:
    i = dot
    while i > 0 and (chunk[i - 1].isalpha() or chunk[i - 1] == "."):
        i -= 1
    word = chunk[i:dot].lower()
    return word in abbrevs or (len(word) == 1 and word.isalpha())


def _emit(text: str, s: int, e: int, para_no: int, out: list[Sentence]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append(Sentence(Span(s, e), para_no, len(out)))
