"""Evaluation of Chronik's components on gold data (``ner``: German NER readers, scorer and shipped model)."""
