### Feedback: the short form anyone can fill in about a service or the portal (from the footer of
### every page and after a request is sent), the thank-you page, and the staff's pages that show it.
### Module: src/feedback/

## The confirmation page, after a request is sent

feedback-confirmation-heading = Helpwch ni i wella'r gwasanaeth hwn
feedback-confirmation-link = Beth oedd eich barn am y gwasanaeth hwn?
# After the link, in the same sentence.
feedback-confirmation-time = (mae'n cymryd 30 eiliad)

## The form

# The page title and heading when the feedback is about one service.
# Variables:
#   $service (String) - the service's name, for example "Book a bulky waste collection"
feedback-title-service = Rhoi adborth ar { $service }
# The page title and heading when the feedback is about the website in general.
feedback-title-portal = Rhoi adborth ar { -portico }
feedback-intro = Mae eich adborth yn ein helpu i wella. Mae'n ddienw: nid ydym yn ei gysylltu â'ch cyfrif nac ag unrhyw gais rydych wedi'i wneud.
feedback-rating-legend = At ei gilydd, sut oeddech chi'n teimlo am y gwasanaeth a gawsoch heddiw?
# The five points of the satisfaction scale, from most to least satisfied.
feedback-rating-5 = Bodlon iawn
feedback-rating-4 = Bodlon
feedback-rating-3 = Ddim yn fodlon nac yn anfodlon
feedback-rating-2 = Anfodlon
feedback-rating-1 = Anfodlon iawn
feedback-improve = Sut gallem wella'r gwasanaeth hwn?
# Variables:
#   $limit (Number) - the most characters the answer may have, 1200
feedback-improve-hint = Peidiwch â chynnwys gwybodaeth bersonol neu ariannol, fel eich rhif Yswiriant Gwladol neu fanylion eich cerdyn credyd. Gallwch roi hyd at { $limit } nod.
feedback-reply-legend = Hoffech chi gael ateb?
feedback-reply-hint = Dim ond os byddwch yn gofyn y byddwn yn ateb.
feedback-reply-yes = Hoffwn, cewch anfon e-bost ataf am yr adborth hwn
feedback-reply-yes-hint = Byddwn yn defnyddio eich cyfeiriad e-bost dim ond i ateb yr adborth hwn. Caiff ei gadw gyda'ch adborth a dim ond y staff sy'n ei ddarllen fydd yn ei weld.
feedback-reply-no = Na, nid wyf eisiau ateb
feedback-email = Cyfeiriad e-bost
feedback-privacy = Mae ein hysbysiad preifatrwydd yn esbonio sut rydym yn defnyddio'r hyn rydych yn ei anfon.
feedback-privacy-link = Darllen yr hysbysiad preifatrwydd
feedback-send = Anfon adborth

## Errors in the form

feedback-error-rating = Dewiswch pa mor fodlon oeddech chi gyda'r gwasanaeth
feedback-error-improve-too-long = Rhaid i'ch ateb fod yn 1,200 nod neu lai
feedback-error-too-many = Rydych wedi anfon llawer o adborth yn ystod yr awr ddiwethaf. Rhowch gynnig arall arni yn nes ymlaen

## The thank-you page

feedback-thanks-title = Diolch am eich adborth
feedback-thanks-heading = Diolch am eich adborth
feedback-thanks-body = Rydym yn darllen pob adborth ac yn ei ddefnyddio i wella ein gwasanaethau.
# Variables:
#   $service (String) - the service's name
feedback-thanks-back-service = Mynd yn ôl i { $service }
feedback-thanks-back-home = Mynd i'r hafan

## Staff: the dashboard's summary and each service's feedback page

# What feedback about the website in general is called, where a service's name would be.
feedback-portal = Y wefan yn gyffredinol
feedback-dashboard-heading = Adborth fesul gwasanaeth
feedback-col-total = Cyfanswm
# Variables:
#   $service (String) - the service's name, or "The website in general"
feedback-staff-title = Adborth: { $service }
feedback-staff-heading = Adborth
# Variables:
#   $total (Number) - how many pieces of feedback there are in all
feedback-staff-counts = { $total ->
    [zero] { $total } ymateb, fesul sgôr
    [one] { $total } ymateb, fesul sgôr
    [two] { $total } ymateb, fesul sgôr
    [few] { $total } ymateb, fesul sgôr
    [many] { $total } ymateb, fesul sgôr
   *[other] { $total } ymateb, fesul sgôr
}
feedback-col-rating = Sgôr
feedback-col-count = Ymatebion
feedback-staff-search = Chwilio'r atebion
feedback-staff-search-button = Chwilio
feedback-staff-export = Lawrlwytho'r adborth hwn (CSV)
feedback-staff-entries = Adborth, y mwyaf diweddar yn gyntaf
feedback-staff-none = Nid oes adborth yn cyfateb.
feedback-staff-older = Adborth hŷn
feedback-col-date = Dyddiad
feedback-col-improve = Sut gallem wella
feedback-col-email = E-bost ar gyfer ateb
# Column headings of the CSV download only.
feedback-col-rating-number = Sgôr (1 i 5)
feedback-col-language = Iaith
