### Service: Apply for a resident parking permit.
### Definition: src/services/definitions/parking-permit.toml

parking-title = Gwneud cais am drwydded parcio i breswylwyr
parking-summary = Mae trwydded yn caniatáu i chi barcio ym mannau parcio preswylwyr y parth lle rydych yn byw.
parking-before-1 = Gallwch wneud cais os ydych yn byw mewn parth trwyddedau parcio ac yn cadw car, fan neu feic modur yno.
parking-before-2 = Bydd angen rhif cofrestru'r cerbyd arnoch, llun neu sgan o brawf o'ch cyfeiriad ac, ar gyfer cerbyd cwmni, llythyr gan eich cyflogwr.
parking-before-3 = Mae'n cymryd tua 5 munud. Gallwch gadw eich cais a dod yn ôl ato.
parking-declaration = Drwy anfon y cais hwn, rydych yn cadarnhau bod y wybodaeth rydych wedi'i rhoi yn gywir, a'ch bod yn deall y bydd trwydded a gafwyd drwy roi gwybodaeth anwir yn cael ei chanslo.
parking-next-1 = Byddwn yn gwirio eich cais o fewn 10 diwrnod gwaith. Efallai y byddwn yn gofyn i chi am brawf o'ch cyfeiriad.
parking-next-2 = Pan fydd wedi'i gymeradwyo, byddwn yn dweud wrthych sut i dalu. Bydd eich trwydded yn dechrau ar y dyddiad a ddewisoch, neu pan fyddwch wedi talu os yw hynny'n hwyrach.

parking-live-in-zone = Ydych chi'n byw mewn parth parcio i breswylwyr?
parking-live-in-zone-hint = Mae'r parthau wedi'u nodi ag arwyddion wrth eu mynedfeydd ac ar fap strydoedd gwefan y cyngor.
parking-address = Beth yw'r cyfeiriad lle rydych yn byw?
parking-proof = Uwchlwytho prawf o'ch cyfeiriad
parking-proof-hint = Bil Treth Gyngor, cytundeb tenantiaeth neu fil cyfleustodau o'r 3 mis diwethaf, sy'n dangos eich enw a'r cyfeiriad hwn.
parking-zone = Ym mha barth y mae eich cyfeiriad?
parking-zone-hint = Mae llythyren y parth ar yr arwyddion yn eich stryd.
parking-zone-a = Parth A – Canol y dref
parking-zone-b = Parth B – Glan yr afon
parking-zone-c = Parth C – Yr orsaf
parking-zone-d = Parth D – Y castell
parking-registration = Beth yw rhif cofrestru'r cerbyd?
parking-registration-hint = Er enghraifft, CU57 ABC
parking-make = Beth yw gwneuthuriad y cerbyd?
parking-make-hint = Er enghraifft, Ford neu Toyota
parking-ownership = Pwy yw ceidwad cofrestredig y cerbyd?
parking-ownership-own = Fi
parking-ownership-company = Fy nghyflogwr
parking-ownership-company-hint = Car neu fan cwmni rydych yn ei gadw gartref
parking-ownership-other = Rhywun arall
parking-employer-letter = Uwchlwytho llythyr gan eich cyflogwr
parking-employer-letter-hint = Ar bapur pennawd eich cyflogwr, yn dweud eich bod yn cadw'r cerbyd yn eich cyfeiriad cartref ac yn ei ddefnyddio ar gyfer gwaith.
parking-length = Am ba hyd rydych eisiau'r drwydded?
parking-length-3 = 3 mis
# l10n: same-as-english
parking-length-3-price = £30
parking-length-6 = 6 mis
# l10n: same-as-english
parking-length-6-price = £55
parking-length-12 = 12 mis
# l10n: same-as-english
parking-length-12-price = £100
parking-start-date = Pryd rydych eisiau i'r drwydded ddechrau?
parking-start-date-hint = Er enghraifft, 1 3 2027. Rhaid iddo fod yn ddyddiad yn y dyfodol.
parking-phone = Ar ba rif ffôn y gallwn eich ffonio am eich cais?
parking-phone-hint = Dim ond os bydd angen i ni wirio rhywbeth y byddwn yn ffonio.

parking-exit-resident-title = Ni allwch gael trwydded parcio i breswylwyr
parking-exit-resident-1 = Dim ond ar gyfer pobl sy'n byw mewn parth trwyddedau parcio y mae trwyddedau preswylwyr.
parking-exit-resident-2 = Efallai y gallwch ddefnyddio maes parcio talu ac arddangos yn agos atoch.
parking-exit-keeper-title = Ni allwch wneud cais ar gyfer y cerbyd hwn
parking-exit-keeper-1 = Dim ond ar gyfer cerbyd rydych chi neu eich cyflogwr yn ei gadw y gellir rhoi trwydded. Gall ceidwad cofrestredig y cerbyd wneud cais os yw'n byw yn y parth.
