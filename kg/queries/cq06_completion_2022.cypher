// What shares of the 2022 plan's indicators and tasks, and of Đề án 06's tasks, were completed?
MATCH (r:IndicatorValue {refPeriod: '2022'})-[:MEASURES]->(i), (r)-[:SUBJECT]->(s)
WHERE r.total IS NOT NULL
RETURN i.prefLabel_en AS indicator, s.prefLabel_en AS about, r.value AS done, r.total AS total,
       round(1000.0 * r.value / r.total) / 10 AS percent ORDER BY about, indicator
