"""Read-only Cypher for the consoles: a tokenizer that reads Cypher the way a server does, and the check
that lets only reading queries through.

The check looks at tokens, never at raw text, so a keyword inside a string, a comment or a quoted name,
and a keyword used as a property key (`n.set`), a map key (`{delete: 1}`), or a label or relationship
type right after its colon (`:Delete`, `[:SET]`), is no clause. Its rules, in `check_read_only`:

1. No word that writes or reaches out (`REFUSED`) anywhere a keyword can stand. A variable with such a
   name, or such a label after `|`, `&` or `!` in a label expression, must be quoted: `` `set` ``.
2. Where a clause can begin (the start, after an expression, after UNION, EXPLAIN or PROFILE, at the
   opening brace of `CALL { }`, `EXISTS { }`, `COUNT { }`, `COLLECT { }`), only the words of reading
   queries (`READING`): administration commands (SHOW, ALTER, GRANT, START …) and clauses this module
   does not know are refused too.
3. `CALL name` only for the read procedures of `READ_PROCEDURES`; `CALL { … }` and `CALL (x) { … }` are
   subqueries whose tokens are checked like all the others; `IN TRANSACTIONS` is refused (rule 1).
4. Namespaced functions only from the standard namespaces of `FUNCTION_NAMESPACES`: no `apoc.*`, no
   server extensions.
5. No string literal holding a `file:` URL (its escapes decoded first).
6. One statement: nothing after a `;`.

Comments separate tokens, as in the Cypher grammar: `CRE/**/ATE` is the two words `CRE` and `ATE`, and
rule 2 refuses `CRE` where a clause begins. Block comments do not nest: a comment ends at the first
`*/`. A `//` comment ends at any line break, `\\r` and U+2028 included. What the tokenizer cannot read
(an unterminated string or comment, a backslash outside a string, an unknown character) is a
`QueryError`: only what is fully understood is passed on.
"""

import re
import unicodedata
from dataclasses import dataclass

from kg.errors import QueryError, ReadOnlyViolation

REFUSED = frozenset({"CREATE", "MERGE", "SET", "DELETE", "DETACH", "NODETACH", "REMOVE", "DROP", "FOREACH",
                     "INSERT", "LOAD", "USE", "TRANSACTIONS"})

READING = frozenset({
    "MATCH", "OPTIONAL", "WHERE", "WITH", "RETURN", "ORDER", "BY", "SKIP", "OFFSET", "LIMIT", "UNWIND",
    "UNION", "ALL", "DISTINCT", "CALL", "YIELD", "AS", "ASC", "ASCENDING", "DESC", "DESCENDING", "NULLS",
    "AND", "OR", "XOR", "NOT", "IN", "IS", "STARTS", "ENDS", "CONTAINS", "NORMALIZED", "WHEN", "THEN",
    "ELSE", "END", "EXPLAIN", "PROFILE", "FINISH", "FILTER", "LET", "NEXT", "USING", "ON",
    "GROUPS", "PATH", "PATHS", "ELEMENTS", "RELATIONSHIPS",
})
# reading words after which a clause may follow, as after any expression
_ENDS_EXPRESSION = frozenset({"END", "ASC", "ASCENDING", "DESC", "DESCENDING"})
_STARTS_STATEMENT = frozenset({"UNION", "EXPLAIN", "PROFILE"})
_OPENS_SUBQUERY = frozenset({"CALL", "EXISTS", "COUNT", "COLLECT"})

# Procedures that only read the schema or an index. Everything else is refused, among them the
# `dbms.*` ones (settings, users, procedures lists), `apoc.*`, and ArcadeDB's own that write
# (`merge.node`, `merge.relationship`, `refactor.*`, `do.when`, `db.migrateLegacyTemporals`) or run
# whole-graph algorithms (`algo.*`).
READ_PROCEDURES = frozenset({
    "db.labels", "db.relationshiptypes", "db.propertykeys", "db.indexes", "db.constraints", "db.info",
    "db.schema", "db.schema.visualization", "db.schema.nodetypeproperties", "db.schema.reltypeproperties",
    "db.index.fulltext.querynodes", "db.index.fulltext.queryrelationships", "dbms.components",
})
# first segments of namespaced functions in the Cypher standard library (temporal, spatial, vector)
FUNCTION_NAMESPACES = frozenset({"date", "datetime", "localdatetime", "localtime", "time", "duration",
                                 "point", "vector"})

_LINE_BREAKS = "\n\r\x0b\x0c\x85\u2028\u2029"
_TOKEN = re.compile(rf"""
    (?P<space>\s+)
  | (?P<comment>//[^{_LINE_BREAKS}]*|/\*.*?\*/)
  | (?P<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
  | (?P<quoted>`(?:[^`]|``)*`)
  | (?P<number>0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|\d[\d_]*(?:\.(?!\.)[\d_]*)?(?:[eE][+-]?\d+)?)
  | (?P<param>\$(?:\w+|`(?:[^`]|``)*`))
  | (?P<name>[^\W\d]\w*)
  | (?P<punct>\.\.|::|<>|<=|>=|=~|->|<-|\+=|!=|\|\||/(?!\*)|[()\[\]{{}},;:.|&!+\-*%^=<>])
""", re.VERBOSE | re.DOTALL)
_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)", re.DOTALL)
_ESCAPED = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}
_FILE_URL = re.compile(r"(?<![\w+.-])file:", re.IGNORECASE)


@dataclass(frozen=True)
class Token:
    kind: str      # name, quoted, string, number, param or punct
    text: str      # as written
    value: str     # a string's or quoted name's content with its escapes decoded; else the text
    start: int     # offset in the query


def _unescape(body: str) -> str:
    def one(match: re.Match) -> str:
        code = match.group(1)
        if len(code) > 1:
            return chr(int(code[1:], 16))
        return _ESCAPED.get(code, code)
    return _ESCAPE.sub(one, body)


def _value(kind: str, text: str) -> str:
    if kind == "string":
        return _unescape(text[1:-1])
    if kind == "quoted":
        return text[1:-1].replace("``", "`")
    return text


def _where(query: str, offset: int) -> str:
    line = query.count("\n", 0, offset) + 1
    column = offset - (query.rfind("\n", 0, offset) + 1) + 1
    return f"line {line}, column {column}"


def _unreadable(query: str, offset: int) -> QueryError:
    char = query[offset]
    if char in "'\"":
        what = "unterminated string"
    elif char == "`":
        what = "unterminated quoted name"
    elif query.startswith("/*", offset):
        what = "unterminated comment"
    else:
        what = f"unexpected character {char!r}"
    return QueryError(f"Cypher syntax error: {what} at {_where(query, offset)}")


def tokenize(query: str) -> list[Token]:
    """The query's tokens without whitespace and comments; `QueryError` where it cannot be read."""
    tokens, offset = [], 0
    while offset < len(query):
        match = _TOKEN.match(query, offset)
        if match is None:
            raise _unreadable(query, offset)
        kind = match.lastgroup or ""
        if kind not in ("space", "comment"):
            tokens.append(Token(kind, match.group(), _value(kind, match.group()), offset))
        offset = match.end()
    return tokens


def _punct(token: Token | None) -> str | None:
    return token.text if token is not None and token.kind == "punct" else None


def _is_name(token: Token | None) -> bool:
    return token is not None and token.kind in ("name", "quoted")


