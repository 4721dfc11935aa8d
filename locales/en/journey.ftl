### The journey through a service: start page, question pages, check your answers, confirmation,
### "Your applications".
### Module: src/services/journey.rs

services-title = Services
services-heading = Services you can apply for
journey-before-you-start = Before you start
journey-start = Start now
journey-sign-in-needed = You need an account to apply. You will be asked to sign in or create one.
journey-guest-note = You can apply without an account. If you do, your answers are kept only until you close your browser or stop for 30 minutes. To save your application and come back to it, sign in.
# Above each question.
# Variables:
#   $number (Number) - the position of this question
#   $total (Number) - the most questions the application can have from here on
journey-progress = Question { $number } of up to { $total }
journey-continue = Continue
journey-save-later = Save and come back later
journey-or = or
journey-select-prompt = Select an option
journey-date-hint = For example, 27 3 2027
# Variables:
#   $limit (Number) - the most characters the answer can have
journey-character-limit = You can enter up to { $limit } characters.
# An amount of money in check your answers.
# Variables:
#   $amount (String) - the amount with two decimals, already written with this language's decimal separator (number-decimal-separator), like 12.50 or 12,50
journey-money = £{ $amount }
journey-not-answered = Not answered

## "Add another" questions: one page per item, then a list of the items.

# The page title of an item's page, for example "Tell us about the other item – Item 2".
# Variables:
#   $question (String) - the question's heading
#   $item (String) - the item's name, for example "Item 2"
journey-item-title = { $question } – { $item }
# One item in check your answers.
# Variables:
#   $item (String) - the item's name, for example "Item 2"
#   $values (String) - its answers, separated by dashes
journey-item-line = { $item }: { $values }
# A button that removes an item from the list; a hidden part names the item for screen readers.
journey-item-remove = Remove
# Variables:
#   $max (Number) - the most items one request can have
journey-items-full = You have added the most items you can ({ $max }). Remove one to add another.
# Shown only if a list of items is somehow shown as a single question.
journey-items-elsewhere = You will add these one at a time.
answer-error-add-another = Select yes if you need to add another
answer-yes = Yes
answer-no = No

journey-check-title = Check your answers before sending your application
journey-check-heading = Check your answers before sending your application
journey-declaration-heading = Now send your application
journey-submit = Accept and send
journey-confirmation-title = Application complete
journey-confirmation-heading = Application complete
journey-your-reference = Your reference number
journey-confirmation-email = We have sent you a confirmation email.
journey-what-next = What happens next

## Errors for answers. A service may name its own; these are used otherwise.

answer-error-required-text = Enter an answer
answer-error-too-long = Your answer is too long
answer-error-required-number = Enter a number
answer-error-not-number = Enter a whole number, like 3
answer-error-number-range = Enter a number within the allowed range
answer-error-required-money = Enter an amount
answer-error-not-money = Enter an amount in pounds and pence, like 12.50
answer-error-money-range = Enter an amount within the allowed range
answer-error-required-choice = Select an option
answer-error-required-yes-no = Select yes or no
answer-error-required-checkboxes = Select at least one option
answer-error-exclusive = Select "None of these" on its own, or other options without it
date-error-missing = Enter a date
date-error-missing-day = The date must include a day
date-error-missing-month = The date must include a month
date-error-missing-year = The date must include a year
date-error-real = The date must be a real date
date-error-past = The date must be in the past
date-error-future = The date must be in the future

## Your applications

applications-title = Your applications
applications-heading = Your applications
applications-link = Go to your applications
applications-drafts = Applications you have not sent yet
applications-no-drafts = You have no unfinished applications.
applications-submitted = Applications you have sent
applications-none = You have not sent any applications yet.
applications-saved = Your application has been saved. You can come back to it at any time from this page.
# Variables:
#   $date (String) - the date it was last saved, written out
applications-last-saved = Last saved { $date }
applications-continue = Continue
applications-delete = Delete
applications-col-reference = Reference
applications-col-service = Service
applications-col-sent = Sent
applications-col-status = Status
applications-find-service = Apply for a service

## Request statuses, as citizens see them.

status-submitted = Received
status-in-review = Being reviewed
status-waiting-for-citizen = Waiting for you
status-approved = Approved
status-rejected = Not approved
status-withdrawn = Withdrawn
status-closed = Closed

## Emails

# Variables:
#   $service (String) - the name of the service
email-receipt-subject = We have received your application: { $service }
# Variables:
#   $service (String) - the name of the service
email-receipt-body = Thank you. We have received your application: { $service }.
email-receipt-reference = Your reference number is:

## Tell us once: details the person has given before.

journey-known-intro = We have this from your profile:
journey-known-question = Is this still correct?
journey-known-yes = Yes, use this
journey-known-no = No, I need to change it
journey-update-profile = Also save this in my profile, so that other services can use it
answer-error-required-date-choice = Select one of the dates

## Dates with their weekday, for example "Tuesday 24 November 2026".

# Variables:
#   $weekday (String) - the name of the day, from weekday-1 … weekday-7
#   $date (String) - the date, already written out
date-with-weekday = { $weekday } { $date }
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday

## File uploads

# Variables:
#   $megabytes (Number) - the largest file allowed, in megabytes
file-hint-limit = The file must be a PDF, JPG or PNG and smaller than { $megabytes }MB.
# Shown when a file was uploaded earlier.
# Variables:
#   $name (String) - the file's name
#   $size (String) - its size, like "2.4 MB"
file-current = You uploaded { $name } ({ $size }). Choose another file only if you want to replace it.
# A file's size.
# Variables:
#   $size (String) - the number, already written with this language's decimal separator
file-size-mb = { $size } MB
# Variables:
#   $size (String) - the number of kilobytes
file-size-kb = { $size } KB
# A file in check your answers.
# Variables:
#   $name (String) - the file's name
#   $size (String) - its size, from file-size-mb or file-size-kb
file-summary = { $name } ({ $size })
file-error-missing = Select a file
file-error-empty = The selected file is empty
file-error-too-big = The selected file must be smaller than 10MB
file-error-type = The selected file must be a PDF, JPG or PNG
file-error-scan = The selected file could not be accepted. Try a different file
