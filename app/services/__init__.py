"""Use cases: each call checks the caller's role, runs in one transaction and writes its audit
entry in that same transaction. The only API the UI and the CLI call."""
