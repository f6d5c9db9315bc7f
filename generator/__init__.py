"""Tooling for the spec-first ModelArts toolkit: transcribe, validate, drift (and later generate, publish)."""
