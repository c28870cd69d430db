-- The hand-out in the citizen's language (issue 12, ADR 043). HandoutLanguage is the list of languages the
-- staff unit keeps as data (shared by every municipality, scope '*'), with the fixed strings of the
-- citizen-facing pages; OfferTranslation holds an offer's citizen-facing summary in one of them. Both get
-- scope-version triggers (ADR 019): languages as kind "languages", translations as "offerDetails".
-- The six starting languages' strings were written for this project and are short and plain; they are to be
-- read by a speaker of each language before use with citizens (ADR 043).

CREATE TYPE "TextDirection" AS ENUM ('LTR', 'RTL');

CREATE TABLE "HandoutLanguage" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nativeName" TEXT NOT NULL,
    "direction" "TextDirection" NOT NULL DEFAULT 'LTR',
    "texts" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "HandoutLanguage_pkey" PRIMARY KEY ("code")
);
ALTER TABLE "HandoutLanguage" ADD CONSTRAINT "HandoutLanguage_code_shape" CHECK ("code" ~ '^[a-z]{2}$');

CREATE TABLE "OfferTranslation" (
    "id" TEXT NOT NULL,
    "offerId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "name" TEXT,
    "shortDescription" TEXT,
    "description" TEXT,
    "eligibility" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "OfferTranslation_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "OfferTranslation_offerId_language_key" ON "OfferTranslation"("offerId", "language");
CREATE INDEX "OfferTranslation_language_idx" ON "OfferTranslation"("language");
ALTER TABLE "OfferTranslation" ADD CONSTRAINT "OfferTranslation_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "OfferTranslation" ADD CONSTRAINT "OfferTranslation_language_fkey" FOREIGN KEY ("language") REFERENCES "HandoutLanguage"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

DO $$
DECLARE
  spec text[];
  event text;
BEGIN
  FOREACH spec SLICE 1 IN ARRAY ARRAY[
    ['HandoutLanguage', 'languages', 'NULL::text'],
    ['OfferTranslation', 'offerDetails', '(SELECT o."municipalityId" FROM "Offer" o WHERE o."id" = r."offerId")']
  ] LOOP
    FOREACH event IN ARRAY ARRAY['INSERT', 'UPDATE', 'DELETE'] LOOP
      EXECUTE format(
        'CREATE TRIGGER %I AFTER %s ON %I REFERENCING %s FOR EACH STATEMENT EXECUTE FUNCTION "bump_scope_version"(%L, %L)',
        spec[1] || '_scope_version_' || lower(event), event, spec[1],
        CASE event WHEN 'INSERT' THEN 'NEW TABLE AS new_rows' WHEN 'DELETE' THEN 'OLD TABLE AS old_rows'
          ELSE 'OLD TABLE AS old_rows NEW TABLE AS new_rows' END,
        spec[2], spec[3]);
    END LOOP;
    EXECUTE format(
      'CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "bump_scope_version"(%L, %L)',
      spec[1] || '_scope_version_truncate', spec[1], spec[2], spec[3]);
  END LOOP;
END;
$$;

INSERT INTO "HandoutLanguage" ("code", "name", "nativeName", "direction", "texts", "updatedAt") VALUES
  ('en', 'Engelsk', 'English', 'LTR', '{"intro": "A health offer from the municipality", "what": "What is it?", "where": "Where?", "when": "When?", "cost": "What does it cost?", "free": "Free", "eligibility": "Who can join?", "signUp": "How to sign up", "about": "About the offer", "contact": "Contact", "phone": "Phone", "email": "E-mail", "qr": "Scan the code with your phone to read more", "partlyDanish": "Some parts are only in Danish.", "notTranslated": "This offer is not translated yet. It is shown in Danish.", "readMore": "Read more about the offer", "hello": "Hello", "privacy": "You get this message because you asked an employee to send it. The municipality has not kept your address.", "questions": "Questions? Contact", "smsIntro": "An offer from the municipality:"}'::jsonb, CURRENT_TIMESTAMP),
  ('ar', 'Arabisk', 'العربية', 'RTL', '{"intro": "عرض صحي من البلدية", "what": "ما هو؟", "where": "أين؟", "when": "متى؟", "cost": "كم التكلفة؟", "free": "مجاني", "eligibility": "من يمكنه المشاركة؟", "signUp": "كيف تسجّل", "about": "عن العرض", "contact": "التواصل", "phone": "الهاتف", "email": "البريد الإلكتروني", "qr": "امسح الرمز بهاتفك لقراءة المزيد", "partlyDanish": "بعض الأجزاء باللغة الدنماركية فقط.", "notTranslated": "هذا العرض غير مترجم بعد. يظهر باللغة الدنماركية.", "readMore": "اقرأ المزيد عن العرض", "hello": "مرحبًا", "privacy": "تصلك هذه الرسالة لأنك طلبت من موظف إرسالها. لم تحتفظ البلدية بعنوانك.", "questions": "هل لديك أسئلة؟ تواصل مع", "smsIntro": "عرض من البلدية:"}'::jsonb, CURRENT_TIMESTAMP),
  ('tr', 'Tyrkisk', 'Türkçe', 'LTR', '{"intro": "Belediyeden bir sağlık hizmeti", "what": "Nedir?", "where": "Nerede?", "when": "Ne zaman?", "cost": "Ücreti ne kadar?", "free": "Ücretsiz", "eligibility": "Kimler katılabilir?", "signUp": "Nasıl kayıt olunur?", "about": "Hizmet hakkında", "contact": "İletişim", "phone": "Telefon", "email": "E-posta", "qr": "Daha fazlasını okumak için kodu telefonunuzla tarayın", "partlyDanish": "Bazı bölümler yalnızca Danca.", "notTranslated": "Bu hizmet henüz çevrilmedi. Danca gösteriliyor.", "readMore": "Hizmet hakkında daha fazla bilgi", "hello": "Merhaba", "privacy": "Bu mesajı, bir çalışandan göndermesini istediğiniz için alıyorsunuz. Belediye adresinizi saklamadı.", "questions": "Sorunuz mu var? İletişim:", "smsIntro": "Belediyeden bir hizmet:"}'::jsonb, CURRENT_TIMESTAMP),
  ('ur', 'Urdu', 'اردو', 'RTL', '{"intro": "میونسپلٹی کی طرف سے صحت کی ایک سہولت", "what": "یہ کیا ہے؟", "where": "کہاں؟", "when": "کب؟", "cost": "اس کی قیمت کیا ہے؟", "free": "مفت", "eligibility": "کون شامل ہو سکتا ہے؟", "signUp": "رجسٹریشن کیسے کریں", "about": "سہولت کے بارے میں", "contact": "رابطہ", "phone": "فون", "email": "ای میل", "qr": "مزید پڑھنے کے لیے اپنے فون سے کوڈ اسکین کریں", "partlyDanish": "کچھ حصے صرف ڈینش زبان میں ہیں۔", "notTranslated": "اس سہولت کا ابھی ترجمہ نہیں ہوا۔ یہ ڈینش زبان میں دکھائی گئی ہے۔", "readMore": "سہولت کے بارے میں مزید پڑھیں", "hello": "السلام علیکم", "privacy": "آپ کو یہ پیغام اس لیے ملا کہ آپ نے ایک ملازم سے اسے بھیجنے کو کہا۔ میونسپلٹی نے آپ کا پتہ محفوظ نہیں کیا۔", "questions": "سوالات؟ رابطہ کریں:", "smsIntro": "میونسپلٹی کی طرف سے ایک سہولت:"}'::jsonb, CURRENT_TIMESTAMP),
  ('so', 'Somali', 'Soomaali', 'LTR', '{"intro": "Adeeg caafimaad oo ka yimid degmada", "what": "Waa maxay?", "where": "Halkee?", "when": "Goorma?", "cost": "Immisa ayuu ku kacayaa?", "free": "Bilaash", "eligibility": "Yaa ka qayb geli kara?", "signUp": "Sida loo is-diiwaan geliyo", "about": "Ku saabsan adeegga", "contact": "La xiriir", "phone": "Telefoon", "email": "E-mail", "qr": "Koodka ku sawir telefoonkaaga si aad wax badan u akhrido", "partlyDanish": "Qaybo ka mid ah waxay ku qoran yihiin af-Deenish oo keliya.", "notTranslated": "Adeeggan weli lama turjumin. Waxaa lagu muujiyey af-Deenish.", "readMore": "Wax badan ka akhri adeegga", "hello": "Salaan", "privacy": "Fariintan waxaad u heshay maxaa yeelay waxaad shaqaale ka codsatay inuu soo diro. Degmadu ma kaydin cinwaankaaga.", "questions": "Su''aalo? La xiriir", "smsIntro": "Adeeg ka yimid degmada:"}'::jsonb, CURRENT_TIMESTAMP),
  ('uk', 'Ukrainsk', 'Українська', 'LTR', '{"intro": "Послуга для здоров’я від муніципалітету", "what": "Що це?", "where": "Де?", "when": "Коли?", "cost": "Скільки це коштує?", "free": "Безкоштовно", "eligibility": "Хто може взяти участь?", "signUp": "Як записатися", "about": "Про послугу", "contact": "Контакт", "phone": "Телефон", "email": "Електронна пошта", "qr": "Відскануйте код телефоном, щоб дізнатися більше", "partlyDanish": "Деякі частини є лише данською мовою.", "notTranslated": "Цю послугу ще не перекладено. Вона показана данською мовою.", "readMore": "Докладніше про послугу", "hello": "Добрий день", "privacy": "Ви отримали це повідомлення, бо попросили працівника надіслати його. Муніципалітет не зберіг вашу адресу.", "questions": "Є питання? Зверніться до", "smsIntro": "Послуга від муніципалітету:"}'::jsonb, CURRENT_TIMESTAMP);
