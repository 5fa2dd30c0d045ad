"""`kipu events` (placeholder until its module lands)."""
