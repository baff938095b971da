"""SHACL validation of the built graph against `ontology/shapes.ttl`."""

from dataclasses import dataclass

from pyshacl import validate as pyshacl_validate
from rdflib import Graph
from rdflib.namespace import RDF, SH

from kg.paths import ONTOLOGY_DIR


@dataclass
class Violation:
    focus: str
    path: str
    message: str


def load_shapes() -> Graph:
    shapes = Graph()
    shapes.parse(ONTOLOGY_DIR / "shapes.ttl", format="turtle")
    return shapes


def validate(data: Graph) -> list[Violation]:
    """The violations of the data graph (empty when it conforms). The graph must carry the ontology."""
    conforms, report, _ = pyshacl_validate(data, shacl_graph=load_shapes(), advanced=True, allow_warnings=True)
    if conforms:
        return []
    out = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        out.append(Violation(
            focus=str(report.value(result, SH.focusNode)),
            path=str(report.value(result, SH.resultPath) or ""),
            message=str(report.value(result, SH.resultMessage) or ""),
        ))
    return sorted(out, key=lambda v: (v.focus, v.path))


def format_report(violations: list[Violation], limit: int = 50) -> str:
    lines = [f"{len(violations)} SHACL violation(s):"]
    for v in violations[:limit]:
        lines.append(f"  - {v.focus}  {v.path}: {v.message}")
    if len(violations) > limit:
        lines.append(f"  … and {len(violations) - limit} more")
    return "\n".join(lines)
