"""Password hashing with scrypt, a memory-hard KDF from the standard library.

scrypt needs no extra dependency and is a modern choice (RFC 7914; OWASP's
recommended alternative to Argon2id). The parameters are stored with each
hash, so they can be raised later without invalidating existing passwords.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

# OWASP minimum for scrypt: N=2^17, r=8, p=1 (128 MiB). We use N=2^15 (32 MiB),
# a compromise for a small shared machine; logins are rate-limited as well.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
_DKLEN = 32
_SCHEME = "scrypt"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=_DKLEN, maxmem=256 * 1024 * 1024
    )


def hash_password(password: str, *, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> str:
    """``scrypt$n$r$p$salt$hash`` with a fresh 16-byte salt."""
    if not password:
        raise ValueError("empty password")
    salt = secrets.token_bytes(16)
    return f"{_SCHEME}${n}${r}${p}${_b64(salt)}${_b64(_derive(password, salt, n, r, p))}"


def verify_password(password: str, stored: str) -> bool:
    """Constant-time check of ``password`` against a stored hash; malformed hashes never match."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != _SCHEME:
            return False
        expected = base64.b64decode(digest)
        actual = _derive(password, base64.b64decode(salt), int(n), int(r), int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(expected, actual)


# A hash of a random password, checked when the user does not exist so that a
# failed login takes the same time whether or not the username is known.
DUMMY_HASH = hash_password(secrets.token_urlsafe(16))
