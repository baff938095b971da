// Which indicators were reported for the first quarter of 2022, with values?
MATCH (r:IndicatorValue {refPeriod: '2022-Q1'})-[:MEASURES]->(i)
OPTIONAL MATCH (r)-[:REPORTED_BY]->(p)
RETURN i.prefLabel_en AS indicator, r.comparator AS comparator, r.value AS value, r.unit AS unit,
       p.prefLabel_vi AS reportedBy ORDER BY indicator
