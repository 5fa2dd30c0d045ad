"""Dashboard charts as inline SVG: events per week by type, and the toll chart.

Built on the server from numbers, with escaped labels and CSS classes for
colour (the stylesheet holds the palette), so the charts work offline, print,
and satisfy a Content-Security-Policy without inline styles or scripts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from markupsafe import Markup, escape

TYPES = ("protest", "riot", "violence_against_civilians", "strategic_development")


def _nice_max(value: int) -> int:
    """A round axis maximum at or above ``value``."""
    if value <= 5:
        return max(value, 1)
    magnitude = 10 ** (len(str(value)) - 1)
    for step in (1, 2, 2.5, 5, 10):
        top = int(step * magnitude)
        if top >= value:
            return top
    return value


def weekly_bars(
    weeks: dict[date, Counter[str]], type_label: Callable[[str], str], title: str, week_label: Callable[[date], str]
) -> Markup:
    """Stacked bars, one per week that has events, coloured by type; a legend below."""
    width, height, left, bottom, top_pad = 640.0, 220.0, 34.0, 28.0, 8.0
    plot_h = height - bottom - top_pad
    out = [
        f'<svg class="chart" viewBox="0 0 {width:.0f} {height + 26:.0f}" role="img" aria-label="{escape(title)}" '
        'xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
    ]
    if not weeks:
        out.append("</svg>")
        return Markup("".join(out))
    first, last = min(weeks), max(weeks)
    n_weeks = (last - first).days // 7 + 1
    slot = (width - left - 6) / max(n_weeks, 1)
    bar = max(1.5, slot * 0.8)
    top = _nice_max(max(sum(c.values()) for c in weeks.values()))
    for tick in (0, top / 2, top):
        y = top_pad + plot_h - plot_h * tick / top
        out.append(f'<line class="grid" x1="{left}" x2="{width - 4}" y1="{y:.1f}" y2="{y:.1f}"/>')
        out.append(f'<text class="axis" x="{left - 4}" y="{y + 3:.1f}" text-anchor="end">{tick:g}</text>')
    for week, counts in weeks.items():
        i = (week - first).days // 7
        x = left + i * slot + (slot - bar) / 2
        y = top_pad + plot_h
        for t in (*TYPES, *sorted(set(counts) - set(TYPES))):
            n = counts.get(t, 0)
            if not n:
                continue
            h = plot_h * n / top
            y -= h
            tip = f"{week_label(week)}: {type_label(t)} {n}"
            out.append(
                f'<rect class="bar type-{escape(t)}" x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}">'
                f"<title>{escape(tip)}</title></rect>"
            )
    for when, anchor in ((first, "start"), (last, "end")):
        i = (when - first).days // 7
        x = left + i * slot + (slot / 2 if anchor == "start" else slot / 2)
        out.append(f'<text class="axis" x="{x:.1f}" y="{height - 10:.1f}" text-anchor="{anchor}">{escape(week_label(when))}</text>')
    lx = left
    for t in TYPES:
        out.append(f'<rect class="bar type-{t}" x="{lx:.0f}" y="{height + 8:.0f}" width="10" height="10"/>')
        label = type_label(t)
        out.append(f'<text class="legend" x="{lx + 14:.0f}" y="{height + 17:.0f}">{escape(label)}</text>')
        lx += 24 + 7 * len(label)
    out.append("</svg>")
    return Markup("".join(out))


@dataclass(frozen=True)
class TallyPoint:
    as_of: date
    value: int
    label: str
    href: str | None


@dataclass(frozen=True)
class TallySeries:
    name: str
    points: Sequence[TallyPoint]
    flags: Sequence[str] = ()


def toll_chart(series: TallySeries, title: str, date_label: Callable[[date], str], css: str = "series-0") -> Markup:
    """One tally series as a step line over time, on its own scale (series differ by orders of
    magnitude, so each gets a small chart); every point links to its source document."""
    width, height, left, bottom, top_pad = 640.0, 130.0, 48.0, 20.0, 10.0
    plot_w, plot_h = width - left - 12, height - bottom - top_pad
    out = [
        f'<svg class="chart toll" viewBox="0 0 {width:.0f} {height:.0f}" role="img" '
        f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
    ]
    pts = sorted(series.points, key=lambda p: (p.as_of, p.value))
    if not pts:
        out.append("</svg>")
        return Markup("".join(out))
    first, last = pts[0].as_of, pts[-1].as_of
    span = max((last - first).days, 1)
    top = _nice_max(max(p.value for p in pts))

    def xy(p: TallyPoint) -> tuple[float, float]:
        return left + plot_w * (p.as_of - first).days / span, top_pad + plot_h - plot_h * p.value / top

    for tick in (0, top / 2, top):
        y = top_pad + plot_h - plot_h * tick / top
        out.append(f'<line class="grid" x1="{left}" x2="{width - 8}" y1="{y:.1f}" y2="{y:.1f}"/>')
        out.append(f'<text class="axis" x="{left - 4}" y="{y + 3:.1f}" text-anchor="end">{tick:g}</text>')
    out.append(f'<text class="axis" x="{left}" y="{height - 4:.0f}">{escape(date_label(first))}</text>')
    out.append(f'<text class="axis" x="{width - 8}" y="{height - 4:.0f}" text-anchor="end">{escape(date_label(last))}</text>')
    coords = [xy(p) for p in pts]
    if len(coords) > 1:
        d = f"M{coords[0][0]:.1f},{coords[0][1]:.1f}" + "".join(f"H{x:.1f}V{y:.1f}" for x, y in coords[1:])
        out.append(f'<path class="line {css}" d="{d}"/>')
    for p, (x, y) in zip(pts, coords):
        dot = f'<circle class="dot {css}" cx="{x:.1f}" cy="{y:.1f}" r="4"><title>{escape(p.label)}</title></circle>'
        out.append(f'<a href="{escape(p.href)}">{dot}</a>' if p.href else dot)
    out.append("</svg>")
    return Markup("".join(out))
