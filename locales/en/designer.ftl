### The service designer: staff build, check and publish services in the browser.

## The list of services

designer-title = Service designer
designer-heading = Services
designer-intro = Build a service, check it and publish it. People part-way through an application finish on the version they started.
designer-new-button = Create a service
# Variables:
#   $version (Number) - a version number
designer-tag-live = Live: version { $version }
# Variables:
#   $version (Number) - a version number
designer-tag-draft = Draft: version { $version }
designer-tag-archived = Archived

## Creating a service

designer-new-title = Create a service
designer-new-heading = Create a service
designer-field-name = Name of the service
designer-field-name-hint = Start with a verb, as people search for what they need to do, for example “Report a missed bin collection”.
designer-field-id = Web address
designer-field-id-hint = Lower-case letters, digits and hyphens. It cannot be changed later. Leave it empty to make it from the name.
designer-field-team = Team that handles its requests
designer-new-create = Create the service
designer-error-name = Enter the name of the service
designer-error-id = Enter a web address of lower-case letters, digits and hyphens, starting with a letter
designer-error-id-taken = There is already a service with this web address
designer-error-team = Select one of your teams
designer-copy-link = Copy this service to make a new one
# Variables:
#   $service (String) - the name of the service copied
designer-copy-title = Copy “{ $service }”
# Variables:
#   $service (String) - the name of the service copied
designer-copy-heading = Make a new service from “{ $service }”

## A service's page

# Variables:
#   $service (String) - the service's name
designer-overview-title = { $service } – service designer
designer-caption = Service designer
# Variables:
#   $version (Number) - the draft's version number
designer-draft-of = You are editing the draft of version { $version }. Citizens see the live version until you publish.
# Variables:
#   $version (Number) - the live version's number
designer-live-only = Version { $version } is live. To change the service, make a draft of the next version.
designer-start-draft = Make changes
designer-task-details = Service details
# Variables:
#   $count (Number) - how many questions the draft has
designer-task-questions = { $count ->
    [one] Questions (1 question)
   *[other] Questions ({ $count } questions)
}
designer-task-translations = Translations
designer-task-preview = Preview the draft
designer-task-publish = Check and publish
# Variables:
#   $count (Number) - how many exit pages the draft has
designer-task-exits = { $count ->
    [one] Exit pages (1 page)
   *[other] Exit pages ({ $count } pages)
}
designer-task-done = Completed
designer-task-attention = Needs attention
designer-history = History
designer-event-created = Created
designer-event-edited = Changed
designer-event-drafted = Draft started
designer-event-published = Published
designer-event-archived = Archived
designer-event-copied = Created as a copy
designer-event-restored = Earlier version restored as the draft
designer-event-command-line = from the command line
# Variables:
#   $version (Number) - a version number
designer-event-version = (version { $version })
designer-problems-title = There are problems to fix before publishing
designer-versions = Versions
# Variables:
#   $version (Number) - a version number
designer-version-link = Version { $version }
designer-state-draft = (draft)
designer-state-live = (live)
designer-state-earlier = (earlier)
# Variables:
#   $service (String) - the service's name
#   $version (Number) - a version number
designer-version-title = Version { $version } – { $service }
# Variables:
#   $version (Number) - a version number
designer-version-heading = Version { $version }
designer-restore-text = Make a new draft that is a copy of this version.
designer-restore-replaces = Make this version the draft. The draft you have now is replaced.
designer-restore-button = Restore as the draft

## Problems, as the checks find them

# Variables:
#   $place (String) - where the problem is, for example “Question 3”
#   $problem (String) - what is wrong
designer-problem = { $place }: { $problem }
# Variables:
#   $number (Number) - the question's place in the list
#   $label (String) - the question's words
designer-place-question = Question { $number } ({ $label })
# Variables:
#   $number (Number) - the exit page's place in the list
designer-place-exit = Exit page { $number }
designer-place-title = Name of the service
designer-place-summary = Summary
designer-place-declaration = Declaration
designer-place-before-you-start = Before you start
designer-place-what-happens-next = What happens next
designer-place-questions = Questions
designer-place-id = Web address
designer-place-version = Version
rule-service-id = the web address must be lower-case letters, digits and hyphens
rule-version = the version must be 1 or more
rule-no-questions = add at least one question
rule-no-text = the English text is missing
# Variables:
#   $id (String) - a question's id
rule-question-id = “{ $id }” cannot be used as a question's id
# Variables:
#   $id (String) - an id or an option's value
rule-used-twice = “{ $id }” is used twice
# Variables:
#   $field (String) - the name of a profile detail
rule-profile-field = “{ $field }” is not a detail of the profile
rule-weekdays = name at least one weekday and how many dates to offer
rule-empty-item = an item needs at least one field
# Variables:
#   $id (String) - a field's id
rule-inner-id = “{ $id }” cannot be used here, or is used twice
rule-not-simple = a field or follow-up question must be a simple question
rule-no-options = add the options to choose from
rule-follow-up-radios = only radios can reveal a follow-up question
# Variables:
#   $exit (String) - an exit page's id
rule-no-exit = a route goes to the exit page “{ $exit }”, which does not exist
# Variables:
#   $id (String) - a question's id
rule-no-question = a route or condition refers to the question “{ $id }”, which does not exist
# Variables:
#   $target (String) - the question a route goes to
#   $from (String) - the question the route starts from
rule-not-after = a route goes back to “{ $target }”; routes can only go forward from “{ $from }”
# Variables:
#   $question (String) - a question's id
rule-later-answer = a condition reads “{ $question }”, which is asked later
# Variables:
#   $exit (String) - an exit page's id
rule-unused-exit = no route leads to the exit page “{ $exit }”
# Variables:
#   $id (String) - a question's id
rule-unreachable = no path from the first question leads here, so nobody is asked it
# Variables:
#   $exit (String) - an exit page's id
rule-unreachable-exit = no path from the first question leads to the exit page “{ $exit }”
# Variables:
#   $question (String) - a question's id
rule-maybe-unasked = a condition reads the answer to “{ $question }”, but some people reach this question without being asked it

