### Service: Book a bulky waste collection.
### Definition: src/services/definitions/bulky-waste.toml

bulky-title = Zamów odbiór odpadów wielkogabarytowych
bulky-summary = Odbieramy duże przedmioty z gospodarstw domowych, takie jak meble i lodówki, które nie mieszczą się do pojemnika na odpady.
bulky-before-1 = Odbieramy odpady we wtorki i czwartki. Odbiór możesz zamówić co najmniej 2 dni wcześniej.
bulky-before-2 = Odbiór maksymalnie 5 przedmiotów kosztuje £25. Gdy potwierdzimy zamówienie, poinformujemy Cię, jak zapłacić.
bulky-before-3 = Nie potrzebujesz konta. Jeśli je masz, zaloguj się, a uzupełnimy Twoje dane za Ciebie.
bulky-declaration = Wysyłając to zamówienie, potwierdzasz, że przedmioty pochodzą z Twojego gospodarstwa domowego i zostaną wystawione do odbioru najpóźniej o godz. 7:00 w dniu odbioru.
bulky-next-1 = W ciągu 5 dni roboczych potwierdzimy zamówienie e-mailem i poinformujemy Cię, jak zapłacić.
bulky-next-2 = W dniu odbioru wystaw przedmioty do godz. 7:00 w miejscu wskazanym w zamówieniu. Nie możemy odbierać przedmiotów z wnętrza domu.

bulky-items = Które przedmioty mamy odebrać?
bulky-items-hint = Zaznacz wszystkie pasujące odpowiedzi. O innych przedmiotach możesz napisać w następnym kroku.
bulky-item-sofa = Kanapa
bulky-item-armchair = Fotel
bulky-item-mattress = Materac
bulky-item-bed-frame = Rama łóżka
bulky-item-wardrobe = Szafa
bulky-item-table = Stół
bulky-item-fridge = Lodówka lub zamrażarka
bulky-item-washing-machine = Pralka lub zmywarka
bulky-item-none-listed = Żadne z powyższych – moich przedmiotów nie ma na liście
bulky-has-other = Czy masz inne przedmioty do odebrania?
bulky-other = Opisz inny przedmiot
# The row name in check your answers.
bulky-other-summary-label = Inne przedmioty
# Variables:
#   $number (Number) - the item's place in the list: 1, 2, 3 …
bulky-other-item = Przedmiot { $number }
# The heading above the list of other items.
# Variables:
#   $count (Number) - how many items there are
bulky-other-added = { $count ->
    [one] Dodano { $count } inny przedmiot
    [few] Dodano { $count } inne przedmioty
    [many] Dodano { $count } innych przedmiotów
   *[other] Dodano { $count } innego przedmiotu
}
bulky-other-add-another = Czy chcesz dodać kolejny przedmiot?
bulky-other-description = Co to za przedmiot?
bulky-other-description-hint = Na przykład: ławka ogrodowa lub rower stacjonarny
bulky-other-size = Jak duży jest ten przedmiot?
bulky-size-small = Mały
bulky-size-small-hint = Może go unieść jedna osoba, na przykład krzesło lub lampa
bulky-size-medium = Średni
bulky-size-medium-hint = Mogą go unieść dwie osoby, na przykład szafka nocna lub rower
bulky-size-large = Duży
bulky-size-large-hint = Większy niż łóżko pojedyncze, na przykład ławka ogrodowa lub trampolina
bulky-address = Pod jakim adresem mamy odebrać przedmioty?
bulky-location = Gdzie zostawisz przedmioty?
bulky-location-garden = W ogródku przed domem
bulky-location-driveway = Na podjeździe
bulky-location-kerbside = Na chodniku przed domem
bulky-location-kerbside-hint = Tylko jeśli nie będą blokować przejścia osobom na wózkach inwalidzkich i z wózkami dziecięcymi
bulky-location-elsewhere = W innym miejscu
bulky-location-details = Napisz, gdzie zostawisz przedmioty
bulky-location-details-hint = Na przykład przy bocznej furtce. Ekipa nie może wchodzić do Twojego domu ani na zamknięty teren.
bulky-date = W którym dniu mamy odebrać przedmioty?
bulky-date-hint = To najbliższe dni z wolnymi terminami odbioru.
bulky-phone = Pod jaki numer telefonu ekipa może zadzwonić w dniu odbioru?
bulky-phone-hint = Zadzwoni tylko wtedy, gdy nie znajdzie przedmiotów.
bulky-email = Na jaki adres e-mail mamy wysłać potwierdzenie zamówienia?
bulky-email-hint = Wyślemy na niego numer referencyjny i informację, jak zapłacić.
