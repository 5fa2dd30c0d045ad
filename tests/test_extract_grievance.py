"""Force and deaths a protest is about are its grievance, not force used at it."""

from datetime import date

import pytest



def _only(extractor, text: str, lang: str):
    events = extractor.extract(text, published=date(2022, 6, 23), lang=lang).events
    assert len(events) == 1, [e.to_dict("") for e in events]
    return events[0]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("On 11 June 2022, in Arequipa, relatives marched through the centre to demand justice for a man "
         "who died after being detained and beaten by the police in 2012.", "en"),
        ("On 22 June 2022, in Cusco, teachers protested the arrests of two colleagues.", "en"),
        ("On 1 June 2022, in Lima, relatives gathered at the court to demand the release of a woman who was arrested abroad.", "en"),
        ("Familiares marcharon ayer en Lima para exigir justicia por un joven que fue asesinado por la policía en 2020.", "es"),
        ("Vecinos de Juliaca protestaron ayer en rechazo a la detención de su alcalde.", "es"),
        ("On 8 June 2022, in Lima, nurses blocked the hospital gate to protest against thefts and vandalism in the area.", "en"),
        ("Vecinos de Ate marcharon ayer en rechazo a los saqueos de la semana pasada.", "es"),
        ("Miles de transportistas marcharon ayer en Lima para exigir medidas contra la ola de extorsiones y asesinatos de choferes.", "es"),
    ],
)
def test_force_told_of_the_grievance_leaves_a_peaceful_protest(extractor, text, lang):
    ev = _only(extractor, text, lang)
    assert (ev.type, ev.sub_type) == ("protest", "peaceful")
    assert ev.fatalities is None and ev.arrests is None


@pytest.mark.parametrize(
    "text",
    [
        "On 1 June 2022, in Lima, protesters demanding the resignation of the minister were tear-gassed by police.",
        "On 1 June 2022, in Lima, students demanding the minister's resignation, who were beaten by police, ran to the square.",
    ],
)
def test_force_on_the_protesters_themselves_stays(extractor, text):
    ev = _only(extractor, text, "en")
    assert (ev.type, ev.sub_type) == ("protest", "intervention")


def test_violence_the_crowd_commits_after_its_demand_stays_a_riot(extractor):
    ev = _only(extractor, "Vecinos de Ate marcharon ayer para exigir seguridad y luego saquearon dos tiendas.", "es")
    assert (ev.type, ev.sub_type) == ("riot", "violent_demonstration")


def test_what_detained_leaders_are_accused_of_is_a_charge_not_a_protest(extractor):
    text = ("La Policía detuvo este sábado en Juliaca a cuatro dirigentes acusados de haber organizado "
            "los bloqueos de carreteras de enero.")
    ev = _only(extractor, text, "es")
    assert (ev.type, ev.sub_type) == ("strategic_development", "arrests")


def test_a_mob_after_a_suspect_is_still_a_mob(extractor):
    text = "On 12 March 2022 in Arequipa, a man suspected of theft was beaten up and killed by residents."
    ev = _only(extractor, text, "en")
    assert ev.sub_type == "mob_violence"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Comerciantes del mercado de Juliaca marcharon ayer para exigir más patrullaje, un mes después del asalto de enero, "
         "cuando dos vendedores fueron asesinados, y la policía acompañó la marcha.", "es"),
        ("On 20 June 2022, in Cusco, residents marched to demand safety after last week, when a taxi driver was killed, "
         "and thanked the police for the swift arrest of a suspect.", "en"),
    ],
)
def test_force_in_a_when_clause_about_others_is_the_grievance(extractor, text, lang):
    ev = _only(extractor, text, lang)
    assert (ev.type, ev.sub_type) == ("protest", "peaceful")


def test_force_in_a_when_clause_about_the_crowd_stays(extractor):
    text = "Los mineros marcharon ayer en Puno para exigir el pago, cuando los manifestantes fueron detenidos por la policía."
    ev = _only(extractor, text, "es")
    assert ev.sub_type == "intervention"


def test_force_at_a_protest_of_another_year_is_not_this_protests(extractor):
    text = ("Tres dirigentes arrestados durante el paro agrario de 2019 son juzgados hoy en Ica, mientras un grupo de "
            "agricultores protesta con pancartas afuera del juzgado.")
    ev = _only(extractor, text, "es")
    assert (ev.type, ev.sub_type) == ("protest", "peaceful") and not ev.state_response


def test_force_at_this_years_protest_stays(extractor):
    text = "Un grupo de vecinos protesta ayer frente a la corte de Lima, donde fueron detenidos tres dirigentes."
    ev = _only(extractor, text, "es")
    assert ev.sub_type == "intervention"


def test_a_strike_against_killings_reports_no_killing_even_when_dispersed(extractor):
    text = ("Los mototaxistas de Piura acataron ayer un paro contra los asesinatos de conductores, "
            "y la policía los dispersó con gases lacrimógenos en la plaza de armas.")
    ev = _only(extractor, text, "es")
    assert ev.sub_type == "intervention" and "killings" not in ev.state_response and ev.fatalities is None


@pytest.mark.parametrize(
    "text, lang",
    [
        # The people whose release is demanded were held before this protest.
        ("On 3 June 2022, in Cusco, farmers rallied to demand the release of leaders detained at last month's roadblock.", "en"),
        ("Comuneros marcharon ayer en Cusco para exigir la libertad de los dirigentes detenidos en el bloqueo del mes pasado.", "es"),
        # The toll is the war's or the offensive's, counted in a clause about it.
        ("Estudiantes se concentraron ayer en San José para denunciar la guerra en el extranjero, que hasta hoy suma 300 civiles muertos.", "es"),
        ("On 20 June 2022, in Lima, students rallied to condemn the war abroad, which has killed 300 civilians so far.", "en"),
    ],
)
def test_detentions_and_tolls_named_in_the_demand_are_the_grievance(extractor, text, lang):
    ev = _only(extractor, text, lang)
    assert (ev.type, ev.sub_type) == ("protest", "peaceful")
    assert ev.fatalities is None and ev.arrests is None and not ev.state_response
