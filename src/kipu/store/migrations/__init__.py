"""Alembic migrations for the kipu schema, shipped inside the package."""
