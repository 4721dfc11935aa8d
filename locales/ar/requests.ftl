### A citizen's request after sending it: status, timeline, messages, withdrawing, more information.

# Variables:
#   $reference (String) - the request's reference
request-title = الطلب { $reference }
# Variables:
#   $reference (String) - the request's reference
request-heading = الطلب { $reference }
request-back = العودة إلى طلباتك
request-status = الحالة:
# Variables:
#   $date (String) - the date we aim to decide by
request-due = نسعى إلى الانتهاء منه بحلول { $date }.
request-info-banner-title = مهم
request-info-banner = نحتاج إلى مزيد من المعلومات منك قبل أن نتمكن من المتابعة.
request-info-answer = الإجابة عن أسئلتنا
request-timeline = ما الذي حدث حتى الآن
request-event-submitted = أرسلت طلبك
# Variables:
#   $team (String) - the team's name
request-event-viewed = اطّلع فريق { $team } على الطلب
# Variables:
#   $status (String) - the new status
request-event-status = تغيّرت الحالة إلى: { $status }
# Variables:
#   $team (String) - the team's name
request-event-message = رسالة من فريق { $team }
request-event-your-message = رسالتك
request-event-info-requested = طلبنا منك مزيدًا من المعلومات
request-event-info-answered = أرسلت المعلومات التي طلبناها
request-reply-heading = إرسال رسالة إلينا
request-reply-label = رسالتك
request-reply-hint = بخصوص هذا الطلب فقط. سنردّ هنا ونُعلمك بذلك عبر البريد الإلكتروني.
request-reply-attachment = إرفاق ملف (اختياري)
request-reply-button = إرسال الرسالة
request-error-message = يُرجى إدخال رسالتك
# Variables:
#   $reference (String) - the request's reference
request-withdraw-title = سحب الطلب { $reference }
# Variables:
#   $reference (String) - the request's reference
request-withdraw-heading = هل أنت متأكد من أنك تريد سحب الطلب { $reference }؟
request-withdraw-body = سنتوقف عن العمل عليه. وإذا غيّرت رأيك، فسيلزمك تقديم طلب جديد.
request-withdraw-reason = لماذا تريد سحب الطلب؟ (اختياري)
request-withdraw-button = سحب الطلب
request-withdraw-link = سحب هذا الطلب
request-info-title = الإجابة عن أسئلتنا
request-info-heading = الإجابة عن أسئلتنا
request-info-send = إرسال إجاباتك

## Emails

# Variables:
#   $reference (String) - the request's reference
email-status-subject = تم تحديث طلبك { $reference }
# Variables:
#   $service (String) - the service's name
#   $reference (String) - the request's reference
#   $status (String) - the new status
email-status-body = أصبحت حالة طلبك { $reference } ({ $service }) الآن: { $status }.
email-status-reason = السبب الذي قدّمناه:
# Variables:
#   $reference (String) - the request's reference
email-message-subject = رسالة جديدة بشأن طلبك { $reference }
# Variables:
#   $service (String) - the service's name
#   $reference (String) - the request's reference
email-message-body = أرسلنا إليك رسالة بشأن طلبك { $reference } ({ $service }).
# Variables:
#   $reference (String) - the request's reference
email-info-subject = نحتاج إلى مزيد من المعلومات: الطلب { $reference }
# Variables:
#   $service (String) - the service's name
#   $reference (String) - the request's reference
email-info-body = نحتاج إلى مزيد من المعلومات منك بشأن طلبك { $reference } ({ $service }). وقد عبّأنا إجاباتك السابقة مسبقًا، لذا لا يلزمك إلا تغيير ما نسأل عنه.
email-request-link = للاطّلاع على طلبك والردّ عليه:
