import { ui } from '../../shared';
import type { Role } from '../../__generated__/graphql';
import { useAuthConfig } from './useAuthConfig';

/** Demo accounts, offered only when the API runs in demo mode. Silent otherwise, also on errors. */
export function DemoSignIn({ onChoose, disabled }: { onChoose: (role: Role) => void; disabled: boolean }) {
  const { data } = useAuthConfig();
  const config = data?.authConfig;
  if (!config?.demoMode || config.demoAccounts.length === 0) return null;
  return (
    <section className="demo" aria-labelledby="demo-title">
      <h2 id="demo-title">{ui.auth.demoTitle}</h2>
      <p>{ui.auth.demoIntro}</p>
      <ul className="demo__list">
        {config.demoAccounts.map((account) => (
          <li key={account.role}>
            <button
              type="button"
              className="button button--secondary"
              disabled={disabled}
              onClick={() => onChoose(account.role)}
            >
              {ui.auth.demoButton(account.label)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
