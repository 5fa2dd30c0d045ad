"""A named person "was burned alive" by a crowd is one dead, as "was burned to death" is.

"The next day, police officer José Luis Soncco was burned alive by a mob" gave mob violence
with no death: "burned alive" was a mob trigger but no killing verb after a named subject
(counts ``killed_one``), though Spanish "fue quemado vivo" was one.
"""

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def test_an_officer_burned_alive_by_a_mob() -> None:
    text = "Police officer José Luis Soncco was burned alive by a mob in Juliaca on Tuesday."
    r = EX.extract(text, published=date(2023, 1, 11), lang="en")
    got = [(e.type, e.sub_type, str(e.date.start), e.place.name, e.fatalities.value if e.fatalities else None) for e in r.events]
    assert got == [("riot", "mob_violence", "2023-01-10", "Juliaca", 1)]
