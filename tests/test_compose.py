"""docker-compose.yml cannot run here (no Docker engine): check that it parses and says what it must."""

import yaml

from tests import ROOT


def test_compose_file():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    services = compose["services"]
    default = {name for name, service in services.items() if "profiles" not in service}
    assert default == {"neo4j", "loader", "explorer"}
    neo4j = services["neo4j"]
    assert neo4j["image"].startswith("neo4j:5")
    assert "127.0.0.1:7687:7687" in neo4j["ports"]
    assert "cypher-shell" in " ".join(neo4j["healthcheck"]["test"])
    assert "${NEO4J_PASSWORD" in neo4j["environment"]["NEO4J_AUTH"]
    assert services["loader"]["depends_on"]["neo4j"]["condition"] == "service_healthy"
    assert "kg load" in " ".join(services["loader"]["command"])
    assert services["explorer"]["environment"]["NEO4J_URI"] == "${NEO4J_URI:-bolt://neo4j:7687}"
    assert services["explorer"]["depends_on"]["loader"]["condition"] == "service_completed_successfully"
    assert {"neo4j-data", "graph"} <= set(compose["volumes"])
    assert (ROOT / "Dockerfile").is_file() and (ROOT / ".env.example").is_file()
    assert "NEO4J_PASSWORD=" in (ROOT / ".env.example").read_text(encoding="utf-8")


def test_cluster_profile_routes_through_neo4j_uris():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    services = compose["services"]
    cores = {name for name, s in services.items() if s.get("profiles") == ["cluster"] and "core" in name}
    assert cores == {"core1", "core2", "core3"}
    for name in cores:
        env = services[name]["environment"]
        assert services[name]["image"].startswith("neo4j:5-enterprise")
        assert env["NEO4J_dbms_cluster_discovery_endpoints"] == "core1:5000,core2:5000,core3:5000"
        assert env["NEO4J_server_bolt_advertised__address"] == f"{name}:7687"
    assert services["cluster-loader"]["environment"]["NEO4J_URI"].startswith("neo4j://")
    assert services["cluster-explorer"]["depends_on"]["cluster-loader"]["condition"] == "service_completed_successfully"
    assert "COPY eval" in (ROOT / "Dockerfile").read_text(encoding="utf-8")
