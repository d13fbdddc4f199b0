// The texts a profile analysis reads, with the version and text hash of the last analysis.
UNWIND $ids AS id
MATCH (o:Organization {id: id})
RETURN o.id AS id, o.description AS description, o.needs AS needs,
       o.analyser_version AS version, o.analysis_hash AS hash
