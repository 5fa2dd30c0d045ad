"""Evaluation: the GUIDELINES.md §4 scorer and third-party benchmarks.

``score`` matches predicted events to gold ones and computes the figures;
``gold`` reads gold and prediction files; ``run`` feeds documents to the
extractor; ``report`` renders figures; ``schema`` validates output lines;
``external`` compares with ACLED, IIS-UCR and GloCon labels.
"""

from kipu.evaluate.score import Report, score, score_document

__all__ = ["Report", "score", "score_document"]
