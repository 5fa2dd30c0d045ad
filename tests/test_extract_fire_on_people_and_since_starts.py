"""Phrasings found by writing stories of Latin American crackdowns outside
Peru (Sacaba 2019, Cali 2021, Panama 2023, Buenos Aires 2024): shots aimed at
a class of people ("opened fire on farmers", "una columna de cocaleros") are
aimed at a gathering, in an article about protests; a running total counted
"since the start of the crisis, on 21 October" is no incident of that day;
"26 muertes y 87 personas desaparecidas" is 26 dead, not 113; "volvieron a
marchar" is a march; and a paragraph of force with no place, under a heading
that names only the country, goes on where the paragraph before was."""

from __future__ import annotations

from datetime import date

from kipu.extract import places
from kipu.extract.pipeline import Extractor

EX = Extractor()


def _run(text: str, published: date, lang: str = "en"):
    return EX.extract(text, published=published, lang=lang)


# Shots at a class of people, in a story of protests, are force on a crowd (GUIDELINES §2 excessive_force).

def test_police_opening_fire_on_farmers_is_force_on_a_crowd():
    # (no one killed: the dead alone made it lethal force before)
    text = (
        "Bolivia\n\n"
        "Police opened fire on farmers in Sacaba on Friday, wounding dozens. "
        "The protesters demanded the resignation of the interim president."
    )
    out = _run(text, date(2019, 11, 16))
    assert len(out.events) == 1
    e = out.events[0]
    assert (e.type, e.sub_type) == ("protest", "excessive_force")
    assert e.place is not None and e.place.name == "Sacaba"
    assert e.date is not None and e.date.start == date(2019, 11, 15)
    assert e.injuries is not None and e.injuries.qualifier == "at_least"


def test_a_column_of_coca_growers_shot_at_is_a_march():
    text = "Bolivia\n\nPolicías y militares dispararon contra una columna de cocaleros en Sacaba el viernes; nueve murieron."
    out = _run(text, date(2019, 11, 16), "es")
    assert [(e.type, e.sub_type) for e in out.events] == [("protest", "excessive_force")]
    assert out.events[0].forms == ["march"]
    assert out.events[0].fatalities is not None and out.events[0].fatalities.value == 9


def test_shots_at_residents_in_a_raid_are_no_protest():
    # no protest word anywhere: police firing on residents to arrest a youth is a raid
    text = "Policías dispararon contra los vecinos de la urbanización para detener a un joven; dos personas resultaron heridas."
    assert _run(text, date(2019, 11, 16), "es").events == []


# A total counted from a start named, its day in apposition, is a running total (GUIDELINES §3 tallies).

def test_total_since_the_start_of_the_crisis_with_its_day_is_a_tally():
    text = (
        "Bolivia: nueve muertos en Sacaba\n\n"
        "Al menos nueve personas murieron el viernes en Sacaba cuando policías dispararon contra manifestantes. "
        "Con las muertes de Sacaba, la cifra de fallecidos desde el inicio de la crisis poselectoral, el 21 de octubre, llega a 23, según la Defensoría."
    )
    out = _run(text, date(2019, 11, 16), "es")
    assert [(e.date.start if e.date else None, e.fatalities.value if e.fatalities else None) for e in out.events] == [
        (date(2019, 11, 15), 9)
    ]
    assert [t.value for t in out.tallies] == [23]


def test_english_start_named_with_its_day_in_apposition_is_a_since():
    from kipu.extract import dates

    found = dates.find_dates("The death toll since the start of the crisis, on October 21, has reached 23.", "en", date(2019, 11, 16))
    assert [(d.kind, d.range.start, d.range.end) for d in found] == [("since", date(2019, 10, 21), date(2019, 11, 16))]


