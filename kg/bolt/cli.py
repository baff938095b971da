"""The Bolt sub-commands of `kg`: load, cypher, bolt start|stop|status."""


def register(app) -> None:
    return None
