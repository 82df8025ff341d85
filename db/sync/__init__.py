"""Nightly sync with the regency's central server: outbox capture, the HTTP client, applying master data."""
