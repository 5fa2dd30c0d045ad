"""A list of totals under a lead that ends with a colon.

"La Defensoría del Pueblo registró desde el 7 de diciembre: // - 58 personas fallecidas. //
- 300 personas heridas. // - 600 personas detenidas." gave one nationwide incident of the
report's day holding all three counts (or, under a report's headline, the dead only): each
item, a bare count with no place, day or incident word of its own, is a running total
(GUIDELINES §3), with the lead's period. An item that names its place stays an incident."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract

PUBLISHED = date(2023, 2, 1)


def _read(body: str) -> tuple[list[tuple[str, int, date | None]], list[str | None]]:
    out = extract(body, "es", PUBLISHED, headline="Balance de las protestas")
    return [(t.measure, t.value, t.period.start if t.period else None) for t in out.tallies], [e.place.name for e in out.events]


def test_each_item_is_a_total_since_the_leads_day() -> None:
    tallies, events = _read("La Defensoría del Pueblo registró desde el 7 de diciembre:\n\n"
                            "- 58 personas fallecidas.\n- 300 personas heridas.\n- 600 personas detenidas.")
    assert events == []
    assert tallies == [("fatalities", 58, date(2022, 12, 7)), ("injuries", 300, date(2022, 12, 7)), ("arrests", 600, date(2022, 12, 7))]


def test_items_after_a_total_and_a_colon() -> None:
    tallies, events = _read("Desde el 7 de diciembre, la Defensoría del Pueblo registró 58 personas fallecidas. Además:\n\n"
                            "- 300 personas heridas.\n- 600 personas detenidas.")
    assert events == []
    assert tallies == [("fatalities", 58, date(2022, 12, 7)), ("injuries", 300, date(2022, 12, 7)), ("arrests", 600, date(2022, 12, 7))]


def test_an_item_with_its_place_and_day_stays_an_incident() -> None:
    tallies, events = _read("La Defensoría del Pueblo registró desde el 7 de diciembre:\n\n"
                            "- 18 personas fallecidas en Juliaca el 9 de enero.\n- 300 personas heridas.")
    assert events == ["Juliaca"]
    assert tallies == [("injuries", 300, date(2022, 12, 7))]
