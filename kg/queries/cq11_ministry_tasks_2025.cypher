// Which ministries were assigned which tasks at the 2025 conference, and with whom were they to coordinate?
MATCH (t:TaskAssignment)-[:ASSIGNED_IN]->(e:Event), (t)-[:ASSIGNEE]->(m:Ministry)
WHERE e.startDate = date('2025-02-06')
OPTIONAL MATCH (t)-[:COORDINATES_WITH]->(p)
RETURN m.prefLabel_en AS ministry, t.description_en AS task, p.prefLabel_en AS partner ORDER BY ministry, partner
