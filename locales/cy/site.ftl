### Pages that are not part of any service: the home page and the pages linked from the footer.
### Module: src/site/

## Home page

home-title = Gwasanaethau'r cyngor ar-lein
home-heading = Gwasanaethau'r cyngor ar-lein
home-lead = Gwnewch gais am wasanaethau'r cyngor, gwelwch beth sy'n digwydd gyda'ch ceisiadau, ac atebwch gwestiynau gan y tîm sy'n delio â nhw.
home-services-link = Gweld y gwasanaethau y gallwch wneud cais amdanynt
home-what-heading = Beth allwch chi ei wneud yma
home-what-apply = gwneud cais am wasanaeth, un cwestiwn ar y tro
home-what-save = cadw cais a dod yn ôl ato yn nes ymlaen
home-what-track = gweld statws popeth rydych wedi'i anfon atom
home-what-profile = cadw eich manylion mewn un lle, fel na fydd angen i chi byth eu rhoi ddwywaith
home-languages-heading = Yn eich iaith chi
# Welsh: Welsh is named first, as is usual on Welsh-language public-service pages.
home-languages-body = Gallwch ddefnyddio'r wefan hon yn Gymraeg, yn Saesneg, yn Arabeg, yn Bwyleg ac yn Wcreineg. Dewiswch iaith ar frig unrhyw dudalen.
home-help-heading = Os oes angen help arnoch
home-help-body = Os na allwch ddefnyddio'r wefan hon neu os oes angen help arnoch gyda hi, cysylltwch â ni a byddwn yn eich helpu i wneud cais mewn ffordd arall.
home-help-link = Sut i gysylltu â ni

## Accessibility statement

accessibility-title = Datganiad hygyrchedd
accessibility-heading = Datganiad hygyrchedd ar gyfer { -portico }
accessibility-intro = Mae'r datganiad hwn yn berthnasol i'r wefan hon. Mae'r cyngor sy'n ei rhedeg eisiau i gymaint o bobl â phosibl allu ei defnyddio. Er enghraifft, mae hynny'n golygu y dylech allu:
accessibility-can-zoom = newid lliwiau, lefelau cyferbyniad a ffontiau gan ddefnyddio gosodiadau'r porwr neu'r ddyfais
accessibility-can-reflow = chwyddo hyd at 400% heb i'r testun ddisgyn oddi ar y sgrin
accessibility-can-keyboard = llywio'r rhan fwyaf o'r wefan gan ddefnyddio bysellfwrdd yn unig
accessibility-can-speech = llywio'r rhan fwyaf o'r wefan gan ddefnyddio meddalwedd adnabod lleferydd
accessibility-can-screenreader = gwrando ar y rhan fwyaf o'r wefan gan ddefnyddio darllenydd sgrin
accessibility-can-nojs = defnyddio pob rhan o'r wefan gyda JavaScript wedi'i ddiffodd
accessibility-plain = Rydym hefyd wedi gwneud y testun mor syml â phosibl i'w ddeall.
accessibility-status-heading = Statws cydymffurfio
accessibility-status-body = Mae'r wefan hon wedi'i chynllunio i fodloni Canllawiau Hygyrchedd Cynnwys y We (WCAG) fersiwn 2.2 i lefel AA. Caiff pob tudalen ei phrofi'n awtomatig gydag offeryn gwirio hygyrchedd, ym mhob iaith, gyda JavaScript a hebddo.
accessibility-known-heading = Yr hyn rydym yn gwybod nad yw'n hygyrch eto
accessibility-known-body = Nid ydym yn ymwybodol o unrhyw ran o'r wefan hon nad yw'n bodloni'r safon. Nid yw profion awtomatig yn canfod pob problem, felly rydym hefyd yn profi gyda phobl sy'n defnyddio technoleg gynorthwyol, a byddwn yn rhestru yma unrhyw beth a ganfyddwn.
accessibility-feedback-heading = Rhoi gwybod am broblemau hygyrchedd
accessibility-feedback-body = Os byddwch yn dod o hyd i broblem nad yw wedi'i rhestru ar y dudalen hon, neu os oes angen gwybodaeth arnoch mewn fformat gwahanol fel print bras, fformat hawdd ei ddarllen, sain neu braille, cysylltwch â ni. Byddwn yn ateb o fewn 5 diwrnod gwaith.
accessibility-feedback-link = Cysylltu â ni am hygyrchedd
accessibility-enforcement-heading = Os nad ydych yn fodlon â'n hymateb
accessibility-enforcement-body = Rhaid i gyrff cyhoeddus fodloni rheoliadau hygyrchedd. Os nad ydych yn fodlon â'r ffordd rydym yn ymateb i'ch cwyn, gallwch gysylltu â'r gwasanaeth cynghori ar gydraddoldeb yn eich gwlad.
accessibility-prepared = Cafodd y datganiad hwn ei baratoi ar 21 Tachwedd 2026. Caiff ei adolygu bob tro y bydd y wefan yn newid.

