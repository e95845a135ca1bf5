"""HTTP routes of the reference backend, one module per part of API.md."""
