### The staff side: dashboard, queue, a request's page and its actions, and administration.

## Dashboard

# Variables:
#   $name (String) - the signed-in member of staff's name
casework-signed-in-as = Signed in as { $name }
casework-overdue = Overdue
casework-due-soon = Due in the next 3 working days
casework-my-requests = Requests assigned to me
casework-by-service = Requests by service and status
casework-queue-link = Go to the queue of requests
admin-heading = Administration
admin-staff-link = Manage staff
admin-teams-link = Manage teams and services

## The queue

casework-queue-title = Requests
casework-queue-heading = Requests
casework-queue-caption = Requests that match the filters
casework-queue-empty = No requests match these filters.
casework-filter-search = Reference or applicant's name
casework-filter-search-hint = For example, 7KXM4PQR or Jones
casework-filter-any = Any
casework-filter-anyone = Anyone
casework-filter-me = Me
casework-filter-from = Sent on or after
casework-filter-to = Sent on or before
casework-filter-date-hint = For example, 2026-11-21
casework-filter-apply = Apply filters
casework-sort = Order
casework-sort-newest = Newest first
casework-sort-oldest = Oldest first
casework-sort-due = Due soonest first
casework-counts = Requests by status
# One status and how many requests have it, as a link.
# Variables:
#   $status (String) - the status
#   $count (Number) - how many requests
casework-count = { $status }: { $count }
casework-export = Download these requests as a spreadsheet (CSV)
casework-col-select = Select
casework-col-applicant = Applicant
casework-col-assignee = Assigned to
casework-col-due = Due
casework-col-team = Team
casework-unassigned = Not assigned
casework-overdue-tag = Overdue
casework-due-soon-tag = Due soon
# The hidden label of a row's checkbox.
# Variables:
#   $reference (String) - the request's reference
casework-select-request = Select request { $reference }
casework-bulk-assign = Assign the selected requests to
casework-bulk-assign-button = Assign selected requests
casework-assign-me = Me
casework-unassign = Nobody (unassign)
casework-pagination = More requests
casework-next-page = Next page

## A request

# Variables:
#   $reference (String) - the request's reference
casework-request-title = Request { $reference }
# Variables:
#   $reference (String) - the request's reference
casework-request-heading = Request { $reference }
casework-back-to-queue = Back to the requests
casework-clock-paused = Paused while we wait for the applicant
casework-answers = Answers
# Variables:
#   $name (String) - the file's name
casework-download = Download { $name }
casework-profile-snapshot = Details from the applicant's profile
casework-profile-snapshot-hint = As they were when the request was sent.
casework-timeline = What has happened
casework-event-retention-erased = Answers, files, messages and personal details erased: the retention period ended
casework-audit-export = Download the audit trail with its proof (JSON)
casework-audit-export-hint = Every event above, its hash chain and the signed checkpoint that covers it. Anyone can check it without Portico, as docs/audit.md describes.
casework-internal = Internal
casework-actions = Actions
casework-assign = Assign to
casework-assign-button = Assign
casework-change-status = Change the status
casework-change-status-button = Change status
casework-reason = Reason
casework-reason-hint = Needed for a decision. The applicant will see it.
casework-ask = Ask the applicant for more information
casework-ask-hint = Select the questions they need to answer again. Their earlier answers will be filled in.
casework-ask-message = What do you need from them?
casework-ask-button = Send the request for information
casework-message = Message to the applicant
casework-message-hint = They will see it on their request and get an email.
casework-message-button = Send message
casework-note = Internal note
casework-note-hint = Only staff can see notes.
casework-note-button = Add note
casework-error-not-allowed = This change is not possible from the request's current status
casework-error-reason = Enter the reason for the decision
casework-error-status = Select the new status
casework-error-questions = Select at least one question to ask again
casework-error-message = Enter a message
casework-error-note = Enter a note
casework-error-assignee = Select someone who works on this team's requests

## The timeline

# When something happened.
# Variables:
#   $date (String) - the date, written out
#   $time (String) - the time, like 14:05
casework-event-when = { $date } at { $time }
casework-actor-citizen = The applicant
casework-actor-system = { -portico }
casework-event-submitted = Request sent
# Variables:
#   $who (String) - the member of staff
casework-event-viewed = Viewed by { $who }
# Variables:
#   $who (String) - the member of staff who assigned it
#   $to (String) - the member of staff it was assigned to
casework-event-assigned = { $who } assigned it to { $to }
# Variables:
#   $who (String) - the member of staff
casework-event-unassigned = { $who } unassigned it
# Variables:
#   $who (String) - who changed it
#   $status (String) - the new status
casework-event-status = { $who } changed the status to { $status }
# Variables:
#   $who (String) - the member of staff
casework-event-note = Note by { $who }
# Variables:
#   $who (String) - who wrote it
casework-event-message = Message from { $who }
# Variables:
#   $who (String) - the member of staff
casework-event-info-requested = { $who } asked for more information
casework-event-info-answered = The applicant answered the questions again
# One changed answer.
# Variables:
#   $question (String) - the question
#   $old (String) - the earlier answer
#   $new (String) - the new answer
casework-event-change = { $question }: { $old } → { $new }

## Administration

admin-staff-title = Manage staff
admin-staff-heading = Staff
admin-staff-active = Active
admin-staff-disabled = Disabled: cannot sign in or open requests
# Variables:
#   $name (String) - the member of staff's name
admin-staff-teams = Teams { $name } works in
admin-save = Save
admin-staff-disable = Disable
admin-staff-enable = Enable
admin-staff-add = Add a member of staff
admin-staff-add-hint = We will email them a link to set their password. The link works for 72 hours.
admin-staff-add-button = Add member of staff
admin-error-name = Enter their name
admin-error-staff-exists = There is already a member of staff with this email address
admin-teams-title = Manage teams and services
admin-teams-heading = Teams
admin-teams-services = Which team handles each service
admin-teams-services-hint = New requests to a service go to its team. Requests already sent stay with their team.
admin-teams-add = Add a team
admin-teams-name = Team name
admin-teams-add-button = Add team
admin-error-team-name = Enter a team name of up to 60 characters
