"""A body that "had counted" a toll names the toll's source.

Before, "counted" was no reporting verb, so "the ombudsman's office had counted 46
deaths ..., and the Health Ministry had reported more than 1,200 injured" credited the 46
to the Health Ministry, the only source the sentence seemed to name. Keeping the count is
saying it: the words before "counted" are its source, as before "said". Spanish: the
active perfect "había reportado" names its subject as "reportó" does.
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _sources(text: str, lang: str) -> dict[str, tuple[int, str | None]]:
    r = EX.extract(text, published=date(2023, 1, 20), lang=lang)
    return {t.measure: (t.value, t.attributed_to) for t in r.tallies}


def test_counted_names_the_ombudsman() -> None:
    got = _sources(
        "As protests resumed in Puno, the ombudsman's office had counted 46 deaths since December 7, "
        "and the Health Ministry had reported more than 1,200 injured.",
        "en",
    )
    assert got["fatalities"] == (46, "ombudsman's office")
    assert got["injuries"] == (1200, "Health Ministry")


def test_spanish_counted_and_perfect_report() -> None:
    got = _sources(
        "Mientras se reanudaban las protestas, la Defensoría del Pueblo había contabilizado 46 muertes desde el "
        "7 de diciembre, y el Ministerio de Salud había reportado más de 1.200 heridos.",
        "es",
    )
    assert got["fatalities"] == (46, "Defensoría del Pueblo")
    assert got["injuries"] == (1200, "Ministerio de Salud")
