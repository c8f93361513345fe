"""Benchmarks: each module with a `main(argv)` is one `marsad bench NAME`."""

# Modules of this package that serve the benchmarks (and tests) but are no benchmark themselves.
HELPERS = frozenset({"synthetic"})
