"""A past action told with its own length in days and a span of months ("In
2022, a 50-day occupation of Las Bambas land by the Fuerabamba and Huancuire
communities forced the mine to stop production from April to June") was
missed: a written span of months was read as a period summed up, and an
occupation named by its noun over it as the movement. An action with its own
length that fits in the span is one incident the span bounds."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def test_a_fifty_day_occupation_from_april_to_june():
    text = (
        "Copper output in Peru fell in January.\n\n"
        "In 2022, a 50-day occupation of Las Bambas land by the Fuerabamba and Huancuire communities "
        "forced the mine to stop production from April to June."
    )
    (event,) = EX.extract(text, published=date(2023, 1, 20), lang="en").events
    assert (event.sub_type, event.date.start, event.date.end, event.place.admin1) == ("peaceful", date(2022, 4, 1), date(2022, 6, 30), "Apurímac")


def test_a_span_of_months_without_a_length_still_sums_up_a_period():
    text = (
        "Copper output in Peru fell in January.\n\n"
        "From April to June 2022, communities in Apurímac held occupations of mining land."
    )
    assert EX.extract(text, published=date(2023, 1, 20), lang="en").events == []
