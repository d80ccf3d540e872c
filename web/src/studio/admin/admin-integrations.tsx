/** API keys (create, shown once; revoke), webhooks (add, deactivate) and their delivery log. */
import { useState, type FormEvent } from 'react';
import {
  useApiKeys,
  useCreateKey,
  useCreateWebhook,
  useDeleteWebhook,
  useDeliveries,
  useRevokeKey,
  useWebhooks,
} from './queries.js';
import { useStudioI18n } from '../i18n.js';
import { DataTable, ErrorAlert } from '../../ui/table.js';

/** A secret shown this once, in a field that selects itself for copying. */
function Secret({ id, text, value }: { id: string; text: string; value: string }) {
  const { t } = useStudioI18n();
  return (
    <div className="secret">
      <p id={id}>{text}</p>
      <input readOnly value={value} aria-labelledby={id} onFocus={(e) => e.target.select()} />
      <button type="button" className="secondary" onClick={() => void navigator.clipboard?.writeText(value)}>
        {t('admin.copy')}
      </button>
    </div>
  );
}

export function KeysAdmin() {
  const { t, dateTime } = useStudioI18n();
  const keys = useApiKeys();
  const [name, setName] = useState('');
  const create = useCreateKey({ onSuccess: () => setName('') });
  const revoke = useRevokeKey();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(name);
  };
  const error = create.error ?? revoke.error ?? keys.error;
  return (
    <section aria-labelledby="keys-title">
      <h2 id="keys-title">{t('admin.keys')}</h2>
      <form className="card form-grid" aria-label={t('admin.createKey')} onSubmit={submit}>
        <div className="wide">
          <label htmlFor="key-name">{t('admin.keyName')}</label>
          <input
            id="key-name"
            value={name}
            required
            pattern="[a-z][a-z0-9_\-]*"
            maxLength={100}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <div className="actions">
          <button type="submit" disabled={create.isPending}>
            {t('admin.createKey')}
          </button>
        </div>
      </form>
      {create.data && <Secret id="key-secret" text={t('admin.keyCreated')} value={create.data.key} />}
      <ErrorAlert error={error} />
      <DataTable
        labelledBy="keys-title"
        empty={keys.data?.length === 0 && t('admin.noKeys')}
        columns={[
          t('admin.keyId'),
          t('admin.name'),
          t('admin.createdBy'),
          t('admin.createdAt'),
          t('admin.status'),
          t('admin.actions'),
        ]}
      >
        {(keys.data ?? []).map((k) => (
          <tr key={k.id}>
            <th scope="row">{k.id}</th>
            <td>{k.name}</td>
            <td>{k.createdBy}</td>
            <td>{dateTime(k.createdAt)}</td>
            <td>{k.active ? t('admin.active') : <span className="badge danger">{t('admin.revoked')}</span>}</td>
            <td>
              {k.active && (
                <button
                  type="button"
                  className="danger small"
                  aria-label={t('admin.revokeOf', { id: k.id })}
                  disabled={revoke.isPending}
                  onClick={() => revoke.mutate(k.id)}
                >
                  {t('admin.revoke')}
                </button>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}

export function WebhooksAdmin() {
  const { t, dateTime, number } = useStudioI18n();
  const hooks = useWebhooks();
  const [url, setUrl] = useState('');
  const [shown, setShown] = useState<string>();
  const create = useCreateWebhook({ onSuccess: () => setUrl('') });
  const off = useDeleteWebhook();
  const deliveries = useDeliveries(shown);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(url);
  };
  const error = create.error ?? off.error ?? hooks.error ?? deliveries.error;
  const shownUrl = hooks.data?.find((h) => h.id === shown)?.url ?? shown ?? '';
  return (
    <section aria-labelledby="hooks-title">
      <h2 id="hooks-title">{t('admin.webhooks')}</h2>
      <form className="card form-grid" aria-label={t('admin.addWebhook')} onSubmit={submit}>
        <div className="wide">
          <label htmlFor="hook-url">{t('admin.url')}</label>
          <input
            id="hook-url"
            type="url"
            value={url}
            required
            pattern="https?://.+"
            onChange={(e) => setUrl(e.target.value)}
          />
        </div>
        <div className="actions">
          <button type="submit" disabled={create.isPending}>
            {t('admin.addWebhook')}
          </button>
        </div>
      </form>
      {create.data && <Secret id="hook-secret" text={t('admin.webhookCreated')} value={create.data.secret} />}
      <ErrorAlert error={error} />
      <DataTable
        labelledBy="hooks-title"
        empty={hooks.data?.length === 0 && t('admin.noWebhooks')}
        columns={[
          t('admin.url'),
          t('admin.status'),
          t('admin.delivered'),
          t('admin.pending'),
          t('admin.failed'),
          t('admin.createdAt'),
          t('admin.actions'),
        ]}
      >
        {(hooks.data ?? []).map((h) => (
          <tr key={h.id}>
            <th scope="row">{h.url}</th>
            <td>{h.active ? t('admin.active') : <span className="badge danger">{t('admin.inactive')}</span>}</td>
            <td className="num">{number(h.delivered)}</td>
            <td className="num">{number(h.pending)}</td>
            <td className={`num${h.failed > 0 ? ' bad' : ''}`}>{number(h.failed)}</td>
            <td>{dateTime(h.createdAt)}</td>
            <td>
              <div className="actions-cell">
                <button
                  type="button"
                  className="secondary small"
                  aria-pressed={shown === h.id}
                  aria-label={t('admin.deliveriesOf', { url: h.url })}
                  onClick={() => setShown(shown === h.id ? undefined : h.id)}
                >
                  {t('admin.deliveries')}
                </button>
                {h.active && (
                  <button
                    type="button"
                    className="danger small"
                    aria-label={t('admin.webhookOff', { url: h.url })}
                    disabled={off.isPending}
                    onClick={() => off.mutate(h.id)}
                  >
                    {t('admin.deactivate')}
                  </button>
                )}
              </div>
            </td>
          </tr>
        ))}
      </DataTable>
      {shown && (
        <>
          <h3 id="deliveries-title">{t('admin.deliveriesOf', { url: shownUrl })}</h3>
          <DataTable
            labelledBy="deliveries-title"
            empty={deliveries.data?.length === 0 && t('admin.noDeliveries')}
            columns={[
              t('admin.notification'),
              t('admin.status'),
              t('admin.tries'),
              t('admin.lastStatus'),
              t('admin.deliveredAt'),
              t('admin.nextAttempt'),
            ]}
          >
            {(deliveries.data ?? []).map((d) => (
              <tr key={d.notificationId}>
                <th scope="row">{d.notificationId}</th>
                <td>{d.status === 'failed' ? <span className="badge danger">{d.status}</span> : d.status}</td>
                <td className="num">{number(d.attempts)}</td>
                <td>{d.lastError ? `${d.lastStatus ?? ''} ${d.lastError}`.trim() : (d.lastStatus ?? '—')}</td>
                <td>{dateTime(d.deliveredAt)}</td>
                <td>{d.status === 'pending' ? dateTime(d.nextAttemptAt) : '—'}</td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </section>
  );
}
