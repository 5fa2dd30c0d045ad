"""Running totals in both languages (stop 27 probe on eight new articles).

The probe found: a wire's "the death toll ... rose to 40 on Monday after 17
people were killed in Juliaca" lost its total (the dateline and the day the
total was reached read as the town's incident); "the ombudsman revised the
national toll to 46, saying an officer was burned to death in Juliaca" gave
the national total to the town's event; a total told in the headline and
again, with its period, in the lead kept the headline's copy without the
period; a headline's "desde el inicio de las protestas" took the dateline's
day below it as the start of the period; and "Police have arrested 38 people
... since October, according to figures released on Friday" dated the total
by Friday alone.
"""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def run(text: str, published: date, lang: str):
    return EX.extract(text, published=published, lang=lang)


def tallies(out) -> list[tuple[str, int]]:
    return [(t.measure, t.value) for t in out.tallies]


# GUIDELINES §3: the total the day's deaths raised is a tally; the day's 17 stay Juliaca's incident
def test_total_raised_on_a_day_by_a_towns_clash_after_a_dateline():
    text = (
        "LIMA, Jan 10 (wire) - The death toll rose to 40 on Monday after 17 people "
        "were killed in clashes near the airport of Juliaca, the ombudsman's office said."
    )
    out = run(text, date(2023, 1, 10), "en")
    assert ("fatalities", 40) in tallies(out)
    assert [(e.place.name, e.fatalities.low) for e in out.events] == [("Juliaca", 17)]
    assert str(out.events[0].date.start) == "2023-01-09"


# GUIDELINES §3: "the national toll" is the country's total, not the count of the town the cause names
def test_national_toll_is_a_tally_not_the_towns_count():
    text = (
        "Protests went on in Puno on Monday.\n\n"
        "On Tuesday the ombudsman revised the national toll to 46, saying a police officer was burned "
        "to death in his vehicle in Juliaca overnight."
    )
    out = run(text, date(2023, 1, 10), "en")
    assert ("fatalities", 46) in tallies(out)
    assert all(e.fatalities is None or e.fatalities.low != 46 for e in out.events)


# GUIDELINES §3: the same total in headline and lead is one tally, with the lead's period
def test_headline_total_takes_the_period_of_the_lead():
    text = (
        "Defensoría: la cifra de fallecidos asciende a 47\n\n"
        "Lima, 11 de enero. Según la Defensoría del Pueblo, la cifra de fallecidos en las protestas asciende a 47 desde el 7 de diciembre de 2022."
    )
    out = run(text, date(2023, 1, 11), "es")
    assert tallies(out) == [("fatalities", 47)]
    period = out.tallies[0].period
    assert (str(period.start), str(period.end)) == ("2022-12-07", "2023-01-11")


# GUIDELINES §2 date / §3: a headline's "desde el inicio de" names no day from the dateline below it
def test_headline_since_the_start_takes_no_day_from_the_dateline():
    text = (
        "Minsa reporta 1.301 heridos desde el inicio de las protestas\n\n"
        "Lima, 24 de enero de 2023. El Ministerio de Salud informó este martes que suman 1.301 heridos "
        "en todo el país desde el 7 de diciembre."
    )
    out = run(text, date(2023, 1, 24), "es")
    assert tallies(out) == [("injuries", 1301)]
    period = out.tallies[0].period
    assert (str(period.start), str(period.end)) == ("2022-12-07", "2023-01-24")


# GUIDELINES §3: a count since a month, told on the day of the figures' release, runs from that month
def test_count_since_a_month_dated_by_its_release_day():
    text = (
        "LIMA, November 15, 2024 - Police have arrested 38 people during the transport strikes in Lima "
        "since October, according to figures released by the Interior Ministry on Friday."
    )
    out = run(text, date(2024, 11, 15), "en")
    assert tallies(out) == [("arrests", 38)]
    period = out.tallies[0].period
    assert (str(period.start), str(period.end)) == ("2024-10-01", "2024-11-15")


# GUIDELINES §3: "en lo que va del año", "so far this year" run from 1 January of the report's year
def test_year_to_date_total_runs_from_january():
    text = (
        "Los transportistas marcharon en Lima contra la extorsión.\n\n"
        "Según la Policía, en lo que va del año se han registrado 17.900 denuncias por extorsión en todo el país."
    )
    out = run(text, date(2024, 10, 20), "es")
    assert tallies(out) == [("extortion_cases", 17900)]
    period = out.tallies[0].period
    assert (str(period.start), str(period.end)) == ("2024-01-01", "2024-10-20")


def test_so_far_this_year_runs_from_january():
    text = (
        "Bus drivers went on strike in Lima over extortion.\n\n"
        "At least 17 bus drivers have been murdered in Lima so far this year, according to transport unions."
    )
    out = run(text, date(2024, 11, 15), "en")
    assert ("fatalities", 17) in tallies(out)
    period = next(t.period for t in out.tallies if t.value == 17)
    assert (str(period.start), str(period.end)) == ("2024-01-01", "2024-11-15")


# GUIDELINES §3: "the month-long protests" name the movement, as "a month of protests" does
def test_month_long_protests_name_the_movements_total():
    text = "The death toll from Peru's month-long protests rose to 40 on Monday after 17 people were killed in Juliaca."
    out = run(text, date(2023, 1, 10), "en")
    assert ("fatalities", 40) in tallies(out)


