"""Read-only SPARQL for the consoles and the command line: a query is parsed for real before any store
sees it; updates and federated queries (`SERVICE`) are refused.

Two independent looks, because the engine that runs the query (pyoxigraph) and the parser that checks
it (rdflib's) do not read every text alike:

- rdflib's SPARQL grammar parses the query: a syntax error is a `QueryError`, an update (INSERT,
  DELETE, LOAD, CLEAR, DROP, CREATE, ADD, MOVE, COPY) a `ReadOnlyViolation`, and a `SERVICE` anywhere
  in the tree (nested groups, sub-selects, EXISTS filters) a `ReadOnlyViolation`; a prefixed name whose
  prefix is neither declared nor one of `kg.namespaces.PREFIXES` is a `QueryError`.
- A scan of the tokens as the SPARQL grammar defines them (after its `\\uXXXX` escapes are expanded)
  refuses the keyword SERVICE outside strings, IRIs, comments, escapes, variables and prefixed names.
  It exists because rdflib ends a `#` comment only at `\\n`, while SPARQL (and pyoxigraph) end it at
  `\\r` too: `{ # x<CR> SERVICE <…> { … } <LF> }` is an empty group to rdflib and a remote call to
  pyoxigraph. The scan ends comments at any line break, so it errs towards refusing.

rdflib's parser takes 5–40 ms for a query of the project's size, so results are cached by query text:
the consoles send the same examples again and again.
"""

import re
from functools import lru_cache

from pyparsing import ParseBaseException, ParseResults
from rdflib.plugins.sparql import parser
from rdflib.plugins.sparql.parserutils import CompValue

from kg.errors import QueryError, ReadOnlyViolation
from kg.namespaces import PREFIXES

FORMS = {"SelectQuery": "select", "AskQuery": "ask", "ConstructQuery": "construct", "DescribeQuery": "describe"}

_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_LINE_BREAKS = "\n\r\x0b\x0c\x85\u2028\u2029"
_TOKEN = re.compile(rf"""
    (?P<escape>\\.)
  | (?P<comment>\#[^{_LINE_BREAKS}]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
  | (?P<iri><[^<>"{{}}|^`\\\x00-\x20]*>)
  | (?P<word>[^\W\d]\w*)
  | (?P<other>.)
""", re.VERBOSE | re.DOTALL)
# a word right after one of these is a variable, a language tag, a blank node or a local name
_NOT_KEYWORD_AFTER = "?$@:"
_SERVICE_REFUSED = "read-only: SERVICE (a federated query) is refused: queries read this graph only"


def _expand_codepoints(query: str) -> str:
    """SPARQL's `\\uXXXX` and `\\UXXXXXXXX` escapes, which apply to the whole text before it is parsed."""
    def one(match: re.Match) -> str:
        code = int(match.group(1) or match.group(2), 16)
        if code > 0x10FFFF:
            raise QueryError(f"SPARQL syntax error: invalid code point escape {match.group()}")
        return chr(code)
    return _CODEPOINT.sub(one, query)


def _refuse_service_keyword(text: str) -> None:
    for match in _TOKEN.finditer(text):
        if match.lastgroup != "word" or match.group().upper() != "SERVICE":
            continue
        before = text[match.start() - 1] if match.start() else ""
        after = text[match.end()] if match.end() < len(text) else ""
        if before not in _NOT_KEYWORD_AFTER and after != ":":
            raise ReadOnlyViolation(_SERVICE_REFUSED)


def _nodes(tree):
    """Every `CompValue` of a parse tree, depth first."""
    stack = [tree]
    while stack:
        item = stack.pop()
        if isinstance(item, CompValue):
            yield item
            stack.extend(item.values())
        elif isinstance(item, (ParseResults, list, tuple)):
            stack.extend(item)


def _prefix(node: CompValue) -> str:
    """A PrefixDecl's or prefixed name's prefix; "" for the default one (`CompValue.get` answers a
    missing key with the key's own name)."""
    return dict.get(node, "prefix") or ""


def _parse(text: str) -> ParseResults:
    try:
        return parser.parseQuery(text)
    except ParseBaseException as exc:
        try:
            parser.parseUpdate(text)
        except (ParseBaseException, RecursionError, ValueError):
            raise QueryError(f"SPARQL syntax error at line {exc.lineno}, column {exc.col}: {exc.msg}") from None
        raise ReadOnlyViolation("read-only: SPARQL updates (INSERT, DELETE, LOAD, CLEAR, DROP, …) "
                                "are refused") from None
    except RecursionError:
        raise QueryError("SPARQL query nested too deeply to check") from None
    except ValueError as exc:  # rdflib reads `\u` with 8 digits too: an invalid code point
        raise QueryError(f"SPARQL syntax error: {exc}") from None


@lru_cache(maxsize=512)
def check_query(query: str) -> str:
    """The form of a SPARQL query that may run: "select", "ask", "construct" or "describe".

    Raises `ReadOnlyViolation` for an update or a `SERVICE` anywhere, `QueryError` (one line) for a syntax
    error or an unknown prefix. Never touches a store or the network. The project's prefixes
    (`kg.namespaces.PREFIXES`) count as declared, as they are in `kg sparql` and the app.
    """
    text = _expand_codepoints(query)
    _refuse_service_keyword(text)
    prologue, body = _parse(query)
    declared = set(PREFIXES)
    for node in _nodes(prologue):
        if node.name == "PrefixDecl":
            declared.add(_prefix(node))
    for node in _nodes(body):
        if node.name == "ServiceGraphPattern":
            raise ReadOnlyViolation(_SERVICE_REFUSED)
        if node.name == "pname" and _prefix(node) not in declared:
            raise QueryError(f"SPARQL: unknown prefix {_prefix(node)}: (declare it with PREFIX)")
    return FORMS[body.name]
