### The service designer: staff build, check and publish services in the browser.

## The list of services

designer-title = Конструктор послуг
designer-heading = Послуги
designer-intro = Створіть послугу, перевірте її та опублікуйте. Люди, які вже почали заповнювати заяву, завершать її на тій версії, на якій почали.
designer-new-button = Створити послугу
# Variables:
#   $version (Number) - a version number
designer-tag-live = Чинна: версія { $version }
# Variables:
#   $version (Number) - a version number
designer-tag-draft = Чернетка: версія { $version }
designer-tag-archived = В архіві

## Creating a service

designer-new-title = Створення послуги
designer-new-heading = Створіть послугу
designer-field-name = Назва послуги
designer-field-name-hint = Почніть із дієслова, адже люди шукають те, що їм потрібно зробити, наприклад: «Повідомити про невивезене сміття».
designer-field-id = Вебадреса
designer-field-id-hint = Малі латинські літери, цифри та дефіси. Пізніше її не можна буде змінити. Залиште поле порожнім, щоб створити її з назви.
designer-field-team = Команда, яка опрацьовує заяви на цю послугу
designer-new-create = Створити послугу
designer-error-name = Введіть назву послуги
designer-error-id = Введіть вебадресу з малих латинських літер, цифр і дефісів, яка починається з літери
designer-error-id-taken = Послуга з такою вебадресою вже існує
designer-error-team = Виберіть одну зі своїх команд
designer-copy-link = Скопіювати цю послугу, щоб створити нову
# Variables:
#   $service (String) - the name of the service copied
designer-copy-title = Копіювання послуги «{ $service }»
# Variables:
#   $service (String) - the name of the service copied
designer-copy-heading = Створіть нову послугу на основі послуги «{ $service }»

## A service's page

# Variables:
#   $service (String) - the service's name
designer-overview-title = { $service } – конструктор послуг
designer-caption = Конструктор послуг
# Variables:
#   $version (Number) - the draft's version number
designer-draft-of = Ви редагуєте чернетку версії { $version }. Доки ви її не опублікуєте, громадяни бачать чинну версію.
# Variables:
#   $version (Number) - the live version's number
designer-live-only = Чинна версія: { $version }. Щоб змінити послугу, створіть чернетку наступної версії.
designer-start-draft = Внести зміни
designer-task-details = Відомості про послугу
# Variables:
#   $count (Number) - how many questions the draft has
designer-task-questions = { $count ->
    [one] Питання ({ $count } питання)
    [few] Питання ({ $count } питання)
    [many] Питання ({ $count } питань)
   *[other] Питання ({ $count } питання)
}
designer-task-translations = Переклади
designer-task-preview = Переглянути чернетку
designer-task-publish = Перевірити й опублікувати
# Variables:
#   $count (Number) - how many exit pages the draft has
designer-task-exits = { $count ->
    [one] Сторінки виходу ({ $count } сторінка)
    [few] Сторінки виходу ({ $count } сторінки)
    [many] Сторінки виходу ({ $count } сторінок)
   *[other] Сторінки виходу ({ $count } сторінки)
}
designer-task-done = Завершено
designer-task-attention = Потребує уваги
designer-history = Історія
designer-event-created = Створено
designer-event-edited = Змінено
designer-event-drafted = Розпочато чернетку
designer-event-published = Опубліковано
designer-event-archived = Перенесено в архів
designer-event-copied = Створено як копію
designer-event-restored = Попередню версію відновлено як чернетку
designer-event-command-line = з командного рядка
# Variables:
#   $version (Number) - a version number
designer-event-version = (версія { $version })
designer-problems-title = Перш ніж публікувати, потрібно виправити ці проблеми
designer-versions = Версії
# Variables:
#   $version (Number) - a version number
designer-version-link = Версія { $version }
designer-state-draft = (чернетка)
designer-state-live = (чинна)
designer-state-earlier = (попередня)
# Variables:
#   $service (String) - the service's name
#   $version (Number) - a version number
designer-version-title = Версія { $version } – { $service }
# Variables:
#   $version (Number) - a version number
designer-version-heading = Версія { $version }
designer-restore-text = Створіть нову чернетку, яка буде копією цієї версії.
designer-restore-replaces = Зробіть цю версію чернеткою. Вона замінить вашу поточну чернетку.
designer-restore-button = Відновити як чернетку

## Problems, as the checks find them

# Variables:
#   $place (String) - where the problem is, for example “Question 3”
#   $problem (String) - what is wrong
# l10n: same-as-english
designer-problem = { $place }: { $problem }
# Variables:
#   $number (Number) - the question's place in the list
#   $label (String) - the question's words
designer-place-question = Питання { $number } ({ $label })
# Variables:
#   $number (Number) - the exit page's place in the list
designer-place-exit = Сторінка виходу { $number }
designer-place-title = Назва послуги
designer-place-summary = Короткий опис
designer-place-declaration = Декларація
designer-place-before-you-start = Перш ніж почати
designer-place-what-happens-next = Що буде далі
designer-place-questions = Питання
designer-place-id = Вебадреса
designer-place-version = Версія
# Ukrainian: the rule-* messages follow a place and a colon, so they start with a small letter.
rule-service-id = вебадреса має складатися з малих латинських літер, цифр і дефісів
rule-version = номер версії має бути не менше ніж 1
rule-no-questions = додайте принаймні одне питання
rule-no-text = немає тексту англійською мовою
# Variables:
#   $id (String) - a question's id
rule-question-id = «{ $id }» не можна використовувати як ідентифікатор питання
# Variables:
#   $id (String) - an id or an option's value
rule-used-twice = «{ $id }» використано двічі
# Variables:
#   $field (String) - the name of a profile detail
rule-profile-field = «{ $field }» не належить до даних профілю
rule-weekdays = вкажіть принаймні один день тижня і скільки дат потрібно запропонувати
rule-empty-item = позиція має містити принаймні одне поле
# Variables:
#   $id (String) - a field's id
rule-inner-id = «{ $id }» не можна використовувати тут, або його використано двічі
rule-not-simple = поле або додаткове питання має бути простим питанням
rule-no-options = додайте варіанти, з яких можна вибирати
rule-follow-up-radios = показувати додаткове питання можуть лише перемикачі
# Variables:
#   $exit (String) - an exit page's id
rule-no-exit = маршрут веде до сторінки виходу «{ $exit }», якої не існує
# Variables:
#   $id (String) - a question's id
rule-no-question = маршрут або умова посилається на питання «{ $id }», якого не існує
# Variables:
#   $target (String) - the question a route goes to
#   $from (String) - the question the route starts from
rule-not-after = маршрут повертається до «{ $target }», а від «{ $from }» маршрути можуть вести лише вперед
# Variables:
#   $question (String) - a question's id
rule-later-answer = умова використовує відповідь на «{ $question }», але це питання ставиться пізніше
# Variables:
#   $exit (String) - an exit page's id
rule-unused-exit = жоден маршрут не веде до сторінки виходу «{ $exit }»
# Variables:
#   $id (String) - a question's id
rule-unreachable = від першого питання сюди не веде жоден шлях, тож це питання нікому не ставиться
# Variables:
#   $exit (String) - an exit page's id
rule-unreachable-exit = від першого питання не веде жоден шлях до сторінки виходу «{ $exit }»
# Variables:
#   $question (String) - a question's id
rule-maybe-unasked = умова використовує відповідь на «{ $question }», але дехто доходить до цього питання, хоча те питання йому не ставили

