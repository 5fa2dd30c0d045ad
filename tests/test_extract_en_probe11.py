"""English phrasings found by an eleventh probe of self-written stories in
styles not probed before (a long-read with flashbacks, a radio transcript, a
commission's press release, a weekly regional roundup, a photo gallery, a
wire with update notes, a student newspaper): a roundup's foreign paragraph
whose "presidential palace" was read as Lima's, a headline's running total
given to the incident named beside it, a day counted back ("the day before")
that pulled the rest of the paragraph off the scene's day, "The morning of
15 December began with ..." read as a prior event's day, and arrests "during
Saturday's clashes" read as a campaign of arrests."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _run(text: str, published: date):
    return EX.extract(text, published=published, lang="en")


def _count(figure):
    return figure.value if figure is not None and hasattr(figure, "value") else (figure.low if figure is not None else None)


# A landmark many countries have belongs to its paragraph's country.

def test_a_roundups_foreign_paragraph_keeps_its_palace_abroad():
    text = (
        "The region this week: Chile's budget, Peru's roadblocks\n\n"
        "PERU\n"
        "Farmers blocked the Panamericana Sur near Ica on Tuesday to demand lower fertiliser prices.\n\n"
        "ARGENTINA\n"
        "In Buenos Aires, retirees rallied on Wednesday outside the presidential palace against pension cuts, "
        "and police broke up the crowd with pepper spray and water cannon.\n"
    )
    out = _run(text, date(2024, 9, 13))
    places = [(e.place.country, e.place.admin1) for e in out.events if e.place is not None]
    assert ("PE", "Lima") not in places
    assert any(c == "AR" for c, _ in places)
    assert any(e.place is not None and e.place.admin1 == "Ica" for e in out.events)


def test_a_peruvian_paragraph_of_a_roundup_keeps_lima_palace():
    text = (
        "The region this week\n\n"
        "BOLIVIA\n"
        "Miners marched in La Paz on Monday over fuel shortages.\n\n"
        "PERU\n"
        "In Lima, teachers rallied outside the presidential palace on Thursday to demand higher wages.\n"
    )
    out = _run(text, date(2024, 9, 13))
    assert any(e.place is not None and e.place.admin1 == "Lima" and e.place.country == "PE" for e in out.events)


# A headline's figure that the body tells as a running total is that total.

def test_a_headline_total_is_not_the_toll_of_the_town_beside_it():
    text = (
        "Rights group report: at least 52 people killed in protests and a massacre in Ilave\n\n"
        "The group said that 52 people had died in the context of the protests between December and February. "
        "In Ilave, Puno, on January 7, 2023, six people were shot dead during a protest on the bridge.\n"
    )
    out = _run(text, date(2023, 6, 1))
    ilave = [e for e in out.events if e.place is not None and e.place.admin1 == "Puno"]
    assert ilave and all(_count(e.fatalities) == 6 for e in ilave)
    assert any(t.value == 52 for t in out.tallies)


# A day counted back from the scene's day is a flashback: the paragraph returns to the scene.

def test_the_day_before_does_not_pull_the_paragraph_off_its_day():
    text = (
        "Andahuaylas remembers\n\n"
        "The afternoon of 11 December 2022 began with hundreds of people walking towards the small airport. "
        "Two days earlier, the regional front had called an indefinite strike. "
        "By evening, two teenagers had been shot dead near the runway and dozens were wounded.\n"
    )
    out = _run(text, date(2023, 12, 12))
    deadly = [e for e in out.events if _count(e.fatalities) == 2]
    assert deadly and deadly[0].date is not None
    assert deadly[0].date.start == date(2022, 12, 11)


# Arrests made "during Saturday's clashes" are that protest's arrests.

def test_arrests_during_a_named_days_clashes_are_the_protests():
    text = (
        "AREQUIPA, Peru, March 4 (Reuters) - Hundreds of protesters clashed with police on Saturday near the "
        "Añashuayco bridge in Arequipa, and police fired tear gas.\n\n"
        "Police detained nine people during Saturday's clashes, the regional police chief said.\n"
    )
    out = _run(text, date(2023, 3, 5))
    assert not any(e.type == "strategic_development" for e in out.events)
    assert any(_count(e.arrests) == 9 and e.type in ("protest", "riot") for e in out.events)


# A body named for human rights speaks; it is no civil-rights demand of the crowd.

def test_a_human_rights_ombudsman_is_no_demand():
    text = (
        "CUSCO, Peru, Feb 2 (Reuters) - Hundreds of farmers marched in Cusco on Thursday to demand the closure of Congress, "
        "and a march leader was hurt by a tear gas canister, the human rights ombudsman's office said.\n"
    )
    out = _run(text, date(2023, 2, 2))
    assert out.events and all("civil_rights" not in e.demands for e in out.events)
    assert any("dissolve_congress" in e.demands for e in out.events)


def test_a_march_for_human_rights_still_demands_them():
    text = "Hundreds of people marched in Tacna on Sunday to defend human rights and the right to protest.\n"
    out = _run(text, date(2023, 2, 6))
    assert any("civil_rights" in e.demands for e in out.events)


def test_el_nombre_de_la_comision_interamericana_no_es_una_demanda():
    text = (
        "Cientos de comuneros marcharon el lunes en Juliaca para exigir la renuncia de la presidenta, "
        "informó la Comisión Interamericana de Derechos Humanos.\n"
    )
    out = EX.extract(text, published=date(2023, 2, 7), lang="es")
    assert out.events and all("civil_rights" not in e.demands for e in out.events)


# A headline naming three countries lists a roundup's stories: no incident of its own.

def test_a_roundup_headline_of_three_countries_is_no_incident():
    text = (
        "This week in the Andes: Ecuador's blackouts, Bolivia's fuel queues, Lima's transport strike\n\n"
        "PERU\n"
        "Bus drivers in Lima stopped work on Thursday to protest against extortion by gangs.\n"
    )
    out = _run(text, date(2024, 10, 11))
    assert [(e.place.country, e.place.admin1) for e in out.events if e.place is not None] == [("PE", "Lima")]


def test_a_headline_of_two_countries_still_reports_its_incident():
    text = (
        "Peruvian farmers block border bridge with Bolivia\n\n"
        "Farmers blocked the international bridge at Desaguadero on Monday, stranding hundreds of trucks.\n"
    )
    out = _run(text, date(2023, 1, 17))
    assert any(e.place is not None and e.place.admin1 == "Puno" for e in out.events)


# An intervention kills no one: the dead a tear-gassed march names are its grievance.

def test_a_tear_gassed_march_for_the_dead_has_no_killings():
    text = (
        "Hundreds of relatives marched in Arequipa on Monday to demand justice for those killed near the airport a year ago. "
        "Police fired tear gas to push them back from the prefecture.\n"
    )
    out = _run(text, date(2024, 1, 16))
    march = [e for e in out.events if e.place is not None and e.place.admin1 == "Arequipa"]
    assert march and march[0].sub_type == "intervention"
    assert "tear_gas" in march[0].state_response and "killings" not in march[0].state_response


def test_una_marcha_dispersada_por_sus_muertos_no_es_un_asesinato():
    text = (
        "Cientos de familiares marcharon el lunes en Juliaca para exigir justicia por los asesinados en enero. "
        "La Policía lanzó bombas lacrimógenas para dispersarlos.\n"
    )
    out = EX.extract(text, published=date(2024, 1, 16), lang="es")
    march = [e for e in out.events if e.place is not None and e.place.admin1 == "Puno"]
    assert march and "killings" not in march[0].state_response
