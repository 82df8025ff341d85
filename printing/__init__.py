"""Turns records into ESC/POS bytes and PDFs, and sends them to a printer. No database, no widgets."""

from printing.escpos_cache import use_persistent_cache

use_persistent_cache()  # before any printing module imports python-escpos
