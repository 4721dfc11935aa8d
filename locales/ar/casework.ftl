### The staff side: dashboard, queue, a request's page and its actions, and administration.

## Dashboard

# Variables:
#   $name (String) - the signed-in member of staff's name
casework-signed-in-as = تم تسجيل دخولك باسم { $name }
casework-overdue = متأخرة عن موعدها
casework-due-soon = مستحقة خلال أيام العمل الثلاثة القادمة
casework-my-requests = الطلبات المُسندة إليّ
casework-by-service = الطلبات حسب الخدمة والحالة
casework-queue-link = الانتقال إلى قائمة الطلبات
admin-heading = الإدارة
admin-staff-link = إدارة الموظفين
admin-teams-link = إدارة الفرق والخدمات

## The queue

casework-queue-title = الطلبات
casework-queue-heading = الطلبات
casework-queue-caption = الطلبات المطابقة لعوامل التصفية
casework-queue-empty = لا توجد طلبات مطابقة لعوامل التصفية هذه.
casework-filter-search = الرقم المرجعي أو اسم مقدّم الطلب
# Arabic: the reference and the date are wrapped in left-to-right isolates ({ "\u2066…\u2069" }) so they keep their order.
casework-filter-search-hint = على سبيل المثال، { "\u20667KXM4PQR\u2069" } أو حداد
casework-filter-any = الكل
casework-filter-anyone = أي شخص
casework-filter-me = أنا
casework-filter-from = أُرسلت في هذا التاريخ أو بعده
casework-filter-to = أُرسلت في هذا التاريخ أو قبله
casework-filter-date-hint = على سبيل المثال، { "\u20662026-11-21\u2069" }
casework-filter-apply = تطبيق عوامل التصفية
casework-sort = الترتيب
casework-sort-newest = الأحدث أولًا
casework-sort-oldest = الأقدم أولًا
casework-sort-due = الأقرب موعدًا أولًا
casework-counts = الطلبات حسب الحالة
# One status and how many requests have it, as a link.
# Variables:
#   $status (String) - the status
#   $count (Number) - how many requests
# l10n: same-as-english
casework-count = { $status }: { $count }
casework-export = تنزيل هذه الطلبات في جدول بيانات ({ "\u2066CSV\u2069" })
casework-col-select = تحديد
casework-col-applicant = مقدّم الطلب
casework-col-assignee = مُسنَد إلى
casework-col-due = الموعد النهائي
casework-col-team = الفريق
casework-unassigned = غير مُسنَد
casework-overdue-tag = متأخر
casework-due-soon-tag = يستحق قريبًا
# The hidden label of a row's checkbox.
# Variables:
#   $reference (String) - the request's reference
casework-select-request = تحديد الطلب { $reference }
casework-bulk-assign = إسناد الطلبات المحدَّدة إلى
casework-bulk-assign-button = إسناد الطلبات المحدَّدة
# Arabic: the option completes "إسناد … إلى", so "نفسي" (myself).
casework-assign-me = نفسي
casework-unassign = لا أحد (إلغاء الإسناد)
casework-pagination = المزيد من الطلبات
casework-next-page = الصفحة التالية

## A request

# Variables:
#   $reference (String) - the request's reference
casework-request-title = الطلب { $reference }
# Variables:
#   $reference (String) - the request's reference
casework-request-heading = الطلب { $reference }
casework-back-to-queue = العودة إلى الطلبات
casework-clock-paused = احتساب المدة متوقف مؤقتًا بانتظار ردّ مقدّم الطلب
casework-answers = الإجابات
# Variables:
#   $name (String) - the file's name
casework-download = تنزيل { $name }
casework-profile-snapshot = بيانات من الملف الشخصي لمقدّم الطلب
casework-profile-snapshot-hint = كما كانت عند إرسال الطلب.
casework-timeline = سجل الطلب
casework-event-retention-erased = مُحيت الإجابات والملفات والرسائل والبيانات الشخصية: انتهت مدة الاحتفاظ
casework-audit-export = تنزيل سجل التدقيق مع إثباته (JSON)
casework-audit-export-hint = كل حدث أعلاه وسلسلة التجزئة الخاصة به ونقطة التحقق الموقَّعة التي تغطيه. يمكن لأي شخص التحقق منه دون Portico، كما يشرح docs/audit.md.
casework-internal = داخلي
casework-actions = الإجراءات
casework-assign = إسناد إلى
casework-assign-button = إسناد
casework-change-status = تغيير الحالة
casework-change-status-button = تغيير الحالة
casework-reason = السبب
casework-reason-hint = مطلوب عند اتخاذ قرار، وسيطّلع عليه مقدّم الطلب.
casework-ask = طلب مزيد من المعلومات من مقدّم الطلب
casework-ask-hint = يُرجى تحديد الأسئلة التي يجب على مقدّم الطلب الإجابة عنها مرة أخرى، وستكون إجاباته السابقة معبّأة مسبقًا.
casework-ask-message = ما الذي تحتاج إليه من مقدّم الطلب؟
casework-ask-button = إرسال طلب المعلومات
casework-message = رسالة إلى مقدّم الطلب
casework-message-hint = سيطّلع عليها في صفحة طلبه، وستصله رسالة بريد إلكتروني.
casework-message-button = إرسال الرسالة
casework-note = ملاحظة داخلية
casework-note-hint = لا يطّلع على الملاحظات إلا الموظفون.
casework-note-button = إضافة الملاحظة
casework-error-not-allowed = لا يمكن إجراء هذا التغيير من الحالة الحالية للطلب
casework-error-reason = يُرجى إدخال سبب القرار
casework-error-status = يُرجى اختيار الحالة الجديدة
casework-error-questions = يُرجى تحديد سؤال واحد على الأقل لطرحه مرة أخرى
casework-error-message = يُرجى إدخال رسالة
casework-error-note = يُرجى إدخال ملاحظة
casework-error-assignee = يُرجى اختيار شخص يعمل على طلبات هذا الفريق

