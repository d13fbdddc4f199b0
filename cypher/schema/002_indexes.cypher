// Lookup indexes for the list filters, and a CJK full-text index so Japanese names are found
// by 2-character pieces and English ones by word.
CREATE INDEX organization_kind IF NOT EXISTS FOR (n:Organization) ON (n.kind);
CREATE INDEX organization_region IF NOT EXISTS FOR (n:Organization) ON (n.region);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Organization|Community|Hub|Event|Seed) ON EACH [n.name, n.name_ja]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
