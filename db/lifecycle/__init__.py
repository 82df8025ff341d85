"""A file's whole life: SOP steps recorded by the people holding each step's role, signing, pickup, archiving."""
