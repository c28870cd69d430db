// The example scenarios shipped with @sundhed/calc (packages/calc/examples), with Danish names, so the
// page can start from one. The JSON files stay the single copy; the CLI's README uses the same files.
import forebyggelse from '@sundhed/calc/examples/business-case-forebyggelse.json';
import sroi74 from '@sundhed/calc/examples/business-case-sroi-7-4.json';
import type { BusinessCaseExample } from '../../__generated__/graphql';

export const businessCaseExamples: readonly BusinessCaseExample[] = [
  {
    id: 'business-case-forebyggelse',
    name: 'Forebyggelsesforløb i tre hold',
    description:
      'Et tænkt forebyggende forløb over 10 år: tre hold á 50 deltagere, 25 % brutto-succesrate, dødvægt, frafald og optimismetillæg; gevinster for kommune, region og stat. Tallene er illustrative, ikke fra et konkret projekt. Med Monte Carlo-analyse (10.000 træk).',
    scenario: forebyggelse,
  },
  {
    id: 'business-case-sroi-7-4',
    name: 'SROI-eksemplet (docs/reference/skandia.md §7.4)',
    description:
      'Det publicerede SROI-eksempel: 60 deltagere á 8.500, dødvægt 40 %, attribution 30 %, frafald 30 %, 3,5 % diskontering og en investering på 250.000. Giver nutidsværdi 359.069,57 og 1,44 kr. tilbage pr. investeret krone.',
    scenario: sroi74,
  },
];
