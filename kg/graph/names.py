"""What names a node in the property graph, and what kind of thing it is: shared by the loader (which
writes the search keys), the embedded index and the views."""

import re

from kg.text.normalize import fold

# the property keys that name a node, in the order a caption prefers them
NAME_KEYS = ("prefLabel_vi", "prefLabel_en", "altLabel", "id_local", "label_vi", "label_en", "name", "headline_vi")
KEY_WORDS = 3  # words in a search key (`search_keys`)
# nodes search never returns: provenance records and reified statements
UNSEARCHABLE = {"Evidence", "Statement", "Article"}
KIND_ORDER = ("Ministry", "PeoplesCommittee", "SteeringCommittee", "Committee", "PartyBody", "StateBody", "Enterprise",
              "InternationalOrganization", "CollectiveBody", "Organization", "Person", "LegalDocument", "Programme",
              "Meeting", "Conference", "Seminar", "Event", "Province", "Membership", "Renaming", "Merger", "Founding", "Dissolution",
              "ChangeEvent", "TaskAssignment", "Target", "IndicatorValue", "Indicator", "Article", "Evidence", "Concept")


def first(value):
    """One value of a property that may hold several (a node with two names shows the first)."""
    return value[0] if isinstance(value, list) and value else value


def names_of(props: dict) -> list[str]:
    names: list[str] = []
    for key in NAME_KEYS:
        value = props.get(key)
        for item in value if isinstance(value, list) else [value] if value else []:
            if str(item) not in names:
                names.append(str(item))
    return names


def search_text(props: dict) -> str:
    """What the embedded full-text index holds for a node: its names, folded, one per line."""
    return "\n".join(fold(n) for n in names_of(props))


def search_keys(props: dict) -> set[str]:
    """What a Bolt server's search finds a node by: from each word of each of its names, that word and the
    next ones, up to `KEY_WORDS`, folded ('Bộ Chuyển đổi số' → 'bo chuyen doi', 'chuyen doi so', 'doi so', 'so')."""
    keys: set[str] = set()
    for name in names_of(props):
        words = re.findall(r"\w+", fold(name))
        keys.update(" ".join(words[i:i + KEY_WORDS]) for i in range(len(words)))
    return keys


def primary_label(labels) -> str:
    """The label that says what a node is: the most specific one the views know."""
    present = set(labels)
    for label in KIND_ORDER:
        if label in present:
            return label
    return next((label for label in sorted(present) if label != "Resource"), "Resource")


def searchable(labels) -> bool:
    return not UNSEARCHABLE & set(labels)
