"""Fifteenth Spanish probe: 8 articles of my own in styles not probed before
(a Correo Arequipa regional note on the airport clashes, an Exitosa "ÚLTIMO
MINUTO" with ACTUALIZACIÓN stamps, a Gestión note on the strikes' losses, a
Los Tiempos (Cochabamba) note on Desaguadero and Santa Cruz, an Ojo Público
case-by-case list, a Perú21 note on the transport strike in the northern
cities, an IDL-Reporteros reconstruction hour by hour, a regional note on a
Valle de Tambo strike against Tía María).

What it found and what these tests hold:
- "Tres agricultores resultaron heridos y dos fueron detenidos, informó la
  Coordinadora Provincial de Islay", after the police cleared the road, was a
  campaign of arrests of its own: a place inside the name of the source told
  is no place of the sentence's own;
- "para exigir la liberación del gobernador X, aprehendido a fines de
  diciembre" turned the march into an intervention whose crowd was counted as
  arrested: a participle set off by a comma right after the person whose
  release (or justice) is asked tells that person's past;
- "mientras atendía a un herido" gave a clash 1 injured and kept "Ingresan más
  de 50 heridos" out: one victim told alone is one of the toll counted after it;
- "Al final de la jornada, 17 civiles han muerto", right after the clash, was
  a running total: the count at the close of the day just told is that day's
  toll, like "hasta el momento";
- "Unas 9 mil personas se congregan frente al aeropuerto" (the present of a
  reconstruction) was no gathering;
- "El paro de transportistas se sintió con fuerza este jueves", above
  paragraphs on Trujillo, Piura and Chiclayo, was one more nationwide event: a
  placeless lead over the day's regional demonstrations is their summary (its
  claims are theirs).
"""

from __future__ import annotations

from datetime import date

from extract_helpers import extract


def _out(text: str, published: date, headline: str = "Headline"):
    return extract(text, "es", published, headline)


# -- a place inside the source's name -----------------------------------------


def test_arrests_told_by_an_organisation_named_after_a_place_are_the_clash_s() -> None:
    out = _out(
        "Comuneros bloquearon este martes la carretera en Cocachacra. Por la tarde, la Policía desbloqueó la vía "
        "con gases lacrimógenos. Cuatro comuneros resultaron heridos y tres fueron detenidos, informó el Frente de "
        "Defensa de Islay.",
        date(2023, 9, 20),
    )
    assert [(e.type, e.sub_type) for e in out.events] == [("protest", "intervention")]
    (event,) = out.events
    assert (event.injuries.low, event.arrests.low) == (4, 3)


def test_arrests_in_another_region_named_stay_apart() -> None:
    out = _out(
        "Comuneros bloquearon este martes la carretera en Cocachacra. Por la tarde, la Policía desbloqueó la vía "
        "con gases lacrimógenos. En Cusco, la Policía detuvo a ocho dirigentes.",
        date(2023, 9, 20),
    )
    arequipa = [e for e in out.events if e.place and e.place.admin1 == "Arequipa"]
    assert arequipa and all(e.arrests is None for e in arequipa)


# -- whose arrest a release demand names ---------------------------------------


def test_the_arrest_of_the_person_whose_release_is_asked_is_the_grievance() -> None:
    out = _out(
        "Cientos de comuneros marcharon este lunes en Ilave para exigir la liberación del dirigente Mario Quispe "
        "Condori, aprehendido la semana pasada en Puno.",
        date(2023, 3, 14),
    )
    (event,) = out.events
    assert (event.sub_type, event.arrests) == ("peaceful", None)
    assert "arrests" not in event.state_response


def test_the_english_release_demand_reads_its_appositive_too() -> None:
    out = extract(
        "Hundreds of supporters marched in Puno on Monday to demand the release of their leader Mario Quispe, "
        "detained last week in Juliaca.",
        "en",
        date(2023, 3, 14),
    )
    (event,) = out.events
    assert (event.sub_type, event.arrests) == ("peaceful", None)


