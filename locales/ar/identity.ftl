### تسجيل الدخول عبر مزوّد هوية.
### Module: src/identity/

## Sign-in pages

identity-sign-in-with = تسجيل الدخول باستخدام { $provider }
identity-or-password = أو سجّل الدخول بعنوان بريدك الإلكتروني وكلمة المرور

## When a sign-in does not complete

identity-page-title = { $heading }
identity-cancelled-title = لم تسجّل الدخول
identity-cancelled-body = أوقفت تسجيل الدخول باستخدام { $provider }. لا بأس بذلك: يمكنك تسجيل الدخول لاحقًا.
identity-login-required-title = عليك تسجيل الدخول إلى { $provider } أولًا
identity-login-required-body = يطلب { $provider } أن تسجّل الدخول لديه قبل أن تتمكن من المتابعة.
identity-provider-error-title = تعذّر على { $provider } تسجيل دخولك
identity-provider-error-body = حدث خطأ لدى { $provider }. حاول مرة أخرى بعد بضع دقائق.
identity-state-title = انتهت صلاحية تسجيل الدخول
identity-state-body = بدأ تسجيل الدخول هذا منذ وقت طويل، أو في علامة تبويب أو متصفح آخر، أو استُخدم من قبل. ابدأ من جديد.
identity-token-title = تعذّر علينا التحقق من هويتك
identity-token-body = لم يجتز الرد الوارد من { $provider } فحوصنا الأمنية، لذلك لم نسجّل دخولك. ابدأ من جديد.
identity-down-title = عذرًا، { $provider } غير متاح
identity-down-body = لا يمكننا الوصول إلى { $provider } حاليًا. حاول مرة أخرى لاحقًا.
identity-level-title = عليك إثبات هويتك بمستوى أعلى
identity-level-body = للمتابعة، يحتاج { $provider } إلى التحقق من هويتك بدقة أكبر مما فعل.
identity-linked-elsewhere-title = حساب { $provider } هذا يخص حسابًا آخر هنا
identity-linked-elsewhere-body = حساب { $provider } الذي سجّلت الدخول به هو بالفعل وسيلة لتسجيل الدخول إلى حساب مختلف على هذا الموقع، لذلك لم نضفه ولم نسجّل دخولك.
identity-no-staff-title = ليس لديك حساب موظف
identity-no-staff-body = سجّلت الدخول باستخدام { $provider }، لكن لا يوجد حساب موظف مرتبط بك. اطلب من أحد المسؤولين منحك الوصول.
identity-not-fresh-title = نحتاج إلى أن تسجّل الدخول مرة أخرى
identity-not-fresh-body = لتأكيد أنك أنت، كان على { $provider } أن يطلب منك تسجيل الدخول مرة أخرى الآن، ولم يفعل. ابدأ من جديد.
identity-not-you-title = هذا ليس الحساب الذي سجّلت الدخول به
identity-not-you-body = لتأكيد أنك أنت، سجّل الدخول بحساب { $provider } الذي تستخدمه بالفعل لهذا الموقع.
identity-nothing-lost = احتفظنا بكل ما أدخلته من قبل.
identity-back = العودة إلى حيث كنت
identity-try-again = حاول تسجيل الدخول باستخدام { $provider } مرة أخرى

## Ways to sign in (profile)

identity-methods-link = طرق تسجيل الدخول
identity-methods-title = طرق تسجيل الدخول
identity-methods-heading = طرق تسجيل الدخول
identity-methods-none = تسجّل الدخول بعنوان بريدك الإلكتروني وكلمة المرور فقط.
identity-linked-on = أُضيفت في { $date }
identity-remove = إزالة
identity-remove-last = هذه هي الطريقة الوحيدة لتسجيل الدخول إلى حسابك، لذلك لا يمكن إزالتها.
identity-added = أُضيفت طريقة تسجيل الدخول الجديدة.
identity-removed = أُزيلت طريقة تسجيل الدخول تلك.
identity-add-heading = إضافة طريقة لتسجيل الدخول
identity-add-legend = أيّها تريد أن تضيف؟
identity-add-password-hint = لحماية حسابك، أدخل كلمة المرور أولًا. ثم ستسجّل الدخول بالطريقة التي اخترتها.
identity-add-confirm-hint = لحماية حسابك، ستسجّل الدخول أولًا مرة أخرى باستخدام { $provider } لتأكيد أنك أنت. ثم ستسجّل الدخول بالطريقة التي اخترتها.
identity-add-button = متابعة
identity-add-needs-password = يمكنك إضافة طريقة أخرى لتسجيل الدخول بعد أن تصبح لحسابك كلمة مرور.
identity-error-provider = اختر طريقة لتسجيل الدخول

## Step-up: a service that needs a higher level of assurance

identity-step-up-title = عليك إثبات هويتك لاستخدام هذه الخدمة
identity-step-up-body = تتطلب هذه الخدمة أن تسجّل الدخول بطريقة تتحقق من هويتك بدقة أكبر. أضف إحدى هذه الطرق إلى حسابك، ثم عُد:

## Profile

profile-confirmed-provider = آخر تأكيد في { $date } من { $provider }

## Administration: which staff account signs in as whom at the staff provider (/staff/admin/identities)

admin-identities-link = روابط تسجيل دخول الموظفين
admin-identities-title = روابط تسجيل دخول الموظفين
admin-identities-heading = روابط تسجيل دخول الموظفين
admin-identities-intro = اربط حساب أحد الموظفين بهويته لدى مزوّد تسجيل الدخول في مؤسستك. بعد ذلك يسجّل الدخول هناك، دون كلمة مرور هنا. لا يحتاج إلى رابط من تمنحه مجموعاته لدى المزوّد دورًا.
admin-identities-list = الروابط
admin-identities-none = لم يُربط أي حساب موظف بمزوّد تسجيل دخول بعد.
admin-identities-provider = مزوّد تسجيل الدخول
admin-identities-subject = معرّفه لدى المزوّد
admin-identities-subject-hint = المعرّف (sub) في رموز الهوية التي يصدرها المزوّد له لهذا الموقع. في Entra ID ليس هو معرّف الكائن الخاص به: بل هو خاص بتسجيل تطبيق هذا الموقع.
admin-identities-linked-on = تاريخ الربط
admin-identities-last-sign-in = آخر تسجيل دخول
admin-identities-never = ليس بعد
admin-identities-remove = إزالة الرابط
admin-identities-remove-whose = الخاص بـ { $name } مع { $provider }
admin-identities-add = ربط حساب
admin-identities-staff = الموظف
admin-identities-link-button = ربط الحساب
admin-identities-no-provider = لم يُعدّ أي مزوّد تسجيل دخول للموظفين. يضيفه المشغّل في ملف المزوّدين.
admin-identities-done-title = تم
admin-identities-linked = تم ربط الحساب.
admin-identities-removed = أُزيل الرابط، وسُجّل خروج كل من سجّل الدخول من خلاله.
admin-identities-error-staff = اختر موظفًا
admin-identities-error-provider = اختر مزوّد تسجيل دخول
admin-identities-error-subject = أدخل معرّفه لدى المزوّد، بحد أقصى 255 حرفًا
admin-identities-error-elsewhere = هذا المعرّف مرتبط بالفعل بحساب آخر