## Service details

# Variables:
#   $service (String) - the service's name
designer-details-title = Service details – { $service }
designer-details-heading = Service details
designer-field-summary = Summary
designer-field-before = Before you start
designer-paragraphs-hint = Leave an empty line between paragraphs.
designer-field-sign-in = Who can apply
designer-sign-in-required = Only people signed in to an account
designer-sign-in-guests = Anyone, with or without an account
designer-field-days = Target, in working days
designer-field-days-hint = How long the team has to decide, not counting weekends and bank holidays.
designer-field-retention = How long requests are kept after they close
designer-field-retention-hint = A number of days, or a period such as P6Y (6 years), P18M (18 months) or P6W (6 weeks). Then the answers, files and personal details are erased. Leave it empty to keep requests until they are deleted by hand.
designer-error-retention-format = Enter a number of days, or a period such as P6Y, P18M, P6W or P30D
designer-error-retention-zero = Enter a period longer than nothing
designer-error-retention-long = Enter a period of 100 years or less
designer-field-declaration = Declaration
designer-field-next = What happens next
designer-save = Save and continue
designer-error-text = This text has a curly bracket that cannot be shown. Remove the curly bracket
designer-error-days = Enter a whole number of working days from 1 to 365
designer-error-sign-in = Select who can apply

## Questions

# Variables:
#   $service (String) - the service's name
designer-questions-title = Questions – { $service }
designer-questions-heading = Questions
designer-no-questions = There are no questions yet.
designer-no-label = (no words yet)
# Variables:
#   $number (Number) - the question's place in the list
designer-question-number = question { $number }
designer-change = Change
designer-move-up = Move up
designer-move-down = Move down
designer-remove = Remove
designer-add-question = Add a question
# Variables:
#   $service (String) - the service's name
designer-add-question-title = Add a question – { $service }
designer-add-question-heading = Add a question
designer-field-question = Question
designer-field-question-hint = Ask one thing, as you would ask it in person, for example “What is your date of birth?”.
designer-field-kind = Type of answer
designer-error-question = Enter the question
designer-error-kind = Select the type of answer
designer-kind-text = Short text
designer-kind-text-hint = A name, a number plate, a few words.
designer-kind-long-text = Long text
designer-kind-long-text-hint = A description, with a character limit.
designer-kind-whole-number = Whole number
designer-kind-whole-number-hint = A count, with limits if you need them.
designer-kind-money = Amount of money
designer-kind-money-hint = Pounds and pence.
designer-kind-email = Email address
designer-kind-email-hint = Checked for the shape of an email address.
designer-kind-phone = Phone number
designer-kind-phone-hint = UK or international.
designer-kind-date = Date
designer-kind-date-hint = Day, month and year; in the past or the future if you need it.
designer-kind-radios = One option from a list
designer-kind-radios-hint = Radios: the person picks one.
designer-kind-checkboxes = Any options from a list
designer-kind-checkboxes-hint = Checkboxes: the person ticks all that apply.
designer-kind-select = One option from a long list
designer-kind-select-hint = A drop-down list, for many options.
designer-kind-yes-no = Yes or no
designer-kind-yes-no-hint = Two radios: Yes and No.
designer-kind-address = Address
designer-kind-address-hint = A postal address in the GOV.UK pattern.
designer-kind-file = File upload
designer-kind-file-hint = A photo or a document: PDF, JPEG or PNG, checked by its content.
designer-kind-next-dates = Choice of dates
designer-kind-next-dates-hint = The next dates that fall on chosen weekdays, for a booking.
designer-kind-repeat = List of items
designer-kind-repeat-hint = “Add another”: the same questions for each item, then a list with Change and Remove.

## One question

