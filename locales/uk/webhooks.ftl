### Webhooks: the admins' pages where other systems' addresses are registered to be told when
### something happens to a request, the delivery log, and the email sent when one is turned off.

## The dashboard's link

webhooks-link = Керувати вебхуками

## The list of endpoints and the form to add one

webhooks-title = Вебхуки
webhooks-heading = Вебхуки
webhooks-intro = Вебхук повідомляє іншу систему, наприклад систему ведення справ, коли щось відбувається із заявами команди. Portico надсилає підписане повідомлення на адресу цієї системи. Воно містить номер заяви, послугу, команду та статус і не містить персональних даних.
webhooks-none = Вебхуків ще не налаштовано.
webhooks-add = Додати вебхук
webhooks-team = Команда
webhooks-url = Адреса
webhooks-url-hint = Адреса системи-отримувача, що починається з https://
webhooks-events = Надсилати повідомлення, коли
webhooks-add-button = Додати вебхук

## What can happen to a request

webhooks-event-submitted = Заяву надіслано
webhooks-event-status-changed = Статус заяви змінюється
webhooks-event-message-received = Заявник надсилає повідомлення
webhooks-event-information-supplied = Заявник надає запитану інформацію

## Errors in the form

webhooks-error-team = Виберіть команду
webhooks-error-url = Введіть адресу, наприклад https://crm.example.org/portico
webhooks-error-url-scheme = Введіть адресу, що починається з https:// або http://
webhooks-error-url-credentials = Введіть адресу без імені користувача та пароля
webhooks-error-url-private = Введіть адресу в інтернеті, а не всередині цієї мережі
webhooks-error-events = Виберіть принаймні одну подію, про яку надсилати повідомлення

## An endpoint's page

webhooks-endpoint-active = Активний
webhooks-endpoint-disabled = Вимкнено
# Variables:
#   $when (String) - the date and time it was turned off, already formatted
webhooks-endpoint-disabled-since = Вимкнено з { $when }. Повідомлення чекають, доки його знову не ввімкнуть.
# Variables:
#   $url (String) - the endpoint's address
webhooks-endpoint-title = Вебхук { $url }
webhooks-endpoint-heading = Вебхук
webhooks-back = Назад до вебхуків
webhooks-secret-title = Вебхук додано
webhooks-secret-once = Це секрет для підпису. Скопіюйте його в систему-отримувач зараз: його більше не буде показано.
webhooks-done-title = Готово
webhooks-done-resent = Повідомлення буде надіслано повторно за мить.
webhooks-done-enabled = Вебхук увімкнено. Повідомлення, що очікували, буде надіслано.
webhooks-done-disabled = Вебхук вимкнено. Нові повідомлення чекають, доки його знову не ввімкнуть.
webhooks-status = Статус
webhooks-enable = Увімкнути
webhooks-disable = Вимкнути
webhooks-delete = Видалити вебхук

## Deleting a webhook: the page that asks first

# Variables:
#   $url (String) - the endpoint's address
webhooks-delete-title = Видалити вебхук { $url }
webhooks-delete-heading = Ви впевнені, що хочете видалити цей вебхук?
# Variables:
#   $url (String) - the endpoint's address
webhooks-delete-body = Повідомлення більше не надсилатимуться на адресу { $url }, а список надісланих на неї повідомлень буде видалено. Цю дію не можна скасувати.
webhooks-delete-confirm = Так, видалити цей вебхук
webhooks-delete-cancel = Ні, залишити його

## The delivery log

webhooks-deliveries = Надіслані повідомлення
webhooks-no-deliveries = На цю адресу ще не надіслано жодного повідомлення.
webhooks-older = Старіші повідомлення
webhooks-col-event = Подія
webhooks-col-state = Статус
webhooks-col-attempts = Спроби
webhooks-col-response = Код відповіді
webhooks-col-next = Наступна спроба
webhooks-col-actions = Дії
webhooks-state-pending = Очікує
webhooks-state-retrying = Не вдалося, буде повторна спроба
webhooks-state-delivered = Доставлено
webhooks-state-failed = Не вдалося
webhooks-send-again = Надіслати ще раз
# Variables:
#   $event (String) - what happened
#   $when (String) - when the message was queued, already formatted
webhooks-send-again-which = { $event }, { $when }

## The email to the team's admins when a webhook is turned off

# Variables:
#   $team (String) - the team's id
webhooks-email-disabled-subject = Вебхук команди { $team } вимкнено
# Variables:
#   $url (String) - the endpoint's address
#   $team (String) - the team's id
webhooks-email-disabled-body = Повідомлення на адресу { $url } (команда { $team }) постійно не доходили, тому Portico вимкнуло цей вебхук. Нові повідомлення чекають, доки його знову не ввімкнуть. Перевірте, чи працює система-отримувач, а потім увімкніть вебхук.
webhooks-email-disabled-link = Перегляньте його повідомлення та ввімкніть його:
