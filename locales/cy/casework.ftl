### The staff side: dashboard, queue, a request's page and its actions, and administration.

## Dashboard

# Variables:
#   $name (String) - the signed-in member of staff's name
casework-signed-in-as = Rydych wedi mewngofnodi fel { $name }
casework-overdue = Yn hwyr
casework-due-soon = Dyledus yn ystod y 3 diwrnod gwaith nesaf
casework-my-requests = Ceisiadau sydd wedi'u neilltuo i mi
casework-by-service = Ceisiadau yn ôl gwasanaeth a statws
casework-queue-link = Mynd i'r ciw ceisiadau
admin-heading = Gweinyddu
admin-staff-link = Rheoli staff
admin-teams-link = Rheoli timau a gwasanaethau

## The queue

casework-queue-title = Ceisiadau
casework-queue-heading = Ceisiadau
casework-queue-caption = Ceisiadau sy'n cyfateb i'r hidlyddion
casework-queue-empty = Nid oes unrhyw geisiadau'n cyfateb i'r hidlyddion hyn.
casework-filter-search = Cyfeirnod neu enw'r ymgeisydd
casework-filter-search-hint = Er enghraifft, 7KXM4PQR neu Jones
casework-filter-any = Unrhyw
casework-filter-anyone = Unrhyw un
casework-filter-me = Fi
casework-filter-from = Anfonwyd ar neu ar ôl
casework-filter-to = Anfonwyd ar neu cyn
casework-filter-date-hint = Er enghraifft, 2026-11-21
casework-filter-apply = Defnyddio'r hidlyddion
casework-sort = Trefn
casework-sort-newest = Y mwyaf diweddar yn gyntaf
casework-sort-oldest = Yr hynaf yn gyntaf
casework-sort-due = Y dyddiad dyledus agosaf yn gyntaf
casework-counts = Ceisiadau yn ôl statws
# One status and how many requests have it, as a link.
# Variables:
#   $status (String) - the status
#   $count (Number) - how many requests
# l10n: same-as-english
casework-count = { $status }: { $count }
casework-export = Lawrlwytho'r ceisiadau hyn fel taenlen (CSV)
casework-col-select = Dewis
casework-col-applicant = Ymgeisydd
casework-col-assignee = Wedi'i neilltuo i
casework-col-due = Dyddiad dyledus
casework-col-team = Tîm
casework-unassigned = Heb ei neilltuo
casework-overdue-tag = Yn hwyr
casework-due-soon-tag = Dyledus cyn bo hir
# The hidden label of a row's checkbox.
# Variables:
#   $reference (String) - the request's reference
casework-select-request = Dewis cais { $reference }
casework-bulk-assign = Neilltuo'r ceisiadau a ddewiswyd i
casework-bulk-assign-button = Neilltuo'r ceisiadau a ddewiswyd
casework-assign-me = Fi
casework-unassign = Neb (dad-neilltuo)
casework-pagination = Rhagor o geisiadau
casework-next-page = Y dudalen nesaf

## A request

# Variables:
#   $reference (String) - the request's reference
casework-request-title = Cais { $reference }
# Variables:
#   $reference (String) - the request's reference
casework-request-heading = Cais { $reference }
casework-back-to-queue = Yn ôl i'r ceisiadau
casework-clock-paused = Wedi'i oedi tra byddwn yn aros am yr ymgeisydd
casework-answers = Atebion
# Variables:
#   $name (String) - the file's name
casework-download = Lawrlwytho { $name }
casework-profile-snapshot = Manylion o broffil yr ymgeisydd
casework-profile-snapshot-hint = Fel yr oeddent pan anfonwyd y cais.
casework-timeline = Beth sydd wedi digwydd
casework-event-retention-erased = Atebion, ffeiliau, negeseuon a manylion personol wedi'u dileu: daeth y cyfnod cadw i ben
casework-audit-export = Lawrlwytho’r trywydd archwilio gyda’i brawf (JSON)
casework-audit-export-hint = Pob digwyddiad uchod, ei gadwyn stwnsh a’r pwynt gwirio wedi’i lofnodi sy’n ei gwmpasu. Gall unrhyw un ei wirio heb Portico, fel y mae docs/audit.md yn ei ddisgrifio.
casework-internal = Mewnol
casework-actions = Camau gweithredu
casework-assign = Neilltuo i
casework-assign-button = Neilltuo
casework-change-status = Newid y statws
casework-change-status-button = Newid statws
casework-reason = Rheswm
casework-reason-hint = Mae ei angen ar gyfer penderfyniad. Bydd yr ymgeisydd yn ei weld.
casework-ask = Gofyn i'r ymgeisydd am ragor o wybodaeth
casework-ask-hint = Dewiswch y cwestiynau y mae angen iddynt eu hateb eto. Bydd eu hatebion blaenorol wedi'u llenwi'n barod.
casework-ask-message = Beth sydd ei angen arnoch ganddynt?
casework-ask-button = Anfon y cais am wybodaeth
casework-message = Neges i'r ymgeisydd
casework-message-hint = Byddant yn ei gweld ar eu cais ac yn cael e-bost.
casework-message-button = Anfon neges
casework-note = Nodyn mewnol
casework-note-hint = Dim ond staff sy'n gallu gweld nodiadau.
casework-note-button = Ychwanegu nodyn
casework-error-not-allowed = Nid yw'n bosibl gwneud y newid hwn o statws presennol y cais
casework-error-reason = Rhowch y rheswm dros y penderfyniad
casework-error-status = Dewiswch y statws newydd
casework-error-questions = Dewiswch o leiaf un cwestiwn i'w ofyn eto
casework-error-message = Rhowch neges
casework-error-note = Rhowch nodyn
casework-error-assignee = Dewiswch rywun sy'n gweithio ar geisiadau'r tîm hwn

