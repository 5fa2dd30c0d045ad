"""Running totals: their periods, their as-of days and their regional parts.

Articles written for this test (Peru 2022-2024) found:
- a total closed by its day with a register's verb ("Hasta el 10 de enero, la
  Defensoría contabilizaba 40 fallecidos", "al cierre de febrero") was read as
  an incident of that day (only a pluperfect count was read as reached by it);
- "as of mid-February" dated the total by the ten days of mid-February, and
  "over the past three months", "en lo que va de 2024" gave it no period;
- a total with no start of its own ("desde el inicio de las protestas") kept no
  period, though the article dated the movement's start or gave its other
  totals of that measure one (a live page's newest entry sits above the entry
  it revises);
- a live page's clock ("12:10 | La Defensoría elevó a 47 la cifra ...") dated
  the total as a town's incident of that day;
- a ranking of regions by their share of the total ("Puno concentra 18 de los
  fallecidos, Apurímac 6 y Ayacucho 10") made each region an incident;
- "224 conflictos sociales y 1.300 heridos" summed the conflicts into the wounded.
"""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor

EX = Extractor()


def run(text: str, published: date, lang: str):
    return EX.extract(text, published=published, lang=lang)


def tallies(out) -> list[tuple[str, int]]:
    return [(t.measure, t.value) for t in out.tallies]


def period(out, value: int) -> tuple[str, str] | None:
    p = next(t.period for t in out.tallies if t.value == value)
    return None if p is None else (str(p.start), str(p.end))


# GUIDELINES §3: a register's count closed by its day is a total up to that day, no incident of it
def test_register_count_closed_by_its_day_is_a_total():
    text = (
        "Las protestas contra el Gobierno de Dina Boluarte continuaron en Puno.\n\n"
        "Hasta el 10 de enero, la Defensoría del Pueblo contabilizaba 40 fallecidos en las protestas."
    )
    out = run(text, date(2023, 1, 15), "es")
    assert tallies(out) == [("fatalities", 40)]
    assert all(e.fatalities is None for e in out.events)
    assert "as_of:2023-01-10" in out.tallies[0].cues


def test_as_of_a_day_takes_the_start_the_lead_gives():
    text = (
        "Protests against the government have gone on since President Pedro Castillo was ousted on December 7.\n\n"
        "As of January 10, the ombudsman's office had counted 40 deaths in the protests."
    )
    out = run(text, date(2023, 1, 15), "en")
    assert tallies(out) == [("fatalities", 40)]
    assert period(out, 40) == ("2022-12-07", "2023-01-10")


def test_close_of_a_month_ends_the_period_there():
    text = (
        "Las protestas se reanudaron en Puno.\n\n"
        "Al cierre de febrero, la Defensoría del Pueblo registraba 67 fallecidos desde el 7 de diciembre en el contexto de las protestas."
    )
    out = run(text, date(2023, 3, 10), "es")
    assert tallies(out) == [("fatalities", 67)]
    assert period(out, 67) == ("2022-12-07", "2023-02-28")


# GUIDELINES §3: "over the past three months", "en lo que va de 2024": periods back from the report
def test_past_months_run_back_from_the_report():
    text = (
        "Protests against the government went on in Puno.\n\n"
        "Over the past three months, at least 60 people have been killed in the protests."
    )
    out = run(text, date(2023, 3, 7), "en")
    assert tallies(out) == [("fatalities", 60)]
    assert period(out, 60) == ("2022-12-07", "2023-03-07")


def test_so_far_in_a_written_year_runs_from_january():
    text = (
        "Los transportistas acataron un paro en Lima contra la extorsión.\n\n"
        "En lo que va de 2024, se han registrado más de 1.500 denuncias de extorsión en San Juan de Lurigancho."
    )
    out = run(text, date(2024, 10, 5), "es")
    assert tallies(out) == [("extortion_cases", 1500)]
    assert period(out, 1500) == ("2024-01-01", "2024-10-05")


