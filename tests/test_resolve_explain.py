"""Per-field explanation: conservative, range, latest authoritative, revision history."""

from __future__ import annotations

import random
from datetime import date

from sqlalchemy import select

from kipu.model import DateRange, Document, EventMention, Extraction, Figure, Place, Span
from kipu.resolve import explain_event, resolve
from kipu.resolve.explain import ClaimView, authority_of, explain_claims
from kipu.store import Repository, Store
from kipu.store.tables import ClaimRow, EventRow

DAY = date(2023, 1, 9)
# (published, toll, qualifier, attributed to): the Juliaca toll as it was revised.
REPORTS = [
    (date(2023, 1, 9), 9, "at_least", None),
    (date(2023, 1, 9), 14, "exact", "Defensoría del Pueblo"),
    (date(2023, 1, 10), 17, "exact", "según el Minsa"),
    (date(2023, 1, 12), 18, "exact", None),
]


def _load(tmp_path, order) -> Store:
    store = Store.open(f"sqlite:///{tmp_path / 'explain.sqlite'}")
    with store.session() as s:
        repo = Repository(s)
        for i in order:
            published, toll, qualifier, source = REPORTS[i]
            text = f"Informe {i}: en Juliaca murieron {toll} personas durante la protesta del lunes."
            mention = EventMention(
                type="protest",
                sub_type="excessive_force",
                evidence=Span(0, len(text)),
                date=DateRange(DAY, DAY),
                place=Place(name="Juliaca", admin1="Puno", admin2="San Román", precision="district", lat=-15.5, lon=-70.13),
                fatalities=Figure(toll, toll, qualifier, attributed_to=source),
                spans={"fatalities": [Span(text.index(str(toll)), text.index(str(toll)) + len(str(toll)))]},
            )
            added = repo.add_document(Document(text=text, doc_id=f"r{i}", lang="es", published=published, source=f"outlet {i}"))
            repo.save_extraction(added.document_id, Extraction(doc_id=f"r{i}", lang="es", events=[mention]), "t")
        resolve(s)
        s.commit()
    return store


def test_toll_readings_and_revision_history(tmp_path):
    store = _load(tmp_path, range(len(REPORTS)))
    with store.session() as s:
        (event,) = s.scalars(select(EventRow)).all()
        fatalities = explain_event(s, event.id)["fatalities"]
    assert fatalities["policy"] == "conservative"
    assert fatalities["shown"] == {"value": 14, "qualifier": "exact"} == fatalities["conservative"]
    assert fatalities["range"] == {"low": 9, "high": 18, "sources": 4}
    assert fatalities["revisions"] == [9, 14, 17, 18]
    # The health ministry (official) outranks the unattributed 18, and is later than the Defensoría's 14.
    latest = fatalities["latest_authoritative"]
    assert (latest["value"]["value"], latest["authority"], latest["doc_id"]) == (17, "official", "r2")
    assert [h["published"] for h in fatalities["history"]] == sorted(h["published"] for h in fatalities["history"])
    claim = next(c for c in fatalities["claims"] if c["doc_id"] == "r3")
    assert claim["evidence"] == "18" and claim["source"] == "outlet 3"


def test_explanation_does_not_depend_on_order(tmp_path):
    reference = None
    for n, seed in enumerate((1, 2, 3)):
        order = list(range(len(REPORTS)))
        random.Random(seed).shuffle(order)
        (tmp_path / str(n)).mkdir()
        store = _load(tmp_path / str(n), order)
        with store.session() as s:
            (event,) = s.scalars(select(EventRow)).all()
            got = explain_event(s, event.id)["fatalities"]
        readings = (got["shown"], got["range"], got["revisions"], got["latest_authoritative"]["doc_id"])
        reference = reference or readings
        assert readings == reference
        store.close()


def test_manual_claim_wins_and_is_reported(tmp_path):
    store = _load(tmp_path, range(len(REPORTS)))
    with store.session() as s:
        (event,) = s.scalars(select(EventRow)).all()
        s.add(ClaimRow(event_id=event.id, field="fatalities", value={"value": 18, "qualifier": "exact"},
                       qualifier="exact", is_manual=True, author="ana"))
        s.flush()
        fatalities = explain_event(s, event.id)["fatalities"]
    assert fatalities["policy"] == "manual"
    assert fatalities["shown"] == {"value": 18, "qualifier": "exact"}
    assert fatalities["conservative"] == {"value": 14, "qualifier": "exact"}  # still shown beside it
    assert fatalities["latest_authoritative"]["manual"] is True


def _claim(attributed_to, manual=False):
    return ClaimView(1, "fatalities", {"value": 1, "qualifier": "exact"}, "exact", manual, 1, "d", None, None,
                     None, None, None, attributed_to, None)


def test_authority_levels_come_from_the_data_file():
    assert authority_of(_claim("según la Defensoría del Pueblo"))[1] == "official"
    assert authority_of(_claim("Amnesty International"))[1] == "human_rights_body"
    assert authority_of(_claim("un vecino"))[1] == "other_attributed"
    assert authority_of(_claim(None))[1] == "outlet"
    assert authority_of(_claim(None, manual=True))[1] == "manual"


def test_non_count_fields_show_policy_and_all_claims():
    claims = [
        ClaimView(i, "type", {"type": "protest", "sub_type": sub}, None, False, i, f"d{i}", None, None, None, None,
                  None, None, None)
        for i, sub in enumerate(("peaceful", "excessive_force", "intervention"))
    ]
    got = explain_claims(claims)["type"]
    assert got["shown"] == {"type": "protest", "sub_type": "excessive_force"}
    assert len(got["claims"]) == 3 and "severe" in got["rule"]
