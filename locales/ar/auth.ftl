### Accounts: create an account, sign in and out, passwords, email addresses, staff sign-in.
### Module: src/auth/

## Fields

field-email = عنوان البريد الإلكتروني
field-new-email = عنوان البريد الإلكتروني الجديد
field-password = كلمة المرور
field-new-password = إنشاء كلمة مرور
field-current-password = كلمة المرور الحالية
password-rules-hint = يُرجى استخدام 10 أحرف أو أكثر. فبضع كلمات لا علاقة بينها تشكّل كلمة مرور قوية يسهل تذكّرها.

## Errors

email-error-missing = يُرجى إدخال عنوان بريدك الإلكتروني
email-error-invalid = يُرجى إدخال عنوان بريد إلكتروني بالتنسيق الصحيح، مثل name@example.com
password-error-missing = يُرجى إدخال كلمة مرورك
password-error-too-short = يجب أن تتكون كلمة مرورك من 10 أحرف أو أكثر
password-error-too-long = يجب ألا تزيد كلمة مرورك على 256 حرفًا
password-error-common = كلمة المرور هذه شائعة جدًا ويسهل تخمينها. يُرجى اختيار كلمة مرور مختلفة
password-error-same-as-email = يجب ألا تكون كلمة مرورك هي نفسها عنوان بريدك الإلكتروني
password-error-current-wrong = كلمة المرور الحالية غير صحيحة
sign-in-error-wrong = يُرجى إدخال عنوان البريد الإلكتروني وكلمة المرور الخاصين بحسابك. فالبيانات المُدخلة لا تطابق أي حساب
# Shown after 5 failed attempts within 15 minutes for the same account or from the same device.
sign-in-error-throttled = لقد حاولت تسجيل الدخول مرات كثيرة جدًا. يُرجى الانتظار 15 دقيقة ثم المحاولة مرة أخرى، أو إعادة تعيين كلمة مرورك

## Create an account

create-title = إنشاء حساب
create-heading = إنشاء حساب
create-intro = يتيح لك الحساب حفظ طلباتك، ومتابعة سير معالجتها، والاحتفاظ ببياناتك في مكان واحد.
create-email-hint = سنرسل إليك رابطًا لتأكيده.
create-button = إنشاء الحساب
create-have-account = هل لديك حساب بالفعل؟

## Check your email

check-email-title = يُرجى التحقق من بريدك الإلكتروني
check-email-heading = يُرجى التحقق من بريدك الإلكتروني
check-email-body = إذا كان من الممكن استخدام العنوان الذي قدّمته، فقد أرسلنا إليه رسالة بريد إلكتروني. يُرجى فتح الرابط الوارد في الرسالة للمتابعة.
check-email-expiry = تبقى روابط تأكيد عنوان البريد الإلكتروني صالحة لمدة 24 ساعة، وتبقى روابط إعادة تعيين كلمة المرور صالحة لمدة ساعة واحدة.
check-email-spam = إذا لم تجد الرسالة، فيُرجى البحث عنها في مجلد الرسائل غير المرغوب فيها أو البريد العشوائي.

## Email confirmed

verified-title = تم تأكيد عنوان البريد الإلكتروني
verified-heading = تم تأكيد عنوان البريد الإلكتروني
verified-body = يمكنك الآن تسجيل الدخول إلى حسابك.

## Links that no longer work

link-expired-title = انتهت صلاحية هذا الرابط
link-expired-heading = انتهت صلاحية هذا الرابط
link-expired-body = لا يمكن استخدام الروابط الواردة في رسائلنا الإلكترونية إلا مرة واحدة، ولمدة محدودة فقط. يمكنك تسجيل الدخول، أو طلب رابط جديد لإعادة تعيين كلمة مرورك.

## Sign in

sign-in-title = تسجيل الدخول
sign-in-heading = تسجيل الدخول إلى حسابك
sign-in-button = تسجيل الدخول
sign-in-link = تسجيل الدخول
sign-in-forgot = نسيتُ كلمة المرور
sign-in-no-account-heading = إذا لم يكن لديك حساب
sign-in-create = إنشاء حساب

## Signed out

signed-out-title = لقد سجّلت الخروج
signed-out-heading = لقد سجّلت الخروج
signed-out-body = شكرًا لك. إذا كنت تستخدم حاسوبًا مشتركًا، فيُرجى إغلاق نافذة المتصفح.
password-reset-done-title = تم تغيير كلمة مرورك
password-reset-done-heading = تم تغيير كلمة مرورك
password-reset-done-body = يُرجى تسجيل الدخول باستخدام كلمة مرورك الجديدة.

## Forgotten password

