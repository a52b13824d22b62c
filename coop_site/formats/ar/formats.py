# Western digits (CLDR "latn" for Arabic): 1,234.5 — Django's own Arabic separators are "." and ",".
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
