// For a given statement, which article and which span support it? (here: Decision 1619 was issued by the Prime Minister)
MATCH (:LegalDocument {id_local: '1619/QĐ-TTg'})-[s:PASSED_BY]->(:Organization {iri: 'https://w3id.org/vndt/id/thu-tuong-chinh-phu'})
MATCH (ev:Evidence)-[:SOURCE]->(a:Article) WHERE ev.iri IN s.evidence
RETURN a.iri AS article, a.headline_vi AS headline, a.datePublished AS published, ev.charStart AS start, ev.charEnd AS end, s.method AS method
