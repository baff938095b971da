// Which provinces and cities appear, with which officials and which indicators?
MATCH (p:Province) WHERE p.iri <> 'https://w3id.org/vndt/id/viet-nam'
OPTIONAL MATCH (o:Organization)-[:AREA_SERVED]->(p)
OPTIONAL MATCH (m:Membership)-[:ORGANIZATION]->(o)
OPTIONAL MATCH (m)-[:MEMBER]->(person)
OPTIONAL MATCH (m)-[:ROLE]->(role)
RETURN p.prefLabel_vi AS province, person.prefLabel_vi AS official, role.prefLabel_en AS role
UNION
MATCH (p:Province)<-[:AREA]-(r)-[:MEASURES]->(i) WHERE p.iri <> 'https://w3id.org/vndt/id/viet-nam'
RETURN p.prefLabel_vi AS province, null AS official, i.prefLabel_en AS role
