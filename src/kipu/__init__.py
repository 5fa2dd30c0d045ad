"""kipu: a sourced, verified database of protest and repression events from news text."""

__version__ = "0.1.0"
