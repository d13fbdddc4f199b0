// What an organisation declares and what the analysis of its texts found, for its profile page.
MATCH (o:Organization {id: $id})
RETURN o {.id, .name, .kind, .modalities, .capabilities, .stage, .funding_stage, .region,
          .analysis, .analyser_version, .needs_confidential} AS props
