"""Exports of the sample corpus: ACLED CSV, GeoJSON (RFC 7946), JSONL, Parquet, DataFrame."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import jsonschema
import pandas as pd
import pytest
from rich.console import Console
from sqlalchemy import select

from kipu.cli.ingest_cmd import run_ingest
from kipu.corpus import sample_path
from kipu.export import FORMATS, acled_columns, events_frame, write_export
from kipu.export.acled import acled_fatalities, crowd_tag, time_precision
from kipu.ingest.readers import read_inputs
from kipu.store import Store
from kipu.store.filters import EventFilter
from kipu.store.tables import DocumentRow, EventRow

# ACLED's 31 columns, in ACLED's order, as the issue states them.
ACLED_HEADER = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,"
    "inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,"
    "location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp"
).split(",")
SCHEMA = json.loads((Path(__file__).parent / "data" / "rfc7946_events.schema.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('export') / 'sample.sqlite'}"
    run_ingest(read_inputs([str(sample_path())]), url, extract=True, console=Console(quiet=True))
    with Store.open(url) as opened:
        yield opened


def _export(store: Store, fmt: str, filters: EventFilter | None = None) -> tuple[int, bytes]:
    buffer = io.BytesIO()
    with store.session() as s:
        n = write_export(s, fmt, buffer, filters)
    return n, buffer.getvalue()


def _acled(store: Store, filters: EventFilter | None = None) -> tuple[list[str], list[dict[str, str]]]:
    _, data = _export(store, "acled", filters)
    reader = csv.DictReader(io.StringIO(data.decode("utf-8")))
    return list(reader.fieldnames or []), list(reader)


def test_acled_header_is_exactly_acleds(store):
    header, rows = _acled(store)
    assert header == ACLED_HEADER == acled_columns()
    assert len(header) == 31
    with store.session() as s:
        assert len(rows) == s.query(EventRow).count() > 20


@pytest.mark.shared
def test_acled_header_matches_acleds_own_file(shared_dir):
    with (shared_dir / "eval" / "data" / "acled_latam_2022h1_no_peru.csv").open(encoding="utf-8") as fh:
        theirs = next(csv.reader(fh))
    # The shared file adds one column of its own (which test file a row came from) at the end.
    assert theirs[: len(ACLED_HEADER)] == acled_columns()


def test_acled_rows_follow_acled_conventions(store):
    _, rows = _acled(store)
    types = {
        "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
        "Riots": {"Violent demonstration", "Mob violence"},
        "Violence against civilians": {"Attack"},
        "Strategic developments": {"Arrests", "Other"},
    }
    for row in rows:
        assert row["event_id_cnty"].startswith("PER") and row["country"] == "Peru" and row["iso"] == "604"
        assert row["region"] == "South America"
        assert row["sub_event_type"] in types[row["event_type"]]
        assert row["time_precision"] in {"1", "2", "3"} and row["geo_precision"] in {"1", "2", "3"}
        assert int(row["fatalities"]) >= 0
        assert date.fromisoformat(row["event_date"]).year == int(row["year"])
        inter1, inter2 = int(row["inter1"]), int(row["inter2"])
        expected = inter1 * 10 if inter2 == 0 else min(inter1, inter2) * 10 + max(inter1, inter2)
        assert int(row["interaction"]) == expected
        assert row["source"] and row["notes"].startswith("On ") and "kipu event" in row["notes"]
        if row["event_type"] in ("Protests", "Riots"):
            assert row["tags"].startswith("crowd size=")
        if row["latitude"]:
            assert -19 < float(row["latitude"]) < 0 and -82 < float(row["longitude"]) < -68  # Peru
    assert any(r["sub_event_type"] == "Excessive force against protesters" and int(r["fatalities"]) > 0 for r in rows)


@pytest.mark.shared
def test_an_acled_analysis_runs_unchanged_on_the_export(store, shared_dir):
    """The same pandas code over ACLED's own file and kipu's export gives comparable tables."""

    def analysis(df: pd.DataFrame) -> pd.DataFrame:
        df = df.assign(month=pd.to_datetime(df["event_date"]).dt.to_period("M"))
        return df.groupby(["event_type", "month"]).agg(events=("event_id_cnty", "count"), deaths=("fatalities", "sum"))

    _, data = _export(store, "acled")
    ours = pd.read_csv(io.BytesIO(data))
    theirs = pd.read_csv(shared_dir / "eval" / "data" / "acled_latam_2022h1_no_peru.csv")
    for df in (ours, theirs):
        table = analysis(df)
        assert len(table) > 0 and table["deaths"].dtype.kind in "if"
    for column in ("year", "time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision", "fatalities"):
        assert ours[column].dtype.kind in "if" and theirs[column].dtype.kind in "if", column


def test_vague_counts_time_precision_and_crowd_tags_as_acled_codes_them():
    event = {"type": "protest", "sub_type": "peaceful"}
    assert acled_fatalities({**event, "fatalities": {"value": 24, "qualifier": "at_least"}}) == 12  # "dozens"
    assert acled_fatalities({**event, "fatalities": {"value": 200, "qualifier": "at_least"}}) == 100  # "hundreds"
    assert acled_fatalities({**event, "fatalities": {"value": 24, "qualifier": "exact"}}) == 24
    assert acled_fatalities({**event, "fatalities": None}) == 0
    day = {"start": "2023-01-09", "end": "2023-01-09"}
    assert time_precision({"date": day, "date_precision": "day"}) == 1
    assert time_precision({"date": {"start": "2023-01-09", "end": "2023-01-11"}, "date_precision": "day"}) == 2
    assert time_precision({"date": {"start": "2023-01-01", "end": "2023-01-31"}, "date_precision": "month"}) == 3
    assert crowd_tag({**event, "participants": {"low": 2000, "high": 9999, "qualifier": "about"}}) == (
        "crowd size=between 2000 and 9999"
    )
    assert crowd_tag({**event, "participants": {"low": 500, "high": 500, "qualifier": "about"}}) == "crowd size=around 500"
    assert crowd_tag({"type": "strategic_development", "sub_type": "other"}) == ""


def test_geojson_validates_per_rfc7946(store):
    n, data = _export(store, "geojson")
    collection = json.loads(data)
    jsonschema.validate(collection, SCHEMA)
    assert n == len(collection["features"]) > 10
    west, south, east, north = collection["bbox"]
    assert west <= east and south <= north
    ids = set()
    for feature in collection["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert west <= lon <= east and south <= lat <= north
        assert -82 < lon < -68 and -19 < lat < 0  # [longitude, latitude] order, inside Peru
        assert feature["properties"]["type"] and feature["properties"]["sources"]
        ids.add(feature["id"])
    assert len(ids) == n


def test_geojson_schema_rejects_what_rfc7946_forbids():
    good = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "id": 1, "geometry": {"type": "Point", "coordinates": [-70.1, -15.5]}, "properties": {}}
    ]}
    jsonschema.validate(good, SCHEMA)
    swapped = json.loads(json.dumps(good))
    swapped["features"][0]["geometry"]["coordinates"] = [-15.5, -170.1]  # latitude first
    with_crs = {**good, "crs": {"type": "name", "properties": {"name": "EPSG:4326"}}}
    no_properties = {"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": None}]}
    for bad in (swapped, with_crs, no_properties):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(bad, SCHEMA)


def test_jsonl_carries_every_claim_with_its_evidence(store):
    n, data = _export(store, "jsonl")
    lines = [json.loads(line) for line in data.decode("utf-8").splitlines()]
    assert n == len(lines)
    with store.session() as s:
        texts = {doc: text for doc, text in s.execute(select(DocumentRow.doc_id, DocumentRow.text))}
    claims = 0
    for event in lines:
        assert event["sources"] and event["fields"]["type"]["claims"]
        for field, explanation in event["fields"].items():
            for claim in explanation["claims"]:
                start, end = claim["evidence_span"]
                assert texts[claim["doc_id"]][start:end] == claim["evidence"]
                claims += 1
    assert claims > n * 3
    multi = [e for e in lines if e["n_documents"] > 1 and "fatalities" in e["fields"]]
    assert multi and all("range" in e["fields"]["fatalities"] for e in multi)


def test_parquet_reads_back_in_pandas_like_the_frame(store, tmp_path):
    path = tmp_path / "events.parquet"
    with store.session() as s:
        n = write_export(s, "parquet", path)
        frame = events_frame(s)
    back = pd.read_parquet(path)
    assert n == len(back) == len(frame)
    assert list(back.columns) == list(frame.columns)
    assert back["date_start"].dtype.kind == "M" and str(back["fatalities"].dtype) == "Int64"
    assert back["id"].tolist() == frame["id"].tolist()
    assert all(list(x) == list(y) for x, y in zip(back["sources"], frame["sources"]))


def test_frame_has_one_row_per_event_with_ranges(store):
    with store.session() as s:
        frame = events_frame(s)
        assert len(frame) == s.query(EventRow).count()
    assert frame["id"].is_unique
    counted = frame.dropna(subset=["fatalities"])
    assert len(counted) > 0
    assert (counted["fatalities_low"] <= counted["fatalities"]).all()
    assert (counted["fatalities"] <= counted["fatalities_high"]).all()


def test_filters_apply_to_every_format(store):
    puno = EventFilter(admin1="Puno")
    _, rows = _acled(store, puno)
    assert rows and {r["admin1"] for r in rows} == {"Puno"}
    january = EventFilter(date_from=date(2023, 1, 1), date_to=date(2023, 1, 31), type="protest")
    with store.session() as s:
        frame = events_frame(s, january)
    assert len(frame) > 0 and set(frame["type"]) == {"protest"}
    assert (frame["date_start"] <= pd.Timestamp("2023-01-31")).all()
    assert (frame["date_end"] >= pd.Timestamp("2023-01-01")).all()
    for fmt in FORMATS:
        n, _ = _export(store, fmt, EventFilter(review_status=("verified",)))
        assert n == 0  # nothing is verified yet


def test_sensitive_and_status_filters(store):
    with store.session() as s:
        event = s.scalars(select(EventRow).order_by(EventRow.id)).first()
        event.sensitive, event.review_status = True, "verified"
        s.commit()
        target = event.id
    try:
        n_public, _ = _export(store, "jsonl")
        n_all, data = _export(store, "jsonl", EventFilter(include_sensitive=True))
        assert n_all == n_public + 1
        assert target in {json.loads(x)["id"] for x in data.decode().splitlines()}
        _, verified = _export(store, "jsonl", EventFilter(review_status=("verified",), include_sensitive=True))
        assert [json.loads(x)["id"] for x in verified.decode().splitlines()] == [target]
    finally:
        with store.session() as s:
            event = s.get(EventRow, target)
            event.sensitive, event.review_status = False, "new"
            s.commit()


def test_unknown_format_is_refused(store):
    with store.session() as s, pytest.raises(ValueError, match="acled"):
        write_export(s, "shapefile", io.BytesIO())
