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
bulky-items-hint = Zaznacz wszystkie pasujące odpowiedzi. O innych przedmiotach możesz napisać na następnej stronie.
bulky-item-sofa = Kanapa
bulky-item-armchair = Fotel
bulky-item-mattress = Materac
bulky-item-bed-frame = Rama łóżka
bulky-item-wardrobe = Szafa
bulky-item-table = Stół
bulky-item-fridge = Lodówka lub zamrażarka
bulky-item-washing-machine = Pralka lub zmywarka
bulky-item-none-listed = Żadne z powyższych – moich przedmiotów nie ma na liście
bulky-other = Opisz inne przedmioty
bulky-other-hint = Opisz każdy przedmiot i jego przybliżony rozmiar, na przykład „ławka ogrodowa, ok. 1,5 metra długości”. Jeśli nie ma innych przedmiotów, zostaw to pole puste.
bulky-address = Pod jakim adresem mamy odebrać przedmioty?
bulky-location = Gdzie zostawisz przedmioty?
bulky-location-garden = W ogródku przed domem
bulky-location-driveway = Na podjeździe
bulky-location-kerbside = Na chodniku przed domem
bulky-location-kerbside-hint = Tylko jeśli nie będą blokować przejścia osobom na wózkach inwalidzkich i z wózkami dziecięcymi
bulky-date = W którym dniu mamy odebrać przedmioty?
bulky-date-hint = To najbliższe dni z wolnymi terminami odbioru.
bulky-phone = Pod jaki numer telefonu ekipa może zadzwonić w dniu odbioru?
bulky-phone-hint = Zadzwoni tylko wtedy, gdy nie znajdzie przedmiotów.
bulky-email = Na jaki adres e-mail mamy wysłać potwierdzenie zamówienia?
bulky-email-hint = Wyślemy na niego numer referencyjny i informację, jak zapłacić.
