### The citizen profile ("tell us once"), downloading your data and deleting your account.
### Module: src/profile/

profile-title = Eich proffil
profile-heading = Eich proffil
profile-intro = Mae gwasanaethau'n defnyddio'r manylion hyn fel nad oes rhaid i chi eu rhoi eto. Cadwch nhw'n gyfredol.
profile-not-given = Heb ei roi
# The link at the end of each row of the profile. Screen readers hear it followed by the row's name, for example "Change name".
profile-change = Newid
profile-save = Cadw a pharhau
profile-saved-title = Llwyddiant
profile-saved-body = Mae eich manylion wedi'u cadw.
profile-account-heading = Eich cyfrif
profile-change-password = Newid eich cyfrinair
profile-download = Lawrlwytho eich data
profile-delete = Dileu eich cyfrif

# Row names in the profile. The "-lower" forms follow the word "Change" for screen readers.
profile-name = Enw
# Welsh: the "-lower" forms follow the verb-noun "Newid", which does not mutate them.
profile-name-lower = enw
profile-dob = Dyddiad geni
profile-dob-lower = dyddiad geni
profile-address = Cyfeiriad
profile-address-lower = cyfeiriad
profile-email = Cyfeiriad e-bost
profile-email-lower = cyfeiriad e-bost
profile-phone = Rhif ffôn
profile-phone-lower = rhif ffôn
profile-contact = Sut i gysylltu â chi
profile-contact-lower = sut i gysylltu â chi
profile-language = Iaith
profile-language-lower = iaith

# Under a value: where it came from.
# Variables:
#   $date (String) - the date it was last confirmed, already written out, e.g. "21 November 2026"
profile-confirmed-profile = Cadarnhawyd ddiwethaf ar { $date } ar y dudalen hon
# Variables:
#   $date (String) - the date it was last confirmed, already written out
#   $service (String) - the name of the service during which it was confirmed
profile-confirmed-service = Cadarnhawyd ddiwethaf ar { $date } wrth ddefnyddio { $service }

## Name

profile-name-title = Eich enw
profile-name-heading = Beth yw eich enw?
field-given-names = Enwau cyntaf
field-given-names-hint = Eich enw cyntaf ac unrhyw enwau canol, fel rydych yn eu hysgrifennu
field-family-name = Cyfenw
name-error-given-missing = Rhowch eich enwau cyntaf
name-error-given-too-long = Rhaid i'r enwau cyntaf fod yn 100 nod neu lai
name-error-family-missing = Rhowch eich cyfenw
name-error-family-too-long = Rhaid i'r cyfenw fod yn 100 nod neu lai

## Date of birth

profile-dob-title = Eich dyddiad geni
profile-dob-heading = Beth yw eich dyddiad geni?
profile-dob-hint = Er enghraifft, 27 3 1985
date-day = Diwrnod
date-month = Mis
date-year = Blwyddyn
dob-error-missing = Rhowch eich dyddiad geni
dob-error-missing-day = Rhaid i'r dyddiad geni gynnwys diwrnod
dob-error-missing-month = Rhaid i'r dyddiad geni gynnwys mis
dob-error-missing-year = Rhaid i'r dyddiad geni gynnwys blwyddyn
dob-error-real = Rhaid i'r dyddiad geni fod yn ddyddiad go iawn
dob-error-year-digits = Rhaid i'r flwyddyn gynnwys 4 rhif
dob-error-past = Rhaid i'r dyddiad geni fod yn y gorffennol
dob-error-too-old = Gwiriwch flwyddyn eich dyddiad geni

## Address

profile-address-title = Eich cyfeiriad
profile-address-heading = Beth yw eich cyfeiriad?
field-address-line1 = Llinell 1 y cyfeiriad
field-address-line2 = Llinell 2 y cyfeiriad (dewisol)
field-address-town = Tref neu ddinas
field-address-postcode = Cod post
field-address-postcode-hint = Nid oes ei angen ar gyfer rhai cyfeiriadau y tu allan i'r DU
field-address-country = Gwlad
address-error-line1-missing = Rhowch linell 1 y cyfeiriad, sef yr adeilad a'r stryd fel arfer
address-error-town-missing = Rhowch dref neu ddinas
address-error-too-long = Rhaid i linellau'r cyfeiriad fod yn 100 nod neu lai
address-error-postcode-missing = Rhowch god post
address-error-postcode-invalid = Rhowch god post go iawn, fel CF10 1EP

## Phone

profile-phone-title = Eich rhif ffôn
profile-phone-heading = Beth yw eich rhif ffôn?
profile-phone-hint = Ar gyfer rhifau rhyngwladol, rhowch god y wlad, fel +44
phone-error-missing = Rhowch rif ffôn
phone-error-invalid = Rhowch rif ffôn, fel 029 2000 0000 neu +44 29 2000 0000

## How to contact you

profile-contact-title = Sut i gysylltu â chi
profile-contact-heading = Sut dylen ni gysylltu â chi am eich ceisiadau?
profile-contact-hint = Byddwn bob amser yn defnyddio e-bost ar gyfer pethau fel dolenni mewngofnodi.
contact-email = Drwy e-bost
contact-phone = Dros y ffôn
contact-post = Drwy'r post
contact-error-missing = Dewiswch sut y dylen ni gysylltu â chi

## Language

profile-language-title = Eich iaith
profile-language-heading = Pa iaith hoffech chi ei defnyddio?
profile-language-hint = Byddwn yn ei defnyddio ar gyfer y wefan hon ac ar gyfer y negeseuon e-bost rydym yn eu hanfon atoch.
profile-language-error = Dewiswch iaith

## Delete your account

delete-title = Dileu eich cyfrif
delete-heading = Dileu eich cyfrif
delete-what = Bydd eich cyfrif a'ch proffil yn cael eu dileu ar unwaith. Ni fyddwch yn gallu mewngofnodi eto gyda'r cyfeiriad e-bost hwn oni bai eich bod yn creu cyfrif newydd.
delete-requests = Caiff ceisiadau rydych eisoes wedi'u hanfon eu cadw cyhyd ag y mae'r gyfraith yn ei gwneud yn ofynnol, heb eich enw na'ch manylion cyswllt.
delete-privacy-link = Am ba hyd rydym yn cadw gwybodaeth
delete-warning-prefix = Rhybudd
delete-warning = Ni allwch ddadwneud hyn.
delete-password-label = Rhowch eich cyfrinair i gadarnhau
delete-button = Dileu fy nghyfrif
delete-cancel = Canslo
deleted-title = Mae eich cyfrif wedi'i ddileu
deleted-heading = Mae eich cyfrif wedi'i ddileu
deleted-body = Rydym wedi dileu eich cyfrif a'ch proffil.

## Dates. Month names are used inside dates, for example "21 November 2026".

# The character between whole numbers and decimals, as in "2.4".
# l10n: same-as-english
number-decimal-separator = .

# Variables:
#   $day (Number) - the day of the month
#   $month (String) - the name of the month, from the month-1 … month-12 messages
#   $year (String) - the year, with 4 digits
# l10n: same-as-english
date-long = { $day } { $month } { $year }
month-1 = Ionawr
month-2 = Chwefror
month-3 = Mawrth
month-4 = Ebrill
month-5 = Mai
month-6 = Mehefin
month-7 = Gorffennaf
month-8 = Awst
month-9 = Medi
month-10 = Hydref
month-11 = Tachwedd
month-12 = Rhagfyr
