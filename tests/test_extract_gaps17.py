"""Known gaps of the extractor probed with new articles (helper gaps17).

The probe found: a toll told once for two regions ("Seven people were killed
in Bogotá and Soacha") was dropped from both regions' events and kept nowhere;
"Two killed in Juliaca, dozens hurt in Arequipa" (a comma before the second
count) kept both regions without their counts, and "Juliaca, 40 were injured
in Cusco" read Cusco as Juliaca's division, dropping Juliaca; a witness's
quoted account ('"My son was wounded in Juliaca on Monday," said his mother')
made no event (the quote was read as a voice, its weekday ignored, "my son"
counted no one); "Ten civilians were shot near the airport" counted ten
participants and typed nothing (shot, no death said, counts the wounded);
"bloquearon la carretera a Abancay" after a Cusco dateline placed the
blockade at the road's far end; "The strike was indefinite, its leaders
said", opening a paragraph after one on Puno under a heading naming only
Peru, took the country (then dropped as a summary, the strike lost); a
curfew told with no day after a narrative took the story's first day.
Found on the way: "Six were killed in Ayacucho, two in Apurímac and one in
Arequipa" counted no region's dead; "Peru's deadliest day ..., when security
forces killed 17 civilians in Juliaca" placed the killings in Peru; "when
police broke up the blockades" read the blockade as the police's raid."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _val(c):
    return None if c is None else c.low


def run(text: str, lang: str, published: date = date(2023, 1, 11)):
    return EX.extract(text, published=published, lang=lang)


def by_region(out) -> dict[str | None, tuple]:
    return {e.place.admin1 if e.place else None: (e.type, e.sub_type, e.date.start if e.date else None, _val(e.fatalities), _val(e.injuries), _val(e.arrests)) for e in out.events}


# --- 1. A toll told jointly for two regions (GUIDELINES §2 one event per region; §3 a figure over
# more than one incident is kept apart as their total, never added to one incident's count)


@pytest.mark.parametrize(
    "text,lang,published,measure,value,regions",
    [
        (
            "Colombia unrest\n\nProtests against police brutality swept the capital this week.\n\n"
            "Seven people were killed in Bogotá and Soacha on Wednesday as police fired on crowds that burned police posts.",
            "en", date(2020, 9, 10), "fatalities", 7, {"Bogota, D.C.", "Cundinamarca"},
        ),
        (
            "Protestas en el sur\n\nLas protestas contra el gobierno se extendieron por el sur del Perú.\n\n"
            "Siete muertos en Andahuaylas y Arequipa dejaron los enfrentamientos del lunes entre manifestantes y la Policía.",
            "es", date(2022, 12, 14), "fatalities", 7, {"Apurímac", "Arequipa"},
        ),
        (
            "Protestas en Lima y Cusco\n\nMiles de manifestantes marcharon contra el Congreso el jueves.\n\n"
            "La Policía detuvo a 30 personas en Lima y Cusco durante las marchas del jueves.",
            "es", date(2023, 1, 21), "arrests", 30, {"Lima", "Cusco"},
        ),
    ],
)
def test_joint_toll_is_a_total_of_both_regions(text, lang, published, measure, value, regions):
    out = EX.extract(text, published=published, lang=lang)
    got = by_region(out)
    assert regions <= set(got)
    for r in regions:  # no region takes the joint figure
        assert got[r][{"fatalities": 3, "injuries": 4, "arrests": 5}[measure]] is None
    joint = [t for t in out.tallies if t.measure == measure and t.value == value]
    assert joint and joint[0].period is not None and joint[0].period.start == joint[0].period.end


def test_joint_toll_in_one_region_stays_the_event_count():
    # §2: "Juliaca y Puno" are one region (Puno): one event, its own toll, no total
    out = run(
        "Protestas en el sur\n\nLos enfrentamientos entre manifestantes y policías dejaron el lunes siete muertos en Juliaca y Puno.",
        "es",
    )
    assert [(e.place.admin1, _val(e.fatalities)) for e in out.events] == [("Puno", 7)]
    assert not out.tallies


def test_toll_of_one_place_beside_others_named_in_another_clause_is_no_joint_total():
    # the places must be one list the toll is told for ("in Bogotá and Soacha"), not a later clause's
    out = run("Protests\n\nProtests against Boluarte go on.\n\nAt least 17 people were killed in Juliaca on Monday, the deadliest day since protests began in Lima and Apurímac.", "en")
    assert not [t for t in out.tallies if t.value == 17]


def test_police_breaking_up_blockades_in_two_regions_is_force_at_each():
    # "police broke up the blockades" is force on the protesters' blockades (no state raid):
    # an intervention in each region, the wounded told for both kept as their total
    out = run("Protests\n\nProtests against Boluarte go on in the south.\n\nPolice broke up the blockades in Cusco and Puno on Monday, and at least 20 people were injured.", "en")
    assert sorted((e.place.admin1, e.sub_type, _val(e.injuries)) for e in out.events) == [("Cusco", "intervention", None), ("Puno", "intervention", None)]
    assert [(t.measure, t.value) for t in out.tallies] == [("injuries", 20)]


# --- 2. Each region's own count after a comma (GUIDELINES §2 counts per incident per region)


@pytest.mark.parametrize(
    "sentence,lang,first,second",
    [
        ("Two protesters were killed in Andahuaylas, dozens hurt in Arequipa on Monday as police clashed with demonstrators.", "en", ("Apurímac", 2, None), ("Arequipa", None, 24)),
        ("Three protesters were killed in Juliaca, 40 were injured in Cusco on Monday as police fired tear gas and live rounds.", "en", ("Puno", 3, None), ("Cusco", None, 40)),
        ("Two protesters were killed in Juliaca, at least 20 were hurt in Arequipa on Monday.", "en", ("Puno", 2, None), ("Arequipa", None, 20)),
        ("Dos muertos en Andahuaylas, decenas de heridos en Arequipa, tras los enfrentamientos con la policía el lunes.", "es", ("Apurímac", 2, None), ("Arequipa", None, 24)),
        ("Dos manifestantes murieron en Juliaca, decenas de heridos en Cusco el lunes.", "es", ("Puno", 2, None), ("Cusco", None, 24)),
    ],
)
def test_comma_before_a_count_splits_two_regions(sentence, lang, first, second):
    lede = "Protests against Boluarte go on in the south." if lang == "en" else "Las protestas contra Boluarte siguen en el sur."
    got = by_region(run(f"Protests\n\n{lede}\n\n{sentence}", lang))
    for region, dead, hurt in (first, second):
        assert got[region][3:5] == (dead, hurt)
        assert got[region][2] == date(2023, 1, 9)


@pytest.mark.parametrize(
    "sentence,lang",
    [
        ("Six people were killed in Ayacucho on Thursday, two in Apurímac and one in Arequipa.", "en"),
        ("Seis muertos en Ayacucho, dos en Apurímac y uno en Arequipa dejó la jornada del jueves.", "es"),
    ],
)
def test_bare_numbers_after_a_toll_count_their_regions_dead(sentence, lang):
    # "two in Apurímac": the number alone counts the measure told before it, in its own region
    lede = "Protests against Boluarte go on." if lang == "en" else "Las protestas contra Boluarte continúan."
    out = run(f"Protestas\n\n{lede}\n\n{sentence}", lang, date(2022, 12, 16))
    assert sorted((e.place.admin1, _val(e.fatalities)) for e in out.events) == [("Apurímac", 2), ("Arequipa", 1), ("Ayacucho", 6)]


def test_comma_before_a_crowd_size_is_no_region_split():
    # a count after a comma that is no region's own toll ("..., in the early morning hours, dozens of
    # farmers blocked ...") leaves the sentence whole: both regions keep the action
    out = run(
        "Protests\n\nProtests against Boluarte go on in the south.\n\nOn Monday, in the rural area of Ilave (Puno), "
        "in the early morning hours, dozens of farmers stopped three trucks and burned tyres near Sicuani (Cusco).",
        "en",
    )
    assert sorted(e.place.admin1 for e in out.events) == ["Cusco", "Puno"]


def test_one_places_toll_listed_with_commas_stays_one():
    # "dos fallecidos, 25 heridos y 10 detenidos" is one toll of one place (not cut at its commas)
    out = run(
        "Enfrentamiento en Juliaca\n\nLas protestas contra el gobierno continuaron en Puno.\n\n"
        "En Juliaca, dos fallecidos, 25 heridos y 10 detenidos dejó el enfrentamiento del lunes entre manifestantes y policías.",
        "es",
    )
    assert [(e.place.name, _val(e.fatalities), _val(e.injuries), _val(e.arrests)) for e in out.events] == [("Juliaca", 2, 25, 10)]


# --- 3. A witness's quoted account of a wound or a death, with its own day and place
# (GUIDELINES §2: an event the article attributes to a source; the probe found none made)

_MOURNING = {
    "en": "Families in Juliaca mourned on Thursday the protesters killed when security forces opened fire near the airport this week.",
    "es": "Las familias de Juliaca despidieron el jueves a los manifestantes muertos en las protestas de esta semana.",
}


@pytest.mark.parametrize(
    "quote,lang,sub_type,dead,hurt",
    [
        ('"My son was wounded in Juliaca on Monday," said his mother, Rosa Quispe. "He was only marching."', "en", "intervention", None, 1),
        ('"My daughter was hurt in Juliaca on Monday," her father told reporters.', "en", "intervention", None, 1),
        ('"My brother was shot dead in Juliaca on Monday," said Luis Mamani.', "en", "excessive_force", 1, None),
        ('"Mi hijo fue herido en Juliaca el lunes", dijo su madre, Rosa Quispe.', "es", "intervention", None, 1),
        ('"Mi hijo murió en Juliaca el lunes", dijo su madre.', "es", "excessive_force", 1, None),
        # shot: live ammunition (GUIDELINES §2 excessive force)
        ('"Mi hermano fue herido de bala en Juliaca el lunes", contó Luis Mamani.', "es", "excessive_force", None, 1),
        ('"My son was shot in Juliaca on Monday," said his mother.', "en", "excessive_force", None, 1),
    ],
)
def test_quoted_witness_tells_an_incident(quote, lang, sub_type, dead, hurt):
    out = run(f"Duelo\n\n{_MOURNING[lang]}\n\n{quote}", lang, date(2023, 1, 12))
    monday = [e for e in out.events if e.date and e.date.start == date(2023, 1, 9)]
    assert [(e.place.admin1, e.type, e.sub_type, _val(e.fatalities), _val(e.injuries)) for e in monday] == [("Puno", "protest", sub_type, dead, hurt)]


def test_quoted_plan_is_no_incident():
    # a voice telling a plan, not a harm: no event of its own (GUIDELINES §2: plans are not events)
    out = run(f"Duelo\n\n{_MOURNING['en']}\n\n" + '"We will march to Lima on Monday," said a leader.', "en", date(2023, 1, 12))
    assert all(e.place.admin1 == "Puno" for e in out.events)


def test_quoted_wound_outside_a_protest_article_is_no_event():
    out = run('Accident\n\nA bus overturned near Lima on Tuesday.\n\n"My son was wounded in Lima on Monday," said his mother.', "en", date(2023, 1, 12))
    assert out.events == []


# --- 4. People counted as shot, no death said: the wounded of gunfire on a crowd
# (GUIDELINES §2: live ammunition is excessive force; shot counts injuries unless a death is said)

_AIRPORT = {
    "en": "Thousands of protesters marched on the airport in Ayacucho on Thursday, demanding the release of Pedro Castillo.",
    "es": "Miles de manifestantes marcharon el jueves hacia el aeropuerto de Ayacucho para exigir la liberación de Pedro Castillo.",
}


@pytest.mark.parametrize(
    "sentence,lang,dead,hurt",
    [
        ("Ten civilians were shot near the airport, according to the hospital.", "en", None, 10),
        ("Diez civiles recibieron disparos cerca del aeropuerto, según el hospital.", "es", None, 10),
        ("Cinco comuneros fueron baleados cerca del aeropuerto.", "es", None, 5),
        ("Two protesters were shot in the head and died near the airport.", "en", 2, None),
        ("Two protesters were shot dead near the airport.", "en", 2, None),
    ],
)
def test_people_shot_are_the_wounded_of_the_protest(sentence, lang, dead, hurt):
    out = run(f"Ayacucho\n\n{_AIRPORT[lang]}\n\n{sentence}", lang, date(2022, 12, 16))
    assert [(e.place.admin1, e.type, e.sub_type, e.date.start, _val(e.fatalities), _val(e.injuries)) for e in out.events] == [
        ("Ayacucho", "protest", "excessive_force", date(2022, 12, 15), dead, hurt)
    ]


def test_colleagues_shot_in_general_are_no_count():
    # "have been shot" told of the past in general (extortion victims) counts no one
    out = run(
        "Strike\n\nTransport workers marched in Lima on Wednesday against extortion.\n\n"
        "Drivers say colleagues who refused to pay have been shot.",
        "en",
    )
    assert [(e.place.admin1, e.sub_type, _val(e.injuries)) for e in out.events] == [("Lima", "peaceful", None)]


# --- 5. A road's far end is where the road goes, not where it was blocked
# (GUIDELINES §2 place: the most precise place the article gives for the incident)


@pytest.mark.parametrize(
    "text,lang,published,region",
    [
        (
            "Paro en Cusco\n\nCusco, 5 de enero. Los gremios de la región iniciaron un paro indefinido contra el gobierno.\n\n"
            "Los manifestantes bloquearon la carretera a Abancay con piedras y troncos desde la madrugada.",
            "es", date(2023, 1, 5), "Cusco",
        ),
        (
            "Strike in Cusco\n\nCUSCO, Jan 4 (Reuters) - Unions in Peru's Cusco region began an indefinite strike on Wednesday.\n\n"
            "Protesters blocked the highway to Abancay with rocks and burning tyres.",
            "en", date(2023, 1, 5), "Cusco",
        ),
        (
            "Strike in Puno\n\nProtesters in Juliaca began an indefinite strike on Wednesday against the government.\n\n"
            "Demonstrators blocked the road to Cusco with rocks and tree trunks.",
            "en", date(2023, 1, 5), "Puno",
        ),
    ],
)
def test_road_to_another_region_stays_where_the_story_is(text, lang, published, region):
    out = run(text, lang, published)
    assert {e.place.admin1 for e in out.events} == {region}
    assert any("roadblock" in e.forms for e in out.events)


def test_road_to_a_town_alone_is_the_best_clue():
    # no place told before: the far end is all the article gives
    out = run("Bloqueos en el sur\n\nLos transportistas anunciaron un paro para esta semana.\n\nEl lunes, los manifestantes bloquearon la carretera a Abancay.", "es")
    assert [(e.place.admin1, e.forms) for e in out.events] == [("Apurímac", ["roadblock"])]


# --- 6. The action named again opening a paragraph, under a heading that names only the country
# (GUIDELINES §2: one event per region; admin1 null only when no region is named)


@pytest.mark.parametrize(
    "text,lang",
    [
        (
            "Peru protests resume\n\nProtests against President Dina Boluarte resumed in southern Peru on Wednesday.\n\n"
            "In Puno, thousands of Aymara farmers marched through Juliaca on Wednesday and blocked the main bridges.\n\n"
            "The strike was indefinite, its leaders said.\n\nIn Cusco, students rallied in the main square on Wednesday.",
            "en",
        ),
        (
            "Se reanudan las protestas en el Perú\n\nLAS protestas contra la presidenta Dina Boluarte se reanudaron el miércoles en el sur del Perú.\n\n"
            "En Puno, miles de campesinos aimaras marcharon el miércoles por Juliaca y bloquearon los puentes principales.\n\n"
            "El paro es indefinido, dijeron sus dirigentes.\n\nEn Cusco, los estudiantes se concentraron el miércoles en la plaza principal.",
            "es",
        ),
    ],
)
def test_action_named_again_stays_with_the_region_told(text, lang):
    out = run(text, lang, date(2023, 1, 5))
    by = {e.place.admin1: e for e in out.events}
    assert None not in by  # no nationwide event for the strike
    assert "strike" in by["Puno"].forms and "strike" not in by["Cusco"].forms


@pytest.mark.parametrize(
    "text,lang,region,form",
    [
        (
            "Peru: protests spread\n\nProtests against President Dina Boluarte spread across the south on Wednesday.\n\n"
            "In Cusco, hundreds of students rallied in the main square on Wednesday.\n\nThe march went on into the night, organisers said.\n\n"
            "In Arequipa, workers blocked the Panamericana Sur on Wednesday.",
            "en", "Cusco", "march",
        ),
        (
            "Perú: se reanudan las protestas\n\nLas protestas contra la presidenta Dina Boluarte se reanudaron el miércoles en el sur del país.\n\n"
            "En Puno, miles de campesinos aimaras marcharon el miércoles por Juliaca y bloquearon los puentes principales.\n\n"
            "El paro es indefinido, dijeron sus dirigentes.\n\nEn Cusco, los estudiantes se concentraron el miércoles en la plaza principal.",
            "es", "Puno", "strike",
        ),
        (
            "Peru protests\n\nProtests against President Dina Boluarte went on in the south on Wednesday.\n\n"
            "In Arequipa, transport workers blocked the Panamericana Sur on Wednesday.\n\nThe blockade lasted until dawn, police said.\n\n"
            "In Tacna, traders closed the markets on Wednesday.",
            "en", "Arequipa", "roadblock",
        ),
    ],
)
def test_action_referred_back_joins_the_paragraph_before(text, lang, region, form):
    out = run(text, lang, date(2023, 1, 5))
    assert None not in {e.place.admin1 for e in out.events}
    assert [e.place.admin1 for e in out.events if form in e.forms] == [region]


# --- 7. A measure with no day, told after a narrative and not as a response
# (GUIDELINES §2 date: the days the article supports; the story's first day is not the measure's)

_JULIACA = (
    "Deadly clashes in Juliaca\n\nPeru's deadliest day of protest came on January 9, when security forces killed 17 civilians in Juliaca.\n\n"
    "The next day a police officer was burned to death by a crowd in the city.\n\n"
)


@pytest.mark.parametrize(
    "text,lang,published,day",
    [
        (_JULIACA + "The government declared a three-day curfew in the Puno region.", "en", date(2023, 1, 13), date(2023, 1, 10)),
        (
            "Enfrentamientos en Juliaca\n\nLa jornada más violenta fue el 9 de enero, cuando las fuerzas de seguridad mataron a 17 civiles en Juliaca.\n\n"
            "Al día siguiente, un policía fue quemado por una turba en la ciudad.\n\nEl Gobierno declaró un toque de queda de tres días en la región Puno.",
            "es", date(2023, 1, 13), date(2023, 1, 10),
        ),
        (
            "Crisis en el sur\n\nEl 15 de diciembre, los militares dispararon contra los manifestantes en el aeropuerto de Ayacucho y mataron a diez personas.\n\n"
            "Dos días después, miles de personas marcharon en Huamanga en los funerales.\n\n"
            "El Congreso aprobó una ley que prorroga el estado de emergencia en Ayacucho.",
            "es", date(2022, 12, 20), date(2022, 12, 17),
        ),
        # told in the perfect: the report's own day
        (_JULIACA + "The government has declared a three-day curfew in the Puno region.", "en", date(2023, 1, 13), date(2023, 1, 13)),
    ],
)
def test_undated_measure_after_a_narrative_takes_the_last_day_told(text, lang, published, day):
    out = run(text, lang, published)
    measures = [e for e in out.events if e.sub_type == "state_measure"]
    assert [(e.date.start, e.date.end) for e in measures] == [(day, day)]


# --- found on the way: the force and dead of a when-clause place the incident
# (GUIDELINES §2 place: the most precise place the article gives)


def test_when_clause_with_the_dead_places_the_incident():
    out = run(_JULIACA.split("\n\nThe next day")[0], "en", date(2023, 1, 13))
    assert [(e.place.name, e.sub_type, _val(e.fatalities)) for e in out.events if e.date.start == date(2023, 1, 9)] == [("Juliaca", "excessive_force", 17)]
