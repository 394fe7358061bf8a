"""MPI Desktop: offline case management for the MPI CDMX."""

__version__ = "0.1.0"