# Variables:
#   $service (String) - the service's name
#   $question (String) - the question's words
designer-question-title = Question “{ $question }” – { $service }
designer-question-heading = Edit the question
# Variables:
#   $kind (String) - the type of answer
designer-question-kind = Type of answer: { $kind }
designer-field-hint = Hint (optional)
designer-field-hint-hint = Help to answer, shown under the question.
designer-field-required = Must it be answered?
designer-required-yes = Yes, it must be answered
designer-required-no = No, it can be left empty
designer-field-options = Options
designer-field-options-hint = One option on each line, in the order to show them.
designer-field-max-length = Most characters allowed
designer-field-max-length-hint = A whole number.
designer-field-min = Lowest number allowed (optional)
designer-field-max = Highest number allowed (optional)
designer-field-min-pounds = Lowest amount allowed, in pounds (optional)
designer-field-max-pounds = Highest amount allowed, in pounds (optional)
designer-field-limit-hint = A whole number. Leave it empty for no limit.
designer-field-width = Width of the box
designer-width-full = As wide as the page
designer-width-2 = 2 characters
designer-width-4 = 4 characters
designer-width-10 = 10 characters
designer-width-20 = 20 characters
designer-width-30 = 30 characters
designer-field-autofill = What the browser may fill in
designer-field-autofill-hint = When the answer is one of these, the person's browser can offer it, which helps people who find typing hard.
designer-autofill-none = Nothing
designer-autofill-name = Their full name
designer-autofill-given-name = Their first name
designer-autofill-family-name = Their last name
designer-autofill-organization = Their organisation
designer-autofill-postal-code = A postcode
designer-error-number = Enter a whole number
designer-options-details = To add a hint, the “or” line before an option, or a follow-up question, change the option:
# Variables:
#   $option (String) - the option's words
designer-option-link = Change “{ $option }”
designer-field-exclusive = A “None of these” option (optional)
designer-field-exclusive-hint = For example “None of these”. It cannot be ticked with the others. Leave it empty for none.
designer-field-max-size = Largest file allowed, in MB
designer-field-max-size-hint = A whole number from 1 to 20.
designer-error-size = Enter a whole number of MB from 1 to 20
designer-field-weekdays = Weekdays to offer
designer-day-monday = Monday
designer-day-tuesday = Tuesday
designer-day-wednesday = Wednesday
designer-day-thursday = Thursday
designer-day-friday = Friday
designer-day-saturday = Saturday
designer-day-sunday = Sunday
designer-error-weekdays = Select at least one weekday
designer-field-count = How many dates to offer
designer-field-count-hint = A whole number from 1 to 31.
designer-error-count = Enter a whole number from 1 to 31
designer-field-lead = Days before the first date offered
designer-field-lead-hint = How many days your team needs before it can come, from 0 to 60.
designer-error-lead = Enter a whole number of days from 0 to 60
designer-field-item-label = Each item's name in the list
designer-field-item-label-hint = With { "{ $number }" } where its number goes, for example “Item { "{ $number }" }”.
designer-field-summary-heading = Heading of the list
designer-field-summary-heading-hint = With { "{ $count }" } for how many there are; a plural form can say “1 item” and “2 items”.
designer-field-add-another = The question under the list
designer-field-max-items = Most items
designer-field-max-items-hint = A whole number from 1 to 50.
designer-error-max-items = Enter a whole number of items from 1 to 50
designer-fields-heading = Questions for each item
designer-add-field = Add a question for each item

designer-field-date-rule = Which dates are allowed
designer-date-any = Any date
designer-date-past = Only dates in the past
designer-date-future = Only dates in the future
designer-field-profile = Use the person's profile (tell us once)
designer-field-profile-hint = When the person has given this detail before, they confirm it instead of typing it again.
designer-profile-none = Do not use the profile
designer-profile-date-of-birth = Date of birth
designer-profile-address = Address
designer-profile-phone = Phone number
designer-profile-email = Email address
designer-profile-contact-preference = How they want to be contacted (the options become email, phone and post)

## One option

# Variables:
#   $service (String) - the service's name
#   $option (String) - the option's words
designer-option-title = Option “{ $option }” – { $service }
designer-option-heading = Edit the option
designer-field-option = Option
designer-error-option = Enter the option's words
designer-field-divider = Show the line “or” before this option
designer-follow-up-heading = Follow-up question
designer-field-follow-up = A question to ask when this option is chosen (optional)
designer-field-follow-up-hint = It is shown under the option, for example “Tell us where”. Leave it empty for none.

## A question for each item

# Variables:
#   $service (String) - the service's name
designer-field-title = A question for each item – { $service }
designer-field-heading = Edit the question for each item
designer-remove-field = Remove this question

## Publishing

# Variables:
#   $service (String) - the service's name
designer-publish-title = Check and publish – { $service }
# Variables:
#   $version (Number) - the draft's version number
designer-publish-heading = Check and publish version { $version }
# Variables:
#   $version (Number) - the live version's number
#   $drafts (Number) - how many people are part-way through on it
designer-publish-replaces = This version replaces version { $version } for new applications. { $drafts ->
    [one] 1 person is part-way through an application on version { $version }.
   *[other] { $drafts } people are part-way through an application on version { $version }.
}
designer-publish-first = This is the first version: the service opens for applications when you publish it.
designer-languages = Languages
# Variables:
#   $done (Number) - texts translated
#   $all (Number) - texts in English
#   $percent (Number) - the share translated
designer-language-done = { $done } of { $all } texts ({ $percent }%)
designer-publish-blocked = You can publish when every problem above is fixed.
designer-publish-confirm = Publish with some languages incomplete: their missing texts are shown in English
designer-error-confirm = Confirm that you want to publish with some languages incomplete, or finish the translations first
designer-publish-button = Publish
designer-archive-heading = Archive the service
designer-archive-text = An archived service takes no new applications. Requests already sent are not affected.
designer-archive-button = Archive the service

