"""The JSON Schema of a `kipu extract` line, and a validator for it.

The schema (``schema.json`` beside this module) encodes the guideline's
fields and controlled vocabularies, so a consumer of kipu's output, or a test,
can check a line without reading kipu's code.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def load_schema() -> dict[str, Any]:
    """The extraction-line schema (JSON Schema 2020-12)."""
    return json.loads(resources.files("kipu.evaluate").joinpath("schema.json").read_text("utf-8"))


def validation_errors(record: Any, definition: str | None = None) -> list[str]:
    """Human-readable schema violations of ``record`` (empty when valid).

    ``definition`` validates against one ``$defs`` entry instead (e.g.
    ``"event"``), which lets gold events be checked with the same rules.
    """
    from jsonschema import Draft202012Validator

    schema = load_schema()
    if definition is not None:
        schema = {**schema, "$ref": f"#/$defs/{definition}"}
        schema.pop("required", None)
        schema.pop("properties", None)
        schema.pop("type", None)
    validator = Draft202012Validator(schema)
    return [
        f"{'/'.join(str(p) for p in err.absolute_path) or '<root>'}: {err.message}"
        for err in sorted(validator.iter_errors(record), key=lambda e: list(map(str, e.path)))
    ]
