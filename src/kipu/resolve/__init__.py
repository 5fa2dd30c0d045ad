"""Resolution: stored mentions from many articles -> canonical events with claims.

* :func:`resolve` / :class:`Resolver` — incremental, order-independent grouping;
* :func:`explain_event` — every field's claims and readings (conservative,
  range, latest authoritative, revision history) for an event page;
* :func:`tally_series` — running totals as checked time series.
"""

from kipu.resolve.explain import explain_event
from kipu.resolve.resolver import ResolveStats, Resolver, resolve
from kipu.resolve.tallies import TallyPoint, TallySeries, tally_series

__all__ = ["ResolveStats", "Resolver", "TallyPoint", "TallySeries", "explain_event", "resolve", "tally_series"]
