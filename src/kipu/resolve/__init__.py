"""Resolution: stored mentions from many articles -> canonical events with claims."""

from kipu.resolve.resolver import ResolveStats, Resolver, resolve

__all__ = ["ResolveStats", "Resolver", "resolve"]
