"""One interface for the explorer and the exports, two backends: the embedded graph (pyoxigraph +
networkx) and a Bolt server (Neo4j or the local one). The app only sees `Explorer`."""

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import networkx as nx

from kg.errors import KgError
from kg.explore.paths import Path as GraphPath, shortest_paths
from kg.explore.search import Hit, SearchIndex, primary_label
from kg.explore.views import HIDDEN_LABELS, ViewGraph, caption, group_of, neighbourhood, node_date
from kg.graph.schema import load_schema
from kg.paths import corpus_dir
from kg.text.sentences import sentence_at

RELATION_SKIP = {"WAS_DERIVED_FROM", "SOURCE", "IN_SCHEME"}


@dataclass
class EvidenceView:
    source: str
    start: int
    end: int
    sentence: str | None
    headline: str
    outlet: str
    published: str


@dataclass
class RelationRow:
    direction: str          # "→" or "←"
    relation: str
    other: str
    other_caption: str
    evidence: list[EvidenceView]


class Explorer:
    kind = "embedded"

    def __init__(self, graph: nx.MultiDiGraph):
        self.graph = graph
        self.index = SearchIndex([(n, d.get("labels", []), d) for n, d in graph.nodes(data=True)])
        self._texts: dict[str, str | None] = {}

    # ---- search and names
    def search(self, query: str, limit: int = 20) -> list[Hit]:
        return self.index.search(query, limit)

    def resolve(self, name: str) -> str:
        """An entity from an id, an IRI, a name or a number."""
        if name in self.graph:
            return name
        iri = f"https://w3id.org/vndt/id/{name}"
        if iri in self.graph:
            return iri
        hits = self.search(name, 1)
        if not hits:
            raise KgError(f"no entity matches '{name}'")
        return hits[0].iri

    def caption(self, iri: str, lang: str = "vi") -> str:
        return caption(self.graph, iri, lang) if iri in self.graph else iri

    @cached_property
    def relation_names(self) -> dict[str, str]:
        return load_schema().labels_en

    # ---- entity
    def card(self, iri: str) -> dict:
        data = self.graph.nodes[iri]
        return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in data.items()
                if not k.startswith(("graphs", "statement_", "evidence_", "method_", "_"))}

    def card_fields(self, iri: str, lang: str = "vi") -> list[tuple[str, str]]:
        """(name, value) pairs for an entity card, named in the chosen language."""
        names = load_schema().property_names
        index = 0 if lang == "vi" else 1
        skip = {"iri", "labels", "types", "label_vi", "label_en"}
        out = []
        for key, value in self.card(iri).items():
            if key in skip:
                continue
            base, _, suffix = key.rpartition("_") if key.endswith(("_vi", "_en")) else (key, "", "")
            name = names.get(base, (base, base))[index] + (f" ({suffix})" if suffix else "")
            out.append((name, ", ".join(map(str, value)) if isinstance(value, list) else str(value)))
        return out

    def kind_of(self, iri: str) -> str:
        return primary_label(self.graph.nodes[iri].get("labels", []))

    def view(self, focus: str, depth: int = 1, lang: str = "vi", **filters) -> ViewGraph:
        return neighbourhood(self.graph, focus, depth, lang=lang, relation_names=self.relation_names, **filters)

    def _text(self, source_id: str) -> str | None:
        if source_id not in self._texts:
            folder = corpus_dir()
            path = folder / f"{source_id}.txt" if folder else None
            self._texts[source_id] = path.read_text(encoding="utf-8") if path and path.is_file() else None
        return self._texts[source_id]

    def evidence(self, evidence_iris) -> list[EvidenceView]:
        out = []
        for ev in evidence_iris or []:
            if ev not in self.graph:
                continue
            data = self.graph.nodes[ev]
            article = next((b for _, b, k in self.graph.out_edges(ev, keys=True) if k == "SOURCE"), None)
            meta = self.graph.nodes[article] if article else {}
            source_id = article.rsplit("/", 1)[-1] if article else ""
            start, end = int(data.get("charStart", 0)), int(data.get("charEnd", 0))
            text = self._text(source_id)
            sentence = None
            if text:
                found = sentence_at(text, start, end)
                sentence = found.text if found else text[start:end]
            published = meta.get("datePublished")
            out.append(EvidenceView(source_id, start, end, sentence, meta.get("headline_vi", ""), meta.get("publisher", ""),
                                    published.isoformat() if hasattr(published, "isoformat") else str(published or "")))
        return out

    def _node_evidence(self, node: str) -> list[str]:
        return [b for _, b, k in self.graph.out_edges(node, keys=True) if k == "WAS_DERIVED_FROM"]

    def relations(self, iri: str, lang: str = "vi") -> list[RelationRow]:
        rows = []
        for direction, edges in (("→", self.graph.out_edges(iri, keys=True, data=True)),
                                 ("←", self.graph.in_edges(iri, keys=True, data=True))):
            for a, b, rtype, data in edges:
                if rtype in RELATION_SKIP:
                    continue
                other = b if direction == "→" else a
                evidence = list(data.get("evidence") or []) or self._node_evidence(other) or self._node_evidence(iri)
                rows.append(RelationRow(direction, self.relation_names.get(rtype, rtype), other, self.caption(other, lang),
                                        self.evidence(evidence)))
        return rows

    # ---- paths, time, measures
    def paths(self, source: str, target: str) -> list[GraphPath]:
        return shortest_paths(self.graph, source, target)

    def timeline(self, lang: str = "vi", about: str | None = None) -> list[dict]:
        """Dated documents, meetings, changes, targets and posts; with `about`, those touching that entity."""
        nodes = self.graph.nodes(data=True)
        if about is not None and about in self.graph:
            near = {about} | set(self.graph.successors(about)) | set(self.graph.predecessors(about))
            nodes = [(n, self.graph.nodes[n]) for n in near]
        items = []
        for n, data in nodes:
            labels = data.get("labels", [])
            if not {"LegalDocument", "Event", "ChangeEvent", "Target", "Membership"} & set(labels):
                continue
            when = node_date(data)
            if when:
                items.append({"date": when, "kind": primary_label(labels), "group": group_of(labels),
                              "caption": self.caption(n, lang), "iri": n})
        return sorted(items, key=lambda i: (i["date"], i["caption"]))

    def measures(self, lang: str = "vi") -> list[dict]:
        rows = []
        for n, data in self.graph.nodes(data=True):
            labels = data.get("labels", [])
            if "Target" not in labels and "IndicatorValue" not in labels:
                continue
            out = {k: b for _, b, k in self.graph.out_edges(n, keys=True)}
            rows.append({
                "kind": "target" if "Target" in labels else "reported",
                "indicator": self.caption(out["MEASURES"], lang) if "MEASURES" in out else "",
                "comparator": data.get("comparator", "="), "value": data.get("value"), "total": data.get("total"),
                "unit": data.get("unit", ""), "when": str(data.get("dueDate") or data.get("refPeriod") or ""),
                "by": self.caption(out.get("SET_BY") or out.get("REPORTED_BY"), lang) if (out.get("SET_BY") or out.get("REPORTED_BY")) else "",
                "area": self.caption(out["AREA"], lang) if "AREA" in out else "", "iri": n})
        return sorted(rows, key=lambda r: (r["kind"], r["when"], r["indicator"]))