## Service details

# Variables:
#   $service (String) - the service's name
designer-details-title = Відомості про послугу – { $service }
designer-details-heading = Відомості про послугу
designer-field-summary = Короткий опис
designer-field-before = Перш ніж почати
designer-paragraphs-hint = Залишайте порожній рядок між абзацами.
designer-field-sign-in = Хто може подати заяву
designer-sign-in-required = Лише люди, які увійшли в обліковий запис
designer-sign-in-guests = Будь-хто, з обліковим записом або без нього
designer-field-days = Цільовий термін у робочих днях
designer-field-days-hint = Скільки часу команда має на ухвалення рішення, не враховуючи вихідних і святкових днів.
designer-field-retention = Як довго заяви зберігаються після закриття
designer-field-retention-hint = Кількість днів або строк, наприклад P6Y (6 років), P18M (18 місяців) чи P6W (6 тижнів). Після цього відповіді, файли й персональні дані стираються. Залиште порожнім, щоб зберігати заяви, доки їх не видалять вручну.
designer-error-retention-format = Введіть кількість днів або строк, наприклад P6Y, P18M, P6W чи P30D
designer-error-retention-zero = Введіть строк, більший за нуль
designer-error-retention-long = Введіть строк не більше 100 років
designer-field-declaration = Декларація
designer-field-next = Що буде далі
designer-save = Зберегти й продовжити
designer-error-text = У цьому тексті є фігурна дужка, яку неможливо показати. Видаліть фігурну дужку
designer-error-days = Введіть ціле число робочих днів від 1 до 365
designer-error-sign-in = Виберіть, хто може подати заяву

## Questions

# Variables:
#   $service (String) - the service's name
designer-questions-title = Питання – { $service }
designer-questions-heading = Питання
designer-no-questions = Питань ще немає.
designer-no-label = (тексту ще немає)
# Variables:
#   $number (Number) - the question's place in the list
designer-question-number = питання { $number }
designer-change = Змінити
designer-move-up = Перемістити вгору
designer-move-down = Перемістити вниз
designer-remove = Видалити
designer-add-question = Додати питання
# Variables:
#   $service (String) - the service's name
designer-add-question-title = Додавання питання – { $service }
designer-add-question-heading = Додайте питання
designer-field-question = Питання
designer-field-question-hint = Запитуйте про одне, так, як запитали б особисто, наприклад: «Яка ваша дата народження?».
designer-field-kind = Тип відповіді
designer-error-question = Введіть питання
designer-error-kind = Виберіть тип відповіді
designer-kind-text = Короткий текст
designer-kind-text-hint = Ім’я, номерний знак, кілька слів.
designer-kind-long-text = Довгий текст
designer-kind-long-text-hint = Опис з обмеженням кількості символів.
designer-kind-whole-number = Ціле число
designer-kind-whole-number-hint = Кількість, за потреби з обмеженнями.
designer-kind-money = Сума грошей
designer-kind-money-hint = Фунти й пенси.
designer-kind-email = Адреса електронної пошти
designer-kind-email-hint = Перевіряється, чи має вона вигляд адреси електронної пошти.
designer-kind-phone = Номер телефону
designer-kind-phone-hint = Британський або міжнародний.
designer-kind-date = Дата
designer-kind-date-hint = День, місяць і рік; за потреби лише в минулому або лише в майбутньому.
designer-kind-radios = Один варіант зі списку
designer-kind-radios-hint = Перемикачі: людина вибирає один варіант.
designer-kind-checkboxes = Кілька варіантів зі списку
designer-kind-checkboxes-hint = Прапорці: людина позначає всі варіанти, які підходять.
designer-kind-select = Один варіант із довгого списку
designer-kind-select-hint = Розкривний список для великої кількості варіантів.
designer-kind-yes-no = Так чи ні
designer-kind-yes-no-hint = Два перемикачі: «Так» і «Ні».
designer-kind-address = Адреса
designer-kind-address-hint = Поштова адреса за зразком GOV.UK.
designer-kind-file = Завантаження файлу
designer-kind-file-hint = Фото або документ у форматі PDF, JPEG чи PNG; формат перевіряється за вмістом файлу.
designer-kind-next-dates = Вибір із кількох дат
designer-kind-next-dates-hint = Найближчі дати, що припадають на вибрані дні тижня, для бронювання.
designer-kind-repeat = Список позицій
designer-kind-repeat-hint = «Додати ще»: ті самі питання для кожної позиції, а потім список із кнопками «Змінити» і «Видалити».

## One question

