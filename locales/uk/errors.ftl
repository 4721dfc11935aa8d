### Error pages: page not found, server error.
### Module: src/web/errors.rs

not-found-title = Сторінку не знайдено
not-found-heading = Сторінку не знайдено
not-found-typed = Якщо ви вводили вебадресу вручну, перевірте, чи вона правильна.
not-found-pasted = Якщо ви вставили вебадресу, перевірте, чи скопіювали її повністю.
not-found-home = Перейти на головну сторінку

server-error-title = На жаль, у роботі сервісу виникла проблема
server-error-heading = На жаль, у роботі сервісу виникла проблема
server-error-try-later = Спробуйте пізніше.
server-error-contact = Якщо проблема не зникне, зв’яжіться з нами.

# Shown when a form was sent with a missing or old security token (for example after the session timed out),
# or from another website.
expired-title = Термін дії цієї сторінки минув
expired-heading = Термін дії цієї сторінки минув
expired-body = З міркувань безпеки форми на цьому сайті перестають працювати через певний час або якщо їх надсилають з іншого сайту.
expired-back = Поверніться на сторінку, на якій ви були, оновіть її та надішліть форму ще раз.
too-large-title = Надіслане завелике
too-large-heading = Надіслане завелике
too-large-body = Вкладений файл може бути до 10 МБ, а форма без файлу — значно менша. Нічого з надісланого не збережено.
unavailable-title = Вибачте, послуга недоступна
unavailable-heading = Вибачте, послуга недоступна
unavailable-body = Зараз ми не маємо доступу до наших записів. Спробуйте ще раз за кілька хвилин.
unavailable-saved = Те, що ви вже зберегли, збережено.
