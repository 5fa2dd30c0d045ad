"""Property-based tests of the extractor (issue 7): any text, any date, any language.

The extractor meets hostile and broken text in every real batch; it must never
raise, its evidence spans must always lie inside the text, its output must
always match the published schema, and the same input must always give the
same output (architecture invariant 3). Texts are built from protest
vocabulary, numbers, dates, place names and noise so that hypothesis reaches
the interesting code paths, not just the "no trigger, nothing to do" one.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kipu.evaluate.schema import validation_errors
from kipu.extract.pipeline import Extractor

pytestmark = pytest.mark.slow

WORDS = [
    # Spanish
    "marcharon", "marcha", "paro", "huelga", "bloquearon", "la vía", "manifestantes", "la policía",
    "disparó", "murieron", "muertos", "heridos", "detenidos", "al menos", "cerca de", "miles de",
    "unos", "ayer", "mañana", "el lunes", "el pasado", "desde diciembre", "en total", "con lo que suman",
    "de enero", "de diciembre de 2022", "hace tres días", "la semana pasada", "la próxima semana",
    "el mes pasado", "el año pasado", "three days ago", "last week", "next month", "31 de diciembre", "del año 0", "de 9999", "en Juliaca", "en Puno", "en Lima",
    "Cusco", "Ayacucho", "Andahuaylas", "provincia de", "distrito de", "(Puno)", "según la Defensoría",
    "exigen la renuncia", "Dina Boluarte", "el Congreso", "estado de emergencia", "toque de queda",
    # English
    "protesters", "marched", "police", "fired", "tear gas", "killed", "injured", "arrested", "at least",
    "about", "hundreds of", "thousands", "yesterday", "on Monday", "last week", "bringing the death toll to",
    "in", "Lima", "Juliaca", "January 9, 2023", "strike", "roadblock",
    # numbers and noise
    "0", "1", "17", "49", "1.000", "10^100", "99999999999999999999", "-5", "3,5", "½", "un millón",
    "doscientos", "twenty-one", ".", ",", ";", ":", "!", "?", "\n", "\n\n", "  ", "(", ")", "«", "»", "—",
]

texts = st.one_of(
    st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join),
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), max_size=40).map(" ".join),
)
EDGE_DATES = [date(1, 1, 1), date(1, 1, 3), date(1, 2, 1), date(9999, 12, 31), date(9999, 12, 28), date(9999, 11, 30)]
published = st.one_of(
    st.none(),
    st.sampled_from(EDGE_DATES),
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
    st.dates(min_value=date(2022, 1, 1), max_value=date(2025, 12, 31)),
)
langs = st.sampled_from(["es", "en", None, "pt", "xx"])

EXTRACTOR = Extractor()
FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def spans_in(record: Any) -> list[list[int]]:
    """Every [start, end] pair the output claims is a character span of the text."""
    found: list[list[int]] = []
    if isinstance(record, dict):
        for key, value in record.items():
            if key in ("evidence_span", "span") and isinstance(value, list) and len(value) == 2:
                found.append(value)
            elif key == "spans" and isinstance(value, dict):
                found.extend(s for group in value.values() for s in group)
            else:
                found.extend(spans_in(value))
    elif isinstance(record, list):
        for item in record:
            found.extend(spans_in(item))
    return found


@FUZZ
@given(text=texts, pub=published, lang=langs)
def test_extractor_never_raises_and_stays_inside_the_text(text: str, pub: date | None, lang: str | None) -> None:
    extraction = EXTRACTOR.extract(text, published=pub, lang=lang, doc_id="fuzz")
    record = extraction.to_dict(text)
    for start, end in spans_in(record):
        assert 0 <= start <= end <= len(text), (start, end, len(text))
    for item in record["events"] + record["tallies"]:
        start, end = item["evidence_span"]
        assert item["evidence"] == text[start:end]
    assert validation_errors(record) == []


@FUZZ
@given(text=texts, pub=published, lang=st.sampled_from(["es", "en"]))
def test_extractor_is_deterministic(text: str, pub: date | None, lang: str) -> None:
    first = EXTRACTOR.extract(text, published=pub, lang=lang, doc_id="d").to_dict(text)
    again = Extractor().extract(text, published=pub, lang=lang, doc_id="d").to_dict(text)
    assert first == again


def test_absurd_figures_are_not_stored_as_counts() -> None:
    """'10^100 muertos' and 20-digit counts are not read as real figures (nor crash)."""
    text = (
        "En Juliaca, la policía disparó contra los manifestantes y murieron 10^100 personas. "
        "En Puno marcharon 99999999999999999999 personas y hubo 18446744073709551616 heridos."
    )
    record = EXTRACTOR.extract(text, published=date(2023, 1, 10), lang="es").to_dict(text)
    assert validation_errors(record) == []
    for event in record["events"]:
        for name in ("fatalities", "injuries", "arrests"):
            if event[name] is not None:
                assert event[name]["value"] < 2**63
        if event["participants"] is not None:
            assert event["participants"]["high"] < 2**63


@pytest.mark.parametrize("pub", [date(1, 1, 1), date(1, 1, 2), date(9999, 12, 31), date(9999, 12, 25)])
def test_dates_at_the_edges_of_the_calendar(pub: date) -> None:
    """Year 0, year 9999 and relative dates at the ends of the calendar do not overflow."""
    text = (
        "En Juliaca, marcharon miles de personas el 31 de diciembre de 9999 y el 1 de enero del año 0. "
        "Ayer la policía disparó y murieron 3. Mañana habrá otro paro. La próxima semana, una marcha en Lima. "
        "In Lima, police shot protesters on 1 January 0000 and on December 30; tomorrow there will be more."
    )
    for lang in ("es", "en"):
        record = EXTRACTOR.extract(text, published=pub, lang=lang).to_dict(text)
        assert validation_errors(record) == []
