"""Encrypted backup, restore and verification; spreadsheet import."""