# GUIDELINES §2 counts / §3: homicides the state is said to have committed are the dead; victims of
# police violence are its hurt, not its dead
def test_homicides_by_the_state_and_victims_of_police_violence():
    text = (
        "Colombia's national strike went on.\n\n"
        "The group Temblores says it has recorded 45 homicides allegedly committed by members of the "
        "security forces, along with 1,617 victims of police violence and 2,005 arbitrary detentions."
    )
    out = run(text, date(2021, 6, 10), "en")
    assert tallies(out) == [("fatalities", 45), ("injuries", 1617), ("arrests", 2005)]


def test_homicides_during_the_strike_are_its_dead():
    text = "Colombia's national strike went on.\n\nThe institute Indepaz counts 74 homicides during the strike."
    out = run(text, date(2021, 6, 10), "en")
    assert tallies(out) == [("fatalities", 74)]


# GUIDELINES §3: the suits a body filed are no further total of the detained it counted before
def test_lawsuits_filed_are_no_arrests_total():
    text = (
        "Chile: siguen las protestas.\n\n"
        "El INDH también registra 5.629 personas detenidas desde el inicio de la crisis, y ha presentado "
        "1.026 querellas por torturas y violencia sexual."
    )
    out = run(text, date(2019, 12, 6), "es")
    assert tallies(out) == [("arrests", 5629)]


# GUIDELINES §3: a share of the total told with no incident word is a total; the sentence after it
# goes on describing the total, it does not count the last incident's wounded
SHARE_OF_TOTAL = (
    "El Ministerio de Salud informó que suman 1.301 heridos en las protestas desde el 7 de diciembre.\n\n"
    "En Cusco, el Hospital Antonio Lorena registró 26 heridos durante los enfrentamientos del 12 de enero "
    "en el aeropuerto, donde murió un manifestante.\n\n"
    "La cartera precisó que del total de lesionados, 290 son efectivos policiales. "
    "Además, 52 personas permanecen hospitalizadas."
)


def test_share_of_the_total_is_a_tally():
    out = run(SHARE_OF_TOTAL, date(2023, 1, 24), "es")
    assert tallies(out) == [("injuries", 1301), ("injuries", 290)]


def test_count_after_a_share_is_not_the_last_incidents():
    out = run(SHARE_OF_TOTAL, date(2023, 1, 24), "es")
    assert [(e.place.admin1, e.injuries.low if e.injuries else None) for e in out.events] == [("Cusco", 26)]


# GUIDELINES §3 attributed_to: two sources in one sentence each keep their own figure; a hyphenated
# word is one name, and an active perfect ("has confirmed") names its subject
def test_each_figure_takes_the_source_named_before_it():
    text = (
        "Colombia's national strike went on.\n\n"
        "The attorney general's office says 20 deaths are directly linked to the protests, and the "
        "Defensoría del Pueblo has confirmed 58 deaths."
    )
    out = run(text, date(2021, 6, 10), "en")
    assert [(t.value, t.attributed_to) for t in out.tallies] == [(20, "attorney general's office"), (58, "Defensoría del Pueblo")]


def test_a_hyphenated_source_is_one_name():
    text = (
        "Colombia's national strike went on.\n\n"
        "The non-governmental group Temblores says it has recorded 2,005 arbitrary detentions during the protests."
    )
    out = run(text, date(2021, 6, 10), "en")
    assert [(t.value, t.attributed_to) for t in out.tallies] == [(2005, "non-governmental group Temblores")]



# GUIDELINES §3: "raised the figure again, to 47" revises the total told before; its measure is that total's
REVISED = (
    "Protests went on in Puno on Monday.\n\n"
    "On Tuesday the ombudsman revised the national toll to 46, saying a police officer was burned "
    "to death in his vehicle in Juliaca overnight.\n\n"
    "Later on Tuesday the office raised the figure again, to 47, after a man injured in the Cusco region died."
)


def test_a_revised_figure_is_the_totals_new_value():
    out = run(REVISED, date(2023, 1, 10), "en")
    assert [t for t in tallies(out) if t[0] == "fatalities"] == [("fatalities", 46), ("fatalities", 47)]
    assert all(e.fatalities is None or e.fatalities.low not in (46, 47) for e in out.events)


def test_a_revised_figure_in_spanish():
    text = (
        "Continúan las protestas en el sur.\n\n"
        "La Defensoría del Pueblo informó que la cifra de fallecidos en las protestas asciende a 46.\n\n"
        "Horas después, la entidad elevó la cifra a 47, tras la muerte de un herido en Cusco."
    )
    out = run(text, date(2023, 1, 10), "es")
    assert tallies(out) == [("fatalities", 46), ("fatalities", 47)]


# GUIDELINES §2 counts: "N of the injured died" counts the dead among the wounded, not more wounded
def test_some_of_the_injured_who_died_are_dead():
    text = (
        "Protests went on in Puno on Monday.\n\n"
        "On Tuesday the ombudsman revised the national toll to 46, saying several of the injured had died in hospital."
    )
    out = run(text, date(2023, 1, 10), "en")
    assert ("fatalities", 46) in tallies(out)
    assert "injuries" not in [t.measure for t in out.tallies]  # (what raised the toll is no injuries total)


def test_dos_de_los_heridos_murieron_son_muertos():
    text = "Siguen las protestas.\n\nEl martes la Defensoría informó que dos de los heridos murieron en el hospital de Juliaca."
    out = run(text, date(2023, 1, 10), "es")
    assert [(e.place.name, e.fatalities.low if e.fatalities else None, e.injuries) for e in out.events] == [("Juliaca", 2, None)]