class _Reader:
    """The tokens of one query with what the rules need to know about each."""

    def __init__(self, query: str):
        self.query = query
        self.tokens = tokenize(query)
        self.closing = self._pair_parentheses()
        self.opening = {close: open_ for open_, close in self.closing.items()}

    def at(self, i: int) -> Token | None:
        return self.tokens[i] if 0 <= i < len(self.tokens) else None

    def _pair_parentheses(self) -> dict[int, int]:
        opened, closing = [], {}
        for i, token in enumerate(self.tokens):
            if _punct(token) == "(":
                opened.append(i)
            elif _punct(token) == ")" and opened:
                closing[opened.pop()] = i
        return closing

    def refuse(self, what: str, i: int) -> ReadOnlyViolation:
        return ReadOnlyViolation(f"read-only: {what} (at {_where(self.query, self.tokens[i].start)})")

    def word(self, i: int) -> str | None:
        """Token i as a keyword (case and full-width forms folded) when it is a bare name standing where a
        keyword can: not a property key (after `.`), a map key (before `:`), or a label or relationship
        type right after `:`. None otherwise."""
        token = self.at(i)
        if token is None or token.kind != "name" or _punct(self.at(i - 1)) in (".", ":") \
                or _punct(self.at(i + 1)) == ":":
            return None
        return unicodedata.normalize("NFKC", token.text).upper()

    def opens_subquery(self, i: int) -> bool:
        """A `{` that opens a subquery: after CALL, EXISTS, COUNT, COLLECT, or after `CALL (x, y)`."""
        if _punct(self.at(i)) != "{":
            return False
        if _punct(self.at(i - 1)) == ")":
            opening = self.opening.get(i - 1)
            return opening is not None and self.word(opening - 1) == "CALL"
        return self.word(i - 1) in _OPENS_SUBQUERY

    def clause_may_begin(self, i: int) -> bool:
        prev = self.at(i - 1)
        if prev is None or prev.kind in ("string", "number", "param", "quoted"):
            return True
        if prev.kind == "punct":
            return prev.text in (")", "]", "}") or self.opens_subquery(i - 1)
        word = self.word(i - 1)
        if word is None or word in _STARTS_STATEMENT or word in _ENDS_EXPRESSION or word not in READING:
            return True
        return word in ("ALL", "DISTINCT") and self.word(i - 2) == "UNION"

    def name_chain(self, i: int) -> tuple[str, int]:
        """`a.b.c` from token i (names or quoted names): the dotted name and the index after it."""
        parts = []
        while _is_name(self.at(i)):
            parts.append(self.tokens[i].value)
            if _punct(self.at(i + 1)) != "." or not _is_name(self.at(i + 2)):
                return ".".join(parts), i + 1
            i += 2
        return ".".join(parts), i


def _check_call(reader: _Reader, i: int) -> None:
    following = reader.at(i + 1)
    if _punct(following) == "{":
        return
    if _punct(following) == "(":
        closing = reader.closing.get(i + 1)
        if closing is not None and _punct(reader.at(closing + 1)) == "{":
            return
        raise reader.refuse("CALL must open a subquery or name a read procedure", i)
    name, _ = reader.name_chain(i + 1)
    if not name:
        raise reader.refuse("CALL must open a subquery or name a read procedure", i)
    if name.lower() not in READ_PROCEDURES:
        raise reader.refuse(f"CALL {name} is refused (read procedures only: db.labels, db.relationshipTypes, "
                            "db.propertyKeys, db.schema.*, db.indexes, db.constraints, dbms.components, …)", i)


def _check_function(reader: _Reader, i: int) -> None:
    """A namespaced function call (`a.b(…)`) must come from a standard namespace."""
    if _punct(reader.at(i - 1)) == "." or reader.word(i - 1) == "CALL":
        return
    name, after = reader.name_chain(i)
    if "." in name and _punct(reader.at(after)) == "(" and name.split(".")[0].lower() not in FUNCTION_NAMESPACES:
        raise reader.refuse(f"the function {name}() is refused (namespaced functions only from "
                            f"{', '.join(sorted(FUNCTION_NAMESPACES))})", i)


def check_read_only(query: str) -> None:
    """Pass a Cypher query that only reads; raise `ReadOnlyViolation` naming the first thing refused.

    `QueryError` (the parent class) for text that is not readable as Cypher at all. Safe to call on any
    text; it never contacts a server. The rules are in this module's docstring.
    """
    reader = _Reader(query)
    if not reader.tokens:
        raise QueryError("Cypher: the query is empty")
    for i, token in enumerate(reader.tokens):
        if _punct(token) == ";" and i + 1 < len(reader.tokens):
            raise reader.refuse("one statement at a time (nothing may follow ';')", i)
        if token.kind == "string" and _FILE_URL.search(unicodedata.normalize("NFKC", token.value)):
            raise reader.refuse("a string holding a file: URL is refused", i)
        if _is_name(token):
            _check_function(reader, i)
        word = reader.word(i)
        if word is None:
            continue
        if word in REFUSED:
            raise reader.refuse(f"{word} is refused: the console only reads", i)
        if reader.clause_may_begin(i) and word not in READING:
            raise reader.refuse(f"{word} is not a reading clause", i)
        if word == "CALL":
            _check_call(reader, i)
