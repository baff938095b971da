"""Text from the graph or the URL, made safe for widgets that read Markdown: every ASCII punctuation
mark is escaped, so a name can never become a link, an image, a heading, an emoji code, colour markup
or HTML.

Escapes do not stop bare web and e-mail addresses: Streamlit's Markdown links them after the escapes
are read (GFM autolink literals). An invisible word joiner inside `://`, after `www` and after `@`
keeps them text."""

import re

_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")
_AUTOLINK = re.compile(r"(?<=:)(?=//)|(?<=www)(?=\.)|(?<=@)", re.IGNORECASE)
WORD_JOINER = "\u2060"


def plain(text) -> str:
    """`text` as literal characters in Markdown (Streamlit's markdown, captions, button labels)."""
    return _PUNCTUATION.sub(r"\\\1", _AUTOLINK.sub(WORD_JOINER, str(text))).replace("\n", " ")