class EmbeddedExplorer(Explorer):
    kind = "embedded"

    def __init__(self, trig: Path):
        from kg.graph.network import property_graph
        from kg.store.sparql import SparqlStore

        self.store = SparqlStore.from_trig(trig)
        super().__init__(property_graph(self.store.raw))


def _native_props(props) -> dict:
    return {k: (v.to_native() if hasattr(v, "to_native") else v) for k, v in dict(props).items()}


class BoltExplorer(Explorer):
    """The same views over a Bolt server. Neighbourhoods and paths are Cypher queries; search, the
    timeline and the indicators use a snapshot of the graph read once when the explorer opens."""

    kind = "bolt"

    def __init__(self, bolt):
        self.bolt = bolt
        graph = nx.MultiDiGraph()
        for iri, labels, props in bolt.read("MATCH (n:Resource) RETURN n.iri, labels(n), properties(n)")[1]:
            graph.add_node(iri, labels=list(labels), **_native_props(props))
        for a, rtype, b, props in bolt.read("MATCH (a:Resource)-[r]->(b:Resource) RETURN a.iri, type(r), b.iri, properties(r)")[1]:
            graph.add_edge(a, b, key=rtype, type=rtype, **dict(props))
        super().__init__(graph)

    def _expand(self, iris: list[str], sub: nx.MultiDiGraph) -> set[str]:
        """One hop around `iris`, read with Cypher into `sub`; returns the new neighbours."""
        found = set()
        for pattern, outgoing in (("(a)-[r]->(b)", True), ("(a)<-[r]-(b)", False)):
            query = (f"UNWIND $iris AS i MATCH (a:Resource {{iri: i}}) MATCH {pattern} "
                     "RETURN a.iri, type(r), properties(r), b.iri, labels(b), properties(b)")
            for a, rtype, rprops, b, labels, props in self.bolt.read(query, {"iris": iris})[1]:
                if b not in sub:
                    sub.add_node(b, labels=list(labels), **_native_props(props))
                start, end = (a, b) if outgoing else (b, a)
                sub.add_edge(start, end, key=rtype, type=rtype, **dict(rprops))
                found.add(b)
        return found

    def view(self, focus: str, depth: int = 1, lang: str = "vi", **filters) -> ViewGraph:
        """The neighbourhood read from the server hop by hop, then drawn like the embedded one."""
        sub = nx.MultiDiGraph()
        if focus not in self.graph:
            return ViewGraph(focus=focus)
        sub.add_node(focus, **self.graph.nodes[focus])
        frontier, seen = [focus], {focus}
        for _ in range(depth):
            reached = self._expand(frontier, sub) - seen
            explorable = [n for n in reached if not HIDDEN_LABELS & set(sub.nodes[n].get("labels", []))]
            seen |= reached
            frontier = explorable
            if not frontier:
                break
        # the relationships among the nodes reached, and the roles that posts' captions name
        among = ("UNWIND $iris AS i MATCH (a:Resource {iri: i})-[r]->(b:Resource) WHERE b.iri IN $iris "
                 "RETURN a.iri, type(r), properties(r), b.iri")
        for a, rtype, rprops, b in self.bolt.read(among, {"iris": list(seen)})[1]:
            sub.add_edge(a, b, key=rtype, type=rtype, **dict(rprops))
        facts = [n for n in sub if "Membership" in sub.nodes[n].get("labels", [])]
        if facts:
            self._expand(facts, sub)
        return neighbourhood(sub, focus, depth, lang=lang, relation_names=self.relation_names, **filters)

    def paths(self, source: str, target: str) -> list[GraphPath]:
        query = ("MATCH (a:Resource {iri: $a}), (b:Resource {iri: $b}) MATCH p = allShortestPaths((a)-[*..8]-(b)) "
                 "WHERE none(n IN nodes(p) WHERE n:Evidence OR n:Article OR n:Concept) "
                 "RETURN [n IN nodes(p) | n.iri], [r IN relationships(p) | [startNode(r).iri, type(r), endNode(r).iri]] LIMIT 10")
        return [GraphPath(list(nodes), [tuple(h) for h in hops]) for nodes, hops in self.bolt.read(query, {"a": source, "b": target})[1]]