## Privacy notice

privacy-title = Hysbysiad preifatrwydd
privacy-heading = Hysbysiad preifatrwydd
privacy-intro = Mae'r hysbysiad hwn yn esbonio pa wybodaeth bersonol y mae'r wefan hon yn ei chasglu, pam, am ba hyd rydym yn ei chadw a beth yw eich hawliau.
privacy-controller-heading = Pwy sy'n gyfrifol am eich gwybodaeth
privacy-controller-body = Y cyngor sy'n rhedeg y wefan hon yw'r rheolydd data ar gyfer y wybodaeth rydych yn ei rhoi i ni. Gallwch gysylltu â'i swyddog diogelu data drwy ddefnyddio'r dudalen cysylltu â ni.
privacy-collect-heading = Beth rydym yn ei gasglu
# Welsh: the English technical term "hashed" is kept in brackets, as it is widely recognised.
privacy-collect-account = eich cyfeiriad e-bost a fersiwn wedi'i sgramblo (hashed) o'ch cyfrinair, os byddwch yn creu cyfrif
privacy-collect-profile = y manylion rydych yn eu cadw yn eich proffil, fel eich enw, eich dyddiad geni, eich cyfeiriad a'ch rhif ffôn
privacy-collect-requests = yr atebion a'r ffeiliau rydych yn eu hanfon gyda chais
privacy-collect-technical = gwybodaeth dechnegol sydd ei hangen i gadw'r wefan yn ddiogel, fel pryd y gwnaethoch fewngofnodi
privacy-why-heading = Pam rydym yn ei chasglu
privacy-why-body = Dim ond i ddelio â'ch ceisiadau, i gysylltu â chi amdanynt ac i gadw'r wefan yn ddiogel y byddwn yn defnyddio eich gwybodaeth. Y sail gyfreithiol yw ein bod yn cyflawni tasg gyhoeddus.
privacy-retention-heading = Am ba hyd rydym yn ei chadw
privacy-retention-drafts = Caiff ceisiadau rydych wedi'u dechrau ond heb eu hanfon eu dileu { $days } diwrnod ar ôl i chi eu newid ddiwethaf.
privacy-retention-requests = Caiff ceisiadau rydych wedi'u hanfon eu cadw am y cyfnod y mae eu gwasanaeth yn ei bennu ar ôl iddynt gael eu cau (pan wneir penderfyniad, neu pan fyddwch yn eu tynnu'n ôl), oherwydd bod y gyfraith yn ei gwneud yn ofynnol i ni gadw cofnodion o'n penderfyniadau. Ar ôl hynny, caiff eich atebion, eich ffeiliau, eich negeseuon a'ch manylion personol eu dileu. Dim ond y gwasanaeth, y dyddiadau a'r canlyniad sy'n aros, ar gyfer y ffigurau perfformiad rydym yn eu cyhoeddi.
privacy-retention-delete = Os byddwch yn dileu eich cyfrif, byddwn yn dileu eich proffil ar unwaith. Caiff ceisiadau rydych eisoes wedi'u hanfon eu cadw tan ddiwedd eu cyfnod, ond bydd eich enw a'ch manylion cyswllt yn cael eu tynnu oddi arnynt a bydd cod na ellir ei olrhain yn ôl atoch chi yn cael ei roi yn eu lle.
privacy-retention-service = { $service }: { $period } ar ôl iddo gael ei gau
privacy-retention-none = { $service }: nes i ni ei ddileu (nid oes cyfnod wedi'i bennu)
privacy-retention-days =
    { $count ->
        [zero] { $count } diwrnod
        [one] { $count } diwrnod
        [two] { $count } ddiwrnod
        [few] { $count } diwrnod
        [many] { $count } diwrnod
       *[other] { $count } diwrnod
    }
privacy-retention-weeks =
    { $count ->
        [zero] { $count } wythnos
        [one] { $count } wythnos
        [two] { $count } wythnos
        [few] { $count } wythnos
        [many] { $count } wythnos
       *[other] { $count } wythnos
    }
privacy-retention-months =
    { $count ->
        [zero] { $count } mis
        [one] { $count } mis
        [two] { $count } fis
        [few] { $count } mis
        [many] { $count } mis
       *[other] { $count } mis
    }
privacy-retention-years =
    { $count ->
        [zero] { $count } mlynedd
        [one] { $count } flwyddyn
        [two] { $count } flynedd
        [few] { $count } blynedd
        [many] { $count } blynedd
       *[other] { $count } mlynedd
    }
privacy-rights-heading = Eich hawliau
privacy-rights-body = Gallwch ofyn am gael gweld, cywiro neu ddileu'r wybodaeth sydd gennym amdanoch. Os oes gennych gyfrif, gallwch lawrlwytho'r cyfan ohoni neu ddileu eich cyfrif o dudalen eich proffil ar unrhyw adeg. Gallwch hefyd gwyno wrth awdurdod diogelu data eich gwlad.
privacy-logs = Nid ydym byth yn ysgrifennu eich enw, eich cyfeiriad, eich atebion na'ch cyfrinair yn ein logiau technegol.

## Cookies

cookies-title = Cwcis
cookies-heading = Cwcis
cookies-intro = Ffeiliau bach yw cwcis sy'n cael eu cadw ar eich ffôn, eich llechen neu eich cyfrifiadur pan fyddwch yn ymweld â gwefan.
cookies-essential = Dim ond cwcis sy'n hanfodol er mwyn i'r wefan hon weithio y byddwn yn eu defnyddio. Nid ydym yn defnyddio cwcis i fesur sut rydych yn defnyddio'r wefan nac i ddangos hysbysebion i chi, felly nid oes angen i ni ofyn i chi eu derbyn.
cookies-table-caption = Cwcis hanfodol rydym yn eu defnyddio
cookies-col-name = Enw
cookies-col-purpose = Diben
cookies-col-expires = Yn dod i ben
cookies-lang-purpose = Cofio'r iaith a ddewisoch
cookies-lang-expires = 1 flwyddyn
cookies-session-purpose = Eich cadw wedi mewngofnodi a diogelu'r ffurflenni rydych yn eu llenwi
cookies-session-expires = Pan fyddwch yn allgofnodi, neu ar ôl 30 munud heb weithgarwch

## Contact

contact-title = Cysylltu â ni
contact-heading = Cysylltu â ni
contact-intro = Cysylltwch â ni os oes angen help arnoch i ddefnyddio'r wefan hon, os ydych am wneud cais mewn ffordd arall, neu os oes gennych gwestiwn am gais.
contact-email-heading = E-bost
# Shown before the email address, which is a link.
contact-email-body = Anfonwch e-bost atom a byddwn yn ateb o fewn 5 diwrnod gwaith:
contact-phone-heading = Ffôn
# Shown before the phone number.
contact-phone-body = Ffoniwch ni:
contact-phone-hours = Dydd Llun i ddydd Gwener, 9am i 5pm (ac eithrio gwyliau cyhoeddus).
contact-reference = Os yw eich cwestiwn am gais rydych wedi'i anfon, rhowch wybod i ni beth yw ei gyfeirnod.
contact-other-formats = Os oes angen gwybodaeth arnoch mewn fformat neu iaith arall, rhowch wybod i ni beth sydd ei angen arnoch.