## The timeline

# When something happened.
# Variables:
#   $date (String) - the date, written out
#   $time (String) - the time, like 14:05
casework-event-when = { $date }، الساعة { $time }
casework-actor-citizen = مقدّم الطلب
# l10n: same-as-english
casework-actor-system = { -portico }
casework-event-submitted = تم إرسال الطلب
# Variables:
#   $who (String) - the member of staff
# Arabic: the headings use the passive with "من قِبل", so that no verb has to agree with the person's gender.
casework-event-viewed = تم الاطّلاع على الطلب من قِبل { $who }
# Variables:
#   $who (String) - the member of staff who assigned it
#   $to (String) - the member of staff it was assigned to
casework-event-assigned = تم إسناد الطلب إلى { $to } من قِبل { $who }
# Variables:
#   $who (String) - the member of staff
casework-event-unassigned = تم إلغاء إسناد الطلب من قِبل { $who }
# Variables:
#   $who (String) - who changed it
#   $status (String) - the new status
casework-event-status = تم تغيير الحالة إلى «{ $status }» من قِبل { $who }
# Variables:
#   $who (String) - the member of staff
casework-event-note = ملاحظة من { $who }
# Variables:
#   $who (String) - who wrote it
casework-event-message = رسالة من { $who }
# Variables:
#   $who (String) - the member of staff
casework-event-info-requested = تم طلب مزيد من المعلومات من قِبل { $who }
casework-event-info-answered = أجاب مقدّم الطلب عن الأسئلة مرة أخرى
# One changed answer.
# Variables:
#   $question (String) - the question
#   $old (String) - the earlier answer
#   $new (String) - the new answer
# Arabic: the arrow points left, the direction in which Arabic is read, from the earlier answer to the new one.
casework-event-change = { $question }: { $old } ← { $new }

## Administration

admin-staff-title = إدارة الموظفين
admin-staff-heading = الموظفون
admin-staff-active = الحساب نشط
admin-staff-disabled = الحساب معطَّل: لا يمكن تسجيل الدخول أو فتح الطلبات
# Variables:
#   $name (String) - the member of staff's name
admin-staff-teams = فرق عمل { $name }
admin-save = حفظ
admin-staff-disable = تعطيل
admin-staff-enable = تفعيل
admin-staff-add = إضافة موظف
admin-staff-add-hint = سنرسل إلى الموظف رسالة بريد إلكتروني تتضمن رابطًا لتعيين كلمة المرور، ويبقى الرابط صالحًا لمدة 72 ساعة.
admin-staff-add-button = إضافة الموظف
admin-error-name = يُرجى إدخال اسم الموظف
admin-error-staff-exists = يوجد بالفعل موظف يستخدم عنوان البريد الإلكتروني هذا
admin-teams-title = إدارة الفرق والخدمات
admin-teams-heading = الفرق
admin-teams-services = الفريق المسؤول عن كل خدمة
admin-teams-services-hint = تُحال الطلبات الجديدة لأي خدمة إلى الفريق المسؤول عنها، وتبقى الطلبات المُرسلة سابقًا لدى فريقها.
admin-teams-add = إضافة فريق
admin-teams-name = اسم الفريق
admin-teams-add-button = إضافة الفريق
admin-error-team-name = يُرجى إدخال اسم للفريق لا يزيد على 60 حرفًا
