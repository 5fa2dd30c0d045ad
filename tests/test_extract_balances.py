"""Spanish news of a protest day and of the balances that follow it: arrests
told in the next paragraph, who was among the detained, what a total grew by,
the share of a total, an earlier balance and a ministry's total of wounded."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def test_arrests_opening_the_next_paragraph_belong_to_the_clash():
    text = ("Marcha en Arequipa\n\nCientos de estudiantes marcharon el martes por el centro de Arequipa "
            "y la policía los dispersó con gases lacrimógenos en la calle Mercaderes.\n\n"
            "La Defensoría del Pueblo informó que cuatro personas fueron detenidas.\n")
    out = EX.extract(text, published=date(2023, 6, 8), lang="es")
    got = [(e.type, e.place.admin1 if e.place else None, e.arrests.low if e.arrests else None) for e in out.events]
    assert got == [("protest", "Arequipa", 4)]


def test_arrest_verb_in_present_tense_counts_arrests():
    text = ("Huancayo\n\nEl jueves, la policía detiene a seis personas durante una marcha de "
            "comerciantes en Huancayo.\n")
    out = EX.extract(text, published=date(2024, 5, 10), lang="es")
    assert [e.arrests.low if e.arrests else None for e in out.events] == [6]


def test_among_the_detained_names_them_and_tells_no_protest():
    text = ("Operativo en Ayacucho\n\nLa policía detuvo este lunes a ocho dirigentes en Huamanga.\n\n"
            "Entre los detenidos figura un exdirigente a quien la Fiscalía acusa de organizar las protestas.\n")
    out = EX.extract(text, published=date(2023, 4, 3), lang="es")
    assert [(e.type, e.sub_type) for e in out.events] == [("strategic_development", "arrests")]


def test_what_a_total_grew_by_is_no_tally():
    text = ("Juli\n\nDos comuneros murieron el lunes en Juli durante enfrentamientos con la policía. "
            "Con estas dos muertes, la cifra de fallecidos desde el inicio de las protestas sube a 61.\n")
    out = EX.extract(text, published=date(2023, 3, 7), lang="es")
    assert sorted(t.value for t in out.tallies) == [61]


def test_share_of_a_total_and_an_earlier_balance_are_tallies_not_incidents():
    text = ("Balance\n\nLa Defensoría elevó a 70 el número de fallecidos en las protestas. "
            "De ese total, 58 murieron en enfrentamientos con la policía.\n\n"
            "El lunes, la Defensoría había reportado 69 fallecidos.\n\n"
            "El Minsa informó que 1 900 personas resultaron heridas desde diciembre.\n")
    out = EX.extract(text, published=date(2023, 3, 1), lang="es")
    assert out.events == []
    assert sorted((t.measure, t.value) for t in out.tallies) == [
        ("fatalities", 58), ("fatalities", 69), ("fatalities", 70), ("injuries", 1900)]


def test_pluperfect_arrests_after_a_deadly_clash_are_its_arrests():
    text = ("Chao\n\nUn comunero murió el martes cuando la policía desbloqueó la carretera que los agricultores mantenían bloqueada en Chao, provincia de Virú. "
            "Hasta la noche, la Policía había detenido a cinco personas.\n")
    out = EX.extract(text, published=date(2022, 12, 15), lang="es")
    assert [(e.type, e.arrests.low if e.arrests else None) for e in out.events] == [("protest", 5)]


def test_arrested_for_disturbances_is_no_campaign_of_arrests():
    text = ("Paro en Lima\n\nLos transportistas acataron el paro este miércoles en Lima.\n\n"
            "La Policía informó que se ha detenido a nueve personas por disturbios en San Juan de Lurigancho.\n")
    out = EX.extract(text, published=date(2024, 10, 23), lang="es")
    assert "strategic_development" not in [e.type for e in out.events]


def test_a_report_registering_wounded_and_detentions_nationwide_gives_totals():
    text = ("Informe\n\nLa Coordinadora presentó el lunes su informe anual sobre las protestas.\n\n"
            "El documento registra 900 heridos y más de 300 detenciones en todo el país entre enero y marzo.\n")
    out = EX.extract(text, published=date(2024, 4, 8), lang="es")
    assert sorted((t.measure, t.value) for t in out.tallies) == [("arrests", 300), ("injuries", 900)]


def test_two_groups_of_wounded_make_one_toll():
    text = ("Velille\n\nEl martes, la policía intentó desbloquear el corredor minero en Velille y fue repelida con hondas. "
            "La Defensoría informó que tres comuneros y dos agentes resultaron heridos.\n\n"
            "Abancay\n\nEl miércoles, durante el enfrentamiento en el puente Illanya, en Abancay, resultaron heridos "
            "once civiles y cuatro policías.\n")
    out = EX.extract(text, published=date(2024, 2, 22), lang="es")
    assert sorted(e.injuries.low for e in out.events if e.injuries) == [5, 15]


def test_the_day_a_ministry_reports_is_not_the_day_of_the_clashes():
    text = ("Minsa: dieciséis heridos tras enfrentamientos en el Centro de Lima\n\n"
            "Lima, 5 de febrero de 2023. El Minsa informó esta mañana que dieciséis personas fueron atendidas por lesiones "
            "sufridas durante los enfrentamientos de anoche en el Centro de Lima.\n\n"
            "Los enfrentamientos se prolongaron hasta la medianoche en la plaza San Martín.\n")
    out = EX.extract(text, published=date(2023, 2, 5), lang="es")
    assert {e.date.start for e in out.events} == {date(2023, 2, 4)}


def test_arrests_counted_again_in_the_strikes_region_are_its_arrests():
    text = ("Balance del paro\n\nEl paro de transportistas terminó ayer en Lima, tras tres días.\n\n"
            "En Lima, la Policía reportó 31 detenidos en esos tres días, la mayoría en Comas.\n")
    out = EX.extract(text, published=date(2024, 11, 16), lang="es")
    assert [(e.place.admin1, e.arrests.low if e.arrests else None) for e in out.events] == [("Lima", 31)]


def test_a_bare_count_of_detainees_with_no_region_stays_apart():
    text = ("Santiago\n\nMiles marcharon el domingo en Santiago y hubo saqueos en varios barrios.\n\n"
            "La fiscalía reportó 1.200 detenidos.\n")
    out = EX.extract(text, published=date(2019, 10, 21), lang="es")
    assert out.events and all(e.arrests is None for e in out.events)


def test_arrests_days_later_of_people_accused_of_looting_stay_arrests():
    text = ("Juliaca\n\nEl jueves, la policía detuvo a cuatro personas en Juliaca acusadas de participar en el saqueo "
            "de una tienda la semana anterior.\n")
    out = EX.extract(text, published=date(2023, 1, 14), lang="es")
    assert [e.type for e in out.events] == ["strategic_development"]
