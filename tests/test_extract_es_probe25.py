"""Probe 25 (Spanish): 7 articles of my own in styles not probed before (an
Andina wire on the police clearing the Panamericana Sur in Ica, a run of
Defensoría alerts by the hour on 9 January 2023, a Pachamama Radio note on the
Aymara strike in El Collao and Chucuito, a Gestión note on what the blockades
cost, a Correo Arequipa note on informal miners blocking the Panamericana Sur
at Chala over the REINFO in November 2024, a Radio Uno note on the Tacna strike
of January 2023, and Las Bambas with Fuerabamba and Huancuire in April 2022).

What it found and what these tests hold:
- "Durante el operativo se produjeron enfrentamientos: según el Ministerio del
  Interior, 20 policías resultaron heridos y se reportaron al menos 10 comuneros
  heridos" made two injury tallies: a sentence that opens inside the incident
  just told ("Durante el operativo", "En el desalojo") counts that incident's toll;
- the second group of that toll, opened by an impersonal register verb ("y se
  reportaron al menos 10 comuneros heridos"), replaced the first instead of
  adding to it, and a group told as a floor left the sum "exact";
- "dejaron varados a 500 vehículos que se dirigían a Lima y a Arequipa" made a
  roadblock in Lima: where stopped traffic was heading is not the action's place;
- "Bloqueos ya dejan pérdidas por más de S/ 1,500 millones" and "las protestas
  ... que afectan al sur desde diciembre ya han generado pérdidas" made a
  roadblock event: protests as the subject of a loss phrase tell a cost;
- "Efectivos del orden restablecieron el libre tránsito" was no clearing of a
  road (only "restablecieron el tránsito" was), and "llantas que los
  manifestantes habían colocado sobre la vía" no roadblock.
"""

from __future__ import annotations

from datetime import date

from extract_helpers import EX


def _out(text: str, published: date):
    return EX.extract(text, published=published, lang="es")


# -- GUIDELINES §3: a toll told inside the incident is no tally -----------------


def test_toll_in_a_sentence_opened_by_the_operation_is_the_incidents() -> None:
    text = (
        "El miércoles 27 de abril, unos 800 policías desalojaron a los comuneros que ocupaban terrenos de la mina en Fuerabamba, Apurímac. "
        "Durante el operativo se produjeron enfrentamientos: según el Ministerio del Interior, 20 policías resultaron heridos "
        "y se reportaron al menos 10 comuneros heridos."
    )
    out = _out(text, date(2022, 4, 28))
    assert out.tallies == []
    assert len(out.events) == 1
    e = out.events[0]
    assert (e.place.admin1, e.date.start) == ("Apurímac", date(2022, 4, 27))
    # GUIDELINES §2 counts: two groups of one toll, the second told as a floor
    assert (e.injuries.low, e.injuries.qualifier) == (30, "at_least")


# -- GUIDELINES §2 counts: a second group after a register verb -------------------


def test_second_group_after_se_reportaron_adds_to_the_toll() -> None:
    text = (
        "El lunes, comuneros bloquearon la carretera en Chumbivilcas, Cusco, y la policía los dispersó con gases lacrimógenos. "
        "En el desbloqueo, cuatro policías resultaron heridos y se reportaron seis comuneros heridos."
    )
    out = _out(text, date(2023, 1, 10))
    assert len(out.events) == 1
    e = out.events[0]
    assert e.place.admin1 == "Cusco"
    assert (e.injuries.low, e.injuries.qualifier) == (10, "exact")


# -- GUIDELINES §2 place: where stopped traffic was heading ----------------------


def test_destination_of_stranded_vehicles_is_no_event_place() -> None:
    text = (
        "Cientos de mineros informales bloquearon el lunes la Panamericana Sur en Chala, Arequipa, para exigir la ampliación del REINFO. "
        "Los manifestantes colocaron piedras sobre la vía y dejaron varados a más de 500 vehículos que se dirigían a Lima y a Arequipa."
    )
    out = _out(text, date(2024, 11, 5))
    assert [(e.type, e.place.admin1) for e in out.events] == [("protest", "Arequipa")]
    assert out.events[0].date.start == date(2024, 11, 4)
    assert "roadblock" in out.events[0].forms


def test_buses_bound_for_a_city_do_not_place_the_blockade_there() -> None:
    text = "Comuneros bloquearon el jueves la vía en Ilave, Puno, y retuvieron a decenas de buses con destino a Tacna."
    out = _out(text, date(2023, 1, 6))
    assert {e.place.admin1 for e in out.events} == {"Puno"}


# -- GUIDELINES §2: figures that are no events (what the protests cost) -----------


def test_blockades_as_subject_of_losses_are_no_event() -> None:
    text = (
        "Bloqueos ya dejan pérdidas por más de S/ 1,500 millones, según gremios\n\n"
        "Las protestas y los bloqueos de carreteras que afectan al sur del país desde diciembre ya han generado pérdidas "
        "por más de S/ 1,500 millones, según la Cámara de Comercio de Lima. Canatur calcula que llegaron 60% menos turistas a Cusco."
    )
    out = _out(text, date(2023, 1, 24))
    assert out.events == []


def test_a_dated_blockade_that_caused_losses_stays_an_event() -> None:
    text = "El bloqueo del puente Ramis, en Puno, el lunes 9 de enero dejó pérdidas a los transportistas."
    out = _out(text, date(2023, 1, 10))
    assert [(e.place.admin1, e.date.start) for e in out.events] == [("Puno", date(2023, 1, 9))]


# -- GUIDELINES §2 type/forms: the police clearing a road -------------------------


def test_restablecieron_el_libre_transito_is_a_cleared_roadblock() -> None:
    text = "Efectivos del orden restablecieron este jueves el libre tránsito en la Panamericana Sur, en Ica."
    out = _out(text, date(2023, 1, 19))
    assert [(e.type, e.sub_type, e.place.admin1) for e in out.events] == [("protest", "intervention", "Ica")]
    assert out.events[0].forms == ["roadblock"]


def test_stones_left_on_the_road_in_a_relative_make_a_roadblock() -> None:
    text = (
        "Este jueves, en Ica, la Policía retiró las llantas y troncos que los manifestantes "
        "habían colocado sobre la vía desde la noche anterior."
    )
    out = _out(text, date(2023, 1, 19))
    assert out.events
    assert "roadblock" in out.events[0].forms
    assert out.events[0].place.admin1 == "Ica"
