"""Builders of the extraction path's language tables, run when an Extractor is made.

Rules build their regexes and word sets from the language YAML the first time
they are asked, and keep them. Left to first use, that cost falls inside
whichever article first needs the rule: in a fresh process the first articles
to tell a run of days, a held road or a subjunctive clause each pay a few
milliseconds of regex compiling, which is start-up, not extraction (a quarter
of a single pass over the 30 bundled sample articles). So such a builder is
declared here instead of with a bare ``lru_cache``:

- ``@per_language``: a builder whose first argument is the language code
  (``variants`` lists the further arguments it is asked with, if any);
- ``@once``: a builder of no argument (word sets merged over every language).

Both keep every result (``lru_cache`` without a bound: a few entries per
language). :func:`build_all` calls each declared builder for a language;
``kipu.extract.pipeline.warm`` calls it along with the shared objects that are
no such builder (lexicon automaton, gazetteer, place resolver, the date and
number gate), and ``Extractor()`` warms every supported language. A builder
left out of the declaration is caught by ``tests/test_extract_warm_start.py``
(a cold process's first articles compile no regex).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Callable, TypeVar, cast

F = TypeVar("F", bound=Callable[..., Any])
_PER_LANGUAGE: list[tuple[Any, tuple[tuple[object, ...], ...]]] = []
_ONCE: list[Any] = []


def per_language(fn: F | None = None, *, variants: tuple[tuple[object, ...], ...] = ((),)) -> Any:
    """Cache ``fn`` (first argument: a language code) and have it built for each
    language at warm-up, once per tuple of further arguments in ``variants``."""

    def declare(f: F) -> F:
        cached = lru_cache(maxsize=None)(f)
        _PER_LANGUAGE.append((cached, variants))
        return cast(F, cached)

    return declare(fn) if fn is not None else declare


def once(fn: F) -> F:
    """Cache ``fn`` (no argument) and have it built at warm-up."""
    cached = lru_cache(maxsize=None)(fn)
    _ONCE.append(cached)
    return cast(F, cached)


def declared() -> tuple[Any, ...]:
    """Every declared builder (the cached functions), per language ones first."""
    return tuple(f for f, _ in _PER_LANGUAGE) + tuple(_ONCE)


def build_all(lang: str) -> None:
    """Call every declared builder for ``lang`` (and every argument-less one)."""
    for f, variants in _PER_LANGUAGE:
        for extra in variants:
            f(lang, *extra)
    for f in _ONCE:
        f()
