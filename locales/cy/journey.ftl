### The journey through a service: start page, question pages, check your answers, confirmation,
### "Your applications".
### Module: src/services/journey.rs

services-title = Gwasanaethau
services-heading = Gwasanaethau y gallwch wneud cais amdanynt
journey-before-you-start = Cyn i chi ddechrau
journey-start = Dechrau nawr
journey-sign-in-needed = Mae angen cyfrif arnoch i wneud cais. Bydd gofyn i chi fewngofnodi neu greu cyfrif.
journey-guest-note = Gallwch wneud cais heb gyfrif. Os gwnewch hynny, dim ond nes i chi gau eich porwr neu stopio am 30 munud y bydd eich atebion yn cael eu cadw. I gadw eich cais a dod yn ôl ato, mewngofnodwch.
# Above each question.
# Variables:
#   $number (Number) - the position of this question
#   $total (Number) - the most questions the application can have from here on
journey-progress = Cwestiwn { $number } o hyd at { $total }
journey-continue = Parhau
journey-save-later = Cadw a dod yn ôl yn nes ymlaen
journey-or = neu
journey-select-prompt = Dewiswch opsiwn
journey-date-hint = Er enghraifft, 27 3 2027
# Variables:
#   $limit (Number) - the most characters the answer can have
journey-character-limit = Gallwch roi hyd at { $limit } nod.
# An amount of money in check your answers.
# Variables:
#   $amount (String) - the amount with two decimals, already written with this language's decimal separator (number-decimal-separator), like 12.50 or 12,50
# l10n: same-as-english
journey-money = £{ $amount }
journey-not-answered = Heb ei ateb

## "Add another" questions: one page per item, then a list of the items.

# The page title of an item's page, for example "Tell us about the other item – Item 2".
# Variables:
#   $question (String) - the question's heading
#   $item (String) - the item's name, for example "Item 2"
# l10n: same-as-english
journey-item-title = { $question } – { $item }
# One item in check your answers.
# Variables:
#   $item (String) - the item's name, for example "Item 2"
#   $values (String) - its answers, separated by dashes
# l10n: same-as-english
journey-item-line = { $item }: { $values }
# A button that removes an item from the list; a hidden part names the item for screen readers.
journey-item-remove = Dileu
# Variables:
#   $max (Number) - the most items one request can have
journey-items-full = Rydych wedi ychwanegu'r nifer fwyaf o eitemau y gallwch ({ $max }). Dilëwch un i ychwanegu un arall.
# Shown only if a list of items is somehow shown as a single question.
journey-items-elsewhere = Byddwch yn ychwanegu'r rhain un ar y tro.
answer-error-add-another = Dewiswch ie os oes angen i chi ychwanegu un arall
answer-yes = Ie
answer-no = Na

journey-check-title = Gwiriwch eich atebion cyn anfon eich cais
journey-check-heading = Gwiriwch eich atebion cyn anfon eich cais
journey-declaration-heading = Nawr anfonwch eich cais
journey-submit = Derbyn ac anfon
journey-confirmation-title = Cais wedi'i gwblhau
journey-confirmation-heading = Cais wedi'i gwblhau
journey-your-reference = Eich cyfeirnod
journey-confirmation-email = Rydym wedi anfon e-bost cadarnhau atoch.
journey-what-next = Beth sy'n digwydd nesaf

## Errors for answers. A service may name its own; these are used otherwise.

answer-error-required-text = Rhowch ateb
answer-error-too-long = Mae eich ateb yn rhy hir
answer-error-required-number = Rhowch rif
answer-error-not-number = Rhowch rif cyfan, fel 3
answer-error-number-range = Rhowch rif o fewn yr ystod a ganiateir
answer-error-required-money = Rhowch swm
answer-error-not-money = Rhowch swm mewn punnoedd a cheiniogau, fel 12.50
answer-error-money-range = Rhowch swm o fewn yr ystod a ganiateir
answer-error-required-choice = Dewiswch opsiwn
answer-error-required-yes-no = Dewiswch ie neu na
answer-error-required-checkboxes = Dewiswch o leiaf un opsiwn
answer-error-exclusive = Dewiswch "Dim un o'r rhain" ar ei ben ei hun, neu opsiynau eraill hebddo
date-error-missing = Rhowch ddyddiad
date-error-missing-day = Rhaid i'r dyddiad gynnwys diwrnod
date-error-missing-month = Rhaid i'r dyddiad gynnwys mis
date-error-missing-year = Rhaid i'r dyddiad gynnwys blwyddyn
date-error-real = Rhaid i'r dyddiad fod yn ddyddiad go iawn
date-error-past = Rhaid i'r dyddiad fod yn y gorffennol
date-error-future = Rhaid i'r dyddiad fod yn y dyfodol

