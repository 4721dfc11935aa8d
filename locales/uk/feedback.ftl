### Feedback: the short form anyone can fill in about a service or the portal (from the footer of
### every page and after a request is sent), the thank-you page, and the staff's pages that show it.
### Module: src/feedback/

## The confirmation page, after a request is sent

feedback-confirmation-heading = Допоможіть нам покращити цю послугу
feedback-confirmation-link = Що ви думаєте про цю послугу?
# After the link, in the same sentence.
feedback-confirmation-time = (займе 30 секунд)

## The form

# The page title and heading when the feedback is about one service.
# Variables:
#   $service (String) - the service's name, for example "Book a bulky waste collection"
feedback-title-service = Відгук про послугу «{ $service }»
# The page title and heading when the feedback is about the website in general.
feedback-title-portal = Відгук про { -portico }
feedback-intro = Ваш відгук допомагає нам ставати кращими. Він анонімний: ми не пов'язуємо його з вашим обліковим записом чи будь-якою вашою заявою.
feedback-rating-legend = Загалом, наскільки ви задоволені послугою, яку отримали сьогодні?
# The five points of the satisfaction scale, from most to least satisfied.
feedback-rating-5 = Дуже задоволений(-а)
feedback-rating-4 = Задоволений(-а)
feedback-rating-3 = Ні задоволений(-а), ні незадоволений(-а)
feedback-rating-2 = Незадоволений(-а)
feedback-rating-1 = Дуже незадоволений(-а)
feedback-improve = Як ми могли б покращити цю послугу?
# Variables:
#   $limit (Number) - the most characters the answer may have, 1200
feedback-improve-hint = Не вказуйте особисту чи фінансову інформацію, як-от номер National Insurance або дані кредитної картки. Можна ввести до { $limit } символів.
feedback-reply-legend = Чи бажаєте ви отримати відповідь?
feedback-reply-hint = Ми відповідаємо лише на ваше прохання.
feedback-reply-yes = Так, ви можете написати мені електронного листа щодо цього відгуку
feedback-reply-yes-hint = Ми використаємо вашу адресу електронної пошти лише для відповіді на цей відгук. Вона зберігається разом із відгуком, і її бачать лише працівники, які його читають.
feedback-reply-no = Ні, відповідь мені не потрібна
feedback-email = Адреса електронної пошти
feedback-privacy = Як ми використовуємо надіслане, пояснено в нашому повідомленні про конфіденційність.
feedback-privacy-link = Прочитати повідомлення про конфіденційність
feedback-send = Надіслати відгук

## Errors in the form

feedback-error-rating = Виберіть, наскільки ви задоволені послугою
feedback-error-improve-too-long = Відповідь має містити не більше 1200 символів
feedback-error-too-many = За останню годину надіслано дуже багато відгуків. Спробуйте пізніше

## The thank-you page

feedback-thanks-title = Дякуємо за ваш відгук
feedback-thanks-heading = Дякуємо за ваш відгук
feedback-thanks-body = Ми читаємо всі відгуки й використовуємо їх, щоб покращувати наші послуги.
# Variables:
#   $service (String) - the service's name
feedback-thanks-back-service = Повернутися до послуги «{ $service }»
feedback-thanks-back-home = Перейти на головну сторінку

## Staff: the dashboard's summary and each service's feedback page

# What feedback about the website in general is called, where a service's name would be.
feedback-portal = Вебсайт загалом
feedback-dashboard-heading = Відгуки за послугами
feedback-col-total = Усього
# Variables:
#   $service (String) - the service's name, or "The website in general"
feedback-staff-title = Відгуки: { $service }
feedback-staff-heading = Відгуки
# Variables:
#   $total (Number) - how many pieces of feedback there are in all
feedback-staff-counts = { $total ->
    [one] { $total } відповідь, за оцінками
    [few] { $total } відповіді, за оцінками
    [many] { $total } відповідей, за оцінками
   *[other] { $total } відповіді, за оцінками
}
feedback-col-rating = Оцінка
feedback-col-count = Відповіді
feedback-staff-search = Пошук у відповідях
feedback-staff-search-button = Шукати
feedback-staff-export = Завантажити ці відгуки (CSV)
feedback-staff-entries = Відгуки, від найновіших
feedback-staff-none = Немає відповідних відгуків.
feedback-staff-older = Давніші відгуки
feedback-col-date = Дата
feedback-col-improve = Як ми могли б покращити
feedback-col-email = Електронна пошта для відповіді
# Column headings of the CSV download only.
feedback-col-rating-number = Оцінка (від 1 до 5)
feedback-col-language = Мова
