"""Login throttling: too many failures from one address or for one name locks out for a while.

In memory and per process, which is what ``kipu serve`` runs (one process).
Counting both by client address and by username slows a guesser that
rotates usernames as well as one that rotates addresses.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable


class LoginThrottle:
    """At most ``max_failures`` failed logins per key in a sliding ``window`` (seconds)."""

    def __init__(self, max_failures: int = 5, window: float = 300.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.max_failures = max_failures
        self.window = window
        self._clock = clock
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        q = self._failures[key]
        while q and now - q[0] > self.window:
            q.popleft()
        return q

    def blocked(self, *keys: str) -> bool:
        """Whether any of ``keys`` (e.g. ``ip:1.2.3.4``, ``user:ana``) is over the limit."""
        now = self._clock()
        with self._lock:
            return any(len(self._recent(k, now)) >= self.max_failures for k in keys)

    def failure(self, *keys: str) -> None:
        now = self._clock()
        with self._lock:
            for k in keys:
                self._recent(k, now).append(now)

    def success(self, *keys: str) -> None:
        """A good login clears the username's count (not the address's)."""
        with self._lock:
            for k in keys:
                if k.startswith("user:"):
                    self._failures.pop(k, None)
