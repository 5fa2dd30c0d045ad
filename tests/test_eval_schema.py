"""The output JSON Schema accepts kipu's own output and rejects off-vocabulary values."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from kipu.evaluate.schema import validation_errors
from kipu.model import DateRange, EventMention, Extraction, Figure, Place, Span, TallyMention

TEXT = "El 9 de enero, la policía disparó contra manifestantes en Juliaca; murieron al menos 18."


def extraction() -> dict:
    event = EventMention(
        type="protest", sub_type="excessive_force", evidence=Span(0, len(TEXT)),
        forms=["roadblock"], date=DateRange(date(2023, 1, 9), date(2023, 1, 9)),
        place=Place(name="Juliaca", admin1="Puno", admin2="San Román", precision="district"),
        participants=Figure(2000, 9999, "about"), fatalities=Figure(18, 18, "at_least"),
        actors=["protesters"], opponents=["police"], state_response=["live_ammunition", "killings"],
    )
    tally = TallyMention(measure="fatalities", value=49, evidence=Span(0, 10),
                         period=DateRange(date(2022, 12, 7), date(2023, 1, 17)))
    return Extraction(doc_id="t1", lang="es", events=[event], tallies=[tally]).to_dict(TEXT)


def test_model_output_validates():
    assert validation_errors(extraction()) == []


@pytest.mark.parametrize(
    ("path", "value", "where"),
    [
        (("events", 0, "sub_type"), "mob_violence", "events/0/sub_type"),  # not a protest sub_type
        (("events", 0, "type"), "battle", "events/0/type"),
        (("events", 0, "forms"), ["parade"], "events/0/forms/0"),
        (("events", 0, "actors"), ["aliens"], "events/0/actors/0"),
        (("events", 0, "state_response"), ["water_cannon"], "events/0/state_response/0"),
        (("events", 0, "demands"), ["world_peace"], "events/0/demands/0"),
        (("events", 0, "fatalities"), {"value": 3, "qualifier": "roughly"}, "events/0/fatalities"),
        (("events", 0, "date"), {"start": "9 Jan 2023", "end": "2023-01-09"}, "events/0/date"),
        (("tallies", 0, "measure"), "deaths", "tallies/0/measure"),
    ],
)
def test_off_schema_values_are_rejected(path, value, where):
    record = copy.deepcopy(extraction())
    target = record
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    errors = validation_errors(record)
    assert errors and any(e.startswith(where) for e in errors), errors


def test_missing_guideline_field_is_rejected():
    record = extraction()
    del record["events"][0]["place"]
    assert any("'place' is a required property" in e for e in validation_errors(record))
