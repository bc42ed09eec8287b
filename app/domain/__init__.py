"""Pure Python domain: value objects and the programme's rules. Imports nothing of ours but itself."""
