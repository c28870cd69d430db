import { graphql } from '../../../__generated__';
import type { HandoutLanguageFieldsFragment, OfferTranslationFieldsFragment } from '../../../__generated__/graphql';

export type HandoutLanguageData = HandoutLanguageFieldsFragment;
export type OfferTranslationData = OfferTranslationFieldsFragment;
export type HandoutTextsData = Omit<HandoutLanguageFieldsFragment['texts'], '__typename'>;

export const HANDOUT_LANGUAGE_FIELDS = graphql(`
  fragment HandoutLanguageFields on HandoutLanguage {
    code
    name
    nativeName
    direction
    version
    missingTexts
    texts {
      intro
      what
      where
      when
      cost
      free
      eligibility
      signUp
      about
      contact
      phone
      email
      qr
      partlyDanish
      notTranslated
      readMore
      hello
      privacy
      questions
      smsIntro
      courseEnded
      courseEndedShort
      courseNext
      ages
      languages
      formats
      updated
      printFooter
      regards
      formatHold
      formatIndividuel
      formatOnline
      formatTelefon
      formatDropIn
      courseEndedContact
      alert
      booking
      accessibility
      interpreter
    }
  }
`);

export const OFFER_TRANSLATION_FIELDS = graphql(`
  fragment OfferTranslationFields on OfferTranslation {
    language
    name
    shortDescription
    description
    eligibility
    version
  }
`);

export const HANDOUT_LANGUAGES_QUERY = graphql(`
  query HandoutLanguages {
    handoutLanguages {
      ...HandoutLanguageFields
    }
  }
`);

/** The worker's print sheet in a language: the summary in it and the QR code's address of the page in it. */
export const OFFER_IN_LANGUAGE_QUERY = graphql(`
  query OfferInLanguage($id: ID!, $language: String!) {
    offer(id: $id) {
      id
      publicUrl(language: $language)
      translation(language: $language) {
        ...OfferTranslationFields
      }
    }
  }
`);

/** The citizen's public page in a language. */
export const PUBLIC_OFFER_IN_LANGUAGE_QUERY = graphql(`
  query PublicOfferInLanguage($id: ID!, $language: String!) {
    publicOffer(id: $id) {
      id
      publicUrl(language: $language)
      translation(language: $language) {
        ...OfferTranslationFields
      }
    }
  }
`);

export const OFFER_TRANSLATIONS_QUERY = graphql(`
  query OfferTranslations($id: ID!) {
    offer(id: $id) {
      id
      name
      shortDescription
      description
      eligibility
      translations {
        ...OfferTranslationFields
      }
    }
    handoutLanguages {
      ...HandoutLanguageFields
    }
  }
`);

export const SAVE_OFFER_TRANSLATION_MUTATION = graphql(`
  mutation SaveOfferTranslation($offerId: ID!, $language: String!, $version: Int!, $input: OfferTranslationInput!) {
    saveOfferTranslation(offerId: $offerId, language: $language, version: $version, input: $input) {
      ...OfferTranslationFields
    }
  }
`);
