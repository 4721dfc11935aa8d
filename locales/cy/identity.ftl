### Mewngofnodi drwy ddarparwr hunaniaeth.
### Module: src/identity/

## Sign-in pages

identity-sign-in-with = Mewngofnodi gyda { $provider }
identity-or-password = Neu mewngofnodwch gyda’ch cyfeiriad e-bost a’ch cyfrinair

## When a sign-in does not complete

identity-page-title = { $heading }
identity-cancelled-title = Wnaethoch chi ddim mewngofnodi
identity-cancelled-body = Fe wnaethoch chi roi’r gorau i fewngofnodi gyda { $provider }. Mae hynny’n iawn: gallwch fewngofnodi yn nes ymlaen.
identity-login-required-title = Mae angen i chi fewngofnodi gyda { $provider } yn gyntaf
identity-login-required-body = Mae { $provider } angen i chi fewngofnodi yno cyn y gallwch barhau.
identity-provider-error-title = Nid oedd { $provider } yn gallu eich mewngofnodi
identity-provider-error-body = Aeth rhywbeth o’i le yn { $provider }. Rhowch gynnig arall arni ymhen ychydig funudau.
identity-state-title = Mae eich mewngofnodi wedi dod i ben
identity-state-body = Cafodd y mewngofnodi hwn ei ddechrau’n rhy hir yn ôl, mewn tab neu borwr arall, neu mae wedi cael ei ddefnyddio’n barod. Dechreuwch eto.
identity-token-title = Nid oeddem yn gallu cadarnhau pwy ydych chi
identity-token-body = Ni wnaeth yr ateb gan { $provider } basio ein gwiriadau diogelwch, felly ni wnaethom eich mewngofnodi. Dechreuwch eto.
identity-down-title = Mae’n ddrwg gennym, nid yw { $provider } ar gael
identity-down-body = Ni allwn gysylltu â { $provider } ar hyn o bryd. Rhowch gynnig arall arni yn nes ymlaen.
identity-level-title = Mae angen i chi brofi pwy ydych chi i lefel uwch
identity-level-body = I barhau, mae angen i { $provider } wirio pwy ydych chi’n fwy trylwyr nag y gwnaeth.
identity-linked-elsewhere-title = Mae’r cyfrif { $provider } hwn yn perthyn i gyfrif arall yma
identity-linked-elsewhere-body = Mae’r cyfrif { $provider } y gwnaethoch fewngofnodi ag ef eisoes yn ffordd o fewngofnodi i gyfrif gwahanol ar y wefan hon, felly ni wnaethom ei ychwanegu na’ch mewngofnodi.
identity-no-staff-title = Nid oes gennych gyfrif staff
identity-no-staff-body = Fe wnaethoch fewngofnodi gyda { $provider }, ond nid oes cyfrif staff wedi’i gysylltu â chi. Gofynnwch i weinyddwr roi mynediad i chi.
identity-not-fresh-title = Mae angen i chi fewngofnodi eto
identity-not-fresh-body = I gadarnhau mai chi sydd yno, roedd yn rhaid i { $provider } ofyn i chi fewngofnodi eto nawr, ac ni wnaeth hynny. Dechreuwch eto.
identity-not-you-title = Nid dyna’r cyfrif rydych wedi mewngofnodi ag ef
identity-not-you-body = I gadarnhau mai chi sydd yno, mewngofnodwch gyda’r cyfrif { $provider } rydych eisoes yn ei ddefnyddio ar gyfer y wefan hon.
identity-nothing-lost = Mae unrhyw beth roeddech wedi’i nodi’n barod wedi cael ei gadw.
identity-back = Mynd yn ôl i ble roeddech chi
identity-try-again = Rhoi cynnig arall ar fewngofnodi gyda { $provider }

## Ways to sign in (profile)

