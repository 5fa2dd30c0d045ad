"""Server-rendered pages (HTML forms with CSRF tokens; no JavaScript needed)."""

from fastapi import APIRouter

from kipu.serve.pages import admin, auth, browse, review

router = APIRouter(include_in_schema=False)
router.include_router(browse.router)
router.include_router(review.router)
router.include_router(auth.router)
router.include_router(admin.router)

__all__ = ["router"]