# Variables:
#   $service (String) - the service's name
#   $question (String) - the question's words
designer-question-title = Питання «{ $question }» – { $service }
designer-question-heading = Змініть питання
# Variables:
#   $kind (String) - the type of answer
designer-question-kind = Тип відповіді: { $kind }
designer-field-hint = Підказка (необов’язково)
designer-field-hint-hint = Допомога з відповіддю, яку показано під питанням.
designer-field-required = Чи обов’язково відповідати на це питання?
designer-required-yes = Так, відповідь обов’язкова
designer-required-no = Ні, поле можна залишити порожнім
designer-field-options = Варіанти
designer-field-options-hint = Один варіант у кожному рядку, у тому порядку, у якому їх потрібно показати.
designer-field-max-length = Максимальна кількість символів
designer-field-max-length-hint = Ціле число.
designer-field-min = Найменше дозволене число (необов’язково)
designer-field-max = Найбільше дозволене число (необов’язково)
designer-field-min-pounds = Найменша дозволена сума у фунтах (необов’язково)
designer-field-max-pounds = Найбільша дозволена сума у фунтах (необов’язково)
designer-field-limit-hint = Ціле число. Залиште поле порожнім, якщо обмеження не потрібне.
designer-field-width = Ширина поля
designer-width-full = На всю ширину сторінки
designer-width-2 = 2 символи
designer-width-4 = 4 символи
designer-width-10 = 10 символів
designer-width-20 = 20 символів
designer-width-30 = 30 символів
designer-field-autofill = Що може заповнити браузер
designer-field-autofill-hint = Якщо відповідь — щось із цього переліку, браузер людини може її запропонувати. Це допомагає тим, кому важко набирати текст.
designer-autofill-none = Нічого
designer-autofill-name = Ім’я та прізвище
designer-autofill-given-name = Ім’я
designer-autofill-family-name = Прізвище
designer-autofill-organization = Назва організації
designer-autofill-postal-code = Поштовий індекс
designer-error-number = Введіть ціле число
designer-options-details = Щоб додати підказку, рядок «або» перед варіантом чи додаткове питання, змініть варіант:
# Variables:
#   $option (String) - the option's words
designer-option-link = Змінити «{ $option }»
designer-field-exclusive = Варіант «Нічого з переліченого» (необов’язково)
designer-field-exclusive-hint = Наприклад: «Нічого з переліченого». Його не можна позначити разом з іншими. Залиште поле порожнім, якщо такий варіант не потрібен.
designer-field-max-size = Найбільший дозволений розмір файлу в MB
designer-field-max-size-hint = Ціле число від 1 до 20.
designer-error-size = Введіть розмір у MB цілим числом від 1 до 20
designer-field-weekdays = Дні тижня, які потрібно запропонувати
designer-day-monday = Понеділок
designer-day-tuesday = Вівторок
designer-day-wednesday = Середа
designer-day-thursday = Четвер
designer-day-friday = П’ятниця
designer-day-saturday = Субота
designer-day-sunday = Неділя
designer-error-weekdays = Виберіть принаймні один день тижня
designer-field-count = Скільки дат запропонувати
designer-field-count-hint = Ціле число від 1 до 31.
designer-error-count = Введіть ціле число від 1 до 31
designer-field-lead = Кількість днів до першої запропонованої дати
designer-field-lead-hint = Скільки днів потрібно вашій команді, перш ніж вона зможе прийти, від 0 до 60.
designer-error-lead = Введіть ціле число днів від 0 до 60
designer-field-item-label = Назва кожної позиції в списку
designer-field-item-label-hint = Укажіть { "{ $number }" } там, де має бути номер позиції, наприклад: «Позиція { "{ $number }" }».
designer-field-summary-heading = Заголовок списку
designer-field-summary-heading-hint = Укажіть { "{ $count }" } там, де має бути кількість позицій; завдяки формам множини можна написати «1 позиція», «2 позиції» і «5 позицій».
designer-field-add-another = Питання під списком
designer-field-max-items = Максимальна кількість позицій
designer-field-max-items-hint = Ціле число від 1 до 50.
designer-error-max-items = Введіть ціле число позицій від 1 до 50
designer-fields-heading = Питання для кожної позиції
designer-add-field = Додати питання для кожної позиції

designer-field-date-rule = Які дати дозволені
designer-date-any = Будь-яка дата
designer-date-past = Лише дати в минулому
designer-date-future = Лише дати в майбутньому
designer-field-profile = Використати дані з профілю людини (принцип «повідомте один раз»)
designer-field-profile-hint = Якщо людина вже надавала ці дані, їй потрібно лише підтвердити їх, а не вводити знову.
designer-profile-none = Не використовувати профіль
designer-profile-date-of-birth = Дата народження
designer-profile-address = Адреса
designer-profile-phone = Номер телефону
designer-profile-email = Адреса електронної пошти
designer-profile-contact-preference = Бажаний спосіб зв’язку (варіанти: електронна пошта, телефон і пошта)

## One option

# Variables:
#   $service (String) - the service's name
#   $option (String) - the option's words
designer-option-title = Варіант «{ $option }» – { $service }
designer-option-heading = Змініть варіант
designer-field-option = Варіант
designer-error-option = Введіть текст варіанта
designer-field-divider = Показувати рядок «або» перед цим варіантом
designer-follow-up-heading = Додаткове питання
designer-field-follow-up = Питання, яке ставиться, коли вибрано цей варіант (необов’язково)
designer-field-follow-up-hint = Його показано під варіантом, наприклад: «Укажіть, де саме». Залиште поле порожнім, якщо воно не потрібне.

## A question for each item

# Variables:
#   $service (String) - the service's name
designer-field-title = Питання для кожної позиції – { $service }
designer-field-heading = Змініть питання для кожної позиції
designer-remove-field = Видалити це питання

## Publishing

# Variables:
#   $service (String) - the service's name
designer-publish-title = Перевірка й публікація – { $service }
# Variables:
#   $version (Number) - the draft's version number
designer-publish-heading = Перевірте й опублікуйте версію { $version }
# Variables:
#   $version (Number) - the live version's number
#   $drafts (Number) - how many people are part-way through on it
designer-publish-replaces = Для нових заяв ця версія замінює версію { $version }. { $drafts ->
    [one] { $drafts } особа ще заповнює заяву на версії { $version }.
    [few] { $drafts } особи ще заповнюють заяви на версії { $version }.
    [many] { $drafts } осіб ще заповнюють заяви на версії { $version }.
   *[other] { $drafts } особи ще заповнюють заяви на версії { $version }.
}
designer-publish-first = Це перша версія: коли ви її опублікуєте, послуга почне приймати заяви.
designer-languages = Мови
# Variables:
#   $done (Number) - texts translated
#   $all (Number) - texts in English
#   $percent (Number) - the share translated
designer-language-done = Перекладено текстів: { $done } з { $all } ({ $percent }%)
designer-publish-blocked = Ви зможете опублікувати версію, коли всі проблеми, наведені вище, буде виправлено.
designer-publish-confirm = Опублікувати, хоча деякі мови перекладено не повністю: відсутні тексти буде показано англійською
designer-error-confirm = Підтвердьте, що хочете опублікувати версію з неповним перекладом деяких мов, або спочатку завершіть переклади
designer-publish-button = Опублікувати
designer-archive-heading = Перенесення послуги в архів
designer-archive-text = Послуга в архіві не приймає нових заяв. Це не стосується вже надісланих заяв.
designer-archive-button = Перенести послугу в архів

## Routes

designer-routes-link-heading = Куди перейти далі
# Variables:
#   $count (Number) - how many routes the question has
designer-routes-link = { $count ->
    [0] Додати маршрут (без нього далі йде наступне питання)
    [1] Змінити маршрут (1 маршрут)
    [one] Змінити маршрути ({ $count } маршрут)
    [few] Змінити маршрути ({ $count } маршрути)
    [many] Змінити маршрути ({ $count } маршрутів)
   *[other] Змінити маршрути ({ $count } маршруту)
}
# Variables:
#   $service (String) - the service's name
#   $question (String) - the question's words
designer-routes-title = Маршрути після питання «{ $question }» – { $service }
# Variables:
#   $question (String) - the question's words
designer-routes-heading = Куди перейти після питання «{ $question }»
designer-routes-intro = Спрацьовує перший маршрут, умова якого виконується. Маршрут може вести лише вперед і залежати лише від цієї відповіді або попередніх.
# Variables:
#   $number (Number) - the route's place in the list
designer-route-number = маршрут { $number }
designer-route-always = Завжди
# Variables:
#   $condition (String) - the route's conditions in words
designer-route-if = Якщо { $condition }
designer-route-otherwise = Інакше
# Variables:
#   $target (String) - where the route goes
designer-route-go = перейти до: { $target }
designer-go-check-answers = Перевірка відповідей
# Variables:
#   $title (String) - the exit page's title
designer-go-exit = сторінка виходу «{ $title }»
designer-and = { " " }і{ " " }
designer-or = { " " }або{ " " }
designer-yes = Так
designer-no = Ні
# Variables:
#   $question (String) - the question's words
#   $value (String) - the answer or answers tested
designer-test-equals = відповідь на «{ $question }» — { $value }
# Variables:
#   $question (String) - the question's words
#   $value (String) - the answers tested
designer-test-one-of = відповідь на «{ $question }» — одна з таких: { $value }
# Variables:
#   $question (String) - the question's words
#   $value (String) - the option tested
designer-test-includes = відповіді на «{ $question }» містять { $value }
# Variables:
#   $question (String) - the question's words
#   $value (String) - the option tested
designer-test-excludes = відповіді на «{ $question }» не містять { $value }
# Variables:
#   $question (String) - the question's words
#   $value (String) - a number
designer-test-less-than = відповідь на «{ $question }» менша ніж { $value }
# Variables:
#   $question (String) - the question's words
#   $value (String) - a number
designer-test-greater-than = відповідь на «{ $question }» більша ніж { $value }
# Variables:
#   $question (String) - the question's words
#   $value (String) - a number of years
# Ukrainian: "минуло років: …" avoids making "років" agree with a number given as text.
designer-test-years-ago-at-least = від дати в «{ $question }» минуло років: щонайменше { $value }
# Variables:
#   $question (String) - the question's words
#   $value (String) - a number of years
designer-test-years-ago-less-than = від дати в «{ $question }» минуло років: менше ніж { $value }
# Variables:
#   $question (String) - the question's words
designer-test-answered = на «{ $question }» є відповідь
# Variables:
#   $question (String) - the question's words
designer-test-not-answered = на «{ $question }» немає відповіді
designer-add-condition = Додати умову
designer-add-route = Додати маршрут
# Variables:
#   $service (String) - the service's name
designer-route-new-title = Додавання маршруту – { $service }
designer-add-route-heading = Додайте маршрут
designer-add-condition-heading = Додайте умову до маршруту
designer-route-depends = Від якої відповіді залежить маршрут?
designer-route-no-condition = Без умови: завжди використовувати цей маршрут
designer-or-divider = або
designer-continue = Продовжити
designer-field-op = Перевірка
designer-op-equals = дорівнює
designer-op-one-of = дорівнює одному з варіантів
designer-op-includes = містить
designer-op-excludes = не містить
designer-op-less-than = менше ніж
designer-op-greater-than = більше ніж
designer-op-years-ago-at-least = щонайменше стільки років тому
designer-op-years-ago-less-than = менше ніж стільки років тому
designer-op-answered = має відповідь
designer-op-not-answered = не має відповіді
designer-field-answers = Відповіді (позначте кілька, щоб умова виконувалася за будь-якої з них)
designer-field-value = Значення
designer-field-value-hint = Ціле число для порівняння або кількості років; в інших випадках — точні слова. Не потрібне для «має відповідь».
designer-field-join = Як ця умова поєднується з умовою маршруту?
designer-join-all = Мають виконуватися обидві умови (і)
designer-join-any = Достатньо, щоб виконувалася одна з умов (або)
designer-field-go = Перейти до
designer-error-op = Виберіть перевірку
designer-error-value = Виберіть або введіть відповідь для перевірки
designer-error-go = Виберіть, куди веде маршрут
designer-error-join = Виберіть, як поєднати умови

## Exit pages

# Variables:
#   $service (String) - the service's name
designer-exits-title = Сторінки виходу – { $service }
designer-exits-heading = Сторінки виходу
designer-exits-intro = Сторінка виходу завершує проходження послуги, коли з відповідей видно, що людина не може нею скористатися, і пояснює, що вона може зробити натомість. До неї веде маршрут.
designer-add-exit = Додати сторінку виходу
# Variables:
#   $service (String) - the service's name
designer-exit-new-title = Додавання сторінки виходу – { $service }
# Variables:
#   $service (String) - the service's name
#   $title (String) - the exit page's title
designer-exit-title = Сторінка виходу «{ $title }» – { $service }
designer-exit-heading = Змініть сторінку виходу
designer-field-exit-title = Заголовок
designer-field-exit-title-hint = Поясніть причину, наприклад: «Ви не можете подати заяву на дозвіл».
designer-field-exit-body = Що сказати і що людина може зробити натомість
designer-error-exit-title = Введіть заголовок сторінки виходу

## Translations

# Variables:
#   $service (String) - the service's name
designer-translations-title = Переклади – { $service }
designer-translations-heading = Переклади
designer-translations-intro = Кожен текст послуги англійською поруч із його перекладом. Якщо англійський текст змінився після перекладу, переклад позначається «Потребує перевірки», доки хтось не підтвердить або не змінить його. Відсутні тексти показано англійською.
# Variables:
#   $count (Number) - how many translations need review
designer-needs-review-count = { $count ->
    [one] { $count } переклад потребує перевірки
    [few] { $count } переклади потребують перевірки
    [many] { $count } перекладів потребують перевірки
   *[other] { $count } перекладу потребують перевірки
}
designer-needs-review = Потребує перевірки
# Variables:
#   $service (String) - the service's name
#   $language (String) - the language's name
designer-translate-title = { $language } – переклади – { $service }
# Variables:
#   $language (String) - the language's name
designer-translate-heading = Перекладіть мовою: { $language }
# Variables:
#   $language (String) - the language's name
designer-translate-label = Переклад ({ $language })
designer-confirm-translation = Переклад досі правильний
designer-error-variables = Збережіть заповнювачі з англійського тексту, як-от { "{ $number }" }, і не додавайте інших
designer-error-plural = Використовуйте лише ті форми множини, які є в цій мові
designer-download-english = Завантажити англійські тексти (файл Fluent)
# Variables:
#   $language (String) - the language's name
designer-download-language = Завантажити переклад ({ $language }, файл Fluent)
# Variables:
#   $language (String) - the language's name
designer-upload-label = Завантажте файл Fluent від перекладача (мова: { $language })
designer-upload-hint = Файл .ftl з тими самими ідентифікаторами повідомлень, що й в англійському тексті. Його перевіряють так само, як форму нижче, і нічого не зберігається, якщо хоч в одному тексті є проблема.
designer-upload-button = Завантажити й перевірити
designer-error-file = Файл не є файлом Fluent, який можна прочитати. Перевірте, чи це файл .ftl, збережений як текст у кодуванні UTF-8
designer-error-file-ids = У файлі є повідомлення, яких немає в англійському тексті. Використовуйте ідентифікатори з англійського файлу

## Без втрачених змін і перенесення чернеток

# Variables:
#   $service (String) - the name of the service
designer-conflict-title = Хтось інший змінив цю чернетку – { $service }
designer-conflict-summary = Вашу зміну ще не збережено
# Variables:
#   $name (String) - the name of the member of staff who saved the draft last
designer-conflict-by = { $name } зберіг(-ла) цю чернетку після того, як ви відкрили свою сторінку. Нічого з того, що ви ввели, не втрачено: воно нижче.
designer-conflict-by-someone = Хтось зберіг цю чернетку після того, як ви відкрили свою сторінку. Нічого з того, що ви ввели, не втрачено: воно нижче.
designer-conflict-heading = Чернетка змінилася, поки ви її редагували
designer-conflict-undo = Нічого не скасовано: перегляньте чернетку в її теперішньому вигляді, а потім скасуйте знову, якщо ще бажаєте.
designer-conflict-theirs = Що змінилося відтоді, як ви відкрили свою сторінку
designer-conflict-out = Вилучено
designer-conflict-in = Додано
designer-conflict-no-detail = Чернетка у вигляді на момент відкриття вашої сторінки більше не зберігається, тому її зміни не можна показати. Відкрийте сторінку знову, щоб побачити її теперішній вигляд.
designer-conflict-yours = Що ви ввели
designer-conflict-apply-text = Застосування вашої зміни збереже введене вами поверх чернетки в її теперішньому вигляді. Там, де ви обоє змінили одне й те саме, залишиться ваш варіант.
designer-conflict-apply = Застосувати мою зміну поверх
designer-conflict-back = Повернутися до сторінки в теперішньому вигляді без моєї зміни
designer-editing-title = Хтось інший теж редагує
# Variables:
#   $minutes (Number) - how many minutes back the banner looks (10)
#   $names (String) - the names of the other staff, separated by commas
designer-editing-banner = Цю чернетку за останні { $minutes } хвилин також редагували: { $names }. Якщо ви обоє її зміните, той, хто зберігає другим, спершу побачить обидві версії, перш ніж щось буде перезаписано.
designer-undo-heading = Скасування
# Variables:
#   $count (Number) - how many
designer-undo-text = Попередні стани цієї чернетки, які можна повернути: { $count }.
designer-undo-button = Скасувати останню зміну
designer-event-undone = Останню зміну скасовано
designer-event-drafts-moved = Чернетки громадян перенесено на нову версію
designer-forward-heading = Незавершені заяви
# Variables:
#   $version (Number) - the version number being published
#   $count (Number) - how many drafts
designer-forward-moving = Чернетки, що переходять на версію { $version }, бо кожна відповідь досі підходить: { $count }
# Variables:
#   $count (Number) - how many
designer-forward-staying = Чернетки, що залишаються на версії, на якій їх розпочато: { $count }
# Variables:
#   $count (Number) - how many
designer-forward-guests = Чернетки гостей, які залишаються на своїй версії, бо їхні відповіді зберігаються в їхній власній сесії, недоступній під час публікації: { $count }
## Карта переходів і всі шляхи (src/designer/pages/map.rs, paths.rs)

designer-task-map = Карта переходів
designer-task-paths = Усі шляхи через послугу
# Variables:
#   $service (String) - the service's name
designer-map-title = Карта переходів – { $service }
designer-map-heading = Карта переходів
designer-map-intro = Усі питання по черзі, потім перевірка відповідей і сторінки виходу, зі стрілкою для кожного переходу. Обирається перший перехід, умова якого виконується; «Інакше» — це куди веде шлях, коли жодна не виконується. Таблиця під картою містить ті самі переходи з тими самими посиланнями.
designer-map-paths-link = Переглянути всі шляхи через послугу
# Variables:
#   $service (String) - the service's name
designer-map-svg-title = Карта переходів послуги { $service }
designer-map-svg-desc = Таблиця «Переходи» під картою містить ті самі переходи у вигляді тексту.
# Written above the first question, with an arrow into it.
designer-map-start = Початок
designer-map-elsewhere = Проблеми з відомостями про послугу
# Variables:
#   $number (Number) - the question's position in the service
#   $label (String) - the question's words
designer-map-question = { $number }. { $label }
# Variables:
#   $id (String) - the id a route names
designer-map-missing = «{ $id }» (не існує)
# Variables:
#   $version (Number) - a version number
designer-map-version = Версія { $version }
designer-map-other-versions = Інші версії:
designer-map-routes-caption = Переходи
designer-map-pages-caption = Сторінки
designer-map-col-from = Звідки
designer-map-col-when = Коли
designer-map-col-to = Куди
designer-map-col-page = Сторінка
designer-map-col-problems = Проблеми
designer-map-no-problems = Немає
# Variables:
#   $count (Number) - how many problems
designer-map-problems = { $count ->
    [one] { $count } проблема
    [few] { $count } проблеми
    [many] { $count } проблем
   *[other] { $count } проблеми
}
designer-map-unreachable-route = Ніколи не обирається: завжди діє попередній перехід.
designer-map-not-taken = Ніколи не обирається: жодні відповіді не ведуть цим переходом.
# An arrow's words on the map. Variables:
#   $label (String) - the route's condition in words
designer-map-edge-problem = { $label } (проблема)
# Variables:
#   $label (String) - the route's condition in words
designer-map-edge-never = { $label } (ніколи не обирається)
# Variables:
#   $service (String) - the service's name
designer-paths-title = Усі шляхи – { $service }
designer-paths-heading = Усі шляхи через послугу
# Variables:
#   $count (Number) - how many paths are listed
designer-paths-intro = { $count ->
    [one] Є { $count } шлях. Він містить сторінки по черзі з відповіддю, яка веде далі з кожної, так, як їх спрямовує сама послуга.
    [few] Є { $count } шляхи. Кожен містить сторінки по черзі з відповіддю, яка веде далі з кожної, так, як їх спрямовує сама послуга.
    [many] Є { $count } шляхів. Кожен містить сторінки по черзі з відповіддю, яка веде далі з кожної, так, як їх спрямовує сама послуга.
   *[other] Є { $count } шляху. Кожен містить сторінки по черзі з відповіддю, яка веде далі з кожної, так, як їх спрямовує сама послуга.
}
designer-paths-warning = Попередження
# Variables:
#   $count (Number) - the most paths listed
designer-paths-truncated = Показано лише перші шляхи (не більше { $count }): у послуги їх більше.
designer-paths-map-link = Переглянути карту переходів
designer-paths-who-heading = Хто бачить кожну сторінку
designer-paths-everyone = Усі
designer-paths-nobody = Ніхто: жоден шлях не веде до цієї сторінки
designer-paths-ways = Люди, чиї відповіді ведуть одним із цих шляхів:
designer-paths-list-heading = Шляхи
# Variables:
#   $number (Number) - the path's number
designer-paths-path = Шлях { $number }
designer-paths-otherwise = Жоден із переходів із цього питання не діє
# Variables:
#   $question (String) - the question, with its number
designer-paths-otherwise-at = жоден із переходів після «{ $question }» не діє
# Variables:
#   $id (String) - the question a route goes back or on to
designer-paths-broken = Шлях уривається: перехід веде до «{ $id }», що не йде після нього або не існує
## Differences between two versions (src/designer/pages/diff.rs)

# Variables:
#   $from (Number) - the version compared from
#   $to (Number) - the version compared to
#   $service (String) - the service's name
designer-diff-page-title = Зміни між версіями { $from } і { $to } – { $service }
# Variables:
#   $from (Number) - the version compared from
#   $to (Number) - the version compared to
designer-diff-heading = Зміни між версіями { $from } і { $to }
designer-diff-from = Від версії
designer-diff-to = До версії
designer-diff-compare = Порівняти
designer-diff-nothing = Між цими версіями нічого не змінюється.
designer-diff-what-changes = Що змінюється
designer-diff-link-full = Переглянути всі зміни на окремій сторінці або порівняти інші версії
designer-diff-first = Це перша версія: усе в ній нове.
# Variables:
#   $version (Number) - a version number
#   $previous (Number) - the version before it
designer-diff-history-link = що змінилося порівняно з версією { $previous }
designer-diff-added = Додано
designer-diff-removed = Вилучено
designer-diff-changed = Змінено
# Variables:
#   $from (Number) - the place in the list before
#   $to (Number) - the place in the list after
designer-diff-moved = Переміщено з місця { $from } на місце { $to }
designer-diff-before = Було:
designer-diff-after = Стало:
designer-diff-not-set = (не задано)
# Variables:
#   $thing (String) - what the setting belongs to, for example Question “Where?”
#   $setting (String) - the setting, for example Hint
designer-diff-of = { $thing }: { $setting }
# Variables:
#   $label (String) - the question's words
designer-diff-question = Питання «{ $label }»
# Variables:
#   $label (String) - the question's words
designer-diff-field = Питання для кожного елемента «{ $label }»
# Variables:
#   $label (String) - the option's words
designer-diff-option = Варіант «{ $label }»
# Variables:
#   $title (String) - the exit page's title
designer-diff-exit = Сторінка виходу «{ $title }»
# Variables:
#   $number (Number) - the route's place in the list
designer-diff-route = маршрут { $number }
# Variables:
#   $when (String) - the route's condition, for example If “Where?” is In a park
#   $go (String) - where it goes, for example go to: Check your answers
designer-diff-route-words = { $when }, { $go }
designer-diff-details = Відомості про послугу
designer-diff-questions = Питання
designer-diff-exits = Сторінки виходу
designer-diff-texts = Тексти за мовами
designer-diff-schema = JSON-схема надісланих відповідей
designer-diff-schema-same = Схема не змінюється: системам, які отримують відповіді, нічого змінювати не потрібно.
designer-diff-schema-root = Уся схема
# Variables:
#   $values (String) - the values, separated by commas
designer-diff-values-added = додані значення: { $values }
# Variables:
#   $values (String) - the values, separated by commas
designer-diff-values-removed = вилучені значення: { $values }
designer-diff-csv = Стовпці експорту CSV
designer-diff-csv-same = Стовпці експорту CSV і відповіді в ньому не змінюються.
# Variables:
#   $name (String) - a column's name
designer-diff-csv-column = Стовпець «{ $name }»
# Variables:
#   $name (String) - a key in the answers column
designer-diff-csv-key = Відповідь «{ $name }» у стовпці відповідей
designer-diff-title = Назва послуги
designer-diff-summary = Короткий опис
designer-diff-before-you-start = Перш ніж почати
designer-diff-sign-in = Хто може подати заяву
designer-diff-minimum-level = Потрібний рівень перевірки особи
designer-diff-team = Команда
designer-diff-target-days = Строк у робочих днях
designer-diff-retention = Скільки часу зберігаються заяви
designer-diff-declaration = Декларація
designer-diff-what-happens-next = Що буде далі
designer-diff-exit-title = Заголовок
designer-diff-exit-body = Текст
designer-diff-label = Текст питання
designer-diff-kind = Тип відповіді
designer-diff-required = Обов’язкова відповідь
designer-diff-hint = Підказка
designer-diff-summary-label = Текст на сторінці перевірки відповідей
designer-diff-profile = Використане поле профілю
designer-diff-autocomplete = Що може заповнити браузер
designer-diff-max-length = Найбільша дозволена кількість символів
designer-diff-width = Ширина поля
designer-diff-min = Найменше дозволене значення
designer-diff-max = Найбільше дозволене значення
designer-diff-date-rule = Дозволені дати
designer-diff-exclusive = Варіант «Нічого з переліченого»
designer-diff-max-size = Найбільший дозволений файл
designer-diff-weekdays = Запропоновані дні тижня
designer-diff-count = Кількість запропонованих дат
designer-diff-lead-days = Днів до першої дати
designer-diff-item-label = Назва кожного елемента
designer-diff-summary-heading = Заголовок списку
designer-diff-add-another = Питання під списком
designer-diff-max-items = Найбільша кількість елементів
designer-diff-option-label = Текст
designer-diff-option-hint = Підказка
designer-diff-divider = Рядок «або» перед варіантом
designer-diff-follow-up = Додаткове питання
designer-diff-follow-up-kind = Тип відповіді на додаткове питання

## Publishing with four eyes (src/designer/pages/approval.rs)

designer-approval-needed = Ваша команда хоче, щоб кожну версію перед публікацією схвалювала друга особа. Попросіть про схвалення: інший дизайнер команди або адміністратор перегляне зміни й опублікує їх.
designer-approval-ask-button = Попросити про схвалення
# Variables:
#   $name (String) - who asked
#   $when (String) - the date and time they asked
#   $version (Number) - the version to approve
designer-approval-asked = Запит на схвалення версії { $version }: { $name }, { $when }.
designer-approval-review-link = Переглянути зміни та схвалити чи повернути
designer-approval-someone-else = Схвалити її має інший дизайнер команди або адміністратор.
# Variables:
#   $name (String) - who sent it back
#   $when (String) - the date and time
designer-approval-sent-back = Чернетку повернено на доопрацювання: { $name }, { $when }.
designer-approval-comment-was = Коментар:
# Variables:
#   $name (String) - who asked for approval
designer-approval-void = Чернетка змінилася після запиту на схвалення (запит: { $name }), тому цей запит більше не діє. Попросіть знову, коли вона буде готова.
designer-approval-waiting-heading = Чекає на ваше схвалення
# Variables:
#   $version (Number) - the version to approve
#   $name (String) - who asked
designer-approval-waiting-row = Версія { $version }, запит від: { $name }
# Variables:
#   $service (String) - the service's name
designer-approval-title = Схвалити чи повернути – { $service }
# Variables:
#   $version (Number) - the draft's version number
designer-approval-heading = Схвалення версії { $version }
designer-approval-nothing = Ніхто не чекає на схвалення цієї чернетки.
designer-approval-checks = Перевірки
designer-approval-no-problems = Перевірки не знаходять проблем.
# Variables:
#   $count (Number) - how many problems
designer-approval-problems = { $count ->
    [one] Перевірки знаходять { $count } проблему: її треба виправити, перш ніж версію можна буде схвалити.
    [few] Перевірки знаходять { $count } проблеми: їх треба виправити, перш ніж версію можна буде схвалити.
    [many] Перевірки знаходять { $count } проблем: їх треба виправити, перш ніж версію можна буде схвалити.
   *[other] Перевірки знаходять { $count } проблеми: їх треба виправити, перш ніж версію можна буде схвалити.
}
designer-approval-journeys-none = Немає тестових сценаріїв для запуску.
# Variables:
#   $count (Number) - how many test journeys pass
designer-approval-journeys-pass = { $count ->
    [one] Тестовий сценарій проходить успішно.
    [few] Усі { $count } тестові сценарії проходять успішно.
    [many] Усі { $count } тестових сценаріїв проходять успішно.
   *[other] Усі тестові сценарії ({ $count }) проходять успішно.
}
# Variables:
#   $count (Number) - how many test journeys fail
#   $names (String) - their names, separated by commas
designer-approval-journeys-fail = { $count ->
    [one] { $count } тестовий сценарій не проходить: { $names }.
    [few] { $count } тестові сценарії не проходять: { $names }.
    [many] { $count } тестових сценаріїв не проходять: { $names }.
   *[other] Тестові сценарії, які не проходять ({ $count }): { $names }.
}
designer-approval-approve-button = Схвалити й опублікувати
designer-approval-send-back-heading = Повернути на доопрацювання
designer-approval-comment = Що треба змінити
designer-approval-comment-hint = Дизайнер побачить це на сторінці послуги.
designer-approval-send-back-button = Повернути
designer-approval-own = Це ваш запит на схвалення, тому схвалити його має хтось інший.
designer-approval-not-waiting = Цей запит більше не чекає: його вже розглянуто чи замінено, або чернетка відтоді змінилася.
designer-approval-changed = Запит змінився, поки ви його читали. Перегляньте зміни нижче ще раз.
designer-approval-blocked = Версію не можна схвалити, поки перевірки знаходять проблеми або тестовий сценарій не проходить.
designer-approval-choose = Схваліть версію або поверніть її на доопрацювання
designer-error-comment = Введіть, що треба змінити
designer-error-comment-long = Введіть не більше 2000 символів
designer-event-approval-asked = Запит на схвалення
designer-event-approved = Схвалено
designer-event-sent-back = Повернено на доопрацювання
designer-event-approval-void = Запит на схвалення не діє: чернетка змінилася

## Team settings (src/designer/pages/teams.rs)

designer-teams-link = Налаштування команд: хто має схвалювати публікацію
designer-teams-title = Налаштування команд – конструктор послуг
designer-teams-heading = Налаштування команд
designer-teams-intro = Команда може вимагати, щоб кожну версію її послуг перед публікацією схвалювала друга особа.
designer-teams-on = Публікацію має схвалити друга особа
designer-teams-off = Дизайнери публікують самостійно
# Variables:
#   $team (String) - the team's name
designer-team-title = { $team } – налаштування команди
designer-team-heading = Чи потрібна для публікації друга особа?
designer-team-hint = Друга особа – це інший дизайнер команди або адміністратор. Перед схваленням вона бачить зміни, результати перевірок і переклади.
designer-error-needs-approval = Виберіть, чи потрібна для публікації друга особа
## Test journeys (src/designer/journeys/, pages/journeys.rs, pages/journeys_form.rs)

