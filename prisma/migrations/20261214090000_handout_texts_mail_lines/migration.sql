-- The hand-out in the citizen's language (issue 12 item 4, ADR 043): the e-mail's lines that stayed Danish
-- in every language get keys of their own (packages/shared/src/handoutTexts.ts): courseEndedContact (after
-- the status line of an offer whose courses have all ended: contact us to hear of a new group), the labels
-- alert (Bemærk), booking (Tilmelding) and accessibility (Tilgængelighed), and interpreter ("Der kan
-- bestilles tolk."). English, Arabic, Turkish, Urdu and Ukrainian get the ones written for them here; Somali
-- gets none (no confident translation was at hand), so it falls back to Danish, and the e-mail says that
-- parts are in Danish. A string the staff unit has already saved under one of these keys is kept (the
-- stored texts are on the right of ||), and the version is bumped so an open edit form cannot drop them.
-- Like the first strings, these are to be read by a speaker of each language before use with citizens.

UPDATE "HandoutLanguage" SET
  "texts" = v.added || "texts",
  "version" = "version" + 1,
  "updatedAt" = CURRENT_TIMESTAMP
FROM (VALUES
  ('en', '{"courseEndedContact": "Contact us to hear when there is a new group.", "alert": "Please note", "booking": "Sign up", "accessibility": "Accessibility", "interpreter": "An interpreter can be booked."}'::jsonb),
  ('ar', '{"courseEndedContact": "تواصل معنا لمعرفة موعد المجموعة الجديدة.", "alert": "ملاحظة", "booking": "التسجيل", "accessibility": "إمكانية الوصول", "interpreter": "يمكن طلب مترجم فوري."}'::jsonb),
  ('tr', '{"courseEndedContact": "Yeni grubun ne zaman başlayacağını öğrenmek için bize ulaşın.", "alert": "Not", "booking": "Kayıt", "accessibility": "Erişilebilirlik", "interpreter": "Tercüman talep edilebilir."}'::jsonb),
  ('ur', '{"courseEndedContact": "نیا گروپ کب شروع ہوگا، یہ جاننے کے لیے ہم سے رابطہ کریں۔", "alert": "نوٹ", "booking": "رجسٹریشن", "accessibility": "رسائی کی سہولت", "interpreter": "ترجمان کا انتظام کیا جا سکتا ہے۔"}'::jsonb),
  ('uk', '{"courseEndedContact": "Зв’яжіться з нами, щоб дізнатися, коли буде нова група.", "alert": "Зверніть увагу", "booking": "Реєстрація", "accessibility": "Доступність", "interpreter": "Можна замовити перекладача."}'::jsonb)
) AS v(code, added)
WHERE "HandoutLanguage"."code" = v.code;
