"""Tests of exposure.vision."""
