import { formatKr, proposalsUi } from '../../shared';
import type { UpdatePriceMutation } from '../../__generated__/graphql';

const t = proposalsUi.prices;
const c = proposalsUi.cases;

/** What a price or index change re-ran: the cases that moved, with their net present value before and now. */
export type PriceMovesData = Pick<UpdatePriceMutation['updatePrice'], 'moved'>;

/** "Genberegnede business cases" after a price or an index changed (announced as a status). */
export function PriceMoves({ outcome }: { outcome: PriceMovesData }) {
  return (
    <section aria-labelledby="moved" role="status">
      <h2 id="moved">{t.moved}</h2>
      {outcome.moved.length === 0 ? (
        <p>{t.movedNone}</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">{t.moved}</caption>
          <thead>
            <tr>
              <th scope="col">{c.name}</th>
              <th scope="col" className="num">
                {c.npvBefore}
              </th>
              <th scope="col" className="num">
                {c.npvNow}
              </th>
              <th scope="col" className="num">
                {c.change}
              </th>
            </tr>
          </thead>
          <tbody>
            {outcome.moved.map((m) => (
              <tr key={m.businessCaseId}>
                <th scope="row">{m.name}</th>
                <td className="num">{m.oldNpv == null ? '' : formatKr(m.oldNpv)}</td>
                <td className="num">{m.newNpv == null ? '' : formatKr(m.newNpv)}</td>
                <td className="num">{m.change == null ? '' : formatKr(m.change)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
