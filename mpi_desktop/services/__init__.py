"""Use cases over a Session. Each public call is one transaction; errors are domain errors; no Qt."""
