### Webhooks: the admins' pages where other systems' addresses are registered to be told when
### something happens to a request, the delivery log, and the email sent when one is turned off.

## The dashboard's link

webhooks-link = إدارة خطافات الويب

## The list of endpoints and the form to add one

webhooks-title = خطافات الويب
webhooks-heading = خطافات الويب
webhooks-intro = يُعلم خطاف الويب نظامًا آخر، مثل نظام إدارة الحالات، عندما يحدث شيء لطلبات فريق ما. يرسل Portico رسالة موقّعة إلى عنوان ذلك النظام. تتضمن الرسالة الرقم المرجعي للطلب والخدمة والفريق والحالة، ولا تتضمن أي بيانات شخصية.
webhooks-none = لم يُعدّ أي خطاف ويب بعد.
webhooks-add = إضافة خطاف ويب
webhooks-team = الفريق
webhooks-url = العنوان
webhooks-url-hint = عنوان النظام المستقبِل، ويبدأ بـ https://
webhooks-events = أرسل رسالة عندما
webhooks-add-button = إضافة خطاف الويب

## What can happen to a request

webhooks-event-submitted = يُرسَل طلب
webhooks-event-status-changed = تتغير حالة طلب
webhooks-event-message-received = يرسل مقدّم الطلب رسالة
webhooks-event-information-supplied = يقدّم مقدّم الطلب المعلومات المطلوبة

## Errors in the form

webhooks-error-team = اختر فريقًا
webhooks-error-url = أدخل عنوانًا، مثل https://crm.example.org/portico
webhooks-error-url-scheme = أدخل عنوانًا يبدأ بـ https:// أو http://
webhooks-error-url-credentials = أدخل عنوانًا دون اسم مستخدم أو كلمة مرور
webhooks-error-url-private = أدخل عنوانًا على الإنترنت، لا عنوانًا داخل هذه الشبكة
webhooks-error-events = اختر حدثًا واحدًا على الأقل لإرسال رسالة عنه

## An endpoint's page

webhooks-endpoint-active = نشط
webhooks-endpoint-disabled = متوقف
# Variables:
#   $when (String) - the date and time it was turned off, already formatted
webhooks-endpoint-disabled-since = متوقف منذ { $when }. تنتظر الرسائل حتى يُشغَّل من جديد.
# Variables:
#   $url (String) - the endpoint's address
webhooks-endpoint-title = خطاف الويب { $url }
webhooks-endpoint-heading = خطاف الويب
webhooks-back = العودة إلى خطافات الويب
webhooks-secret-title = أُضيف خطاف الويب
webhooks-secret-once = هذا هو سر التوقيع. انسخه الآن إلى النظام المستقبِل: لن يُعرض مرة أخرى.
webhooks-done-title = تم
webhooks-done-resent = ستُرسل الرسالة مرة أخرى بعد لحظات.
webhooks-done-enabled = شُغّل خطاف الويب. ستُرسل الرسائل التي كانت تنتظر.
webhooks-done-disabled = أُوقف خطاف الويب. تنتظر الرسائل الجديدة حتى يُشغَّل من جديد.
webhooks-status = الحالة
webhooks-enable = تشغيل
webhooks-disable = إيقاف
webhooks-delete = حذف خطاف الويب

## Deleting a webhook: the page that asks first

# Variables:
#   $url (String) - the endpoint's address
webhooks-delete-title = حذف خطاف الويب { $url }
webhooks-delete-heading = هل أنت متأكد من أنك تريد حذف خطاف الويب هذا؟
# Variables:
#   $url (String) - the endpoint's address
webhooks-delete-body = لن تُرسل الرسائل بعد الآن إلى { $url }، وستُحذف قائمة الرسائل المرسلة إليه. لا يمكن التراجع عن ذلك.
webhooks-delete-confirm = نعم، احذف خطاف الويب هذا
webhooks-delete-cancel = لا، أبقِه

## The delivery log

webhooks-deliveries = الرسائل المرسلة
webhooks-no-deliveries = لم تُرسل أي رسائل إلى هذا العنوان بعد.
webhooks-older = رسائل أقدم
webhooks-col-event = الحدث
webhooks-col-state = الحالة
webhooks-col-attempts = المحاولات
webhooks-col-response = رمز الاستجابة
webhooks-col-next = المحاولة التالية
webhooks-col-actions = الإجراءات
webhooks-state-pending = في الانتظار
webhooks-state-retrying = فشل، وستُعاد المحاولة
webhooks-state-delivered = سُلّمت
webhooks-state-failed = فشل
webhooks-send-again = إرسال مرة أخرى
# Variables:
#   $event (String) - what happened
#   $when (String) - when the message was queued, already formatted
webhooks-send-again-which = { $event }، { $when }

## The email to the team's admins when a webhook is turned off

# Variables:
#   $team (String) - the team's id
webhooks-email-disabled-subject = أُوقف خطاف ويب لفريق { $team }
# Variables:
#   $url (String) - the endpoint's address
#   $team (String) - the team's id
webhooks-email-disabled-body = ظلت الرسائل إلى { $url } (الفريق { $team }) تفشل، لذا أوقف Portico خطاف الويب هذا. تنتظر الرسائل الجديدة حتى يُشغَّل من جديد. تحقّق من أن النظام المستقبِل يعمل، ثم شغّل خطاف الويب.
webhooks-email-disabled-link = اطّلع على رسائله وشغّله:
