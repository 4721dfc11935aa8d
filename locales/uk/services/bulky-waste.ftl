### Service: Book a bulky waste collection.
### Definition: src/services/definitions/bulky-waste.toml

bulky-title = Замовити вивезення великогабаритних відходів
bulky-summary = Ми вивозимо великі побутові речі, як-от меблі й холодильники, які не вміщуються у ваш сміттєвий бак.
bulky-before-1 = Ми вивозимо речі щовівторка й щочетверга. Замовити вивезення можна щонайменше за 2 дні.
bulky-before-2 = Вивезення до 5 речей коштує £25. Коли ми підтвердимо замовлення, то повідомимо, як оплатити.
bulky-before-3 = Обліковий запис не потрібен. Якщо він у вас є, увійдіть, і ми заповнимо ваші дані за вас.
bulky-declaration = Надсилаючи це замовлення, ви підтверджуєте, що ці речі належать вашому домогосподарству і будуть винесені для вивезення до 7:00 у день вивезення.
bulky-next-1 = Ми підтвердимо ваше замовлення електронною поштою протягом 5 робочих днів і повідомимо, як оплатити.
bulky-next-2 = У день вивезення до 7:00 залиште речі там, де ви нам вказали. Ми не можемо забирати речі з вашого житла.

bulky-items = Які речі ви хочете, щоб ми вивезли?
bulky-items-hint = Виберіть усе, що стосується. Про інші речі ви зможете розповісти далі.
bulky-item-sofa = Диван
bulky-item-armchair = Крісло
bulky-item-mattress = Матрац
bulky-item-bed-frame = Каркас ліжка
bulky-item-wardrobe = Шафа для одягу
bulky-item-table = Стіл
bulky-item-fridge = Холодильник або морозильна камера
bulky-item-washing-machine = Пральна або посудомийна машина
bulky-item-none-listed = Нічого з переліченого, моїх речей немає в списку
bulky-has-other = Чи є у вас інші речі, які потрібно вивезти?
bulky-other = Розкажіть нам про іншу річ
# The row name in check your answers.
bulky-other-summary-label = Інші речі
# Variables:
#   $number (Number) - the item's place in the list: 1, 2, 3 …
bulky-other-item = Річ { $number }
# The heading above the list of other items.
# Variables:
#   $count (Number) - how many items there are
bulky-other-added = { $count ->
    [one] Ви додали { $count } іншу річ
    [few] Ви додали { $count } інші речі
    [many] Ви додали { $count } інших речей
   *[other] Ви додали { $count } іншої речі
}
bulky-other-add-another = Вам потрібно додати ще одну річ?
bulky-other-description = Що це за річ?
bulky-other-description-hint = Наприклад, садова лавка або велотренажер
bulky-other-size = Якого вона розміру?
bulky-size-small = Маленька
bulky-size-small-hint = Її може перенести одна людина, як-от стілець або лампа
bulky-size-medium = Середня
bulky-size-medium-hint = Її можуть перенести двоє людей, як-от приліжкова тумбочка або велосипед
bulky-size-large = Велика
bulky-size-large-hint = Більша за односпальне ліжко, як-от садова лавка або батут
bulky-address = За якою адресою потрібно забрати речі?
bulky-location = Де ви залишите речі?
bulky-location-garden = У палісаднику перед будинком
bulky-location-driveway = На під’їзній доріжці
bulky-location-kerbside = На тротуарі перед будинком
bulky-location-kerbside-hint = Лише якщо вони не заважатимуть проходу людей на кріслах колісних і з дитячими візочками
bulky-location-elsewhere = В іншому місці
bulky-location-details = Укажіть, де ви залишите речі
bulky-location-details-hint = Наприклад, біля бічної хвіртки. Бригада не може заходити у ваше житло або на зачинену територію.
bulky-date = У який день ви хочете, щоб ми забрали речі?
bulky-date-hint = Це найближчі дні, на які ще можна замовити вивезення.
bulky-phone = За яким номером телефону бригада може зателефонувати в день вивезення?
bulky-phone-hint = Лише якщо вона не зможе знайти речі.
bulky-email = На яку адресу електронної пошти надіслати підтвердження замовлення?
bulky-email-hint = Ми надішлемо ваш реєстраційний номер та інформацію про те, як оплатити.