## Routes

designer-routes-link-heading = Where to go next
# Variables:
#   $count (Number) - how many routes the question has
designer-routes-link = { $count ->
    [0] Add a route (without one, the next question follows)
    [one] Change the route (1 route)
   *[other] Change the routes ({ $count } routes)
}
# Variables:
#   $service (String) - the service's name
#   $question (String) - the question's words
designer-routes-title = Routes from “{ $question }” – { $service }
# Variables:
#   $question (String) - the question's words
designer-routes-heading = Where to go after “{ $question }”
designer-routes-intro = The first route whose condition holds is taken. A route can only go forward, and can only depend on this answer or earlier ones.
# Variables:
#   $number (Number) - the route's place in the list
designer-route-number = route { $number }
designer-route-always = Always
# Variables:
#   $condition (String) - the route's conditions in words
designer-route-if = If { $condition }
designer-route-otherwise = Otherwise
# Variables:
#   $target (String) - where the route goes
designer-route-go = go to: { $target }
designer-go-check-answers = Check your answers
# Variables:
#   $title (String) - the exit page's title
designer-go-exit = the exit page “{ $title }”
designer-and = { " " }and{ " " }
designer-or = { " " }or{ " " }
designer-yes = Yes
designer-no = No
# Variables:
#   $question (String) - the question's words
#   $value (String) - the answer or answers tested
designer-test-equals = the answer to “{ $question }” is { $value }
# Variables:
#   $question (String) - the question's words
#   $value (String) - the answers tested
designer-test-one-of = the answer to “{ $question }” is one of { $value }
# Variables:
#   $question (String) - the question's words
#   $value (String) - the option tested
designer-test-includes = the answers to “{ $question }” include { $value }
# Variables:
#   $question (String) - the question's words
#   $value (String) - the option tested
designer-test-excludes = the answers to “{ $question }” do not include { $value }
# Variables:
#   $question (String) - the question's words
#   $value (String) - a number
designer-test-less-than = the answer to “{ $question }” is less than { $value }
# Variables:
#   $question (String) - the question's words
#   $value (String) - a number
designer-test-greater-than = the answer to “{ $question }” is more than { $value }
# Variables:
#   $question (String) - the question's words
#   $value (String) - a number of years
designer-test-years-ago-at-least = the date in “{ $question }” is at least { $value } years ago
# Variables:
#   $question (String) - the question's words
#   $value (String) - a number of years
designer-test-years-ago-less-than = the date in “{ $question }” is less than { $value } years ago
# Variables:
#   $question (String) - the question's words
designer-test-answered = “{ $question }” is answered
# Variables:
#   $question (String) - the question's words
designer-test-not-answered = “{ $question }” is not answered
designer-add-condition = Add a condition
designer-add-route = Add a route
# Variables:
#   $service (String) - the service's name
designer-route-new-title = Add a route – { $service }
designer-add-route-heading = Add a route
designer-add-condition-heading = Add a condition to the route
designer-route-depends = Which answer does the route depend on?
designer-route-no-condition = No condition: always take this route
designer-or-divider = or
designer-continue = Continue
designer-field-op = Test
designer-op-equals = is
designer-op-one-of = is one of
designer-op-includes = includes
designer-op-excludes = does not include
designer-op-less-than = is less than
designer-op-greater-than = is more than
designer-op-years-ago-at-least = is at least this many years ago
designer-op-years-ago-less-than = is less than this many years ago
designer-op-answered = is answered
designer-op-not-answered = is not answered
designer-field-answers = Answers (tick more than one for “any of these”)
designer-field-value = Value
designer-field-value-hint = A whole number for a comparison or a number of years; the exact words otherwise. Not needed for “is answered”.
designer-field-join = How does it combine with the route's condition?
designer-join-all = Both must hold (and)
designer-join-any = Either may hold (or)
designer-field-go = Go to
designer-error-op = Select a test
designer-error-value = Select or enter the answer to test
designer-error-go = Select where the route goes
designer-error-join = Select how the conditions combine

## Exit pages

# Variables:
#   $service (String) - the service's name
designer-exits-title = Exit pages – { $service }
designer-exits-heading = Exit pages
designer-exits-intro = An exit page ends the journey when the answers show the person cannot use the service, and says what they can do instead. A route leads to it.
designer-add-exit = Add an exit page
# Variables:
#   $service (String) - the service's name
designer-exit-new-title = Add an exit page – { $service }
# Variables:
#   $service (String) - the service's name
#   $title (String) - the exit page's title
designer-exit-title = Exit page “{ $title }” – { $service }
designer-exit-heading = Edit the exit page
designer-field-exit-title = Title
designer-field-exit-title-hint = Say why, for example “You cannot apply for a permit”.
designer-field-exit-body = What to say and what the person can do instead
designer-error-exit-title = Enter the title of the exit page

## Translations

