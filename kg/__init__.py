"""A knowledge graph of Vietnam's digital transformation."""

__version__ = "0.1.0"
