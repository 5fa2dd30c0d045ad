"""An anniversary crowd is today's, though the victims' day of years ago follows it.

"Con una marcha por el centro de Huamanga, unas 300 personas recordaron este
domingo a las víctimas del 15 de diciembre de 2022", two years on, lost its crowd:
a date older than the background age within reach after the count made it "told of
an old protest" ("arrestados durante el paro agrario de 2019"), though the day the
crowd gathered ("este domingo") stands between them.
"""

from datetime import date

from kipu.extract.pipeline import Extractor


def test_unas_300_personas_recordaron_este_domingo() -> None:
    text = (
        "Ayacucho: a dos años de la masacre, marcha y vigilia\n\n"
        "Con una marcha por el centro de Huamanga, unas 300 personas recordaron este domingo "
        "a las víctimas del 15 de diciembre de 2022."
    )
    r = Extractor().extract(text, published=date(2024, 12, 15), lang="es")
    [e] = r.events
    assert (e.type, e.sub_type, e.date.start, e.place.name, e.place.admin1, e.forms) == (
        "protest", "peaceful", date(2024, 12, 15), "Huamanga", "Ayacucho", ["march", "vigil"],
    )
    assert (e.participants.low, e.participants.high, e.participants.qualifier) == (300, 300, "about")
