// What did Chỉ thị 03/CT-TTg direct, and which programme does it push forward?
MATCH (d:LegalDocument {id_local: '03/CT-TTg'})
CALL {
  WITH d MATCH (d)-[:PROMOTES]->(p) RETURN 'pushes forward' AS kind, p.prefLabel_en AS item
  UNION
  WITH d MATCH (t:TaskAssignment)-[:ASSIGNED_IN]->(d) RETURN 'directs' AS kind, t.description_en AS item
}
RETURN kind, item ORDER BY kind, item
