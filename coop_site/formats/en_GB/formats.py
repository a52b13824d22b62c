# '13 October 2020', 'October 2020', '13 October 2020, 14:30'
DATE_FORMAT = "j F Y"
YEAR_MONTH_FORMAT = "F Y"
DATETIME_FORMAT = "j F Y, H:i"
