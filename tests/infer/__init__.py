"""Tests of exposure.infer."""
