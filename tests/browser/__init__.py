"""Helpers of the API and browser tests: a store built from the bundled samples (and a hostile
document) through the real ingest path, a live uvicorn server on 127.0.0.1, and Debian's chromium."""
