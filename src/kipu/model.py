"""The data that flows between kipu's stages.

These dataclasses are the contract between ingest, extract, resolve, store and
export. They are plain (no ORM, no I/O) so that every stage can be tested alone
and so that extraction stays a pure function of (text, published, lang).

``to_dict`` methods write the schema of the annotation guidelines
(``GUIDELINES.md`` §2–3) plus kipu's own additions, which live under keys the
scorer ignores: ``evidence_span`` (character offsets of ``evidence``),
``spans`` (per-field evidence offsets) and ``cues`` (which rules fired).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any, Callable

QUALIFIERS = ("exact", "at_least", "more_than", "about", "at_most")
PRECISIONS = ("day", "week", "month", "year")


def slot_setters(cls: type) -> tuple[Callable[[Any, Any], None], ...]:
    """The setters of a slotted frozen dataclass's slots, in field order.

    A frozen dataclass's generated ``__init__`` goes through
    ``object.__setattr__`` once per field; the small classes made by the
    hundred per article (``Span``, ``DateRange``, ``Match``, ``Sentence``)
    write their slots through these instead (speed only: still frozen, equal,
    hashed and ordered the same)."""
    return tuple(getattr(cls, f.name).__set__ for f in fields(cls))


@dataclass(frozen=True, order=True, slots=True, init=False)
class Span:
    """Half-open character offsets ``[start, end)`` into a document's text.

    Slotted, and built by setting its two slots straight through their
    descriptors: a frozen dataclass's own ``__init__`` goes through
    ``object.__setattr__`` per field, and an article makes a few hundred
    spans (speed only; still frozen, equal, hashed and ordered the same)."""

    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        _SPAN_START(self, start)
        _SPAN_END(self, end)

    def text(self, doc_text: str) -> str:
        return doc_text[self.start : self.end]

    def to_list(self) -> list[int]:
        return [self.start, self.end]


_SPAN_START, _SPAN_END = slot_setters(Span)


@dataclass(frozen=True)
class Figure:
    """A count as an article states it: a range with a qualifier.

    ``low == high`` for a plain number. Vague words ("decenas") become the
    guideline's range. For fatalities/injuries/arrests the guideline reports
    only ``value`` (the low end); participants keep the range.
    """

    low: int
    high: int
    qualifier: str = "exact"
    attributed_to: str | None = None
    span: Span | None = None

    @property
    def value(self) -> int:
        return self.low

    def as_count(self) -> dict[str, Any]:
        return {"value": self.low, "qualifier": self.qualifier}

    def as_range(self) -> dict[str, Any]:
        return {"low": self.low, "high": self.high, "qualifier": self.qualifier}


@dataclass(frozen=True, slots=True, init=False)
class DateRange:
    """The earliest and latest day an article supports, with its precision.
    Slotted and built through its slot descriptors, as ``Span`` (speed only)."""

    start: date
    end: date
    precision: str = "day"
    span: Span | None = None

    def __init__(self, start: date, end: date, precision: str = "day", span: Span | None = None) -> None:
        _DR_START(self, start)
        _DR_END(self, end)
        _DR_PRECISION(self, precision)
        _DR_SPAN(self, span)

    def to_dict(self) -> dict[str, str]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}


_DR_START, _DR_END, _DR_PRECISION, _DR_SPAN = slot_setters(DateRange)


@dataclass(frozen=True)
class Place:
    """A resolved place: the most precise name plus its administrative chain.

    ``precision`` is one of ``landmark``, ``district``, ``province``,
    ``department`` (first-level division), ``country``.
    """

    name: str
    country: str = "PE"
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str = "country"
    gazetteer_id: str | None = None
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "admin1": self.admin1, "country": self.country}


@dataclass
class EventMention:
    """What one article says about one incident."""

    type: str
    sub_type: str
    evidence: Span
    forms: list[str] = field(default_factory=list)
    date: DateRange | None = None
    place: Place | None = None
    participants: Figure | None = None
    fatalities: Figure | None = None
    injuries: Figure | None = None
    arrests: Figure | None = None
    actors: list[str] = field(default_factory=list)
    opponents: list[str] = field(default_factory=list)
    state_response: list[str] = field(default_factory=list)
    demands: list[str] = field(default_factory=list)
    spans: dict[str, list[Span]] = field(default_factory=dict)
    cues: list[str] = field(default_factory=list)

    def to_dict(self, text: str) -> dict[str, Any]:
        """The guideline schema, plus offsets, coordinates and cues."""
        place = self.place
        return {
            "type": self.type,
            "sub_type": self.sub_type,
            "forms": list(self.forms),
            "date": self.date.to_dict() if self.date else None,
            "date_precision": self.date.precision if self.date else None,
            "place": place.to_dict() if place else None,
            "geo": _geo(place),
            "participants": self.participants.as_range() if self.participants else None,
            "fatalities": self.fatalities.as_count() if self.fatalities else None,
            "injuries": self.injuries.as_count() if self.injuries else None,
            "arrests": self.arrests.as_count() if self.arrests else None,
            "actors": list(self.actors),
            "opponents": list(self.opponents),
            "state_response": list(self.state_response),
            "demands": list(self.demands),
            "evidence": self.evidence.text(text),
            "evidence_span": self.evidence.to_list(),
            "spans": {k: [s.to_list() for s in v] for k, v in sorted(self.spans.items())},
            "attribution": {
                k: f.attributed_to
                for k, f in (
                    ("participants", self.participants),
                    ("fatalities", self.fatalities),
                    ("injuries", self.injuries),
                    ("arrests", self.arrests),
                )
                if f is not None and f.attributed_to
            },
            "cues": list(self.cues),
        }


def _geo(place: Place | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {
        "admin2": place.admin2,
        "admin3": place.admin3,
        "lat": place.lat,
        "lon": place.lon,
        "precision": place.precision,
        "gazetteer_id": place.gazetteer_id,
    }


@dataclass
class TallyMention:
    """A running total for a period or campaign; never added to incidents."""

    measure: str
    value: int
    evidence: Span
    qualifier: str = "exact"
    scope: str = ""
    country: str | None = "PE"
    period: DateRange | None = None
    attributed_to: str | None = None
    cues: list[str] = field(default_factory=list)

    def to_dict(self, text: str) -> dict[str, Any]:
        return {
            "measure": self.measure,
            "value": self.value,
            "qualifier": self.qualifier,
            "scope": self.scope,
            "country": self.country,
            "period": self.period.to_dict() if self.period else None,
            "attributed_to": self.attributed_to,
            "evidence": self.evidence.text(text),
            "evidence_span": self.evidence.to_list(),
            "cues": list(self.cues),
        }


@dataclass(frozen=True)
class SetAside:
    """A contentious incident the extractor recognised but the guideline does
    not call an event (armed militancy, a bombing, a terror attack, a political
    assassination; collective claims-making without a crowd): a diagnostic,
    never an event, kept so that a dataset with wider classes can be mapped
    onto kipu's output without retraining it."""

    kind: str
    evidence: Span
    cue: str

    def to_dict(self, text: str) -> dict[str, Any]:
        return {"kind": self.kind, "cue": self.cue, "evidence": self.evidence.text(text), "evidence_span": self.evidence.to_list()}