# Variables:
#   $service (String) - the service's name
designer-translations-title = Translations – { $service }
designer-translations-heading = Translations
designer-translations-intro = Each text of the service in English next to its translation. A translation whose English has changed since is marked “needs review” until someone confirms or changes it. Missing texts are shown in English.
# Variables:
#   $count (Number) - how many translations need review
designer-needs-review-count = { $count ->
    [one] 1 needs review
   *[other] { $count } need review
}
designer-needs-review = Needs review
# Variables:
#   $service (String) - the service's name
#   $language (String) - the language's name
designer-translate-title = { $language } – translations – { $service }
# Variables:
#   $language (String) - the language's name
designer-translate-heading = Translate into { $language }
# Variables:
#   $language (String) - the language's name
designer-translate-label = In { $language }
designer-confirm-translation = The translation is still right
designer-error-variables = Keep the placeholders of the English, like { "{ $number }" }, and add no others
designer-error-plural = Use only the plural forms this language has
designer-download-english = Download the English (Fluent file)
# Variables:
#   $language (String) - the language's name
designer-download-language = Download the { $language } (Fluent file)
# Variables:
#   $language (String) - the language's name
designer-upload-label = Upload a { $language } Fluent file from a translator
designer-upload-hint = A .ftl file with the same message ids as the English. It is checked like the form below, and nothing is saved if any text has a problem.
designer-upload-button = Upload and check
designer-error-file = The file is not a Fluent file that can be read. Check it is the .ftl file, saved as UTF-8 text
designer-error-file-ids = The file has messages that the English does not have. Use the ids of the English file

## No lost edits and drafts moving forward

# Variables:
#   $service (String) - the name of the service
designer-conflict-title = Someone else changed this draft – { $service }
designer-conflict-summary = Your change has not been saved yet
# Variables:
#   $name (String) - the name of the member of staff who saved the draft last
designer-conflict-by = { $name } saved this draft after you opened your page. Nothing you typed is lost: it is below.
designer-conflict-by-someone = Someone saved this draft after you opened your page. Nothing you typed is lost: it is below.
designer-conflict-heading = The draft changed while you were editing it
designer-conflict-undo = Nothing was undone: look at the draft as it is now, then undo again if you still want to.
designer-conflict-theirs = What changed since you opened your page
designer-conflict-out = Taken out
designer-conflict-in = Put in
designer-conflict-no-detail = The draft as it was when you opened your page is no longer kept, so its changes cannot be listed. Open the page again to see it as it is now.
designer-conflict-yours = What you typed
designer-conflict-apply-text = Applying your change saves what you typed on top of the draft as it is now. Where you both changed the same thing, yours is kept.
designer-conflict-apply = Apply my change on top
designer-conflict-back = Go back to the page as it is now, without my change
designer-editing-title = Someone else is editing
# Variables:
#   $minutes (Number) - how many minutes back the banner looks (10)
#   $names (String) - the names of the other staff, separated by commas
designer-editing-banner = Also edited this draft in the last { $minutes } minutes: { $names }. If you both change it, the second save is shown both versions before anything is overwritten.
designer-undo-heading = Undo
# Variables:
#   $count (Number) - how many
designer-undo-text = Earlier states of this draft that can be put back: { $count }.
designer-undo-button = Undo the last change
designer-event-undone = Last change undone
designer-event-drafts-moved = Citizens’ drafts moved forward
designer-forward-heading = Drafts in progress
# Variables:
#   $version (Number) - the version number being published
#   $count (Number) - how many drafts
designer-forward-moving = Drafts that move to version { $version }, because every answer still fits: { $count }
# Variables:
#   $count (Number) - how many
designer-forward-staying = Drafts that stay on the version they began on: { $count }
# Variables:
#   $count (Number) - how many
designer-forward-guests = Guests’ drafts, which stay on their version because their answers are kept in their own session, out of reach when publishing: { $count }
## The route map and every path (src/designer/pages/map.rs, paths.rs)

designer-task-map = Route map
designer-task-paths = Every path through the service
# Variables:
#   $service (String) - the service's name
designer-map-title = Route map – { $service }
designer-map-heading = Route map
designer-map-intro = Every question in order, then check your answers and the exit pages, with an arrow for each route. The first route whose condition holds is taken; “Otherwise” is where the journey goes when none does. The table below the map lists the same routes, with the same links.
designer-map-paths-link = See every path through the service
# Variables:
#   $service (String) - the service's name
designer-map-svg-title = Route map of { $service }
designer-map-svg-desc = The table “Routes” below the map lists the same routes as text.
# Written above the first question, with an arrow into it.
designer-map-start = Start
designer-map-elsewhere = Problems with the service's details
# Variables:
#   $number (Number) - the question's position in the service
#   $label (String) - the question's words
designer-map-question = { $number }. { $label }
# Variables:
#   $id (String) - the id a route names
designer-map-missing = “{ $id }” (does not exist)
# Variables:
#   $version (Number) - a version number
designer-map-version = Version { $version }
designer-map-other-versions = Other versions:
designer-map-routes-caption = Routes
designer-map-pages-caption = Pages
designer-map-col-from = From
designer-map-col-when = When
designer-map-col-to = Goes to
designer-map-col-page = Page
designer-map-col-problems = Problems
designer-map-no-problems = None
# Variables:
#   $count (Number) - how many problems
designer-map-problems = { $count ->
    [one] 1 problem
   *[other] { $count } problems
}
designer-map-unreachable-route = Never taken: an earlier route always applies.
designer-map-not-taken = Never taken: no answers lead along this route.
# An arrow's words on the map. Variables:
#   $label (String) - the route's condition in words
designer-map-edge-problem = { $label } (problem)
# Variables:
#   $label (String) - the route's condition in words
designer-map-edge-never = { $label } (never taken)
# Variables:
#   $service (String) - the service's name
designer-paths-title = Every path – { $service }
designer-paths-heading = Every path through the service
# Variables:
#   $count (Number) - how many paths are listed
designer-paths-intro = { $count ->
    [one] There is 1 path. It lists the pages in order, with the answer that leads on from each, as the service itself routes them.
   *[other] There are { $count } paths. Each lists the pages in order, with the answer that leads on from each, as the service itself routes them.
}
designer-paths-warning = Warning
# Variables:
#   $count (Number) - the most paths listed
designer-paths-truncated = Only the first { $count } paths are listed: the service has more.
designer-paths-map-link = See the route map
designer-paths-who-heading = Who sees each page
designer-paths-everyone = Everyone
designer-paths-nobody = Nobody: no path reaches this page
designer-paths-ways = People whose answers take one of these ways:
designer-paths-list-heading = The paths
# Variables:
#   $number (Number) - the path's number
designer-paths-path = Path { $number }
designer-paths-otherwise = None of this question's routes applies
# Variables:
#   $question (String) - the question, with its number
designer-paths-otherwise-at = none of the routes after “{ $question }” applies
# Variables:
#   $id (String) - the question a route goes back or on to
designer-paths-broken = The path breaks off: a route goes to “{ $id }”, which does not come after it or does not exist
## Differences between two versions (src/designer/pages/diff.rs)

