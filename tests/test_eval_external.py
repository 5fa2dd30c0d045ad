"""Row-level scoring for the third-party datasets, with hand-made predictions."""

from __future__ import annotations

import math
from typing import Any

import pytest

from kipu.evaluate import external


def ev(type_: str, sub: str, admin1: str | None = None, fatalities: int | None = None,
       qualifier: str = "exact", state_response: list[str] | None = None) -> dict[str, Any]:
    return {
        "type": type_, "sub_type": sub,
        "place": {"name": admin1 or "x", "admin1": admin1, "country": "AR"},
        "fatalities": None if fatalities is None else {"value": fatalities, "qualifier": qualifier},
        "state_response": state_response or [],
    }


def pred(*events: dict[str, Any]) -> dict[str, Any]:
    return {"doc_id": "r", "lang": "en", "events": list(events), "tallies": []}


def acled(event_type: str = "Protests", sub: str = "Peaceful protest", admin1: str = "Córdoba",
          fatalities: Any = "0") -> dict[str, Any]:
    return {"event_type": event_type, "sub_event_type": sub, "admin1": admin1, "fatalities": fatalities}


def test_pick_most_severe_demonstration_first_among_equals():
    p = pred(
        ev("strategic_development", "state_measure"),
        ev("protest", "peaceful", "A"),
        ev("riot", "violent_demonstration", "B"),
        ev("riot", "mob_violence", "C"),
    )
    assert external.pick_demonstration(p)["place"]["admin1"] == "B"
    assert external.pick_demonstration(pred(ev("strategic_development", "arrests"))) is None


def test_acled_row_maps_types_and_ignores_other_event_types():
    assert external.acled_row(acled(event_type="Battles"), pred()) is None
    r = external.acled_row(acled("Riots", "Mob violence", "Buenos Aires", "1.0"),
                           pred(ev("riot", "mob_violence", "buenos aires", 1)))
    assert r["gold_type"] == "riot" and r["gold_sub_type"] == "mob_violence"
    assert r["gold_fatalities"] == 1 and r["pred_fatalities"] == 1


def test_acled_vague_fatalities_follow_acled_convention():
    assert external.acled_fatalities(None) == 0
    assert external.acled_fatalities({"value": 24, "qualifier": "at_least"}) == 12
    assert external.acled_fatalities({"value": 200, "qualifier": "at_least"}) == 100
    assert external.acled_fatalities({"value": 24, "qualifier": "exact"}) == 24
    assert external.acled_fatalities({"value": 3, "qualifier": "at_least"}) == 3


def test_score_acled_accuracy_on_detected_and_all_rows():
    rows = [
        external.acled_row(acled(admin1="Córdoba"), pred(ev("protest", "peaceful", "CORDOBA"))),
        external.acled_row(acled("Riots", "Violent demonstration", "Chubut"),
                           pred(ev("protest", "intervention", "Chubut"))),
        external.acled_row(acled(), pred()),
        external.acled_row(acled(event_type="Strategic developments"), pred()),
    ]
    s = external.score_acled(rows)
    assert s["rows"] == 3 and s["detected"] == 2
    assert s["detection_rate"] == pytest.approx(2 / 3)
    assert s["event_type_accuracy"] == pytest.approx(0.5)
    assert s["event_type_accuracy_all"] == pytest.approx(1 / 3)
    assert s["sub_event_type_accuracy"] == pytest.approx(0.5)
    assert s["admin1_accuracy"] == 1.0  # accent- and case-insensitive
    assert s["fatalities_accuracy"] == 1.0  # no figure = ACLED's 0


def test_iis_repression_mapping_and_f1():
    rows = [
        external.iis_row({"Represión": "Uso de fuerza policial"}, pred(ev("protest", "intervention"))),
        external.iis_row({"Represión": "Aprehensión de actores"}, pred(ev("protest", "peaceful"))),
        external.iis_row({"Represión": "Presencia policial"}, pred(ev("protest", "peaceful", state_response=["tear_gas"]))),
        external.iis_row({"Represión": "No registrado o no existencia"},
                         pred(ev("protest", "peaceful", state_response=["accommodation"]))),
        external.iis_row({"Represión": math.nan}, pred()),
    ]
    assert [r["gold_repression"] for r in rows] == [True, True, False, False, None]
    assert [r["pred_repression"] for r in rows] == [True, False, True, False, False]
    s = external.score_iis(rows)
    assert s["rows"] == 5 and s["repression_rows"] == 4
    assert s["detection_rate"] == pytest.approx(4 / 5)
    assert s["repression"]["precision"] == pytest.approx(0.5)
    assert s["repression"]["recall"] == pytest.approx(0.5)
    assert s["repression_accuracy"] == pytest.approx(0.5)


