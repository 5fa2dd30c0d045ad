"""`kipu ingest` (placeholder until its module lands)."""