def test_justice_for_a_victim_named_with_an_appositive_is_no_death_at_the_march() -> None:
    out = _out(
        "Familiares y vecinos marcharon este domingo en Juliaca para exigir justicia para Rosa Mamani, "
        "asesinada en enero.",
        date(2023, 4, 10),
    )
    (event,) = out.events
    assert (event.sub_type, event.fatalities) == ("peaceful", None)


def test_force_at_the_march_after_a_release_demand_stays() -> None:
    out = _out(
        "Cientos de comuneros marcharon este lunes en Ilave para exigir la liberación de sus dirigentes y la "
        "Policía detuvo a seis manifestantes.",
        date(2023, 3, 14),
    )
    (event,) = out.events
    assert event.arrests is not None and event.arrests.low == 6


# -- one victim is not the toll ------------------------------------------------


def test_a_toll_counted_after_one_victim_told_alone_replaces_it() -> None:
    out = _out(
        "El lunes, los manifestantes intentaron tomar el aeropuerto de Juliaca y la Policía disparó contra ellos. "
        "Una enfermera fue alcanzada por un perdigón mientras auxiliaba a un herido. Más tarde, el hospital "
        "informó que atendió a 40 heridos.",
        date(2023, 1, 12),
    )
    juliaca = [e for e in out.events if e.place and e.place.admin1 == "Puno"]
    assert [e.injuries.low for e in juliaca if e.injuries] == [40]


# -- the count at the close of the day ---------------------------------------


def test_the_count_at_the_close_of_the_day_is_that_day_s_toll() -> None:
    out = _out(
        "El lunes, los manifestantes intentaron tomar el aeropuerto de Juliaca y la Policía disparó contra ellos. "
        "Al final de la jornada, 17 civiles han muerto.",
        date(2023, 1, 12),
    )
    (event,) = out.events
    assert (event.sub_type, event.fatalities.low) == ("excessive_force", 17)
    assert out.tallies == []


def test_a_running_total_in_the_perfect_stays_a_total() -> None:
    out = _out(
        "El lunes, los manifestantes intentaron tomar el aeropuerto de Juliaca y la Policía disparó contra ellos. "
        "Desde diciembre, 40 civiles han muerto en las protestas.",
        date(2023, 1, 12),
    )
    assert [t.value for t in out.tallies] == [40]


# -- a gathering in the present -----------------------------------------------


def test_a_crowd_gathering_in_the_present_is_a_rally() -> None:
    out = _out(
        "La mañana del 9 de enero en Juliaca, reconstruida hora por hora.\n\n"
        "10:00. Unas 5 mil personas se congregan frente al aeropuerto de Juliaca.",
        date(2023, 1, 20),
    )
    (event,) = out.events
    assert event.participants is not None and event.participants.low == 5000


# -- a placeless lead over the day's regions ------------------------------------


_REGIONS = (
    "En Trujillo, cientos de choferes marcharon hasta la sede del Gobierno Regional.\n\n"
    "En Piura, mototaxistas bloquearon la avenida Grau con llantas.\n\n"
    "En Chiclayo, los transportistas se concentraron en la plaza de Armas."
)


def test_a_placeless_lead_over_regional_demonstrations_is_their_summary() -> None:
    out = _out(
        "El paro de transportistas contra la extorsión se sintió con fuerza este jueves.\n\n" + _REGIONS,
        date(2024, 10, 10),
    )
    assert sorted(e.place.admin1 for e in out.events) == ["La Libertad", "Lambayeque", "Piura"]
    assert all("security_crime" in e.demands for e in out.events)


def test_a_lead_that_says_the_whole_country_keeps_its_event() -> None:
    out = _out(
        "El paro de transportistas contra la extorsión se sintió en todo el país este jueves.\n\n" + _REGIONS,
        date(2024, 10, 10),
    )
    assert None in [e.place.admin1 for e in out.events]


def test_a_placeless_lead_over_one_region_stays() -> None:
    out = _out(
        "El paro de transportistas contra la extorsión se sintió con fuerza este jueves.\n\n"
        "En Trujillo, cientos de choferes marcharon hasta la sede del Gobierno Regional.",
        date(2024, 10, 10),
    )
    assert "La Libertad" in [e.place.admin1 for e in out.events]