def test_iis_province_agreement_counts_placed_detections_only():
    rows = [
        external.iis_row({"Provincia": "Limón"}, pred(ev("protest", "peaceful", admin1="Limon"))),
        external.iis_row({"Provincia": "Cartago"}, pred(ev("protest", "peaceful", admin1="Puno"))),
        external.iis_row({"Provincia": "NA"}, pred(ev("protest", "peaceful", admin1="Heredia"))),
        external.iis_row({"Provincia": "Heredia"}, pred()),
    ]
    s = external.score_iis(rows)
    assert s["admin1_rows"] == 2 and s["admin1_accuracy"] == pytest.approx(0.5)


def test_glocon_document_classification():
    rows = [
        external.glocon_row({"label": 1}, pred(ev("protest", "peaceful"))),
        external.glocon_row({"label": 1}, pred()),
        external.glocon_row({"label": 0}, pred(ev("riot", "mob_violence"))),
        external.glocon_row({"label": 0}, pred(ev("strategic_development", "other"))),
        external.glocon_row({"label": 2}, pred()),
    ]
    assert rows[-1] is None
    s = external.score_glocon(rows)
    assert s["documents"] == 4 and s["gold_protest"] == 2
    assert (s["precision"], s["recall"], s["f1"]) == (0.5, 0.5, 0.5)
    assert s["accuracy"] == 0.5


def test_glocon_mapped_reading_also_counts_set_aside_contentious_incidents():
    militancy = {**pred(), "set_aside": [{"kind": "armed_militancy", "cue": "rebels", "evidence": "..."}]}
    unknown_kind = {**pred(), "set_aside": [{"kind": "not_a_mapped_kind", "cue": "x", "evidence": "..."}]}
    rows = [
        external.glocon_row({"label": 1}, militancy),
        external.glocon_row({"label": 1}, pred(ev("violence_against_civilians", "attack"))),
        external.glocon_row({"label": 0}, unknown_kind),
        external.glocon_row({"label": 0}, pred(ev("protest", "peaceful"))),
    ]
    assert [(r["pred"], r["pred_mapped"]) for r in rows] == [(False, True), (False, True), (False, False), (True, True)]
    s = external.score_glocon(rows)
    assert (s["precision"], s["recall"]) == (0.0, 0.0)  # strict: demonstrations only
    assert (s["mapped"]["precision"], s["mapped"]["recall"]) == (2 / 3, 1.0)


def aside(*kinds: str) -> dict[str, Any]:
    return {**pred(), "set_aside": [{"kind": k, "cue": "x", "evidence": "..."} for k in kinds]}


def test_case_scores_set_aside_incidents_against_armed_classes():
    rows = [
        external.case_row({"SubType": "SUIC_BOMB"}, aside("bombing")),
        external.case_row({"SubType": "ARMED_CLASH"}, pred()),
        external.case_row({"SubType": "PEACE_PROTEST"}, pred(ev("protest", "peaceful"))),
        external.case_row({"SubType": "AIR_STRIKE"}, aside("bombing")),
        # Claims-making is not an armed incident: neither a hit nor a false alarm here.
        external.case_row({"SubType": "ARREST"}, aside("claims_making")),
    ]
    s = external.score_case(rows)["set_aside_armed"]
    assert (s["precision"], s["recall"], s["rate_on_protest_classes"]) == (0.5, 0.5, 0.0)


def test_case_and_glocon_report_how_often_claims_making_fires():
    case = external.score_case([
        external.case_row({"SubType": "ARREST"}, aside("claims_making")),
        external.case_row({"SubType": "DIPLOMACY"}, pred()),
        external.case_row({"SubType": "PEACE_PROTEST"}, pred(ev("protest", "peaceful"))),
    ])
    assert (case["claims_rate_non_protest"], case["claims_rate_protest"]) == (0.5, 0.0)
    glocon = external.score_glocon([
        external.glocon_row({"label": 0}, aside("claims_making")),
        external.glocon_row({"label": 0}, aside("bombing")),
        external.glocon_row({"label": 0}, pred()),
        external.glocon_row({"label": 1}, aside("claims_making")),
    ])
    assert glocon["claims_rate_negative"] == pytest.approx(1 / 3)
    assert glocon["claims_rate_positive"] == 1.0
    # claims-making is not one of GloCon's contentious kinds: the mapped figure is unchanged by it
    assert (glocon["mapped"]["precision"], glocon["mapped"]["recall"]) == (0.0, 0.0)


