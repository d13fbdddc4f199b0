// The next candidate-row revision (schema/010_row_revision), taken first in a transaction that
// changes organisations' rows: its write lock orders such transactions, so a reader that sees
// revision R sees every stamp up to R.
MATCH (m:_Meta {id: 'rows'})
SET m.revision = m.revision + 1
RETURN m.revision AS revision
