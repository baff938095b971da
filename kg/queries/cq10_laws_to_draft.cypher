// Which laws and decrees were to be drafted or amended, and which body was asked to do it?
MATCH (t:TaskAssignment)-[:CONCERNS]->(d:LegalDocument)-[:TYPE_DOCUMENT]->(dt), (t)-[:ACTION]->(a)
WHERE dt.iri IN ['https://w3id.org/vndt/vocab/doctype/luat', 'https://w3id.org/vndt/vocab/doctype/nghi-dinh', 'https://w3id.org/vndt/vocab/doctype/nghi-quyet']
OPTIONAL MATCH (t)-[:ASSIGNEE]->(o)
OPTIONAL MATCH (t)-[:ASSIGNED_BY]->(p)
RETURN d.prefLabel_en AS document, dt.prefLabel_en AS type, a.prefLabel_en AS action, o.prefLabel_en AS assignee,
       p.prefLabel_vi AS askedBy ORDER BY type, document
