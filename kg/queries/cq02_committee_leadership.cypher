// Who chaired the Committee, who was its standing vice-chair, who were the other vice-chairs?
MATCH (m:Membership)-[:ORGANIZATION]->(:Organization {iri: 'https://w3id.org/vndt/id/ubqg-chuyen-doi-so'}),
      (m)-[:ROLE]->(r), (m)-[:MEMBER]->(p)
RETURN r.prefLabel_en AS role, p.prefLabel_vi AS person, m.since AS since ORDER BY role, person