def test_english_total_since_the_start_with_its_day_is_a_tally():
    text = (
        "Clashes in Sacaba\n\n"
        "Nine people were killed in Sacaba on Friday when police fired on protesters. "
        "The death toll since the start of the crisis, on October 21, has reached 23, the ombudsman said."
    )
    out = _run(text, date(2019, 11, 16))
    assert [e.fatalities.value if e.fatalities else None for e in out.events] == [9]
    assert all(e.date is not None and e.date.start == date(2019, 11, 15) for e in out.events)
    assert [t.value for t in out.tallies] == [23]


# A number with its own casualty word is not a group of the next one (GUIDELINES §2 counts).

def test_deaths_and_missing_are_not_added_up():
    text = (
        "Colombia: cinco muertos en Cali\n\n"
        "Al menos cinco personas murieron anoche en Cali durante una protesta. "
        "Desde el inicio del paro nacional, el 28 de abril, la Defensoría del Pueblo ha recibido reportes de 26 muertes y 87 personas desaparecidas."
    )
    out = _run(text, date(2021, 5, 4), "es")
    assert [t.value for t in out.tallies] == [26]


# "volvieron a marchar" is a march, and "mientras en Pereira ..." another region's incident (GUIDELINES §2).

def test_marching_again_is_a_march_and_the_while_clause_another_region():
    text = (
        "En Bogotá, miles de personas volvieron a marchar este martes hacia la Plaza de Bolívar, "
        "mientras en Pereira un joven fue herido de bala durante una protesta pacífica en el viaducto."
    )
    out = _run(text, date(2021, 5, 4), "es")
    got = {(e.place.name if e.place else None): e for e in out.events}
    assert set(got) == {"Bogotá", "Pereira"}
    assert (got["Bogotá"].sub_type, got["Bogotá"].forms) == ("peaceful", ["march"])
    assert got["Pereira"].sub_type == "excessive_force"
    assert got["Pereira"].injuries is not None and got["Pereira"].injuries.value == 1


# A country-only heading says less than the region the story was told in (GUIDELINES §2 place).

def test_force_in_a_placeless_paragraph_goes_on_where_the_march_was():
    text = (
        "Peru protests\n\n"
        "Thousands of people marched in Cusco on Monday against the government.\n\n"
        "Police fired tear gas at marchers near the main square."
    )
    out = _run(text, date(2023, 1, 10))
    assert [(e.sub_type, e.place.name if e.place else None, e.date.start if e.date else None) for e in out.events] == [
        ("intervention", "Cusco", date(2023, 1, 9))
    ]


def test_a_measure_in_a_placeless_paragraph_stays_the_countrys():
    text = (
        "Peru protests\n\n"
        "Thousands of people marched in Cusco on Monday against the government.\n\n"
        "The government declared a state of emergency in the south."
    )
    out = _run(text, date(2023, 1, 10))
    measures = [e for e in out.events if e.type == "strategic_development"]
    assert len(measures) == 1 and measures[0].place is not None and measures[0].place.admin1 is None


# The city a story was filed from anchors a lead that names no region, or names it among others (GUIDELINES §2 place).

def test_dateline_city_anchors_a_lead_naming_no_region_over_a_town_named_once():
    text = (
        "Guatemala: manifestantes incendian parte del Congreso\n\n"
        "Ciudad de Guatemala, 22 nov (EFE).- Un grupo de manifestantes prendió fuego este sábado a oficinas del Congreso de Guatemala.\n\n"
        "La Policía dispersó con gases lacrimógenos a los manifestantes y 37 personas fueron detenidas. "
        "El procurador de los Derechos Humanos denunció que los agentes actuaron de forma desproporcionada.\n\n"
        "En Quetzaltenango, la segunda ciudad del país, cientos de personas también se manifestaron."
    )
    out = _run(text, date(2020, 11, 22), "es")
    places = {(e.place.name if e.place else None, e.type) for e in out.events}
    # (the city as the dateline names it in full: "de" is a link of its name, no description)
    assert ("Ciudad de Guatemala", "riot") in places
    quetzal = [e for e in out.events if e.place is not None and e.place.name == "Quetzaltenango"]
    assert len(quetzal) == 1 and quetzal[0].arrests is None


def test_dateline_city_among_the_leads_regions_anchors_the_story():
    text = (
        "Ecuador: el Gobierno traslada su sede a Guayaquil mientras miles de indígenas llegan a Quito\n\n"
        "QUITO (Agencias) — Miles de indígenas llegaron la noche del lunes a Quito para sumarse a las protestas, "
        "mientras el presidente anunció que trasladaba la sede del Gobierno a Guayaquil.\n\n"
        "Durante la tarde, grupos de encapuchados se enfrentaron con la Policía en el centro histórico y saquearon varios locales."
    )
    out = _run(text, date(2019, 10, 9), "es")
    riots = [e for e in out.events if e.type == "riot"]
    assert riots and all(e.place is not None and e.place.name == "Quito" for e in riots)


# Road closures that have run for weeks, told in the present, began that many weeks back (GUIDELINES §2 date).

def test_road_closures_running_nearly_three_weeks_nationwide():
    text = "Panamá: protestas\n\nLos cierres de vías cumplen casi tres semanas en todo el país."
    out = _run(text, date(2023, 11, 7), "es")
    assert [(e.forms, e.place.admin1 if e.place else "?", e.date.start if e.date else None) for e in out.events] == [
        (["roadblock"], None, date(2023, 10, 18))
    ]


def test_english_roadblocks_lasting_nearly_three_weeks():
    text = "Panama protests\n\nThe roadblocks across the country have lasted nearly three weeks."
    out = _run(text, date(2023, 11, 7))
    assert [(e.date.start, e.date.end) for e in out.events if e.date] == [(date(2023, 10, 18), date(2023, 11, 7))]


# A later day written first in one month, then an earlier one, is no range (GUIDELINES §2 date).

def test_dateline_day_then_the_days_before_is_no_year_long_range():
    text = (
        "Juliaca: enfrentamientos dejan 17 muertos\n\n"
        "Juliaca, 10 de enero - la tarde del lunes 9 de enero miles de manifestantes intentaron tomar el aeropuerto "
        "y fueron repelidos por la policía con disparos; 17 personas fallecieron."
    )
    out = _run(text, date(2023, 1, 10), "es")
    assert [(e.date.start, e.date.end) for e in out.events if e.date] == [(date(2023, 1, 9), date(2023, 1, 9))]


# A list of towns closed by "and other cities" holds no gloss (GUIDELINES §2: one event per region).

def test_a_list_closed_by_other_cities_keeps_every_town():
    # (the whole article of the probe is the case: there "Cali" was read as its department,
    # which made ", Cali and other cities" a gloss contradicting Medellín; here the list itself)
    text = "Hundreds of thousands of people marched in Bogotá, Medellín, Cali and other cities on Thursday."
    matches = places.places_in(text)
    resolved = [(m, places.PlaceResolver().disambiguate(text, m, matches)) for m in matches]
    medellin = next(m for m, _ in resolved if m.surface == "Medellín")
    gloss = places._qualifier_after(text, medellin.span)
    assert gloss is not None and text[gloss.start :].startswith("Cali")
    assert places._in_a_list(text, gloss, resolved)


def test_spanish_list_closed_by_otras_ciudades():
    text = "Miles de personas marcharon en Bogotá, Medellín, Cali y otras ciudades contra el Gobierno el jueves."
    out = _run(text, date(2019, 11, 22), "es")
    assert {e.place.name for e in out.events if e.place} == {"Bogotá", "Medellín", "Cali"}


# A measure with no other place holds where its author governs (GUIDELINES §2 place).

