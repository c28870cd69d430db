-- The hand-out in the citizen's language (issue 12, ADR 043): the print sheet's footer named Ishøj in every
-- language, so an offer of another municipality was printed as Ishøj's. The footer now says "{municipality}"
-- where the name goes, and the pages put in the offer's municipality (Offer.municipalityName, i.e.
-- Municipality.name as the database spells it, "Ishøj Kommune"), so the translations drop their own word for
-- "municipality" and take the name as it is. Only a footer still equal to the string migration
-- 20261213080000_handout_texts_status_labels shipped is rewritten: one the staff unit has saved with other
-- words is kept as saved, and its version stays. A rewritten language's version is bumped, as before, so an
-- open edit form cannot save the old footer back over it. Somali has no footer of its own (Danish is used).

UPDATE "HandoutLanguage" SET
  "texts" = jsonb_set("texts", '{printFooter}', to_jsonb(v.placeholder)),
  "version" = "version" + 1,
  "updatedAt" = CURRENT_TIMESTAMP
FROM (VALUES
  ('en', 'Printed {date} from the catalogue of offers of Ishøj Municipality', 'Printed {date} from the catalogue of offers of {municipality}'),
  ('ar', 'طُبع في {date} من دليل عروض بلدية Ishøj', 'طُبع في {date} من دليل عروض {municipality}'),
  ('tr', '{date} tarihinde Ishøj Belediyesi hizmet kataloğundan yazdırıldı', '{date} tarihinde {municipality} hizmet kataloğundan yazdırıldı'),
  ('ur', '{date} کو Ishøj میونسپلٹی کی سہولیات کی فہرست سے پرنٹ کیا گیا', '{date} کو {municipality} کی سہولیات کی فہرست سے پرنٹ کیا گیا'),
  ('uk', 'Надруковано {date} з каталогу послуг муніципалітету Ishøj', 'Надруковано {date} з каталогу послуг {municipality}')
) AS v(code, shipped, placeholder)
WHERE "HandoutLanguage"."code" = v.code
  AND "HandoutLanguage"."texts" ->> 'printFooter' = v.shipped;
