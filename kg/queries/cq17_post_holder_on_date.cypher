// Who held a post of an organisation on a given day? (here: who chaired the National Committee on Digital
// Transformation on 1 June 2022). A term counts when it began on or before the day (or its start is unknown)
// and had not ended by then; a post recorded only as former ("nguyên …") is left out.
MATCH (m:Membership)-[:ORGANIZATION]->(o:Organization), (m)-[:ROLE]->(r), (m)-[:MEMBER]->(p)
WHERE o.iri = 'https://w3id.org/vndt/id/ubqg-chuyen-doi-so' AND r.iri = 'https://w3id.org/vndt/vocab/role/chu-tich'
  AND (m.since IS NULL OR m.since <= date('2022-06-01')) AND (m.until IS NULL OR m.until > date('2022-06-01'))
OPTIONAL MATCH (m)-[:STATUS]->(s)
WITH p, m, s WHERE s IS NULL OR s.iri <> 'https://w3id.org/vndt/vocab/status/former'
RETURN p.prefLabel_vi AS person, m.since AS since, m.until AS until ORDER BY person
