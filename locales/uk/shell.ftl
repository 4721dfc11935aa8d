### The page shell: the parts of every page around its main content.
### Module: src/ui/shell.rs

## The product's name. A term, so that every message can use it and translators can decline it if their grammar needs to.
# Ukrainian: the name stays "Portico" and is not declined.
# l10n: same-as-english
-portico = Portico

# The text of the <title> element of every page.
# Variables:
#   $page (String) - the name of the page, for example "Cookies"
# l10n: same-as-english
page-title = { $page } – { -portico }

# The title when the page shows validation errors; screen readers announce it first.
# Variables:
#   $page (String) - the name of the page
page-title-error = Помилка: { $page } – { -portico }

# A link at the very top of every page that keyboard and screen reader users take to jump past the header.
shell-skip-link = Перейти до основного вмісту

# The name of the product in the header; it links to the home page.
# l10n: same-as-english
shell-service-name = { -portico }

# Accessible label for the link in the header that goes to the home page.
shell-home-link-label = Головна сторінка { -portico }

# Accessible name of the list of languages (read by screen readers as "Choose a language, navigation").
shell-language-nav = Виберіть мову

# Accessible name of the navigation area in the header for signing in and out.
shell-account-nav = Ваш обліковий запис

# Accessible name of the footer's list of links.
shell-footer-nav = Довідкові посилання

shell-footer-accessibility = Заява про доступність
shell-footer-privacy = Повідомлення про конфіденційність
shell-footer-cookies = Файли cookie
shell-footer-contact = Контакти
# The footer's link to the feedback form (about the service whose page it is, or the website).
shell-footer-feedback = Відгук
# The footer's link to the published performance figures.
shell-footer-performance = Показники послуг

# Shown at the bottom of every page.
shell-footer-licence = { -portico } — це безкоштовне програмне забезпечення з відкритим кодом. Увесь вміст доступний за відкритою ліцензією, якщо не зазначено інше.

# A button that opens the browser's print dialog. Only shown when JavaScript is available.
shell-print = Надрукувати цю сторінку

# Header links. "Sign in" is shown when nobody is signed in.
shell-sign-in = Увійти
shell-sign-out = Вийти
shell-your-profile = Ваш профіль
shell-staff-area = Розділ для працівників

# Shown under the header to signed-in people, also without JavaScript.
session-notice = Щоб захистити вашу інформацію, ми завершуємо сеанс, якщо ви нічого не робите протягом 30 хвилин. Усе, що ви зберегли, залишиться.
# The warning that appears 2 minutes before the session ends (only with JavaScript).
timeout-title = Незабаром ваш сеанс завершиться
timeout-body = Через 2 хвилини ми завершимо ваш сеанс, щоб захистити вашу інформацію. Усе, що ви зберегли, залишиться.
timeout-stay = Продовжити сеанс
# Header link to the list of a signed-in citizen's applications.
shell-your-applications = Ваші заяви
