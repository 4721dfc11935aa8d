### Accounts: create an account, sign in and out, passwords, email addresses, staff sign-in.
### Module: src/auth/

## Fields

field-email = Адреса електронної пошти
field-new-email = Нова адреса електронної пошти
field-password = Пароль
field-new-password = Створіть пароль
field-current-password = Поточний пароль
password-rules-hint = Використайте щонайменше 10 символів. Кілька не пов’язаних між собою слів — це надійний пароль, який легко запам’ятати.

## Errors

email-error-missing = Введіть адресу електронної пошти
email-error-invalid = Введіть адресу електронної пошти у правильному форматі, наприклад name@example.com
password-error-missing = Введіть пароль
password-error-too-short = Пароль має містити щонайменше 10 символів
password-error-too-long = Пароль має містити не більше ніж 256 символів
password-error-common = Цей пароль надто поширений, і його легко вгадати. Виберіть інший
password-error-same-as-email = Пароль не може збігатися з вашою адресою електронної пошти
password-error-current-wrong = Поточний пароль неправильний
sign-in-error-wrong = Введіть адресу електронної пошти та пароль від вашого облікового запису. Введені дані не відповідають жодному обліковому запису
# Shown after 5 failed attempts within 15 minutes for the same account or from the same device.
sign-in-error-throttled = Ви зробили забагато спроб увійти. Зачекайте 15 хвилин і спробуйте ще раз або відновіть пароль

## Create an account

create-title = Створення облікового запису
create-heading = Створіть обліковий запис
create-intro = З обліковим записом ви можете зберігати заяви, стежити за їх розглядом і тримати свої дані в одному місці.
create-email-hint = Ми надішлемо на неї посилання для підтвердження.
create-button = Створити обліковий запис
create-have-account = Уже маєте обліковий запис?

## Check your email

check-email-title = Перевірте електронну пошту
check-email-heading = Перевірте електронну пошту
check-email-body = Якщо вказану вами адресу можна використати, ми надіслали на неї лист. Відкрийте посилання в листі, щоб продовжити.
check-email-expiry = Посилання для підтвердження адреси електронної пошти діють 24 години. Посилання для відновлення пароля діють 1 годину.
check-email-spam = Якщо ви не можете знайти лист, перевірте папку «Спам» або «Небажана пошта».

## Email confirmed

verified-title = Адресу електронної пошти підтверджено
verified-heading = Адресу електронної пошти підтверджено
verified-body = Тепер ви можете увійти в обліковий запис.

## Links that no longer work

link-expired-title = Термін дії цього посилання минув
link-expired-heading = Термін дії цього посилання минув
link-expired-body = Посилання з наших листів можна використати лише один раз і лише протягом обмеженого часу. Ви можете увійти в обліковий запис або запросити нове посилання для відновлення пароля.

## Sign in

sign-in-title = Вхід
sign-in-heading = Увійдіть в обліковий запис
sign-in-button = Увійти
sign-in-link = Увійти
sign-in-forgot = Не пам’ятаю пароль
sign-in-no-account-heading = Якщо у вас немає облікового запису
sign-in-create = Створити обліковий запис

## Signed out

signed-out-title = Ви вийшли з облікового запису
signed-out-heading = Ви вийшли з облікового запису
signed-out-body = Дякуємо. Якщо ви користуєтеся спільним комп’ютером, закрийте вікно браузера.
password-reset-done-title = Ваш пароль змінено
password-reset-done-heading = Ваш пароль змінено
password-reset-done-body = Увійдіть з новим паролем.

## Forgotten password

forgot-title = Відновлення пароля
forgot-heading = Відновіть пароль
forgot-intro = Введіть адресу електронної пошти вашого облікового запису. Ми надішлемо на неї посилання, за яким ви зможете вибрати новий пароль.
forgot-button = Надіслати посилання
reset-title = Новий пароль
reset-heading = Виберіть новий пароль
reset-button = Зберегти пароль

## Change password and email

change-password-title = Зміна пароля
change-password-heading = Змініть пароль
change-password-button = Змінити пароль
change-email-title = Зміна адреси електронної пошти
change-email-heading = Змініть адресу електронної пошти
change-email-intro = Ми надішлемо посилання на нову адресу. Ваша адреса електронної пошти зміниться, коли ви відкриєте це посилання.
change-email-button = Надіслати посилання
change-email-confirm-intro = Ви входите на цей сайт через інший сервіс, тому ваш обліковий запис не має пароля. Щоб змінити адресу електронної пошти, спершу підтвердьте, що це ви, увійшовши там ще раз.
change-email-confirm-button = Підтвердити, що це ви
change-email-error-confirm = Підтвердьте ще раз, що це ви, перш ніж змінити адресу електронної пошти

## Emails. Plain text; a link, when there is one, is placed on its own line after the first paragraph.

# l10n: same-as-english
email-signature = { -portico }
email-ignore = Якщо ви цього не запитували, можете не зважати на цей лист.
email-not-you = Якщо це були не ви, негайно відновіть пароль і зв’яжіться з нами.
email-verify-subject = Підтвердьте адресу електронної пошти
email-verify-body = Відкрийте це посилання, щоб підтвердити адресу електронної пошти та завершити створення облікового запису:
email-verify-expiry = Посилання діє 24 години, і його можна використати один раз.
email-exists-subject = У вас уже є обліковий запис
email-exists-body = Хтось намагався створити обліковий запис із цією адресою електронної пошти або змінити адресу в обліковому записі на цю. У вас уже є обліковий запис. Увійти можна тут:
email-exists-reset = Якщо ви забули пароль, його можна відновити на сторінці входу.
email-reset-subject = Відновлення пароля
email-reset-body = Відкрийте це посилання, щоб вибрати новий пароль:
email-reset-expiry = Посилання діє 1 годину, і його можна використати один раз.
email-password-changed-subject = Ваш пароль змінено
email-password-changed-body = Пароль вашого облікового запису було змінено.
email-change-subject = Підтвердьте нову адресу електронної пошти
email-change-body = Відкрийте це посилання, щоб використовувати цю адресу електронної пошти для вашого облікового запису:
email-changed-subject = Вашу адресу електронної пошти змінено
email-changed-body = Ваш обліковий запис тепер використовує іншу адресу електронної пошти. Ми більше не надсилатимемо листи на цю адресу.
email-staff-invite-subject = Ваш обліковий запис працівника
email-staff-invite-body = Для вас створено обліковий запис працівника. Відкрийте це посилання, щоб вибрати пароль:
email-staff-invite-expiry = Посилання діє 72 години, і його можна використати один раз.

## Staff

staff-caption = Працівники
staff-sign-in-title = Вхід для працівників
staff-sign-in-heading = Увійдіть у розділ для працівників
staff-sign-in-help = Якщо ви не можете увійти, зверніться до адміністратора.
staff-signed-out-title = Ви вийшли з розділу для працівників
staff-home-title = Розділ для працівників
staff-home-heading = Розділ для працівників
staff-name = Ім’я
staff-role = Роль
staff-role-caseworker = Фахівець із розгляду звернень
staff-role-admin = Адміністратор
staff-role-designer = Дизайнер послуг
staff-role-translator = Перекладач
staff-set-password-title = Виберіть пароль
staff-set-password-heading = Виберіть пароль
timed-out-title = Ваш сеанс завершено
timed-out-heading = Ваш сеанс завершено
timed-out-body = Ми завершили ваш сеанс, бо протягом 30 хвилин ви нічого не робили. Усе, що ви зберегли, залишилося. Увійдіть, щоб продовжити.
