"""Imported before python-escpos by the modules that use it: its capabilities load from the persistent cache folder
and leave no temporary folder (printing/escpos_cache.py)."""

from printing.escpos_cache import load_capabilities

load_capabilities()
