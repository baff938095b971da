// Who held which posts in the Ministry of Information and Communications?
MATCH (m:Membership)-[:ORGANIZATION]->(mic:Organization), (m)-[:MEMBER]->(p), (m)-[:ROLE]->(r)
WHERE 'Bộ TT&TT' IN mic.altLabel
RETURN p.prefLabel_vi AS person, r.prefLabel_en AS role ORDER BY role, person
