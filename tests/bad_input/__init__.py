"""Generators of bad inputs for ingestion tests (issue 7); see :mod:`bad_input.cases`."""
