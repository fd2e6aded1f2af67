"""Rasa NLU components of our own, beside the triage."""
