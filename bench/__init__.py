"""Benchmarks and the synthetic data set they run on (DESIGN.md §5)."""
