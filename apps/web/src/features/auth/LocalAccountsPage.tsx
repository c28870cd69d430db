import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { formatDateTime, signInMessages, ui } from '../../shared';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadingStatus } from '../../components/LoadingStatus';
import { errorMessage } from '../../components/errorMessage';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { useViewer } from './useViewer';
import { LOCAL_ACCOUNTS_QUERY, SET_ACCOUNT_DISABLED_MUTATION, type LocalAccountData } from './accountQueries';

const t = signInMessages.accounts;

/**
 * "/konti": the local accounts (demo, emergency administrator) for the administrator to disable and enable
 * (issue 15, ADR 034). Accounts that follow the identity provider are disabled there, so they are not listed.
 */
export function LocalAccountsPage() {
  useDocumentTitle(t.heading);
  const viewerId = useViewer().data?.me?.id;
  const { data, loading, error, refetch } = useQuery(LOCAL_ACCOUNTS_QUERY, { fetchPolicy: 'network-only' });
  const [setDisabled, { loading: saving }] = useMutation(SET_ACCOUNT_DISABLED_MUTATION, {
    refetchQueries: [LOCAL_ACCOUNTS_QUERY],
    awaitRefetchQueries: true,
  });
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const rows = data?.localAccounts;

  const toggle = async (account: LocalAccountData) => {
    const disabled = !account.disabledAt;
    setStatus('');
    setFailure('');
    try {
      await setDisabled({ variables: { email: account.email, disabled } });
      setStatus(disabled ? t.disabledDone(account.name) : t.enabledDone(account.name));
    } catch (e) {
      setFailure(errorMessage(e));
    }
  };

  return (
    <div className="page">
      <h1>{t.heading}</h1>
      <p className="lead">{t.intro}</p>
      <p role="status">{status}</p>
      {failure && (
        <p role="alert" className="form-error">
          {failure}
        </p>
      )}
      {loading && !rows ? (
        <LoadingStatus />
      ) : error && !rows ? (
        <ErrorPanel error={error} retrying={loading} onRetry={() => void refetch().catch(() => undefined)} />
      ) : !rows || rows.length === 0 ? (
        <EmptyState text={t.empty} />
      ) : (
        <div className="table-scroll" role="region" aria-label={t.caption} tabIndex={0}>
          <table className="data-table">
            <caption>{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.name}</th>
                <th scope="col">{t.email}</th>
                <th scope="col">{t.role}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">{t.action}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    {a.name}
                    {a.isAdministrator && <span className="muted"> ({t.administrator})</span>}
                    {a.id === viewerId && <span className="muted"> ({t.you})</span>}
                  </th>
                  <td>{a.email}</td>
                  <td>{ui.roles[a.role]}</td>
                  <td>{a.disabledAt ? t.disabledSince(formatDateTime(a.disabledAt)) : t.active}</td>
                  <td>
                    {a.id !== viewerId && (
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        aria-label={a.disabledAt ? t.enable(a.name) : t.disable(a.name)}
                        disabled={saving}
                        onClick={() => void toggle(a)}
                      >
                        {a.disabledAt ? t.enableButton : t.disableButton}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
