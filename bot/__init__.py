"""The parent safety assistant: content, safeguarding triage and routing behind a Rasa bot."""
