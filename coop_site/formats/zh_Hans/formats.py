# CLDR groups Chinese numbers by three with a comma (12,345); Django's own format does not group them.
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
