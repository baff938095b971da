"""Exploring the graph: search, neighbourhoods, paths, timelines, views and their exports."""
