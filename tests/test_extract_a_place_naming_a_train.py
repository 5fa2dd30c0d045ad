"""A place that names a train ("the Machu Picchu train") is not where the action was.

Before, the headline "Peru protests: community leader shot dead in Cusco, Machu Picchu train
suspended" placed the shooting at Machu Picchu, the most precise name of the Cusco region in
the sentence. A place right before "train" names the route the train runs; Cusco stays.
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _events(text: str) -> list[tuple]:
    r = EX.extract(text, published=date(2023, 1, 12), lang="en")
    return [(e.sub_type, str(e.date.start), e.place.name, e.place.admin1, e.fatalities.value if e.fatalities else None) for e in r.events]


def test_the_machu_picchu_train() -> None:
    text = (
        "Peru protests: community leader shot dead in Cusco, Machu Picchu train suspended\n\n"
        "A community leader was shot dead on Wednesday during clashes between protesters and police in Cusco."
    )
    assert _events(text) == [("excessive_force", "2023-01-11", "Cusco", "Cusco", 1)]


def test_protesters_at_machu_picchu_stay_there() -> None:
    text = "Hundreds of protesters blocked the entrance to Machu Picchu on Wednesday, and police in Cusco detained six."
    assert [e[2] for e in _events(text)][0] == "Machu Picchu"
