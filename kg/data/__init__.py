"""The project's data, packaged with the code: the ontology, the curated seeds and the evaluation set.

In a checkout these are links to the top-level `ontology/`, `seeds/` and `eval/` folders; an installed
wheel carries copies, so `kg` finds them from any folder.
"""
