"""The exchange format's I/O: parse and validate JSON Lines and CSV, import into and export from
the graph. The CLI's ``import``/``export`` and ``POST /v1/import`` all go through here."""
