/** The templates suggested for a deal's open tasks, rendered with its data as it is now, each with a copy button. */
import { useI18n } from '../i18n/index.js';
import { useDealTemplates } from './queries.js';
import { CopyButton } from '../ui/copy-button.js';
import type { Titles } from './history.js';

export function Templates({ dealId, titles }: { dealId: string; titles: Titles }) {
  const { t } = useI18n();
  const templates = useDealTemplates(dealId);
  if (!templates.data) return null;
  if (templates.data.length === 0) return <p className="muted">{t('deal.noTemplates')}</p>;
  return (
    <ul className="list">
      {templates.data.map((x) => {
        const text = x.subject ? `${x.subject}\n\n${x.body}` : x.body;
        return (
          <li key={x.id} className="card template">
            <div className="row spread">
              <div>
                <strong id={`template-${x.id}`}>{x.title}</strong>
                <div className="muted">{t('deal.templateFor', { task: titles.task(x.task) })}</div>
              </div>
              <CopyButton text={text} label={t('deal.copyTemplate', { title: x.title })} />
            </div>
            {x.subject && <p className="template-subject">{x.subject}</p>}
            <pre className="template-body" aria-labelledby={`template-${x.id}`}>
              {x.body}
            </pre>
          </li>
        );
      })}
    </ul>
  );
}
