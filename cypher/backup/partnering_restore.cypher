// Recreate partnering records of one kind from a backup ($label is one of a fixed list, checked
// by the caller before the query runs).
UNWIND $rows AS props
CREATE (n:Partnering:$($label))
SET n = props
