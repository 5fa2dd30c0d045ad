"""The three roles and what each may do.

Roles are ordered: an admin can do everything an analyst can, and an analyst
everything a viewer can. Checks are always "at least this role".
"""

from __future__ import annotations

ROLES = ("viewer", "analyst", "admin")
_RANK = {name: i for i, name in enumerate(ROLES)}


def has_role(role: str | None, needed: str) -> bool:
    """Whether ``role`` (None for anonymous) is at least ``needed``."""
    if role is None:
        return False
    return _RANK.get(role, -1) >= _RANK[needed]


def check_role(role: str) -> str:
    """``role`` if it is one of :data:`ROLES`, else ValueError."""
    if role not in _RANK:
        raise ValueError(f"unknown role {role!r}; expected one of {', '.join(ROLES)}")
    return role
