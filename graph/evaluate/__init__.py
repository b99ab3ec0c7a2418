"""Evaluation of extractors against hand-annotated gold files in ``tests/gold/``.

Each module here loads one kind of gold annotation, runs the extractor over
the same text and returns a frozen result object with the scores; printing is
left to the caller (``python -m graph.evaluate.commitments`` prints a report).
"""
