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
designer-task-publish = Перевірити й опублікувати
designer-task-done = Завершено
designer-task-attention = Потребує уваги
designer-history = Історія
designer-event-created = Створено
designer-event-edited = Змінено
designer-event-drafted = Розпочато чернетку
designer-event-published = Опубліковано
designer-event-archived = Перенесено в архів
designer-event-command-line = з командного рядка
# Variables:
#   $version (Number) - a version number
designer-event-version = (версія { $version })
designer-problems-title = Перш ніж публікувати, потрібно виправити ці проблеми

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
designer-kind-next-dates = Вибір із кількох дат
designer-kind-repeat = Список позицій

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
designer-error-number = Введіть ціле число
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
    [one] { $drafts } особа ще заповнює заяву на версії { $version } і завершить її на тій самій версії.
    [few] { $drafts } особи ще заповнюють заяви на версії { $version } і завершать їх на тій самій версії.
    [many] { $drafts } осіб ще заповнюють заяви на версії { $version } і завершать їх на тій самій версії.
   *[other] { $drafts } особи ще заповнюють заяви на версії { $version } і завершать їх на тій самій версії.
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
