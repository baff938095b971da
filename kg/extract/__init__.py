"""Extraction from raw Vietnamese news and notices: rules and gazetteers over normalised text."""
