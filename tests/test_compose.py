"""docker-compose.yml cannot run here (no Docker engine): check that it parses and says what it must."""

import yaml

from tests import ROOT


def test_compose_file():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    services = compose["services"]
    assert set(services) == {"neo4j", "loader", "explorer"}
    neo4j = services["neo4j"]
    assert neo4j["image"].startswith("neo4j:5")
    assert "127.0.0.1:7687:7687" in neo4j["ports"]
    assert "cypher-shell" in " ".join(neo4j["healthcheck"]["test"])
    assert "${NEO4J_PASSWORD" in neo4j["environment"]["NEO4J_AUTH"]
    assert services["loader"]["depends_on"]["neo4j"]["condition"] == "service_healthy"
    assert "kg load" in " ".join(services["loader"]["command"])
    assert services["explorer"]["environment"]["NEO4J_URI"] == "bolt://neo4j:7687"
    assert services["explorer"]["depends_on"]["loader"]["condition"] == "service_completed_successfully"
    assert {"neo4j-data", "graph"} <= set(compose["volumes"])
    assert (ROOT / "Dockerfile").is_file() and (ROOT / ".env.example").is_file()
    assert "NEO4J_PASSWORD=" in (ROOT / ".env.example").read_text(encoding="utf-8")
