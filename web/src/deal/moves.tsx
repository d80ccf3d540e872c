/** The moves a deal's stage allows, each with why it is refused now (`GET /deals/{id}/moves`). */
import { useI18n, type I18n } from '../i18n/index.js';
import { useDealEvent, type DealMove, type FieldValues } from './queries.js';
import type { Titles } from './history.js';
import { Refusal } from '../ui/refusal.js';

/** A move's reason in words: the field or task it names, by its title. */
function reasonText(r: DealMove['reasons'][number], t: I18n['t'], fieldTitle: (k: string) => string, titles: Titles) {
  if (r.field && r.code === 'LOSS_REASON_REQUIRED') return t('deal.reason.loss', { field: fieldTitle(r.field) });
  if (r.field) return t('deal.reason.field', { field: fieldTitle(r.field) });
  if (r.task) return t('deal.reason.task', { task: titles.task(r.task) });
  return t('deal.reason.other', { message: r.message });
}

/** The moves the stage allows; a blocked one lists why before anyone tries (it may still be tried: the API says the same). */
export function Moves({
  dealId,
  moves,
  edits,
  fieldTitle,
  titles,
}: {
  dealId: string;
  moves: DealMove[];
  edits: FieldValues;
  fieldTitle: (k: string) => string;
  titles: Titles;
}) {
  const { t } = useI18n();
  const move = useDealEvent(dealId);
  return (
    <>
      {moves.length === 0 && <p className="muted">{t('deal.noMoves')}</p>}
      <ul className="list moves">
        {moves.map((m) => {
          const reasonsId = `move-reasons-${m.event}`;
          return (
            <li key={m.event} className={m.allowed ? 'move' : 'move blocked'}>
              <button
                type="button"
                className="secondary"
                disabled={move.isPending}
                aria-describedby={m.allowed ? undefined : reasonsId}
                onClick={() => move.mutate({ type: m.event, fields: edits })}
              >
                {t('deal.moveTo', { event: m.title ?? m.event, stage: titles.stage(m.to) })}
              </button>
              {m.allowed ? (
                <span className="ok-text">{t('deal.moveAllowed')}</span>
              ) : (
                <div id={reasonsId} className="reasons">
                  <span>{t('deal.moveBlocked')}</span>
                  <ul>
                    {m.reasons.map((r, i) => (
                      <li key={i}>{reasonText(r, t, fieldTitle, titles)}</li>
                    ))}
                  </ul>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {move.error && <Refusal error={move.error} />}
    </>
  );
}
