### Open performance data: the public page of each service's figures by month, its downloads,
### and the admins' page where the council enters costs and offline volumes.
### Module: src/performance/

## The public page

performance-title = How our services are performing
performance-heading = How our services are performing
performance-intro = Each month we publish how well each service works for the people who use it. The figures are worked out from the requests and feedback we receive.
performance-measures-heading = What we measure
performance-measure-completion = Completion rate: the requests sent as a share of the applications started in the month.
performance-measure-satisfaction = User satisfaction: the people who said they were satisfied or very satisfied, as a share of everyone who gave feedback on the service.
performance-measure-cost = Cost per transaction: what the service cost in the month, divided by the requests made online and offline. Shown when the council has entered a cost.
performance-measure-take-up = Digital take-up: the requests made online as a share of all requests, online and offline. Shown when the council has entered how many were made offline.
performance-measure-decision = Time to a decision: the median number of days from sending a request to its decision, and the share decided by the date we said we would.
performance-suppression-heading = Small numbers are hidden
# Variables:
#   $minimum (Number) - the smallest count a figure may be worked out from, 5
performance-suppression-body = To protect people's privacy, we do not show a figure worked out from fewer than { $minimum } applications, requests or responses, or one that would show a group of fewer than { $minimum } people. Those figures say "Suppressed".
performance-download-heading = Download the figures
performance-download-csv = Download the figures as a spreadsheet (CSV)
performance-download-json = Download the figures as data (JSON)
# Followed by the licence's name, in English, as a link.
performance-licence = You may use and share these figures under the
# The first line of the CSV file, followed by the licence's name and address.
# Variables:
#   $minimum (Number) - the smallest count a figure may be worked out from, 5
performance-csv-note = Figures from fewer than { $minimum } are shown as suppressed. Licence:

# A month in the table and the charts, like "December 2026". Choose the form of the month's
# name that stands alone with a year (in some languages it differs from the form in a date).
# Variables:
#   $month (String) - which month: m1 for January to m12 for December
#   $year (String) - the year, like 2026
performance-month = { $month ->
    [m1] January
    [m2] February
    [m3] March
    [m4] April
    [m5] May
    [m6] June
    [m7] July
    [m8] August
    [m9] September
    [m10] October
    [m11] November
   *[m12] December
} { $year }
# Variables:
#   $value (String) - the number, already written with this language's decimal separator
performance-percent = { $value }%
# Variables:
#   $value (String) - the amount in pounds with two decimals, already written with this language's decimal separator
performance-pounds = £{ $value }
performance-suppressed = Suppressed
performance-not-entered = Not entered
# Variables:
#   $service (String) - the service's name
performance-table-caption = { $service }: figures by month
# Variables:
#   $service (String) - the service's name
performance-chart-description = A bar for each month. The table below gives the same figures for { $service }.

## Column headings of the table (and the titles of the charts)

performance-col-month = Month
performance-col-started = Applications started
performance-col-sent = Requests sent
performance-col-completion = Completion rate
performance-col-responses = Feedback responses
performance-col-satisfaction = User satisfaction
performance-col-cost = Cost per transaction
performance-col-take-up = Digital take-up
performance-col-decided = Requests decided
performance-col-median-days = Median days to a decision
performance-col-within-target = Decided within target

## The admins' page

performance-admin-link = Enter costs and offline volumes for the performance figures
performance-admin-title = Costs and offline volumes
performance-admin-heading = Costs and offline volumes
performance-admin-intro = Enter what a service cost in a month and how many requests were made offline (by phone, on paper or in person). They are used for the cost per transaction and the digital take-up. Entering a month again replaces what was entered; leave a box empty to remove its figure.
performance-admin-public-link = See the published figures
performance-admin-service = Service
performance-admin-month = Month
performance-admin-month-hint = A number from 1 to 12, for example 3 for March
performance-admin-year = Year
performance-admin-cost = Cost in pounds
performance-admin-cost-hint = Everything the service cost in the month, for example 1250.50
performance-admin-offline = Requests made offline
performance-admin-offline-hint = A whole number, for example 120
performance-admin-save = Save figures
performance-admin-saved-title = Saved
performance-admin-saved = The figures were saved.
performance-admin-entered = Figures entered

## Errors in the admins' form

performance-error-service = Select a service
performance-error-month = Enter a month from 1 to 12
performance-error-year = Enter a year with 4 digits, like 2026
performance-error-cost = Enter the cost in pounds, like 1250.50
performance-error-offline = Enter the number of requests made offline as a whole number, like 120
