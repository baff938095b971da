"""The one exception type the command line turns into a single line on stderr."""


class KgError(Exception):
    """A problem the user can act on; its message is shown as it is, without a traceback."""
