### The service designer: staff build, check and publish services in the browser.

## The list of services

designer-title = Dylunydd gwasanaethau
designer-heading = Gwasanaethau
designer-intro = Gallwch adeiladu gwasanaeth, ei wirio a'i gyhoeddi. Bydd pobl sydd eisoes wedi dechrau cais yn ei orffen ar y fersiwn a ddechreuwyd ganddynt.
designer-new-button = Creu gwasanaeth
# Variables:
#   $version (Number) - a version number
designer-tag-live = Byw: fersiwn { $version }
# Variables:
#   $version (Number) - a version number
designer-tag-draft = Drafft: fersiwn { $version }
designer-tag-archived = Wedi'i archifo

## Creating a service

designer-new-title = Creu gwasanaeth
designer-new-heading = Creu gwasanaeth
designer-field-name = Enw'r gwasanaeth
designer-field-name-hint = Dechreuwch gyda berf, gan fod pobl yn chwilio am yr hyn y mae angen iddynt ei wneud, er enghraifft “Rhoi gwybod am gasgliad bin a fethwyd”.
designer-field-id = Cyfeiriad gwe
designer-field-id-hint = Llythrennau bach, digidau a chysylltnodau. Nid oes modd ei newid yn nes ymlaen. Gadewch ef yn wag i'w greu o'r enw.
designer-field-team = Y tîm sy'n ymdrin â'i geisiadau
designer-new-create = Creu'r gwasanaeth
designer-error-name = Rhowch enw'r gwasanaeth
designer-error-id = Rhowch gyfeiriad gwe o lythrennau bach, digidau a chysylltnodau, gan ddechrau gyda llythyren
designer-error-id-taken = Mae gwasanaeth gyda'r cyfeiriad gwe hwn yn barod
designer-error-team = Dewiswch un o'ch timau
designer-copy-link = Copïo'r gwasanaeth hwn i wneud un newydd
# Variables:
#   $service (String) - the name of the service copied
designer-copy-title = Copïo “{ $service }”
# Variables:
#   $service (String) - the name of the service copied
designer-copy-heading = Creu gwasanaeth newydd o “{ $service }”

## A service's page

# Variables:
#   $service (String) - the service's name
designer-overview-title = { $service } – dylunydd gwasanaethau
designer-caption = Dylunydd gwasanaethau
# Variables:
#   $version (Number) - the draft's version number
designer-draft-of = Rydych yn golygu'r drafft o fersiwn { $version }. Bydd dinasyddion yn gweld y fersiwn fyw nes i chi gyhoeddi.
# Variables:
#   $version (Number) - the live version's number
designer-live-only = Mae fersiwn { $version } yn fyw. I newid y gwasanaeth, gwnewch ddrafft o'r fersiwn nesaf.
designer-start-draft = Gwneud newidiadau
designer-task-details = Manylion y gwasanaeth
# Variables:
#   $count (Number) - how many questions the draft has
designer-task-questions = { $count ->
    [zero] Cwestiynau (dim cwestiynau)
    [one] Cwestiynau (1 cwestiwn)
    [two] Cwestiynau ({ $count } gwestiwn)
    [few] Cwestiynau ({ $count } chwestiwn)
    [many] Cwestiynau ({ $count } chwestiwn)
   *[other] Cwestiynau ({ $count } cwestiwn)
}
designer-task-translations = Cyfieithiadau
designer-task-preview = Rhagweld y drafft
designer-task-publish = Gwirio a chyhoeddi
# Variables:
#   $count (Number) - how many exit pages the draft has
designer-task-exits = { $count ->
    [zero] Tudalennau ymadael (dim tudalennau)
    [one] Tudalennau ymadael (1 dudalen)
    [two] Tudalennau ymadael ({ $count } dudalen)
    [few] Tudalennau ymadael ({ $count } tudalen)
    [many] Tudalennau ymadael ({ $count } thudalen)
   *[other] Tudalennau ymadael ({ $count } tudalen)
}
designer-task-done = Wedi'i gwblhau
designer-task-attention = Angen sylw
designer-history = Hanes
designer-event-created = Wedi'i greu
designer-event-edited = Wedi'i newid
designer-event-drafted = Drafft wedi'i ddechrau
designer-event-published = Wedi'i gyhoeddi
designer-event-archived = Wedi'i archifo
designer-event-copied = Wedi'i greu fel copi
designer-event-restored = Fersiwn gynharach wedi'i hadfer fel y drafft
designer-event-command-line = o'r llinell orchymyn
# Variables:
#   $version (Number) - a version number
designer-event-version = (fersiwn { $version })
designer-problems-title = Mae problemau i'w datrys cyn cyhoeddi
designer-versions = Fersiynau
# Variables:
#   $version (Number) - a version number
designer-version-link = Fersiwn { $version }
designer-state-draft = (drafft)
designer-state-live = (byw)
designer-state-earlier = (cynharach)
# Variables:
#   $service (String) - the service's name
#   $version (Number) - a version number
designer-version-title = Fersiwn { $version } – { $service }
# Variables:
#   $version (Number) - a version number
designer-version-heading = Fersiwn { $version }
designer-restore-text = Gwnewch ddrafft newydd sy'n gopi o'r fersiwn hon.
designer-restore-replaces = Gwnewch y fersiwn hon yn ddrafft. Bydd y drafft sydd gennych nawr yn cael ei ddisodli.
designer-restore-button = Adfer fel y drafft

## Problems, as the checks find them

# Variables:
#   $place (String) - where the problem is, for example “Question 3”
#   $problem (String) - what is wrong
# l10n: same-as-english
designer-problem = { $place }: { $problem }
# Variables:
#   $number (Number) - the question's place in the list
#   $label (String) - the question's words
designer-place-question = Cwestiwn { $number } ({ $label })
# Variables:
#   $number (Number) - the exit page's place in the list
designer-place-exit = Tudalen ymadael { $number }
designer-place-title = Enw'r gwasanaeth
designer-place-summary = Crynodeb
designer-place-declaration = Datganiad
designer-place-before-you-start = Cyn i chi ddechrau
designer-place-what-happens-next = Beth sy'n digwydd nesaf
designer-place-questions = Cwestiynau
designer-place-id = Cyfeiriad gwe
designer-place-version = Fersiwn
rule-service-id = rhaid i'r cyfeiriad gwe gynnwys llythrennau bach, digidau a chysylltnodau yn unig
rule-version = rhaid i'r fersiwn fod yn 1 neu fwy
rule-no-questions = ychwanegwch o leiaf un cwestiwn
rule-no-text = mae'r testun Saesneg ar goll
# Variables:
#   $id (String) - a question's id
rule-question-id = ni ellir defnyddio “{ $id }” fel dynodydd cwestiwn
# Variables:
#   $id (String) - an id or an option's value
rule-used-twice = mae “{ $id }” wedi'i ddefnyddio ddwywaith
# Variables:
#   $field (String) - the name of a profile detail
rule-profile-field = nid yw “{ $field }” yn un o fanylion y proffil
rule-weekdays = enwch o leiaf un diwrnod o'r wythnos a faint o ddyddiadau i'w cynnig
rule-empty-item = mae angen o leiaf un maes ar eitem
# Variables:
#   $id (String) - a field's id
rule-inner-id = ni ellir defnyddio “{ $id }” yma, neu mae wedi'i ddefnyddio ddwywaith
rule-not-simple = rhaid i faes neu gwestiwn dilynol fod yn gwestiwn syml
rule-no-options = ychwanegwch yr opsiynau i ddewis ohonynt
rule-follow-up-radios = dim ond botymau radio sy'n gallu datgelu cwestiwn dilynol
# Variables:
#   $exit (String) - an exit page's id
rule-no-exit = mae llwybr yn mynd i'r dudalen ymadael “{ $exit }”, nad yw'n bodoli
# Variables:
#   $id (String) - a question's id
rule-no-question = mae llwybr neu amod yn cyfeirio at y cwestiwn “{ $id }”, nad yw'n bodoli
# Variables:
#   $target (String) - the question a route goes to
#   $from (String) - the question the route starts from
rule-not-after = mae llwybr yn mynd yn ôl i “{ $target }”; dim ond ymlaen o “{ $from }” y gall llwybrau fynd
# Variables:
#   $question (String) - a question's id
rule-later-answer = mae amod yn darllen “{ $question }”, sy'n cael ei ofyn yn nes ymlaen
# Variables:
#   $exit (String) - an exit page's id
rule-unused-exit = nid oes llwybr yn arwain at y dudalen ymadael “{ $exit }”
# Variables:
#   $id (String) - a question's id
rule-unreachable = nid oes ffordd o'r cwestiwn cyntaf yn arwain yma, felly ni ofynnir y cwestiwn hwn i neb
# Variables:
#   $exit (String) - an exit page's id
rule-unreachable-exit = nid oes ffordd o'r cwestiwn cyntaf yn arwain at y dudalen ymadael “{ $exit }”
# Variables:
#   $question (String) - a question's id
rule-maybe-unasked = mae amod yn darllen yr ateb i “{ $question }”, ond mae rhai pobl yn cyrraedd y cwestiwn hwn heb i'r cwestiwn hwnnw gael ei ofyn iddynt

## Service details

# Variables:
#   $service (String) - the service's name
designer-details-title = Manylion y gwasanaeth – { $service }
designer-details-heading = Manylion y gwasanaeth
designer-field-summary = Crynodeb
designer-field-before = Cyn i chi ddechrau
designer-paragraphs-hint = Gadewch linell wag rhwng paragraffau.
designer-field-sign-in = Pwy sy'n gallu gwneud cais
designer-sign-in-required = Dim ond pobl sydd wedi mewngofnodi i gyfrif
designer-sign-in-guests = Unrhyw un, gyda chyfrif neu hebddo
designer-field-days = Targed, mewn diwrnodau gwaith
designer-field-days-hint = Faint o amser sydd gan y tîm i wneud penderfyniad, heb gyfrif penwythnosau a gwyliau banc.
designer-field-retention = Am ba hyd y caiff ceisiadau eu cadw ar ôl iddynt gau
designer-field-retention-hint = Nifer o ddiwrnodau, neu gyfnod fel P6Y (6 blynedd), P18M (18 mis) neu P6W (6 wythnos). Wedyn caiff yr atebion, y ffeiliau a'r manylion personol eu dileu. Gadewch hwn yn wag i gadw ceisiadau nes iddynt gael eu dileu â llaw.
designer-error-retention-format = Rhowch nifer o ddiwrnodau, neu gyfnod fel P6Y, P18M, P6W neu P30D
designer-error-retention-zero = Rhowch gyfnod sy’n hirach na dim
designer-error-retention-long = Rhowch gyfnod o 100 mlynedd neu lai
designer-field-declaration = Datganiad
designer-field-next = Beth sy'n digwydd nesaf
designer-save = Cadw a pharhau
designer-error-text = Mae cromfach gyrliog yn y testun hwn na ellir ei dangos. Tynnwch y gromfach gyrliog
designer-error-days = Rhowch nifer cyfan o ddiwrnodau gwaith rhwng 1 a 365
designer-error-sign-in = Dewiswch pwy sy'n gallu gwneud cais

## Questions

# Variables:
#   $service (String) - the service's name
designer-questions-title = Cwestiynau – { $service }
designer-questions-heading = Cwestiynau
designer-no-questions = Nid oes unrhyw gwestiynau eto.
designer-no-label = (dim geiriau eto)
# Variables:
#   $number (Number) - the question's place in the list
designer-question-number = cwestiwn { $number }
designer-change = Newid
designer-move-up = Symud i fyny
designer-move-down = Symud i lawr
designer-remove = Dileu
designer-add-question = Ychwanegu cwestiwn
# Variables:
#   $service (String) - the service's name
designer-add-question-title = Ychwanegu cwestiwn – { $service }
designer-add-question-heading = Ychwanegu cwestiwn
designer-field-question = Cwestiwn
designer-field-question-hint = Gofynnwch un peth, fel y byddech yn ei ofyn wyneb yn wyneb, er enghraifft “Beth yw eich dyddiad geni?”.
designer-field-kind = Math o ateb
designer-error-question = Rhowch y cwestiwn
designer-error-kind = Dewiswch y math o ateb
designer-kind-text = Testun byr
designer-kind-text-hint = Enw, rhif cofrestru cerbyd, ychydig eiriau.
designer-kind-long-text = Testun hir
designer-kind-long-text-hint = Disgrifiad, gyda therfyn nodau.
designer-kind-whole-number = Rhif cyfan
designer-kind-whole-number-hint = Nifer, gyda therfynau os oes eu hangen arnoch.
designer-kind-money = Swm o arian
designer-kind-money-hint = Punnoedd a cheiniogau.
designer-kind-email = Cyfeiriad e-bost
designer-kind-email-hint = Caiff ei wirio i weld a yw ar ffurf cyfeiriad e-bost.
designer-kind-phone = Rhif ffôn
designer-kind-phone-hint = Yn y DU neu'n rhyngwladol.
designer-kind-date = Dyddiad
designer-kind-date-hint = Diwrnod, mis a blwyddyn; yn y gorffennol neu yn y dyfodol os oes angen.
designer-kind-radios = Un opsiwn o restr
designer-kind-radios-hint = Botymau radio: mae'r person yn dewis un.
designer-kind-checkboxes = Unrhyw opsiynau o restr
designer-kind-checkboxes-hint = Blychau ticio: mae'r person yn ticio pob un sy'n berthnasol.
designer-kind-select = Un opsiwn o restr hir
designer-kind-select-hint = Cwymplen, ar gyfer llawer o opsiynau.
designer-kind-yes-no = Ie neu na
designer-kind-yes-no-hint = Dau fotwm radio: Ie a Na.
designer-kind-address = Cyfeiriad
designer-kind-address-hint = Cyfeiriad post yn ôl patrwm GOV.UK.
designer-kind-file = Uwchlwytho ffeil
designer-kind-file-hint = Llun neu ddogfen: PDF, JPEG neu PNG. Caiff y ffeil ei gwirio yn ôl ei chynnwys.
designer-kind-next-dates = Dewis o ddyddiadau
designer-kind-next-dates-hint = Y dyddiadau nesaf sy'n disgyn ar y diwrnodau a ddewiswyd o'r wythnos, ar gyfer archebu.
designer-kind-repeat = Rhestr o eitemau
designer-kind-repeat-hint = “Ychwanegu un arall”: yr un cwestiynau ar gyfer pob eitem, yna rhestr gyda Newid a Dileu.

## One question

# Variables:
#   $service (String) - the service's name
#   $question (String) - the question's words
designer-question-title = Cwestiwn “{ $question }” – { $service }
designer-question-heading = Golygu'r cwestiwn
# Variables:
#   $kind (String) - the type of answer
designer-question-kind = Math o ateb: { $kind }
designer-field-hint = Awgrym (dewisol)
designer-field-hint-hint = Cymorth i ateb, a ddangosir o dan y cwestiwn.
designer-field-required = Oes rhaid ei ateb?
designer-required-yes = Oes, rhaid ei ateb
designer-required-no = Nac oes, mae modd ei adael yn wag
designer-field-options = Opsiynau
designer-field-options-hint = Un opsiwn ar bob llinell, yn y drefn y dylid eu dangos.
designer-field-max-length = Y nifer fwyaf o nodau a ganiateir
designer-field-max-length-hint = Rhif cyfan.
designer-field-min = Y rhif isaf a ganiateir (dewisol)
designer-field-max = Y rhif uchaf a ganiateir (dewisol)
designer-field-min-pounds = Y swm isaf a ganiateir, mewn punnoedd (dewisol)
designer-field-max-pounds = Y swm uchaf a ganiateir, mewn punnoedd (dewisol)
designer-field-limit-hint = Rhif cyfan. Gadewch ef yn wag os nad oes terfyn.
designer-field-width = Lled y blwch
designer-width-full = Mor llydan â'r dudalen
designer-width-2 = 2 nod
designer-width-4 = 4 nod
designer-width-10 = 10 nod
designer-width-20 = 20 nod
designer-width-30 = 30 nod
designer-field-autofill = Beth y caiff y porwr ei lenwi
designer-field-autofill-hint = Pan fydd yr ateb yn un o'r rhain, gall porwr y person ei gynnig, sy'n helpu pobl sy'n ei chael yn anodd teipio.
designer-autofill-none = Dim byd
designer-autofill-name = Eu henw llawn
designer-autofill-given-name = Eu henw cyntaf
designer-autofill-family-name = Eu cyfenw
designer-autofill-organization = Eu sefydliad
designer-autofill-postal-code = Cod post
designer-error-number = Rhowch rif cyfan
designer-options-details = I ychwanegu awgrym, y llinell “neu” cyn opsiwn, neu gwestiwn dilynol, newidiwch yr opsiwn:
# Variables:
#   $option (String) - the option's words
designer-option-link = Newid “{ $option }”
designer-field-exclusive = Opsiwn “Dim un o'r rhain” (dewisol)
designer-field-exclusive-hint = Er enghraifft “Dim un o'r rhain”. Nid oes modd ei dicio gyda'r lleill. Gadewch ef yn wag os nad oes angen un.
designer-field-max-size = Y ffeil fwyaf a ganiateir, mewn MB
designer-field-max-size-hint = Rhif cyfan rhwng 1 a 20.
designer-error-size = Rhowch nifer cyfan o MB rhwng 1 a 20
designer-field-weekdays = Diwrnodau o'r wythnos i'w cynnig
designer-day-monday = Dydd Llun
designer-day-tuesday = Dydd Mawrth
designer-day-wednesday = Dydd Mercher
designer-day-thursday = Dydd Iau
designer-day-friday = Dydd Gwener
designer-day-saturday = Dydd Sadwrn
designer-day-sunday = Dydd Sul
designer-error-weekdays = Dewiswch o leiaf un diwrnod o'r wythnos
designer-field-count = Faint o ddyddiadau i'w cynnig
designer-field-count-hint = Rhif cyfan rhwng 1 a 31.
designer-error-count = Rhowch rif cyfan rhwng 1 a 31
designer-field-lead = Diwrnodau cyn y dyddiad cyntaf a gynigir
designer-field-lead-hint = Faint o ddiwrnodau sydd eu hangen ar eich tîm cyn y gall ddod, rhwng 0 a 60.
designer-error-lead = Rhowch nifer cyfan o ddiwrnodau rhwng 0 a 60
designer-field-item-label = Enw pob eitem yn y rhestr
designer-field-item-label-hint = Rhowch { "{ $number }" } lle dylai rhif yr eitem fod, er enghraifft “Eitem { "{ $number }" }”.
designer-field-summary-heading = Pennawd y rhestr
designer-field-summary-heading-hint = Rhowch { "{ $count }" } ar gyfer faint sydd; gall ffurf luosog ddweud “1 eitem” a “10 o eitemau”.
designer-field-add-another = Y cwestiwn o dan y rhestr
designer-field-max-items = Y nifer fwyaf o eitemau
designer-field-max-items-hint = Rhif cyfan rhwng 1 a 50.
designer-error-max-items = Rhowch nifer cyfan o eitemau rhwng 1 a 50
designer-fields-heading = Cwestiynau ar gyfer pob eitem
designer-add-field = Ychwanegu cwestiwn ar gyfer pob eitem

designer-field-date-rule = Pa ddyddiadau a ganiateir
designer-date-any = Unrhyw ddyddiad
designer-date-past = Dyddiadau yn y gorffennol yn unig
designer-date-future = Dyddiadau yn y dyfodol yn unig
designer-field-profile = Defnyddio proffil y person (Dweud Wrthym Unwaith)
designer-field-profile-hint = Os yw'r person wedi rhoi'r manylyn hwn o'r blaen, bydd yn ei gadarnhau yn lle ei deipio eto.
designer-profile-none = Peidio â defnyddio'r proffil
designer-profile-date-of-birth = Dyddiad geni
designer-profile-address = Cyfeiriad
designer-profile-phone = Rhif ffôn
designer-profile-email = Cyfeiriad e-bost
designer-profile-contact-preference = Sut maen nhw am i chi gysylltu â nhw (daw'r opsiynau'n e-bost, ffôn a phost)

## One option

# Variables:
#   $service (String) - the service's name
#   $option (String) - the option's words
designer-option-title = Opsiwn “{ $option }” – { $service }
designer-option-heading = Golygu'r opsiwn
designer-field-option = Opsiwn
designer-error-option = Rhowch eiriau'r opsiwn
designer-field-divider = Dangos y llinell “neu” cyn yr opsiwn hwn
designer-follow-up-heading = Cwestiwn dilynol
designer-field-follow-up = Cwestiwn i'w ofyn pan fydd yr opsiwn hwn yn cael ei ddewis (dewisol)
designer-field-follow-up-hint = Caiff ei ddangos o dan yr opsiwn, er enghraifft “Dywedwch wrthym ble”. Gadewch ef yn wag os nad oes angen un.

## A question for each item

# Variables:
#   $service (String) - the service's name
designer-field-title = Cwestiwn ar gyfer pob eitem – { $service }
designer-field-heading = Golygu'r cwestiwn ar gyfer pob eitem
designer-remove-field = Dileu'r cwestiwn hwn

## Publishing

# Variables:
#   $service (String) - the service's name
designer-publish-title = Gwirio a chyhoeddi – { $service }
# Variables:
#   $version (Number) - the draft's version number
designer-publish-heading = Gwirio a chyhoeddi fersiwn { $version }
# Variables:
#   $version (Number) - the live version's number
#   $drafts (Number) - how many people are part-way through on it
designer-publish-replaces = Mae'r fersiwn hon yn disodli fersiwn { $version } ar gyfer ceisiadau newydd. { $drafts ->
    [zero] Nid oes neb wrthi'n llenwi cais ar fersiwn { $version }.
    [one] Mae 1 person wrthi'n llenwi cais ar fersiwn { $version }.
    [two] Mae { $drafts } berson wrthi'n llenwi cais ar fersiwn { $version }.
    [few] Mae { $drafts } pherson wrthi'n llenwi cais ar fersiwn { $version }.
    [many] Mae { $drafts } pherson wrthi'n llenwi cais ar fersiwn { $version }.
   *[other] Mae { $drafts } o bobl wrthi'n llenwi cais ar fersiwn { $version }.
}
designer-publish-first = Dyma'r fersiwn gyntaf: bydd y gwasanaeth yn agor i geisiadau pan fyddwch yn ei gyhoeddi.
designer-languages = Ieithoedd
# Variables:
#   $done (Number) - texts translated
#   $all (Number) - texts in English
#   $percent (Number) - the share translated
designer-language-done = Testunau wedi'u cyfieithu: { $done } o { $all } ({ $percent }%)
designer-publish-blocked = Gallwch gyhoeddi pan fydd pob problem uchod wedi'i datrys.
designer-publish-confirm = Cyhoeddi gyda rhai ieithoedd yn anghyflawn: bydd eu testunau coll yn cael eu dangos yn Saesneg
designer-error-confirm = Cadarnhewch eich bod eisiau cyhoeddi gyda rhai ieithoedd yn anghyflawn, neu gorffennwch y cyfieithiadau yn gyntaf
designer-publish-button = Cyhoeddi
designer-archive-heading = Archifo'r gwasanaeth
designer-archive-text = Nid yw gwasanaeth sydd wedi'i archifo yn derbyn ceisiadau newydd. Nid yw hyn yn effeithio ar geisiadau sydd eisoes wedi'u hanfon.
designer-archive-button = Archifo'r gwasanaeth

## Routes

designer-routes-link-heading = Ble i fynd nesaf
# Variables:
#   $count (Number) - how many routes the question has
designer-routes-link = { $count ->
    [0] Ychwanegu llwybr (heb lwybr, daw'r cwestiwn nesaf)
    [one] Newid y llwybr (1 llwybr)
    [two] Newid y llwybrau ({ $count } lwybr)
    [few] Newid y llwybrau ({ $count } llwybr)
    [many] Newid y llwybrau ({ $count } llwybr)
   *[other] Newid y llwybrau ({ $count } llwybr)
}
# Variables:
#   $service (String) - the service's name
#   $question (String) - the question's words
designer-routes-title = Llwybrau o “{ $question }” – { $service }
# Variables:
#   $question (String) - the question's words
designer-routes-heading = Ble i fynd ar ôl “{ $question }”
designer-routes-intro = Dilynir y llwybr cyntaf y mae ei amod yn wir. Dim ond ymlaen y gall llwybr fynd, a dim ond ar yr ateb hwn neu ar atebion cynharach y gall ddibynnu.
# Variables:
#   $number (Number) - the route's place in the list
designer-route-number = llwybr { $number }
designer-route-always = Bob amser
# Variables:
#   $condition (String) - the route's conditions in words
designer-route-if = Os yw'r canlynol yn wir: { $condition }
designer-route-otherwise = Fel arall
# Variables:
#   $target (String) - where the route goes
designer-route-go = mynd i: { $target }
designer-go-check-answers = Gwiriwch eich atebion
# Variables:
#   $title (String) - the exit page's title
designer-go-exit = y dudalen ymadael “{ $title }”
designer-and = { " " }ac{ " " }
designer-or = { " " }neu{ " " }
designer-yes = Ie
designer-no = Na
# Variables:
#   $question (String) - the question's words
#   $value (String) - the answer or answers tested
designer-test-equals = mae'r ateb i “{ $question }” yn { $value }
# Variables:
#   $question (String) - the question's words
#   $value (String) - the answers tested
designer-test-one-of = mae'r ateb i “{ $question }” yn un o'r rhain: { $value }
# Variables:
#   $question (String) - the question's words
#   $value (String) - the option tested
designer-test-includes = mae'r atebion i “{ $question }” yn cynnwys { $value }
# Variables:
#   $question (String) - the question's words
#   $value (String) - the option tested
designer-test-excludes = nid yw'r atebion i “{ $question }” yn cynnwys { $value }
# Variables:
#   $question (String) - the question's words
#   $value (String) - a number
designer-test-less-than = mae'r ateb i “{ $question }” yn llai na { $value }
# Variables:
#   $question (String) - the question's words
#   $value (String) - a number
designer-test-greater-than = mae'r ateb i “{ $question }” yn fwy na { $value }
# Variables:
#   $question (String) - the question's words
#   $value (String) - a number of years
designer-test-years-ago-at-least = mae'r dyddiad a roddwyd i “{ $question }” o leiaf { $value } o flynyddoedd yn ôl
# Variables:
#   $question (String) - the question's words
#   $value (String) - a number of years
designer-test-years-ago-less-than = mae'r dyddiad a roddwyd i “{ $question }” yn llai na { $value } o flynyddoedd yn ôl
# Variables:
#   $question (String) - the question's words
designer-test-answered = mae “{ $question }” wedi'i ateb
# Variables:
#   $question (String) - the question's words
designer-test-not-answered = nid yw “{ $question }” wedi'i ateb
designer-add-condition = Ychwanegu amod
designer-add-route = Ychwanegu llwybr
# Variables:
#   $service (String) - the service's name
designer-route-new-title = Ychwanegu llwybr – { $service }
designer-add-route-heading = Ychwanegu llwybr
designer-add-condition-heading = Ychwanegu amod at y llwybr
designer-route-depends = Ar ba ateb y mae'r llwybr yn dibynnu?
designer-route-no-condition = Dim amod: dilyn y llwybr hwn bob amser
designer-or-divider = neu
designer-continue = Parhau
designer-field-op = Prawf
designer-op-equals = yw
designer-op-one-of = yw un o'r rhain
designer-op-includes = yn cynnwys
designer-op-excludes = nid yw'n cynnwys
designer-op-less-than = yn llai na
designer-op-greater-than = yn fwy na
designer-op-years-ago-at-least = o leiaf hyn o flynyddoedd yn ôl
designer-op-years-ago-less-than = llai na hyn o flynyddoedd yn ôl
designer-op-answered = wedi'i ateb
designer-op-not-answered = heb ei ateb
designer-field-answers = Atebion (ticiwch fwy nag un ar gyfer “unrhyw un o'r rhain”)
designer-field-value = Gwerth
designer-field-value-hint = Rhif cyfan ar gyfer cymhariaeth neu nifer o flynyddoedd; yr union eiriau fel arall. Nid oes ei angen ar gyfer “wedi'i ateb”.
designer-field-join = Sut mae'n cyfuno ag amod y llwybr?
designer-join-all = Rhaid i'r ddau fod yn wir (ac)
designer-join-any = Gall y naill neu'r llall fod yn wir (neu)
designer-field-go = Mynd i
designer-error-op = Dewiswch brawf
designer-error-value = Dewiswch neu rhowch yr ateb i'w brofi
designer-error-go = Dewiswch ble mae'r llwybr yn mynd
designer-error-join = Dewiswch sut mae'r amodau'n cyfuno

## Exit pages

# Variables:
#   $service (String) - the service's name
designer-exits-title = Tudalennau ymadael – { $service }
designer-exits-heading = Tudalennau ymadael
designer-exits-intro = Mae tudalen ymadael yn dod â'r daith i ben pan fydd yr atebion yn dangos na all y person ddefnyddio'r gwasanaeth, ac yn dweud beth y gall ei wneud yn lle hynny. Mae llwybr yn arwain ati.
designer-add-exit = Ychwanegu tudalen ymadael
# Variables:
#   $service (String) - the service's name
designer-exit-new-title = Ychwanegu tudalen ymadael – { $service }
# Variables:
#   $service (String) - the service's name
#   $title (String) - the exit page's title
designer-exit-title = Tudalen ymadael “{ $title }” – { $service }
designer-exit-heading = Golygu'r dudalen ymadael
designer-field-exit-title = Teitl
designer-field-exit-title-hint = Dywedwch pam, er enghraifft “Ni allwch wneud cais am drwydded”.
designer-field-exit-body = Beth i'w ddweud a beth y gall y person ei wneud yn lle hynny
designer-error-exit-title = Rhowch deitl y dudalen ymadael

## Translations

# Variables:
#   $service (String) - the service's name
designer-translations-title = Cyfieithiadau – { $service }
designer-translations-heading = Cyfieithiadau
designer-translations-intro = Pob testun yn y gwasanaeth yn Saesneg wrth ymyl ei gyfieithiad. Os yw'r Saesneg wedi newid ers gwneud cyfieithiad, caiff y cyfieithiad ei farcio “Angen adolygu” nes bod rhywun yn ei gadarnhau neu'n ei newid. Bydd testunau coll yn cael eu dangos yn Saesneg.
# Variables:
#   $count (Number) - how many translations need review
designer-needs-review-count = { $count ->
    [zero] Dim cyfieithiadau i'w hadolygu
    [one] 1 cyfieithiad i'w adolygu
    [two] { $count } gyfieithiad i'w hadolygu
    [few] { $count } chyfieithiad i'w hadolygu
    [many] { $count } chyfieithiad i'w hadolygu
   *[other] { $count } cyfieithiad i'w hadolygu
}
designer-needs-review = Angen adolygu
# Variables:
#   $service (String) - the service's name
#   $language (String) - the language's name
designer-translate-title = { $language } – cyfieithiadau – { $service }
# Variables:
#   $language (String) - the language's name
designer-translate-heading = Cyfieithu i'r iaith: { $language }
# Variables:
#   $language (String) - the language's name
designer-translate-label = Cyfieithiad ({ $language })
designer-confirm-translation = Mae'r cyfieithiad yn dal yn gywir
designer-error-variables = Cadwch ddalfannau'r Saesneg, fel { "{ $number }" }, a pheidiwch ag ychwanegu rhai eraill
designer-error-plural = Defnyddiwch ffurfiau lluosog sydd gan yr iaith hon yn unig
designer-download-english = Lawrlwytho'r testunau Saesneg (ffeil Fluent)
# Variables:
#   $language (String) - the language's name
designer-download-language = Lawrlwytho'r cyfieithiad ({ $language }, ffeil Fluent)
# Variables:
#   $language (String) - the language's name
designer-upload-label = Uwchlwythwch ffeil Fluent gan gyfieithydd (iaith: { $language })
designer-upload-hint = Ffeil .ftl gyda'r un dynodyddion negeseuon â'r Saesneg. Caiff ei gwirio fel y ffurflen isod, ac ni chaiff dim ei gadw os oes problem gydag unrhyw destun.
designer-upload-button = Uwchlwytho a gwirio
designer-error-file = Nid yw'r ffeil yn ffeil Fluent y gellir ei darllen. Gwiriwch mai'r ffeil .ftl yw hi, wedi'i chadw fel testun UTF-8
designer-error-file-ids = Mae negeseuon yn y ffeil nad ydynt yn y Saesneg. Defnyddiwch ddynodyddion y ffeil Saesneg

## Dim golygiadau coll, a drafftiau'n symud ymlaen

# Variables:
#   $service (String) - the name of the service
designer-conflict-title = Mae rhywun arall wedi newid y drafft hwn – { $service }
designer-conflict-summary = Nid yw eich newid wedi’i gadw eto
# Variables:
#   $name (String) - the name of the member of staff who saved the draft last
designer-conflict-by = Cadwodd { $name } y drafft hwn ar ôl i chi agor eich tudalen. Nid oes dim o’r hyn a deipioch wedi’i golli: mae isod.
designer-conflict-by-someone = Cadwodd rhywun y drafft hwn ar ôl i chi agor eich tudalen. Nid oes dim o’r hyn a deipioch wedi’i golli: mae isod.
designer-conflict-heading = Newidiodd y drafft tra oeddech yn ei olygu
designer-conflict-undo = Ni ddadwnaed dim: edrychwch ar y drafft fel y mae nawr, yna dadwneud eto os ydych yn dal i fod eisiau gwneud hynny.
designer-conflict-theirs = Beth sydd wedi newid ers i chi agor eich tudalen
designer-conflict-out = Wedi’i dynnu allan
designer-conflict-in = Wedi’i roi i mewn
designer-conflict-no-detail = Nid yw’r drafft fel yr oedd pan agoroch eich tudalen yn cael ei gadw mwyach, felly ni ellir rhestru ei newidiadau. Agorwch y dudalen eto i’w weld fel y mae nawr.
designer-conflict-yours = Beth a deipioch
designer-conflict-apply-text = Mae rhoi eich newid ar waith yn cadw’r hyn a deipioch ar ben y drafft fel y mae nawr. Lle newidioch chi’ch dau yr un peth, eich un chi a gedwir.
designer-conflict-apply = Rhoi fy newid ar ben y drafft
designer-conflict-back = Mynd yn ôl i’r dudalen fel y mae nawr, heb fy newid
designer-editing-title = Mae rhywun arall yn golygu
# Variables:
#   $minutes (Number) - how many minutes back the banner looks (10)
#   $names (String) - the names of the other staff, separated by commas
designer-editing-banner = Golygwyd y drafft hwn hefyd yn ystod y { $minutes } munud diwethaf gan: { $names }. Os ydych chi’ch dau yn ei newid, dangosir y ddau fersiwn i’r sawl sy’n cadw’n ail cyn i ddim gael ei drosysgrifo.
designer-undo-heading = Dadwneud
# Variables:
#   $count (Number) - how many
designer-undo-text = Cyflyrau cynharach o’r drafft hwn y gellir eu rhoi’n ôl: { $count }.
designer-undo-button = Dadwneud y newid diwethaf
designer-event-undone = Dadwnaed y newid diwethaf
designer-event-drafts-moved = Symudwyd drafftiau dinasyddion ymlaen
designer-forward-heading = Ceisiadau ar y gweill
# Variables:
#   $version (Number) - the version number being published
#   $count (Number) - how many drafts
designer-forward-moving = Drafftiau sy’n symud i fersiwn { $version }, gan fod pob ateb yn dal i ffitio: { $count }
# Variables:
#   $count (Number) - how many
designer-forward-staying = Drafftiau sy’n aros ar y fersiwn y dechreuwyd arni: { $count }
# Variables:
#   $count (Number) - how many
designer-forward-guests = Drafftiau gwesteion, sy’n aros ar eu fersiwn gan fod eu hatebion yn cael eu cadw yn eu sesiwn eu hunain, y tu hwnt i gyrraedd wrth gyhoeddi: { $count }
## Y map llwybrau a phob llwybr (src/designer/pages/map.rs, paths.rs)

designer-task-map = Map llwybrau
designer-task-paths = Pob llwybr drwy'r gwasanaeth
# Variables:
#   $service (String) - the service's name
designer-map-title = Map llwybrau – { $service }
designer-map-heading = Map llwybrau
designer-map-intro = Pob cwestiwn yn ei drefn, yna gwirio eich atebion a'r tudalennau ymadael, gyda saeth ar gyfer pob llwybr. Dilynir y llwybr cyntaf y mae ei amod yn wir; “Fel arall” yw lle mae'r daith yn mynd pan nad oes yr un yn wir. Mae'r tabl o dan y map yn rhestru'r un llwybrau, gyda'r un dolenni.
designer-map-paths-link = Gweld pob llwybr drwy'r gwasanaeth
# Variables:
#   $service (String) - the service's name
designer-map-svg-title = Map llwybrau { $service }
designer-map-svg-desc = Mae'r tabl “Llwybrau” o dan y map yn rhestru'r un llwybrau fel testun.
# Written above the first question, with an arrow into it.
designer-map-start = Dechrau
designer-map-elsewhere = Problemau gyda manylion y gwasanaeth
# Variables:
#   $number (Number) - the question's position in the service
#   $label (String) - the question's words
designer-map-question = { $number }. { $label }
# Variables:
#   $id (String) - the id a route names
designer-map-missing = “{ $id }” (nid yw'n bodoli)
# Variables:
#   $version (Number) - a version number
designer-map-version = Fersiwn { $version }
designer-map-other-versions = Fersiynau eraill:
designer-map-routes-caption = Llwybrau
designer-map-pages-caption = Tudalennau
designer-map-col-from = O
designer-map-col-when = Pryd
designer-map-col-to = Yn mynd i
designer-map-col-page = Tudalen
designer-map-col-problems = Problemau
designer-map-no-problems = Dim
# Variables:
#   $count (Number) - how many problems
designer-map-problems = { $count ->
    [zero] Dim problemau
    [one] 1 broblem
    [two] { $count } broblem
    [few] { $count } phroblem
    [many] { $count } problem
   *[other] { $count } problem
}
designer-map-unreachable-route = Ni chaiff ei ddilyn byth: mae llwybr cynharach bob amser yn berthnasol.
designer-map-not-taken = Ni chaiff ei ddilyn byth: nid oes atebion yn arwain ar hyd y llwybr hwn.
# An arrow's words on the map. Variables:
#   $label (String) - the route's condition in words
designer-map-edge-problem = { $label } (problem)
# Variables:
#   $label (String) - the route's condition in words
designer-map-edge-never = { $label } (ni chaiff ei ddilyn byth)
# Variables:
#   $service (String) - the service's name
designer-paths-title = Pob llwybr – { $service }
designer-paths-heading = Pob llwybr drwy'r gwasanaeth
# Variables:
#   $count (Number) - how many paths are listed
designer-paths-intro = { $count ->
    [zero] Nid oes llwybrau.
    [one] Mae 1 llwybr. Mae'n rhestru'r tudalennau yn eu trefn, gyda'r ateb sy'n arwain ymlaen o bob un, fel y mae'r gwasanaeth ei hun yn eu llwybro.
    [two] Mae { $count } lwybr. Mae pob un yn rhestru'r tudalennau yn eu trefn, gyda'r ateb sy'n arwain ymlaen o bob un, fel y mae'r gwasanaeth ei hun yn eu llwybro.
    [few] Mae { $count } llwybr. Mae pob un yn rhestru'r tudalennau yn eu trefn, gyda'r ateb sy'n arwain ymlaen o bob un, fel y mae'r gwasanaeth ei hun yn eu llwybro.
    [many] Mae { $count } llwybr. Mae pob un yn rhestru'r tudalennau yn eu trefn, gyda'r ateb sy'n arwain ymlaen o bob un, fel y mae'r gwasanaeth ei hun yn eu llwybro.
   *[other] Mae { $count } llwybr. Mae pob un yn rhestru'r tudalennau yn eu trefn, gyda'r ateb sy'n arwain ymlaen o bob un, fel y mae'r gwasanaeth ei hun yn eu llwybro.
}
designer-paths-warning = Rhybudd
# Variables:
#   $count (Number) - the most paths listed
designer-paths-truncated = Dim ond y { $count } llwybr cyntaf sy'n cael eu rhestru: mae gan y gwasanaeth ragor.
designer-paths-map-link = Gweld y map llwybrau
designer-paths-who-heading = Pwy sy'n gweld pob tudalen
designer-paths-everyone = Pawb
designer-paths-nobody = Neb: nid oes llwybr yn cyrraedd y dudalen hon
designer-paths-ways = Pobl y mae eu hatebion yn dilyn un o'r ffyrdd hyn:
designer-paths-list-heading = Y llwybrau
# Variables:
#   $number (Number) - the path's number
designer-paths-path = Llwybr { $number }
designer-paths-otherwise = Nid oes yr un o lwybrau'r cwestiwn hwn yn berthnasol
# Variables:
#   $question (String) - the question, with its number
designer-paths-otherwise-at = nid oes yr un o'r llwybrau ar ôl “{ $question }” yn berthnasol
# Variables:
#   $id (String) - the question a route goes back or on to
designer-paths-broken = Mae'r llwybr yn torri: mae llwybr yn mynd i “{ $id }”, nad yw'n dod ar ei ôl neu nad yw'n bodoli
## Differences between two versions (src/designer/pages/diff.rs)

# Variables:
#   $from (Number) - the version compared from
#   $to (Number) - the version compared to
#   $service (String) - the service's name
designer-diff-page-title = Newidiadau rhwng fersiynau { $from } a { $to } – { $service }
# Variables:
#   $from (Number) - the version compared from
#   $to (Number) - the version compared to
designer-diff-heading = Newidiadau rhwng fersiynau { $from } a { $to }
designer-diff-from = O fersiwn
designer-diff-to = I fersiwn
designer-diff-compare = Cymharu
designer-diff-nothing = Does dim yn newid rhwng y fersiynau hyn.
designer-diff-what-changes = Beth sy'n newid
designer-diff-link-full = Gweld pob newid ar dudalen ei hun, neu gymharu fersiynau eraill
designer-diff-first = Dyma'r fersiwn gyntaf: mae popeth ynddi'n newydd.
# Variables:
#   $version (Number) - a version number
#   $previous (Number) - the version before it
designer-diff-history-link = beth newidiodd ers fersiwn { $previous }
designer-diff-added = Wedi'i ychwanegu
designer-diff-removed = Wedi'i dynnu
designer-diff-changed = Wedi newid
# Variables:
#   $from (Number) - the place in the list before
#   $to (Number) - the place in the list after
designer-diff-moved = Wedi symud o le { $from } i le { $to }
designer-diff-before = Cyn:
designer-diff-after = Ar ôl:
designer-diff-not-set = (heb ei osod)
# Variables:
#   $thing (String) - what the setting belongs to, for example Question “Where?”
#   $setting (String) - the setting, for example Hint
designer-diff-of = { $thing }: { $setting }
# Variables:
#   $label (String) - the question's words
designer-diff-question = Cwestiwn “{ $label }”
# Variables:
#   $label (String) - the question's words
designer-diff-field = Cwestiwn ar gyfer pob eitem “{ $label }”
# Variables:
#   $label (String) - the option's words
designer-diff-option = Opsiwn “{ $label }”
# Variables:
#   $title (String) - the exit page's title
designer-diff-exit = Tudalen ymadael “{ $title }”
# Variables:
#   $number (Number) - the route's place in the list
designer-diff-route = llwybr { $number }
# Variables:
#   $when (String) - the route's condition, for example If “Where?” is In a park
#   $go (String) - where it goes, for example go to: Check your answers
designer-diff-route-words = { $when }, { $go }
designer-diff-details = Manylion y gwasanaeth
designer-diff-questions = Cwestiynau
designer-diff-exits = Tudalennau ymadael
designer-diff-texts = Testunau, fesul iaith
designer-diff-schema = Sgema JSON yr atebion a anfonir
designer-diff-schema-same = Nid yw'r sgema'n newid: nid oes angen newid dim yn y systemau sy'n cael yr atebion.
designer-diff-schema-root = Y sgema cyfan
# Variables:
#   $values (String) - the values, separated by commas
designer-diff-values-added = gwerthoedd wedi'u hychwanegu: { $values }
# Variables:
#   $values (String) - the values, separated by commas
designer-diff-values-removed = gwerthoedd wedi'u tynnu: { $values }
designer-diff-csv = Colofnau'r allforio CSV
designer-diff-csv-same = Nid yw colofnau'r allforio CSV na'r atebion ynddo'n newid.
# Variables:
#   $name (String) - a column's name
designer-diff-csv-column = Colofn “{ $name }”
# Variables:
#   $name (String) - a key in the answers column
designer-diff-csv-key = Ateb “{ $name }” yn y golofn atebion
designer-diff-title = Enw'r gwasanaeth
designer-diff-summary = Crynodeb
designer-diff-before-you-start = Cyn i chi ddechrau
designer-diff-sign-in = Pwy sy'n gallu gwneud cais
designer-diff-minimum-level = Lefel y gwiriadau hunaniaeth sydd eu hangen
designer-diff-team = Tîm
designer-diff-target-days = Targed, mewn diwrnodau gwaith
designer-diff-retention = Am faint y cedwir ceisiadau
designer-diff-declaration = Datganiad
designer-diff-what-happens-next = Beth sy'n digwydd nesaf
designer-diff-exit-title = Teitl
designer-diff-exit-body = Testun
designer-diff-label = Geiriau'r cwestiwn
designer-diff-kind = Math o ateb
designer-diff-required = Rhaid ei ateb
designer-diff-hint = Awgrym
designer-diff-summary-label = Geiriau yn gwirio eich atebion
designer-diff-profile = Manylyn o'r proffil a ddefnyddir
designer-diff-autocomplete = Beth y caiff y porwr ei lenwi
designer-diff-max-length = Y nifer mwyaf o nodau a ganiateir
designer-diff-width = Lled y blwch
designer-diff-min = Yr isaf a ganiateir
designer-diff-max = Yr uchaf a ganiateir
designer-diff-date-rule = Dyddiadau a ganiateir
designer-diff-exclusive = Opsiwn “Dim un o'r rhain”
designer-diff-max-size = Y ffeil fwyaf a ganiateir
designer-diff-weekdays = Dyddiau'r wythnos a gynigir
designer-diff-count = Dyddiadau a gynigir
designer-diff-lead-days = Diwrnodau cyn y dyddiad cyntaf
designer-diff-item-label = Enw pob eitem
designer-diff-summary-heading = Pennawd y rhestr
designer-diff-add-another = Y cwestiwn o dan y rhestr
designer-diff-max-items = Y nifer mwyaf o eitemau
designer-diff-option-label = Geiriau
designer-diff-option-hint = Awgrym
designer-diff-divider = Y llinell “neu” o'i flaen
designer-diff-follow-up = Cwestiwn dilynol
designer-diff-follow-up-kind = Math o ateb y cwestiwn dilynol

## Publishing with four eyes (src/designer/pages/approval.rs)

designer-approval-needed = Mae eich tîm am i ail berson gymeradwyo pob fersiwn cyn ei chyhoeddi. Gofynnwch am gymeradwyaeth: bydd dylunydd arall o'r tîm, neu weinyddwr, yn darllen y newidiadau ac yn eu cyhoeddi.
designer-approval-ask-button = Gofyn am gymeradwyaeth
# Variables:
#   $name (String) - who asked
#   $when (String) - the date and time they asked
#   $version (Number) - the version to approve
designer-approval-asked = Gofynnodd { $name } am gymeradwyo fersiwn { $version } ar { $when }.
designer-approval-review-link = Darllen y newidiadau a'u cymeradwyo neu eu hanfon yn ôl
designer-approval-someone-else = Rhaid i ddylunydd arall o'r tîm, neu weinyddwr, ei chymeradwyo.
# Variables:
#   $name (String) - who sent it back
#   $when (String) - the date and time
designer-approval-sent-back = Anfonodd { $name } y drafft yn ôl ar { $when }.
designer-approval-comment-was = Eu sylw:
# Variables:
#   $name (String) - who asked for approval
designer-approval-void = Newidiodd y drafft ar ôl i { $name } ofyn am gymeradwyaeth, felly nid yw'r cais hwnnw'n cyfrif mwyach. Gofynnwch eto pan fydd yn barod.
designer-approval-waiting-heading = Yn aros am eich cymeradwyaeth
# Variables:
#   $version (Number) - the version to approve
#   $name (String) - who asked
designer-approval-waiting-row = Fersiwn { $version }, cais gan { $name }
# Variables:
#   $service (String) - the service's name
designer-approval-title = Cymeradwyo neu anfon yn ôl – { $service }
# Variables:
#   $version (Number) - the draft's version number
designer-approval-heading = Cymeradwyo fersiwn { $version }
designer-approval-nothing = Does neb yn aros am gymeradwyo'r drafft hwn.
designer-approval-checks = Gwiriadau
designer-approval-no-problems = Nid yw'r gwiriadau'n canfod unrhyw broblemau.
# Variables:
#   $count (Number) - how many problems
designer-approval-problems = { $count ->
    [zero] Nid yw'r gwiriadau'n canfod unrhyw broblemau.
    [one] Mae'r gwiriadau'n canfod 1 broblem: rhaid ei thrwsio cyn y gellir cymeradwyo'r fersiwn.
    [two] Mae'r gwiriadau'n canfod { $count } broblem: rhaid eu trwsio cyn y gellir cymeradwyo'r fersiwn.
    [few] Mae'r gwiriadau'n canfod { $count } problem: rhaid eu trwsio cyn y gellir cymeradwyo'r fersiwn.
    [many] Mae'r gwiriadau'n canfod { $count } phroblem: rhaid eu trwsio cyn y gellir cymeradwyo'r fersiwn.
   *[other] Mae'r gwiriadau'n canfod { $count } o broblemau: rhaid eu trwsio cyn y gellir cymeradwyo'r fersiwn.
}
designer-approval-journeys-none = Does dim teithiau prawf i'w rhedeg.
# Variables:
#   $count (Number) - how many test journeys pass
designer-approval-journeys-pass = { $count ->
    [zero] Does dim teithiau prawf i'w rhedeg.
    [one] Mae'r daith brawf yn llwyddo.
    [two] Mae'r ddwy daith brawf yn llwyddo.
    [few] Mae pob un o'r { $count } taith brawf yn llwyddo.
    [many] Mae pob un o'r { $count } taith brawf yn llwyddo.
   *[other] Mae pob un o'r { $count } o deithiau prawf yn llwyddo.
}
# Variables:
#   $count (Number) - how many test journeys fail
#   $names (String) - their names, separated by commas
designer-approval-journeys-fail = { $count ->
    [zero] Does dim taith brawf yn methu.
    [one] Mae 1 daith brawf yn methu: { $names }.
    [two] Mae { $count } daith brawf yn methu: { $names }.
    [few] Mae { $count } taith brawf yn methu: { $names }.
    [many] Mae { $count } taith brawf yn methu: { $names }.
   *[other] Mae { $count } o deithiau prawf yn methu: { $names }.
}
designer-approval-approve-button = Cymeradwyo a chyhoeddi
designer-approval-send-back-heading = Ei anfon yn ôl
designer-approval-comment = Beth sydd angen ei newid
designer-approval-comment-hint = Bydd y dylunydd yn gweld hyn ar dudalen y gwasanaeth.
designer-approval-send-back-button = Anfon yn ôl
designer-approval-own = Chi a ofynnodd am y gymeradwyaeth hon, felly rhaid i rywun arall ei rhoi.
designer-approval-not-waiting = Nid yw'r cais hwn yn aros mwyach: cafodd ei benderfynu, ei ddisodli, neu mae'r drafft wedi newid ers hynny.
designer-approval-changed = Newidiodd y cais tra oeddech yn ei ddarllen. Darllenwch y newidiadau eto isod.
designer-approval-blocked = Ni ellir cymeradwyo'r fersiwn tra bo'r gwiriadau'n canfod problemau neu fod taith brawf yn methu.
designer-approval-choose = Cymeradwywch y fersiwn neu ei hanfon yn ôl
designer-error-comment = Rhowch beth sydd angen ei newid
designer-error-comment-long = Rhowch 2,000 o nodau ar y mwyaf
designer-event-approval-asked = Gofynnwyd am gymeradwyaeth
designer-event-approved = Wedi'i gymeradwyo
designer-event-sent-back = Wedi'i anfon yn ôl
designer-event-approval-void = Nid yw'r cais am gymeradwyaeth yn cyfrif: roedd y drafft wedi newid

## Team settings (src/designer/pages/teams.rs)

designer-teams-link = Gosodiadau timau: pwy sy'n gorfod cymeradwyo cyhoeddi
designer-teams-title = Gosodiadau timau – dylunydd gwasanaethau
designer-teams-heading = Gosodiadau timau
designer-teams-intro = Gall tîm fynnu bod ail berson yn cymeradwyo pob fersiwn o'i wasanaethau cyn ei chyhoeddi.
designer-teams-on = Rhaid i ail berson gymeradwyo cyhoeddi
designer-teams-off = Mae dylunwyr yn cyhoeddi ar eu pen eu hunain
# Variables:
#   $team (String) - the team's name
designer-team-title = { $team } – gosodiadau'r tîm
designer-team-heading = Oes angen ail berson i gyhoeddi?
designer-team-hint = Yr ail berson yw dylunydd arall o'r tîm, neu weinyddwr. Bydd yn gweld y newidiadau, y gwiriadau a'r cyfieithiadau cyn cymeradwyo.
designer-error-needs-approval = Dewiswch a oes angen ail berson i gyhoeddi
## Test journeys (src/designer/journeys/, pages/journeys.rs, pages/journeys_form.rs)

designer-task-journeys = Teithiau prawf
# Variables:
#   $count (Number) - how many test journeys pass
designer-journey-tag-pass = { $count ->
    [zero] Dim un yn pasio
    [one] 1 yn pasio
    [two] { $count } yn pasio
    [few] { $count } yn pasio
    [many] { $count } yn pasio
   *[other] { $count } yn pasio
}
# Variables:
#   $count (Number) - how many test journeys fail
designer-journey-tag-fail = { $count ->
    [zero] Dim un yn methu
    [one] 1 yn methu
    [two] { $count } yn methu
    [few] { $count } yn methu
    [many] { $count } yn methu
   *[other] { $count } yn methu
}
designer-event-journey-saved = Taith brawf wedi'i chadw
designer-event-journey-removed = Taith brawf wedi'i dileu
# Variables:
#   $service (String) - the service's name
designer-journeys-title = Teithiau prawf – { $service }
designer-journeys-heading = Teithiau prawf
# Variables:
#   $version (Number) - the draft's version number
designer-journeys-intro = Mae pob taith brawf yn set o atebion enghreifftiol a lle dylen nhw arwain. Maen nhw'n rhedeg yn erbyn fersiwn drafft { $version } bob tro y bydd yn newid, gan gynnwys y rhai a ysgrifennwyd ar gyfer fersiynau cynharach, ac mae un sy'n methu yn atal cyhoeddi'r drafft.
designer-journey-add = Ychwanegu taith brawf
designer-journey-none = Does dim teithiau prawf eto.
# Variables:
#   $passed (Number) - how many pass
#   $count (Number) - how many there are
designer-journey-summary = Mae { $passed } o { $count } taith brawf yn pasio.
designer-journey-passes = Yn pasio
designer-journey-fails = Yn methu
# Variables:
#   $version (Number) - a version number
designer-journey-written-for = (ysgrifennwyd ar gyfer fersiwn { $version })
# Variables:
#   $question (String) - a question's label
designer-journey-page = “{ $question }”
# Variables:
#   $question (String) - a question's label
designer-journey-stops = yn stopio wrth “{ $question }”, sydd heb ateb enghreifftiol
# Variables:
#   $step (Number) - which step of the journey (1 is the first page)
#   $now (String) - where it goes now: a question, check your answers or an exit page
#   $expected (String) - where it was expected to go
designer-journey-elsewhere = Yng ngham { $step } mae bellach yn mynd i { $now } yn lle { $expected }.
# Variables:
#   $route (String) - the pages it goes through now, joined by arrows
designer-journey-route-now = Mae bellach yn mynd: { $route }.
# Variables:
#   $question (String) - a question's label, or its id when it has gone
designer-journey-removed = Mae'r ateb enghreifftiol ar gyfer “{ $question }” ar gyfer cwestiwn nad yw'r gwasanaeth yn ei gynnwys mwyach.
# Variables:
#   $question (String) - a question's label
#   $problem (String) - why the answer is refused, as a citizen would be told
designer-journey-unfit = Nid yw'r ateb enghreifftiol ar gyfer “{ $question }” yn addas mwyach: { $problem }
designer-journey-error-items = Rhowch sawl eitem, rhif cyfan o 1 hyd at yr uchafswm y mae'r cwestiwn yn ei ganiatáu
designer-journey-error-kind = Mae'r cwestiwn bellach yn derbyn math arall o ateb
# Variables:
#   $service (String) - the service's name
designer-journey-new-title = Ychwanegu taith brawf – { $service }
# Variables:
#   $service (String) - the service's name
#   $journey (String) - the test journey's name
designer-journey-edit-title = { $journey } – teithiau prawf – { $service }
designer-journey-new-heading = Ychwanegu taith brawf
designer-journey-edit-heading = Newid taith brawf
designer-journey-name = Enw'r daith brawf
designer-journey-name-hint = Dywedwch am bwy mae hi, er enghraifft “Preswylydd sy'n berchen ar y car”.
designer-journey-answers = Atebion enghreifftiol
designer-journey-answers-intro = Rhowch yr atebion y byddai person yn eu rhoi. Gadewch gwestiwn yn wag i orffen y daith yno.
designer-journey-not-answered = Heb ei ateb
# Variables:
#   $option (String) - the option that reveals this question
designer-journey-follow-up = Dim ond pan fydd “{ $option }” wedi'i ddewis.
designer-journey-format-money = Mewn punnoedd, er enghraifft 12.50.
designer-journey-format-file = Unrhyw enw ffeil: does dim ffeil yn cael ei huwchlwytho.
# Variables:
#   $most (Number) - the most items the question allows
designer-journey-format-items = Sawl eitem, o 1 i { $most }.
designer-journey-expected = Ble dylai fynd
designer-journey-recorded = Y tudalennau y mae'n mynd drwyddynt:
designer-journey-end = Ble dylai orffen
designer-journey-record = Cofnodi beth sy'n digwydd nawr
designer-journey-save = Cadw'r daith brawf
designer-journey-delete = Dileu'r daith brawf hon
designer-journey-error-name = Rhowch enw ar gyfer y daith brawf
designer-journey-error-name-long = Rhowch enw o 120 nod neu lai
designer-journey-error-name-taken = Mae gan y gwasanaeth daith brawf gyda'r enw hwn yn barod
designer-journey-error-end = Dewiswch ble dylai'r daith orffen
designer-error-journeys = Mae taith brawf yn methu: trwsiwch y gwasanaeth neu'r daith brawf cyn cyhoeddi

## Content advice (src/designer/advice.rs)

designer-advice-title = Cyngor
designer-advice-intro = Nid yw'r rhain yn eich atal rhag cyhoeddi, ond mae eu trwsio yn gwneud y gwasanaeth yn haws i'w ddefnyddio.
# Link texts that mean nothing on their own, in your language, lower case, separated by commas.
# Questions and the service's name are checked against them.
designer-advice-vague-links = yma, cliciwch yma, mwy, darllen mwy, parhau, dechrau, dechrau nawr, dolen, y ddolen hon, y dudalen hon, nesaf, ewch
# Phrases that make no sense in a text people read, in your language, lower case, separated by commas.
designer-advice-vague-phrases = cliciwch yma, cliciwch ar y ddolen hon, darllen mwy, dysgwch fwy yma
designer-advice-hint-file = ychwanegwch awgrym sy'n dweud pa ddogfen i'w huwchlwytho a beth mae'n rhaid iddi ei ddangos
designer-advice-hint-money = ychwanegwch awgrym sy'n dweud pa swm, er enghraifft bob wythnos neu bob mis, cyn neu ar ôl treth
designer-advice-hint-code = ychwanegwch awgrym sy'n dangos y fformat gydag enghraifft, fel ar gyfer rhif Yswiriant Gwladol (QQ 12 34 56 C)
# Variables:
#   $language (String) - the language's name
#   $text (String) - the text
designer-advice-vague-link = yn { $language }, nid yw “{ $text }” yn dweud i ble mae'n arwain: defnyddiwch eiriau sy'n gwneud synnwyr ar eu pen eu hunain
# Variables:
#   $language (String) - the language's name
#   $text (String) - the phrase
designer-advice-vague-phrase = yn { $language }, nid yw “{ $text }” yn gwneud synnwyr allan o'i gyd-destun: dywedwch beth i'w wneud neu ble i fynd
# Variables:
#   $number (Number) - the earlier question's number
designer-advice-duplicate = yn gofyn yr un peth â chwestiwn { $number }
# Variables:
#   $field (String) - the profile detail, for example “Date of birth”
designer-advice-profile = yn gofyn am fanylyn sydd yn y proffil: defnyddiwch y proffil ar gyfer “{ $field }” fel mai unwaith yn unig y mae pobl yn dweud wrthym
# Variables:
#   $kind (String) - the type of question, for example “Email address”
designer-advice-kind = defnyddiwch y math o gwestiwn “{ $kind }”: mae'n gwirio'r ateb, mae porwyr yn ei lenwi ac mae'n gallu defnyddio'r proffil
# Variables:
#   $token (String) - what the browser may fill in, for example “Their full name”
designer-advice-autocomplete = gadewch i'r porwr ei lenwi: dewiswch “{ $token }”
