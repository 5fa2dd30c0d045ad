"""Arrests told the way wires tell them ("Police arrested 15 people", "the
minister said 15 people had been arrested"), and what a suspect is charged
with, which is no incident of the article ("a man accused of beating another
man to death has been arrested")."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

PUB = date(2024, 6, 13)  # a Thursday


def events(extractor: Extractor, text: str, lang: str = "en") -> list[tuple]:
    out = extractor.extract(f"Headline\n\n{text}\n", published=PUB, lang=lang)
    n = lambda f: f.low if f else None  # noqa: E731
    return [(e.type, e.sub_type, str(e.date.start) if e.date else None, n(e.fatalities), n(e.arrests)) for e in out.events]


def tallies_and_events(extractor: Extractor, text: str, lang: str) -> tuple[list[tuple[str, int]], list]:
    out = extractor.extract(f"Headline\n\n{text}\n", published=PUB, lang=lang)
    return [(t.measure, t.value) for t in out.tallies], out.events


def test_police_arrested_a_number_is_an_arrest(extractor):
    assert events(extractor, "Police arrested 15 people in Lima on Wednesday.") == [
        ("strategic_development", "arrests", "2024-06-12", None, 15)
    ]


@pytest.mark.parametrize(
    "second",
    ["Interior Minister Juan Pérez said 15 people had been arrested.", "Police arrested 15 people."],
)
def test_arrests_told_after_the_clash_are_its_own(extractor, second):
    text = f"Police fired tear gas at protesters outside Congress in Lima on Wednesday. {second}"
    assert events(extractor, text) == [("protest", "intervention", "2024-06-12", None, 15)]


@pytest.mark.parametrize(
    "text,lang,arrested",
    [
        ("A man accused of beating another man to death has been arrested in Lima.", "en", 1),
        # "A man" with no number of its own: the arrest is told, not counted
        ("A man wanted in a 2019 killing was arrested in Lima on Wednesday.", "en", None),
        ("Un hombre acusado de asesinar a su vecino fue detenido en Lima el miércoles.", "es", None),
    ],
)
def test_the_charge_against_a_suspect_is_no_toll(extractor, text, lang, arrested):
    [(type_, sub_type, _, fatalities, arrests)] = events(extractor, text, lang)
    assert (type_, sub_type, fatalities, arrests) == ("strategic_development", "arrests", None, arrested)


def test_the_sentence_s_own_verb_ends_the_charge(extractor):
    # the suspect's own death is told, not charged
    text = "In Juliaca, a man suspected of theft was beaten to death by residents on Wednesday."
    [(type_, sub_type, day, fatalities, _)] = events(extractor, text)
    assert (type_, sub_type, day, fatalities) == ("riot", "mob_violence", "2024-06-12", 1)


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Relatives said the teacher had died nearly two decades ago, before the protests in Lima on Wednesday.", "en"),
        ("Los familiares recordaron que el dirigente murió hace casi dos décadas, durante la marcha en Lima del miércoles.", "es"),
    ],
)
def test_decades_count_no_one(extractor, text, lang):
    # (before, "nearly two decades" counted two dead)
    assert [fatalities for *_, fatalities, _ in events(extractor, text, lang)] == [None]


@pytest.mark.parametrize(
    "text,lang",
    [
        ("La Defensoría informó este jueves que 300 personas han sido detenidas desde el 7 de junio, cuando miles salieron a las calles de Lima.", "es"),
        ("The ombudsman said on Thursday that 300 people have been arrested since June 7, when thousands took to the streets of Lima.", "en"),
    ],
)
def test_a_count_since_a_day_given_on_the_report_day_is_a_tally(extractor, text, lang):
    told, events_ = tallies_and_events(extractor, text, lang)
    assert told == [("arrests", 300)] and all(e.arrests is None for e in events_)


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Manifestantes derribaron la estatua de un conquistador en Lima el miércoles.", "es"),
        ("Protesters toppled a statue of a conquistador in Lima on Wednesday.", "en"),
    ],
)
def test_a_statue_pulled_down_is_property_destroyed(extractor, text, lang):
    assert [e[:3] for e in events(extractor, text, lang)] == [("riot", "violent_demonstration", "2024-06-12")]


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Los manifestantes derribaron las rejas del Congreso en Lima el miércoles.", "es"),
        ("Un grupo de manifestantes rompió las lunas de la comisaría de Juliaca el miércoles.", "es"),
        ("Protesters stormed the airport in Juliaca on Wednesday.", "en"),
        ("Protesters tried to storm the airport in Juliaca on Wednesday.", "en"),
        ("Protesters broke down the gate of the prosecutor's office in Andahuaylas on Wednesday.", "en"),
        ("Protests erupted in Juliaca on Wednesday, with two banks set ablaze.", "en"),
    ],
)
def test_storming_and_breaking_in_are_a_riot(extractor, text, lang):
    assert [e[:3] for e in events(extractor, text, lang)] == [("riot", "violent_demonstration", "2024-06-12")]


@pytest.mark.parametrize(
    "text,lang",
    [
        ("La Defensoría del Pueblo elevó este martes a 42 el número de fallecidos en el marco de las protestas que comenzaron el 7 de diciembre.", "es"),
        ("The ombudsman's office said on Tuesday that 42 people had died in the protests that began on December 7.", "en"),
    ],
)
def test_a_toll_of_the_protests_as_a_whole_is_a_tally(extractor, text, lang):
    told, events_ = tallies_and_events(extractor, text, lang)
    assert told == [("fatalities", 42)] and events_ == []


def test_police_storming_a_building_is_a_raid_not_a_riot(extractor):
    text = "In Lima, police stormed a university campus early on Wednesday and detained more than 190 people."
    assert events(extractor, text) == [("strategic_development", "arrests", "2024-06-12", None, 190)]


@pytest.mark.parametrize(
    "text,lang",
    [
        ("En Arequipa, un policía resultó con quemaduras tras ser alcanzado por una bomba molotov el miércoles.", "es"),
        ("In Arequipa, a police officer suffered burns when he was hit by a petrol bomb on Wednesday.", "en"),
    ],
)
def test_burns_are_injuries(extractor, text, lang):
    out = extractor.extract(f"Headline\n\n{text}\n", published=PUB, lang=lang)
    assert [(e.type, e.injuries.low if e.injuries else None) for e in out.events] == [("riot", 1)]


@pytest.mark.parametrize(
    "text,lang,sub_type",
    [
        ("Police dispersed a march in Juliaca using live bullets on Wednesday.", "en", "excessive_force"),
        ("Several protesters suffered serious injuries in Juliaca on Wednesday as police dispersed their march.", "en", "excessive_force"),
        ("Varios manifestantes resultaron heridos de gravedad en Juliaca el miércoles cuando la policía dispersó la marcha.", "es", "excessive_force"),
        # serious injuries in a riot keep it a riot
        ("Protesters set fire to the police station in Juliaca on Wednesday; one officer was seriously injured.", "en", "violent_demonstration"),
        ("A march in Lima turned very violent on Wednesday.", "en", "violent_demonstration"),
        ("La marcha en Lima se tornó muy violenta el miércoles.", "es", "violent_demonstration"),
    ],
)
def test_severity_of_force_and_of_the_crowd(extractor, text, lang, sub_type):
    assert [e[1] for e in events(extractor, text, lang)] == [sub_type]


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Pobladores lincharon a un presunto ladrón en Juliaca el miércoles.", "es"),
        ("Una turba intentó linchar a dos presuntos asaltantes en Ate el miércoles.", "es"),
        # the theft is the charge, not a crime this sentence tells instead of a riot
        ("A man accused of theft died after being beaten by an angry mob in Juliaca on Wednesday.", "en"),
    ],
)
def test_lynchings_are_mob_violence(extractor, text, lang):
    assert [e[:2] for e in events(extractor, text, lang)] == [("riot", "mob_violence")]


@pytest.mark.parametrize(
    "text,forms",
    [
        ("Padres de familia cerraron con candado el colegio de Ilave el miércoles para exigir el cambio del director.", ["roadblock"]),
        ("Un grupo de vecinos mantiene tomado el puente de Ilave desde el miércoles.", ["occupation"]),
        # a protest with no form of the guideline's list
        ("Un grupo de agricultores se moviliza desde la plaza de Ilave hasta la municipalidad el miércoles.", []),
    ],
)
def test_spanish_closures_takings_and_mobilising(extractor, text, forms):
    out = extractor.extract(f"Titular\n\n{text}\n", published=PUB, lang="es")
    assert [(e.type, e.forms) for e in out.events] == [("protest", forms)]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("La Policía detuvo a cuatro presuntos extorsionadores en Lima el miércoles.", "es"),
        ("La Policía incautó 300 kilos de cocaína y detuvo a dos personas en el Callao el miércoles.", "es"),
        ("Police arrested four suspected extortionists in Lima on Wednesday.", "en"),
        ("Police seized 300 kilos of cocaine and arrested two people in Callao on Wednesday.", "en"),
    ],
)
def test_arrests_in_a_crime_story_are_no_event(extractor, text, lang):
    assert events(extractor, text, lang) == []


def test_arrests_of_protest_leaders_are_still_an_event(extractor):
    assert events(extractor, "La Policía detuvo a cuatro dirigentes del paro en Lima el miércoles.", "es") == [
        ("protest", "intervention", "2024-06-12", None, 4)
    ]


def test_a_weight_is_no_count_of_people(extractor):
    text = "Durante la marcha en Lima, los manifestantes quemaron 200 kilos de basura y la Policía detuvo a 12 manifestantes el miércoles."
    out = extractor.extract(f"Titular\n\n{text}\n", published=PUB, lang="es")
    assert [e.arrests.low for e in out.events if e.arrests] == [12]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("La Policía detuvo a tres personas que lanzaron piedras contra un bus en Ate el miércoles.", "es"),
        ("Police arrested three men who threw stones at a bus in Ate on Wednesday.", "en"),
    ],
)
def test_those_arrested_for_the_riot_they_are_told_of_were_arrested_at_it(extractor, text, lang):
    assert events(extractor, text, lang) == [("riot", "violent_demonstration", "2024-06-12", None, 3)]
