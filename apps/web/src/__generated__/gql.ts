/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AuthConfig {\n    authConfig {\n      demoMode\n      demoAccounts {\n        role\n        email\n        label\n      }\n    }\n  }\n": typeof types.AuthConfigDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...ViewerFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignInDemo($role: Role!) {\n    signInDemo(role: $role) {\n      ...ViewerFields\n    }\n  }\n": typeof types.SignInDemoDocument,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    email\n    name\n    role\n    municipality {\n      id\n      name\n    }\n    cluster {\n      id\n      name\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query BusinessCaseExamples {\n    businessCaseExamples {\n      id\n      name\n      description\n      scenario\n    }\n  }\n": typeof types.BusinessCaseExamplesDocument,
    "\n  query BusinessCase($scenario: JSON!) {\n    businessCase(scenario: $scenario) {\n      pvGains\n      pvCosts\n      npv\n      bcr\n      netRoi\n      successes\n      payback {\n        undiscounted\n        discounted\n      }\n      breakEven {\n        successes\n        netSuccessRate\n        grossSuccessRate\n      }\n      byBearer {\n        bearer\n        pvGains\n        pvCosts\n        npv\n        shareOfGains\n      }\n      years {\n        year\n        gains\n        costs\n        net\n        discountedNet\n        cumulativeNet\n        cumulativeDiscountedNet\n      }\n      tornado {\n        parameter\n        low\n        high\n        npvLow\n        npvHigh\n        swing\n      }\n      monteCarlo {\n        draws\n        seed\n        mean\n        probabilityPositive\n        percentiles {\n          p5\n          p10\n          p25\n          p50\n          p75\n          p90\n          p95\n        }\n      }\n      defaultsApplied\n    }\n  }\n": typeof types.BusinessCaseDocument,
    "\n  query CofinancingRateSets {\n    cofinancingRateSets {\n      id\n      regime\n      year\n      source\n      note\n      rules {\n        sector\n        contactType\n        ageGroup\n        share\n        cap\n        capUnit\n        shareStatus\n        capStatus\n        source\n        note\n      }\n    }\n  }\n": typeof types.CofinancingRateSetsDocument,
    "\n  fragment CofinancingResultFields on CofinancingResult {\n    rateSetId\n    regime\n    shadow\n    total\n    contacts\n    byAgeGroup {\n      key\n      amount\n    }\n    bySector {\n      key\n      amount\n    }\n    byContactType {\n      key\n      amount\n    }\n    separateLedger {\n      total\n    }\n    excludedContacts\n    paid {\n      total\n    }\n    approximateRules\n  }\n": typeof types.CofinancingResultFieldsFragmentDoc,
    "\n  query CofinancingSimulation($ratesId: ID!, $compareRatesId: ID, $activityCsv: String!) {\n    cofinancingSimulation(ratesId: $ratesId, compareRatesId: $compareRatesId, activityCsv: $activityCsv) {\n      rows\n      base {\n        ...CofinancingResultFields\n      }\n      compare {\n        ...CofinancingResultFields\n      }\n      difference {\n        total\n        byAgeGroup {\n          key\n          amount\n        }\n        bySector {\n          key\n          amount\n        }\n        byContactType {\n          key\n          amount\n        }\n      }\n    }\n  }\n": typeof types.CofinancingSimulationDocument,
    "\n  query Clusters {\n    clusters {\n      id\n      name\n      kind\n      region {\n        id\n        name\n      }\n      members {\n        id\n        kind\n        name\n        role\n        representedBy\n        source {\n          ...SourceFields\n        }\n      }\n      meetings {\n        id\n        date\n        title\n        place\n        agendaItems {\n          id\n          number\n          title\n          recommendation\n          decision\n          source {\n            ...SourceFields\n          }\n        }\n        source {\n          ...SourceFields\n        }\n      }\n      grants {\n        ...GrantFields\n      }\n      source {\n        ...SourceFields\n      }\n    }\n  }\n": typeof types.ClustersDocument,
    "\n  query ReviewQueue($months: Int!) {\n    reviewQueue(months: $months) {\n      ownerUnit {\n        id\n        name\n      }\n      offers {\n        id\n        name\n        assuredAt\n        version\n      }\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  query OpenOfferReports {\n    offerReports(status: OPEN) {\n      id\n      message\n      createdAt\n      status\n      reportedByName\n      version\n      offer {\n        id\n        name\n      }\n    }\n  }\n": typeof types.OpenOfferReportsDocument,
    "\n  mutation ResolveOfferReport($id: ID!, $version: Int!, $resolution: String) {\n    resolveOfferReport(id: $id, version: $version, resolution: $resolution) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ResolveOfferReportDocument,
    "\n  mutation ImportOffersCsv($csv: String!) {\n    importOffersCsv(csv: $csv) {\n      imported\n      created\n      updated\n      errors {\n        line\n        column\n        message\n      }\n    }\n  }\n": typeof types.ImportOffersCsvDocument,
    "\n  query SearchSynonyms {\n    searchSynonyms\n    searchSynonymsVersion\n  }\n": typeof types.SearchSynonymsDocument,
    "\n  mutation UpdateSearchSynonyms($version: Int!, $groups: [[String!]!]!) {\n    updateSearchSynonyms(version: $version, groups: $groups)\n  }\n": typeof types.UpdateSearchSynonymsDocument,
    "\n  mutation CreateOffer($input: OfferInput!) {\n    createOffer(input: $input) {\n      ...OfferDetailFields\n    }\n  }\n": typeof types.CreateOfferDocument,
    "\n  mutation UpdateOffer($id: ID!, $version: Int!, $input: OfferInput!) {\n    updateOffer(id: $id, version: $version, input: $input) {\n      ...OfferDetailFields\n    }\n  }\n": typeof types.UpdateOfferDocument,
    "\n  mutation SendOfferToCitizen($offerId: ID!, $email: String!) {\n    sendOfferToCitizen(offerId: $offerId, email: $email) {\n      sent\n      via\n      sendCount\n    }\n  }\n": typeof types.SendOfferToCitizenDocument,
    "\n  mutation ReportOfferError($offerId: ID!, $message: String!) {\n    reportOfferError(offerId: $offerId, message: $message) {\n      id\n      status\n    }\n  }\n": typeof types.ReportOfferErrorDocument,
    "\n  mutation SetOfferStatus($id: ID!, $version: Int!, $status: OfferStatus!, $alert: String) {\n    setOfferStatus(id: $id, version: $version, status: $status, alert: $alert) {\n      ...OfferDetailFields\n    }\n  }\n": typeof types.SetOfferStatusDocument,
    "\n  mutation AssureOffers($ids: [ID!]!, $versions: [Int!]!) {\n    assureOffers(ids: $ids, versions: $versions) {\n      id\n      assuredAt\n      assuredByName\n      version\n    }\n  }\n": typeof types.AssureOffersDocument,
    "\n  fragment OfferPublicFields on Offer {\n    ...OfferSummaryFields\n    description\n    contactName\n    contactEmail\n    contactPhone\n    accessRoutes\n    eligibility\n    targetGroups\n    needCategories {\n      code\n      label\n      system\n      definition\n    }\n    costDescription\n    languages\n    languageNote\n    interpreter\n    accessibility\n    bookingUrl\n    formats\n    assuredAt\n    updatedAt\n  }\n": typeof types.OfferPublicFieldsFragmentDoc,
    "\n  fragment OfferDetailFields on Offer {\n    ...OfferPublicFields\n    professionalPhone\n    intakeNotes\n    tellCitizen\n    assuredByName\n    sendCount\n    version\n    ownerUnit {\n      id\n      name\n    }\n    changes {\n      id\n      changedAt\n      userName\n      action\n      field\n      oldValue\n      newValue\n    }\n    source {\n      ...SourceFields\n    }\n  }\n": typeof types.OfferDetailFieldsFragmentDoc,
    "\n  query Offer($id: ID!) {\n    offer(id: $id) {\n      ...OfferDetailFields\n    }\n  }\n": typeof types.OfferDocument,
    "\n  query PublicOffer($id: ID!) {\n    publicOffer(id: $id) {\n      ...OfferPublicFields\n    }\n  }\n": typeof types.PublicOfferDocument,
    "\n  query Outbox {\n    outbox {\n      id\n      sentAt\n      to\n      subject\n      body\n      offerId\n    }\n  }\n": typeof types.OutboxDocument,
    "\n  query OfflineCatalogue($input: OfferSearchInput!) {\n    searchOffers(input: $input) {\n      total\n      hits {\n        offer {\n          ...OfferSummaryFields\n          needCategories {\n            code\n            label\n          }\n          targetGroups\n          languages\n          formats\n        }\n      }\n    }\n  }\n": typeof types.OfflineCatalogueDocument,
    "\n  fragment OfferSummaryFields on Offer {\n    id\n    name\n    shortDescription\n    status\n    alert\n    minAge\n    maxAge\n    costKr\n    isDemoData\n    coursesEnded\n    lastCourseDay\n    locations {\n      id\n      name\n      address\n      postalCode\n      city\n      accessibility\n    }\n    schedules {\n      id\n      kind\n      weekday\n      opensAt\n      closesAt\n      validFrom\n      validTo\n      description\n      locationName\n    }\n  }\n": typeof types.OfferSummaryFieldsFragmentDoc,
    "\n  query SearchOffers($input: OfferSearchInput!) {\n    searchOffers(input: $input) {\n      total\n      suggestions\n      hits {\n        score\n        reasons\n        offer {\n          ...OfferSummaryFields\n        }\n      }\n      withoutFilters {\n        score\n        reasons\n        offer {\n          ...OfferSummaryFields\n        }\n      }\n    }\n  }\n": typeof types.SearchOffersDocument,
    "\n  query NeedCategories {\n    needCategories {\n      code\n      label\n      system\n      definition\n    }\n  }\n": typeof types.NeedCategoriesDocument,
    "\n  query Bodies {\n    bodies {\n      ...BodyFields\n    }\n  }\n": typeof types.BodiesDocument,
    "\n  query OrgUnits {\n    orgUnits {\n      id\n      name\n      kind\n      description\n      parent {\n        id\n      }\n      source {\n        ...SourceFields\n      }\n    }\n  }\n": typeof types.OrgUnitsDocument,
    "\n  query SocialGroups {\n    socialGroups {\n      group\n      entries {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.SocialGroupsDocument,
    "\n  fragment MilestoneFields on Milestone {\n    id\n    year\n    quarter\n    date\n    text\n    status\n    source {\n      ...SourceFields\n    }\n  }\n": typeof types.MilestoneFieldsFragmentDoc,
    "\n  fragment BudgetLineFields on BudgetLine {\n    id\n    year\n    description\n    amountKr\n    staffHours\n    hoursUnit\n    fundingSource\n    source {\n      ...SourceFields\n    }\n  }\n": typeof types.BudgetLineFieldsFragmentDoc,
    "\n  fragment BodyFields on Body {\n    id\n    name\n    kind\n    ownerName\n    mandate\n    tasks\n    meetingCadence\n    timeCost\n    members {\n      id\n      role\n      name\n      function\n    }\n    source {\n      ...SourceFields\n    }\n  }\n": typeof types.BodyFieldsFragmentDoc,
    "\n  fragment GrantFields on Grant {\n    id\n    area\n    title\n    purpose\n    targetGroup\n    year\n    amountKr\n    hostMunicipality {\n      id\n      name\n    }\n    posts\n    changes {\n      id\n      previousAmountKr\n      newAmountKr\n      effectiveDate\n      note\n      agendaItem {\n        id\n        number\n        title\n        meeting {\n          id\n          date\n        }\n      }\n      source {\n        ...SourceFields\n      }\n    }\n    source {\n      ...SourceFields\n    }\n  }\n": typeof types.GrantFieldsFragmentDoc,
    "\n  query Overview($grantYear: Int!) {\n    overview {\n      municipality {\n        id\n        name\n      }\n      themes {\n        id\n        code\n        title\n        kind\n        status\n        timeFrame\n        milestones {\n          ...MilestoneFields\n        }\n        budgetLines {\n          ...BudgetLineFields\n        }\n        source {\n          ...SourceFields\n        }\n      }\n      bodies {\n        ...BodyFields\n      }\n      clusters {\n        id\n        name\n        grants(year: $grantYear) {\n          ...GrantFields\n        }\n      }\n    }\n  }\n": typeof types.OverviewDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation UpdateTheme($id: ID!, $version: Int!, $input: ThemeInput!) {\n    updateTheme(id: $id, version: $version, input: $input) {\n      ...ThemeDetailFields\n    }\n  }\n": typeof types.UpdateThemeDocument,
    "\n  mutation CreateMilestone($themeId: ID!, $input: MilestoneInput!) {\n    createMilestone(themeId: $themeId, input: $input) {\n      ...MilestoneFields\n      version\n    }\n  }\n": typeof types.CreateMilestoneDocument,
    "\n  mutation UpdateMilestone($id: ID!, $version: Int!, $input: MilestoneInput!) {\n    updateMilestone(id: $id, version: $version, input: $input) {\n      ...MilestoneFields\n      version\n    }\n  }\n": typeof types.UpdateMilestoneDocument,
    "\n  mutation DeleteMilestone($id: ID!) {\n    deleteMilestone(id: $id)\n  }\n": typeof types.DeleteMilestoneDocument,
    "\n  mutation CreateBudgetLine($themeId: ID!, $input: BudgetLineInput!) {\n    createBudgetLine(themeId: $themeId, input: $input) {\n      ...BudgetLineFields\n      version\n    }\n  }\n": typeof types.CreateBudgetLineDocument,
    "\n  mutation UpdateBudgetLine($id: ID!, $version: Int!, $input: BudgetLineInput!) {\n    updateBudgetLine(id: $id, version: $version, input: $input) {\n      ...BudgetLineFields\n      version\n    }\n  }\n": typeof types.UpdateBudgetLineDocument,
    "\n  mutation DeleteBudgetLine($id: ID!) {\n    deleteBudgetLine(id: $id)\n  }\n": typeof types.DeleteBudgetLineDocument,
    "\n  query Themes {\n    themes {\n      id\n      code\n      title\n      kind\n      status\n      timeFrame\n    }\n  }\n": typeof types.ThemesDocument,
    "\n  fragment ThemeDetailFields on Theme {\n    id\n    code\n    title\n    kind\n    status\n    timeFrame\n    description\n    updatedAt\n    version\n    responsibleUnits {\n      id\n      name\n      kind\n    }\n    milestones {\n      ...MilestoneFields\n      version\n    }\n    budgetLines {\n      ...BudgetLineFields\n      version\n    }\n    source {\n      ...SourceFields\n    }\n  }\n": typeof types.ThemeDetailFieldsFragmentDoc,
    "\n  query Theme($id: ID!) {\n    theme(id: $id) {\n      ...ThemeDetailFields\n    }\n  }\n": typeof types.ThemeDocument,
    "\n  fragment SourceFields on Source {\n    id\n    documentKey\n    title\n    section\n    date\n    url\n    note\n  }\n": typeof types.SourceFieldsFragmentDoc,
};
const documents: Documents = {
    "\n  query AuthConfig {\n    authConfig {\n      demoMode\n      demoAccounts {\n        role\n        email\n        label\n      }\n    }\n  }\n": types.AuthConfigDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...ViewerFields\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignInDemo($role: Role!) {\n    signInDemo(role: $role) {\n      ...ViewerFields\n    }\n  }\n": types.SignInDemoDocument,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    email\n    name\n    role\n    municipality {\n      id\n      name\n    }\n    cluster {\n      id\n      name\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query BusinessCaseExamples {\n    businessCaseExamples {\n      id\n      name\n      description\n      scenario\n    }\n  }\n": types.BusinessCaseExamplesDocument,
    "\n  query BusinessCase($scenario: JSON!) {\n    businessCase(scenario: $scenario) {\n      pvGains\n      pvCosts\n      npv\n      bcr\n      netRoi\n      successes\n      payback {\n        undiscounted\n        discounted\n      }\n      breakEven {\n        successes\n        netSuccessRate\n        grossSuccessRate\n      }\n      byBearer {\n        bearer\n        pvGains\n        pvCosts\n        npv\n        shareOfGains\n      }\n      years {\n        year\n        gains\n        costs\n        net\n        discountedNet\n        cumulativeNet\n        cumulativeDiscountedNet\n      }\n      tornado {\n        parameter\n        low\n        high\n        npvLow\n        npvHigh\n        swing\n      }\n      monteCarlo {\n        draws\n        seed\n        mean\n        probabilityPositive\n        percentiles {\n          p5\n          p10\n          p25\n          p50\n          p75\n          p90\n          p95\n        }\n      }\n      defaultsApplied\n    }\n  }\n": types.BusinessCaseDocument,
    "\n  query CofinancingRateSets {\n    cofinancingRateSets {\n      id\n      regime\n      year\n      source\n      note\n      rules {\n        sector\n        contactType\n        ageGroup\n        share\n        cap\n        capUnit\n        shareStatus\n        capStatus\n        source\n        note\n      }\n    }\n  }\n": types.CofinancingRateSetsDocument,
    "\n  fragment CofinancingResultFields on CofinancingResult {\n    rateSetId\n    regime\n    shadow\n    total\n    contacts\n    byAgeGroup {\n      key\n      amount\n    }\n    bySector {\n      key\n      amount\n    }\n    byContactType {\n      key\n      amount\n    }\n    separateLedger {\n      total\n    }\n    excludedContacts\n    paid {\n      total\n    }\n    approximateRules\n  }\n": types.CofinancingResultFieldsFragmentDoc,
    "\n  query CofinancingSimulation($ratesId: ID!, $compareRatesId: ID, $activityCsv: String!) {\n    cofinancingSimulation(ratesId: $ratesId, compareRatesId: $compareRatesId, activityCsv: $activityCsv) {\n      rows\n      base {\n        ...CofinancingResultFields\n      }\n      compare {\n        ...CofinancingResultFields\n      }\n      difference {\n        total\n        byAgeGroup {\n          key\n          amount\n        }\n        bySector {\n          key\n          amount\n        }\n        byContactType {\n          key\n          amount\n        }\n      }\n    }\n  }\n": types.CofinancingSimulationDocument,
    "\n  query Clusters {\n    clusters {\n      id\n      name\n      kind\n      region {\n        id\n        name\n      }\n      members {\n        id\n        kind\n        name\n        role\n        representedBy\n        source {\n          ...SourceFields\n        }\n      }\n      meetings {\n        id\n        date\n        title\n        place\n        agendaItems {\n          id\n          number\n          title\n          recommendation\n          decision\n          source {\n            ...SourceFields\n          }\n        }\n        source {\n          ...SourceFields\n        }\n      }\n      grants {\n        ...GrantFields\n      }\n      source {\n        ...SourceFields\n      }\n    }\n  }\n": types.ClustersDocument,
    "\n  query ReviewQueue($months: Int!) {\n    reviewQueue(months: $months) {\n      ownerUnit {\n        id\n        name\n      }\n      offers {\n        id\n        name\n        assuredAt\n        version\n      }\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  query OpenOfferReports {\n    offerReports(status: OPEN) {\n      id\n      message\n      createdAt\n      status\n      reportedByName\n      version\n      offer {\n        id\n        name\n      }\n    }\n  }\n": types.OpenOfferReportsDocument,
    "\n  mutation ResolveOfferReport($id: ID!, $version: Int!, $resolution: String) {\n    resolveOfferReport(id: $id, version: $version, resolution: $resolution) {\n      id\n      status\n      version\n    }\n  }\n": types.ResolveOfferReportDocument,
    "\n  mutation ImportOffersCsv($csv: String!) {\n    importOffersCsv(csv: $csv) {\n      imported\n      created\n      updated\n      errors {\n        line\n        column\n        message\n      }\n    }\n  }\n": types.ImportOffersCsvDocument,
    "\n  query SearchSynonyms {\n    searchSynonyms\n    searchSynonymsVersion\n  }\n": types.SearchSynonymsDocument,
    "\n  mutation UpdateSearchSynonyms($version: Int!, $groups: [[String!]!]!) {\n    updateSearchSynonyms(version: $version, groups: $groups)\n  }\n": types.UpdateSearchSynonymsDocument,
    "\n  mutation CreateOffer($input: OfferInput!) {\n    createOffer(input: $input) {\n      ...OfferDetailFields\n    }\n  }\n": types.CreateOfferDocument,
    "\n  mutation UpdateOffer($id: ID!, $version: Int!, $input: OfferInput!) {\n    updateOffer(id: $id, version: $version, input: $input) {\n      ...OfferDetailFields\n    }\n  }\n": types.UpdateOfferDocument,
    "\n  mutation SendOfferToCitizen($offerId: ID!, $email: String!) {\n    sendOfferToCitizen(offerId: $offerId, email: $email) {\n      sent\n      via\n      sendCount\n    }\n  }\n": types.SendOfferToCitizenDocument,
    "\n  mutation ReportOfferError($offerId: ID!, $message: String!) {\n    reportOfferError(offerId: $offerId, message: $message) {\n      id\n      status\n    }\n  }\n": types.ReportOfferErrorDocument,
    "\n  mutation SetOfferStatus($id: ID!, $version: Int!, $status: OfferStatus!, $alert: String) {\n    setOfferStatus(id: $id, version: $version, status: $status, alert: $alert) {\n      ...OfferDetailFields\n    }\n  }\n": types.SetOfferStatusDocument,
    "\n  mutation AssureOffers($ids: [ID!]!, $versions: [Int!]!) {\n    assureOffers(ids: $ids, versions: $versions) {\n      id\n      assuredAt\n      assuredByName\n      version\n    }\n  }\n": types.AssureOffersDocument,
    "\n  fragment OfferPublicFields on Offer {\n    ...OfferSummaryFields\n    description\n    contactName\n    contactEmail\n    contactPhone\n    accessRoutes\n    eligibility\n    targetGroups\n    needCategories {\n      code\n      label\n      system\n      definition\n    }\n    costDescription\n    languages\n    languageNote\n    interpreter\n    accessibility\n    bookingUrl\n    formats\n    assuredAt\n    updatedAt\n  }\n": types.OfferPublicFieldsFragmentDoc,
    "\n  fragment OfferDetailFields on Offer {\n    ...OfferPublicFields\n    professionalPhone\n    intakeNotes\n    tellCitizen\n    assuredByName\n    sendCount\n    version\n    ownerUnit {\n      id\n      name\n    }\n    changes {\n      id\n      changedAt\n      userName\n      action\n      field\n      oldValue\n      newValue\n    }\n    source {\n      ...SourceFields\n    }\n  }\n": types.OfferDetailFieldsFragmentDoc,
    "\n  query Offer($id: ID!) {\n    offer(id: $id) {\n      ...OfferDetailFields\n    }\n  }\n": types.OfferDocument,
    "\n  query PublicOffer($id: ID!) {\n    publicOffer(id: $id) {\n      ...OfferPublicFields\n    }\n  }\n": types.PublicOfferDocument,
    "\n  query Outbox {\n    outbox {\n      id\n      sentAt\n      to\n      subject\n      body\n      offerId\n    }\n  }\n": types.OutboxDocument,
    "\n  query OfflineCatalogue($input: OfferSearchInput!) {\n    searchOffers(input: $input) {\n      total\n      hits {\n        offer {\n          ...OfferSummaryFields\n          needCategories {\n            code\n            label\n          }\n          targetGroups\n          languages\n          formats\n        }\n      }\n    }\n  }\n": types.OfflineCatalogueDocument,
    "\n  fragment OfferSummaryFields on Offer {\n    id\n    name\n    shortDescription\n    status\n    alert\n    minAge\n    maxAge\n    costKr\n    isDemoData\n    coursesEnded\n    lastCourseDay\n    locations {\n      id\n      name\n      address\n      postalCode\n      city\n      accessibility\n    }\n    schedules {\n      id\n      kind\n      weekday\n      opensAt\n      closesAt\n      validFrom\n      validTo\n      description\n      locationName\n    }\n  }\n": types.OfferSummaryFieldsFragmentDoc,
    "\n  query SearchOffers($input: OfferSearchInput!) {\n    searchOffers(input: $input) {\n      total\n      suggestions\n      hits {\n        score\n        reasons\n        offer {\n          ...OfferSummaryFields\n        }\n      }\n      withoutFilters {\n        score\n        reasons\n        offer {\n          ...OfferSummaryFields\n        }\n      }\n    }\n  }\n": types.SearchOffersDocument,
    "\n  query NeedCategories {\n    needCategories {\n      code\n      label\n      system\n      definition\n    }\n  }\n": types.NeedCategoriesDocument,
    "\n  query Bodies {\n    bodies {\n      ...BodyFields\n    }\n  }\n": types.BodiesDocument,
    "\n  query OrgUnits {\n    orgUnits {\n      id\n      name\n      kind\n      description\n      parent {\n        id\n      }\n      source {\n        ...SourceFields\n      }\n    }\n  }\n": types.OrgUnitsDocument,
    "\n  query SocialGroups {\n    socialGroups {\n      group\n      entries {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.SocialGroupsDocument,
    "\n  fragment MilestoneFields on Milestone {\n    id\n    year\n    quarter\n    date\n    text\n    status\n    source {\n      ...SourceFields\n    }\n  }\n": types.MilestoneFieldsFragmentDoc,
    "\n  fragment BudgetLineFields on BudgetLine {\n    id\n    year\n    description\n    amountKr\n    staffHours\n    hoursUnit\n    fundingSource\n    source {\n      ...SourceFields\n    }\n  }\n": types.BudgetLineFieldsFragmentDoc,
    "\n  fragment BodyFields on Body {\n    id\n    name\n    kind\n    ownerName\n    mandate\n    tasks\n    meetingCadence\n    timeCost\n    members {\n      id\n      role\n      name\n      function\n    }\n    source {\n      ...SourceFields\n    }\n  }\n": types.BodyFieldsFragmentDoc,
    "\n  fragment GrantFields on Grant {\n    id\n    area\n    title\n    purpose\n    targetGroup\n    year\n    amountKr\n    hostMunicipality {\n      id\n      name\n    }\n    posts\n    changes {\n      id\n      previousAmountKr\n      newAmountKr\n      effectiveDate\n      note\n      agendaItem {\n        id\n        number\n        title\n        meeting {\n          id\n          date\n        }\n      }\n      source {\n        ...SourceFields\n      }\n    }\n    source {\n      ...SourceFields\n    }\n  }\n": types.GrantFieldsFragmentDoc,
    "\n  query Overview($grantYear: Int!) {\n    overview {\n      municipality {\n        id\n        name\n      }\n      themes {\n        id\n        code\n        title\n        kind\n        status\n        timeFrame\n        milestones {\n          ...MilestoneFields\n        }\n        budgetLines {\n          ...BudgetLineFields\n        }\n        source {\n          ...SourceFields\n        }\n      }\n      bodies {\n        ...BodyFields\n      }\n      clusters {\n        id\n        name\n        grants(year: $grantYear) {\n          ...GrantFields\n        }\n      }\n    }\n  }\n": types.OverviewDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation UpdateTheme($id: ID!, $version: Int!, $input: ThemeInput!) {\n    updateTheme(id: $id, version: $version, input: $input) {\n      ...ThemeDetailFields\n    }\n  }\n": types.UpdateThemeDocument,
    "\n  mutation CreateMilestone($themeId: ID!, $input: MilestoneInput!) {\n    createMilestone(themeId: $themeId, input: $input) {\n      ...MilestoneFields\n      version\n    }\n  }\n": types.CreateMilestoneDocument,
    "\n  mutation UpdateMilestone($id: ID!, $version: Int!, $input: MilestoneInput!) {\n    updateMilestone(id: $id, version: $version, input: $input) {\n      ...MilestoneFields\n      version\n    }\n  }\n": types.UpdateMilestoneDocument,
    "\n  mutation DeleteMilestone($id: ID!) {\n    deleteMilestone(id: $id)\n  }\n": types.DeleteMilestoneDocument,
    "\n  mutation CreateBudgetLine($themeId: ID!, $input: BudgetLineInput!) {\n    createBudgetLine(themeId: $themeId, input: $input) {\n      ...BudgetLineFields\n      version\n    }\n  }\n": types.CreateBudgetLineDocument,
    "\n  mutation UpdateBudgetLine($id: ID!, $version: Int!, $input: BudgetLineInput!) {\n    updateBudgetLine(id: $id, version: $version, input: $input) {\n      ...BudgetLineFields\n      version\n    }\n  }\n": types.UpdateBudgetLineDocument,
    "\n  mutation DeleteBudgetLine($id: ID!) {\n    deleteBudgetLine(id: $id)\n  }\n": types.DeleteBudgetLineDocument,
    "\n  query Themes {\n    themes {\n      id\n      code\n      title\n      kind\n      status\n      timeFrame\n    }\n  }\n": types.ThemesDocument,
    "\n  fragment ThemeDetailFields on Theme {\n    id\n    code\n    title\n    kind\n    status\n    timeFrame\n    description\n    updatedAt\n    version\n    responsibleUnits {\n      id\n      name\n      kind\n    }\n    milestones {\n      ...MilestoneFields\n      version\n    }\n    budgetLines {\n      ...BudgetLineFields\n      version\n    }\n    source {\n      ...SourceFields\n    }\n  }\n": types.ThemeDetailFieldsFragmentDoc,
    "\n  query Theme($id: ID!) {\n    theme(id: $id) {\n      ...ThemeDetailFields\n    }\n  }\n": types.ThemeDocument,
    "\n  fragment SourceFields on Source {\n    id\n    documentKey\n    title\n    section\n    date\n    url\n    note\n  }\n": types.SourceFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthConfig {\n    authConfig {\n      demoMode\n      demoAccounts {\n        role\n        email\n        label\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuthConfig {\n    authConfig {\n      demoMode\n      demoAccounts {\n        role\n        email\n        label\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInDemo($role: Role!) {\n    signInDemo(role: $role) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignInDemo($role: Role!) {\n    signInDemo(role: $role) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    id\n    email\n    name\n    role\n    municipality {\n      id\n      name\n    }\n    cluster {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    id\n    email\n    name\n    role\n    municipality {\n      id\n      name\n    }\n    cluster {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BusinessCaseExamples {\n    businessCaseExamples {\n      id\n      name\n      description\n      scenario\n    }\n  }\n"): (typeof documents)["\n  query BusinessCaseExamples {\n    businessCaseExamples {\n      id\n      name\n      description\n      scenario\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BusinessCase($scenario: JSON!) {\n    businessCase(scenario: $scenario) {\n      pvGains\n      pvCosts\n      npv\n      bcr\n      netRoi\n      successes\n      payback {\n        undiscounted\n        discounted\n      }\n      breakEven {\n        successes\n        netSuccessRate\n        grossSuccessRate\n      }\n      byBearer {\n        bearer\n        pvGains\n        pvCosts\n        npv\n        shareOfGains\n      }\n      years {\n        year\n        gains\n        costs\n        net\n        discountedNet\n        cumulativeNet\n        cumulativeDiscountedNet\n      }\n      tornado {\n        parameter\n        low\n        high\n        npvLow\n        npvHigh\n        swing\n      }\n      monteCarlo {\n        draws\n        seed\n        mean\n        probabilityPositive\n        percentiles {\n          p5\n          p10\n          p25\n          p50\n          p75\n          p90\n          p95\n        }\n      }\n      defaultsApplied\n    }\n  }\n"): (typeof documents)["\n  query BusinessCase($scenario: JSON!) {\n    businessCase(scenario: $scenario) {\n      pvGains\n      pvCosts\n      npv\n      bcr\n      netRoi\n      successes\n      payback {\n        undiscounted\n        discounted\n      }\n      breakEven {\n        successes\n        netSuccessRate\n        grossSuccessRate\n      }\n      byBearer {\n        bearer\n        pvGains\n        pvCosts\n        npv\n        shareOfGains\n      }\n      years {\n        year\n        gains\n        costs\n        net\n        discountedNet\n        cumulativeNet\n        cumulativeDiscountedNet\n      }\n      tornado {\n        parameter\n        low\n        high\n        npvLow\n        npvHigh\n        swing\n      }\n      monteCarlo {\n        draws\n        seed\n        mean\n        probabilityPositive\n        percentiles {\n          p5\n          p10\n          p25\n          p50\n          p75\n          p90\n          p95\n        }\n      }\n      defaultsApplied\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CofinancingRateSets {\n    cofinancingRateSets {\n      id\n      regime\n      year\n      source\n      note\n      rules {\n        sector\n        contactType\n        ageGroup\n        share\n        cap\n        capUnit\n        shareStatus\n        capStatus\n        source\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  query CofinancingRateSets {\n    cofinancingRateSets {\n      id\n      regime\n      year\n      source\n      note\n      rules {\n        sector\n        contactType\n        ageGroup\n        share\n        cap\n        capUnit\n        shareStatus\n        capStatus\n        source\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CofinancingResultFields on CofinancingResult {\n    rateSetId\n    regime\n    shadow\n    total\n    contacts\n    byAgeGroup {\n      key\n      amount\n    }\n    bySector {\n      key\n      amount\n    }\n    byContactType {\n      key\n      amount\n    }\n    separateLedger {\n      total\n    }\n    excludedContacts\n    paid {\n      total\n    }\n    approximateRules\n  }\n"): (typeof documents)["\n  fragment CofinancingResultFields on CofinancingResult {\n    rateSetId\n    regime\n    shadow\n    total\n    contacts\n    byAgeGroup {\n      key\n      amount\n    }\n    bySector {\n      key\n      amount\n    }\n    byContactType {\n      key\n      amount\n    }\n    separateLedger {\n      total\n    }\n    excludedContacts\n    paid {\n      total\n    }\n    approximateRules\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CofinancingSimulation($ratesId: ID!, $compareRatesId: ID, $activityCsv: String!) {\n    cofinancingSimulation(ratesId: $ratesId, compareRatesId: $compareRatesId, activityCsv: $activityCsv) {\n      rows\n      base {\n        ...CofinancingResultFields\n      }\n      compare {\n        ...CofinancingResultFields\n      }\n      difference {\n        total\n        byAgeGroup {\n          key\n          amount\n        }\n        bySector {\n          key\n          amount\n        }\n        byContactType {\n          key\n          amount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CofinancingSimulation($ratesId: ID!, $compareRatesId: ID, $activityCsv: String!) {\n    cofinancingSimulation(ratesId: $ratesId, compareRatesId: $compareRatesId, activityCsv: $activityCsv) {\n      rows\n      base {\n        ...CofinancingResultFields\n      }\n      compare {\n        ...CofinancingResultFields\n      }\n      difference {\n        total\n        byAgeGroup {\n          key\n          amount\n        }\n        bySector {\n          key\n          amount\n        }\n        byContactType {\n          key\n          amount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Clusters {\n    clusters {\n      id\n      name\n      kind\n      region {\n        id\n        name\n      }\n      members {\n        id\n        kind\n        name\n        role\n        representedBy\n        source {\n          ...SourceFields\n        }\n      }\n      meetings {\n        id\n        date\n        title\n        place\n        agendaItems {\n          id\n          number\n          title\n          recommendation\n          decision\n          source {\n            ...SourceFields\n          }\n        }\n        source {\n          ...SourceFields\n        }\n      }\n      grants {\n        ...GrantFields\n      }\n      source {\n        ...SourceFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Clusters {\n    clusters {\n      id\n      name\n      kind\n      region {\n        id\n        name\n      }\n      members {\n        id\n        kind\n        name\n        role\n        representedBy\n        source {\n          ...SourceFields\n        }\n      }\n      meetings {\n        id\n        date\n        title\n        place\n        agendaItems {\n          id\n          number\n          title\n          recommendation\n          decision\n          source {\n            ...SourceFields\n          }\n        }\n        source {\n          ...SourceFields\n        }\n      }\n      grants {\n        ...GrantFields\n      }\n      source {\n        ...SourceFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue($months: Int!) {\n    reviewQueue(months: $months) {\n      ownerUnit {\n        id\n        name\n      }\n      offers {\n        id\n        name\n        assuredAt\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewQueue($months: Int!) {\n    reviewQueue(months: $months) {\n      ownerUnit {\n        id\n        name\n      }\n      offers {\n        id\n        name\n        assuredAt\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenOfferReports {\n    offerReports(status: OPEN) {\n      id\n      message\n      createdAt\n      status\n      reportedByName\n      version\n      offer {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpenOfferReports {\n    offerReports(status: OPEN) {\n      id\n      message\n      createdAt\n      status\n      reportedByName\n      version\n      offer {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveOfferReport($id: ID!, $version: Int!, $resolution: String) {\n    resolveOfferReport(id: $id, version: $version, resolution: $resolution) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveOfferReport($id: ID!, $version: Int!, $resolution: String) {\n    resolveOfferReport(id: $id, version: $version, resolution: $resolution) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportOffersCsv($csv: String!) {\n    importOffersCsv(csv: $csv) {\n      imported\n      created\n      updated\n      errors {\n        line\n        column\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportOffersCsv($csv: String!) {\n    importOffersCsv(csv: $csv) {\n      imported\n      created\n      updated\n      errors {\n        line\n        column\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchSynonyms {\n    searchSynonyms\n    searchSynonymsVersion\n  }\n"): (typeof documents)["\n  query SearchSynonyms {\n    searchSynonyms\n    searchSynonymsVersion\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSearchSynonyms($version: Int!, $groups: [[String!]!]!) {\n    updateSearchSynonyms(version: $version, groups: $groups)\n  }\n"): (typeof documents)["\n  mutation UpdateSearchSynonyms($version: Int!, $groups: [[String!]!]!) {\n    updateSearchSynonyms(version: $version, groups: $groups)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOffer($input: OfferInput!) {\n    createOffer(input: $input) {\n      ...OfferDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOffer($input: OfferInput!) {\n    createOffer(input: $input) {\n      ...OfferDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOffer($id: ID!, $version: Int!, $input: OfferInput!) {\n    updateOffer(id: $id, version: $version, input: $input) {\n      ...OfferDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOffer($id: ID!, $version: Int!, $input: OfferInput!) {\n    updateOffer(id: $id, version: $version, input: $input) {\n      ...OfferDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendOfferToCitizen($offerId: ID!, $email: String!) {\n    sendOfferToCitizen(offerId: $offerId, email: $email) {\n      sent\n      via\n      sendCount\n    }\n  }\n"): (typeof documents)["\n  mutation SendOfferToCitizen($offerId: ID!, $email: String!) {\n    sendOfferToCitizen(offerId: $offerId, email: $email) {\n      sent\n      via\n      sendCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportOfferError($offerId: ID!, $message: String!) {\n    reportOfferError(offerId: $offerId, message: $message) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReportOfferError($offerId: ID!, $message: String!) {\n    reportOfferError(offerId: $offerId, message: $message) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOfferStatus($id: ID!, $version: Int!, $status: OfferStatus!, $alert: String) {\n    setOfferStatus(id: $id, version: $version, status: $status, alert: $alert) {\n      ...OfferDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetOfferStatus($id: ID!, $version: Int!, $status: OfferStatus!, $alert: String) {\n    setOfferStatus(id: $id, version: $version, status: $status, alert: $alert) {\n      ...OfferDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssureOffers($ids: [ID!]!, $versions: [Int!]!) {\n    assureOffers(ids: $ids, versions: $versions) {\n      id\n      assuredAt\n      assuredByName\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AssureOffers($ids: [ID!]!, $versions: [Int!]!) {\n    assureOffers(ids: $ids, versions: $versions) {\n      id\n      assuredAt\n      assuredByName\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfferPublicFields on Offer {\n    ...OfferSummaryFields\n    description\n    contactName\n    contactEmail\n    contactPhone\n    accessRoutes\n    eligibility\n    targetGroups\n    needCategories {\n      code\n      label\n      system\n      definition\n    }\n    costDescription\n    languages\n    languageNote\n    interpreter\n    accessibility\n    bookingUrl\n    formats\n    assuredAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment OfferPublicFields on Offer {\n    ...OfferSummaryFields\n    description\n    contactName\n    contactEmail\n    contactPhone\n    accessRoutes\n    eligibility\n    targetGroups\n    needCategories {\n      code\n      label\n      system\n      definition\n    }\n    costDescription\n    languages\n    languageNote\n    interpreter\n    accessibility\n    bookingUrl\n    formats\n    assuredAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfferDetailFields on Offer {\n    ...OfferPublicFields\n    professionalPhone\n    intakeNotes\n    tellCitizen\n    assuredByName\n    sendCount\n    version\n    ownerUnit {\n      id\n      name\n    }\n    changes {\n      id\n      changedAt\n      userName\n      action\n      field\n      oldValue\n      newValue\n    }\n    source {\n      ...SourceFields\n    }\n  }\n"): (typeof documents)["\n  fragment OfferDetailFields on Offer {\n    ...OfferPublicFields\n    professionalPhone\n    intakeNotes\n    tellCitizen\n    assuredByName\n    sendCount\n    version\n    ownerUnit {\n      id\n      name\n    }\n    changes {\n      id\n      changedAt\n      userName\n      action\n      field\n      oldValue\n      newValue\n    }\n    source {\n      ...SourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Offer($id: ID!) {\n    offer(id: $id) {\n      ...OfferDetailFields\n    }\n  }\n"): (typeof documents)["\n  query Offer($id: ID!) {\n    offer(id: $id) {\n      ...OfferDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicOffer($id: ID!) {\n    publicOffer(id: $id) {\n      ...OfferPublicFields\n    }\n  }\n"): (typeof documents)["\n  query PublicOffer($id: ID!) {\n    publicOffer(id: $id) {\n      ...OfferPublicFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Outbox {\n    outbox {\n      id\n      sentAt\n      to\n      subject\n      body\n      offerId\n    }\n  }\n"): (typeof documents)["\n  query Outbox {\n    outbox {\n      id\n      sentAt\n      to\n      subject\n      body\n      offerId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfflineCatalogue($input: OfferSearchInput!) {\n    searchOffers(input: $input) {\n      total\n      hits {\n        offer {\n          ...OfferSummaryFields\n          needCategories {\n            code\n            label\n          }\n          targetGroups\n          languages\n          formats\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfflineCatalogue($input: OfferSearchInput!) {\n    searchOffers(input: $input) {\n      total\n      hits {\n        offer {\n          ...OfferSummaryFields\n          needCategories {\n            code\n            label\n          }\n          targetGroups\n          languages\n          formats\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfferSummaryFields on Offer {\n    id\n    name\n    shortDescription\n    status\n    alert\n    minAge\n    maxAge\n    costKr\n    isDemoData\n    coursesEnded\n    lastCourseDay\n    locations {\n      id\n      name\n      address\n      postalCode\n      city\n      accessibility\n    }\n    schedules {\n      id\n      kind\n      weekday\n      opensAt\n      closesAt\n      validFrom\n      validTo\n      description\n      locationName\n    }\n  }\n"): (typeof documents)["\n  fragment OfferSummaryFields on Offer {\n    id\n    name\n    shortDescription\n    status\n    alert\n    minAge\n    maxAge\n    costKr\n    isDemoData\n    coursesEnded\n    lastCourseDay\n    locations {\n      id\n      name\n      address\n      postalCode\n      city\n      accessibility\n    }\n    schedules {\n      id\n      kind\n      weekday\n      opensAt\n      closesAt\n      validFrom\n      validTo\n      description\n      locationName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchOffers($input: OfferSearchInput!) {\n    searchOffers(input: $input) {\n      total\n      suggestions\n      hits {\n        score\n        reasons\n        offer {\n          ...OfferSummaryFields\n        }\n      }\n      withoutFilters {\n        score\n        reasons\n        offer {\n          ...OfferSummaryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchOffers($input: OfferSearchInput!) {\n    searchOffers(input: $input) {\n      total\n      suggestions\n      hits {\n        score\n        reasons\n        offer {\n          ...OfferSummaryFields\n        }\n      }\n      withoutFilters {\n        score\n        reasons\n        offer {\n          ...OfferSummaryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedCategories {\n    needCategories {\n      code\n      label\n      system\n      definition\n    }\n  }\n"): (typeof documents)["\n  query NeedCategories {\n    needCategories {\n      code\n      label\n      system\n      definition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Bodies {\n    bodies {\n      ...BodyFields\n    }\n  }\n"): (typeof documents)["\n  query Bodies {\n    bodies {\n      ...BodyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnits {\n    orgUnits {\n      id\n      name\n      kind\n      description\n      parent {\n        id\n      }\n      source {\n        ...SourceFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgUnits {\n    orgUnits {\n      id\n      name\n      kind\n      description\n      parent {\n        id\n      }\n      source {\n        ...SourceFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SocialGroups {\n    socialGroups {\n      group\n      entries {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query SocialGroups {\n    socialGroups {\n      group\n      entries {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MilestoneFields on Milestone {\n    id\n    year\n    quarter\n    date\n    text\n    status\n    source {\n      ...SourceFields\n    }\n  }\n"): (typeof documents)["\n  fragment MilestoneFields on Milestone {\n    id\n    year\n    quarter\n    date\n    text\n    status\n    source {\n      ...SourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BudgetLineFields on BudgetLine {\n    id\n    year\n    description\n    amountKr\n    staffHours\n    hoursUnit\n    fundingSource\n    source {\n      ...SourceFields\n    }\n  }\n"): (typeof documents)["\n  fragment BudgetLineFields on BudgetLine {\n    id\n    year\n    description\n    amountKr\n    staffHours\n    hoursUnit\n    fundingSource\n    source {\n      ...SourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BodyFields on Body {\n    id\n    name\n    kind\n    ownerName\n    mandate\n    tasks\n    meetingCadence\n    timeCost\n    members {\n      id\n      role\n      name\n      function\n    }\n    source {\n      ...SourceFields\n    }\n  }\n"): (typeof documents)["\n  fragment BodyFields on Body {\n    id\n    name\n    kind\n    ownerName\n    mandate\n    tasks\n    meetingCadence\n    timeCost\n    members {\n      id\n      role\n      name\n      function\n    }\n    source {\n      ...SourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GrantFields on Grant {\n    id\n    area\n    title\n    purpose\n    targetGroup\n    year\n    amountKr\n    hostMunicipality {\n      id\n      name\n    }\n    posts\n    changes {\n      id\n      previousAmountKr\n      newAmountKr\n      effectiveDate\n      note\n      agendaItem {\n        id\n        number\n        title\n        meeting {\n          id\n          date\n        }\n      }\n      source {\n        ...SourceFields\n      }\n    }\n    source {\n      ...SourceFields\n    }\n  }\n"): (typeof documents)["\n  fragment GrantFields on Grant {\n    id\n    area\n    title\n    purpose\n    targetGroup\n    year\n    amountKr\n    hostMunicipality {\n      id\n      name\n    }\n    posts\n    changes {\n      id\n      previousAmountKr\n      newAmountKr\n      effectiveDate\n      note\n      agendaItem {\n        id\n        number\n        title\n        meeting {\n          id\n          date\n        }\n      }\n      source {\n        ...SourceFields\n      }\n    }\n    source {\n      ...SourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Overview($grantYear: Int!) {\n    overview {\n      municipality {\n        id\n        name\n      }\n      themes {\n        id\n        code\n        title\n        kind\n        status\n        timeFrame\n        milestones {\n          ...MilestoneFields\n        }\n        budgetLines {\n          ...BudgetLineFields\n        }\n        source {\n          ...SourceFields\n        }\n      }\n      bodies {\n        ...BodyFields\n      }\n      clusters {\n        id\n        name\n        grants(year: $grantYear) {\n          ...GrantFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Overview($grantYear: Int!) {\n    overview {\n      municipality {\n        id\n        name\n      }\n      themes {\n        id\n        code\n        title\n        kind\n        status\n        timeFrame\n        milestones {\n          ...MilestoneFields\n        }\n        budgetLines {\n          ...BudgetLineFields\n        }\n        source {\n          ...SourceFields\n        }\n      }\n      bodies {\n        ...BodyFields\n      }\n      clusters {\n        id\n        name\n        grants(year: $grantYear) {\n          ...GrantFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTheme($id: ID!, $version: Int!, $input: ThemeInput!) {\n    updateTheme(id: $id, version: $version, input: $input) {\n      ...ThemeDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTheme($id: ID!, $version: Int!, $input: ThemeInput!) {\n    updateTheme(id: $id, version: $version, input: $input) {\n      ...ThemeDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMilestone($themeId: ID!, $input: MilestoneInput!) {\n    createMilestone(themeId: $themeId, input: $input) {\n      ...MilestoneFields\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMilestone($themeId: ID!, $input: MilestoneInput!) {\n    createMilestone(themeId: $themeId, input: $input) {\n      ...MilestoneFields\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMilestone($id: ID!, $version: Int!, $input: MilestoneInput!) {\n    updateMilestone(id: $id, version: $version, input: $input) {\n      ...MilestoneFields\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMilestone($id: ID!, $version: Int!, $input: MilestoneInput!) {\n    updateMilestone(id: $id, version: $version, input: $input) {\n      ...MilestoneFields\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMilestone($id: ID!) {\n    deleteMilestone(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteMilestone($id: ID!) {\n    deleteMilestone(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBudgetLine($themeId: ID!, $input: BudgetLineInput!) {\n    createBudgetLine(themeId: $themeId, input: $input) {\n      ...BudgetLineFields\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateBudgetLine($themeId: ID!, $input: BudgetLineInput!) {\n    createBudgetLine(themeId: $themeId, input: $input) {\n      ...BudgetLineFields\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBudgetLine($id: ID!, $version: Int!, $input: BudgetLineInput!) {\n    updateBudgetLine(id: $id, version: $version, input: $input) {\n      ...BudgetLineFields\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBudgetLine($id: ID!, $version: Int!, $input: BudgetLineInput!) {\n    updateBudgetLine(id: $id, version: $version, input: $input) {\n      ...BudgetLineFields\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteBudgetLine($id: ID!) {\n    deleteBudgetLine(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteBudgetLine($id: ID!) {\n    deleteBudgetLine(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Themes {\n    themes {\n      id\n      code\n      title\n      kind\n      status\n      timeFrame\n    }\n  }\n"): (typeof documents)["\n  query Themes {\n    themes {\n      id\n      code\n      title\n      kind\n      status\n      timeFrame\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThemeDetailFields on Theme {\n    id\n    code\n    title\n    kind\n    status\n    timeFrame\n    description\n    updatedAt\n    version\n    responsibleUnits {\n      id\n      name\n      kind\n    }\n    milestones {\n      ...MilestoneFields\n      version\n    }\n    budgetLines {\n      ...BudgetLineFields\n      version\n    }\n    source {\n      ...SourceFields\n    }\n  }\n"): (typeof documents)["\n  fragment ThemeDetailFields on Theme {\n    id\n    code\n    title\n    kind\n    status\n    timeFrame\n    description\n    updatedAt\n    version\n    responsibleUnits {\n      id\n      name\n      kind\n    }\n    milestones {\n      ...MilestoneFields\n      version\n    }\n    budgetLines {\n      ...BudgetLineFields\n      version\n    }\n    source {\n      ...SourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Theme($id: ID!) {\n    theme(id: $id) {\n      ...ThemeDetailFields\n    }\n  }\n"): (typeof documents)["\n  query Theme($id: ID!) {\n    theme(id: $id) {\n      ...ThemeDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SourceFields on Source {\n    id\n    documentKey\n    title\n    section\n    date\n    url\n    note\n  }\n"): (typeof documents)["\n  fragment SourceFields on Source {\n    id\n    documentKey\n    title\n    section\n    date\n    url\n    note\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;