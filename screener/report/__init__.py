"""Renderers: one per output format. Evidence (matched text) is written only when asked for."""