## Your applications

applications-title = Eich ceisiadau
applications-heading = Eich ceisiadau
applications-link = Mynd i'ch ceisiadau
applications-drafts = Ceisiadau nad ydych wedi'u hanfon eto
applications-no-drafts = Nid oes gennych unrhyw geisiadau heb eu gorffen.
applications-submitted = Ceisiadau rydych wedi'u hanfon
applications-none = Nid ydych wedi anfon unrhyw geisiadau eto.
applications-saved = Mae eich cais wedi'i gadw. Gallwch ddod yn ôl ato ar unrhyw adeg o'r dudalen hon.
# Variables:
#   $date (String) - the date it was last saved, written out
applications-last-saved = Cadwyd ddiwethaf ar { $date }
applications-continue = Parhau
applications-delete = Dileu
applications-col-reference = Cyfeirnod
applications-col-service = Gwasanaeth
applications-col-sent = Anfonwyd
applications-col-status = Statws
applications-find-service = Gwneud cais am wasanaeth

## Request statuses, as citizens see them.

status-submitted = Wedi dod i law
status-in-review = Yn cael ei adolygu
status-waiting-for-citizen = Yn aros amdanoch chi
status-approved = Wedi'i gymeradwyo
status-rejected = Heb ei gymeradwyo
status-withdrawn = Wedi'i dynnu'n ôl
status-closed = Wedi'i gau

## Emails

# Variables:
#   $service (String) - the name of the service
email-receipt-subject = Rydym wedi cael eich cais: { $service }
# Variables:
#   $service (String) - the name of the service
email-receipt-body = Diolch. Rydym wedi cael eich cais: { $service }.
email-receipt-reference = Eich cyfeirnod yw:

## Tell us once: details the person has given before.

journey-known-intro = Dyma'r hyn sydd gennym o'ch proffil:
journey-known-question = Ydy hyn yn dal yn gywir?
journey-known-yes = Ydy, defnyddio hwn
journey-known-no = Nac ydy, mae angen i mi ei newid
journey-update-profile = Cadw hwn yn fy mhroffil hefyd, fel bod gwasanaethau eraill yn gallu ei ddefnyddio
answer-error-required-date-choice = Dewiswch un o'r dyddiadau

## Dates with their weekday, for example "Tuesday 24 November 2026".

# Variables:
#   $weekday (String) - the name of the day, from weekday-1 … weekday-7
#   $date (String) - the date, already written out
# l10n: same-as-english
date-with-weekday = { $weekday } { $date }
weekday-1 = Dydd Llun
weekday-2 = Dydd Mawrth
weekday-3 = Dydd Mercher
weekday-4 = Dydd Iau
weekday-5 = Dydd Gwener
weekday-6 = Dydd Sadwrn
weekday-7 = Dydd Sul

## File uploads

# Variables:
#   $megabytes (Number) - the largest file allowed, in megabytes
file-hint-limit = Rhaid i'r ffeil fod yn PDF, JPG neu PNG ac yn llai na { $megabytes }MB.
# Shown when a file was uploaded earlier.
# Variables:
#   $name (String) - the file's name
#   $size (String) - its size, like "2.4 MB"
file-current = Rydych wedi uwchlwytho { $name } ({ $size }). Dewiswch ffeil arall dim ond os ydych eisiau ei disodli.
# A file's size.
# Variables:
#   $size (String) - the number, already written with this language's decimal separator
# l10n: same-as-english
file-size-mb = { $size } MB
# Variables:
#   $size (String) - the number of kilobytes
# l10n: same-as-english
file-size-kb = { $size } KB
# A file in check your answers.
# Variables:
#   $name (String) - the file's name
#   $size (String) - its size, from file-size-mb or file-size-kb
# l10n: same-as-english
file-summary = { $name } ({ $size })
file-error-missing = Dewiswch ffeil
file-error-empty = Mae'r ffeil a ddewiswyd yn wag
file-error-too-big = Rhaid i'r ffeil a ddewiswyd fod yn llai na 10MB
file-error-type = Rhaid i'r ffeil a ddewiswyd fod yn PDF, JPG neu PNG
file-error-scan = Nid oedd modd derbyn y ffeil a ddewiswyd. Rhowch gynnig ar ffeil wahanol
