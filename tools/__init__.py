"""The development environment's own scripts (wheel builder, figures in the docs), run from the repository root."""
