# '13 октября 2020', 'Октябрь 2020': without Django's trailing "г.", which doubles the full stop when a
# date ends a sentence ("… на 13 октября 2020 г..").
DATE_FORMAT = "j E Y"
YEAR_MONTH_FORMAT = "F Y"
DATETIME_FORMAT = "j E Y, G:i"
