"""Building an Extractor builds every lazily made table of the extraction path
(kipu.extract.warmup), so no article pays for start-up: in a fresh process,
the articles read after ``Extractor()`` compile no regex and miss no declared
builder's cache. Run in a child process, where nothing was built before."""

from __future__ import annotations

import json
import subprocess
import sys

CHILD = r"""
import json, re._compiler as rc
from datetime import date
from kipu.corpus import sample_path
from kipu.extract import places, warmup, wordgate
from kipu.extract.pipeline import SUPPORTED, Extractor

built_before = [f.cache_info().currsize for f in warmup.declared()]
ex = Extractor()
per_language = [(f.cache_info().currsize, len(v)) for f, v in warmup._PER_LANGUAGE]
once = [f.cache_info().currsize for f in warmup._ONCE]
misses = [f.cache_info().misses for f in warmup.declared()]
compiled = []
original = rc.compile
rc.compile = lambda p, flags=0: compiled.append(p) or original(p, flags)
texts = [
    ("Los transportistas de Juliaca cumplen 12 días de paro y bloquean la carretera a Puno. "
     "Uno de los heridos fue llevado al hospital Carlos Monge Medrano, informó la Defensoría el 9 de enero.", "es"),
    ("Ayer, 15 de enero, unas 3,000 personas marcharon en Cusco hasta que el Gobierno atienda sus pedidos; "
     "la huelga terminó tras 20 días.", "es"),
    ("Protesters in Ilave held the road to Desaguadero for a third week on 20 January 2023; "
     "one of the injured, a 24-year-old, died on Friday after 4 days in hospital.", "en"),
    ("The blockade has lasted 30 days, the Ombudsman's Office said, and the strike ended on Monday.", "en"),
]
texts += [(json.loads(line)["text"], json.loads(line)["lang"]) for line in open(sample_path(), encoding="utf-8") if line.strip()]
events = sum(len(ex.extract(t, published=date(2023, 1, 21), lang=lang).events) for t, lang in texts)
rc.compile = original
print(json.dumps({
    "languages": list(SUPPORTED),
    "built_before": sum(built_before),
    "per_language": per_language,
    "once": once,
    "new_misses": sum(f.cache_info().misses for f in warmup.declared()) - sum(misses),
    "compiled": len(compiled),
    "gates": [wordgate.shared_gate(lang)._gate is not None for lang in SUPPORTED],
    "resolver": places._RESOLVER is not None,
    "events": events > 0,
}))
"""


def _child() -> dict:
    proc = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_building_an_extractor_leaves_nothing_to_build_on_first_articles() -> None:
    facts = _child()
    assert facts["languages"] == ["en", "es"]
    # nothing is built at import; Extractor() builds each declared builder for each language
    assert facts["built_before"] == 0
    assert facts["per_language"] == [[2 * n, n] for _, n in facts["per_language"]]
    assert {n for _, n in facts["per_language"]} == {1, 2}  # _so_far (day, week) and _destination_words (heading or not)
    assert facts["once"] == [1] * len(facts["once"])
    assert len(facts["per_language"]) == 38
    assert len(facts["once"]) == 14
    # the articles read after it (our own four and the 30 bundled samples) build nothing more
    assert facts["new_misses"] == 0
    assert facts["compiled"] == 0
    assert facts["gates"] == [True, True]
    assert facts["resolver"] is True
    assert facts["events"] is True
