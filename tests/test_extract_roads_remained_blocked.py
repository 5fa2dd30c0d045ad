"""Roads that "remained blocked" are a roadblock in each region named.

Before, "Protests also continued in the southern regions of Puno, Cusco and Apurimac, where
roads remained blocked for a third week" gave no event: "the protests" alone is a general
noun, and "remained blocked" was read only in the perfect ("have remained blocked"). Roads
still blocked are a blockade (GUIDELINES §2 forms), one event per region.
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _events(text: str) -> list[tuple]:
    r = EX.extract(text, published=date(2023, 1, 29), lang="en")
    return [(e.sub_type, str(e.date.start), e.place.admin1, list(e.forms)) for e in r.events]


def test_roads_remained_blocked_in_three_regions() -> None:
    text = (
        "Thousands marched in Lima on Saturday. Protests also continued in the southern regions of Puno, Cusco and Apurimac, "
        "where roads remained blocked for a third week."
    )
    assert _events(text) == [
        ("peaceful", "2023-01-28", "Lima", ["march"]),
        ("peaceful", "2023-01-28", "Puno", ["roadblock"]),
        ("peaceful", "2023-01-28", "Cusco", ["roadblock"]),
        ("peaceful", "2023-01-28", "Apurímac", ["roadblock"]),
    ]


def test_protests_continued_with_no_form_stay_general() -> None:
    text = "Thousands marched in Lima on Saturday. Protests also continued in the southern regions of Puno, Cusco and Apurimac."
    assert _events(text) == [("peaceful", "2023-01-28", "Lima", ["march"])]
