"""Users, roles, password hashing, login sessions, API tokens, CSRF and login throttling.

The web app (``kipu.serve``) and the ``kipu user`` command use these pieces;
none of them knows about HTTP except :mod:`kipu.auth.csrf`, which only signs
strings.
"""

from kipu.auth.passwords import hash_password, verify_password
from kipu.auth.roles import ROLES, has_role
from kipu.auth.service import AuthError, AuthService

__all__ = ["ROLES", "AuthError", "AuthService", "has_role", "hash_password", "verify_password"]
