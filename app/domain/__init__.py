"""Pure Python domain: value objects and the programme's rules.

Imports nothing of ours outside app.domain, and neither Qt nor SQLAlchemy."""
