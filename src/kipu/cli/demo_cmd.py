"""`kipu demo` (placeholder until its module lands)."""
