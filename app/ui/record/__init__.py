"""The citizen's record: a window with a header (window.py) and one module per tab. Each tab
has `reload(record)` and a `changed` signal; the window reloads every tab when one changes."""
