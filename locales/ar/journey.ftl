### The journey through a service: start page, question pages, check your answers, confirmation,
### "Your applications".
### Module: src/services/journey.rs

services-title = الخدمات
services-heading = الخدمات التي يمكنك التقدّم بطلب للحصول عليها
journey-before-you-start = قبل البدء
journey-start = البدء الآن
journey-sign-in-needed = يلزم أن يكون لديك حساب لتقديم الطلب، وسيُطلب منك تسجيل الدخول أو إنشاء حساب.
journey-guest-note = يمكنك تقديم الطلب دون حساب. وفي هذه الحالة، لا يُحتفظ بإجاباتك إلا إلى أن تُغلق المتصفح أو تتوقف عن النشاط لمدة 30 دقيقة. ولحفظ طلبك والعودة إليه لاحقًا، يُرجى تسجيل الدخول.
# Above each question.
# Variables:
#   $number (Number) - the position of this question
#   $total (Number) - the most questions the application can have from here on
journey-progress = السؤال { $number } من أصل { $total } كحدٍّ أقصى
journey-continue = متابعة
journey-save-later = الحفظ والعودة لاحقًا
journey-or = أو
journey-select-prompt = يُرجى اختيار أحد الخيارات
# Arabic: dates, amounts and registration numbers are wrapped in left-to-right isolates ({ "\u2066…\u2069" }) so they keep their order.
journey-date-hint = على سبيل المثال، { "\u206627 3 2027\u2069" }
# Variables:
#   $limit (Number) - the most characters the answer can have
journey-character-limit = يمكنك إدخال ما يصل إلى { $limit } من الأحرف.
# An amount of money in check your answers.
# Variables:
#   $amount (String) - the amount with two decimals, already written with this language's decimal separator (number-decimal-separator), like 12.50 or 12,50
journey-money = { "\u2066" }£{ $amount }{ "\u2069" }
journey-not-answered = لم تُقدَّم إجابة

## "Add another" questions: one page per item, then a list of the items.

# The page title of an item's page, for example "Tell us about the other item – Item 2".
# Variables:
#   $question (String) - the question's heading
#   $item (String) - the item's name, for example "Item 2"
# l10n: same-as-english
journey-item-title = { $question } – { $item }
# One item in check your answers.
# Variables:
#   $item (String) - the item's name, for example "Item 2"
#   $values (String) - its answers, separated by dashes
# l10n: same-as-english
journey-item-line = { $item }: { $values }
# A button that removes an item from the list; a hidden part names the item for screen readers.
journey-item-remove = إزالة
# Variables:
#   $max (Number) - the most items one request can have
journey-items-full = لقد أضفت الحد الأقصى من العناصر المسموح به ({ $max }). يُرجى إزالة أحدها لإضافة عنصر آخر.
# Shown only if a list of items is somehow shown as a single question.
journey-items-elsewhere = ستضيف هذه العناصر واحدًا تلو الآخر.
answer-error-add-another = يُرجى اختيار «نعم» إذا كنت بحاجة إلى إضافة المزيد
answer-yes = نعم
answer-no = لا

journey-check-title = يُرجى التحقق من إجاباتك قبل إرسال طلبك
journey-check-heading = يُرجى التحقق من إجاباتك قبل إرسال طلبك
journey-declaration-heading = إرسال طلبك الآن
journey-submit = الموافقة والإرسال
journey-confirmation-title = اكتمل الطلب
journey-confirmation-heading = اكتمل الطلب
journey-your-reference = رقمك المرجعي
journey-confirmation-email = أرسلنا إليك رسالة تأكيد عبر البريد الإلكتروني.
journey-what-next = ما الذي سيحدث بعد ذلك

## Errors for answers. A service may name its own; these are used otherwise.

answer-error-required-text = يُرجى إدخال إجابة
answer-error-too-long = إجابتك طويلة جدًا
answer-error-required-number = يُرجى إدخال رقم
answer-error-not-number = يُرجى إدخال عدد صحيح، مثل 3
answer-error-number-range = يُرجى إدخال رقم ضمن النطاق المسموح به
answer-error-required-money = يُرجى إدخال مبلغ
answer-error-not-money = يُرجى إدخال مبلغ بالجنيه الإسترليني والبنس، مثل { "\u206612.50\u2069" }
answer-error-money-range = يُرجى إدخال مبلغ ضمن النطاق المسموح به
answer-error-required-choice = يُرجى اختيار أحد الخيارات
answer-error-required-yes-no = يُرجى اختيار «نعم» أو «لا»
answer-error-required-checkboxes = يُرجى اختيار خيار واحد على الأقل
answer-error-exclusive = يُرجى اختيار «لا شيء مما سبق» وحده، أو اختيار خيارات أخرى من دونه
date-error-missing = يُرجى إدخال تاريخ
date-error-missing-day = يجب أن يتضمن التاريخ اليوم
date-error-missing-month = يجب أن يتضمن التاريخ الشهر
date-error-missing-year = يجب أن يتضمن التاريخ السنة
date-error-real = يجب أن يكون التاريخ تاريخًا صحيحًا
date-error-past = يجب أن يكون التاريخ في الماضي
date-error-future = يجب أن يكون التاريخ في المستقبل

