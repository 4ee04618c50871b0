"""Tests of exposure.derive."""
