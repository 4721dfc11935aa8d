### The API's staff pages: API keys (administrators) and the API reference, and how an API key
### appears on a request's timeline.

## On a request's timeline

# Variables:
#   $name (String) - the name an administrator gave the API key, e.g. "Case management"
api-actor-key = مفتاح الواجهة البرمجية “{ $name }”
# Variables:
#   $who (String) - who downloaded it: a member of staff's name, or "API key “…”"
api-event-downloaded = نزّل { $who } ملفًا

## Links from the staff dashboard

api-keys-link = إدارة مفاتيح الواجهة البرمجية
api-reference-link = قراءة مرجع الواجهة البرمجية

## API keys (administrators only)

api-keys-title = مفاتيح الواجهة البرمجية
api-keys-heading = مفاتيح الواجهة البرمجية
api-keys-intro = تستخدم الأنظمة الأخرى، مثل نظام إدارة الحالات، مفتاح واجهة برمجية لقراءة طلبات الفرق التي تختارها وتحديثها. لا يرى كل مفتاح إلا طلبات فرقه، ويُسجَّل كل ما يفعله في الجدول الزمني لكل طلب.
api-keys-list = المفاتيح
api-keys-none = لا توجد مفاتيح واجهة برمجية بعد.
api-keys-created-title = تم إنشاء المفتاح
# Variables:
#   $name (String) - the name given to the new key
api-keys-created = انسخ مفتاح “{ $name }” الآن وأعطه للنظام الذي سيستخدمه. لن يُعرض إلا هذه المرة فقط: لا يحتفظ Portico إلا ببصمة منه.
api-keys-key = المفتاح
api-keys-status = الحالة
api-keys-active = نشط
api-keys-expired = منتهي الصلاحية
api-keys-revoked = ملغى
api-keys-teams = الفرق
api-keys-access = الصلاحية
api-keys-access-read = القراءة فقط
api-keys-access-read-write = القراءة والتحديث
api-keys-created-on = تاريخ الإنشاء
api-keys-expires = ينتهي في
api-keys-last-used = آخر استخدام
api-keys-never-used = لم يُستخدم بعد
api-keys-revoke = إلغاء
api-keys-add = إنشاء مفتاح واجهة برمجية
api-keys-name = الاسم
api-keys-name-hint = اذكر النظام الذي سيستخدمه، مثل “إدارة الحالات”.
api-keys-teams-legend = طلبات أي الفرق يمكنه رؤيتها
api-keys-access-legend = ما الذي يمكنه فعله
api-keys-expiry-legend = متى يتوقف عن العمل
# Variables:
#   $days (Number) - how many days after today the key stops working
api-keys-expiry-days =
    { $days ->
        [zero] خلال { $days } يوم
        [one] خلال يوم واحد
        [two] خلال يومين
        [few] خلال { $days } أيام
        [many] خلال { $days } يومًا
       *[other] خلال { $days } يوم
    }
api-keys-add-button = إنشاء المفتاح
api-keys-error-name = أدخل اسمًا لا يزيد على 100 حرف
api-keys-error-teams = اختر فريقًا واحدًا على الأقل
api-keys-error-access = اختر ما الذي يمكن للمفتاح فعله
api-keys-error-expiry = اختر متى يتوقف المفتاح عن العمل

## The API reference (any member of staff)

api-reference-title = مرجع الواجهة البرمجية
api-reference-heading = مرجع الواجهة البرمجية
api-reference-english = كُتب هذا المرجع من وصف الواجهة البرمجية نفسها، وهو باللغة الإنجليزية.
api-reference-openapi = تنزيل مستند OpenAPI 3.1 (بصيغة JSON)
api-reference-operations = العمليات
api-reference-parameters = المعاملات
api-reference-body = المحتوى
api-reference-responses = الاستجابات
api-reference-required = إلزامي
api-reference-optional = اختياري
api-reference-schemas = المستندات
api-reference-problems = أنواع المشكلات
