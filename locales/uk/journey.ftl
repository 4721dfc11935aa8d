### The journey through a service: start page, question pages, check your answers, confirmation,
### "Your applications".
### Module: src/services/journey.rs

services-title = Послуги
services-heading = Послуги, на які можна подати заяву
journey-before-you-start = Перш ніж почати
journey-start = Почати
journey-sign-in-needed = Щоб подати заяву, потрібен обліковий запис. Вам запропонують увійти або створити його.
journey-guest-note = Ви можете подати заяву без облікового запису. У такому разі ваші відповіді зберігаються, лише доки ви не закриєте браузер або не припините заповнення на 30 хвилин. Щоб зберегти заяву й повернутися до неї пізніше, увійдіть в обліковий запис.
# Above each question.
# Variables:
#   $number (Number) - the position of this question
#   $total (Number) - the most questions the application can have from here on
journey-progress = Питання { $number } (усього не більше ніж { $total })
journey-continue = Продовжити
journey-save-later = Зберегти й повернутися пізніше
journey-or = або
journey-select-prompt = Виберіть варіант
journey-date-hint = Наприклад, 27 3 2027
# Variables:
#   $limit (Number) - the most characters the answer can have
journey-character-limit = Максимальна кількість символів: { $limit }.
# An amount of money in check your answers.
# Variables:
#   $amount (String) - the amount with two decimals, already written with this language's decimal separator (number-decimal-separator), like 12.50 or 12,50
# l10n: same-as-english
journey-money = £{ $amount }
journey-not-answered = Немає відповіді

## "Add another" questions: one page per item, then a list of the items.

# The page title of an item's page, for example "Tell us about the other item – Item 2".
# Variables:
#   $question (String) - the question's heading
#   $item (String) - the item's name, for example "Item 2"
# l10n: same-as-english
journey-item-title = { $question } – { $item }
# One item in check your answers.
# Variables:
#   $item (String) - the item's name, for example "Item 2"
#   $values (String) - its answers, separated by dashes
# l10n: same-as-english
journey-item-line = { $item }: { $values }
# A button that removes an item from the list; a hidden part names the item for screen readers.
journey-item-remove = Видалити
# Variables:
#   $max (Number) - the most items one request can have
journey-items-full = Ви додали максимальну кількість позицій ({ $max }). Щоб додати ще одну, видаліть одну з доданих.
# Shown only if a list of items is somehow shown as a single question.
journey-items-elsewhere = Їх потрібно буде додавати по одному.
answer-error-add-another = Виберіть «Так», якщо вам потрібно додати ще щось
answer-yes = Так
answer-no = Ні

journey-check-title = Перевірте відповіді, перш ніж надіслати заяву
journey-check-heading = Перевірте відповіді, перш ніж надіслати заяву
journey-declaration-heading = Тепер надішліть заяву
journey-submit = Погодитися й надіслати
journey-confirmation-title = Заяву подано
journey-confirmation-heading = Заяву подано
journey-your-reference = Ваш реєстраційний номер
journey-confirmation-email = Ми надіслали вам лист із підтвердженням.
journey-what-next = Що буде далі

## Errors for answers. A service may name its own; these are used otherwise.

answer-error-required-text = Введіть відповідь
answer-error-too-long = Ваша відповідь задовга
answer-error-required-number = Введіть число
answer-error-not-number = Введіть ціле число, наприклад 3
answer-error-number-range = Введіть число в дозволених межах
answer-error-required-money = Введіть суму
# Ukrainian: the form only accepts a full stop before the pence (a comma is read as a thousands separator).
answer-error-not-money = Введіть суму у фунтах і пенсах через крапку, наприклад 12.50
answer-error-money-range = Введіть суму в дозволених межах
answer-error-required-choice = Виберіть варіант
answer-error-required-yes-no = Виберіть «Так» або «Ні»
answer-error-required-checkboxes = Виберіть принаймні один варіант
answer-error-exclusive = Виберіть або лише «Нічого з переліченого», або інші варіанти без нього
date-error-missing = Введіть дату
date-error-missing-day = Дата має містити день
date-error-missing-month = Дата має містити місяць
date-error-missing-year = Дата має містити рік
date-error-real = Введіть дату, яка існує
date-error-past = Дата має бути в минулому
date-error-future = Дата має бути в майбутньому

## Your applications

applications-title = Ваші заяви
applications-heading = Ваші заяви
applications-link = Перейти до ваших заяв
applications-drafts = Заяви, які ви ще не надіслали
applications-no-drafts = У вас немає незавершених заяв.
applications-submitted = Заяви, які ви надіслали
applications-none = Ви ще не надіслали жодної заяви.
applications-saved = Вашу заяву збережено. Ви можете повернутися до неї будь-коли з цієї сторінки.
# Variables:
#   $date (String) - the date it was last saved, written out
applications-last-saved = Востаннє збережено { $date }
applications-continue = Продовжити
applications-delete = Видалити
applications-col-reference = Реєстраційний номер
applications-col-service = Послуга
applications-col-sent = Надіслано
applications-col-status = Статус
applications-find-service = Подати заяву на послугу

## Request statuses, as citizens see them.

status-submitted = Отримано
status-in-review = На розгляді
status-waiting-for-citizen = Потрібні ваші дії
status-approved = Схвалено
status-rejected = Не схвалено
status-withdrawn = Відкликано
status-closed = Закрито

## Emails

# Variables:
#   $service (String) - the name of the service
email-receipt-subject = Ми отримали вашу заяву: { $service }
# Variables:
#   $service (String) - the name of the service
email-receipt-body = Дякуємо. Ми отримали вашу заяву: { $service }.
email-receipt-reference = Ваш реєстраційний номер:

## Tell us once: details the person has given before.

journey-known-intro = У вашому профілі вказано:
journey-known-question = Ця інформація досі правильна?
journey-known-yes = Так, використати її
journey-known-no = Ні, мені потрібно її змінити
journey-update-profile = Також зберегти це в моєму профілі, щоб інші послуги могли цим скористатися
answer-error-required-date-choice = Виберіть одну з дат

## Dates with their weekday, for example "Tuesday 24 November 2026".

# Variables:
#   $weekday (String) - the name of the day, from weekday-1 … weekday-7
#   $date (String) - the date, already written out
# Ukrainian: "Вівторок, 24 листопада 2026 р." The weekday starts an answer option, so it is capitalised.
date-with-weekday = { $weekday }, { $date }
weekday-1 = Понеділок
weekday-2 = Вівторок
weekday-3 = Середа
weekday-4 = Четвер
weekday-5 = П’ятниця
weekday-6 = Субота
weekday-7 = Неділя

## File uploads

# Variables:
#   $megabytes (Number) - the largest file allowed, in megabytes
file-hint-limit = Файл має бути у форматі PDF, JPG або PNG і мати розмір менше ніж { $megabytes } МБ.
# Shown when a file was uploaded earlier.
# Variables:
#   $name (String) - the file's name
#   $size (String) - its size, like "2.4 MB"
file-current = Ви завантажили файл { $name } ({ $size }). Вибирайте інший файл, лише якщо хочете замінити цей.
# A file's size.
# Variables:
#   $size (String) - the number, already written with this language's decimal separator
file-size-mb = { $size } МБ
# Variables:
#   $size (String) - the number of kilobytes
file-size-kb = { $size } КБ
# A file in check your answers.
# Variables:
#   $name (String) - the file's name
#   $size (String) - its size, from file-size-mb or file-size-kb
# l10n: same-as-english
file-summary = { $name } ({ $size })
file-error-missing = Виберіть файл
file-error-empty = Вибраний файл порожній
file-error-too-big = Розмір вибраного файлу має бути менше ніж 10 МБ
file-error-type = Вибраний файл має бути у форматі PDF, JPG або PNG
file-error-scan = Не вдалося прийняти вибраний файл. Спробуйте інший файл
