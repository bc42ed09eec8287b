"""Sync bundles to the central jobcenter (age v1 files, signed manifests) and the central side."""
