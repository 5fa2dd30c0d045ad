"""Build ``geo/peru_departments.geojson``: a small department map for the dashboard.

Run once by a developer (``python -m kipu.serve.build_map ../shared/geo``); the
output is committed so that nothing is read from outside the package at run
time. Rings are simplified with Douglas-Peucker (tolerance in degrees) and
coordinates rounded to 3 decimals (about 100 m), which keeps the file small
while the outline stays recognisable at dashboard size. Department names are
taken from the gazetteer so they match events' ``admin1``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

TOLERANCE = 0.03
OUT = Path(__file__).with_name("geo") / "peru_departments.geojson"


def _perp(p: list[float], a: list[float], b: list[float]) -> float:
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    return abs(dy * x - dx * y + x2 * y1 - y2 * x1) / (dx * dx + dy * dy) ** 0.5


def simplify(points: list[list[float]], tol: float) -> list[list[float]]:
    """Douglas-Peucker, iterative (rings can be long)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        i, j = stack.pop()
        best, idx = 0.0, -1
        for k in range(i + 1, j):
            d = _perp(points[k], points[i], points[j])
            if d > best:
                best, idx = d, k
        if best > tol and idx > 0:
            keep[idx] = True
            stack.extend([(i, idx), (idx, j)])
    return [p for p, k in zip(points, keep) if k]


def _ring(ring: list[list[float]]) -> list[list[float]] | None:
    out: list[list[float]] = []
    for x, y, *_ in simplify(ring, TOLERANCE):
        pt = [round(x, 3), round(y, 3)]
        if not out or out[-1] != pt:
            out.append(pt)
    return out if len(out) >= 4 else None


def department_names() -> dict[str, str]:
    """UBIGEO department code -> gazetteer spelling (accents, e.g. Apurímac)."""
    names: dict[str, str] = {}
    path = Path(__file__).parents[1] / "geo" / "data" / "peru_ubigeo.tsv"
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    header = lines[0].split("\t")
    for line in lines[1:]:
        row = dict(zip(header, line.split("\t")))
        if row.get("kind") == "department":
            names[row["id"].removeprefix("PE-")] = row["name"]
    return names


def build(source_dir: Path) -> dict:
    src = json.loads((source_dir / "peru_departamental_simple.geojson").read_text(encoding="utf-8"))
    names = department_names()
    features = []
    for f in src["features"]:
        g = f["geometry"]
        polys = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
        out_polys = []
        for poly in polys:
            rings = [r for r in (_ring(r) for r in poly) if r]
            if rings:
                out_polys.append(rings)
        code = f["properties"]["FIRST_IDDP"]
        name = names.get(code) or f["properties"]["NOMBDEP"].title()
        features.append(
            {"type": "Feature", "properties": {"code": code, "name": name}, "geometry": {"type": "MultiPolygon", "coordinates": out_polys}}
        )
    return {"type": "FeatureCollection", "features": features}


if __name__ == "__main__":
    data = build(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/geo"))
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")
