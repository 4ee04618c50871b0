"""report: results.json and report.html from the derived tables and the inferences.

`results` builds results.json (schema `exposure.results/1`, loaded back identically), `view` turns
it and the tables into the documented view model the templates read, and `render` is the one
jinja environment (autoescape on) that renders report.html. `exposure.analysis` calls them.
"""