def test_the_mayors_curfew_is_placed_in_the_mayors_city():
    text = (
        "Colombia's strike\n\n"
        "Hundreds of thousands of people marched in Bogotá on Thursday.\n\n"
        "The day ended with clashes in several cities, and the mayor of Cali imposed a curfew that night."
    )
    out = _run(text, date(2019, 11, 22))
    measures = [e for e in out.events if e.type == "strategic_development"]
    assert [(m.place.name if m.place else None) for m in measures] == ["Cali"]


# A bean-bag round is a less-lethal projectile; the victim's death later is the march's toll (GUIDELINES §2).

def test_bean_bag_round_then_death_is_excessive_force():
    text = (
        "Colombia\n\n"
        "On Saturday, riot police fired a bean-bag round at student Dilan Cruz during a peaceful march in the centre of Bogotá. "
        "He died in hospital on Monday."
    )
    out = _run(text, date(2019, 11, 28))
    assert [(e.sub_type, e.fatalities.value if e.fatalities else None, e.date.start if e.date else None) for e in out.events] == [
        ("excessive_force", 1, date(2019, 11, 23))
    ]


# An opening clause with no place belongs to the first region's clause; each region keeps its dead (GUIDELINES §2).

def test_each_region_keeps_its_dead_after_an_opening_clause_with_no_place():
    text = (
        "Protest and repression in Peru\n\n"
        "We argue that the framing of protesters as terrorists enabled the use of lethal force, as in Ayacucho on "
        "15 December 2022, when soldiers killed ten people near the airport, and in Juliaca on 9 January 2023, "
        "when seventeen civilians died."
    )
    out = _run(text, date(2024, 3, 15))
    got = sorted((e.place.name if e.place else "", e.fatalities.value if e.fatalities else None) for e in out.events)
    assert got == [("Ayacucho", 10), ("Juliaca", 17)]


# A headline's round floor over the body's running total is that total, rounded (GUIDELINES §3 tallies).

def test_headline_round_floor_of_a_body_total_is_no_incident_count():
    text = (
        "Venezuela: more than a thousand arrested as protests follow disputed vote\n\n"
        "CARACAS (wire) — Venezuelan authorities have arrested more than 1,200 people since protests erupted on Monday "
        "against the official result of the presidential election, the attorney general said on Wednesday."
    )
    out = _run(text, date(2024, 7, 31))
    assert all(e.arrests is None for e in out.events)
    assert [(t.measure, t.value) for t in out.tallies] == [("arrests", 1200)]


# A total before a colon and its breakdown is still counted ("suman 60: 49 civiles ..."; GUIDELINES §3 tallies).

def test_total_before_a_colon_and_its_breakdown():
    text = (
        "Perú\n\n"
        "La Defensoría del Pueblo informó que los fallecidos en el contexto de las protestas suman 60: "
        "49 civiles en enfrentamientos, un policía y diez en accidentes de tránsito vinculados a los bloqueos."
    )
    out = _run(text, date(2023, 2, 10), "es")
    assert [(t.measure, t.value) for t in out.tallies] == [("fatalities", 60)]


def test_a_clock_time_is_still_no_count():
    text = "Perú\n\nA las 18:40 del lunes, unos 300 manifestantes marcharon por el centro de Puno."
    out = _run(text, date(2023, 2, 14), "es")
    assert [e.participants.low for e in out.events if e.participants] == [300]


# A foreign city's dateline places a story that names no other place (GUIDELINES §2 place).

def test_a_foreign_capitals_dateline_alone_places_the_story():
    out = _run("QUITO - Thousands of young people gathered on Tuesday evening to demand answers.", date(2023, 3, 1))
    assert [(e.place.name, e.place.country) for e in out.events if e.place] == [("Quito", "EC")]


def test_a_country_heading_yields_to_the_datelines_city():
    text = "Ecuador youth protest\n\nQUITO - Thousands of young people gathered on Tuesday evening to demand answers."
    out = _run(text, date(2023, 3, 1))
    assert [(e.place.name, e.place.admin1) for e in out.events if e.place] == [("Quito", "Pichincha")]