@dataclass
class Extraction:
    """The extractor's output for one document: the ``kipu extract`` line.

    ``set_aside`` is diagnostics, outside the guideline's schema (the scorer
    and the store read only ``events`` and ``tallies``)."""

    doc_id: str
    lang: str
    events: list[EventMention] = field(default_factory=list)
    tallies: list[TallyMention] = field(default_factory=list)
    set_aside: list[SetAside] = field(default_factory=list)

    def to_dict(self, text: str) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "lang": self.lang,
            "events": [e.to_dict(text) for e in self.events],
            "tallies": [t.to_dict(text) for t in self.tallies],
            "set_aside": [s.to_dict(text) for s in self.set_aside],
        }


@dataclass
class Document:
    """An ingested article: normalised text plus provenance.

    ``raw`` holds the original bytes (HTML as fetched) so they can be archived
    with their SHA-256 as evidence; it is not needed after storing.
    """

    text: str
    doc_id: str | None = None
    lang: str | None = None
    published: date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    raw: bytes | None = None
    raw_media_type: str | None = None
    retrieved_at: str | None = None
    origin: str | None = None  # file path (and line) or URL it came from
    # What the reader had to do to get the text (a decoding fallback, a partial
    # HTML parse): the article is kept, and the CLI prints these as warnings.
    warnings: list[str] = field(default_factory=list)
