"""Benchmarks: ratios against peers measured in the same run (never timed assertions in tests)."""
