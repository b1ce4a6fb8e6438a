"""Training defaults and the suggestion columns, in a module of their own so the CLI can show them
without importing the suggesters."""

REGULARISATION = 1.0  # inverse L2 strength (scikit-learn's C) of the learned suggester
# a suggestion row as qda suggest writes it: where the segment is, then what is suggested
SUGGESTION_COLUMNS = ("document", "segment", "segment_id", "site", "level", "question", "code", "score", "suggester",
                      "evidence")
