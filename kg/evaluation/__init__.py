"""`make eval`: precision and recall of the extraction, by kind, against the hand-written gold of the project's
own articles (eval/, format in eval/README.md) and against the curated facts of the five source articles."""
