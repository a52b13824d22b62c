"""The curated-record framework: what every record type of the Atlas shares. Imports no app."""
