// Which document concluded the conference of 25/12/2022, and which office issued it?
MATCH (doc:LegalDocument)-[:CONCLUDES]->(e:Event), (doc)-[:TYPE_DOCUMENT]->(t), (doc)-[:PASSED_BY]->(o)
WHERE e.startDate = date('2022-12-25')
RETURN doc.id_local AS number, t.prefLabel_vi AS type, o.prefLabel_vi AS issuer
