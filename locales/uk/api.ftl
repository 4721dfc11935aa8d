### The API's staff pages: API keys (administrators) and the API reference, and how an API key
### appears on a request's timeline.

## On a request's timeline

# Variables:
#   $name (String) - the name an administrator gave the API key, e.g. "Case management"
api-actor-key = Ключ API «{ $name }»
# Variables:
#   $who (String) - who downloaded it: a member of staff's name, or "API key “…”"
api-event-downloaded = { $who }: завантажено файл

## Links from the staff dashboard

api-keys-link = Керувати ключами API
api-reference-link = Читати довідник API

## API keys (administrators only)

api-keys-title = Ключі API
api-keys-heading = Ключі API
api-keys-intro = Інші системи, наприклад система ведення справ, використовують ключ API, щоб читати й оновлювати заяви вибраних вами команд. Кожен ключ бачить лише заяви своїх команд, а все, що він робить, записується в хронологію кожної заяви.
api-keys-list = Ключі
api-keys-none = Ключів API ще немає.
api-keys-created-title = Ключ створено
# Variables:
#   $name (String) - the name given to the new key
api-keys-created = Скопіюйте ключ «{ $name }» зараз і передайте його системі, яка його використовуватиме. Його показано лише цей один раз: Portico зберігає лише його відбиток.
api-keys-key = Ключ
api-keys-status = Стан
api-keys-active = Активний
api-keys-expired = Термін дії минув
api-keys-revoked = Відкликаний
api-keys-teams = Команди
api-keys-access = Доступ
api-keys-access-read = Лише читання
api-keys-access-read-write = Читання й оновлення
api-keys-created-on = Створено
api-keys-expires = Діє до
api-keys-last-used = Востаннє використано
api-keys-never-used = Ще не використовувався
api-keys-revoke = Відкликати
api-keys-add = Створити ключ API
api-keys-name = Назва
api-keys-name-hint = Укажіть, яка система його використовуватиме, наприклад «Ведення справ».
api-keys-teams-legend = Заяви яких команд він може бачити
api-keys-access-legend = Що він може робити
api-keys-expiry-legend = Коли він перестане діяти
# Variables:
#   $days (Number) - how many days after today the key stops working
api-keys-expiry-days =
    { $days ->
        [one] Через { $days } день
        [few] Через { $days } дні
        [many] Через { $days } днів
       *[other] Через { $days } дня
    }
api-keys-add-button = Створити ключ
api-keys-error-name = Введіть назву довжиною до 100 символів
api-keys-error-teams = Виберіть принаймні одну команду
api-keys-error-access = Виберіть, що може робити ключ
api-keys-error-expiry = Виберіть, коли ключ перестане діяти

## The API reference (any member of staff)

api-reference-title = Довідник API
api-reference-heading = Довідник API
api-reference-english = Цей довідник створено з опису самого API, який написано англійською.
api-reference-openapi = Завантажити документ OpenAPI 3.1 (JSON)
api-reference-operations = Операції
api-reference-parameters = Параметри
api-reference-body = Тіло запиту
api-reference-responses = Відповіді
api-reference-required = обов’язковий
api-reference-optional = необов’язковий
api-reference-schemas = Документи
api-reference-problems = Типи проблем
