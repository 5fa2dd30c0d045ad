"""English phrasings found by a sixteenth probe of self-written stories in
styles not probed before (a wire WRAPUP pairing Peru with Brazil, a student
paper on a campus raid, a TV news transcript, a rights group's dispatch on
impunity, an Amazon river blockade): a wire slug's version number ("WRAPUP
2-") counts nothing; the punishment a crowd asks for names a deed, not the
crowd's act ("to demand punishment for the rioters"); a span of months after
force ("twenty months after police killed ...") recalls that day; a headline
naming force as unpunished reports no incident; and a river named after a town
or region ("the Marañón River", "el río Tambo") is no place of the incident."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def _run(text: str, published: date, lang: str = "en"):
    return EX.extract(text, published=published, lang=lang)


# A wire slug's version number is no count (GUIDELINES §2 counts).

def test_wrapup_slug_number_is_no_death_count():
    text = (
        "WRAPUP 3-Protest deaths mount in Peru's south\n\n"
        "LIMA, March 3 (Reuters) - Farmers blocked roads near Ilave on Thursday, local radio said.\n"
    )
    out = _run(text, date(2023, 3, 3))
    assert out.events
    assert all(e.fatalities is None for e in out.events)


# What a crowd wants punished is its demand, not its own violence (GUIDELINES §2 type).

def test_march_demanding_punishment_for_rioters_is_peaceful():
    text = "About two thousand people marched in Recife on Tuesday to demand punishment for the rioters who wrecked the court."
    out = _run(text, date(2023, 1, 11))
    assert [(e.type, e.sub_type) for e in out.events] == [("protest", "peaceful")]


def test_march_demanding_punishment_of_looters_is_peaceful():
    text = "Shopkeepers marched in Tacna on Friday calling for the punishment of those who looted the market."
    out = _run(text, date(2023, 6, 3))
    assert [(e.type, e.sub_type) for e in out.events] == [("protest", "peaceful")]


def test_force_after_the_punishment_clause_is_still_told():
    text = "Relatives marched in Cusco on Friday to demand the punishment of those responsible; police fired tear gas at them."
    out = _run(text, date(2023, 6, 3))
    assert [(e.type, e.sub_type) for e in out.events] == [("protest", "intervention")]


# Force counted months or years back is that day's, not today's (GUIDELINES §2 date).

def test_months_after_police_killed_is_no_incident_today():
    text = (
        "Peru: justice delayed\n\n"
        "Eighteen months after police killed dozens of demonstrators in Puno, prosecutors have charged no one.\n"
    )
    out = _run(text, date(2024, 7, 1))
    assert not [e for e in out.events if e.date and e.date.start == date(2024, 7, 1)]


def test_headline_of_unpunished_killings_reports_no_incident():
    text = (
        "Peru: Deaths of Demonstrators Remain Unpunished\n\n"
        "Lawyers for the families said on Monday that the cases have stalled.\n\n"
        "On 15 December 2022 soldiers shot at protesters in Ayacucho, killing ten people.\n"
    )
    out = _run(text, date(2024, 6, 5))
    starts = [str(e.date.start) for e in out.events if e.date]
    assert starts == ["2022-12-15"]


def test_headline_with_a_march_and_impunity_keeps_the_march():
    text = "Relatives march in Juliaca as killings go unpunished\n\nHundreds of relatives marched in Juliaca on Monday.\n"
    out = _run(text, date(2024, 1, 9))
    assert any(e.place and e.place.admin1 == "Puno" and "march" in e.forms for e in out.events)


# A river named after a place is no place of the incident (GUIDELINES §2 place).

def test_english_river_named_after_a_province_is_not_that_province():
    text = "Kukama villagers have blocked the Marañón River in Loreto since Thursday."
    out = _run(text, date(2022, 9, 2))
    assert {e.place.admin1 for e in out.events if e.place} == {"Loreto"}


def test_spanish_lowercase_rio_is_the_river_not_the_district():
    text = "Agricultores bloquearon el puente sobre el río Tambo, en Cocachacra, el jueves."
    out = _run(text, date(2022, 9, 2), "es")
    assert {e.place.admin1 for e in out.events if e.place} == {"Arequipa"}


def test_capitalised_rio_district_still_matches():
    text = "Comuneros marcharon en Río Tambo, Satipo, el jueves."
    out = _run(text, date(2022, 9, 2), "es")
    assert {e.place.admin1 for e in out.events if e.place} == {"Junín"}


# The relatives' ask for their cases to move is a demand for justice (GUIDELINES §2 demands).

def test_march_asking_progress_in_the_investigations_demands_justice():
    text = "Relatives of the dead marched to the prosecutor's office in Ayacucho on Tuesday to ask for progress in the investigations."
    out = _run(text, date(2024, 3, 14))
    assert any("justice_for_victims" in e.demands for e in out.events)
