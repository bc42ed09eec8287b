"""The office store: SQLAlchemy models, the encrypted engine, the key ring and migrations."""
