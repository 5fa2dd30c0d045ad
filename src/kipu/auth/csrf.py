"""CSRF tokens bound to the browser's session cookie.

A token is an HMAC of the session cookie (or, before login, of an anonymous
cookie) under a server secret. A page from another site cannot read the
cookie, so it cannot compute the token to put in a forged form, and nothing
needs to be stored server-side.
"""

from __future__ import annotations

import hashlib
import hmac


def csrf_token(secret: bytes, binding: str) -> str:
    """The token that forms must carry for a browser holding cookie value ``binding``."""
    return hmac.new(secret, b"csrf:" + binding.encode("utf-8"), hashlib.sha256).hexdigest()


def csrf_valid(secret: bytes, binding: str | None, token: str | None) -> bool:
    """Constant-time check; a missing cookie or token is never valid."""
    if not binding or not token:
        return False
    return hmac.compare_digest(csrf_token(secret, binding), token)
