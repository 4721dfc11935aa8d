### A citizen's request after sending it: status, timeline, messages, withdrawing, more information.

# Variables:
#   $reference (String) - the request's reference
request-title = Заява { $reference }
# Variables:
#   $reference (String) - the request's reference
request-heading = Заява { $reference }
request-back = Назад до ваших заяв
request-status = Статус:
# Variables:
#   $date (String) - the date we aim to decide by
# Ukrainian: no full stop after the date, which already ends with "р." (date-long).
request-due = Ми плануємо завершити розгляд до { $date }
request-info-banner-title = Важливо
request-info-banner = Щоб продовжити розгляд, нам потрібна від вас додаткова інформація.
request-info-answer = Відповісти на наші питання
request-timeline = Що відбулося
request-event-submitted = Ви надіслали заяву
# Variables:
#   $team (String) - the team's name
request-event-viewed = Переглянуто командою «{ $team }»
# Variables:
#   $status (String) - the new status
request-event-status = Статус змінено на: { $status }
# Variables:
#   $team (String) - the team's name
request-event-message = Повідомлення від команди «{ $team }»
request-event-your-message = Ваше повідомлення
request-event-info-requested = Ми попросили вас надати додаткову інформацію
request-event-info-answered = Ви надіслали інформацію, яку ми просили
request-reply-heading = Надішліть нам повідомлення
request-reply-label = Ваше повідомлення
request-reply-hint = Лише щодо цієї заяви. Ми відповімо тут і повідомимо вас електронною поштою.
request-reply-attachment = Прикріпіть файл (необов’язково)
request-reply-button = Надіслати повідомлення
request-error-message = Введіть повідомлення
# Variables:
#   $reference (String) - the request's reference
request-withdraw-title = Відкликання заяви { $reference }
# Variables:
#   $reference (String) - the request's reference
request-withdraw-heading = Ви впевнені, що хочете відкликати заяву { $reference }?
request-withdraw-body = Ми припинимо її розгляд. Якщо ви передумаєте, потрібно буде подати заяву знову.
request-withdraw-reason = Чому ви відкликаєте заяву? (необов’язково)
request-withdraw-button = Відкликати заяву
request-withdraw-link = Відкликати цю заяву
request-info-title = Відповіді на наші питання
request-info-heading = Дайте відповіді на наші питання
request-info-send = Надіслати відповіді

## Emails

# Variables:
#   $reference (String) - the request's reference
email-status-subject = Вашу заяву { $reference } оновлено
# Variables:
#   $service (String) - the service's name
#   $reference (String) - the request's reference
#   $status (String) - the new status
email-status-body = Статус вашої заяви { $reference } ({ $service }) тепер такий: { $status }.
email-status-reason = Наше пояснення:
# Variables:
#   $reference (String) - the request's reference
email-message-subject = Нове повідомлення щодо вашої заяви { $reference }
# Variables:
#   $service (String) - the service's name
#   $reference (String) - the request's reference
email-message-body = Ми надіслали вам повідомлення щодо вашої заяви { $reference } ({ $service }).
# Variables:
#   $reference (String) - the request's reference
email-info-subject = Потрібна додаткова інформація: заява { $reference }
# Variables:
#   $service (String) - the service's name
#   $reference (String) - the request's reference
email-info-body = Нам потрібна від вас додаткова інформація щодо вашої заяви { $reference } ({ $service }). Ваші попередні відповіді вже заповнено, тож вам потрібно змінити лише те, про що ми запитуємо.
email-request-link = Перегляньте заяву та дайте відповідь:
