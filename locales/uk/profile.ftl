### The citizen profile ("tell us once"), downloading your data and deleting your account.
### Module: src/profile/

profile-title = Ваш профіль
profile-heading = Ваш профіль
profile-intro = Послуги використовують ці дані, щоб вам не доводилося вказувати їх знову. Стежте, щоб вони були актуальними.
profile-not-given = Не вказано
# The link at the end of each row of the profile. Screen readers hear it followed by the row's name, for example "Change name".
profile-change = Змінити
profile-save = Зберегти й продовжити
profile-saved-title = Успішно
profile-saved-body = Ваші дані збережено.
profile-account-heading = Ваш обліковий запис
profile-change-password = Змінити пароль
profile-download = Завантажити ваші дані
profile-delete = Видалити обліковий запис

# Row names in the profile. The "-lower" forms follow the word "Change" for screen readers.
# Ukrainian: the "-lower" forms are in the accusative case, after "Змінити".
profile-name = Ім’я та прізвище
profile-name-lower = ім’я та прізвище
profile-dob = Дата народження
profile-dob-lower = дату народження
profile-address = Адреса
profile-address-lower = адресу
profile-email = Адреса електронної пошти
profile-email-lower = адресу електронної пошти
profile-phone = Номер телефону
profile-phone-lower = номер телефону
profile-contact = Спосіб зв’язку з вами
profile-contact-lower = спосіб зв’язку з вами
profile-language = Мова
profile-language-lower = мову

# Under a value: where it came from.
# Variables:
#   $date (String) - the date it was last confirmed, already written out, e.g. "21 November 2026"
profile-confirmed-profile = Востаннє підтверджено на цій сторінці { $date }
# Variables:
#   $date (String) - the date it was last confirmed, already written out
#   $service (String) - the name of the service during which it was confirmed
profile-confirmed-service = Востаннє підтверджено { $date } під час користування послугою «{ $service }»

## Name

profile-name-title = Ваше ім’я та прізвище
profile-name-heading = Як вас звати?
field-given-names = Ім’я
field-given-names-hint = Ваше ім’я та всі інші імена (middle names), як ви їх пишете
field-family-name = Прізвище
name-error-given-missing = Введіть ім’я
name-error-given-too-long = Ім’я має містити не більше ніж 100 символів
name-error-family-missing = Введіть прізвище
name-error-family-too-long = Прізвище має містити не більше ніж 100 символів

## Date of birth

profile-dob-title = Ваша дата народження
profile-dob-heading = Яка ваша дата народження?
profile-dob-hint = Наприклад, 27 3 1985
date-day = День
date-month = Місяць
date-year = Рік
dob-error-missing = Введіть дату народження
dob-error-missing-day = Дата народження має містити день
dob-error-missing-month = Дата народження має містити місяць
dob-error-missing-year = Дата народження має містити рік
dob-error-real = Введіть дату народження, яка існує
dob-error-year-digits = Рік має складатися з 4 цифр
dob-error-past = Дата народження має бути в минулому
dob-error-too-old = Перевірте рік народження

## Address

profile-address-title = Ваша адреса
profile-address-heading = Яка ваша адреса?
field-address-line1 = Адреса, рядок 1
field-address-line2 = Адреса, рядок 2 (необов’язково)
field-address-town = Місто або населений пункт
field-address-postcode = Поштовий індекс (postcode)
field-address-postcode-hint = Для деяких адрес за межами Великої Британії не потрібен
field-address-country = Країна
address-error-line1-missing = Введіть перший рядок адреси — зазвичай це номер будинку й вулиця
address-error-town-missing = Введіть місто або населений пункт
address-error-too-long = Кожен рядок адреси має містити не більше ніж 100 символів
address-error-postcode-missing = Введіть поштовий індекс
address-error-postcode-invalid = Введіть справжній поштовий індекс, наприклад CF10 1EP

## Phone

profile-phone-title = Ваш номер телефону
profile-phone-heading = Який ваш номер телефону?
profile-phone-hint = Для міжнародних номерів вкажіть код країни, наприклад +44
phone-error-missing = Введіть номер телефону
phone-error-invalid = Введіть номер телефону, наприклад 029 2000 0000 або +44 29 2000 0000

## How to contact you

profile-contact-title = Спосіб зв’язку з вами
profile-contact-heading = Як нам зв’язуватися з вами щодо ваших заяв?
profile-contact-hint = Для таких речей, як посилання для входу, ми завжди використовуємо електронну пошту.
contact-email = Електронною поштою
contact-phone = Телефоном
contact-post = Поштою
contact-error-missing = Виберіть, як нам з вами зв’язуватися

## Language

profile-language-title = Ваша мова
profile-language-heading = Якою мовою ви хочете користуватися?
profile-language-hint = Ми використовуватимемо її на цьому сайті та в листах, які вам надсилаємо.
profile-language-error = Виберіть мову

## Delete your account

delete-title = Видалення облікового запису
delete-heading = Видаліть обліковий запис
delete-what = Ваш обліковий запис і профіль буде видалено негайно. Ви не зможете знову увійти з цією адресою електронної пошти, якщо не створите новий обліковий запис.
delete-requests = Заяви, які ви вже надіслали, зберігаються стільки, скільки вимагає закон, але без вашого імені та контактних даних.
delete-privacy-link = Як довго ми зберігаємо інформацію
delete-warning-prefix = Увага
delete-warning = Цю дію не можна скасувати.
delete-password-label = Введіть пароль для підтвердження
delete-button = Видалити мій обліковий запис
delete-cancel = Скасувати
deleted-title = Ваш обліковий запис видалено
deleted-heading = Ваш обліковий запис видалено
deleted-body = Ми видалили ваш обліковий запис і профіль.

## Dates. Month names are used inside dates, for example "21 November 2026".

# The character between whole numbers and decimals, as in "2.4".
# Ukrainian: a comma, as in "2,4 МБ".
number-decimal-separator = ,

# Variables:
#   $day (Number) - the day of the month
#   $month (String) - the name of the month, from the month-1 … month-12 messages
#   $year (String) - the year, with 4 digits
# Ukrainian: "21 листопада 2026 р." The month names below are in the genitive case,
# because they are only used inside dates (date-long).
date-long = { $day } { $month } { $year } р.
month-1 = січня
month-2 = лютого
month-3 = березня
month-4 = квітня
month-5 = травня
month-6 = червня
month-7 = липня
month-8 = серпня
month-9 = вересня
month-10 = жовтня
month-11 = листопада
month-12 = грудня
