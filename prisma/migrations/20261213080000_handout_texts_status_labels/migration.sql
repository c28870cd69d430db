-- The hand-out in the citizen's language (issue 12, ADR 043): the strings that stayed Danish in every
-- language get keys of their own (packages/shared/src/handoutTexts.ts): the course status line, the labels
-- Alder, Sprog, Form and Senest ændret, the print sheet's footer, the e-mail's closing, and the words for
-- the format codes. Each starting language gets the ones written for it here; a key left out (Somali's
-- longer lines, where no confident translation was at hand) falls back to Danish, and the page says that
-- parts are in Danish. A string the staff unit has already saved under one of these keys is kept (the
-- stored texts are on the right of ||), and the version is bumped so an open edit form cannot drop them.
-- Like the first strings, these are to be read by a speaker of each language before use with citizens.

UPDATE "HandoutLanguage" SET
  "texts" = v.added || "texts",
  "version" = "version" + 1,
  "updatedAt" = CURRENT_TIMESTAMP
FROM (VALUES
  ('en', '{"courseEnded": "Next group not yet scheduled (the last group ended {date})", "courseEndedShort": "Next group not yet scheduled", "courseNext": "Next group starts {date}", "ages": "Age", "languages": "Languages", "formats": "Format", "updated": "Last changed", "printFooter": "Printed {date} from the catalogue of offers of Ishøj Municipality", "regards": "Kind regards", "formatHold": "In a group", "formatIndividuel": "One to one", "formatOnline": "Online", "formatTelefon": "By phone", "formatDropIn": "Drop-in (no sign-up)"}'::jsonb),
  ('ar', '{"courseEnded": "لم يُحدَّد موعد المجموعة القادمة بعد (انتهت آخر مجموعة في {date})", "courseEndedShort": "لم يُحدَّد موعد المجموعة القادمة بعد", "courseNext": "تبدأ المجموعة القادمة في {date}", "ages": "العمر", "languages": "اللغات", "formats": "طريقة المشاركة", "updated": "آخر تعديل", "printFooter": "طُبع في {date} من دليل عروض بلدية Ishøj", "regards": "مع أطيب التحيات", "formatHold": "ضمن مجموعة", "formatIndividuel": "بشكل فردي", "formatOnline": "عبر الإنترنت", "formatTelefon": "عبر الهاتف", "formatDropIn": "حضور دون تسجيل مسبق"}'::jsonb),
  ('tr', '{"courseEnded": "Sonraki grup henüz belli değil (son grup {date} tarihinde bitti)", "courseEndedShort": "Sonraki grup henüz belli değil", "courseNext": "Sonraki grup {date} tarihinde başlıyor", "ages": "Yaş", "languages": "Diller", "formats": "Katılım şekli", "updated": "Son değişiklik", "printFooter": "{date} tarihinde Ishøj Belediyesi hizmet kataloğundan yazdırıldı", "regards": "Saygılarımızla", "formatHold": "Grup halinde", "formatIndividuel": "Bireysel", "formatOnline": "Çevrimiçi", "formatTelefon": "Telefonla", "formatDropIn": "Kayıt olmadan katılım"}'::jsonb),
  ('ur', '{"courseEnded": "اگلا گروپ ابھی طے نہیں ہوا (آخری گروپ {date} کو ختم ہوا)", "courseEndedShort": "اگلا گروپ ابھی طے نہیں ہوا", "courseNext": "اگلا گروپ {date} کو شروع ہوگا", "ages": "عمر", "languages": "زبانیں", "formats": "شرکت کا طریقہ", "updated": "آخری تبدیلی", "printFooter": "{date} کو Ishøj میونسپلٹی کی سہولیات کی فہرست سے پرنٹ کیا گیا", "regards": "نیک خواہشات کے ساتھ", "formatHold": "گروپ میں", "formatIndividuel": "انفرادی طور پر", "formatOnline": "آن لائن", "formatTelefon": "فون پر", "formatDropIn": "بغیر رجسٹریشن کے"}'::jsonb),
  ('so', '{"ages": "Da''da", "languages": "Luqadaha", "regards": "Mahadsanid"}'::jsonb),
  ('uk', '{"courseEnded": "Наступну групу ще не призначено (остання група закінчилася {date})", "courseEndedShort": "Наступну групу ще не призначено", "courseNext": "Наступна група починається {date}", "ages": "Вік", "languages": "Мови", "formats": "Формат", "updated": "Востаннє змінено", "printFooter": "Надруковано {date} з каталогу послуг муніципалітету Ishøj", "regards": "З повагою", "formatHold": "У групі", "formatIndividuel": "Індивідуально", "formatOnline": "Онлайн", "formatTelefon": "Телефоном", "formatDropIn": "Без попереднього запису"}'::jsonb)
) AS v(code, added)
WHERE "HandoutLanguage"."code" = v.code;
