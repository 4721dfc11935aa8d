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
