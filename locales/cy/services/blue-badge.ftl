### Service: Apply for a Blue Badge.
### Definition: src/services/definitions/blue-badge.toml

badge-title = Gwneud cais am Fathodyn Glas
badge-summary = Mae Bathodyn Glas yn caniatáu i berson anabl barcio'n nes at y man lle mae angen iddo fynd.
badge-before-1 = Gallwch wneud cais ar eich rhan eich hun neu ar ran rhywun arall, fel plentyn rydych yn gofalu amdano.
badge-before-2 = Bydd angen llun digidol o wyneb y person arnoch ac, os yw'n cael budd-dal cymhwysol, y llythyr sy'n dangos hynny. Mae unrhyw lythyrau am ei gyflwr yn ein helpu i benderfynu.
badge-before-3 = Mae'n cymryd tua 20 munud. Gallwch gadw eich cais a dod yn ôl ato.
badge-declaration = Drwy anfon y cais hwn, rydych yn cadarnhau bod y wybodaeth yn gywir hyd y gwyddoch. Mae rhoi gwybodaeth anwir er mwyn cael Bathodyn Glas yn drosedd.
badge-next-1 = Byddwn yn edrych ar eich cais ac efallai y byddwn yn gofyn am ragor o wybodaeth neu am asesiad symudedd.
badge-next-2 = Ein nod yw gwneud penderfyniad o fewn 15 diwrnod gwaith.
badge-next-3 = Os caiff y bathodyn ei gymeradwyo, byddwn yn gofyn i chi dalu £10 ac yn ei anfon drwy'r post.

badge-who-for = Ar gyfer pwy rydych yn gwneud cais?
badge-who-me = Fi fy hun
badge-who-else = Rhywun arall
badge-who-else-hint = Er enghraifft, eich plentyn neu berson rydych yn gofalu amdano
badge-their-name = Beth yw enw llawn y person rydych yn gwneud cais ar ei ran?
badge-their-name-hint = Fel y mae'n ymddangos ar ddogfennau swyddogol y person
badge-their-dob = Beth yw dyddiad geni'r person?
badge-their-address = Beth yw cyfeiriad y person?
badge-relationship = Beth yw eich perthynas â'r person?
badge-relationship-parent = Rwy'n rhiant neu'n warcheidwad
badge-relationship-carer = Rwy'n ofalwr
badge-relationship-relative = Rwy'n berthynas
badge-relationship-other = Arall
badge-dob = Beth yw eich dyddiad geni?
badge-address = Beth yw eich cyfeiriad?

badge-benefits = Ydy'r person yn cael unrhyw un o'r budd-daliadau hyn?
badge-benefits-hint = Os yw'n cael un o'r rhain, bydd yn cael bathodyn heb ragor o gwestiynau am ei gyflwr.
badge-benefit-pip = Taliad Annibyniaeth Personol, gydag 8 pwynt neu fwy am symud o gwmpas
badge-benefit-dla = Lwfans Byw i'r Anabl, elfen symudedd ar y gyfradd uwch
badge-benefit-war = Atodiad Symudedd Pensiynwyr Rhyfel
badge-benefit-afcs = Cynllun Iawndal y Lluoedd Arfog, lefelau tariff 1 i 8
badge-benefit-none = Dim un o'r rhain
badge-benefit-letter = Uwchlwytho'r llythyr sy'n dangos y budd-dal
badge-benefit-letter-hint = Llun neu sgan o'r llythyr dyfarnu o'r 12 mis diwethaf.

badge-condition = Beth sy'n ei gwneud yn anodd i'r person fynd o gwmpas?
badge-condition-hint = Dewiswch bob un sy'n berthnasol.
badge-condition-walking = Mae cerdded yn anodd iawn, yn boenus neu'n anniogel
badge-condition-arms = Defnyddio'r breichiau
badge-condition-arms-hint = Er enghraifft, mae'n gyrru ond ni all ddefnyddio mesuryddion parcio
badge-condition-visual = Nam ar y golwg
badge-condition-hidden = Cyflwr nad yw'n weladwy
badge-condition-hidden-hint = Er enghraifft, awtistiaeth neu ddementia, lle gall taith achosi gofid difrifol neu roi'r person mewn perygl
badge-condition-child = Plentyn o dan 3 oed sydd angen offer meddygol swmpus neu sydd angen bod yn agos at gerbyd i gael triniaeth
badge-condition-none = Dim un o'r rhain

badge-walking-distance = Pa mor bell y gall y person gerdded heb stopio?
badge-walking-distance-hint = Gyda chymorth cerdded os yw'n defnyddio un. Mae 50 metr tua hyd 5 bws.
badge-walking-cannot = Ni all gerdded o gwbl
badge-walking-under-50 = Llai na 50 metr
badge-walking-50-100 = Rhwng 50 a 100 metr
badge-walking-over-100 = Mwy na 100 metr
badge-walking-aids = Pa gymhorthion cerdded y mae'n eu defnyddio?
badge-aid-stick = Ffon gerdded
badge-aid-crutches = Baglau
badge-aid-frame = Ffrâm gerdded
badge-aid-wheelchair = Cadair olwyn
badge-aid-scooter = Sgwter symudedd
badge-aid-none = Dim un o'r rhain
badge-walking-time = Faint o amser mae'n ei gymryd i'r person gerdded 50 metr?
badge-walking-time-hint = Cynhwyswch unrhyw seibiau i orffwys.
badge-time-under-1 = Llai nag 1 munud
badge-time-1-5 = Rhwng 1 a 5 munud
badge-time-over-5 = Mwy na 5 munud, neu ni all wneud hynny

badge-description = Disgrifiwch y cyflwr a sut mae'n effeithio ar allu'r person i fynd o gwmpas
badge-description-hint = Cynhwyswch enwau unrhyw gyflyrau, triniaethau neu feddyginiaethau, a'r hyn sy'n digwydd ar daith arferol.
badge-evidence = Uwchlwytho llythyr am y cyflwr (dewisol)
badge-evidence-hint = Er enghraifft, gan feddyg, nyrs, ffisiotherapydd neu weithiwr cymdeithasol. Gadewch hwn yn wag os nad oes gennych un.
badge-photo = Uwchlwytho llun o wyneb y person
badge-photo-hint = Mewn lliw, wedi'i dynnu yn ystod y mis diwethaf, yn erbyn cefndir plaen, heb ddim yn cuddio'r wyneb.
badge-phone = Ar ba rif ffôn y gallwn eich ffonio am y cais?

badge-exit-eligible-title = Ni all y person gael Bathodyn Glas
badge-exit-eligible-1 = Dim ond ar gyfer pobl sydd â chyflwr sy'n ei gwneud yn anodd iawn iddynt fynd o gwmpas y mae Bathodyn Glas.
badge-exit-eligible-2 = Os bydd cyflwr y person yn newid, gallwch wneud cais eto. Gallwch hefyd gysylltu â ni i siarad am gymorth arall gyda thrafnidiaeth.
badge-exit-walk-title = Nid yw'r person yn debygol o gael Bathodyn Glas
badge-exit-walk-1 = Nid yw pobl sy'n gallu cerdded mwy na 100 metr heb stopio, ac nad oes ganddynt unrhyw gyflwr arall sydd ar y rhestr, fel arfer yn cael Bathodyn Glas.
badge-exit-walk-2 = Os yw cerdded yn boenus, yn anniogel neu'n araf iawn i'r person, ewch yn ôl a dewiswch y pellter y gall ei gerdded heb y problemau hynny.
