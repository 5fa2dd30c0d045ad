"""Running one review action for a request: shared by the API and the pages.

Both answer a missing event with 404 and leave the database untouched on any
refusal; they differ only in how a refusal is shown (JSON 400 or the event
page with the message), so that part is theirs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import HTTPException

from kipu import review
from kipu.review.fields import FieldError
from kipu.serve.deps import Ctx

REFUSALS = (review.ReviewError, FieldError)


def run_review_action(ctx: Ctx, action: Callable[[], Any]) -> Any:
    """Run ``action`` and commit; roll back and raise 404 or the refusal otherwise."""
    try:
        row = action()
    except LookupError as exc:
        ctx.db.rollback()
        raise HTTPException(status_code=404, detail=str(exc).strip("'\"")) from exc
    except REFUSALS:
        ctx.db.rollback()
        raise
    ctx.db.commit()
    return row
