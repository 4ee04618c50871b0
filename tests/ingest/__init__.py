"""Tests of exposure.ingest."""
