"""Where a Spanish story's action was: a road's far end, a national strike that
only frames a local blockade, and a regional capital named in a Lima story."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _regions(text: str, published: date) -> list[str | None]:
    out = EX.extract(text, published=published, lang="es")
    return sorted((e.place.admin1 if e.place else None) or "-" for e in out.events)


def test_the_town_a_road_leads_to_is_not_where_it_was_blocked():
    text = ("Bloqueos en Canchis\n\nEl jueves, comuneros de Sicuani bloquearon la vía a Puno con piedras y troncos.\n")
    assert _regions(text, date(2023, 1, 6)) == ["Cusco"]


def test_national_strike_that_frames_a_local_blockade_is_not_national():
    text = ("Chao\n\nEl lunes, cientos de trabajadores agrícolas bloquearon la Panamericana Norte en Chao, en La Libertad.\n\n"
            "Los trabajadores mantenían tomada la vía desde el domingo, en el marco del paro nacional contra el Congreso.\n")
    assert _regions(text, date(2022, 12, 13)) == ["La Libertad"]


def test_a_regional_capital_in_a_lima_story_is_itself():
    text = ("Paro de transportistas\n\nLima, 23 de octubre de 2024. Los transportistas bloquearon esta mañana el "
            "puente del Ejército, en el Cercado de Lima, y la avenida Túpac Amaru, en Comas.\n\n"
            "En San Juan de Lurigancho, los mototaxistas marcharon hasta la municipalidad.\n\n"
            "Trujillo: los comerciantes del mercado Mayorista cerraron sus puestos en apoyo al paro.\n")
    assert "La Libertad" in _regions(text, date(2024, 10, 23))


def test_a_company_named_after_its_mine_is_no_place():
    text = ("Corredor minero\n\nEl lunes, comuneros de Chumbivilcas bloquearon el corredor minero en Velille, "
            "en demanda de que la empresa MMG Las Bambas cumpla sus compromisos.\n")
    assert _regions(text, date(2024, 2, 20)) == ["Cusco"]


def test_a_blockade_in_its_sixth_day_told_in_the_present_began_five_days_before():
    text = ("Corredor minero\n\nCusco, 22 de febrero de 2024. Comuneros de Chumbivilcas mantienen bloqueado por sexto día "
            "consecutivo el corredor minero sur en Velille.\n")
    out = EX.extract(text, published=date(2024, 2, 22), lang="es")
    assert [(e.date.start, e.date.end) for e in out.events] == [(date(2024, 2, 17), date(2024, 2, 22))]


def test_a_clause_that_tells_no_protest_in_its_region_leaves_it_out():
    text = ("Transportistas de Huancayo y Arequipa acatan paro; en Lima Norte denuncian amenazas de extorsionadores\n\n"
            "Los choferes de Huancayo y Arequipa dejaron sus unidades en los paraderos este miércoles.\n")
    assert _regions(text, date(2024, 11, 13)) == ["Arequipa", "Junín"]


def test_a_bare_clause_with_its_region_is_the_same_action_there():
    text = ("Marchas\n\nEl jueves, miles de estudiantes marcharon en Arequipa; en Cusco también.\n")
    assert _regions(text, date(2024, 5, 10)) == ["Arequipa", "Cusco"]


def test_crowds_on_an_airport_runway_and_a_stoned_police_station():
    text = ("Andahuaylas\n\nEl domingo, centenares de comuneros ingresaron a la pista del aeródromo de Andahuaylas.\n\n"
            "El sábado, en Chincheros, los manifestantes habían apedreado la comisaría.\n")
    out = EX.extract(text, published=date(2022, 12, 12), lang="es")
    got = sorted((e.type, "occupation" in e.forms) for e in out.events)
    assert got == [("protest", True), ("riot", False)]


def test_the_far_town_of_a_road_named_by_both_ends_is_not_where_it_was_blocked():
    text = ("Bloqueos\n\nDesde el lunes, los manifestantes mantienen bloqueada la carretera que une Cusco con Abancay.\n")
    assert _regions(text, date(2022, 12, 13)) == ["Cusco"]
