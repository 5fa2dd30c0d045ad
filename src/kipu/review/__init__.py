"""Review: what analysts do to events, each change written to the append-only audit log.

:mod:`kipu.review.actions` holds the operations (status, sensitive flag,
manual field edits, merge, split, undo); :mod:`kipu.review.fields` parses and
validates manual values; :mod:`kipu.review.recompute` turns an event's claims
back into its shown values after a change.
"""

from kipu.review.actions import (
    ReviewError,
    edit_field,
    merge_events,
    set_sensitive,
    set_status,
    split_event,
    undo,
    undoable,
)

__all__ = [
    "ReviewError",
    "edit_field",
    "merge_events",
    "set_sensitive",
    "set_status",
    "split_event",
    "undo",
    "undoable",
]
