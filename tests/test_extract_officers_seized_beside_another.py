"""Officers seized or beaten by a crowd as the second of two joined objects
("comuneros retuvieron a un fiscal y a dos policías", "golpearon a un
periodista y a un policía") are the crowd's victims as when named alone: mob
violence. Only two words were allowed between the verb and the officers, so
the first sentence came out a plain riot and the second as nothing."""

from __future__ import annotations

from datetime import date

import pytest

from kipu.extract.pipeline import Extractor

EX = Extractor()


@pytest.mark.parametrize(
    "text",
    [
        "El martes, en Ilave, comuneros retuvieron a un fiscal y a dos policías.",
        "El martes, en Ilave, comuneros golpearon a un periodista y a un policía.",
    ],
)
def test_the_joined_officers_are_seized(text):
    out = EX.extract(text, published=date(2023, 1, 18), lang="es")
    assert [(e.type, e.sub_type, e.place.name, e.date.start, e.state_response) for e in out.events] == [
        ("riot", "mob_violence", "Ilave", date(2023, 1, 17), []),
    ]
