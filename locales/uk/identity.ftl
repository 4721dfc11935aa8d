### Вхід через постачальника ідентифікації.
### Module: src/identity/

## Sign-in pages

identity-sign-in-with = Увійти через { $provider }
identity-or-password = Або увійдіть за адресою електронної пошти й паролем

## When a sign-in does not complete

identity-page-title = { $heading }
identity-cancelled-title = Ви не увійшли
identity-cancelled-body = Ви припинили вхід через { $provider }. Нічого страшного: ви можете увійти пізніше.
identity-login-required-title = Спочатку увійдіть у { $provider }
identity-login-required-body = { $provider } потребує, щоб ви спершу увійшли там, перш ніж продовжити.
identity-provider-error-title = { $provider } не зміг вас впустити
identity-provider-error-body = На боці { $provider } щось пішло не так. Спробуйте ще раз за кілька хвилин.
identity-state-title = Час входу минув
identity-state-body = Цей вхід почато надто давно, в іншій вкладці чи браузері, або його вже використано. Почніть знову.
identity-token-title = Не вдалося підтвердити вашу особу
identity-token-body = Відповідь від { $provider } не пройшла наших перевірок безпеки, тому ми вас не впустили. Почніть знову.
identity-down-title = Вибачте, { $provider } недоступний
identity-down-body = Зараз ми не можемо зв’язатися з { $provider }. Спробуйте пізніше.
identity-level-title = Потрібно підтвердити особу на вищому рівні
identity-level-body = Щоб продовжити, { $provider } має ретельніше перевірити вашу особу.
identity-linked-elsewhere-title = Цей обліковий запис { $provider } належить тут іншому обліковому запису
identity-linked-elsewhere-body = Обліковий запис { $provider }, яким ви увійшли, уже є способом входу до іншого облікового запису на цьому сайті, тому ми його не додали й вас не впустили.
identity-no-staff-title = У вас немає облікового запису працівника
identity-no-staff-body = Ви увійшли через { $provider }, але з вами не пов’язано жодного облікового запису працівника. Попросіть адміністратора надати вам доступ.
identity-not-fresh-title = Вам потрібно увійти ще раз
identity-not-fresh-body = Щоб підтвердити, що це ви, { $provider } мав попросити вас увійти ще раз просто зараз, але не зробив цього. Почніть знову.
identity-not-you-title = Це не той обліковий запис, яким ви ввійшли
identity-not-you-body = Щоб підтвердити, що це ви, увійдіть з обліковим записом { $provider }, яким ви вже користуєтеся на цьому сайті.
identity-nothing-lost = Усе, що ви вже ввели, збережено.
identity-back = Повернутися туди, де ви були
identity-try-again = Спробувати ще раз увійти через { $provider }

## Ways to sign in (profile)

identity-methods-link = Способи входу
identity-methods-title = Способи входу
identity-methods-heading = Способи входу
identity-methods-none = Ви входите лише за адресою електронної пошти й паролем.
identity-linked-on = Додано { $date }
identity-remove = Видалити
identity-remove-last = Це єдиний спосіб увійти до вашого облікового запису, тому його не можна видалити.
identity-added = Новий спосіб входу додано.
identity-removed = Цей спосіб входу видалено.
identity-add-heading = Додати спосіб входу
identity-add-legend = Що ви хочете додати?
identity-add-password-hint = Щоб захистити обліковий запис, спочатку введіть пароль. Потім ви увійдете обраним способом.
identity-add-confirm-hint = Щоб захистити ваш обліковий запис, спершу ви ще раз увійдете через { $provider }, щоб підтвердити, що це ви. Потім ви ввійдете вибраним способом.
identity-add-button = Продовжити
identity-add-needs-password = Інший спосіб входу можна додати, коли у вашого облікового запису буде пароль.
identity-error-provider = Виберіть спосіб входу

## Step-up: a service that needs a higher level of assurance

identity-step-up-title = Щоб скористатися цією послугою, потрібно підтвердити особу
identity-step-up-body = Ця послуга потребує входу способом, який ретельніше перевіряє вашу особу. Додайте один із цих способів до свого облікового запису й поверніться:

## Profile

profile-confirmed-provider = Востаннє підтверджено { $date }, джерело: { $provider }

## Administration: which staff account signs in as whom at the staff provider (/staff/admin/identities)

admin-identities-link = Прив’язки входу працівників
admin-identities-title = Прив’язки входу працівників
admin-identities-heading = Прив’язки входу працівників
admin-identities-intro = Прив’яжіть обліковий запис працівника до його особи в постачальника входу вашої організації. Тоді він входитиме там, без пароля тут. Людям, яким групи в постачальника дають роль, прив’язка не потрібна.
admin-identities-list = Прив’язки
admin-identities-none = Жоден обліковий запис працівника ще не прив’язано до постачальника входу.
admin-identities-provider = Постачальник входу
admin-identities-subject = Ідентифікатор у постачальника
admin-identities-subject-hint = Ідентифікатор (sub) у токенах ID, які постачальник видає цій людині для цього сайту. В Entra ID це не ідентифікатор об’єкта: він свій для реєстрації застосунку цього сайту.
admin-identities-linked-on = Прив’язано
admin-identities-last-sign-in = Останній вхід
admin-identities-never = Ще ні
admin-identities-remove = Видалити прив’язку
admin-identities-remove-whose = { $name } з { $provider }
admin-identities-add = Прив’язати обліковий запис
admin-identities-staff = Працівник
admin-identities-link-button = Прив’язати обліковий запис
admin-identities-no-provider = Постачальника входу для працівників не налаштовано. Оператор додає його у файлі постачальників.
admin-identities-done-title = Готово
admin-identities-linked = Обліковий запис прив’язано.
admin-identities-removed = Прив’язку видалено, а всіх, хто ввійшов через неї, виведено із системи.
admin-identities-error-staff = Виберіть працівника
admin-identities-error-provider = Виберіть постачальника входу
admin-identities-error-subject = Введіть ідентифікатор у постачальника, до 255 символів
admin-identities-error-elsewhere = Цей ідентифікатор уже прив’язано до іншого облікового запису
