"""tools/split_pipeline.py on a small pipeline.py: mapped methods move to their family's
mixin with their comments and decorators, unmapped ones stay, module-level helpers go
where their users are (two families: reader_base), and pipeline.py imports back what it
still uses. The lead re-runs the script on later trees, so it must keep working."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "tools" / "split_pipeline.py"

PIPELINE = '''"""A small pipeline."""

from __future__ import annotations

import re

from kipu.extract.document import SentenceView

SHARED_CONST = 3
_ONLY_DAYS = re.compile("x")


class Extractor:
    def extract(self) -> object:
        return _ArticleReader()


class _ArticleReader:
    """Reader."""

    def __init__(self) -> None:
        self.frames: list[int] = []

    def read(self, view: SentenceView) -> object:
        return self._when(view) or self._observe(view) or self._new_rule(view)

    def _new_rule(self, view: SentenceView) -> int:
        return SHARED_CONST

    def _when(self, view: SentenceView) -> object:
        return _ONLY_DAYS.match(view.text) and SHARED_CONST

    # the comment above _observe
    @staticmethod
    def _observe(view: SentenceView) -> int:
        return SHARED_CONST
'''


def run(root: Path) -> subprocess.CompletedProcess[str]:
    # ("--ruff true": the imports are checked here, not cleaned by ruff)
    return subprocess.run([sys.executable, str(SCRIPT), "--root", str(root), "--ruff", "true"], capture_output=True, text=True)


def test_split_moves_mapped_methods_and_keeps_the_rest(tmp_path: Path) -> None:
    extract = tmp_path / "src" / "kipu" / "extract"
    extract.mkdir(parents=True)
    (extract / "pipeline.py").write_text(PIPELINE, encoding="utf-8")
    assert run(tmp_path).returncode == 0
    assert sorted(p.name for p in extract.iterdir()) == ["pipeline.py", "reader_base.py", "reader_days.py", "reader_layout.py"]
    texts = {p.stem: p.read_text(encoding="utf-8") for p in extract.iterdir()}
    for text in texts.values():
        ast.parse(text)

    pipeline = texts["pipeline"]
    assert "class _ArticleReader(LayoutReading, DaysReading):" in pipeline
    assert "from kipu.extract.reader_base import SHARED_CONST\n" in pipeline
    assert "from kipu.extract.reader_days import DaysReading\n" in pipeline
    assert "def _new_rule(self" in pipeline and "def _when(" not in pipeline and "_observe(view: SentenceView)" not in pipeline
    assert "SHARED_CONST = 3" not in pipeline and "_ONLY_DAYS = " not in pipeline

    assert texts["reader_base"].endswith("\n\nSHARED_CONST = 3\n")
    days = texts["reader_days"]
    assert "\nimport re\n\nfrom kipu.extract.document import SentenceView\nfrom kipu.extract.reader_base import SHARED_CONST\n" in days
    assert "\n\n\n_ONLY_DAYS = re.compile(\"x\")\n\n\nclass DaysReading:\n" in days
    assert "    def _when(self, view: SentenceView) -> object:\n" in days
    layout = texts["reader_layout"]
    assert "\n    # the comment above _observe\n    @staticmethod\n    def _observe(view: SentenceView) -> int:\n" in layout
    assert "import re" not in layout

    # a tree split already is left alone
    again = run(tmp_path)
    assert again.returncode == 1 and "already has bases" in again.stderr
