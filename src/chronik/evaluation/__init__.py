"""Evaluation of Chronik's components on held-out data (``ner``: the German NER)."""
