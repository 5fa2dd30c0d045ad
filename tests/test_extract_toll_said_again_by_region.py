""""The killing of 10 people in Ayacucho ..., and of 17 civilians in Juliaca": two tolls.

A Fiscalía follow-up recalling two incidents in one sentence gave Juliaca a crowd
of 17 and no dead: the second number's noun ("civilians") is one of people, read
as a crowd, though the "of" said again after the conjunction makes it the same
complement of "the killing". And of two counts of one measure, each region told
with its own day kept only the fuller one; now each takes its own.
"""

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Peru prosecutors question Boluarte over protest deaths\n\n"
            "Prosecutors questioned President Dina Boluarte on Tuesday over the deaths of protesters during the unrest.\n\n"
            "The investigation covers the killing of 10 people in Ayacucho on December 15, 2022, "
            "and of 17 civilians in Juliaca on January 9, 2023.",
            "en",
        ),
        (
            "Fiscalía interroga a Boluarte por las muertes en las protestas\n\n"
            "La Fiscalía interrogó el martes a la presidenta Dina Boluarte por las muertes de manifestantes durante las protestas.\n\n"
            "La investigación abarca la muerte de 10 personas en Ayacucho el 15 de diciembre de 2022 "
            "y de 17 civiles en Juliaca el 9 de enero de 2023.",
            "es",
        ),
    ],
)
def test_the_toll_said_again_for_a_second_region(text: str, lang: str) -> None:
    r = Extractor().extract(text, published=date(2024, 1, 11), lang=lang)
    assert [(e.sub_type, e.date.start, e.place.name, e.place.admin1, e.fatalities and e.fatalities.value, e.participants) for e in r.events] == [
        ("excessive_force", date(2022, 12, 15), "Ayacucho", "Ayacucho", 10, None),
        ("excessive_force", date(2023, 1, 9), "Juliaca", "Puno", 17, None),
    ]
