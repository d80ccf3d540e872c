/** A refused move's reasons in words: the field or task it names, by its title in the deal's regulation. */
import { useI18n } from '../i18n/index.js';
import type { DealMove } from './queries.js';

export interface RegulationTitles {
  field(key: string): string;
  task(key: string): string;
  stage(key: string): string;
}

export function Reasons({ move, titles, id }: { move: DealMove; titles: RegulationTitles; id?: string }) {
  const { t } = useI18n();
  return (
    <ul id={id} className="board-reasons">
      {move.reasons.map((r, i) => (
        <li key={i}>
          {r.field && r.code === 'LOSS_REASON_REQUIRED'
            ? t('deal.reason.loss', { field: titles.field(r.field) })
            : r.field
              ? t('deal.reason.field', { field: titles.field(r.field) })
              : r.task
                ? t('deal.reason.task', { task: titles.task(r.task) })
                : t('deal.reason.other', { message: r.message })}
        </li>
      ))}
    </ul>
  );
}