## Your applications

applications-title = طلباتك
applications-heading = طلباتك
applications-link = الانتقال إلى طلباتك
applications-drafts = الطلبات التي لم ترسلها بعد
applications-no-drafts = ليست لديك أي طلبات غير مكتملة.
applications-submitted = الطلبات التي أرسلتها
applications-none = لم ترسل أي طلبات بعد.
applications-saved = تم حفظ طلبك. ويمكنك العودة إليه في أي وقت من هذه الصفحة.
# Variables:
#   $date (String) - the date it was last saved, written out
applications-last-saved = آخر حفظ في { $date }
applications-continue = متابعة
applications-delete = حذف
applications-col-reference = الرقم المرجعي
applications-col-service = الخدمة
applications-col-sent = تاريخ الإرسال
applications-col-status = الحالة
applications-find-service = التقدّم بطلب للحصول على خدمة

## Request statuses, as citizens see them.

status-submitted = تم الاستلام
status-in-review = قيد المراجعة
status-waiting-for-citizen = بانتظار ردّك
status-approved = تمت الموافقة
status-rejected = لم تتم الموافقة
status-withdrawn = تم السحب
status-closed = مغلق

## Emails

# Variables:
#   $service (String) - the name of the service
email-receipt-subject = لقد استلمنا طلبك: { $service }
# Variables:
#   $service (String) - the name of the service
email-receipt-body = شكرًا لك. لقد استلمنا طلبك: { $service }.
email-receipt-reference = رقمك المرجعي هو:

## Tell us once: details the person has given before.

journey-known-intro = لدينا هذه المعلومات من ملفك الشخصي:
journey-known-question = هل لا تزال هذه المعلومات صحيحة؟
journey-known-yes = نعم، استخدام هذه المعلومات
journey-known-no = لا، أحتاج إلى تغييرها
journey-update-profile = حفظ هذه المعلومات في ملفي الشخصي أيضًا، لكي تتمكن الخدمات الأخرى من استخدامها
answer-error-required-date-choice = يُرجى اختيار أحد التواريخ

## Dates with their weekday, for example "Tuesday 24 November 2026".

# Variables:
#   $weekday (String) - the name of the day, from weekday-1 … weekday-7
#   $date (String) - the date, already written out
date-with-weekday = { $weekday }، { $date }
# Arabic: the day name is written without "يوم" and followed by an Arabic comma, as in "الثلاثاء، 24 نوفمبر 2026".
weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد

## File uploads

# Variables:
#   $megabytes (Number) - the largest file allowed, in megabytes
# Arabic: file sizes are written the Arabic way ("10 ميغابايت") and need no isolate; the format names PDF, JPG and PNG are single Latin words joined by "أو" and need none either.
file-hint-limit = يجب أن يكون الملف بصيغة PDF أو JPG أو PNG، وأن يكون حجمه أقل من { $megabytes } ميغابايت.
# Shown when a file was uploaded earlier.
# Variables:
#   $name (String) - the file's name
#   $size (String) - its size, like "2.4 MB"
file-current = لقد رفعت الملف { $name } ({ $size }). يُرجى عدم اختيار ملف آخر إلا إذا كنت تريد استبداله.
# A file's size.
# Variables:
#   $size (String) - the number, already written with this language's decimal separator
file-size-mb = { $size } ميغابايت
# Variables:
#   $size (String) - the number of kilobytes
file-size-kb = { $size } كيلوبايت
# A file in check your answers.
# Variables:
#   $name (String) - the file's name
#   $size (String) - its size, from file-size-mb or file-size-kb
# l10n: same-as-english
file-summary = { $name } ({ $size })
file-error-missing = يُرجى اختيار ملف
file-error-empty = الملف المحدَّد فارغ
file-error-too-big = يجب أن يكون حجم الملف المحدَّد أقل من 10 ميغابايت
file-error-type = يجب أن يكون الملف المحدَّد بصيغة PDF أو JPG أو PNG
file-error-scan = تعذّر قبول الملف المحدَّد. يُرجى تجربة ملف آخر
