"""Ninth Spanish probe: 8 articles of my own on Peru's 2022-2024 protests
(Andahuaylas and Huamanga at their airports, the Juliaca day, the "Toma de
Lima", the Aymara blockades of southern Puno, the San Marcos raid and the 2024
transport strike against extortion).

What it found and what these tests hold:
- a strike "contra la extorsión y el sicariato, que en lo que va del año han
  cobrado la vida de al menos 15 conductores" was lethal force against the
  strike: the toll clause after what is protested knew only singular verbs
  ("ha cobrado", "dejó"), not "han cobrado", "dejaron", "causaron";
- a run told in the report's present ("la frontera permanece cerrada por 30
  días consecutivos", "el paro cumple 12 días", "llevan 20 días de bloqueo")
  did not reach back: only "30 días de bloqueo" next to a written day was read.
  And once it did, a day told later of the same blockade ("El jueves, un
  convoy tuvo que retroceder ante los bloqueos") set the event to that day
  alone;
- "El suboficial José Luis Soncco fue golpeado y quemado", after the sentence
  that names the crowd, was the police's beating (an intervention): an officer
  as the subject of a passive blow is the one struck;
- "un vehículo blindado derribó la puerta" of a university the police raided
  was the crowd's riot: armoured vehicles are police words, as "tanqueta".
"""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import EX, extract


def _out(text: str, published: date, lang: str = "es"):
    return EX.extract(text, published=published, lang=lang)


# -- deaths in a relative clause about what the strike is against ----------------


def test_strike_against_killings_told_with_a_plural_toll_is_peaceful() -> None:
    text = (
        "Mototaxistas de Chiclayo acataron este martes un paro contra el cobro de cupos y las "
        "amenazas de las bandas, que desde enero han cobrado la vida de seis choferes de la zona."
    )
    out = _out(text, date(2024, 10, 8))
    assert len(out.events) == 1
    e = out.events[0]
    assert (e.type, e.sub_type) == ("protest", "peaceful")
    assert e.place is not None and e.place.admin1 == "Lambayeque"


def test_toll_clause_with_dejaron_is_the_grievance() -> None:
    text = (
        "Cientos de vecinos de Tacna marcharon este lunes para rechazar los asaltos a los buses, "
        "que el último mes dejaron tres muertos."
    )
    out = _out(text, date(2024, 6, 10))
    assert [(e.type, e.sub_type) for e in out.events] == [("protest", "peaceful")]
    assert out.events[0].fatalities is None


def test_deaths_at_the_strike_still_count() -> None:
    # the toll of the strike itself is no relative clause about the grievance
    text = "Dos transportistas murieron baleados por la Policía durante el paro de este martes en Piura."
    out = _out(text, date(2024, 10, 8))
    assert out.events and out.events[0].sub_type == "excessive_force"


# -- a run told as lasted so far, in the report's present -------------------------


def test_run_of_consecutive_days_in_the_present_reaches_back() -> None:
    text = (
        "Comuneros de Espinar mantienen bloqueada la vía a Yauri por 12 días consecutivos, "
        "en rechazo a la contaminación minera."
    )
    out = _out(text, date(2023, 5, 20))
    assert len(out.events) == 1
    d = out.events[0].date
    assert d is not None and (d.start, d.end) == (date(2023, 5, 9), date(2023, 5, 20))


def test_strike_that_cumple_n_dias_began_n_minus_one_days_before() -> None:
    text = "El paro agrario en Ica cumple ocho días y los agricultores mantienen el bloqueo de la Panamericana Sur."
    out = _out(text, date(2023, 3, 10))
    d = out.events[0].date
    assert d is not None and d.start == date(2023, 3, 3) and d.end == date(2023, 3, 10)


def test_a_measure_for_n_days_is_no_run() -> None:
    # "por 30 días" of a measure is its term ahead, not a run behind
    text = "Los gremios de Huancavelica acatan un paro mientras el Gobierno declara la emergencia por 30 días."
    out = _out(text, date(2023, 3, 10))
    for e in out.events:
        assert e.date is not None and e.date.start == date(2023, 3, 10)


def test_a_day_told_later_stays_inside_the_run() -> None:
    text = (
        "Puno: bloqueos en Yunguyo no ceden\n\n"
        "Puno, 10 de febrero de 2023. La vía a la frontera en Yunguyo permanece bloqueada por 20 días "
        "consecutivos, según los transportistas.\n\n"
        "El martes, una caravana de camiones tuvo que regresar a Juli ante el bloqueo en Yunguyo."
    )
    out = _out(text, date(2023, 2, 10))
    puno = [e for e in out.events if e.place is not None and e.place.admin1 == "Puno"]
    assert len(puno) == 1
    d = puno[0].date
    assert d is not None and d.start == date(2023, 1, 22) and d.end == date(2023, 2, 10)


# -- an officer struck, in the passive ----------------------------------------------


def test_officer_struck_in_the_passive_is_the_crowds_violence() -> None:
    text = (
        "En la noche del viernes, un grupo de manifestantes rodeó una camioneta policial en Ilave. "
        "El suboficial Mario Quispe fue golpeado con palos y piedras dentro del vehículo."
    )
    out = _out(text, date(2023, 1, 14))
    assert out.events
    e = out.events[0]
    assert e.type == "riot"
    assert "beatings" not in e.state_response


def test_protester_and_officer_struck_keeps_the_police_beating() -> None:
    text = "Un manifestante y un policía fueron golpeados durante el desalojo del puente en Juliaca el lunes."
    out = _out(text, date(2023, 1, 10))
    assert out.events and out.events[0].type == "protest"


# -- armoured police vehicles --------------------------------------------------------


def test_armoured_vehicle_breaking_a_gate_is_no_riot() -> None:
    text = (
        "La Policía desalojó el sábado el local del sindicato en Arequipa, donde se alojaban "
        "los dirigentes del paro. Un vehículo blindado derribó el portón principal y 40 personas fueron detenidas."
    )
    out = _out(text, date(2023, 1, 22))
    assert out.events
    assert all(e.type != "riot" for e in out.events)


@pytest.mark.parametrize(("body", "start"), [
    # the days counted are the outage's ("sin agua"), not the blockade's
    ("Vecinos de Juli bloquean la carretera para exigir agua potable, ya que suman 6 días consecutivos sin contar con el recurso.", date(2023, 2, 10)),
    ("Los comuneros mantienen el bloqueo de la vía en Juli, que ya suma 12 días sin interrupción.", date(2023, 1, 30)),
])
def test_a_run_without_something_is_not_the_protests(body: str, start: date) -> None:
    (event,) = extract(body, "es", date(2023, 2, 10)).events
    assert event.date is not None and event.date.start == start
