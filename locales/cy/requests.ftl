### A citizen's request after sending it: status, timeline, messages, withdrawing, more information.

# Variables:
#   $reference (String) - the request's reference
request-title = Cais { $reference }
# Variables:
#   $reference (String) - the request's reference
request-heading = Cais { $reference }
request-back = Yn ôl i'ch ceisiadau
request-status = Statws:
# Variables:
#   $date (String) - the date we aim to decide by
request-due = Ein nod yw gorffen erbyn { $date }.
request-info-banner-title = Pwysig
request-info-banner = Mae angen rhagor o wybodaeth arnom gennych cyn y gallwn barhau.
request-info-answer = Ateb ein cwestiynau
request-timeline = Beth sydd wedi digwydd
request-event-submitted = Gwnaethoch anfon eich cais
# Variables:
#   $team (String) - the team's name
# Welsh: "tîm" mutates to "dîm" after "gan".
request-event-viewed = Wedi'i weld gan dîm { $team }
# Variables:
#   $status (String) - the new status
request-event-status = Newidiwyd y statws i: { $status }
# Variables:
#   $team (String) - the team's name
request-event-message = Neges gan dîm { $team }
request-event-your-message = Eich neges
request-event-info-requested = Gwnaethom ofyn i chi am ragor o wybodaeth
request-event-info-answered = Gwnaethoch anfon yr wybodaeth y gwnaethom ofyn amdani
request-reply-heading = Anfon neges atom
request-reply-label = Eich neges
request-reply-hint = Am y cais hwn yn unig. Byddwn yn ateb yma ac yn rhoi gwybod i chi drwy e-bost.
request-reply-attachment = Atodi ffeil (dewisol)
request-reply-button = Anfon neges
request-error-message = Rhowch eich neges
# Variables:
#   $reference (String) - the request's reference
request-withdraw-title = Tynnu cais { $reference } yn ôl
# Variables:
#   $reference (String) - the request's reference
request-withdraw-heading = Ydych chi'n siŵr eich bod eisiau tynnu cais { $reference } yn ôl?
request-withdraw-body = Byddwn yn rhoi'r gorau i weithio arno. Os byddwch yn newid eich meddwl, bydd angen i chi wneud cais eto.
request-withdraw-reason = Pam rydych chi'n ei dynnu'n ôl? (dewisol)
request-withdraw-button = Tynnu'r cais yn ôl
request-withdraw-link = Tynnu'r cais hwn yn ôl
request-info-title = Atebwch ein cwestiynau
request-info-heading = Atebwch ein cwestiynau
request-info-send = Anfon eich atebion

## Emails

# Variables:
#   $reference (String) - the request's reference
email-status-subject = Mae eich cais { $reference } wedi'i ddiweddaru
# Variables:
#   $service (String) - the service's name
#   $reference (String) - the request's reference
#   $status (String) - the new status
email-status-body = Statws eich cais { $reference } ({ $service }) bellach yw: { $status }.
email-status-reason = Ein rheswm:
# Variables:
#   $reference (String) - the request's reference
email-message-subject = Neges newydd am eich cais { $reference }
# Variables:
#   $service (String) - the service's name
#   $reference (String) - the request's reference
email-message-body = Rydym wedi anfon neges atoch am eich cais { $reference } ({ $service }).
# Variables:
#   $reference (String) - the request's reference
email-info-subject = Mae angen rhagor o wybodaeth arnom: cais { $reference }
# Variables:
#   $service (String) - the service's name
#   $reference (String) - the request's reference
email-info-body = Mae angen rhagor o wybodaeth arnom gennych am eich cais { $reference } ({ $service }). Mae eich atebion blaenorol wedi'u llenwi'n barod, felly dim ond yr hyn rydym yn gofyn amdano y mae angen i chi ei newid.
email-request-link = Gweld eich cais ac ateb:
