/** An API refusal as an alert: its headline and each reason the problem lists. */
import { ApiError } from '../api.js';
import { useI18n, type MessageKey } from '../i18n/index.js';

export function Refusal({ error, title = 'deal.refused' }: { error: Error; title?: MessageKey }) {
  const { t } = useI18n();
  const reasons = error instanceof ApiError ? error.reasons : [error.message];
  return (
    <div role="alert" className="alert">
      <strong>{t(title)}</strong>
      <ul>
        {reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
    </div>
  );
}