# An end verb ends a protest's run only when the action is named before it (GUIDELINES §2 date).

def test_elections_suspended_on_sunday_do_not_date_tuesdays_rally():
    text = (
        "Dominican protest\n\n"
        "SANTO DOMINGO - Thousands of young people gathered on Tuesday evening in the capital to demand answers "
        "after the municipal elections were suspended on Sunday."
    )
    out = _run(text, date(2020, 2, 19))
    assert [(e.date.start, e.date.end) for e in out.events if e.date] == [(date(2020, 2, 18), date(2020, 2, 18))]


# Joining the protest is protesting; "cortes de tránsito" are road cuts (GUIDELINES §2 forms).

def test_joining_the_protest_with_a_walk_is_a_march():
    text = (
        "Bloqueos en Guatemala\n\n"
        "Hubo cortes de tránsito en Chimaltenango y Jutiapa este lunes. En la cabecera de Zacapa, comerciantes y "
        "estudiantes se sumaron a la protesta con una caminata por el parque central."
    )
    out = _run(text, date(2023, 10, 9), "es")
    got = {(e.place.admin1 if e.place else None): e.forms for e in out.events}
    assert got.get("Zacapa") == ["march"]
    assert got.get("Chimaltenango") == ["roadblock"] and got.get("Jutiapa") == ["roadblock"]


def test_english_joined_the_protests():
    # (no day of its own: "the protests" alone is a generic noun, an event only as a verb of joining)
    text = "Peru\n\nMarket vendors in Cusco joined the protests."
    out = _run(text, date(2023, 1, 11))
    assert [(e.type, e.place.name if e.place else None) for e in out.events] == [("protest", "Cusco")]


def test_dateline_city_anchors_over_a_list_of_towns_named_once():
    text = (
        "Dominicans rally after local elections are suspended\n\n"
        "SANTO DOMINGO - Thousands of young people gathered in the Plaza de la Bandera on Tuesday evening, "
        "banging pots and waving flags to demand answers.\n\n"
        "Similar rallies were held in Santiago de los Caballeros, San Francisco de Macorís and Puerto Plata."
    )
    out = _run(text, date(2020, 2, 18))
    crowd = [e for e in out.events if e.participants is not None]
    assert [(e.place.name, e.place.admin1) for e in crowd if e.place] == [("Santo Domingo", "Distrito Nacional")]


# The lead's own day, not the wire's filing day, dates the sentences after it (GUIDELINES §2 date).

def test_undated_paragraph_after_a_wire_lead_takes_the_leads_day():
    text = (
        "Brazil: Bolsonaro supporters storm Congress\n\n"
        "BRASÍLIA, Jan 9 (wire) - Thousands of supporters of former president Jair Bolsonaro invaded and vandalised "
        "Brazil's Congress and the Supreme Court on Sunday.\n\n"
        "The rioters broke windows and destroyed artworks before security forces regained control of the buildings, "
        "using tear gas and stun grenades."
    )
    out = _run(text, date(2023, 1, 9))
    assert [(e.type, e.date.start) for e in out.events if e.date] == [("riot", date(2023, 1, 8))]


# People counted dead in a protest story are its toll, as civilians are (GUIDELINES §2 excessive_force).

def test_people_who_died_on_a_day_in_a_town_are_its_incident():
    text = (
        "Peru protests\n\n"
        "Protesters blocked roads across the south. The deadliest single incident was in Juliaca, Puno, on "
        "9 January, where 17 people died in one afternoon."
    )
    out = _run(text, date(2023, 2, 1))
    got = [(e.sub_type, e.place.name if e.place else None, e.date.start, e.fatalities.value if e.fatalities else None) for e in out.events]
    assert ("excessive_force", "Juliaca", date(2023, 1, 9), 17) in got
    assert all(e.participants is None or e.participants.low != 17 for e in out.events)


