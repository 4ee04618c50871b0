"""Builders of small fake exports (Facebook, Instagram, Google, a folder), hostile files and the scripted story, for the tests and scripts/make_sample_data.py."""
