### Accounts: create an account, sign in and out, passwords, email addresses, staff sign-in.
### Module: src/auth/

## Fields

field-email = Cyfeiriad e-bost
field-new-email = Cyfeiriad e-bost newydd
field-password = Cyfrinair
field-new-password = Creu cyfrinair
field-current-password = Cyfrinair presennol
password-rules-hint = Defnyddiwch 10 nod neu fwy. Mae ychydig o eiriau nad ydynt yn perthyn i'w gilydd yn gwneud cyfrinair cryf sy'n hawdd ei gofio.

## Errors

email-error-missing = Rhowch eich cyfeiriad e-bost
email-error-invalid = Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com
password-error-missing = Rhowch eich cyfrinair
password-error-too-short = Rhaid i'ch cyfrinair fod yn 10 nod neu fwy
password-error-too-long = Rhaid i'ch cyfrinair fod yn 256 nod neu lai
password-error-common = Mae'r cyfrinair hwn yn rhy gyffredin ac yn hawdd ei ddyfalu. Dewiswch un gwahanol
password-error-same-as-email = Rhaid i'ch cyfrinair beidio â bod yr un fath â'ch cyfeiriad e-bost
password-error-current-wrong = Nid yw eich cyfrinair presennol yn gywir
sign-in-error-wrong = Rhowch y cyfeiriad e-bost a'r cyfrinair ar gyfer eich cyfrif. Nid ydynt yn cyfateb i gyfrif
# Shown after 5 failed attempts within 15 minutes for the same account or from the same device.
sign-in-error-throttled = Rydych wedi ceisio mewngofnodi gormod o weithiau. Arhoswch 15 munud a rhowch gynnig arall arni, neu ailosodwch eich cyfrinair

## Create an account

create-title = Creu cyfrif
create-heading = Creu cyfrif
create-intro = Gyda chyfrif, gallwch gadw ceisiadau, gweld sut maen nhw'n dod yn eu blaen a chadw eich manylion mewn un lle.
create-email-hint = Byddwn yn anfon dolen atoch i'w gadarnhau.
create-button = Creu cyfrif
create-have-account = Oes gennych gyfrif yn barod?

## Check your email

check-email-title = Gwiriwch eich e-bost
check-email-heading = Gwiriwch eich e-bost
check-email-body = Os oes modd defnyddio'r cyfeiriad a roesoch, rydym wedi anfon e-bost ato. Agorwch y ddolen yn yr e-bost i barhau.
check-email-expiry = Mae dolenni i gadarnhau cyfeiriad e-bost yn gweithio am 24 awr. Mae dolenni i ailosod cyfrinair yn gweithio am 1 awr.
check-email-spam = Os na allwch ddod o hyd i'r e-bost, edrychwch yn eich ffolder sbam neu sothach.

## Email confirmed

verified-title = Cyfeiriad e-bost wedi'i gadarnhau
verified-heading = Cyfeiriad e-bost wedi'i gadarnhau
verified-body = Gallwch nawr fewngofnodi i'ch cyfrif.

## Links that no longer work

link-expired-title = Mae'r ddolen hon wedi dod i ben
link-expired-heading = Mae'r ddolen hon wedi dod i ben
link-expired-body = Dim ond unwaith y mae modd defnyddio'r dolenni yn ein negeseuon e-bost, a hynny am gyfnod cyfyngedig yn unig. Gallwch fewngofnodi, neu ofyn am ddolen newydd i ailosod eich cyfrinair.

## Sign in

sign-in-title = Mewngofnodi
sign-in-heading = Mewngofnodi i'ch cyfrif
sign-in-button = Mewngofnodi
sign-in-link = Mewngofnodi
sign-in-forgot = Rwyf wedi anghofio fy nghyfrinair
sign-in-no-account-heading = Os nad oes gennych gyfrif
sign-in-create = Creu cyfrif

## Signed out

signed-out-title = Rydych wedi allgofnodi
signed-out-heading = Rydych wedi allgofnodi
signed-out-body = Diolch. Os ydych yn defnyddio cyfrifiadur a rennir, caewch ffenestr y porwr.
password-reset-done-title = Mae eich cyfrinair wedi'i newid
password-reset-done-heading = Mae eich cyfrinair wedi'i newid
password-reset-done-body = Mewngofnodwch gyda'ch cyfrinair newydd.

## Forgotten password

forgot-title = Ailosod eich cyfrinair
forgot-heading = Ailosod eich cyfrinair
forgot-intro = Rhowch gyfeiriad e-bost eich cyfrif. Byddwn yn anfon dolen ato i ddewis cyfrinair newydd.
forgot-button = Anfon dolen
reset-title = Dewis cyfrinair newydd
reset-heading = Dewis cyfrinair newydd
reset-button = Cadw'r cyfrinair

