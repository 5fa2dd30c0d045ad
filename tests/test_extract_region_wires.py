"""Wire reports from around the region: a march a week after riots, the eve of
the report's day after a movement's first day, one student who died days after
being shot, a federal intervention in a roundup's section on Brazil."""

from __future__ import annotations

from datetime import date

from kipu.extract.dates import find_dates
from kipu.extract.pipeline import Extractor

EX = Extractor()


def _got(text: str, lang: str, published: date) -> list[tuple]:
    out = EX.extract(text, published=published, lang=lang)
    return sorted((str(e.date.start), e.place.name, e.type, e.sub_type, e.fatalities.low if e.fatalities else None, e.arrests.low if e.arrests else None) for e in out.events)


def test_a_peaceful_march_a_week_after_riots_is_not_typed_by_them():
    text = ("Chile\n\nSANTIAGO (wire) - More than a million people marched through central Santiago on Friday, a week "
            "after a protest against a metro fare rise exploded into riots, arson and looting across Chile.\n")
    got = _got(text, "en", date(2019, 10, 26))
    assert ("2019-10-25", "Santiago", "protest", "peaceful", None, None) in got
    # the riots of a week before, across Chile: the country's (in a wire from Santiago, its lead's city)
    assert [g for g in got if g[0] == "2019-10-18" and g[2:4] == ("riot", "violent_demonstration")]


def test_la_vispera_after_a_movements_first_day_is_the_eve_of_the_reports_day():
    text = ("La CIDH elevó este viernes a 212 el número de muertos en las protestas que comenzaron el 18 de abril. "
            "La víspera, fuerzas policiales atacaron una barricada en Masaya.")
    days = [(m.kind, str(m.range.start)) for m in find_dates(text, "es", date(2018, 6, 22))]
    assert ("anchor", "2018-06-21") in days


def test_one_student_shot_on_saturday_who_died_on_monday_is_that_marchs_dead():
    for text, lang in (
        ("Dilan Cruz, el estudiante de 18 años que fue herido por un proyectil del Esmad durante una marcha el sábado "
         "en el centro de Bogotá, murió este lunes.", "es"),
        ("The student, who was hit in the head by a projectile fired by riot police during a march in Bogotá on "
         "Saturday, died on Monday.", "en"),
    ):
        (event,) = EX.extract("Bogotá\n\n" + text + "\n", published=date(2019, 11, 25), lang=lang).events
        assert (str(event.date.start), event.sub_type, event.fatalities.low) == ("2019-11-23", "excessive_force", 1), text


def test_a_person_named_first_is_counted_only_as_dead_or_hurt():
    got = _got("Arrest\n\nA man wanted in a 2019 killing was arrested in Lima on Wednesday.\n", "en", date(2023, 1, 20))
    assert [g[5] for g in got] == [None]


def test_a_federal_intervention_in_a_roundups_brazil_section_is_in_brasilia_and_the_arrests_stay_the_riots():
    text = ("Latin America this week\n\nPERU\nThousands marched in Lima on Thursday against the government.\n\n"
            "BRAZIL\nThousands of supporters of Jair Bolsonaro stormed the Congress in Brasília on Sunday. Lula, who was "
            "in São Paulo state, ordered a federal intervention in the security of the capital. Authorities said about "
            "300 people had been arrested by Sunday night.\n")
    got = _got(text, "en", date(2023, 1, 9))
    assert ("2023-01-08", "Brasília", "riot", "violent_demonstration", None, 300) in got
    assert ("2023-01-08", "Brasília", "strategic_development", "state_measure", None, None) in got
    assert not any(g[1] in ("Lima", "Sao Paulo") and g[2] == "strategic_development" for g in got)


def test_a_lead_told_in_the_capital_anchors_the_story_over_a_town_named_once_below():
    text = ("Guatemala\n\nGUATEMALA — Un grupo de manifestantes prendió fuego este sábado a una parte del edificio del "
            "Congreso, en el centro de la capital, durante una jornada de protestas contra el presupuesto.\n\n"
            "Unas decenas de encapuchados rompieron ventanas. La Policía Nacional Civil dispersó a los manifestantes con "
            "gas lacrimógeno y detuvo a 22 personas.\n\nEn Quetzaltenango también hubo una marcha contra el Gobierno.\n")
    got = _got(text, "es", date(2020, 11, 22))
    # the arrests are the capital's, and the town's march keeps no count of it
    assert [g[1] for g in got if g[5] == 22] == ["Guatemala"]
    assert ("2020-11-21", "Quetzaltenango", "protest", "peaceful", None, None) in got


def test_a_neighbourhood_named_ciudad_x_is_not_the_town_x_elsewhere():
    text = ("Cali\n\nCALI — Al menos 13 personas murieron en Cali durante la jornada del viernes. La mayoría de las "
            "víctimas cayeron en el sector de Ciudad Jardín, donde civiles armados dispararon contra los manifestantes.\n")
    got = _got(text, "es", date(2021, 5, 29))
    assert {g[1] for g in got} == {"Cali"}


def test_a_where_clause_types_only_the_places_it_follows():
    text = ("Venezuela\n\nCARACAS (wire) - Protests broke out on Monday in Caracas, where residents banged pots and pans, "
            "and spread to Maracay and Coro, where demonstrators toppled a statue of Hugo Chávez.\n")
    got = {(g[1], g[2], g[3]) for g in _got(text, "en", date(2024, 7, 30))}
    assert ("Caracas", "protest", "peaceful") in got
    assert ("Coro", "riot", "violent_demonstration") in got and ("Maracay", "riot", "violent_demonstration") in got


def test_a_place_inside_the_where_clause_reads_it():
    text = ("Arequipa\n\nEl 12 de diciembre los enfrentamientos se extendieron a Chincheros y Arequipa, donde un grupo de "
            "manifestantes ingresó a la pista del aeropuerto Rodríguez Ballón.\n")
    got = EX.extract(text, published=date(2022, 12, 13), lang="es").events
    airport = [e for e in got if e.place.admin1 == "Arequipa"]
    assert airport and "occupation" in airport[0].forms


def test_a_headline_joining_two_incidents_the_body_dates_apart_gives_neither_the_others_dead():
    text = ("Paraguay: manifestantes incendian el Congreso y un joven muere en la sede del PLRA\n\n"
            "ASUNCIÓN — Cientos de manifestantes irrumpieron la noche del viernes en el edificio del Congreso y le "
            "prendieron fuego.\n\nDurante la madrugada del sábado, agentes policiales ingresaron a la sede del Partido "
            "Liberal, en el centro de Asunción, y uno de ellos disparó contra el dirigente juvenil Rodrigo Quintana, de "
            "25 años, que murió en el lugar.\n")
    got = _got(text, "es", date(2017, 4, 1))
    assert ("2017-03-31", "Asunción", "riot", "violent_demonstration", None, None) in got
    assert [g[4] for g in got if g[0] == "2017-04-01"] == [1]
