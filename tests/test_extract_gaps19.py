"""Known gaps closed by the gaps19 probe: a decree or law of the national power
that names no place of its own ("Áñez había firmado el decreto supremo 4078",
"The interim government responded with a decree") took the place of the
heading or of the paragraph before (Sacaba), though it holds over the whole
country; a local author's act ("El alcalde promulgó una ordenanza") keeps the
local place; a register's count told with "cuenta" and "asesinatos" ("Temblores
cuenta 43 asesinatos y más de 1.400 detenciones") gave no tally; "cacerolazos", the
plural, named no protest ("hubo cacerolazos en Maracay, Valencia y Coro"); a
march "acompañados por" a burial told after a wake took the wake's day; a digest's
bullet label over its story ("- Periodista asesinado.") made an extra event spanning
the digest's week; a report's finding ("La organización concluye que las fuerzas de
seguridad usaron armas letales en las regiones del sur andino") made a nationwide event."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()
NOV20 = date(2019, 11, 20)


def _measures(text: str, lang: str, published: date) -> list:
    return [e for e in EX.extract(text, published=published, lang=lang).events if e.sub_type == "state_measure"]


# --- GUIDELINES §2 place: a national authority's decree or law with no place of its own is the
# country's (admin1 null), not the heading's or the paragraph before's ---

@pytest.mark.parametrize(
    "text,lang",
    [
        ("Masacre en Sacaba\n\nEl viernes 15 de noviembre de 2019, policías y militares dispararon contra cocaleros en Sacaba. "
         "Murieron nueve personas.\n\nUn día antes, el jueves 14, Áñez había firmado el decreto supremo 4078, que eximía a los militares.", "es"),
        ("Sacaba\n\nOn November 15, 2019, security forces opened fire on coca growers marching in Sacaba, killing nine people.\n\n"
         "The interim government responded with a decree, issued on November 14, that shielded soldiers from prosecution.", "en"),
    ],
)
def test_national_decree_is_the_countrys(text: str, lang: str) -> None:
    [measure] = _measures(text, lang, NOV20)
    assert (measure.place.country, measure.place.admin1) == ("BO", None)
    assert measure.date.start == date(2019, 11, 14)


def test_local_authoritys_act_keeps_the_local_place() -> None:
    # (the mayor's ordinance is the town's: the rule leaves it where the story is)
    text = ("Paro en Puno\n\nMiles de comuneros bloquearon las vías de Juliaca el lunes 9 de enero de 2023.\n\n"
            "El alcalde promulgó una ordenanza el martes 10 de enero que prohibía las marchas.")
    [measure] = _measures(text, "es", date(2023, 1, 12))
    assert measure.place.admin1 == "Puno"


# --- GUIDELINES §3: a register's count of killings and detentions ("cuenta 43 asesinatos") is a
# running total, kept apart from incidents ---

def test_a_registers_count_of_killings_is_a_tally() -> None:
    out = EX.extract("Protestas en Venezuela tras las elecciones. Temblores cuenta 43 asesinatos y más de 1.400 detenciones.",
                     published=date(2024, 8, 10), lang="es")
    assert not out.events
    assert sorted((t.measure, t.value, t.qualifier) for t in out.tallies) == [("arrests", 1400, "more_than"), ("fatalities", 43, "exact")]


def test_a_union_counting_members_is_no_tally() -> None:
    # ("cuenta con": the union's size, no measure of a tally)
    out = EX.extract("El sindicato cuenta con 330 afiliados en la planta.", published=date(2024, 8, 10), lang="es")
    assert not out.tallies


# --- GUIDELINES §2: the same action in several named regions is one event per region; the plural
# "cacerolazos" names the rally as the singular does ---

def test_plural_cacerolazos_is_a_rally_in_each_city() -> None:
    out = EX.extract("Protestas tras la elección presidencial en Venezuela. El lunes 29 de julio hubo cacerolazos en "
                     "ciudades como Maracay, Valencia y Coro.", published=date(2024, 8, 2), lang="es")
    assert sorted((e.place.admin1, e.forms[0], e.date.start) for e in out.events) == [
        ("Aragua", "rally", date(2024, 7, 29)), ("Carabobo", "rally", date(2024, 7, 29)), ("Falcon", "rally", date(2024, 7, 29))]


# --- GUIDELINES §2 date: a march told as going with an act the sentence dates ("velados el domingo
# y sepultados el lunes, acompañados por una marcha") is of the day told right before it ---

@pytest.mark.parametrize(
    "text,lang",
    [
        ("Paro en Puno\n\nEl lunes 9 de enero, 18 personas murieron en Juliaca durante enfrentamientos con la policía.\n\n"
         "Los cuerpos fueron velados el domingo 15 y sepultados el lunes 16, acompañados por una marcha de cientos de pobladores.", "es"),
        ("Puno strike\n\nOn Monday, January 9, eighteen people were killed in Juliaca during clashes with police.\n\n"
         "The bodies were mourned on Sunday, January 15, and buried on Monday, January 16, accompanied by a march of hundreds of residents.", "en"),
    ],
)
def test_march_accompanying_the_burial_has_its_day(text: str, lang: str) -> None:
    marches = [e for e in EX.extract(text, published=date(2023, 1, 17), lang=lang).events if "march" in e.forms]
    assert [(e.date.start, e.place.admin1) for e in marches] == [(date(2023, 1, 16), "Puno")]


# --- GUIDELINES §2: a digest's bullet label over the story it heads ("- Periodista asesinado.")
# is no incident of its own; the story below is the event ---

@pytest.mark.parametrize(
    "text,lang",
    [
        ("Colombia: resumen de la semana del 3 al 9 de mayo de 2021\n\n- Periodista asesinado.\n"
         "El periodista Jorge Ramírez fue asesinado a tiros en Tumaco el jueves 6 de mayo, tras cubrir las protestas.", "es"),
        ("Colombia: the week of May 3 to 9, 2021\n\n- Journalist killed.\n"
         "Reporter Jorge Ramírez was shot dead in Tumaco on Thursday, May 6.", "en"),
    ],
)
def test_bullet_label_over_its_story_is_no_event(text: str, lang: str) -> None:
    events = EX.extract(text, published=date(2021, 5, 10), lang=lang).events
    assert [(e.date.start, e.date.end, e.place.admin1) for e in events] == [(date(2021, 5, 6), date(2021, 5, 6), "Narino")]


# --- GUIDELINES §2: a report's finding with no day or place of its own ("La organización concluye que
# las fuerzas de seguridad usaron armas letales") sums up incidents told, it is no new one ---

@pytest.mark.parametrize(
    "text,lang",
    [
        ("Bolivia: represión mortal\n\nEl 15 de noviembre de 2019, las fuerzas de seguridad mataron a nueve manifestantes en Sacaba. "
         "La organización concluye que las fuerzas de seguridad usaron armas letales en las regiones del sur andino.", "es"),
        ("Bolivia: deadly crackdown\n\nOn November 15, 2019, security forces killed nine protesters in Sacaba. "
         "The group concluded that security forces used lethal weapons against protesters in several regions.", "en"),
    ],
)
def test_a_reports_finding_is_no_new_incident(text: str, lang: str) -> None:
    events = EX.extract(text, published=date(2020, 4, 20), lang=lang).events
    assert [(e.date.start, e.place.admin1, e.fatalities.low) for e in events] == [(date(2019, 11, 15), "Cochabamba", 9)]
