"""Contentious incidents the guideline sets aside (armed militancy, bombings,
terror attacks, political killings): reported as diagnostics, never as events,
and only when a sentence tells one happening, not when it names a topic."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.evaluate.schema import validation_errors
from kipu.extract.pipeline import Extractor

DAY = date(2021, 6, 10)


def kinds(extractor: Extractor, text: str) -> list[str]:
    return [s.kind for s in extractor.extract(text, published=DAY, lang="en").set_aside]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Insurgents ambushed an army patrol near the northern border on Tuesday, killing five soldiers.", "armed_militancy"),
        ("A roadside bomb exploded next to a minibus outside the provincial capital on Monday, an official said.", "bombing"),
        ("Nine shoppers were killed in a terrorist attack on a market in the old town on Saturday.", "terror_attack"),
        ("The ward councillor, Themba Ndlovu, was shot dead outside his home on Sunday night.", "assassination"),
        ("Police are investigating the murder of two party branch leaders in the valley last week.", "assassination"),
        ("Rebels clashed with the army near the river crossing on Thursday.", "armed_militancy"),
        ("An explosion tore through a crowded bus station on Friday, killing four travellers.", "bombing"),
    ],
)
def test_a_told_incident_is_set_aside_not_an_event(extractor: Extractor, text: str, kind: str) -> None:
    result = extractor.extract(text, published=DAY, lang="en")
    assert result.events == []  # the guideline's events (and so the dev gold) do not change
    assert [s.kind for s in result.set_aside] == [kind]
    assert result.set_aside[0].evidence.text(text) == text


@pytest.mark.parametrize(
    "text",
    [
        # A topic, not an incident: no violent act told.
        "The new budget sets aside funds for fighting militants in the hills.",
        "Parliament debated a bill on the financing of terrorist groups.",
        # A threat or a plan is not an act.
        "The rebels threatened to attack the capital before the vote.",
        # Gunmen in a robbery are robbers.
        "Gunmen shot a shopkeeper during an armed robbery at his store on Friday.",
        # A speaker, not a victim, holds the office.
        "The mayor said two people were killed when a lorry overturned.",
        # Armies fighting from the air.
        "Warplanes struck positions held by militants overnight, the defence ministry said.",
        # An explosion in industry is an accident; weapons made safe were not used.
        "An explosion at a coal mine killed eleven miners on Monday, the company said.",
        "Army sappers defused a roadside bomb near the bridge and destroyed two more on Tuesday.",
        # A denial.
        "Officials said there was no reason to believe the rebel leader was killed.",
        # Those who oppose the group, named by it.
        "An anti-Islamic State coalition met in the capital and condemned violence that killed nobody.",
    ],
)
def test_no_incident_is_set_aside(extractor: Extractor, text: str) -> None:
    assert kinds(extractor, text) == []


def test_a_sentence_that_gave_a_demonstration_is_not_set_aside(extractor: Extractor) -> None:
    text = "Thousands of farmers marched in the town on Monday; a grenade thrown into the crowd wounded six marchers."
    result = extractor.extract(text, published=DAY, lang="en")
    assert any(e.type == "protest" for e in result.events)
    assert result.set_aside == []


def test_set_aside_is_in_the_output_line_and_it_stays_schema_valid(extractor: Extractor) -> None:
    text = "Militants attacked a police post in the district on Wednesday, wounding three officers."
    line = extractor.extract(text, published=DAY, lang="en", doc_id="d1").to_dict(text)
    assert line["events"] == []
    assert [(s["kind"], s["cue"], s["evidence"]) for s in line["set_aside"]] == [("armed_militancy", "Militants", text)]
    assert validation_errors(line) == []


def test_every_kind_the_extractor_can_report_is_in_the_schema_and_a_mapping() -> None:
    from kipu.evaluate import external
    from kipu.evaluate.schema import load_schema
    from kipu.extract import contention
    from kipu.extract.lexicon import load_lang_file

    from kipu.extract.claims import CLAIMS_KIND

    labels = {label for lang in ("en", "es") for label in load_lang_file(lang, "cues")["political_violence"]}
    kinds = {contention.ARMED_KIND, contention.BLAST_KIND} | (labels - {"blast"})
    assert kinds | {CLAIMS_KIND} == set(load_schema()["properties"]["set_aside"]["items"]["properties"]["kind"]["enum"])
    assert kinds == set(external.mapping()["glocon"]["contentious_set_aside"])
    assert {CLAIMS_KIND} == set(external.mapping()["iis_ucr"]["claims_set_aside"])
