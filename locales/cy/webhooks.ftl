### Webhooks: the admins' pages where other systems' addresses are registered to be told when
### something happens to a request, the delivery log, and the email sent when one is turned off.

## The dashboard's link

webhooks-link = Rheoli webhooks

## The list of endpoints and the form to add one

webhooks-title = Webhooks
webhooks-heading = Webhooks
webhooks-intro = Mae webhook yn rhoi gwybod i system arall, fel system rheoli achosion, pan fydd rhywbeth yn digwydd i geisiadau tîm. Mae Portico yn anfon neges wedi'i llofnodi i gyfeiriad y system. Mae'n cynnwys cyfeirnod, gwasanaeth, tîm a statws y cais, a dim manylion personol.
webhooks-none = Does dim webhooks wedi'u gosod eto.
webhooks-add = Ychwanegu webhook
webhooks-team = Tîm
webhooks-url = Cyfeiriad
webhooks-url-hint = Cyfeiriad y system sy'n derbyn, yn dechrau gyda https://
webhooks-events = Anfon neges pan
webhooks-add-button = Ychwanegu webhook

## What can happen to a request

webhooks-event-submitted = Mae cais yn cael ei anfon
webhooks-event-status-changed = Mae statws cais yn newid
webhooks-event-message-received = Mae'r ymgeisydd yn anfon neges
webhooks-event-information-supplied = Mae'r ymgeisydd yn rhoi'r wybodaeth y gofynnwyd amdani

## Errors in the form

webhooks-error-team = Dewiswch dîm
webhooks-error-url = Rhowch gyfeiriad, fel https://crm.example.org/portico
webhooks-error-url-scheme = Rhowch gyfeiriad sy'n dechrau gyda https:// neu http://
webhooks-error-url-credentials = Rhowch gyfeiriad heb enw defnyddiwr na chyfrinair
webhooks-error-url-private = Rhowch gyfeiriad ar y rhyngrwyd, nid un y tu mewn i'r rhwydwaith hwn
webhooks-error-events = Dewiswch o leiaf un peth i anfon neges amdano

## An endpoint's page

webhooks-endpoint-active = Gweithredol
webhooks-endpoint-disabled = Wedi'i ddiffodd
# Variables:
#   $when (String) - the date and time it was turned off, already formatted
webhooks-endpoint-disabled-since = Wedi'i ddiffodd ers { $when }. Bydd negeseuon yn aros nes iddo gael ei droi ymlaen eto.
# Variables:
#   $url (String) - the endpoint's address
webhooks-endpoint-title = Webhook { $url }
webhooks-endpoint-heading = Webhook
webhooks-back = Yn ôl i webhooks
webhooks-secret-title = Webhook wedi'i ychwanegu
webhooks-secret-once = Dyma'r gyfrinach llofnodi. Copïwch hi i'r system sy'n derbyn nawr: ni fydd yn cael ei dangos eto.
webhooks-done-title = Wedi'i wneud
webhooks-done-resent = Bydd y neges yn cael ei hanfon eto mewn eiliad.
webhooks-done-enabled = Mae'r webhook wedi'i droi ymlaen. Bydd negeseuon a oedd yn aros yn cael eu hanfon.
webhooks-done-disabled = Mae'r webhook wedi'i ddiffodd. Bydd negeseuon newydd yn aros nes iddo gael ei droi ymlaen eto.
webhooks-status = Statws
webhooks-enable = Troi ymlaen
webhooks-disable = Diffodd
webhooks-delete = Dileu webhook

## Deleting a webhook: the page that asks first

# Variables:
#   $url (String) - the endpoint's address
webhooks-delete-title = Dileu webhook { $url }
webhooks-delete-heading = Ydych chi'n siŵr eich bod eisiau dileu'r webhook hwn?
# Variables:
#   $url (String) - the endpoint's address
webhooks-delete-body = Ni fydd negeseuon yn cael eu hanfon i { $url } mwyach, a bydd y rhestr o negeseuon a anfonwyd iddo yn cael ei dileu. Ni allwch ddadwneud hyn.
webhooks-delete-confirm = Ydw, dilëwch y webhook hwn
webhooks-delete-cancel = Na, ei gadw

## The delivery log

webhooks-deliveries = Negeseuon a anfonwyd
webhooks-no-deliveries = Does dim negeseuon wedi'u hanfon i'r cyfeiriad hwn eto.
webhooks-older = Negeseuon hŷn
webhooks-col-event = Digwyddiad
webhooks-col-state = Statws
webhooks-col-attempts = Ymdrechion
webhooks-col-response = Cod ymateb
webhooks-col-next = Ymgais nesaf
webhooks-col-actions = Camau gweithredu
webhooks-state-pending = Yn aros
webhooks-state-retrying = Wedi methu, bydd yn ceisio eto
webhooks-state-delivered = Wedi'i danfon
webhooks-state-failed = Wedi methu
webhooks-send-again = Anfon eto
# Variables:
#   $event (String) - what happened
#   $when (String) - when the message was queued, already formatted
webhooks-send-again-which = { $event }, { $when }

## The email to the team's admins when a webhook is turned off

# Variables:
#   $team (String) - the team's id
webhooks-email-disabled-subject = Mae webhook tîm { $team } wedi'i ddiffodd
# Variables:
#   $url (String) - the endpoint's address
#   $team (String) - the team's id
webhooks-email-disabled-body = Roedd negeseuon i { $url } (tîm { $team }) yn methu o hyd, felly mae Portico wedi diffodd y webhook hwn. Bydd negeseuon newydd yn aros nes iddo gael ei droi ymlaen eto. Gwiriwch fod y system sy'n derbyn yn gweithio, yna trowch y webhook ymlaen.
webhooks-email-disabled-link = Gweld ei negeseuon a'i droi ymlaen:
