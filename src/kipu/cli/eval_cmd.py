"""`kipu eval` (placeholder until its module lands)."""
