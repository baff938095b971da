// What was the National Committee on Digital Transformation called before, which decision renamed it, and when?
MATCH (c:Renaming)-[:RESULTING_ORGANIZATION]->(new:Organization {prefLabel_en: 'National Committee on Digital Transformation'}),
      (c)-[:ORIGINAL_ORGANIZATION]->(old), (c)-[:DECIDED_BY]->(d)
RETURN old.prefLabel_vi AS oldName, new.prefLabel_vi AS newName, d.iri AS decision, d.id_local AS number, c.date AS date
