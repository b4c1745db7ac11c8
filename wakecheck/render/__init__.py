"""Renderers: one module per output format, each a pure function returning a str."""
