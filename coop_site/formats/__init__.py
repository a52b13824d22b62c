"""Date and number formats per language, where the site departs from Django's own (FORMAT_MODULE_PATH).

Django's formats hold for French and Spanish. English keeps the month names the site has always
shown ("13 October 2020"); Russian drops the "г." after the year (a date ending a sentence doubled
the full stop). Arabic and Chinese numbers follow CLDR's Latin-digit conventions: the Atlas writes
Western digits in every language (dates, counts, years in record names and charts agree with the
sources and the API), with CLDR's separators for those digits.
"""
