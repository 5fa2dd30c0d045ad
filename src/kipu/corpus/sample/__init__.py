"""Data-only package: the bundled sample articles and their gold annotations.

It is a package (rather than a plain folder) so that setuptools' package-data
patterns ship ``articles.jsonl`` and ``gold.jsonl`` in wheels.
"""
