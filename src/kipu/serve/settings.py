"""Site settings an admin can change, stored in the ``settings`` table.

* ``public_statuses`` — which review statuses anonymous visitors and viewers
  see (sensitive events are never public). The default hides only rejected
  events; a newsroom that publishes verified records only sets ``verified``.
* ``public_access`` — whether visitors who are not logged in may read the
  public view at all.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kipu.store.filters import REVIEW_STATUSES
from kipu.store.tables import SettingRow

DEFAULTS = {"public_statuses": ["new", "reviewed", "verified"], "public_access": True}


@dataclass(frozen=True)
class SiteSettings:
    public_statuses: tuple[str, ...]
    public_access: bool

    def to_dict(self) -> dict[str, object]:
        out = asdict(self)
        out["public_statuses"] = list(self.public_statuses)
        return out


def load_settings(session: Session) -> SiteSettings:
    """The site settings (one query: every request reads them)."""
    values = dict(DEFAULTS)
    for key, value in session.execute(select(SettingRow.key, SettingRow.value).where(SettingRow.key.in_(list(DEFAULTS)))):
        if value is not None:
            values[key] = value
    statuses = tuple(s for s in values["public_statuses"] if s in REVIEW_STATUSES)
    return SiteSettings(public_statuses=statuses, public_access=bool(values["public_access"]))


def save_settings(session: Session, public_statuses: list[str], public_access: bool) -> SiteSettings:
    """Store new settings (validated); the caller audits and commits."""
    unknown = [s for s in public_statuses if s not in REVIEW_STATUSES]
    if unknown:
        raise ValueError(f"unknown review status: {', '.join(unknown)}")
    for key, value in (("public_statuses", sorted(set(public_statuses), key=REVIEW_STATUSES.index)), ("public_access", public_access)):
        row = session.get(SettingRow, key)
        if row is None:
            session.add(SettingRow(key=key, value=value))
        else:
            row.value = value
    session.flush()
    return load_settings(session)
