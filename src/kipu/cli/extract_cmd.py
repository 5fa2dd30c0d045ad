"""`kipu extract` (placeholder until its module lands)."""
