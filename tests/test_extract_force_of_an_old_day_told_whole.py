"""Force on a deadly day told whole, years on, keeps its force.

An indictment story of May 2024: "According to the indictment, the soldiers fired
assault rifles at demonstrators near the Huamanga airport on December 15, 2022.
Forensic reports found that most of the victims were shot in the back." The
sentence was kept as news of 15 December 2022 (a deadly day, recalled within
DEADLY_RECALL_DAYS) but typed a peaceful protest: its gunfire was stripped as
"force of another era's protest", a rule for force named in passing beside the
article's own news ("detenidos en las manifestaciones de 2012, ... protestan").
A sentence whose only days are that old, written out, tells the old protest itself.
"""

from datetime import date

from kipu.extract.pipeline import Extractor


def test_the_indictments_account_is_lethal_force() -> None:
    text = (
        "Peru charges soldiers over Ayacucho protest killings\n\n"
        "According to the indictment, the soldiers fired assault rifles at demonstrators near the Huamanga airport "
        "on December 15, 2022. Forensic reports found that most of the victims were shot in the back."
    )
    r = Extractor().extract(text, published=date(2024, 5, 22), lang="en")
    [e] = r.events
    assert (e.type, e.sub_type, e.date.start, e.place.name, e.place.admin1, e.state_response) == (
        "protest", "excessive_force", date(2022, 12, 15), "Huamanga", "Ayacucho", ["live_ammunition"],
    )


def test_arrests_of_an_old_year_beside_todays_protest_stay_out() -> None:
    text = (
        "Mientras se realiza la audiencia de los seis activistas detenidos en las marchas de 2012, "
        "un grupo de personas protesta frente al Palacio de Justicia de Lima."
    )
    r = Extractor().extract(text, published=date(2015, 6, 24), lang="es")
    [e] = r.events
    assert (e.type, e.sub_type, e.date.start, e.place.admin1, e.state_response, e.arrests) == (
        "protest", "peaceful", date(2015, 6, 24), "Lima", [], None,
    )