# Variables:
#   $from (Number) - the version compared from
#   $to (Number) - the version compared to
#   $service (String) - the service's name
designer-diff-page-title = Changes between versions { $from } and { $to } – { $service }
# Variables:
#   $from (Number) - the version compared from
#   $to (Number) - the version compared to
designer-diff-heading = Changes between versions { $from } and { $to }
designer-diff-from = From version
designer-diff-to = To version
designer-diff-compare = Compare
designer-diff-nothing = Nothing changes between these versions.
designer-diff-what-changes = What changes
designer-diff-link-full = See every change on a page of its own, or compare other versions
designer-diff-first = This is the first version: everything in it is new.
# Variables:
#   $version (Number) - a version number
#   $previous (Number) - the version before it
designer-diff-history-link = what changed from version { $previous }
designer-diff-added = Added
designer-diff-removed = Removed
designer-diff-changed = Changed
# Variables:
#   $from (Number) - the place in the list before
#   $to (Number) - the place in the list after
designer-diff-moved = Moved from place { $from } to place { $to }
designer-diff-before = Before:
designer-diff-after = After:
designer-diff-not-set = (not set)
# Variables:
#   $thing (String) - what the setting belongs to, for example Question “Where?”
#   $setting (String) - the setting, for example Hint
designer-diff-of = { $thing }: { $setting }
# Variables:
#   $label (String) - the question's words
designer-diff-question = Question “{ $label }”
# Variables:
#   $label (String) - the question's words
designer-diff-field = Question for each item “{ $label }”
# Variables:
#   $label (String) - the option's words
designer-diff-option = Option “{ $label }”
# Variables:
#   $title (String) - the exit page's title
designer-diff-exit = Exit page “{ $title }”
# Variables:
#   $number (Number) - the route's place in the list
designer-diff-route = route { $number }
# Variables:
#   $when (String) - the route's condition, for example If “Where?” is In a park
#   $go (String) - where it goes, for example go to: Check your answers
designer-diff-route-words = { $when }, { $go }
designer-diff-details = Service details
designer-diff-questions = Questions
designer-diff-exits = Exit pages
designer-diff-texts = Texts, language by language
designer-diff-schema = JSON Schema of the submitted answers
designer-diff-schema-same = The schema does not change: systems that receive the answers need no change.
designer-diff-schema-root = The whole schema
# Variables:
#   $values (String) - the values, separated by commas
designer-diff-values-added = values added: { $values }
# Variables:
#   $values (String) - the values, separated by commas
designer-diff-values-removed = values removed: { $values }
designer-diff-csv = Columns of the CSV export
designer-diff-csv-same = The columns of the CSV export and the answers in it do not change.
# Variables:
#   $name (String) - a column's name
designer-diff-csv-column = Column “{ $name }”
# Variables:
#   $name (String) - a key in the answers column
designer-diff-csv-key = Answer “{ $name }” in the answers column
designer-diff-title = Name of the service
designer-diff-summary = Summary
designer-diff-before-you-start = Before you start
designer-diff-sign-in = Who can apply
designer-diff-minimum-level = Level of identity checks needed
designer-diff-team = Team
designer-diff-target-days = Target, in working days
designer-diff-retention = How long requests are kept
designer-diff-declaration = Declaration
designer-diff-what-happens-next = What happens next
designer-diff-exit-title = Title
designer-diff-exit-body = Text
designer-diff-label = Words of the question
designer-diff-kind = Type of answer
designer-diff-required = Must be answered
designer-diff-hint = Hint
designer-diff-summary-label = Words in check your answers
designer-diff-profile = Profile detail used
designer-diff-autocomplete = What the browser may fill in
designer-diff-max-length = Most characters allowed
designer-diff-width = Width of the box
designer-diff-min = Lowest allowed
designer-diff-max = Highest allowed
designer-diff-date-rule = Dates allowed
designer-diff-exclusive = “None of these” option
designer-diff-max-size = Largest file allowed
designer-diff-weekdays = Weekdays offered
designer-diff-count = Dates offered
designer-diff-lead-days = Days before the first date
designer-diff-item-label = Each item's name
designer-diff-summary-heading = Heading of the list
designer-diff-add-another = Question under the list
designer-diff-max-items = Most items
designer-diff-option-label = Words
designer-diff-option-hint = Hint
designer-diff-divider = Line “or” before it
designer-diff-follow-up = Follow-up question
designer-diff-follow-up-kind = Follow-up question's type of answer

