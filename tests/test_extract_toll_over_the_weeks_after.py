"""'En las semanas siguientes murieron 50 personas': a toll over the weeks after the day told is a
tally (GUIDELINES §3), not a nationwide lethal event."""
from datetime import date

from kipu.extract.pipeline import Extractor

TEXT = (
    "El 7 de diciembre de 2022, tras la vacancia de Pedro Castillo, cientos de manifestantes se enfrentaron "
    "con la Policía en Andahuaylas.\n\n"
    "En las semanas siguientes murieron 50 personas en todo el país."
)


def _doc():
    return Extractor().extract(TEXT, published=date(2023, 2, 12), lang="es", doc_id="t").to_dict(TEXT)


def test_the_weeks_toll_is_a_tally():
    doc = _doc()
    assert [(t["measure"], t["value"], t["qualifier"]) for t in doc["tallies"]] == [("fatalities", 50, "exact")]


def test_only_the_first_clash_is_an_event():
    events = _doc()["events"]
    assert len(events) == 1
    ev = events[0]
    assert (ev["type"], ev["sub_type"]) == ("riot", "violent_demonstration")
    assert ev["date"] == {"start": "2022-12-07", "end": "2022-12-07"}
    assert ev["place"]["name"] == "Andahuaylas"
    assert ev["fatalities"] is None


def test_actions_over_the_weeks_after_stay_events():
    text = TEXT.split("\n\n")[0] + "\n\nEn las semanas siguientes, los manifestantes bloquearon carreteras en Puno."
    doc = Extractor().extract(text, published=date(2023, 2, 12), lang="es", doc_id="t").to_dict(text)
    block = [e for e in doc["events"] if "roadblock" in e["forms"]]
    assert len(block) == 1
    assert block[0]["place"]["name"] == "Puno"
    assert block[0]["date"] == {"start": "2022-12-08", "end": "2023-01-04"}
    assert doc["tallies"] == []