designer-task-journeys = Тестові шляхи
# Variables:
#   $count (Number) - how many test journeys pass
designer-journey-tag-pass = { $count ->
    [one] { $count } пройдено
    [few] { $count } пройдено
    [many] { $count } пройдено
   *[other] { $count } пройдено
}
# Variables:
#   $count (Number) - how many test journeys fail
designer-journey-tag-fail = { $count ->
    [one] { $count } не пройдено
    [few] { $count } не пройдено
    [many] { $count } не пройдено
   *[other] { $count } не пройдено
}
designer-event-journey-saved = Тестовий шлях збережено
designer-event-journey-removed = Тестовий шлях видалено
# Variables:
#   $service (String) - the service's name
designer-journeys-title = Тестові шляхи – { $service }
designer-journeys-heading = Тестові шляхи
# Variables:
#   $version (Number) - the draft's version number
designer-journeys-intro = Кожен тестовий шлях — це набір прикладів відповідей і місце, куди вони мають вести. Вони запускаються на чернетці версії { $version } після кожної її зміни, зокрема й ті, що написані для попередніх версій, а шлях, який не пройдено, не дає опублікувати чернетку.
designer-journey-add = Додати тестовий шлях
designer-journey-none = Тестових шляхів ще немає.
# Variables:
#   $passed (Number) - how many pass
#   $count (Number) - how many there are
designer-journey-summary = Пройдено тестових шляхів: { $passed } з { $count }.
designer-journey-passes = Пройдено
designer-journey-fails = Не пройдено
# Variables:
#   $version (Number) - a version number
designer-journey-written-for = (написано для версії { $version })
# Variables:
#   $question (String) - a question's label
designer-journey-page = «{ $question }»
# Variables:
#   $question (String) - a question's label
designer-journey-stops = зупиняється на «{ $question }», де немає прикладу відповіді
# Variables:
#   $step (Number) - which step of the journey (1 is the first page)
#   $now (String) - where it goes now: a question, check your answers or an exit page
#   $expected (String) - where it was expected to go
designer-journey-elsewhere = На кроці { $step } тепер веде до: { $now }, замість: { $expected }.
# Variables:
#   $route (String) - the pages it goes through now, joined by arrows
designer-journey-route-now = Тепер веде так: { $route }.
# Variables:
#   $question (String) - a question's label, or its id when it has gone
designer-journey-removed = Приклад відповіді на «{ $question }» стосується питання, якого в послузі вже немає.
# Variables:
#   $question (String) - a question's label
#   $problem (String) - why the answer is refused, as a citizen would be told
designer-journey-unfit = Приклад відповіді на «{ $question }» більше не підходить: { $problem }
designer-journey-error-items = Введіть кількість елементів, ціле число від 1 до найбільшого, яке дозволяє питання
designer-journey-error-kind = Питання тепер приймає інший тип відповіді
# Variables:
#   $service (String) - the service's name
designer-journey-new-title = Додати тестовий шлях – { $service }
# Variables:
#   $service (String) - the service's name
#   $journey (String) - the test journey's name
designer-journey-edit-title = { $journey } – тестові шляхи – { $service }
designer-journey-new-heading = Додати тестовий шлях
designer-journey-edit-heading = Змінити тестовий шлях
designer-journey-name = Назва тестового шляху
designer-journey-name-hint = Напишіть, про кого він, наприклад «Мешканець, який володіє автомобілем».
designer-journey-answers = Приклади відповідей
designer-journey-answers-intro = Дайте відповіді, які дала б людина. Залиште питання порожнім, щоб шлях на ньому закінчився.
designer-journey-not-answered = Без відповіді
# Variables:
#   $option (String) - the option that reveals this question
designer-journey-follow-up = Лише коли вибрано «{ $option }».
designer-journey-format-money = У фунтах, наприклад 12.50.
designer-journey-format-file = Будь-яка назва файлу: файл не завантажується.
# Variables:
#   $most (Number) - the most items the question allows
designer-journey-format-items = Кількість елементів, від 1 до { $most }.
designer-journey-expected = Куди має вести
designer-journey-recorded = Сторінки, якими він проходить:
designer-journey-end = Де має закінчуватися
designer-journey-record = Записати, що відбувається зараз
designer-journey-save = Зберегти тестовий шлях
designer-journey-delete = Видалити цей тестовий шлях
designer-journey-error-name = Введіть назву тестового шляху
designer-journey-error-name-long = Введіть назву довжиною до 120 символів
designer-journey-error-name-taken = У послуги вже є тестовий шлях із такою назвою
designer-journey-error-end = Виберіть, де має закінчуватися шлях
designer-error-journeys = Тестовий шлях не пройдено: виправте послугу або тестовий шлях перед публікацією

## Content advice (src/designer/advice.rs)

designer-advice-title = Поради
designer-advice-intro = Вони не заважають публікації, але якщо їх виправити, послугою буде легше користуватися.
# Link texts that mean nothing on their own, in your language, lower case, separated by commas.
# Questions and the service's name are checked against them.
designer-advice-vague-links = тут, натисніть тут, більше, читати далі, продовжити, далі, почати, почати зараз, посилання, це посилання, ця сторінка, перейти
# Phrases that make no sense in a text people read, in your language, lower case, separated by commas.
designer-advice-vague-phrases = натисніть тут, натисніть на це посилання, читати далі, дізнайтеся більше тут
designer-advice-hint-file = додайте підказку, який документ завантажити і що в ньому має бути видно
designer-advice-hint-money = додайте підказку, яку суму вказати, наприклад на тиждень чи на місяць, до чи після сплати податків
designer-advice-hint-code = додайте підказку з прикладом формату, як для номера National Insurance (QQ 12 34 56 C)
# Variables:
#   $language (String) - the language's name
#   $text (String) - the text
designer-advice-vague-link = мова { $language }: «{ $text }» не каже, куди веде; використайте слова, зрозумілі без контексту
# Variables:
#   $language (String) - the language's name
#   $text (String) - the phrase
designer-advice-vague-phrase = мова { $language }: «{ $text }» не має сенсу без контексту; напишіть, що зробити або куди перейти
# Variables:
#   $number (Number) - the earlier question's number
designer-advice-duplicate = питає те саме, що й питання { $number }
# Variables:
#   $field (String) - the profile detail, for example “Date of birth”
designer-advice-profile = питає дані, які зберігає профіль: використайте профіль для «{ $field }», щоб людям не доводилося повторювати
# Variables:
#   $kind (String) - the type of question, for example “Email address”
designer-advice-kind = використайте тип питання «{ $kind }»: він перевіряє відповідь, браузери заповнюють її, і він може брати дані з профілю
# Variables:
#   $token (String) - what the browser may fill in, for example “Their full name”
designer-advice-autocomplete = дозвольте браузеру заповнити відповідь: виберіть «{ $token }»