# GUIDELINES §3: a live page's revised total, above the entry it revises, takes that entry's start
def test_live_page_revision_above_the_entry_it_revises():
    text = (
        "EN VIVO | Protestas en Perú\n\n"
        "12:10 | La Defensoría del Pueblo elevó a 47 la cifra de fallecidos desde el inicio de las protestas, "
        "tras la muerte de un herido en Juliaca.\n\n"
        "11:00 | La Defensoría del Pueblo informó que la cifra de fallecidos desde el 7 de diciembre llega a 46.\n\n"
        "9:15 | Manifestantes bloquearon la vía Puno-Juliaca este martes."
    )
    out = run(text, date(2023, 1, 10), "es")
    assert sorted(tallies(out)) == [("fatalities", 46), ("fatalities", 47)]
    assert period(out, 47) == ("2022-12-07", "2023-01-10")
    assert all(e.fatalities is None for e in out.events)
    assert [(e.place.admin1, str(e.date.start)) for e in out.events] == [("Puno", "2023-01-10")]


# GUIDELINES §3: the regions' shares of a total are its parts, no region's incident nor total
def test_regions_ranked_by_their_share_of_the_total():
    text = (
        "Lima, 15 de febrero de 2023. La Defensoría del Pueblo informó que son 48 los fallecidos en el marco "
        "de las protestas desde el 7 de diciembre. Puno concentra 18 de los fallecidos, Apurímac 6 y Ayacucho 10."
    )
    out = run(text, date(2023, 2, 15), "es")
    assert tallies(out) == [("fatalities", 48)]
    assert period(out, 48) == ("2022-12-07", "2023-02-15")
    assert out.events == []


def test_regions_ranked_in_english():
    text = (
        "LIMA, Feb 15 - The ombudsman's office said 48 people have died in the protests since Dec. 7.\n\n"
        "Puno has the most deaths, with 18, followed by Ayacucho with 10 and Apurimac with 6."
    )
    out = run(text, date(2023, 2, 15), "en")
    assert tallies(out) == [("fatalities", 48)]
    assert out.events == []


def test_regions_with_their_own_day_stay_incidents():
    text = (
        "La Defensoría del Pueblo informó que son 48 los fallecidos en el marco de las protestas desde el 7 de diciembre.\n\n"
        "El 9 de enero, 18 personas murieron en Juliaca y dos en Cusco."
    )
    out = run(text, date(2023, 2, 15), "es")
    assert tallies(out) == [("fatalities", 48)]
    assert sorted((e.place.admin1, e.fatalities.low, str(e.date.start)) for e in out.events) == [("Cusco", 2, "2023-01-09"), ("Puno", 18, "2023-01-09")]


# GUIDELINES §2 counts: conflicts counted beside the wounded are no group of the wounded
def test_conflicts_are_not_added_to_the_wounded():
    text = (
        "Las protestas continuaron en el sur.\n\n"
        "Según la Defensoría del Pueblo, entre enero y octubre de 2023 se registraron 224 conflictos sociales y 1.300 heridos en las protestas."
    )
    out = run(text, date(2023, 11, 3), "es")
    assert tallies(out) == [("injuries", 1300)]
    assert period(out, 1300) == ("2023-01-01", "2023-10-31")


# GUIDELINES §3: one region's share of a total, after "de las cuales", is a part of it, no total
def test_a_regions_share_after_de_las_cuales_is_a_part():
    text = (
        "Lima, 24 de enero de 2023. El Ministerio de Salud informó que, desde el 7 de diciembre, 1.301 personas "
        "resultaron heridas en las protestas, de las cuales 580 fueron atendidas en Puno.\n\n"
        "Este martes, la Policía dispersó con gases lacrimógenos una marcha en el centro de Lima y detuvo a 15 manifestantes."
    )
    out = run(text, date(2023, 1, 24), "es")
    assert tallies(out) == [("injuries", 1301)]
    assert period(out, 1301) == ("2022-12-07", "2023-01-24")
    assert [(e.sub_type, e.place.admin1, e.arrests.value) for e in out.events] == [("intervention", "Lima", 15)]


# GUIDELINES §3: the wounded a report counts beside its dead share the dead's start
def test_wounded_counted_beside_the_dead_share_their_start():
    text = (
        "Lima, 10 de marzo de 2023. La Defensoría del Pueblo presentó su reporte de conflictos sociales de febrero.\n\n"
        "El reporte señala que, desde el 7 de diciembre de 2022, 67 personas fallecieron en el marco de las protestas: "
        "49 en enfrentamientos con las fuerzas del orden, 11 en accidentes de tránsito y 7 por hechos vinculados a los bloqueos. "
        "Asimismo, se contabilizaron 1.785 heridos."
    )
    out = run(text, date(2023, 3, 10), "es")
    assert tallies(out) == [("fatalities", 67), ("injuries", 1785)]
    assert period(out, 1785) == ("2022-12-07", "2023-03-10")


