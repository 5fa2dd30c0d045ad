"""The towns table builder maps GeoNames division names onto latam.yaml's."""

from __future__ import annotations

import gzip
import json

from kipu.geo.build_towns import build


def test_build_maps_divisions_and_drops_the_rest(tmp_path):
    rows = [
        {"country_code": "CO", "city": "Popayán", "latitude": 2.44, "longitude": -76.61, "population": 258653, "state": "Cauca Department"},
        {"country_code": "AR", "city": "Palermo", "latitude": -34.58, "longitude": -58.42, "population": 250000, "state": "Buenos Aires F.D."},
        {"country_code": "AR", "city": "Tiny", "latitude": -34.0, "longitude": -58.0, "population": 300, "state": "Buenos Aires"},
        {"country_code": "CO", "city": "Nowhere", "latitude": 0.0, "longitude": 0.0, "population": 5000, "state": "Atlantis"},
        {"country_code": "FR", "city": "Paris", "latitude": 48.85, "longitude": 2.35, "population": 2000000, "state": "Île-de-France"},
    ]
    source = tmp_path / "geocode.gz"
    with gzip.open(source, "wt", encoding="utf-8") as fh:
        json.dump(rows, fh)
    out = tmp_path / "towns.tsv"
    unmapped = build(source, out)
    lines = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    header, body = lines[0], lines[1:]
    assert header == ["id", "country", "name", "admin1", "lat", "lon", "population"]
    got = {(r[1], r[2], r[3]) for r in body}
    assert got == {("CO", "Popayán", "Cauca"), ("AR", "Palermo", "Ciudad Autonoma de Buenos Aires")}
    assert {r[0] for r in body} == {"CO-T-popayan", "AR-T-palermo"}
    assert unmapped == {("CO", "Atlantis"): 1}
