// KL's FSIII concepts the vocabulary follows, display name → code and the subtree it was taken from.
// Source: KL FSIII CodeSystem (hl7dk/kl-term 2.3.0, urn:oid:1.2.208.176.2.21, version 20240530, commit
// c32a6c2ec18efadee00574ffd50e0d0af5e0f33c); generated once from /work/shared/data/fsiii/CodeSystem-FSIII.json
// (the application does not read that folder). Where a display occurs in several subtrees, the health
// promotion, nursing, rehabilitation and care subtrees are preferred, in that order.

export const FSIII_SYSTEM = 'urn:oid:1.2.208.176.2.21';

export const FSIII_CONCEPTS: Readonly<Record<string, { code: string; subtree: string }>> = {
  'ADL-træning': {
    code: '7f825e3e-1a5c-4249-bf41-9f7171fb6b8a',
    subtree: 'Kommunal genoptræning efter sygehusophold-indsatser',
  },
  'Afklarende samtale': {
    code: '6eddbaf7-2a73-49d4-91e7-6138d419f58c',
    subtree: 'Kommunale sundhedsfremme og forebyggelsesindsatser',
  },
  'Aflastningsophold uden for hjemmet': {
    code: 'ceb5a58a-06ff-49c6-9da2-f65fc63847f6',
    subtree: 'Kommunale pleje- og omsorgsindsatser',
  },
  Alkohol: {
    code: '57b8979f-cf46-4312-aafa-3a0dd93aa921',
    subtree: 'Kommunale sundhedsfremme og forebyggelsestilstande',
  },
  Balance: {
    code: '1b5ad154-d22c-4949-a5db-c01ccefd64d9',
    subtree: 'Kommunal genoptræning efter sygehusophold-tilstande',
  },
  Cirkulationsproblemer: { code: '3dac3b51-364e-47c0-a043-15b6d7a6c405', subtree: 'Kommunale sygeplejetilstande' },
  Dialyse: { code: '363f2ea2-6781-497b-969d-71221c676883', subtree: 'Kommunale sygeplejeindsatser' },
  Diætbehandling: {
    code: 'cf7a55c2-7061-47ed-b7c5-e29620fe93bf',
    subtree: 'Kommunale sundhedsfremme og forebyggelsesindsatser',
  },
  'Emotionelle problemer': { code: '7b6a52c6-7e0d-4800-a223-ebdd2c9261e4', subtree: 'Kommunale sygeplejetilstande' },
  'Energi og handlekraft': {
    code: '1d9759c6-6526-4d07-994a-5dee3fa65177',
    subtree: 'Kommunal genoptræning efter sygehusophold-tilstande',
  },
  Funktionstræning: {
    code: '58293f63-00d7-4730-8dbc-c784d40f9e23',
    subtree: 'Kommunal genoptræning efter sygehusophold-indsatser',
  },
  'Fysisk aktivitet': {
    code: 'f1f1eee3-a3ea-4ca1-bfa9-ebb381af1a1f',
    subtree: 'Kommunale sundhedsfremme og forebyggelsestilstande',
  },
  'Fysisk træning': {
    code: 'ab87c0b5-40be-4e0a-b749-d9f833bfed2d',
    subtree: 'Kommunale sundhedsfremme og forebyggelsesindsatser',
  },
  'Gang og bevægelse': {
    code: '3f27a7bc-790d-444e-bcf4-6e22a6b1da7e',
    subtree: 'Kommunal genoptræning efter sygehusophold-tilstande',
  },
  'Genoptræning af funktionsnedsættelse': {
    code: '49b9601f-eff7-43a4-8263-56296ec82601',
    subtree: 'Kommunale pleje- og omsorgsindsatser',
  },
  Hjælpemidler: { code: 'e1afc3ae-e911-499d-9f46-bf8bab760536', subtree: 'Generelle oplysninger' },
  'Hjemmehjælp - Praktisk hjælp og støtte': {
    code: 'c3e6dc66-ecbc-4926-a06c-eb2c99c0f29e',
    subtree: 'Kommunale pleje- og omsorgsindsatser',
  },
  Hverdagsliv: {
    code: '7b3b3587-4ddd-4b93-a81b-455bfc601492',
    subtree: 'Kommunale sundhedsfremme og forebyggelsestilstande',
  },
  'Kognitive funktioner': {
    code: 'b16668ff-9c02-491e-b082-7b699d93f5bc',
    subtree: 'Kommunal genoptræning efter sygehusophold-tilstande',
  },
  'Kognitive problemer': { code: 'e671cc6c-a24b-4a50-82bf-8f3f6ab09c9a', subtree: 'Kommunale sygeplejetilstande' },
  'Kommunale sygeplejeindsatser': {
    code: 'cac857f7-2957-4fc7-a814-9e7fc450270a',
    subtree: 'Kommunale sygeplejeindsatser',
  },
  Kostvejledning: {
    code: 'c9a99304-1788-43b7-b7be-e187b092ae9c',
    subtree: 'Kommunale sundhedsfremme og forebyggelsesindsatser',
  },
  'Kroniske smerter': { code: 'e4a049fc-e20c-4117-b834-b475eee781da', subtree: 'Kommunale sygeplejetilstande' },
  Kropspfattelse: {
    code: '43ad3091-f684-4d6f-8885-20ecd1cf2255',
    subtree: 'Kommunale sundhedsfremme og forebyggelsestilstande',
  },
  Ledfunktion: {
    code: '3c366bd0-0c87-4f2d-a755-0fba564c7a9d',
    subtree: 'Kommunal genoptræning efter sygehusophold-tilstande',
  },
  'Madlavning i praksis': {
    code: '01a500f6-c221-4fd0-b518-cd361218b60d',
    subtree: 'Kommunale sundhedsfremme og forebyggelsesindsatser',
  },
  Madservice: { code: '5c8f6a03-bcd2-4c70-b427-14bb684aff5d', subtree: 'Kommunale pleje- og omsorgsindsatser' },
  'Manuel behandling': {
    code: 'f8ac963c-6ec5-4ec5-bd90-a22fea4e2d16',
    subtree: 'Kommunal genoptræning efter sygehusophold-indsatser',
  },
  'Medicin og stoffer': {
    code: 'f0b62265-6c83-4239-af97-4d6e9ba9dea7',
    subtree: 'Kommunale sundhedsfremme og forebyggelsestilstande',
  },
  Medicinadministration: { code: 'd2d42368-9d6d-4ca2-affe-f7116da86e1b', subtree: 'Kommunale sygeplejeindsatser' },
  'Mental håndtering': {
    code: 'f30cab6d-2a42-4358-99d7-811127fb6e05',
    subtree: 'Kommunale sundhedsfremme og forebyggelsesindsatser',
  },
  'Mental sundhed': {
    code: '3547a306-8623-4713-a8ce-db1e82839c50',
    subtree: 'Kommunale sundhedsfremme og forebyggelsestilstande',
  },
  'Mentale problemer': { code: 'f7619a25-1f4f-4940-83b8-913a2da0ef47', subtree: 'Kommunale sygeplejetilstande' },
  Mestring: { code: '3769072e-79aa-466a-9385-baaba53b5b41', subtree: 'Generelle oplysninger' },
  'Midlertidigt ophold': {
    code: '76bd54b0-87b8-453e-bfcd-48eec0737e5b',
    subtree: 'Kommunale pleje- og omsorgsindsatser',
  },
  Motivation: { code: '18eb83fc-a4fb-46ac-9d98-73ce76946c43', subtree: 'Generelle oplysninger' },
  Muskelfunktion: {
    code: '396c3048-410b-46a8-89e6-ba89cd0e8fda',
    subtree: 'Kommunal genoptræning efter sygehusophold-tilstande',
  },
  'Nikotin- og tobaksafvænning': {
    code: '6d24992e-e0a2-43e7-bc27-0234622a8655',
    subtree: 'Kommunale sundhedsfremme og forebyggelsesindsatser',
  },
  Opfølgning: {
    code: 'd1e016b5-150a-4ac4-97ba-d3e19e28471e',
    subtree: 'Kommunale sundhedsfremme og forebyggelsesindsatser',
  },
  Opmærksomhed: {
    code: '36248229-67ac-4f5a-9446-b72c7208e34d',
    subtree: 'Kommunal genoptræning efter sygehusophold-tilstande',
  },
  'Personlig pleje': { code: 'fdf43795-6499-4a5b-a1d9-d045975682b2', subtree: 'Kommunale sygeplejeindsatser' },
  'Praktiske opgaver': {
    code: 'b9c4561d-20bc-48c9-a727-fea719424a86',
    subtree: 'Kommunal genoptræning efter sygehusophold-tilstande',
  },
  'Problemer med ernæring': { code: 'bc65b137-9f5a-4889-82c2-c6764e5507f0', subtree: 'Kommunale sygeplejetilstande' },
  'Problemer med hukommelse': { code: 'e1dcf02e-6df5-487d-b596-3d499545468f', subtree: 'Kommunale sygeplejetilstande' },
  'Problemer med hørelse': { code: 'a078cdbd-a1e0-4d02-a472-f010b971c156', subtree: 'Kommunale sygeplejetilstande' },
  'Problemer med kommunikation': {
    code: '68dcfecb-3b30-4392-bfb2-325174220323',
    subtree: 'Kommunale sygeplejetilstande',
  },
  'Problemer med mave og tarm': {
    code: '8edb6c4d-0410-431c-bd8d-2c3b2d93461d',
    subtree: 'Kommunale sygeplejetilstande',
  },
  'Problemer med misbrug': { code: 'f7710e83-a2d3-4c17-bcf6-bd084aec2efb', subtree: 'Kommunale sygeplejetilstande' },
  'Problemer med mobilitet og bevægelse': {
    code: '92caace8-60e3-4861-80ac-6e372a700e1d',
    subtree: 'Kommunale sygeplejetilstande',
  },
  'Problemer med overvægt': { code: '354af175-2fcf-4f24-9adc-e9c349cd64c0', subtree: 'Kommunale sygeplejetilstande' },
  'Problemer med seksualitet': {
    code: 'd5966884-4e41-40c1-b711-6c6cde778360',
    subtree: 'Kommunale sygeplejetilstande',
  },
  'Problemer med seksualitet, køn og kropsopfattelse': {
    code: '7dc00935-32e7-46f2-b12a-8d6adfc5ad77',
    subtree: 'Kommunale sygeplejetilstande',
  },
  'Problemer med smerter': { code: '5b6f5ce1-24b0-486d-8bbb-f9711fec92dd', subtree: 'Kommunale sygeplejetilstande' },
  'Problemer med socialt samvær': {
    code: '5cc0c081-4b5a-4465-8635-7515768fbadc',
    subtree: 'Kommunale sygeplejetilstande',
  },
  'Problemer med synssans': { code: 'ee01e70d-0d2b-47a9-8f15-cb59ce4bf348', subtree: 'Kommunale sygeplejetilstande' },
  'Problemer med tryksår': { code: 'bb0ea5fa-3462-40de-9047-a16fc4815a47', subtree: 'Kommunale sygeplejetilstande' },
  'Problemer med undervægt': { code: '7946e63c-036f-49f7-a5bc-1f5a8dc173c7', subtree: 'Kommunale sygeplejetilstande' },
  'Problemer med urininkontinens': {
    code: '1fdf6282-7e57-4e3d-91c4-c8b2f030c374',
    subtree: 'Kommunale sygeplejetilstande',
  },
  'Problemer med vandladning': {
    code: '116ff724-09b7-45c0-bee5-8bbf1d500c63',
    subtree: 'Kommunale sygeplejetilstande',
  },
  'Problemer med venøst sår': { code: '19503407-1ae8-4b17-b96a-98387c24278d', subtree: 'Kommunale sygeplejetilstande' },
  'Psykisk støtte': { code: '476708f4-505d-4575-9e1f-e9dadb7d7759', subtree: 'Kommunale sygeplejeindsatser' },
  'Psykomotorisk træning': {
    code: '8d714c98-f23a-4722-8a2f-85c162fe4840',
    subtree: 'Kommunal genoptræning efter sygehusophold-indsatser',
  },
  Pårørende: { code: 'df730716-47ae-42ed-9ff3-bbf4353d5626', subtree: 'Henvendelse/henvisning fra' },
  Rehabilitering: { code: '8f8ee1d1-df6f-4c1c-8293-0b47a46b5c21', subtree: 'Kommunale sygeplejeindsatser' },
  Respiration: {
    code: 'e33396bb-019a-4fda-b901-1dbfdea1fc10',
    subtree: 'Kommunale sundhedsfremme og forebyggelsestilstande',
  },
  Respirationsproblemer: { code: 'dae40f60-8dab-4bd3-ab72-b07d0f278692', subtree: 'Kommunale sygeplejetilstande' },
  'Sociale relationer': {
    code: '08042057-72f4-4798-a727-75ce6205dc86',
    subtree: 'Kommunale sundhedsfremme og forebyggelsestilstande',
  },
  'Spise og drikke': {
    code: 'a05628c5-0128-42f7-844c-0f8261041328',
    subtree: 'Kommunal genoptræning efter sygehusophold-tilstande',
  },
  Sundhedsadfærd: {
    code: 'b349c7ec-86c5-4c52-aaf2-9034d98b0e3b',
    subtree: 'Kommunale sundhedsfremme og forebyggelsestilstande',
  },
  'Sundhedsfremme og forebyggelse': {
    code: 'ddd8f111-2a2c-4fb3-a444-7b1ad35b95fa',
    subtree: 'Henvendelse/henvisning fra',
  },
  Sundhedskompetence: {
    code: 'bb7e9e71-73f6-4ec6-a0bf-eaec1e5982b4',
    subtree: 'Kommunale sundhedsfremme og forebyggelsestilstande',
  },
  Sygdomshåndtering: {
    code: 'e71b7d85-5c78-49c2-8624-8499d162317b',
    subtree: 'Kommunale sundhedsfremme og forebyggelsesindsatser',
  },
  Sårbehandling: { code: '76878386-b3d2-4320-828a-a700e8a66234', subtree: 'Kommunale sygeplejeindsatser' },
  Søvnproblemer: { code: '6c6a10b9-d4c3-44f6-8803-80466d158356', subtree: 'Kommunale sygeplejetilstande' },
  'Tobak og nikotin': {
    code: '1a34ed6c-083b-451f-b8c8-137f99126b0c',
    subtree: 'Kommunale sundhedsfremme og forebyggelsestilstande',
  },
  Tobaksafvænning: {
    code: 'c203c6b5-3be0-40a8-8204-e93751deabf5',
    subtree: 'Kommunale sundhedsfremme og forebyggelsesindsatser',
  },
  Udholdenhed: {
    code: 'acb817ea-63aa-4d7e-aa67-f557c73f7c8a',
    subtree: 'Kommunal genoptræning efter sygehusophold-tilstande',
  },
  Vægt: { code: 'febbd20d-f5ff-41e7-bf12-dfa0700678e0', subtree: 'Kommunale sundhedsfremme og forebyggelsestilstande' },
  Ødem: {
    code: '65ca1484-390b-4f1e-ba14-86a170ba75b9',
    subtree: 'Kommunal genoptræning efter sygehusophold-tilstande',
  },
};
