"""Synthetic graphs shaped like ours: organisations, people, documents, meetings, memberships, reported
values, Vietnamese labels, evidence spans and reified statements, in one named graph per source."""

import random
from pathlib import Path

ID = "https://w3id.org/vndt/id/"
G = "https://w3id.org/vndt/graph/"
V = "https://w3id.org/vndt/ontology#"
P = {
    "type": "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "pref": "http://www.w3.org/2004/02/skos/core#prefLabel",
    "label": "http://www.w3.org/2000/01/rdf-schema#label", "sub": "http://www.w3.org/ns/org#subOrganizationOf",
    "member": "http://www.w3.org/ns/org#member", "organization": "http://www.w3.org/ns/org#organization",
    "role": "http://www.w3.org/ns/org#role", "id_local": "http://data.europa.eu/eli/ontology#id_local",
    "date_document": "http://data.europa.eu/eli/ontology#date_document", "passed_by": "http://data.europa.eu/eli/ontology#passed_by",
    "derived": "http://www.w3.org/ns/prov#wasDerivedFrom", "start": "https://schema.org/startDate",
    "chair": V + "chairedBy", "measures": V + "measures", "value": V + "value", "unit": V + "unit",
}
C = {"org": V + "Ministry", "person": "http://xmlns.com/foaf/0.1/Person", "doc": "http://data.europa.eu/eli/ontology#LegalResource",
     "event": V + "Meeting", "membership": "http://www.w3.org/ns/org#Membership", "evidence": V + "Evidence",
     "value": V + "IndicatorValue", "indicator": V + "Indicator"}
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"]
GIVEN = ["Văn An", "Thị Bình", "Minh Chính", "Đức Đam", "Mạnh Hùng", "Huy Dũng", "Thanh Ngọc", "Tấn Hòa", "Anh Tuấn"]
TOPICS = ["chuyển đổi số", "Chính phủ số", "dữ liệu dân cư", "cải cách hành chính", "kinh tế số", "an toàn thông tin"]


def _lit(text: str, lang: str | None = None, datatype: str | None = None) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"@{lang}' if lang else f'"{escaped}"^^<{datatype}>' if datatype else f'"{escaped}"'


def generate(path: Path, triples: int, seed: int = 7) -> int:
    """Write a TriG file of about `triples` triple lines (repeated organisation triples collapse); returns the lines written."""
    rng = random.Random(seed)
    count = 0
    with path.open("w", encoding="utf-8") as out:
        sources = max(1, triples // 5000)
        orgs = max(10, triples // 120)
        for s in range(sources):
            lines: list[str] = []

            def t(a, p, o, lines=lines):
                lines.append(f"<{a}> <{P.get(p, p)}> {o} .")

            per_source = triples // sources
            t("https://w3id.org/vndt/vocab/role/thu-truong", "type", "<http://www.w3.org/2004/02/skos/core#Concept>")
            t("https://w3id.org/vndt/vocab/role/thu-truong", "pref", _lit("Thứ trưởng", "vi"))
            n = 0
            while n < per_source:
                k = rng.randrange(10**9)
                org, person, doc, event = (f"{ID}org-{rng.randrange(orgs)}", f"{ID}person-{k}", f"{ID}doc-{k}", f"{ID}event-{k}")
                topic = rng.choice(TOPICS)
                ev = f"{ID}evidence/s{s}/{k}"
                t(org, "type", f"<{C['org']}>")
                t(org, "pref", _lit(f"Bộ {topic} {org.rsplit('-', 1)[1]}", "vi"))
                t(person, "type", f"<{C['person']}>")
                t(person, "pref", _lit(f"{rng.choice(SURNAMES)} {rng.choice(GIVEN)}", "vi"))
                t(doc, "type", f"<{C['doc']}>")
                t(doc, "id_local", _lit(f"{k % 9999}/QĐ-TTg"))
                t(doc, "pref", _lit(f"Quyết định số {k % 9999}/QĐ-TTg về {topic}", "vi"))
                t(doc, "date_document", _lit(f"20{rng.randrange(15, 26)}-0{rng.randrange(1, 10)}-1{rng.randrange(0, 10)}", datatype="http://www.w3.org/2001/XMLSchema#date"))
                t(doc, "passed_by", f"<{org}>")
                m = f"{ID}membership-{k}"
                t(m, "type", f"<{C['membership']}>")
                t(m, "member", f"<{person}>")
                t(m, "organization", f"<{org}>")
                t(m, "role", "<https://w3id.org/vndt/vocab/role/thu-truong>")
                t(m, "derived", f"<{ev}>")
                t(event, "type", f"<{C['event']}>")
                t(event, "pref", _lit(f"Phiên họp về {topic}", "vi"))
                t(event, "chair", f"<{person}>")
                t(ev, "type", f"<{C['evidence']}>")
                t(ev, V + "charStart", _lit(str(k % 5000), datatype="http://www.w3.org/2001/XMLSchema#integer"))
                st = f"{ID}statement/{k}"
                t(st, "type", "<http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement>")
                t(st, "http://www.w3.org/1999/02/22-rdf-syntax-ns#subject", f"<{doc}>")
                t(st, "http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate", f"<{P['passed_by']}>")
                t(st, "http://www.w3.org/1999/02/22-rdf-syntax-ns#object", f"<{org}>")
                t(st, "derived", f"<{ev}>")
                n += 25
            out.write(f"<{G}s{s}> {{\n" + "\n".join(lines) + "\n}\n")
            count += len(lines)
    return count
