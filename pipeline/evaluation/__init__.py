"""Extraction quality on the hand-checked gold sets in tests/gold/.

Each module here exposes `evaluate(nlp) -> list[Metric]`; `python -m pipeline evaluate` runs them all,
prints precision/recall per extractor and stores the figures beside the datasets for the app.
"""
