// Which bodies were to be merged into the Government's steering committee on science, technology, innovation and digital transformation, and by what date?
MATCH (c:Merger)-[:RESULTING_ORGANIZATION]->(target), (c)-[:ORIGINAL_ORGANIZATION]->(b)
OPTIONAL MATCH (c)-[:STATUS]->(s)
RETURN b.prefLabel_vi AS body, target.prefLabel_en AS into, c.dueDate AS due, s.prefLabel_en AS status ORDER BY body
