// Who heads the Central Steering Committee on science, technology, innovation and digital transformation?
MATCH (m:Membership)-[:ORGANIZATION]->(:Organization {iri: 'https://w3id.org/vndt/id/bcd-trung-uong-khcn-dmst-cds'}),
      (m)-[:ROLE]->(:Concept {iri: 'https://w3id.org/vndt/vocab/role/truong-ban'}), (m)-[:MEMBER]->(p),
      (other:Membership)-[:MEMBER]->(p), (other)-[:ORGANIZATION]->(:Organization {iri: 'https://w3id.org/vndt/id/dang-cong-san-viet-nam'}),
      (other)-[:ROLE]->(r)
RETURN p.prefLabel_vi AS person, r.prefLabel_en AS role
