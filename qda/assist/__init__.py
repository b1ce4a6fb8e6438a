"""Assisted tagging: a rule suggester from the codebook, a learned suggester trained on the
project's own codings, their calibrated combination, and cross-validated evaluation.

Suggestions are never codings: :func:`qda.assist.api.record_decision` is the only way one becomes
a coding, and it records the decision either way.
"""
