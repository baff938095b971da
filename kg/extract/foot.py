"""The foot of a notice or decision, after the close of its text ("./."): the bodies it is sent to, and the signature.

    Nơi nhận:                              KT. CHỦ TỊCH            (on behalf of the chair)
    - Bộ Khoa học và Công nghệ (b/c);      PHÓ CHỦ TỊCH            the signer's post: the last post line
    - Lưu: VT.                             Nguyễn Tự Lực           the signer

The recipients are bodies the document names. The signer's post is held in the body that issued the document (its
number's code says which: QĐ-UBND the province's People's Committee), or in the body the post implies (a Deputy
Prime Minister's is the Government); a signature "by order of" (TL.) is the issuing body's office's. To the reader of
the page the foot is furniture, so it is read from the blocks after the text. The marks are data:
`seeds/lexicon/documents.yaml`.
"""

import re
from dataclasses import dataclass
from functools import cache

from kg.extract.context import ArticleContext
from kg.extract.lexicon import alternatives, lexicon, vocabulary
from kg.extract.mentions import Reader
from kg.extract.people import office_mentions
from kg.model import Membership, Organization
from kg.text.blocks import Block, split_blocks
from kg.text.normalize import fold, match_key
from kg.text.sentences import Sentence

_END = re.compile(r"\./\.\s*$")   # the close of a notice's or decision's text
_TAIL = 12   # blocks after the end of the text (or from the end of the page) a signature can be among


@dataclass(frozen=True)
class _Marks:
    mark: re.Pattern            # "KT. ", "TM. " before a post line
    office: frozenset[str]      # marks that make the signature the office's
    office_head: str
    signed: frozenset[str]      # folded lines that stand for the signature
    recipient: re.Pattern       # an item of the list of recipients that names them ("- Bộ …;", not "- Lưu: VT.", "- VPCP: …")


@cache
def _marks() -> _Marks:
    lex = lexicon("documents")
    return _Marks(re.compile(rf"^\s*(?P<mark>{alternatives(lex['signature_marks'])})\s*"),
                  frozenset(lex["office_marks"]), lex["office_head"], frozenset(fold(s) for s in lex["signed_lines"]),
                  # (not the issuing office's own units, listed after its short name: "- VPCP: BTCN, các PCN, Cục KSTTHC;")
                  re.compile(rf"^\s*[-–•+*]\s*(?=\S)(?!(?:{alternatives(lex['recipient_skips'])})\b|(?-i:[A-ZĐ][A-ZĐ&]+)\s*:)",
                             re.IGNORECASE))


_ROUTING = re.compile(r"^\s*[-–•+*]?\s*[A-ZĐ][A-ZĐ&]+\s*:")


def is_routing_line(text: str) -> bool:
    """Whether a line of a document's foot routes copies inside the issuing office ("- VPCP: BTCN, các PCN, Cục KSTTHC;",
    "- Lưu: VT, KGVX."): the office's own units by their short names, no body the document names."""
    return bool(_ROUTING.match(text)) or any(text.lstrip(" -–•+*").casefold().startswith(f"{skip}:")
                                              for skip in lexicon("documents")["recipient_skips"])


def _foot(text: str) -> list[Block]:
    """The blocks after the close of the text ("./."), else the last blocks of the page."""
    blocks = split_blocks(text)
    ends = [k for k, b in enumerate(blocks) if _END.search(b.text)]
    return blocks[ends[0] + 1:ends[0] + 1 + _TAIL] if ends else blocks[-_TAIL:]


def extract_recipients(ctx: ArticleContext, reader: Reader) -> None:
    """The bodies a document is sent to ("- Bộ Khoa học và Công nghệ (b/c);") are bodies it names."""
    if ctx.this_document is None:
        return
    for block in _foot(ctx.text):
        if _marks().recipient.match(block.text):
            view = reader.view(ctx, Sentence(block.start, block.end, block.text, block.kind))
            for span in office_mentions(view):
                ctx.remember(span.value, view)


def _post_line(text: str) -> tuple[str | None, str | None]:
    """A line in capitals that is a post ("PHÓ CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG"): (its mark, its role)."""
    m = _marks().mark.match(text)
    mark, rest = (m["mark"], text[m.end():]) if m else (None, text)
    letters = [c for c in rest if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return mark, None
    role = vocabulary().role_by_form.get(match_key(rest.split(",")[-1].strip()))
    return mark, role


def _name_line(reader: Reader, text: str) -> str | None:
    """A line that is a person's name: two to five capitalised words, the first a family name."""
    words = text.title().split() if text.isupper() else text.split()
    if not 2 <= len(words) <= 5 or not all(w[:1].isupper() and w.replace("'", "").isalpha() for w in words):
        return None
    return " ".join(words) if words[0] in reader.surnames else None


def _signature(reader: Reader, blocks: list[Block]) -> tuple[Block, str, list[str | None]] | None:
    """The signer's block, their role and the marks of the post lines above them."""
    role, marks = None, []
    for block in blocks:
        if fold(block.text) in _marks().signed:
            continue
        mark, post = _post_line(block.text)
        if post is not None:
            role = post
            marks.append(mark)
        elif role is not None and _name_line(reader, block.text):
            return block, role, marks
    return None


def extract_signature(ctx: ArticleContext, reader: Reader, issuer: str | None) -> None:
    """The signer of the document the article is, holding their post in the body that issued it."""
    found = _signature(reader, _foot(ctx.text))
    if found is None:
        return
    block, role, marks = found
    body = vocabulary().roles[role].implied_org or issuer
    if body is not None and any(m in _marks().office for m in marks):
        issuing = ctx.entity(body)
        if isinstance(issuing, Organization) and not issuing.label_vi.startswith(_marks().office_head + " "):
            # by order of: the issuing body's office (the office itself when it issued the document)
            body = ctx.organisation(f"{_marks().office_head} {issuing.label_vi}", "state", area=issuing.area, parent=issuing.id)
    name = _name_line(reader, block.text)
    if body is None or name is None:
        return
    view = reader.view(ctx, Sentence(block.start, block.end, block.text, block.kind))
    person = ctx.person(name)
    ctx.remember(person, view)
    ctx.add(Membership, view, "signature", "m", person=person, organization=body, role=role)
