/**
 * The client's phone numbers on the deal card: each a `tel:` link (a softphone or a
 * mobile dials it), and, where the company's PBX can place calls, a button that has
 * the PBX ring the manager's extension and then connect it to the client.
 *
 * @module
 */
import { useI18n } from '../i18n/index.js';
import { useCallClient, useDealNumbers } from './queries.js';

export function ClientPhones({ dealId }: { dealId: string }) {
  const { t } = useI18n();
  const numbers = useDealNumbers(dealId);
  const call = useCallClient(dealId);
  if (!numbers.data || numbers.data.numbers.length === 0) return null;
  return (
    <section aria-labelledby="phones-title">
      <h2 id="phones-title" className="visually-hidden">
        {t('deal.phones')}
      </h2>
      <ul className="inline-list">
        {numbers.data.numbers.map((n) => (
          <li key={n.e164}>
            <a href={n.tel}>{n.display}</a>{' '}
            {numbers.data.canOriginate && (
              <button
                type="button"
                className="secondary"
                aria-label={t('deal.callNumber', { number: n.display })}
                disabled={call.isPending}
                onClick={() => call.mutate(n.e164)}
              >
                {t('deal.call')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {call.isSuccess && <p role="status">{t('deal.calling', { extension: call.data.extension })}</p>}
      {call.isError && <p role="alert">{t('common.error', { message: call.error.message })}</p>}
    </section>
  );
}
