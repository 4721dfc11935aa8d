### Feedback: the short form anyone can fill in about a service or the portal (from the footer of
### every page and after a request is sent), the thank-you page, and the staff's pages that show it.
### Module: src/feedback/

## The confirmation page, after a request is sent

feedback-confirmation-heading = Pomóż nam ulepszyć tę usługę
feedback-confirmation-link = Co sądzisz o tej usłudze?
# After the link, in the same sentence.
feedback-confirmation-time = (zajmie to 30 sekund)

## The form

# The page title and heading when the feedback is about one service.
# Variables:
#   $service (String) - the service's name, for example "Book a bulky waste collection"
feedback-title-service = Oceń usługę: { $service }
# The page title and heading when the feedback is about the website in general.
feedback-title-portal = Oceń serwis { -portico }
feedback-intro = Twoja opinia pomaga nam się doskonalić. Jest anonimowa: nie łączymy jej z Twoim kontem ani z żadnym złożonym przez Ciebie wnioskiem.
feedback-rating-legend = Jak ogólnie oceniasz usługę, z której dziś skorzystałeś(-aś)?
# The five points of the satisfaction scale, from most to least satisfied.
feedback-rating-5 = Bardzo zadowolony(-a)
feedback-rating-4 = Zadowolony(-a)
feedback-rating-3 = Ani zadowolony(-a), ani niezadowolony(-a)
feedback-rating-2 = Niezadowolony(-a)
feedback-rating-1 = Bardzo niezadowolony(-a)
feedback-improve = Jak moglibyśmy ulepszyć tę usługę?
# Variables:
#   $limit (Number) - the most characters the answer may have, 1200
feedback-improve-hint = Nie podawaj danych osobowych ani finansowych, takich jak numer National Insurance czy dane karty kredytowej. Możesz wpisać do { $limit } znaków.
feedback-reply-legend = Czy chcesz otrzymać odpowiedź?
feedback-reply-hint = Odpowiadamy tylko na prośbę.
feedback-reply-yes = Tak, możecie napisać do mnie e-mail w sprawie tej opinii
feedback-reply-yes-hint = Użyjemy Twojego adresu e-mail wyłącznie do odpowiedzi na tę opinię. Przechowujemy go razem z opinią i widzą go tylko pracownicy, którzy ją czytają.
feedback-reply-no = Nie, nie chcę odpowiedzi
feedback-email = Adres e-mail
feedback-privacy = Sposób wykorzystania przesłanych informacji opisujemy w polityce prywatności.
feedback-privacy-link = Przeczytaj politykę prywatności
feedback-send = Wyślij opinię

## Errors in the form

feedback-error-rating = Wybierz, jak bardzo jesteś zadowolony(-a) z usługi
feedback-error-improve-too-long = Odpowiedź może mieć najwyżej 1200 znaków
feedback-error-too-many = W ciągu ostatniej godziny wysłano bardzo wiele opinii. Spróbuj ponownie później

## The thank-you page

feedback-thanks-title = Dziękujemy za opinię
feedback-thanks-heading = Dziękujemy za opinię
feedback-thanks-body = Czytamy wszystkie opinie i wykorzystujemy je do ulepszania naszych usług.
# Variables:
#   $service (String) - the service's name
feedback-thanks-back-service = Wróć do usługi: { $service }
feedback-thanks-back-home = Przejdź do strony głównej

## Staff: the dashboard's summary and each service's feedback page

# What feedback about the website in general is called, where a service's name would be.
feedback-portal = Serwis ogólnie
feedback-dashboard-heading = Opinie według usług
feedback-col-total = Razem
# Variables:
#   $service (String) - the service's name, or "The website in general"
feedback-staff-title = Opinie: { $service }
feedback-staff-heading = Opinie
# Variables:
#   $total (Number) - how many pieces of feedback there are in all
feedback-staff-counts = { $total ->
    [one] { $total } odpowiedź, według oceny
    [few] { $total } odpowiedzi, według oceny
    [many] { $total } odpowiedzi, według oceny
   *[other] { $total } odpowiedzi, według oceny
}
feedback-col-rating = Ocena
feedback-col-count = Odpowiedzi
feedback-staff-search = Szukaj w odpowiedziach
feedback-staff-search-button = Szukaj
feedback-staff-export = Pobierz te opinie (CSV)
feedback-staff-entries = Opinie, od najnowszych
feedback-staff-none = Brak pasujących opinii.
feedback-staff-older = Starsze opinie
feedback-col-date = Data
feedback-col-improve = Jak moglibyśmy ulepszyć
feedback-col-email = E-mail do odpowiedzi
# Column headings of the CSV download only.
feedback-col-rating-number = Ocena (od 1 do 5)
feedback-col-language = Język
