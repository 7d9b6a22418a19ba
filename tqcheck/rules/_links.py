"""Pages the rule documentation links to (``link`` in a family's ``_docs.py``)."""

#: the MQM error typology, whose dimension/subtype slugs are tqcheck's categories
MQM = "https://themqm.org/error-types-2/typology/"
