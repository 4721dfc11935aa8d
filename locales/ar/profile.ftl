### The citizen profile ("tell us once"), downloading your data and deleting your account.
### Module: src/profile/

profile-title = ملفك الشخصي
profile-heading = ملفك الشخصي
profile-intro = تستخدم الخدمات هذه البيانات حتى لا تضطر إلى تقديمها مرة أخرى. يُرجى الحرص على إبقائها محدّثة.
profile-not-given = غير محدد
# The link at the end of each row of the profile. Screen readers hear it followed by the row's name, for example "Change name".
profile-change = تغيير
profile-save = حفظ ومتابعة
profile-saved-title = تمت العملية بنجاح
profile-saved-body = تم حفظ بياناتك.
profile-account-heading = حسابك
profile-change-password = تغيير كلمة المرور
profile-download = تنزيل بياناتك
profile-delete = حذف حسابك

# Row names in the profile. The "-lower" forms follow the word "Change" for screen readers.
profile-name = الاسم
# Arabic: Arabic has no letter case; the "-lower" forms take the definite article so that they read correctly after "تغيير".
profile-name-lower = الاسم
profile-dob = تاريخ الميلاد
profile-dob-lower = تاريخ الميلاد
profile-address = العنوان
profile-address-lower = العنوان
profile-email = عنوان البريد الإلكتروني
profile-email-lower = عنوان البريد الإلكتروني
profile-phone = رقم الهاتف
profile-phone-lower = رقم الهاتف
profile-contact = طريقة التواصل معك
profile-contact-lower = طريقة التواصل معك
profile-language = اللغة
profile-language-lower = اللغة

# Under a value: where it came from.
# Variables:
#   $date (String) - the date it was last confirmed, already written out, e.g. "21 November 2026"
profile-confirmed-profile = آخر تأكيد في { $date } من خلال هذه الصفحة
# Variables:
#   $date (String) - the date it was last confirmed, already written out
#   $service (String) - the name of the service during which it was confirmed
profile-confirmed-service = آخر تأكيد في { $date } أثناء استخدام { $service }

## Name

profile-name-title = اسمك
profile-name-heading = ما اسمك؟
field-given-names = الاسم الشخصي
field-given-names-hint = اسمك الأول وأي أسماء وسطى، كما تكتبها عادةً
field-family-name = اسم العائلة
name-error-given-missing = يُرجى إدخال اسمك الشخصي
name-error-given-too-long = يجب ألا يزيد الاسم الشخصي على 100 حرف
name-error-family-missing = يُرجى إدخال اسم عائلتك
name-error-family-too-long = يجب ألا يزيد اسم العائلة على 100 حرف

## Date of birth

profile-dob-title = تاريخ ميلادك
profile-dob-heading = ما تاريخ ميلادك؟
profile-dob-hint = على سبيل المثال، { "\u206627 3 1985\u2069" }
date-day = اليوم
date-month = الشهر
date-year = السنة
dob-error-missing = يُرجى إدخال تاريخ ميلادك
dob-error-missing-day = يجب أن يتضمن تاريخ الميلاد اليوم
dob-error-missing-month = يجب أن يتضمن تاريخ الميلاد الشهر
dob-error-missing-year = يجب أن يتضمن تاريخ الميلاد السنة
dob-error-real = يجب أن يكون تاريخ الميلاد تاريخًا صحيحًا
dob-error-year-digits = يجب أن تتكون السنة من 4 أرقام
dob-error-past = يجب أن يكون تاريخ الميلاد في الماضي
dob-error-too-old = يُرجى التحقق من سنة ميلادك

## Address

profile-address-title = عنوانك
profile-address-heading = ما عنوانك؟
field-address-line1 = سطر العنوان 1
field-address-line2 = سطر العنوان 2 (اختياري)
field-address-town = المدينة أو البلدة
field-address-postcode = الرمز البريدي
field-address-postcode-hint = لا يلزم لبعض العناوين خارج المملكة المتحدة
field-address-country = البلد
address-error-line1-missing = يُرجى إدخال سطر العنوان 1، وهو عادةً اسم المبنى والشارع
address-error-town-missing = يُرجى إدخال المدينة أو البلدة
address-error-too-long = يجب ألا يزيد كل سطر من سطور العنوان على 100 حرف
address-error-postcode-missing = يُرجى إدخال الرمز البريدي
address-error-postcode-invalid = يُرجى إدخال رمز بريدي صحيح، مثل { "\u2066CF10 1EP\u2069" }

## Phone

profile-phone-title = رقم هاتفك
profile-phone-heading = ما رقم هاتفك؟
# Arabic: numbers and postcodes are wrapped in left-to-right isolates ({ "\u2066…\u2069" }) so they keep their order.
profile-phone-hint = بالنسبة إلى الأرقام الدولية، يُرجى إضافة رمز البلد، مثل { "\u2066+44\u2069" }
phone-error-missing = يُرجى إدخال رقم الهاتف
phone-error-invalid = يُرجى إدخال رقم هاتف، مثل { "\u2066029 2000 0000\u2069" } أو { "\u2066+44 29 2000 0000\u2069" }

## How to contact you

profile-contact-title = طريقة التواصل معك
profile-contact-heading = كيف تفضّل أن نتواصل معك بشأن طلباتك؟
profile-contact-hint = سنستخدم البريد الإلكتروني دائمًا لأمور مثل روابط تسجيل الدخول.
contact-email = عبر البريد الإلكتروني
contact-phone = عبر الهاتف
contact-post = عبر البريد العادي
contact-error-missing = يُرجى اختيار طريقة التواصل معك

## Language

profile-language-title = لغتك
profile-language-heading = ما اللغة التي تريد استخدامها؟
profile-language-hint = سنستخدمها في هذا الموقع وفي رسائل البريد الإلكتروني التي نرسلها إليك.
profile-language-error = يُرجى اختيار لغة

## Delete your account

delete-title = حذف حسابك
delete-heading = حذف حسابك
delete-what = سيُحذف حسابك وملفك الشخصي على الفور، ولن تتمكن من تسجيل الدخول مرة أخرى باستخدام عنوان البريد الإلكتروني هذا إلا إذا أنشأت حسابًا جديدًا.
delete-requests = يُحتفظ بالطلبات التي سبق أن أرسلتها طوال المدة التي يقتضيها القانون، ولكن دون اسمك وبيانات الاتصال بك.
delete-privacy-link = مدة احتفاظنا بالمعلومات
delete-warning-prefix = تحذير
delete-warning = لا يمكن التراجع عن هذا الإجراء.
delete-password-label = يُرجى إدخال كلمة مرورك للتأكيد
delete-button = حذف حسابي
delete-cancel = إلغاء
deleted-title = تم حذف حسابك
deleted-heading = تم حذف حسابك
deleted-body = لقد حذفنا حسابك وملفك الشخصي.

## Dates. Month names are used inside dates, for example "21 November 2026".

# The character between whole numbers and decimals, as in "2.4".
# Arabic: the site writes numbers with Western digits ("12.50", "2.4 ميغابايت"), so the decimal separator is the full stop that goes with them, not the Arabic "٫".
# l10n: same-as-english
number-decimal-separator = .

# Variables:
#   $day (Number) - the day of the month
#   $month (String) - the name of the month, from the month-1 … month-12 messages
#   $year (String) - the year, with 4 digits
# l10n: same-as-english
date-long = { $day } { $month } { $year }
# Arabic: month names as in accessibility-prepared ("نوفمبر"), the forms most widely understood.
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
