### Webhooks: the admins' pages where other systems' addresses are registered to be told when
### something happens to a request, the delivery log, and the email sent when one is turned off.
### "Webhook" and "endpoint" are technical words that IT staff search for: keep them recognisable.

## The dashboard's link

webhooks-link = Manage webhooks

## The list of endpoints and the form to add one

webhooks-title = Webhooks
webhooks-heading = Webhooks
webhooks-intro = A webhook tells another system, such as a case management system, when something happens to a team's requests. Portico sends a signed message to the system's address. It contains the request's reference, service, team and status, and no personal details.
webhooks-none = No webhooks are set up yet.
webhooks-add = Add a webhook
webhooks-team = Team
webhooks-url = Address
webhooks-url-hint = The address of the receiving system, starting with https://
webhooks-events = Send a message when
webhooks-add-button = Add webhook

## What can happen to a request (one checkbox each, and the log's "Event" column)

webhooks-event-submitted = A request is sent
webhooks-event-status-changed = A request's status changes
webhooks-event-message-received = The applicant sends a message
webhooks-event-information-supplied = The applicant gives the information asked for

## Errors in the form

webhooks-error-team = Select a team
webhooks-error-url = Enter an address, like https://crm.example.org/portico
webhooks-error-url-scheme = Enter an address that starts with https:// or http://
webhooks-error-url-credentials = Enter an address without a user name or password
webhooks-error-url-private = Enter an address on the internet, not one inside this network
webhooks-error-events = Select at least one thing to send a message about

## An endpoint's page

webhooks-endpoint-active = Active
webhooks-endpoint-disabled = Turned off
# Variables:
#   $when (String) - the date and time it was turned off, already formatted
webhooks-endpoint-disabled-since = Turned off since { $when }. Messages wait until it is turned on again.
# Variables:
#   $url (String) - the endpoint's address
webhooks-endpoint-title = Webhook { $url }
webhooks-endpoint-heading = Webhook
webhooks-back = Back to webhooks
webhooks-secret-title = Webhook added
webhooks-secret-once = This is the signing secret. Copy it into the receiving system now: it will not be shown again.
webhooks-done-title = Done
webhooks-done-resent = The message will be sent again in a moment.
webhooks-done-enabled = The webhook is turned on. Messages that were waiting will be sent.
webhooks-done-disabled = The webhook is turned off. New messages wait until it is turned on again.
webhooks-status = Status
webhooks-enable = Turn on
webhooks-disable = Turn off
webhooks-delete = Delete webhook

## Deleting a webhook: the page that asks first

# Variables:
#   $url (String) - the endpoint's address
webhooks-delete-title = Delete webhook { $url }
webhooks-delete-heading = Are you sure you want to delete this webhook?
# Variables:
#   $url (String) - the endpoint's address
webhooks-delete-body = Messages will no longer be sent to { $url }, and the list of messages sent to it will be deleted. You cannot undo this.
webhooks-delete-confirm = Yes, delete this webhook
webhooks-delete-cancel = No, keep it

## The delivery log

webhooks-deliveries = Messages sent
webhooks-no-deliveries = No messages have been sent to this address yet.
webhooks-older = Older messages
webhooks-col-event = Event
webhooks-col-state = Status
webhooks-col-attempts = Attempts
webhooks-col-response = Response code
webhooks-col-next = Next try
webhooks-col-actions = Actions
webhooks-state-pending = Waiting
webhooks-state-retrying = Failed, will try again
webhooks-state-delivered = Delivered
webhooks-state-failed = Failed
webhooks-send-again = Send again
# Read by screen readers after "Send again", to say which message.
# Variables:
#   $event (String) - what happened, e.g. "A request is sent"
#   $when (String) - when the message was queued, already formatted
webhooks-send-again-which = { $event }, { $when }

## The email to the team's admins when a webhook is turned off

# Variables:
#   $team (String) - the team's id
webhooks-email-disabled-subject = A webhook of the { $team } team was turned off
# Variables:
#   $url (String) - the endpoint's address
#   $team (String) - the team's id
webhooks-email-disabled-body = Messages to { $url } (team { $team }) kept failing, so Portico has turned this webhook off. New messages wait until it is turned on again. Check that the receiving system is working, then turn the webhook on.
webhooks-email-disabled-link = See its messages and turn it on:
