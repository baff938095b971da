// How are the Ministry of Public Security and Nghị quyết 57-NQ/TW connected (shortest paths)?
MATCH (a:Resource {iri: 'https://w3id.org/vndt/id/bo-cong-an'}), (b:Resource {iri: 'https://w3id.org/vndt/id/nq-57-nq-tw'})
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE none(n IN nodes(p) WHERE n:Evidence OR n:Article OR n:Concept)
RETURN [n IN nodes(p) | n.iri] AS nodes, [r IN relationships(p) | type(r)] AS hops
