"""The generator of the synthetic sample corpus in transcripts/ (see README.md here)."""