## Change password and email

change-password-title = Newid eich cyfrinair
change-password-heading = Newid eich cyfrinair
change-password-button = Newid cyfrinair
change-email-title = Newid eich cyfeiriad e-bost
change-email-heading = Newid eich cyfeiriad e-bost
change-email-intro = Byddwn yn anfon dolen i'r cyfeiriad newydd. Bydd eich cyfeiriad e-bost yn newid pan fyddwch yn ei hagor.
change-email-button = Anfon dolen
change-email-confirm-intro = Rydych yn mewngofnodi i’r wefan hon drwy wasanaeth arall, felly nid oes gan eich cyfrif gyfrinair. I newid eich cyfeiriad e-bost, cadarnhewch mai chi sydd yno yn gyntaf drwy fewngofnodi yno eto.
change-email-confirm-button = Cadarnhau mai chi sydd yno
change-email-error-confirm = Cadarnhewch mai chi sydd yno eto cyn newid eich cyfeiriad e-bost

## Emails. Plain text; a link, when there is one, is placed on its own line after the first paragraph.

# l10n: same-as-english
email-signature = { -portico }
email-ignore = Os na wnaethoch ofyn am hyn, gallwch anwybyddu'r e-bost hwn.
email-not-you = Os nad chi oedd hyn, ailosodwch eich cyfrinair ar unwaith a chysylltwch â ni.
email-verify-subject = Cadarnhewch eich cyfeiriad e-bost
email-verify-body = Agorwch y ddolen hon i gadarnhau eich cyfeiriad e-bost a gorffen creu eich cyfrif:
email-verify-expiry = Mae'r ddolen yn gweithio am 24 awr a dim ond unwaith y mae modd ei defnyddio.
email-exists-subject = Mae gennych gyfrif yn barod
email-exists-body = Mae rhywun wedi ceisio creu cyfrif gyda'r cyfeiriad e-bost hwn, neu newid cyfrif i'w ddefnyddio. Mae gennych gyfrif yn barod. Gallwch fewngofnodi yma:
email-exists-reset = Os ydych wedi anghofio eich cyfrinair, gallwch ei ailosod o'r dudalen mewngofnodi.
email-reset-subject = Ailosod eich cyfrinair
email-reset-body = Agorwch y ddolen hon i ddewis cyfrinair newydd:
email-reset-expiry = Mae'r ddolen yn gweithio am 1 awr a dim ond unwaith y mae modd ei defnyddio.
email-password-changed-subject = Mae eich cyfrinair wedi'i newid
email-password-changed-body = Cafodd cyfrinair eich cyfrif ei newid.
email-change-subject = Cadarnhewch eich cyfeiriad e-bost newydd
email-change-body = Agorwch y ddolen hon i ddefnyddio'r cyfeiriad e-bost hwn ar gyfer eich cyfrif:
email-changed-subject = Mae eich cyfeiriad e-bost wedi'i newid
email-changed-body = Mae eich cyfrif bellach yn defnyddio cyfeiriad e-bost gwahanol. Ni fyddwn yn anfon negeseuon e-bost i'r cyfeiriad hwn mwyach.
email-staff-invite-subject = Eich cyfrif staff
email-staff-invite-body = Mae cyfrif staff wedi'i greu ar eich cyfer. Agorwch y ddolen hon i ddewis eich cyfrinair:
email-staff-invite-expiry = Mae'r ddolen yn gweithio am 72 awr a dim ond unwaith y mae modd ei defnyddio.

## Staff

# l10n: same-as-english
staff-caption = Staff
staff-sign-in-title = Mewngofnodi staff
staff-sign-in-heading = Mewngofnodi i'r ardal staff
staff-sign-in-help = Os na allwch fewngofnodi, gofynnwch i weinyddwr.
staff-signed-out-title = Rydych wedi allgofnodi o'r ardal staff
staff-home-title = Ardal staff
staff-home-heading = Ardal staff
staff-name = Enw
staff-role = Rôl
staff-role-caseworker = Gweithiwr achos
staff-role-admin = Gweinyddwr
staff-role-designer = Dylunydd gwasanaethau
staff-role-translator = Cyfieithydd
staff-set-password-title = Dewis eich cyfrinair
staff-set-password-heading = Dewis eich cyfrinair
timed-out-title = Rydych wedi cael eich allgofnodi
timed-out-heading = Rydych wedi cael eich allgofnodi
timed-out-body = Gwnaethom eich allgofnodi oherwydd nad oedd unrhyw weithgarwch am 30 munud. Nid yw unrhyw beth roeddech wedi'i gadw wedi'i golli. Mewngofnodwch i barhau.
