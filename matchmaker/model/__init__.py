"""The ecosystem's data model: controlled vocabularies and the exchange-format records.

Everything that crosses a boundary (files, HTTP, the graph) is one of these records.
"""
