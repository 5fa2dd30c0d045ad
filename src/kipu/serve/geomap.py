"""The dashboard map: Peru's departments and event markers as inline SVG.

Drawn on the server from the packaged, simplified boundaries
(``geo/peru_departments.geojson``, MPL-2.0, see ``geo/ATTRIBUTION.md``), so the
page needs no map library, no tiles and no network. Departments are shaded by
their number of events; each marker links to its event and carries a
``<title>`` tooltip. Every label is escaped; the SVG is built from numbers.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from markupsafe import Markup, escape

from kipu.textnorm import fold

WIDTH = 420.0
# Peru's extent in degrees, with a small margin.
LON_MIN, LON_MAX, LAT_MIN, LAT_MAX = -81.5, -68.4, -18.5, 0.2
_KX = math.cos(math.radians((LAT_MIN + LAT_MAX) / 2))
SCALE = WIDTH / ((LON_MAX - LON_MIN) * _KX)
HEIGHT = (LAT_MAX - LAT_MIN) * SCALE


@dataclass(frozen=True)
class Marker:
    lat: float
    lon: float
    label: str
    href: str
    css: str


def project(lon: float, lat: float) -> tuple[float, float]:
    """Equirectangular projection scaled to the SVG box (north up)."""
    return (lon - LON_MIN) * _KX * SCALE, (LAT_MAX - lat) * SCALE


@lru_cache(maxsize=1)
def departments() -> list[dict[str, Any]]:
    text = resources.files("kipu.serve").joinpath("geo", "peru_departments.geojson").read_text(encoding="utf-8")
    return json.loads(text)["features"]


@lru_cache(maxsize=1)
def _paths() -> list[tuple[str, str]]:
    """(department name, SVG path data), computed once."""
    out = []
    for f in departments():
        parts = []
        for poly in f["geometry"]["coordinates"]:
            for ring in poly:
                pts = [project(x, y) for x, y in ring]
                parts.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in pts) + "Z")
        out.append((f["properties"]["name"], "".join(parts)))
    return out


def _shade(n: int, top: int) -> str:
    if n <= 0:
        return "dept-0"
    return f"dept-{min(4, 1 + int(3 * n / max(top, 1)))}"


def peru_map(
    counts: dict[str, int],
    markers: Iterable[Marker],
    label: Callable[[str, int], str],
    title: str,
) -> Markup:
    """The SVG map; ``counts`` by admin1 name, ``label(name, n)`` for department tooltips."""
    folded = {fold(k): v for k, v in counts.items()}
    top = max(folded.values(), default=0)
    out = [
        f'<svg class="map" viewBox="0 0 {WIDTH:.0f} {HEIGHT:.0f}" role="img" aria-label="{escape(title)}" '
        'xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
    ]
    for name, d in _paths():
        n = folded.get(fold(name), 0)
        out.append(f'<path class="dept {_shade(n, top)}" d="{d}"><title>{escape(label(name, n))}</title></path>')
    for m in markers:
        x, y = project(m.lon, m.lat)
        if not (0 <= x <= WIDTH and 0 <= y <= HEIGHT):
            continue
        out.append(
            f'<a href="{escape(m.href)}"><circle class="marker {escape(m.css)}" cx="{x:.1f}" cy="{y:.1f}" r="4">'
            f"<title>{escape(m.label)}</title></circle></a>"
        )
    out.append("</svg>")
    return Markup("".join(out))
