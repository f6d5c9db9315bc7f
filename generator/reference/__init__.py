"""The HTML reference of the published spec (`generated/spec/index.html`)."""