def test_iis_detection_is_also_reported_on_street_actions():
    rows = [
        external.iis_row({"Tipo de Protesta": "Bloqueo", "Represión": "Presencia policial"}, pred(ev("protest", "peaceful"))),
        external.iis_row({"Tipo de Protesta": "Marcha", "Represión": "Presencia policial"}, pred()),
        external.iis_row({"Tipo de Protesta": "Declaración pública", "Represión": "Presencia policial"}, pred()),
    ]
    s = external.score_iis(rows)
    assert s["street_rows"] == 2
    assert s["detection_rate_street"] == pytest.approx(0.5)
    assert s["detection_rate_other"] == 0.0
    assert s["detection_rate"] == pytest.approx(1 / 3)


def test_iis_repression_is_also_reported_on_street_actions():
    rows = [
        external.iis_row({"Tipo de Protesta": "Bloqueo", "Represión": "Uso de fuerza policial"},
                         pred(ev("protest", "intervention"))),
        external.iis_row({"Tipo de Protesta": "Marcha", "Represión": "Presencia policial"}, pred(ev("protest", "peaceful"))),
        external.iis_row({"Tipo de Protesta": "Declaración pública", "Represión": "No registrado o no existencia"},
                         pred(ev("protest", "intervention"))),
    ]
    s = external.score_iis(rows)
    assert s["repression"]["precision"] == pytest.approx(0.5)
    assert s["repression_street"]["precision"] == 1.0 and s["repression_street"]["recall"] == 1.0


def test_case_snippets_detection_and_sub_type():
    rows = [
        external.case_row({"SubType": "PEACE_PROTEST"}, pred(ev("protest", "peaceful"))),
        external.case_row({"SubType": "VIOL_DEMONSTR"}, pred(ev("protest", "peaceful"))),
        external.case_row({"SubType": "MOB_VIOL"}, pred()),
        external.case_row({"SubType": "ARMED_CLASH"}, pred(ev("riot", "violent_demonstration"))),
        external.case_row({"SubType": "AIR_STRIKE"}, pred(ev("strategic_development", "other"))),
    ]
    assert rows[0] == {"gold": "peaceful", "pred": "peaceful", "gold_armed": False, "set_aside": False, "claims": False}
    s = external.score_case(rows)
    assert s["snippets"] == 5 and s["gold_protest"] == 3
    assert (s["precision"], s["recall"]) == (2 / 3, 2 / 3)
    assert s["sub_type_accuracy"] == 0.5 and s["sub_type_accuracy_all"] == 1 / 3


def test_iis_mapped_detection_counts_set_aside_claims_making_per_action():
    rows = [
        external.iis_row({"Tipo de Protesta": "Marcha", "Represión": "Presencia policial"}, pred(ev("protest", "peaceful"))),
        external.iis_row({"Tipo de Protesta": "Declaración pública", "Represión": "Presencia policial"}, aside("claims_making")),
        external.iis_row({"Tipo de Protesta": "Declaración pública", "Represión": "Presencia policial"}, aside("bombing")),
        external.iis_row({"Tipo de Protesta": "Reunión con autoridades", "Represión": "Presencia policial"}, pred()),
    ]
    assert [r["claims"] for r in rows] == [False, True, False, False]
    s = external.score_iis(rows)
    assert s["detection_rate"] == pytest.approx(1 / 4)  # strict: demonstrations only
    assert s["detection_rate_mapped"] == pytest.approx(2 / 4)
    assert s["detection_rate_other_mapped"] == pytest.approx(1 / 3)
    assert list(s["by_action"]) == ["Declaración pública", "Marcha", "Reunión con autoridades"]  # largest first
    assert s["by_action"]["Declaración pública"] == {"rows": 2, "detection_rate": 0.0, "detection_rate_mapped": 0.5}
    assert s["by_action"]["Marcha"]["detection_rate_mapped"] == 1.0
