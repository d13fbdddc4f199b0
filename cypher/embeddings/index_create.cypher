// Vector indexes over the organisation profile vectors; the dimension is the encoder's.
CREATE VECTOR INDEX org_offer IF NOT EXISTS FOR (o:Organization) ON (o.vec_offer)
OPTIONS {indexConfig: {`vector.dimensions`: $dimension, `vector.similarity_function`: 'cosine'}};
CREATE VECTOR INDEX org_needs IF NOT EXISTS FOR (o:Organization) ON (o.vec_needs)
OPTIONS {indexConfig: {`vector.dimensions`: $dimension, `vector.similarity_function`: 'cosine'}};
