"""Pure-Python domain: enums, catalogues, validation and period rules. No I/O, no Qt, no SQL."""
