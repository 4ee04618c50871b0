"""derive: pure functions from the stored tables to the derived ones, in seconds and without models.

`people` clusters faces into recurring people and finds the owner, `places` turns GPS, post places,
check-ins and captions (`placenames`) into locations, homes and trips, `timeline` counts tags and
people per month, and `tables.derive` runs them all. Nothing here writes to disk.
"""
