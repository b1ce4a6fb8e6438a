"""Training defaults, in a module of their own so the CLI can show them without importing spaCy."""

REGULARISATION = 1.0  # inverse L2 strength (scikit-learn's C) of the learned suggester
