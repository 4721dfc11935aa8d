### A citizen's request after sending it: status, timeline, messages, withdrawing, more information.

# Variables:
#   $reference (String) - the request's reference
request-title = Request { $reference }
# Variables:
#   $reference (String) - the request's reference
request-heading = Request { $reference }
request-back = Back to your applications
request-status = Status:
# Variables:
#   $date (String) - the date we aim to decide by
request-due = We aim to finish by { $date }.
request-info-banner-title = Important
request-info-banner = We need more information from you before we can continue.
request-info-answer = Answer our questions
request-timeline = What has happened
request-event-submitted = You sent your request
# Variables:
#   $team (String) - the team's name
request-event-viewed = Viewed by the { $team } team
# Variables:
#   $status (String) - the new status
request-event-status = Status changed to: { $status }
# Variables:
#   $team (String) - the team's name
request-event-message = Message from the { $team } team
request-event-your-message = Your message
request-event-info-requested = We asked you for more information
request-event-info-answered = You sent the information we asked for
request-reply-heading = Send us a message
request-reply-label = Your message
request-reply-hint = About this request only. We will reply here and tell you by email.
request-reply-attachment = Attach a file (optional)
request-reply-button = Send message
request-error-message = Enter your message
# Variables:
#   $reference (String) - the request's reference
request-withdraw-title = Withdraw request { $reference }
# Variables:
#   $reference (String) - the request's reference
request-withdraw-heading = Are you sure you want to withdraw request { $reference }?
request-withdraw-body = We will stop working on it. If you change your mind, you will need to apply again.
request-withdraw-reason = Why are you withdrawing it? (optional)
request-withdraw-button = Withdraw request
request-withdraw-link = Withdraw this request
request-info-title = Answer our questions
request-info-heading = Answer our questions
request-info-send = Send your answers

## Emails

# Variables:
#   $reference (String) - the request's reference
email-status-subject = Your request { $reference } has been updated
# Variables:
#   $service (String) - the service's name
#   $reference (String) - the request's reference
#   $status (String) - the new status
email-status-body = The status of your request { $reference } ({ $service }) is now: { $status }.
email-status-reason = Our reason:
# Variables:
#   $reference (String) - the request's reference
email-message-subject = New message about your request { $reference }
# Variables:
#   $service (String) - the service's name
#   $reference (String) - the request's reference
email-message-body = We have sent you a message about your request { $reference } ({ $service }).
# Variables:
#   $reference (String) - the request's reference
email-info-subject = We need more information: request { $reference }
# Variables:
#   $service (String) - the service's name
#   $reference (String) - the request's reference
email-info-body = We need more information from you about your request { $reference } ({ $service }). Your earlier answers are filled in, so you only need to change what we ask about.
email-request-link = See your request and reply:
