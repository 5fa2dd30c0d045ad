"""A Spanish crowd told in its own sentence ("Unas 500 personas participaron").

English had turnout words ("took part", "participated") for a crowd's size told
right after its protest; Spanish had none, so "La movilización partió de la plaza
de Armas ... Unas 500 personas participaron, según la Policía" left the march
with no crowd.
"""

from datetime import date

from kipu.extract.pipeline import Extractor


def test_unas_500_personas_participaron() -> None:
    text = (
        "Familiares marchan en Ayacucho\n\n"
        "Familiares de las víctimas marcharon este viernes por el centro de Huamanga para exigir justicia.\n\n"
        "La movilización partió de la plaza de Armas y llegó hasta el cementerio, donde los deudos realizaron una vigilia. "
        "Unas 500 personas participaron, según la Policía."
    )
    r = Extractor().extract(text, published=date(2023, 12, 15), lang="es")
    [e] = r.events
    assert (e.type, e.sub_type, e.date.start, e.place.name, e.place.admin1) == ("protest", "peaceful", date(2023, 12, 15), "Huamanga", "Ayacucho")
    assert (e.participants.low, e.participants.high, e.participants.qualifier) == (500, 500, "about")
