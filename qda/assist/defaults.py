"""Training defaults, in a module of their own so the CLI can show them without importing spaCy."""

EPOCHS = 8
