"""Generate a benchmark corpus of realistic-length articles (~800 words, es and en).

Why generated: kipu may ship only text it wrote, and throughput must be
measured on articles as long as real news (the bundled sample articles are
short). Every sentence comes from our own templates in
``benchmarks/data/generator.yaml``, filled with real Peruvian places and dates
in the study period; a seed makes the corpus reproducible. Each article has a
lede and a few event sentences among background paragraphs, roughly the mix
of a regional news story.

    .venv/bin/python benchmarks/generate.py 1000 benchmarks/out/gen1000.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

TEMPLATES = Path(__file__).with_name("data") / "generator.yaml"
START, END = date(2022, 12, 7), date(2024, 11, 30)
TARGET_WORDS = 800


def _load() -> dict[str, Any]:
    return yaml.safe_load(TEMPLATES.read_text(encoding="utf-8"))


class _Filler:
    """Fills template slots for one article (one incident place and date)."""

    def __init__(self, data: dict[str, Any], lang: str, rng: random.Random, when: date) -> None:
        self.data, self.lang, self.rng = data, lang, rng
        self.town, self.region = rng.choice(data["places"])
        self.when = when
        self.actor = rng.choice(data[lang]["actors"])

    def slots(self) -> dict[str, Any]:
        r, d, lang = self.rng, self.data, self.lang
        town2, _ = r.choice(d["places"])
        day = self.when
        return {
            "town": self.town,
            "region": self.region,
            "town2": town2,
            "day": day.day,
            "month": d[lang]["months"][day.month - 1],
            "year": r.choice([2021, 2022, 2023]),
            "actor": self.actor,
            "actor_cap": self.actor[:1].upper() + self.actor[1:],
            "demand": r.choice(d[lang]["demands"]),
            "crowd": r.choice([200, 300, 500, 800, 1000, 1500, 2000]),
            "dead": r.randint(1, 9),
            "injured": r.randint(3, 60),
            "arrested": r.randint(2, 40),
            "name": r.choice(d["names"]),
            "sector": d[lang]["sectors"][r.choice(d["sectors"])],
            "barrio": r.choice(d[lang]["barrios"]),
            "money": r.randint(2, 900),
            "small": r.randint(2, 9),
            "small2": r.randint(3, 15),
            "weeks": r.randint(2, 8),
            "hours": r.randint(3, 120),
            "pct": r.randint(12, 58),
            "thousands": r.randint(1, 40) * 1000 + r.randint(0, 999),
        }

    def fill(self, template: str) -> str:
        return template.format(**self.slots())


def article(data: dict[str, Any], lang: str, rng: random.Random, n: int, words: int = TARGET_WORDS) -> dict[str, Any]:
    """One article as a kipu JSONL row (``doc_id``, ``published``, ``lang``, ``title``, ``text``)."""
    when = START + timedelta(days=rng.randrange((END - START).days))
    published = when + timedelta(days=rng.randint(0, 2))
    f = _Filler(data, lang, rng, when)
    t = data[lang]
    paragraphs = [f.fill(rng.choice(t["lede"])) + " " + f.fill(rng.choice(t["event"]))]
    events_left = rng.randint(1, 3)
    count = len(paragraphs[0].split())
    while count < words:
        sentences = [f.fill(rng.choice(t["filler"])) for _ in range(rng.randint(2, 4))]
        if events_left and rng.random() < 0.35:
            sentences.insert(rng.randrange(len(sentences) + 1), f.fill(rng.choice(t["event"])))
            events_left -= 1
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    return {
        "doc_id": f"gen-{lang}-{n:07d}",
        "published": published.isoformat(),
        "lang": lang,
        "source": "kipu-generator",
        "title": f.fill(rng.choice(t["titles"])),
        "text": "\n\n".join(paragraphs),
    }


def generate(n: int, seed: int = 1, words: int = TARGET_WORDS) -> Iterator[dict[str, Any]]:
    """``n`` articles, alternating Spanish and English, reproducible from ``seed``."""
    data = _load()
    rng = random.Random(seed)
    for i in range(n):
        yield article(data, "es" if i % 2 == 0 else "en", rng, i, words)


def write(n: int, path: Path, seed: int = 1, words: int = TARGET_WORDS) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for row in generate(n, seed, words):
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--words", type=int, default=TARGET_WORDS)
    args = parser.parse_args(argv)
    write(args.n, args.out, args.seed, args.words)
    print(f"wrote {args.n} articles to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
