// Which meetings of the Committee are recorded, on which dates, chaired by whom?
MATCH (e:Event)-[:EVENT_OF]->(:Organization {iri: 'https://w3id.org/vndt/id/ubqg-chuyen-doi-so'})
OPTIONAL MATCH (e)-[:CHAIRED_BY]->(p)
RETURN e.prefLabel_en AS meeting, e.startDate AS date, p.prefLabel_vi AS chair ORDER BY date