## The timeline

# When something happened.
# Variables:
#   $date (String) - the date, written out
#   $time (String) - the time, like 14:05
casework-event-when = { $date } am { $time }
casework-actor-citizen = Yr ymgeisydd
# l10n: same-as-english
casework-actor-system = { -portico }
casework-event-submitted = Cais wedi'i anfon
# Variables:
#   $who (String) - the member of staff
casework-event-viewed = Wedi'i weld gan { $who }
# Variables:
#   $who (String) - the member of staff who assigned it
#   $to (String) - the member of staff it was assigned to
# Welsh: the timeline headings use the headline form "X wedi …" (without "Mae"), so that the name comes first.
casework-event-assigned = { $who } wedi neilltuo'r cais i { $to }
# Variables:
#   $who (String) - the member of staff
casework-event-unassigned = { $who } wedi dad-neilltuo'r cais
# Variables:
#   $who (String) - who changed it
#   $status (String) - the new status
casework-event-status = { $who } wedi newid y statws i { $status }
# Variables:
#   $who (String) - the member of staff
casework-event-note = Nodyn gan { $who }
# Variables:
#   $who (String) - who wrote it
casework-event-message = Neges gan { $who }
# Variables:
#   $who (String) - the member of staff
casework-event-info-requested = { $who } wedi gofyn am ragor o wybodaeth
casework-event-info-answered = Yr ymgeisydd wedi ateb y cwestiynau eto
# One changed answer.
# Variables:
#   $question (String) - the question
#   $old (String) - the earlier answer
#   $new (String) - the new answer
# l10n: same-as-english
casework-event-change = { $question }: { $old } → { $new }

## Administration

admin-staff-title = Rheoli staff
# l10n: same-as-english
admin-staff-heading = Staff
admin-staff-active = Gweithredol
admin-staff-disabled = Wedi'i analluogi: ni all fewngofnodi nac agor ceisiadau
# Variables:
#   $name (String) - the member of staff's name
admin-staff-teams = Timau y mae { $name } yn gweithio ynddynt
admin-save = Cadw
admin-staff-disable = Analluogi
admin-staff-enable = Galluogi
admin-staff-add = Ychwanegu aelod o staff
admin-staff-add-hint = Byddwn yn anfon dolen atynt drwy e-bost i osod eu cyfrinair. Mae'r ddolen yn gweithio am 72 awr.
admin-staff-add-button = Ychwanegu aelod o staff
admin-error-name = Rhowch eu henw
admin-error-staff-exists = Mae aelod o staff gyda'r cyfeiriad e-bost hwn yn barod
admin-teams-title = Rheoli timau a gwasanaethau
admin-teams-heading = Timau
admin-teams-services = Pa dîm sy'n ymdrin â phob gwasanaeth
admin-teams-services-hint = Mae ceisiadau newydd i wasanaeth yn mynd i dîm y gwasanaeth hwnnw. Mae ceisiadau sydd eisoes wedi'u hanfon yn aros gyda'u tîm.
admin-teams-add = Ychwanegu tîm
admin-teams-name = Enw'r tîm
admin-teams-add-button = Ychwanegu tîm
admin-error-team-name = Rhowch enw tîm o hyd at 60 nod
