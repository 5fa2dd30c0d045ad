"""No word list of the lexicon files holds a term twice.

Helpers merging rules from two branches had written the same phrase twice
into one list (an officer "burned to death" in mob_violence, "downed tools"
in strike): harmless to the matcher, but a reader editing one copy leaves the
other, and the lists stop saying what they mean."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

LANG = Path(__file__).resolve().parents[1] / "src" / "kipu" / "lang"


def _repeats(node: Any, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], str]]:
    if isinstance(node, dict):
        return [r for k, v in node.items() for r in _repeats(v, (*path, str(k)))]
    if isinstance(node, list):
        counts = Counter(w for w in node if isinstance(w, str))
        return [(path, w) for w, n in counts.items() if n > 1]
    return []


@pytest.mark.parametrize("path", sorted(LANG.glob("*/*.yaml")), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_list_repeats_a_term(path):
    assert _repeats(yaml.safe_load(path.read_text(encoding="utf-8"))) == []
