### Open performance data: the public page of each service's figures by month, its downloads,
### and the admins' page where the council enters costs and offline volumes.
### Module: src/performance/

## The public page

performance-title = Sut mae ein gwasanaethau'n perfformio
performance-heading = Sut mae ein gwasanaethau'n perfformio
performance-intro = Bob mis rydym yn cyhoeddi pa mor dda mae pob gwasanaeth yn gweithio i'r bobl sy'n ei ddefnyddio. Caiff y ffigurau eu cyfrifo o'r ceisiadau a'r adborth a gawn.
performance-measures-heading = Beth rydym yn ei fesur
performance-measure-completion = Cyfradd cwblhau: y ceisiadau a anfonwyd fel cyfran o'r ceisiadau a ddechreuwyd yn y mis.
performance-measure-satisfaction = Bodlonrwydd defnyddwyr: y bobl a ddywedodd eu bod yn fodlon neu'n fodlon iawn, fel cyfran o bawb a roddodd adborth ar y gwasanaeth.
performance-measure-cost = Cost fesul trafodiad: cost y gwasanaeth yn y mis, wedi'i rhannu â'r ceisiadau a wnaed ar-lein ac all-lein. Caiff ei dangos pan fydd y cyngor wedi rhoi cost.
performance-measure-take-up = Defnydd digidol: y ceisiadau a wnaed ar-lein fel cyfran o'r holl geisiadau, ar-lein ac all-lein. Caiff ei ddangos pan fydd y cyngor wedi rhoi faint a wnaed all-lein.
performance-measure-decision = Amser i benderfyniad: canolrif y dyddiau o anfon cais hyd at ei benderfyniad, a'r gyfran a benderfynwyd erbyn y dyddiad a addawyd.
performance-suppression-heading = Caiff niferoedd bach eu cuddio
# Variables:
#   $minimum (Number) - the smallest count a figure may be worked out from, 5
performance-suppression-body = Er mwyn diogelu preifatrwydd pobl, nid ydym yn dangos ffigur a gyfrifwyd o lai na { $minimum } cais, neu ymateb, nac un a fyddai'n dangos grŵp o lai na { $minimum } o bobl. Mae'r ffigurau hynny'n dweud "Wedi'i atal".
performance-download-heading = Lawrlwytho'r ffigurau
performance-download-csv = Lawrlwytho'r ffigurau fel taenlen (CSV)
performance-download-json = Lawrlwytho'r ffigurau fel data (JSON)
# Followed by the licence's name, in English, as a link.
performance-licence = Cewch ddefnyddio a rhannu'r ffigurau hyn o dan y
# The first line of the CSV file, followed by the licence's name and address.
# Variables:
#   $minimum (Number) - the smallest count a figure may be worked out from, 5
performance-csv-note = Dangosir ffigurau o lai na { $minimum } fel rhai wedi'u hatal. Trwydded:

# A month in the table and the charts, like "December 2026". Choose the form of the month's
# name that stands alone with a year (in some languages it differs from the form in a date).
# Variables:
#   $month (String) - which month: m1 for January to m12 for December
#   $year (String) - the year, like 2026
performance-month = { $month ->
    [m1] Ionawr
    [m2] Chwefror
    [m3] Mawrth
    [m4] Ebrill
    [m5] Mai
    [m6] Mehefin
    [m7] Gorffennaf
    [m8] Awst
    [m9] Medi
    [m10] Hydref
    [m11] Tachwedd
   *[m12] Rhagfyr
} { $year }
# Variables:
#   $value (String) - the number, already written with this language's decimal separator
# l10n: same-as-english
performance-percent = { $value }%
# Variables:
#   $value (String) - the amount in pounds with two decimals, already written with this language's decimal separator
# l10n: same-as-english
performance-pounds = £{ $value }
performance-suppressed = Wedi'i atal
performance-not-entered = Heb ei roi
# Variables:
#   $service (String) - the service's name
performance-table-caption = { $service }: ffigurau fesul mis
# Variables:
#   $service (String) - the service's name
performance-chart-description = Bar ar gyfer pob mis. Mae'r tabl isod yn rhoi'r un ffigurau ar gyfer { $service }.

## Column headings of the table (and the titles of the charts)

performance-col-month = Mis
performance-col-started = Ceisiadau a ddechreuwyd
performance-col-sent = Ceisiadau a anfonwyd
performance-col-completion = Cyfradd cwblhau
performance-col-responses = Ymatebion adborth
performance-col-satisfaction = Bodlonrwydd defnyddwyr
performance-col-cost = Cost fesul trafodiad
performance-col-take-up = Defnydd digidol
performance-col-decided = Ceisiadau a benderfynwyd
performance-col-median-days = Canolrif y dyddiau i benderfyniad
performance-col-within-target = Wedi'u penderfynu o fewn y targed

## The admins' page

performance-admin-link = Rhoi costau a niferoedd all-lein ar gyfer y ffigurau perfformiad
performance-admin-title = Costau a niferoedd all-lein
performance-admin-heading = Costau a niferoedd all-lein
performance-admin-intro = Rhowch gost gwasanaeth mewn mis a faint o geisiadau a wnaed all-lein (dros y ffôn, ar bapur neu wyneb yn wyneb). Fe'u defnyddir ar gyfer y gost fesul trafodiad a'r defnydd digidol. Mae rhoi mis eto yn disodli'r hyn a roddwyd; gadewch flwch yn wag i ddileu ei ffigur.
performance-admin-public-link = Gweld y ffigurau a gyhoeddwyd
performance-admin-service = Gwasanaeth
performance-admin-month = Mis
performance-admin-month-hint = Rhif o 1 i 12, er enghraifft 3 ar gyfer mis Mawrth
performance-admin-year = Blwyddyn
performance-admin-cost = Cost mewn punnoedd
performance-admin-cost-hint = Popeth a gostiodd y gwasanaeth yn y mis, er enghraifft 1250.50
performance-admin-offline = Ceisiadau a wnaed all-lein
performance-admin-offline-hint = Rhif cyfan, er enghraifft 120
performance-admin-save = Cadw'r ffigurau
performance-admin-saved-title = Wedi'u cadw
performance-admin-saved = Cafodd y ffigurau eu cadw.
performance-admin-entered = Ffigurau a roddwyd

## Errors in the admins' form

performance-error-service = Dewiswch wasanaeth
performance-error-month = Rhowch fis o 1 i 12
performance-error-year = Rhowch flwyddyn â 4 digid, fel 2026
performance-error-cost = Rhowch y gost mewn punnoedd, fel 1250.50
performance-error-offline = Rhowch nifer y ceisiadau a wnaed all-lein fel rhif cyfan, fel 120
