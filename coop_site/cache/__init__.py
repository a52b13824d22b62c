"""The shared anonymous response cache (see middleware.py) and its invalidation rule (invalidation.py)."""
