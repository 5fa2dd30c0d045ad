"""The extractor version follows the code and language data it runs."""

from __future__ import annotations

import re

import kipu.extract.version as version
from kipu import __version__
from kipu.extract.pipeline import Extractor


def test_version_is_release_plus_digest_and_stable():
    v = version.extractor_fingerprint()
    assert re.fullmatch(re.escape(__version__) + r"\+[0-9a-f]{%d}" % version.DIGEST_CHARS, v)
    version.extractor_fingerprint.cache_clear()
    assert version.extractor_fingerprint() == v == Extractor.version


def test_digest_covers_rules_words_and_gazetteer():
    paths = {p for pkg in version._PACKAGES for p, _ in version._files(pkg)}
    assert "kipu.extract/pipeline.py" in paths
    assert "kipu.lang/es/triggers.yaml" in paths
    assert any(p.startswith("kipu.geo/data/") for p in paths)
    assert not any("__pycache__" in p for p in paths)


def test_any_changed_file_changes_the_version(monkeypatch):
    before = version.extractor_fingerprint()
    real = version._files

    def edited(package):
        files = real(package)
        if package == "kipu.lang":
            files = [(p, d + b"\n# one more word\n" if p.endswith("es/cues.yaml") else d) for p, d in files]
        return files

    monkeypatch.setattr(version, "_files", edited)
    version.extractor_fingerprint.cache_clear()
    try:
        assert version.extractor_fingerprint() != before
    finally:
        monkeypatch.undo()
        version.extractor_fingerprint.cache_clear()
    assert version.extractor_fingerprint() == before
