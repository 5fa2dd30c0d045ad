"""Migration scripts (one per schema change, applied in order on open)."""
