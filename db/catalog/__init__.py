"""The service catalog: its schema, loader and search (no Qt)."""
