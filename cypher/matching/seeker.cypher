// An organisation as a seeker: its vectors, facets and network position.
MATCH (o:Organization {id: $id})
RETURN o {.id, .name, .name_ja, .kind, .modalities, .capabilities, .stage, .funding_stage, .region,
          .vec_offer, .vec_needs, .sent_offer, .sentvec_offer, .sent_needs, .sentvec_needs,
          .inf_modalities, .inf_capabilities, .want_modalities, .want_capabilities, .want_stages,
          .want_funding_stages} AS props
