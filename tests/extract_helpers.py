"""Helpers shared by the extraction tests that read a short article: one
extractor for them all, a headline before the body (the first line of an
article is its title, so the body's first sentence is read as a lead)."""

from __future__ import annotations

from datetime import date

from kipu.extract.pipeline import Extractor
from kipu.model import EventMention, Extraction

EX = Extractor()


def extract(body: str, lang: str, published: date, headline: str = "Headline") -> Extraction:
    """The extraction of ``body`` under ``headline``, published on ``published``."""
    return EX.extract(headline + "\n\n" + body + "\n", published=published, lang=lang)


def events(body: str, lang: str, published: date) -> list[EventMention]:
    return extract(body, lang, published).events


def one_event(body: str, lang: str, published: date) -> EventMention:
    """The one event of ``body`` (fails when there are none or several)."""
    (event,) = events(body, lang, published)
    return event
