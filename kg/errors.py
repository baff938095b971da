"""The project's errors: one base class whose message is shown as it is, one line, no traceback.

The command line and the app catch `KgError` once at their edge; anything else that escapes is a bug
and is reported by the last-resort handler as one line too. Subclasses say what went wrong so that
callers can react to the kind, never to the message text.
"""


class KgError(Exception):
    """A problem the user can act on."""


class InputError(KgError):
    """A file, an argument or a URL parameter that cannot be used as given."""


class GraphNotBuilt(KgError):
    """There is no built graph where one was expected."""


class ValidationFailed(KgError):
    """The graph does not conform to the SHACL shapes; `violations` lists them."""

    def __init__(self, message: str, violations: list | None = None):
        super().__init__(message)
        self.violations = violations or []


class QueryError(KgError):
    """A query the store could not run: a syntax error, a refused feature, an engine failure."""


class ReadOnlyViolation(QueryError):
    """A console query that would write, call out of the machine or read local files."""


class QueryTimeout(QueryError):
    """A query stopped at its time or memory limit."""


class NotFound(KgError):
    """No entity matches what was asked for."""


class BoltUnavailable(KgError):
    """The Bolt server cannot be reached or refuses the login."""


class LoadInProgress(KgError):
    """Another load into the same database is running."""
