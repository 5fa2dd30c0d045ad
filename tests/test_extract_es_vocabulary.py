"""Spanish wording of force, crowd violence and regional vocabulary."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


# The singular preterite "dispersó con gases" is the police intervening, so a
# march it follows is a protest/intervention, not a peaceful one.

def test_disperso_con_gases_makes_the_march_an_intervention():
    text = ("Marcha en Tacna\n\nEn Tacna, cientos de vecinos marcharon el lunes por la avenida "
            "Bolognesi. La policía dispersó con gases a quienes querían llegar a la prefectura.\n")
    out = EX.extract(text, published=date(2023, 2, 8), lang="es")
    subs = [(e.sub_type, sorted(e.state_response)) for e in out.events]
    assert subs == [("intervention", ["dispersal", "tear_gas"])]


# Spanish words of the wider region's press that the extractor must read:
# Bolivian and Ecuadorian police "aprehenden" (they arrest), and Ecuador and
# Chile declare a "estado de excepción" where Peru says "estado de emergencia".

def test_feminine_aprehendidas_counts_as_arrests():
    text = ("Choque en Cochabamba\n\nEl jueves, vecinos y cocaleros se enfrentaron a pedradas en "
            "el centro de Cochabamba. Según la Policía, ocho personas resultaron heridas y cinco "
            "fueron aprehendidas.\n")
    out = EX.extract(text, published=date(2023, 3, 3), lang="es")
    arrests = [e.arrests.value for e in out.events if e.arrests]
    assert arrests == [5]


def test_estado_de_excepcion_is_a_state_measure():
    text = ("Medida en Guayaquil\n\nEl presidente decretó ayer el estado de excepción en la "
            "provincia del Guayas por sesenta días.\n")
    out = EX.extract(text, published=date(2023, 7, 25), lang="es")
    kinds = [(e.type, e.sub_type, e.place.admin1 if e.place else None) for e in out.events]
    assert kinds == [("strategic_development", "state_measure", "Guayas")]


# A group as singular subject ("un grupo atacó la comisaría y quemó una
# camioneta") is a riot, as the plural "atacaron", "quemaron" already are.

def test_group_that_stoned_the_police_station_is_a_riot():
    text = ("Paro en Canchis\n\nEl martes, en Sicuani, provincia de Canchis, un grupo de manifestantes "
            "atacó la comisaría con piedras y quemó una camioneta policial. La policía respondió con "
            "perdigones y bombas lacrimógenas. Nueve personas resultaron heridas.\n")
    out = EX.extract(text, published=date(2023, 1, 12), lang="es")
    assert [(e.type, e.sub_type) for e in out.events] == [("riot", "violent_demonstration")]


# "protesta" is also the verb: after its subject (a noun or a name, not an
# article or a preposition) the sentence tells people protesting.

def test_protesta_after_its_subject_is_the_verb():
    text = "Un grupo de afiliados del sindicato protesta en la galería del Concejo Municipal durante la sesión."
    events = EX.extract(text, published=date(2016, 7, 20), lang="es").events
    assert [(e.type, e.sub_type) for e in events] == [("protest", "peaceful")]


def test_la_protesta_alone_stays_the_generic_noun():
    text = "La protesta de los vendedores ambulantes ha sido tema de debate en el concejo municipal."
    assert EX.extract(text, published=date(2016, 7, 20), lang="es").events == []


# The security officers of a state building are state agents: when they step
# in on a protest told just before, the protest meets state force.

def test_security_officers_of_a_state_building_stepping_in_is_an_intervention():
    text = ("Un grupo de afiliados del sindicato protesta en la galería del Concejo Municipal durante la sesión. "
            "El alcalde pide que retiren sus rótulos y, ante la negativa, intervienen los oficiales de seguridad del edificio.")
    events = EX.extract(text, published=date(2016, 7, 20), lang="es").events
    assert [(e.sub_type, e.state_response) for e in events] == [("intervention", ["dispersal"])]


def test_joining_the_measure_is_joining_the_strike():
    text = ("Paro de transportistas\n\nEl jueves, los transportistas de Lima acataron un paro de 24 horas.\n\n"
            "La Policía informó que detuvo a tres personas en Comas por intentar obligar a otros choferes a sumarse a la medida.\n")
    out = EX.extract(text, published=date(2024, 9, 27), lang="es")
    assert [(e.type, e.place.admin1, e.arrests.low if e.arrests else None) for e in out.events] == [("protest", "Lima", 3)]


def test_days_of_mourning_decreed_are_no_vigil():
    text = ("Ilave\n\nEl domingo, comuneros bloquearon la carretera en Ilave. "
            "El Gobierno decretó dos días de duelo por los fallecidos.\n")
    out = EX.extract(text, published=date(2023, 3, 6), lang="es")
    assert out.events and all("vigil" not in e.forms for e in out.events)


def test_a_named_reporter_wounded_by_pellets_is_one_injury():
    text = ("Juliaca\n\nLa ANP denunció que el camarógrafo Luis Quispe, trabajador de un canal local, fue herido el lunes "
            "por perdigones mientras cubría los enfrentamientos en Juliaca.\n")
    out = EX.extract(text, published=date(2023, 1, 11), lang="es")
    assert [(e.type, e.injuries.low if e.injuries else None) for e in out.events] == [("violence_against_civilians", 1)]


def test_arrests_said_not_to_have_happened_are_no_arrests():
    text = ("Cusco\n\nEl miércoles, la Policía retiró a los docentes que bloqueaban la avenida de la Cultura, en Cusco, "
            "sin que se registraran detenciones.\n")
    out = EX.extract(text, published=date(2023, 6, 8), lang="es")
    assert out.events and all("arrests" not in e.state_response for e in out.events)


def test_comuneros_holding_police_officers_is_a_riot():
    text = ("Colquemarca\n\nEl sábado, comuneros de Colquemarca, en Chumbivilcas, retuvieron a siete agentes que "
            "intentaban desbloquear la vía.\n")
    out = EX.extract(text, published=date(2024, 3, 3), lang="es")
    assert [(e.type, e.place.admin1) for e in out.events] == [("riot", "Cusco")]


def test_burning_tyres_blocks_a_road_and_closed_stalls_close_a_market():
    text = ("Iquitos\n\nEl jueves, cientos de pobladores quemaron llantas en el malecón Tarapacá, en Iquitos. "
            "Los comerciantes del mercado Belén cierran sus puestos desde el lunes en señal de protesta.\n")
    out = EX.extract(text, published=date(2024, 8, 30), lang="es")
    assert {e.type for e in out.events} == {"protest"}
    forms = {f for e in out.events for f in e.forms}
    assert {"roadblock", "market_closure"} <= forms


def test_wounded_by_pellets_with_no_protest_word_in_the_sentence_is_an_intervention():
    text = ("Protestas en Apurímac\n\nMiles de manifestantes marcharon el lunes en Abancay contra el Congreso.\n\n"
            "Al menos seis personas resultaron heridas por perdigones el martes en Chalhuanca, según la Diresa.\n")
    out = EX.extract(text, published=date(2023, 1, 25), lang="es")
    got = sorted((str(e.date.start), e.sub_type, e.injuries.low if e.injuries else None) for e in out.events)
    assert ("2023-01-24", "intervention", 6) in got


def test_collective_nouns_and_a_singular_verb_count_and_occupy():
    text = ("Arequipa\n\nEl jueves, medio centenar de estudiantes tomó el local de la universidad en Arequipa. "
            "Una treintena de madres realizó un plantón el viernes frente a la UGEL de Huancavelica.\n")
    out = EX.extract(text, published=date(2023, 1, 25), lang="es")
    got = sorted((e.place.admin1, e.participants.low if e.participants else None, tuple(e.forms)) for e in out.events)
    assert got == [("Arequipa", 50, ("occupation",)), ("Huancavelica", 30, ("rally",))]


# "Tomaron el local" is a building held, not stormed: with no violence told it
# is a peaceful occupation (GUIDELINES: occupation without protester violence).
# Breaking in ("irrumpieron en") stays a riot.

def test_taking_over_a_building_is_a_peaceful_occupation_and_breaking_in_a_riot():
    text = ("Cusco\n\nEstudiantes de la universidad tomaron el local de la facultad el lunes en Cusco, en rechazo a la represión. "
            "El miércoles, otro grupo irrumpió en la sede de la prefectura de Puno.\n")
    out = EX.extract(text, published=date(2023, 1, 20), lang="es")
    got = sorted((e.place.admin1, e.type, e.sub_type, tuple(e.forms)) for e in out.events)
    assert ("Cusco", "protest", "peaceful", ("occupation",)) in got
    assert any(admin1 == "Puno" and typ == "riot" for admin1, typ, _, _ in got)


# "recorrió las calles" with a collective subject is a march, as the plural is.

def test_a_collective_touring_the_streets_is_a_march():
    text = ("Juliaca\n\nUn centenar de mototaxistas recorrió las principales calles de Juliaca el viernes "
            "exigiendo la renuncia de la presidenta.\n")
    out = EX.extract(text, published=date(2023, 1, 25), lang="es")
    assert [(e.place.name, str(e.date.start), tuple(e.forms)) for e in out.events] == [("Juliaca", "2023-01-20", ("march",))]


# A named highway spans regions: when the article names no region, the town a
# bridge on it is named after ("a la altura de Puente Inambari") places the blockade,
# and anchors the headline that names only the highway.

def test_a_bridge_town_places_a_blockade_on_a_named_highway():
    text = ("Bloqueo en la Interoceánica\n\nDesde la madrugada, decenas de comuneros bloquean la vía Interoceánica a la altura "
            "de Puente Inambari.\n")
    out = EX.extract(text, published=date(2023, 1, 25), lang="es")
    assert [(e.place.name, e.place.admin1) for e in out.events] == [("Inambari", "Madre de Dios")]


# "abatir" is to shoot dead: "las fuerzas del orden abatieron a diez manifestantes".

def test_abatidos_are_dead():
    text = "Ayacucho\n\nDiez manifestantes fueron abatidos por militares en Ayacucho el 15 de diciembre.\n"
    out = EX.extract(text, published=date(2023, 1, 20), lang="es")
    assert [(e.sub_type, e.fatalities.low if e.fatalities else None) for e in out.events] == [("excessive_force", 10)]


# "desde el pasado 4 de enero" runs from that day, as "desde el 4 de enero" does.

def test_desde_el_pasado_and_a_date_runs_to_publication():
    text = "Puno\n\nDesde el pasado 4 de enero, los aimaras acatan un paro indefinido en Puno.\n"
    out = EX.extract(text, published=date(2023, 1, 20), lang="es")
    assert [(str(e.date.start), str(e.date.end)) for e in out.events] == [("2023-01-04", "2023-01-20")]


# "Horas después" keeps the day just told, unless the sentence names its own
# ("Horas más tarde, ya en la madrugada del martes"); an officer burned alive
# ("quemó vivo al suboficial ...") is one dead.

def test_hours_later_keeps_the_day_told_and_an_officer_burned_alive_is_one_dead():
    text = ("Juliaca\n\nLos hechos se iniciaron la tarde del lunes, cuando miles de pobladores intentaron tomar el aeropuerto de Juliaca.\n\n"
            "Horas después, en la noche, un grupo de manifestantes interceptó un patrullero y quemó vivo al suboficial José Luis Soncco.\n")
    out = EX.extract(text, published=date(2023, 1, 10), lang="es")
    mob = [(str(e.date.start), e.fatalities.low if e.fatalities else None) for e in out.events if e.sub_type == "mob_violence"]
    assert mob == [("2023-01-09", 1)]


def test_a_day_named_outright_beats_hours_later():
    text = ("Juliaca\n\nEl lunes, miles de pobladores marcharon hacia el aeropuerto de Juliaca.\n\n"
            "Horas más tarde, ya en la madrugada del miércoles, un grupo de pobladores quemó vivo al suboficial José Luis Soncco.\n")
    out = EX.extract(text, published=date(2023, 1, 12), lang="es")
    assert [str(e.date.start) for e in out.events if e.sub_type == "mob_violence"] == ["2023-01-11"]
