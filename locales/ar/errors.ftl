### Error pages: page not found, server error.
### Module: src/web/errors.rs

not-found-title = لم يتم العثور على الصفحة
not-found-heading = لم يتم العثور على الصفحة
not-found-typed = إذا كتبت عنوان الصفحة بنفسك، فيُرجى التحقق من صحته.
not-found-pasted = إذا لصقت عنوان الصفحة، فيُرجى التحقق من أنك نسخت العنوان كاملًا.
not-found-home = الانتقال إلى الصفحة الرئيسية

server-error-title = عذرًا، هناك مشكلة في الخدمة
server-error-heading = عذرًا، هناك مشكلة في الخدمة
server-error-try-later = يُرجى المحاولة مرة أخرى لاحقًا.
server-error-contact = إذا استمرت المشكلة، فيُرجى التواصل معنا.

# Shown when a form was sent with a missing or old security token (for example after the session timed out),
# or from another website.
expired-title = انتهت صلاحية هذه الصفحة
expired-heading = انتهت صلاحية هذه الصفحة
expired-body = حفاظًا على أمانك، تتوقف النماذج في هذا الموقع عن العمل بعد مدة من الوقت، أو عند إرسالها من موقع إلكتروني آخر.
expired-back = يُرجى العودة إلى الصفحة التي كنت عليها، وإعادة تحميلها، ثم إرسال النموذج مرة أخرى.
too-large-title = ما أرسلته كبير جدًا
too-large-heading = ما أرسلته كبير جدًا
too-large-body = يمكن أن يصل حجم الملف المرفق إلى 10 ميغابايت، والنموذج من دون ملف أقل من ذلك بكثير. لم يُحفظ أي شيء مما أرسلته.
unavailable-title = عذرًا، الخدمة غير متاحة
unavailable-heading = عذرًا، الخدمة غير متاحة
unavailable-body = لا يمكننا الوصول إلى سجلاتنا في الوقت الحالي. يُرجى المحاولة مرة أخرى بعد بضع دقائق.
unavailable-saved = ما حفظته من قبل محفوظ.