## Publishing with four eyes (src/designer/pages/approval.rs)

designer-approval-needed = Your team wants a second person to approve each version before it is published. Ask for approval: another designer of the team, or an admin, reads the changes and publishes them.
designer-approval-ask-button = Ask for approval
# Variables:
#   $name (String) - who asked
#   $when (String) - the date and time they asked
#   $version (Number) - the version to approve
designer-approval-asked = { $name } asked for approval of version { $version } on { $when }.
designer-approval-review-link = Read the changes and approve or send back
designer-approval-someone-else = Another designer of the team, or an admin, must approve it.
# Variables:
#   $name (String) - who sent it back
#   $when (String) - the date and time
designer-approval-sent-back = { $name } sent the draft back on { $when }.
designer-approval-comment-was = Their comment:
# Variables:
#   $name (String) - who asked for approval
designer-approval-void = The draft changed after { $name } asked for approval, so that request no longer counts. Ask again when it is ready.
designer-approval-waiting-heading = Waiting for your approval
# Variables:
#   $version (Number) - the version to approve
#   $name (String) - who asked
designer-approval-waiting-row = Version { $version }, asked by { $name }
# Variables:
#   $service (String) - the service's name
designer-approval-title = Approve or send back – { $service }
# Variables:
#   $version (Number) - the draft's version number
designer-approval-heading = Approve version { $version }
designer-approval-nothing = Nobody is waiting for approval of this draft.
designer-approval-checks = Checks
designer-approval-no-problems = The checks find no problems.
# Variables:
#   $count (Number) - how many problems
designer-approval-problems = { $count ->
    [one] The checks find 1 problem: it must be fixed before the version can be approved.
   *[other] The checks find { $count } problems: they must be fixed before the version can be approved.
}
designer-approval-journeys-none = There are no test journeys to run.
# Variables:
#   $count (Number) - how many test journeys pass
designer-approval-journeys-pass = { $count ->
    [one] The test journey passes.
   *[other] All { $count } test journeys pass.
}
# Variables:
#   $count (Number) - how many test journeys fail
#   $names (String) - their names, separated by commas
designer-approval-journeys-fail = { $count ->
    [one] 1 test journey fails: { $names }.
   *[other] { $count } test journeys fail: { $names }.
}
designer-approval-approve-button = Approve and publish
designer-approval-send-back-heading = Send it back
designer-approval-comment = What needs to change
designer-approval-comment-hint = The designer sees this on the service's page.
designer-approval-send-back-button = Send back
designer-approval-own = You asked for this approval, so someone else must give it.
designer-approval-not-waiting = This request is no longer waiting: it was decided, replaced, or the draft changed since.
designer-approval-changed = The request changed while you were reading it. Read the changes again below.
designer-approval-blocked = The version cannot be approved while the checks find problems or a test journey fails.
designer-approval-choose = Approve the version or send it back
designer-error-comment = Enter what needs to change
designer-error-comment-long = Enter at most 2,000 characters
designer-event-approval-asked = Approval asked for
designer-event-approved = Approved
designer-event-sent-back = Sent back
designer-event-approval-void = Request for approval void: the draft had changed

## Team settings (src/designer/pages/teams.rs)

designer-teams-link = Team settings: who must approve publishing
designer-teams-title = Team settings – service designer
designer-teams-heading = Team settings
designer-teams-intro = A team can make every version of its services need a second person's approval before it is published.
designer-teams-on = A second person must approve publishing
designer-teams-off = Designers publish on their own
# Variables:
#   $team (String) - the team's name
designer-team-title = { $team } – team settings
designer-team-heading = Does publishing need a second person?
designer-team-hint = The second person is another designer of the team, or an admin. They see the changes, the checks and the translations before they approve.
designer-error-needs-approval = Select whether publishing needs a second person
## Test journeys (src/designer/journeys/, pages/journeys.rs, pages/journeys_form.rs)

