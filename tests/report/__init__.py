"""Tests of exposure.report."""
