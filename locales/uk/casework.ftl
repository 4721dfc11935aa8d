### The staff side: dashboard, queue, a request's page and its actions, and administration.

## Dashboard

# Variables:
#   $name (String) - the signed-in member of staff's name
casework-signed-in-as = Ви увійшли як { $name }
casework-overdue = Прострочені
casework-due-soon = Термін спливає в найближчі 3 робочі дні
casework-my-requests = Заяви, доручені мені
casework-by-service = Заяви за послугами та статусами
casework-queue-link = Перейти до черги заяв
admin-heading = Адміністрування
admin-staff-link = Керування працівниками
admin-teams-link = Керування командами та послугами

## The queue

casework-queue-title = Заяви
casework-queue-heading = Заяви
casework-queue-caption = Заяви, що відповідають фільтрам
casework-queue-empty = Немає заяв, що відповідають цим фільтрам.
casework-filter-search = Реєстраційний номер або ім’я заявника
casework-filter-search-hint = Наприклад, 7KXM4PQR або Шевченко
casework-filter-any = Усі
casework-filter-anyone = Будь-хто
casework-filter-me = Я
casework-filter-from = Надіслано не раніше ніж
casework-filter-to = Надіслано не пізніше ніж
casework-filter-date-hint = Наприклад, 2026-11-21
casework-filter-apply = Застосувати фільтри
casework-sort = Порядок
casework-sort-newest = Спочатку нові
casework-sort-oldest = Спочатку старі
casework-sort-due = Спочатку з найближчим терміном
casework-counts = Заяви за статусами
# One status and how many requests have it, as a link.
# Variables:
#   $status (String) - the status
#   $count (Number) - how many requests
# l10n: same-as-english
casework-count = { $status }: { $count }
casework-export = Завантажити ці заяви як електронну таблицю (CSV)
casework-col-select = Вибрати
casework-col-applicant = Заявник
# Ukrainian: "Виконавець", the usual term in document workflows for the person a request is assigned to.
casework-col-assignee = Виконавець
casework-col-due = Термін
casework-col-team = Команда
casework-unassigned = Не призначено
casework-overdue-tag = Прострочено
casework-due-soon-tag = Термін спливає
# The hidden label of a row's checkbox.
# Variables:
#   $reference (String) - the request's reference
casework-select-request = Вибрати заяву { $reference }
# Ukrainian: the label is a question ("To whom to entrust…"), answered by "Мені", "Нікому" or a name.
casework-bulk-assign = Кому доручити вибрані заяви
casework-bulk-assign-button = Доручити вибрані заяви
casework-assign-me = Мені
casework-unassign = Нікому (зняти призначення)
casework-pagination = Інші заяви
casework-next-page = Наступна сторінка

## A request

# Variables:
#   $reference (String) - the request's reference
casework-request-title = Заява { $reference }
# Variables:
#   $reference (String) - the request's reference
casework-request-heading = Заява { $reference }
casework-back-to-queue = Назад до заяв
casework-clock-paused = Відлік терміну зупинено: очікуємо відповіді заявника
casework-answers = Відповіді
# Variables:
#   $name (String) - the file's name
casework-download = Завантажити { $name }
casework-profile-snapshot = Дані з профілю заявника
casework-profile-snapshot-hint = Станом на момент надсилання заяви.
casework-timeline = Історія заяви
casework-event-retention-erased = Відповіді, файли, повідомлення й персональні дані стерто: строк зберігання минув
casework-audit-export = Завантажити журнал аудиту з доказом (JSON)
casework-audit-export-hint = Кожна подія вище, її ланцюжок гешів і підписана контрольна точка, що її охоплює. Будь-хто може перевірити це без Portico, як описано в docs/audit.md.
casework-internal = Лише для працівників
casework-actions = Дії
casework-assign = Кому доручити
casework-assign-button = Доручити
casework-change-status = Змінити статус
casework-change-status-button = Змінити статус
casework-reason = Обґрунтування
casework-reason-hint = Обов’язкове для рішення. Заявник його побачить.
casework-ask = Запитати в заявника додаткову інформацію
casework-ask-hint = Виберіть питання, на які заявнику потрібно відповісти повторно. Попередні відповіді буде заповнено.
casework-ask-message = Що потрібно від заявника?
casework-ask-button = Надіслати запит на інформацію
casework-message = Повідомлення заявнику
casework-message-hint = Заявник побачить його у своїй заяві й отримає лист.
casework-message-button = Надіслати повідомлення
casework-note = Внутрішня примітка
casework-note-hint = Примітки бачать лише працівники.
casework-note-button = Додати примітку
casework-error-not-allowed = Ця зміна неможлива за поточного статусу заяви
casework-error-reason = Введіть обґрунтування рішення
casework-error-status = Виберіть новий статус
casework-error-questions = Виберіть принаймні одне питання, яке потрібно поставити повторно
casework-error-message = Введіть повідомлення
casework-error-note = Введіть примітку
casework-error-assignee = Виберіть працівника, який розглядає заяви цієї команди

