import { formatDate, handoutMessages, ui } from '../../shared';
import { costText } from './costText';
import { locationText } from './locationText';
import { scheduleText } from './scheduleText';
import type { OfferPublicData } from './offerQueries';

/**
 * The facts every reader may see: how to get in, who, where, when, cost, languages, access, booking,
 * contact. `forCitizen` (the public page) speaks to the citizen ("Sådan kommer du med") and leaves out
 * the catalogue's tags (target groups, need categories), which are the staff's words.
 */
export function OfferFacts({ offer, forCitizen = false }: { offer: OfferPublicData; forCitizen?: boolean }) {
  const languages = offer.languages.map((code) => ui.offers.languageName[code] ?? code).join(', ');
  return (
    <dl className="facts facts--wide offer-facts">
      {offer.accessRoutes.length > 0 && (
        <div>
          <dt>{forCitizen ? handoutMessages.citizen.howToGetIn : ui.offers.howToGetIn}</dt>
          <dd>{offer.accessRoutes.map((route) => ui.offers.accessRoute[route] ?? route).join(', ')}</dd>
        </div>
      )}
      {offer.eligibility && (
        <div>
          <dt>{forCitizen ? handoutMessages.citizen.eligibility : ui.offers.eligibility}</dt>
          <dd>{offer.eligibility}</dd>
        </div>
      )}
      <div>
        <dt>{ui.offers.ages}</dt>
        <dd>{ui.offers.ageRange(offer.minAge, offer.maxAge)}</dd>
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
        <dt>{ui.offers.where}</dt>
        <dd>
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
        <dt>{ui.offers.when}</dt>
        <dd>
          {offer.schedules.length === 0 ? (
            ui.offers.noSchedules
          ) : (
            <ul className="plain-list">
              {offer.schedules.map((schedule) => (
                <li key={schedule.id}>{scheduleText(schedule)}</li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      <div>
        <dt>{ui.offers.cost}</dt>
        <dd>
          <span className="block">{costText(offer.costKr)}</span>
          {offer.costDescription && <span className="block muted">{offer.costDescription}</span>}
        </dd>
      </div>
      {(languages || offer.interpreter) && (
        <div>
          <dt>{ui.offers.languages}</dt>
          <dd>
            {languages}
            {offer.languageNote && `. ${offer.languageNote}`}
            {offer.interpreter && ` ${ui.offers.interpreter}`}
          </dd>
        </div>
      )}
      {offer.formats.length > 0 && (
        <div>
          <dt>{ui.offers.formats}</dt>
          <dd>{offer.formats.join(', ')}</dd>
        </div>
      )}
      {offer.accessibility && (
        <div>
          <dt>{ui.offers.accessibility}</dt>
          <dd>{offer.accessibility}</dd>
        </div>
      )}
      {offer.bookingUrl && (
        <div>
          <dt>{ui.offers.booking}</dt>
          <dd>
            <a href={offer.bookingUrl} target="_blank" rel="noreferrer">
              {ui.offers.bookingLink}
            </a>
          </dd>
        </div>
      )}
      <div>
        <dt>{ui.offers.contact}</dt>
        <dd>
          {offer.contactName && <span className="block">{offer.contactName}</span>}
          {offer.contactPhone && (
            <span className="block">
              {ui.offers.phone}: <a href={`tel:${offer.contactPhone.replace(/\s/g, '')}`}>{offer.contactPhone}</a>
            </span>
          )}
          {offer.contactEmail && (
            <span className="block">
              {ui.offers.email}: <a href={`mailto:${offer.contactEmail}`}>{offer.contactEmail}</a>
            </span>
          )}
        </dd>
      </div>
      <div>
        <dt>{ui.offers.updated('').trim()}</dt>
        <dd>{formatDate(offer.updatedAt)}</dd>
      </div>
    </dl>
  );
}
