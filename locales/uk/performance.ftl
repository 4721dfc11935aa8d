### Open performance data: the public page of each service's figures by month, its downloads,
### and the admins' page where the council enters costs and offline volumes.
### Module: src/performance/

## The public page

performance-title = Як працюють наші послуги
performance-heading = Як працюють наші послуги
performance-intro = Щомісяця ми публікуємо, наскільки добре кожна послуга працює для людей, які нею користуються. Показники обчислюємо з отриманих заяв і відгуків.
performance-measures-heading = Що ми вимірюємо
performance-measure-completion = Рівень завершення: надіслані заяви як частка заяв, розпочатих за місяць.
performance-measure-satisfaction = Задоволеність користувачів: люди, які були задоволені або дуже задоволені, як частка всіх, хто залишив відгук про послугу.
performance-measure-cost = Вартість однієї транзакції: вартість послуги за місяць, поділена на заяви, подані онлайн і офлайн. Показується, коли рада ввела вартість.
performance-measure-take-up = Цифрове охоплення: заяви, подані онлайн, як частка всіх заяв, онлайн і офлайн. Показується, коли рада ввела кількість заяв, поданих офлайн.
performance-measure-decision = Час до рішення: медіанна кількість днів від надсилання заяви до рішення та частка рішень, ухвалених до обіцяної дати.
performance-suppression-heading = Малі числа приховано
# Variables:
#   $minimum (Number) - the smallest count a figure may be worked out from, 5
performance-suppression-body = Щоб захистити приватність людей, ми не показуємо показники, обчислені з менш ніж { $minimum } заяв чи відповідей, або такі, що виявили б групу з менш ніж { $minimum } осіб. Там написано «Приховано».
performance-download-heading = Завантажити показники
performance-download-csv = Завантажити показники як електронну таблицю (CSV)
performance-download-json = Завантажити показники як дані (JSON)
# Followed by the licence's name, in English, as a link.
performance-licence = Ви можете використовувати й поширювати ці показники на умовах ліцензії
# The first line of the CSV file, followed by the licence's name and address.
# Variables:
#   $minimum (Number) - the smallest count a figure may be worked out from, 5
performance-csv-note = Показники з менш ніж { $minimum } позначено як приховані (suppressed). Ліцензія:

# A month in the table and the charts, like "December 2026". Choose the form of the month's
# name that stands alone with a year (in some languages it differs from the form in a date).
# Variables:
#   $month (String) - which month: m1 for January to m12 for December
#   $year (String) - the year, like 2026
performance-month = { $month ->
    [m1] січень
    [m2] лютий
    [m3] березень
    [m4] квітень
    [m5] травень
    [m6] червень
    [m7] липень
    [m8] серпень
    [m9] вересень
    [m10] жовтень
    [m11] листопад
   *[m12] грудень
} { $year }
# Variables:
#   $value (String) - the number, already written with this language's decimal separator
performance-percent = { $value } %
# Variables:
#   $value (String) - the amount in pounds with two decimals, already written with this language's decimal separator
performance-pounds = { $value } £
performance-suppressed = Приховано
performance-not-entered = Не введено
# Variables:
#   $service (String) - the service's name
performance-table-caption = «{ $service }»: показники за місяцями
# Variables:
#   $service (String) - the service's name
performance-chart-description = Стовпчик для кожного місяця. Таблиця нижче містить ті самі показники для послуги «{ $service }».

## Column headings of the table (and the titles of the charts)

performance-col-month = Місяць
performance-col-started = Розпочаті заяви
performance-col-sent = Надіслані заяви
performance-col-completion = Рівень завершення
performance-col-responses = Відгуки
performance-col-satisfaction = Задоволеність користувачів
performance-col-cost = Вартість однієї транзакції
performance-col-take-up = Цифрове охоплення
performance-col-decided = Розглянуті заяви
performance-col-median-days = Медіана днів до рішення
performance-col-within-target = Розглянуто вчасно

## The admins' page

performance-admin-link = Ввести вартість і кількість заяв офлайн для показників
performance-admin-title = Вартість і заяви офлайн
performance-admin-heading = Вартість і заяви офлайн
performance-admin-intro = Введіть вартість послуги за місяць і кількість заяв, поданих офлайн (телефоном, на папері чи особисто). Вони потрібні для вартості однієї транзакції та цифрового охоплення. Повторне введення місяця замінює попередні дані; залиште поле порожнім, щоб видалити показник.
performance-admin-public-link = Переглянути опубліковані показники
performance-admin-service = Послуга
performance-admin-month = Місяць
performance-admin-month-hint = Число від 1 до 12, наприклад 3 для березня
performance-admin-year = Рік
performance-admin-cost = Вартість у фунтах
performance-admin-cost-hint = Уся вартість послуги за місяць, наприклад 1250.50
performance-admin-offline = Заяви, подані офлайн
performance-admin-offline-hint = Ціле число, наприклад 120
performance-admin-save = Зберегти показники
performance-admin-saved-title = Збережено
performance-admin-saved = Показники збережено.
performance-admin-entered = Введені показники

## Errors in the admins' form

performance-error-service = Виберіть послугу
performance-error-month = Введіть місяць від 1 до 12
performance-error-year = Введіть рік чотирма цифрами, наприклад 2026
performance-error-cost = Введіть вартість у фунтах, наприклад 1250.50
performance-error-offline = Введіть кількість заяв, поданих офлайн, цілим числом, наприклад 120
