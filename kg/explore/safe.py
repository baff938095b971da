"""Text from the graph or the URL, made safe for widgets that read Markdown: every ASCII punctuation
mark is escaped, so a name can never become a link, an image, a heading, an emoji code, colour markup
or HTML."""

import re

_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")


def plain(text) -> str:
    """`text` as literal characters in Markdown (Streamlit's markdown, captions, button labels)."""
    return _PUNCTUATION.sub(r"\\\1", str(text)).replace("\n", " ")