designer-task-journeys = Test journeys
# Variables:
#   $count (Number) - how many test journeys pass
designer-journey-tag-pass = { $count ->
    [one] 1 passes
   *[other] { $count } pass
}
# Variables:
#   $count (Number) - how many test journeys fail
designer-journey-tag-fail = { $count ->
    [one] 1 fails
   *[other] { $count } fail
}
designer-event-journey-saved = Test journey saved
designer-event-journey-removed = Test journey deleted
# Variables:
#   $service (String) - the service's name
designer-journeys-title = Test journeys – { $service }
designer-journeys-heading = Test journeys
# Variables:
#   $version (Number) - the draft's version number
designer-journeys-intro = Each test journey is a set of example answers and where they should lead. They run against draft version { $version } every time it changes, including those written for earlier versions, and a failing one stops the draft being published.
designer-journey-add = Add a test journey
designer-journey-none = There are no test journeys yet.
# Variables:
#   $passed (Number) - how many pass
#   $count (Number) - how many there are
designer-journey-summary = { $count ->
    [one] { $passed } of 1 test journey passes.
   *[other] { $passed } of { $count } test journeys pass.
}
designer-journey-passes = Passes
designer-journey-fails = Fails
# Variables:
#   $version (Number) - a version number
designer-journey-written-for = (written for version { $version })
# Variables:
#   $question (String) - a question's label
designer-journey-page = “{ $question }”
# Variables:
#   $question (String) - a question's label
designer-journey-stops = stops at “{ $question }”, which has no example answer
# Variables:
#   $step (Number) - which step of the journey (1 is the first page)
#   $now (String) - where it goes now: a question, check your answers or an exit page
#   $expected (String) - where it was expected to go
designer-journey-elsewhere = At step { $step } it now goes to { $now } instead of { $expected }.
# Variables:
#   $route (String) - the pages it goes through now, joined by arrows
designer-journey-route-now = It now goes: { $route }.
# Variables:
#   $question (String) - a question's label, or its id when it has gone
designer-journey-removed = The example answer for “{ $question }” is for a question the service no longer has.
# Variables:
#   $question (String) - a question's label
#   $problem (String) - why the answer is refused, as a citizen would be told
designer-journey-unfit = The example answer for “{ $question }” no longer fits: { $problem }
designer-journey-error-items = Enter how many items, a whole number from 1 to the most the question allows
designer-journey-error-kind = The question now takes another type of answer
# Variables:
#   $service (String) - the service's name
designer-journey-new-title = Add a test journey – { $service }
# Variables:
#   $service (String) - the service's name
#   $journey (String) - the test journey's name
designer-journey-edit-title = { $journey } – test journeys – { $service }
designer-journey-new-heading = Add a test journey
designer-journey-edit-heading = Change a test journey
designer-journey-name = Name of the test journey
designer-journey-name-hint = Say who it is about, for example “A resident who owns the car”.
designer-journey-answers = Example answers
designer-journey-answers-intro = Give the answers a person would. Leave a question empty to end the journey there.
designer-journey-not-answered = Not answered
# Variables:
#   $option (String) - the option that reveals this question
designer-journey-follow-up = Only when “{ $option }” is chosen.
designer-journey-format-money = In pounds, for example 12.50.
designer-journey-format-file = Any file name: no file is uploaded.
# Variables:
#   $most (Number) - the most items the question allows
designer-journey-format-items = How many items, from 1 to { $most }.
designer-journey-expected = Where it should go
designer-journey-recorded = The pages it goes through:
designer-journey-end = Where it should end
designer-journey-record = Record what happens now
designer-journey-save = Save the test journey
designer-journey-delete = Delete this test journey
designer-journey-error-name = Enter a name for the test journey
designer-journey-error-name-long = Enter a name of 120 characters or fewer
designer-journey-error-name-taken = The service already has a test journey with this name
designer-journey-error-end = Select where the journey should end
designer-error-journeys = A test journey fails: fix the service or the test journey before publishing

## Content advice (src/designer/advice.rs)

designer-advice-title = Advice
designer-advice-intro = These do not stop you publishing, but fixing them makes the service easier to use.
# Link texts that mean nothing on their own, in your language, lower case, separated by commas.
# Questions and the service's name are checked against them.
designer-advice-vague-links = here, click here, more, read more, continue, start, start now, link, this link, this page, next, go
# Phrases that make no sense in a text people read, in your language, lower case, separated by commas.
designer-advice-vague-phrases = click here, click on this link, read more, find out more here
designer-advice-hint-file = add a hint saying which document to upload and what it must show
designer-advice-hint-money = add a hint saying which amount, for example per week or per month, before or after tax
designer-advice-hint-code = add a hint showing the format with an example, as for a National Insurance number (QQ 12 34 56 C)
# Variables:
#   $language (String) - the language's name
#   $text (String) - the text
designer-advice-vague-link = in { $language }, “{ $text }” does not say where it leads: use words that make sense on their own
# Variables:
#   $language (String) - the language's name
#   $text (String) - the phrase
designer-advice-vague-phrase = in { $language }, “{ $text }” makes no sense out of context: say what to do or where to go
# Variables:
#   $number (Number) - the earlier question's number
designer-advice-duplicate = asks the same as question { $number }
# Variables:
#   $field (String) - the profile detail, for example “Date of birth”
designer-advice-profile = asks for a detail the profile keeps: use the profile for “{ $field }” so people are told once
# Variables:
#   $kind (String) - the type of question, for example “Email address”
designer-advice-kind = use the “{ $kind }” type of question: it checks the answer, browsers fill it in and it can use the profile
# Variables:
#   $token (String) - what the browser may fill in, for example “Their full name”
designer-advice-autocomplete = let the browser fill it in: choose “{ $token }”