forgot-title = إعادة تعيين كلمة المرور
forgot-heading = إعادة تعيين كلمة المرور
forgot-intro = يُرجى إدخال عنوان البريد الإلكتروني لحسابك، وسنرسل إليه رابطًا لاختيار كلمة مرور جديدة.
forgot-button = إرسال الرابط
reset-title = اختيار كلمة مرور جديدة
reset-heading = اختيار كلمة مرور جديدة
reset-button = حفظ كلمة المرور

## Change password and email

change-password-title = تغيير كلمة المرور
change-password-heading = تغيير كلمة المرور
change-password-button = تغيير كلمة المرور
change-email-title = تغيير عنوان بريدك الإلكتروني
change-email-heading = تغيير عنوان بريدك الإلكتروني
change-email-intro = سنرسل رابطًا إلى العنوان الجديد، ولن يتغير عنوان بريدك الإلكتروني إلا عند فتح هذا الرابط.
change-email-button = إرسال الرابط
change-email-confirm-intro = تسجّل الدخول إلى هذا الموقع من خلال خدمة أخرى، لذلك لا توجد كلمة مرور لحسابك. لتغيير عنوان بريدك الإلكتروني، أكّد أولًا أنك أنت بتسجيل الدخول هناك مرة أخرى.
change-email-confirm-button = أكّد أنك أنت
change-email-error-confirm = أكّد أنك أنت مرة أخرى قبل تغيير عنوان بريدك الإلكتروني

## Emails. Plain text; a link, when there is one, is placed on its own line after the first paragraph.

# l10n: same-as-english
email-signature = { -portico }
email-ignore = إذا لم تطلب ذلك، يمكنك تجاهل هذه الرسالة.
email-not-you = إذا لم تكن أنت من قام بذلك، فيُرجى إعادة تعيين كلمة مرورك فورًا والتواصل معنا.
email-verify-subject = تأكيد عنوان بريدك الإلكتروني
email-verify-body = يُرجى فتح هذا الرابط لتأكيد عنوان بريدك الإلكتروني وإكمال إنشاء حسابك:
email-verify-expiry = يبقى الرابط صالحًا لمدة 24 ساعة، ولا يمكن استخدامه إلا مرة واحدة.
email-exists-subject = لديك حساب بالفعل
email-exists-body = حاول شخص ما إنشاء حساب باستخدام عنوان البريد الإلكتروني هذا، أو تغيير حساب ليستخدم هذا العنوان. لديك حساب بالفعل، ويمكنك تسجيل الدخول من هنا:
email-exists-reset = إذا نسيت كلمة مرورك، يمكنك إعادة تعيينها من صفحة تسجيل الدخول.
email-reset-subject = إعادة تعيين كلمة المرور
email-reset-body = يُرجى فتح هذا الرابط لاختيار كلمة مرور جديدة:
email-reset-expiry = يبقى الرابط صالحًا لمدة ساعة واحدة، ولا يمكن استخدامه إلا مرة واحدة.
email-password-changed-subject = تم تغيير كلمة مرورك
email-password-changed-body = تم تغيير كلمة مرور حسابك.
email-change-subject = تأكيد عنوان بريدك الإلكتروني الجديد
email-change-body = يُرجى فتح هذا الرابط لاستخدام عنوان البريد الإلكتروني هذا في حسابك:
email-changed-subject = تم تغيير عنوان بريدك الإلكتروني
email-changed-body = يستخدم حسابك الآن عنوان بريد إلكتروني مختلفًا، ولن نرسل بعد الآن أي رسائل إلى هذا العنوان.
email-staff-invite-subject = حساب الموظف الخاص بك
email-staff-invite-body = أُنشئ لك حساب موظف. يُرجى فتح هذا الرابط لاختيار كلمة مرورك:
email-staff-invite-expiry = يبقى الرابط صالحًا لمدة 72 ساعة، ولا يمكن استخدامه إلا مرة واحدة.

## Staff

staff-caption = الموظفون
staff-sign-in-title = تسجيل دخول الموظفين
staff-sign-in-heading = تسجيل الدخول إلى منطقة الموظفين
staff-sign-in-help = إذا لم تتمكن من تسجيل الدخول، فيُرجى طلب المساعدة من أحد المسؤولين.
staff-signed-out-title = لقد سجّلت الخروج من منطقة الموظفين
staff-home-title = منطقة الموظفين
staff-home-heading = منطقة الموظفين
staff-name = الاسم
staff-role = الدور
staff-role-caseworker = موظف معالجة الحالات
staff-role-admin = مسؤول
staff-role-designer = مصمم الخدمات
staff-role-translator = مترجم
staff-set-password-title = اختيار كلمة مرورك
staff-set-password-heading = اختيار كلمة مرورك
timed-out-title = تم تسجيل خروجك
timed-out-heading = تم تسجيل خروجك
timed-out-body = سجّلنا خروجك لعدم وجود أي نشاط لمدة 30 دقيقة، ويُحتفظ بكل ما كنت قد حفظته. يُرجى تسجيل الدخول للمتابعة.