# GUIDELINES §2: a protest that lasted "until" a day keeps the arrests its sentence counts
def test_a_protest_lasting_until_a_day_keeps_its_arrests():
    text = "La protesta se mantuvo hasta el 10 de enero y la policía reportó 12 detenidos en Juliaca."
    out = run(text, date(2023, 1, 15), "es")
    assert tallies(out) == []
    assert [(e.place.admin1, e.arrests.value, str(e.date.start)) for e in out.events] == [("Puno", 12, "2023-01-10")]


# GUIDELINES §3: a total dated "al 30 de septiembre" is counted up to that day
def test_extortion_complaints_counted_up_to_a_day():
    text = (
        "Los transportistas bloquearon vías en Lima el lunes contra la extorsión.\n\n"
        "Al 30 de septiembre, la Policía había recibido 17.900 denuncias por extorsión en todo el país."
    )
    out = run(text, date(2024, 10, 8), "es")
    assert tallies(out) == [("extortion_cases", 17900)]
    assert "as_of:2024-09-30" in out.tallies[0].cues


# GUIDELINES §3: a count dated by a span of months is that period's total, not the last incident's wounded
def test_wounded_over_two_months_are_no_wounded_of_the_last_march():
    text = (
        "LIMA, Peru (AP) - Peruvian police on Saturday fired tear gas at protesters in Lima who were demanding "
        "the resignation of President Dina Boluarte. The ombudsman's office said 58 people have died in the unrest "
        "since early December, including one police officer. Between January and February alone, more than 500 "
        "people were injured, the Health Ministry said."
    )
    out = run(text, date(2023, 2, 12), "en")
    assert tallies(out) == [("fatalities", 58), ("injuries", 500)]
    assert [(e.sub_type, e.place.admin1, e.injuries) for e in out.events] == [("intervention", "Lima", None)]
    assert period(out, 500)[0] == "2023-01-01"


# GUIDELINES §2 date: a total's span of months is no day of the undated march told before it
def test_a_totals_months_do_not_date_an_undated_march():
    text = (
        "Cientos de periodistas marcharon en Lima para exigir garantías.\n\n"
        "La ANP reportó 170 ataques contra periodistas entre diciembre de 2022 y abril de 2023."
    )
    out = run(text, date(2023, 5, 3), "es")
    assert tallies(out) == [("press_aggressions", 170)]
    assert period(out, 170) == ("2022-12-01", "2023-04-30")
    assert [(e.place.admin1, str(e.date.start), str(e.date.end)) for e in out.events] == [("Lima", "2023-05-03", "2023-05-03")]


# GUIDELINES §3: the months a total's sentence writes for the protests are its period
def test_protests_of_written_months_give_the_period():
    text = (
        "Protests went on in Lima.\n\n"
        "The Ombudsman's office has linked more than 60 deaths to the protests of December 2022 to March 2023."
    )
    out = run(text, date(2023, 12, 7), "en")
    assert tallies(out) == [("fatalities", 60)]
    assert period(out, 60) == ("2022-12-01", "2023-03-31")


# GUIDELINES §3: the day the sentence says its strike began opens the total's period
def test_strike_that_began_on_a_day_opens_the_period():
    text = (
        "Los transportistas bloquearon la carretera en Huancayo el jueves.\n\n"
        "Con la muerte del camionero se reportan cuatro fallecidos en once días de paro nacional indefinido, "
        "que comenzó el pasado lunes 13 de junio."
    )
    out = run(text, date(2022, 6, 24), "es")
    assert tallies(out) == [("fatalities", 4)]
    assert period(out, 4) == ("2022-06-13", "2022-06-24")
    assert all(e.fatalities is None or e.fatalities.low != 4 for e in out.events)


# GUIDELINES §2: regions' counts told after a total with no share of it named stay their incidents
def test_regions_counts_with_no_share_named_stay_incidents():
    text = (
        "Lima, 10 de enero. La cifra de fallecidos en las protestas asciende a 47, según la Defensoría. "
        "Diecisiete murieron en Juliaca y uno en Cusco."
    )
    out = run(text, date(2023, 1, 10), "es")
    assert tallies(out) == [("fatalities", 47)]
    assert sorted((e.place.admin1, e.fatalities.low) for e in out.events) == [("Cusco", 1), ("Puno", 17)]
