"""The REST API under ``/api/`` (OpenAPI document at ``/api/openapi.json``)."""

from fastapi import APIRouter

from kipu.serve.api import accounts, read, review

router = APIRouter()
router.include_router(read.router)
router.include_router(review.router)
router.include_router(accounts.router)

__all__ = ["router"]
