"""Printed documents, rendered in memory with reportlab to PDF bytes."""