def test_people_who_died_in_a_bus_crash_are_no_toll():
    text = "Peru protests\n\nProtesters blocked roads across the south. Six people died when their bus overturned near Cusco on Monday."
    out = _run(text, date(2023, 2, 1))
    assert [(e.sub_type, e.fatalities) for e in out.events] == [("peaceful", None)]


# Two days before their month are two days, whatever follows (GUIDELINES §2 date).

def test_two_days_then_their_month_then_a_place():
    text = "Peru protests\n\nProtesters blocked roads across the south. Six people died on 11 and 12 December in Andahuaylas."
    out = _run(text, date(2023, 2, 1))
    dead = [e for e in out.events if e.fatalities is not None]
    assert [(e.place.name, e.date.start, e.date.end) for e in dead] == [("Andahuaylas", date(2022, 12, 11), date(2022, 12, 12))]


# Protests called for two past days, after clashes elsewhere: the clashes are the cause, named
# with their place; the protests are the article's (GUIDELINES §2 place, type).

def test_protests_called_after_clashes_elsewhere_are_not_those_clashes():
    text = (
        "Ayacucho\n\n"
        "Las manifestaciones las convocó el Frente de Defensa del Pueblo para los días 15 y 16 de diciembre del año pasado, "
        "después de los enfrentamientos que se dieron en Apurímac."
    )
    out = _run(text, date(2023, 3, 1), "es")
    assert [(e.type, e.place.admin1) for e in out.events] == [("protest", "Ayacucho")]
    # (the days a call set are no day of its own: "para los días 15 y 16")
    assert all(e.date is None or e.date.start != date(2022, 12, 15) for e in out.events)


# The place of the earlier clashes that caused what is told is not its place (GUIDELINES §2 place).

def test_the_place_of_the_clashes_that_prompted_a_march_is_not_the_marchs():
    text = (
        "Ayacucho\n\n"
        "Miles de personas marcharon en Huamanga el jueves.\n\n"
        "Los estudiantes salieron a marchar otra vez el viernes, después de los enfrentamientos que se dieron en Apurímac."
    )
    out = _run(text, date(2022, 12, 17), "es")
    assert {e.place.admin1 for e in out.events if e.place} == {"Ayacucho"}


# A named person "was shot dead" is one dead, the auxiliary inside the death phrase (GUIDELINES §2 counts).

def test_a_named_journalist_shot_dead_counts_one():
    text = (
        "Nicaragua\n\n"
        "Students marched in Managua on Wednesday.\n\n"
        "Journalist Ángel Gahona was shot dead on Saturday while broadcasting live in Bluefields."
    )
    out = _run(text, date(2018, 4, 22))
    attack = [e for e in out.events if e.type == "violence_against_civilians"]
    assert [(e.place.name if e.place else None, e.fatalities.value if e.fatalities else None) for e in attack] == [("Bluefields", 1)]


# A bare "Buenos Aires" is the capital city; the province only by its prefix or in a gloss (GUIDELINES §2 place).

def test_buenos_aires_bare_is_the_city_even_beside_la_plata():
    text = (
        "Argentina: university march\n\n"
        "Hundreds of thousands of students marched in Buenos Aires on Tuesday. "
        "Similar marches took place in Córdoba, Rosario, Mendoza and La Plata."
    )
    out = _run(text, date(2024, 4, 24))
    admin1 = {e.place.name: e.place.admin1 for e in out.events if e.place}
    assert admin1["Buenos Aires"] == "Ciudad Autonoma de Buenos Aires"
    assert admin1.get("La Plata") == "Buenos Aires"


def test_the_province_of_buenos_aires_and_a_gloss_stay_the_province():
    for text in ("Cientos marcharon en la provincia de Buenos Aires el lunes.", "Cientos marcharon en Bernal (Buenos Aires) el lunes."):
        out = _run(text, date(2024, 4, 24), "es")
        assert [e.place.admin1 for e in out.events if e.place] == ["Buenos Aires"]
