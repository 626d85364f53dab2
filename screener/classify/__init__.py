"""Trained classifiers: features, training, artifacts with metadata, evaluation."""
