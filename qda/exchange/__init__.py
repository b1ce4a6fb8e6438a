"""Exchange with other tools and analysts: REFI-QDA .qdpx and .qdc, coding guides, tidy tables.

Import from the modules: ``qda.exchange.refi_export``, ``refi_import``, ``codebook_export`` and
``tidy`` (which needs pandas), so that each command loads only the format it writes.
"""
