import { formatDate, handoutAgeRange, handoutMessages, offerFormatWords, ui } from '../../shared';
import { costText } from './costText';
import { locationText } from './locationText';
import { ScheduleItems } from './ScheduleItems';
import { languageNamesIn } from '@sundhed/shared/intlWords';
import type { OfferPublicData } from './offerQueries';
import type { HandoutLanguageData, OfferTranslationData } from './handout/handoutQueries';
import { Localized } from './handout/Localized';
import { danishIfMissing, pageTexts } from './handout/pageTexts';

/**
 * The facts every reader may see: how to get in, who, where, when, cost, languages, access, booking,
 * contact. `forCitizen` (the public page) speaks to the citizen ("Sådan kommer du med") and leaves out
 * the catalogue's tags (target groups, need categories), which are the staff's words. With a `language`
 * (the public page's `?sprog=`), the labels that language has are in it; the rest is Danish, marked so.
 */
export function OfferFacts({
  offer,
  forCitizen = false,
  language = null,
  translation = null,
}: {
  offer: OfferPublicData;
  forCitizen?: boolean;
  language?: HandoutLanguageData | null;
  translation?: OfferTranslationData | null;
}) {
  const languages = offer.languages.map((code) => ui.offers.languageName[code] ?? code).join(', ');
  // The offer's languages named in the citizen's language by the browser's locale data, where it has them all.
  const namesIn = language ? languageNamesIn(language.code, offer.languages) : null;
  const chosen = Boolean(language);
  const t = language?.texts;
  const danish = chosen ? ({ lang: 'da', dir: 'ltr' } as const) : {};
  const eligibility = translation?.eligibility ?? offer.eligibility;
  // In a language: its labels (Danish, marked so, where it lacks one), the ages in digits only, the formats
  // as its words; without one, the Danish page as before but with words for the format codes.
  const labels = pageTexts(language);
  const ages = chosen ? handoutAgeRange(offer.minAge, offer.maxAge) : null;
  const formats = offerFormatWords(offer.formats, labels, language?.missingTexts ?? []);
  return (
    <dl className="facts facts--wide offer-facts">
      {offer.accessRoutes.length > 0 && (
        <div>
          <dt>{t?.signUp ?? (forCitizen ? handoutMessages.citizen.howToGetIn : ui.offers.howToGetIn)}</dt>
          <dd {...danish}>{offer.accessRoutes.map((route) => ui.offers.accessRoute[route] ?? route).join(', ')}</dd>
        </div>
      )}
      {eligibility && (
        <div>
          <dt>{t?.eligibility ?? (forCitizen ? handoutMessages.citizen.eligibility : ui.offers.eligibility)}</dt>
          <dd>
            <Localized translated={translation?.eligibility} danish={offer.eligibility} inLanguage={chosen} />
          </dd>
        </div>
      )}
      <div>
        <dt {...danishIfMissing(language, 'ages')}>{labels.ages}</dt>
        <dd {...(ages ? { dir: 'ltr' } : danish)}>{ages ?? ui.offers.ageRange(offer.minAge, offer.maxAge)}</dd>
      </div>
      {!forCitizen && offer.targetGroups.length > 0 && (
        <div>
          <dt>{ui.offers.targetGroups}</dt>
          <dd>{offer.targetGroups.join(', ')}</dd>
        </div>
      )}
      {!forCitizen && offer.needCategories.length > 0 && (
        <div>
          <dt>{ui.offers.needCategories}</dt>
          <dd>{offer.needCategories.map((category) => category.label).join(', ')}</dd>
        </div>
      )}
      <div className="facts__full">
        <dt>{t?.where ?? ui.offers.where}</dt>
        <dd {...danish}>
          {offer.locations.length === 0 ? (
            ui.offers.noLocations
          ) : (
            <ul className="plain-list">
              {offer.locations.map((location) => (
                <li key={location.id}>
                  {locationText(location)}
                  {location.accessibility && <span className="muted"> ({location.accessibility})</span>}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      <div className="facts__full">
        <dt>{t?.when ?? ui.offers.when}</dt>
        <dd {...(offer.schedules.length === 0 ? danish : {})}>
          {offer.schedules.length === 0 ? (
            ui.offers.noSchedules
          ) : (
            <ScheduleItems schedules={offer.schedules} language={language} />
          )}
        </dd>
      </div>
      <div>
        <dt>{t?.cost ?? ui.offers.cost}</dt>
        <dd>
          <span className="block">
            {offer.costKr === null ? (
              <Localized danish={costText(null)} inLanguage={chosen} />
            ) : (
              costText(offer.costKr, t?.free)
            )}
          </span>
          {offer.costDescription && (
            <span className="block muted" {...danish}>
              {offer.costDescription}
            </span>
          )}
        </dd>
      </div>
      {(languages || offer.interpreter) && (
        <div>
          <dt {...danishIfMissing(language, 'languages')}>{labels.languages}</dt>
          {namesIn ? (
            // In the citizen's language: the languages' names as the browser writes them in it, the staff's
            // note in Danish, and the interpreter line in the language where it has one (ADR 043).
            <dd>
              {namesIn.join(', ')}
              {offer.languageNote && (
                <>
                  {'. '}
                  <span lang="da" dir="ltr">
                    {offer.languageNote}
                  </span>
                </>
              )}
              {offer.interpreter && (
                <>
                  {' '}
                  <span {...danishIfMissing(language, 'interpreter')}>
                    {language?.missingTexts.includes('interpreter') ? ui.offers.interpreter : t?.interpreter}
                  </span>
                </>
              )}
            </dd>
          ) : (
            <dd {...danish}>
              {languages}
              {offer.languageNote && `. ${offer.languageNote}`}
              {offer.interpreter && ` ${ui.offers.interpreter}`}
            </dd>
          )}
        </div>
      )}
      {offer.formats.length > 0 && (
        <div>
          <dt {...danishIfMissing(language, 'formats')}>{labels.formats}</dt>
          <dd>
            {formats.map(({ word, danish: inDanish }, i) => (
              <span key={i}>
                {i > 0 && ', '}
                {inDanish && chosen ? (
                  <span lang="da" dir="ltr">
                    {word}
                  </span>
                ) : (
                  word
                )}
              </span>
            ))}
          </dd>
        </div>
      )}
      {offer.accessibility && (
        <div {...danish}>
          <dt>{ui.offers.accessibility}</dt>
          <dd>{offer.accessibility}</dd>
        </div>
      )}
      {offer.bookingUrl && (
        <div {...danish}>
          <dt>{ui.offers.booking}</dt>
          <dd>
            <a href={offer.bookingUrl} target="_blank" rel="noreferrer">
              {ui.offers.bookingLink}
            </a>
          </dd>
        </div>
      )}
      <div>
        <dt>{t?.contact ?? ui.offers.contact}</dt>
        <dd>
          {offer.contactName && <span className="block">{offer.contactName}</span>}
          {offer.contactPhone && (
            <span className="block">
              {t?.phone ?? ui.offers.phone}:{' '}
              <a dir="ltr" href={`tel:${offer.contactPhone.replace(/\s/g, '')}`}>
                {offer.contactPhone}
              </a>
            </span>
          )}
          {offer.contactEmail && (
            <span className="block">
              {t?.email ?? ui.offers.email}:{' '}
              <a dir="ltr" href={`mailto:${offer.contactEmail}`}>
                {offer.contactEmail}
              </a>
            </span>
          )}
        </dd>
      </div>
      <div>
        <dt {...danishIfMissing(language, 'updated')}>{labels.updated}</dt>
        <dd dir={chosen ? 'ltr' : undefined}>{formatDate(offer.updatedAt)}</dd>
      </div>
    </dl>
  );
}
