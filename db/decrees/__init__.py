"""Decrees (SK): issue on F4 with a signed QR payload, verify, correct or withdraw, archive, hand over."""
