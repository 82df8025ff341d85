"""Turns records into ESC/POS bytes and PDFs, and sends them to a printer. No database, no widgets."""
