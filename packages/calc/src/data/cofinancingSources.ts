/** Sources of the shipped co-financing figures (docs/reference/cofinancing.md §9). */
export const REGION_H_ENGLISH =
  'Region Hovedstaden, "Joint financing by the municipalities" (engelsk side, udateret; kr.-beløb "just about"/"around"), https://www.regionh.dk/english/about-the-capital-region/Finance/Pages/Joint-financing-by-the-municipalities.aspx';
export const REGION_H_DANISH =
  'Region Hovedstaden, "Kommunernes medfinansiering" (dansk side, udateret, sandsynligvis 2019/2020-prisniveau; beløb "knap"/"godt"), https://www.regionh.dk/om-region-hovedstaden/oekonomi/Regionens-oekonomi-og-finansiering/Sider/Kommunernes-medfinansiering.aspx';
export const BEK_2019_ANNEX =
  'Bekendtgørelse om loft 2019, "Bilag 1 Model for den kommunale medfinansiering" (retsinformation.dk R0710 id=210422) – bilaget er ikke læst; satserne pr. aldersgruppe mangler';
export const RETSINFO_2019 = 'retsinformation.dk R0710 id=210422 (BEK om øvre grænse 2019)';
export const RETSINFO_2020 = 'retsinformation.dk R0710 id=210424 (BEK om øvre grænse 2020)';
export const REGIONER_2015 =
  'Danske Regioner, "Finansiering fra kommunerne", https://www.regioner.dk/aftaler-og-oekonomi/oekonomisk-styring/finansiering/finansiering-fra-kommunerne';
export const PSYKIATRI_REGION_H = 'Psykiatrien Region Hovedstaden, betalingsregler for særlige pladser (2019, 2022)';