identity-methods-link = Ffyrdd o fewngofnodi
identity-methods-title = Ffyrdd o fewngofnodi
identity-methods-heading = Ffyrdd o fewngofnodi
identity-methods-none = Rydych yn mewngofnodi gyda’ch cyfeiriad e-bost a’ch cyfrinair yn unig.
identity-linked-on = Ychwanegwyd { $date }
identity-remove = Dileu
identity-remove-last = Dyma’r unig ffordd o fewngofnodi i’ch cyfrif, felly ni ellir ei dileu.
identity-added = Mae’r ffordd newydd o fewngofnodi wedi cael ei hychwanegu.
identity-removed = Mae’r ffordd honno o fewngofnodi wedi cael ei dileu.
identity-add-heading = Ychwanegu ffordd o fewngofnodi
identity-add-legend = Pa un ydych chi am ei hychwanegu?
identity-add-password-hint = I ddiogelu eich cyfrif, rhowch eich cyfrinair yn gyntaf. Yna byddwch yn mewngofnodi gyda’r un a ddewisoch.
identity-add-confirm-hint = I ddiogelu eich cyfrif, byddwch yn mewngofnodi eto gyda { $provider } yn gyntaf i gadarnhau mai chi sydd yno. Yna byddwch yn mewngofnodi gyda’r un a ddewisoch.
identity-add-button = Parhau
identity-add-needs-password = Gallwch ychwanegu ffordd arall o fewngofnodi pan fydd gan eich cyfrif gyfrinair.
identity-error-provider = Dewiswch ffordd o fewngofnodi

## Step-up: a service that needs a higher level of assurance

identity-step-up-title = Mae angen i chi brofi pwy ydych chi i ddefnyddio’r gwasanaeth hwn
identity-step-up-body = Mae’r gwasanaeth hwn angen i chi fewngofnodi gyda ffordd sy’n gwirio pwy ydych chi’n fwy trylwyr. Ychwanegwch un o’r rhain at eich cyfrif, yna dewch yn ôl:

## Profile

profile-confirmed-provider = Cadarnhawyd ddiwethaf { $date } gan { $provider }

## Administration: which staff account signs in as whom at the staff provider (/staff/admin/identities)

admin-identities-link = Dolenni mewngofnodi staff
admin-identities-title = Dolenni mewngofnodi staff
admin-identities-heading = Dolenni mewngofnodi staff
admin-identities-intro = Cysylltwch gyfrif aelod o staff â phwy ydyn nhw yn narparwr mewngofnodi eich sefydliad. Yna byddant yn mewngofnodi yno, heb gyfrinair yma. Nid oes angen dolen ar bobl y mae eu grwpiau yn y darparwr yn rhoi rôl iddynt.
admin-identities-list = Dolenni
admin-identities-none = Nid oes unrhyw gyfrif staff wedi’i gysylltu â darparwr mewngofnodi eto.
admin-identities-provider = Darparwr mewngofnodi
admin-identities-subject = Eu dynodydd yn y darparwr
admin-identities-subject-hint = Y pwnc (sub) yn y tocynnau ID y mae’r darparwr yn eu rhoi iddynt ar gyfer y wefan hon. Yn Entra ID nid eu ID gwrthrych yw hwn: mae’n benodol i gofrestriad ap y wefan hon.
admin-identities-linked-on = Cysylltwyd
admin-identities-last-sign-in = Mewngofnodwyd ddiwethaf
admin-identities-never = Ddim eto
admin-identities-remove = Dileu’r ddolen
admin-identities-remove-whose = { $name } gyda { $provider }
admin-identities-add = Cysylltu cyfrif
admin-identities-staff = Aelod o staff
admin-identities-link-button = Cysylltu’r cyfrif
admin-identities-no-provider = Nid oes darparwr mewngofnodi i staff wedi’i osod. Mae gweithredwr yn ychwanegu un yn y ffeil darparwyr.
admin-identities-done-title = Wedi’i wneud
admin-identities-linked = Mae’r cyfrif wedi cael ei gysylltu.
admin-identities-removed = Mae’r ddolen wedi cael ei dileu, ac mae unrhyw un a fewngofnododd drwyddi wedi cael ei allgofnodi.
admin-identities-error-staff = Dewiswch aelod o staff
admin-identities-error-provider = Dewiswch ddarparwr mewngofnodi
admin-identities-error-subject = Rhowch eu dynodydd yn y darparwr, hyd at 255 nod
admin-identities-error-elsewhere = Mae’r dynodydd hwn eisoes wedi’i gysylltu â chyfrif arall
