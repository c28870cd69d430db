// Seeds the proposals the documents support (prisma/seed/proposals.ts, issue 14) after the bulk insert:
// a handful of rows, each resolved by name within the home municipality. The business case's result is
// computed here, on the seed's own thread (no request waits for it).
import { businessCaseReport, parseScenario } from '@sundhed/calc';
import { buildScenario, type BusinessCaseAssumptions } from '@sundhed/shared';
import type { Prisma } from '../__generated__/prisma/client';
import { prices, proposals, sources } from '../../../../prisma/seed';

export async function seedProposals(tx: Prisma.TransactionClient, municipalityId: string): Promise<void> {
  await tx.price.createMany({ data: prices.map((p) => ({ municipalityId, ...p, amountKr: null })) });
  for (const p of proposals) {
    const s = sources[p.needSource];
    const source = await tx.source.findFirst({ where: { documentKey: s.documentKey, section: s.section } });
    const unit = p.responsibleUnit
      ? await tx.orgUnit.findFirst({ where: { municipalityId, name: p.responsibleUnit } })
      : null;
    const theme = p.themeCode ? await tx.theme.findFirst({ where: { municipalityId, code: p.themeCode } }) : null;
    const row = await tx.proposal.create({
      data: {
        municipalityId,
        title: p.title,
        need: p.need,
        needEvidence: p.needEvidence,
        needSourceId: source?.id ?? null,
        targetGroup: p.targetGroup,
        responsibleUnitId: unit?.id ?? null,
        themeId: theme?.id ?? null,
        statusNote: p.statusNote,
      },
    });
    const projects = await tx.project.findMany({ where: { municipalityId, name: { in: p.projects } } });
    await tx.proposalProject.createMany({
      data: projects.map((pr) => ({ proposalId: row.id, projectId: pr.id, municipalityId })),
    });
    const offers = await tx.offer.findMany({ where: { name: { in: p.offers } }, select: { id: true } });
    await tx.proposalOffer.createMany({
      data: offers.map((o) => ({ proposalId: row.id, offerId: o.id, municipalityId })),
    });
    if (p.businessCase) {
      const a = p.businessCase.assumptions as unknown as BusinessCaseAssumptions;
      const scenario = buildScenario(a, () => undefined);
      const result = businessCaseReport(parseScenario(scenario)) as unknown as Prisma.InputJsonValue;
      const bc = await tx.savedBusinessCase.create({
        data: { municipalityId, proposalId: row.id, name: p.businessCase.name, template: a.template, result },
      });
      await tx.businessCaseVersion.create({
        data: {
          businessCaseId: bc.id,
          municipalityId,
          number: 1,
          scenario: scenario as unknown as Prisma.InputJsonValue,
          assumptions: a as unknown as Prisma.InputJsonValue,
          priceRefs: [],
          reason: p.businessCase.reason,
          result,
        },
      });
    }
  }
}