## The timeline

# When something happened.
# Variables:
#   $date (String) - the date, written out
#   $time (String) - the time, like 14:05
casework-event-when = { $date } о { $time }
casework-actor-citizen = Заявник
# l10n: same-as-english
casework-actor-system = { -portico }
casework-event-submitted = Заяву надіслано
# Variables:
#   $who (String) - the member of staff
# Ukrainian: the headings name the person after a colon and use impersonal forms, so that no verb has to agree with the person's gender and no name has to be declined.
casework-event-viewed = Переглянуто: { $who }
# Variables:
#   $who (String) - the member of staff who assigned it
#   $to (String) - the member of staff it was assigned to
casework-event-assigned = { $who }: призначено виконавця — { $to }
# Variables:
#   $who (String) - the member of staff
casework-event-unassigned = { $who }: знято призначення
# Variables:
#   $who (String) - who changed it
#   $status (String) - the new status
casework-event-status = { $who }: статус змінено на «{ $status }»
# Variables:
#   $who (String) - the member of staff
casework-event-note = Примітка від: { $who }
# Variables:
#   $who (String) - who wrote it
casework-event-message = Повідомлення від: { $who }
# Variables:
#   $who (String) - the member of staff
casework-event-info-requested = { $who }: запит на додаткову інформацію
casework-event-info-answered = Заявник повторно відповів на питання
# One changed answer.
# Variables:
#   $question (String) - the question
#   $old (String) - the earlier answer
#   $new (String) - the new answer
# l10n: same-as-english
casework-event-change = { $question }: { $old } → { $new }

## Administration

admin-staff-title = Керування працівниками
admin-staff-heading = Працівники
admin-staff-active = Обліковий запис активний
admin-staff-disabled = Обліковий запис вимкнено: вхід і відкриття заяв неможливі
# Variables:
#   $name (String) - the member of staff's name
admin-staff-teams = Команди, у яких працює { $name }
admin-save = Зберегти
admin-staff-disable = Вимкнути
admin-staff-enable = Увімкнути
admin-staff-add = Додати працівника
admin-staff-add-hint = Ми надішлемо цій особі лист із посиланням для встановлення пароля. Посилання діє 72 години.
admin-staff-add-button = Додати працівника
admin-error-name = Введіть ім’я та прізвище
admin-error-staff-exists = Працівник із такою адресою електронної пошти вже існує
admin-teams-title = Керування командами та послугами
admin-teams-heading = Команди
admin-teams-services = Яка команда опрацьовує кожну послугу
admin-teams-services-hint = Нові заяви на послугу надходять до її команди. Уже надіслані заяви залишаються у своїй команді.
admin-teams-add = Додати команду
admin-teams-name = Назва команди
admin-teams-add-button = Додати команду
admin-error-team-name = Введіть назву команди (не більше ніж 60 символів)
