// Which targets for 2025 were set at the conference of 6/2/2025, with values and deadlines?
MATCH (t:Target)-[:SET_IN]->(e:Event), (t)-[:MEASURES]->(i)
WHERE e.startDate = date('2025-02-06')
OPTIONAL MATCH (t)-[:SET_BY]->(p)
RETURN i.prefLabel_en AS indicator, t.comparator AS comparator, t.value AS value, t.unit AS unit,
       t.dueDate AS deadline, p.prefLabel_vi AS setBy ORDER BY deadline, indicator
