"""Fremskudt: the outreach job office's desktop app."""

__version__ = "0.1.0"
