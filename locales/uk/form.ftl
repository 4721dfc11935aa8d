### Parts shared by every form.
### Module: src/ui/form.rs

# The heading of the box listing a page's errors.
form-error-summary-title = Виникла проблема
# Read by screen readers before each inline error message.
form-error-prefix = Помилка:
# Shown when a form was sent after its security token expired (for example after 30 minutes without activity).
form-error-expired = Термін дії цієї форми минув. Перевірте, що ви ввели, і надішліть її ще раз
back-link = Назад

# The show/hide button on password fields (only with JavaScript).
password-show = Показати
password-hide = Приховати
# Announced by screen readers after the button is pressed.
password-shown = Ваш пароль видно
password-hidden = Ваш пароль приховано

# Under long answers, with JavaScript: followed by a number, for example "Characters left: 12".
# Written so that no plural form is needed.
character-count-remaining = Залишилося символів:
character-count-over = Зайвих символів:

## Previewing a draft (staff only)

preview-banner-title = Попередній перегляд
preview-banner-text = Це чернетка послуги в тому вигляді, у якому її побачать громадяни після публікації. Нічого з того, що ви надсилаєте, не зберігається.
preview-banner-end = Завершити попередній перегляд
preview-sent-title = Що було б надіслано
preview-sent-heading = Ось що було б надіслано
preview-sent-text = У справжній послузі ці відповіді було б збережено як заяву, і команда побачила б її у своїй черзі. Під час попереднього перегляду нічого не збережено й нікого не повідомлено.
