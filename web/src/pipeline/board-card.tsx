/**
 * A deal's card on the pipeline board: client, summary fields, owner, next
 * task and its due, overdue and queue marks; draggable to another column,
 * and the same moves from its "Move" menu for the keyboard. A queue's deal
 * offers assignment by the rules (heads and directors).
 *
 * @module
 */
import { memo, useState, type DragEvent } from 'react';
import type { I18n } from '../i18n/index.js';
import { Link } from '../ui/link.js';
import { Reasons, type RegulationTitles } from './reasons.js';
import { useCardMoves, type BoardCard as Card } from './queries.js';

export interface CardProps {
  card: Card;
  stage: string;
  titles: RegulationTitles;
  fieldTitle(key: string): string;
  canAssign: boolean;
  onDragStart(card: Card, stage: string): void;
  onDragEnd(): void;
  onMove(card: Card, event: string, stage: string): void;
  onAssign(card: Card): void;
  busy: boolean;
  i18n: I18n;
  onPrefetch(id: string): void;
}

/** One card; the board's 500 cards share the page's translator (`i18n`) rather than each asking for it. */
export const BoardCard = memo(function BoardCard(p: CardProps) {
  const { t, dateTime, number } = p.i18n;
  const [menu, setMenu] = useState(false);
  const name = p.card.client ?? p.card.id;
  const titleId = `card-${p.card.id}`;
  const ahead = () => p.onPrefetch(p.card.id);
  const start = (e: DragEvent) => {
    e.dataTransfer.setData('text/plain', p.card.id);
    e.dataTransfer.effectAllowed = 'move';
    p.onDragStart(p.card, p.stage);
  };
  return (
    <article
      className={`board-card${p.card.overdue ? ' overdue' : ''}${p.card.queue ? ' queued' : ''}`}
      aria-labelledby={titleId}
      draggable
      onDragStart={start}
      onDragEnd={p.onDragEnd}
      onPointerEnter={ahead}
      onFocus={ahead}
    >
      <h3 id={titleId}>
        <Link to={`/deal/${encodeURIComponent(p.card.id)}`}>{name}</Link>
      </h3>
      {(p.card.queue || p.card.overdue) && (
        <p className="board-marks">
          {p.card.queue && <span className="badge">{t('pipeline.queue')}</span>}
          {p.card.overdue && <span className="badge danger">{t('pipeline.overdue')}</span>}
        </p>
      )}
      {Object.entries(p.card.summary).map(([key, value]) => (
        <p key={key} className="board-summary">
          <span className="muted">{p.fieldTitle(key)}:</span>{' '}
          {typeof value === 'number' ? number(value) : String(value)}
        </p>
      ))}
      <p className="muted">{t('pipeline.owner.value', { owner: p.card.ownerName ?? p.card.owner })}</p>
      <p>
        {p.card.nextTask ? t('pipeline.next', { task: p.card.nextTask.title }) : t('pipeline.noTask')}
        {p.card.nextTask?.dueAt && (
          <>
            {' · '}
            <span className={p.card.overdue ? 'error-text' : undefined}>
              {t('pipeline.due', { due: dateTime(p.card.nextTask.dueAt) })}
            </span>
          </>
        )}
      </p>
      <div className="board-actions">
        <button
          type="button"
          className="secondary"
          aria-expanded={menu}
          aria-label={t('pipeline.moveMenu', { client: name })}
          onClick={() => setMenu(!menu)}
        >
          {t('pipeline.move')}
        </button>
        {p.card.queue && p.canAssign && (
          <button
            type="button"
            className="secondary"
            disabled={p.busy}
            aria-label={t('pipeline.assignDeal', { client: name })}
            onClick={() => p.onAssign(p.card)}
          >
            {t('pipeline.assign')}
          </button>
        )}
      </div>
      {menu && <MoveMenu {...p} name={name} close={() => setMenu(false)} />}
    </article>
  );
});

/** The card's moves for the keyboard: read when the menu opens, the same list a drop checks. */
function MoveMenu(p: CardProps & { name: string; close(): void }) {
  const { t } = p.i18n;
  const moves = useCardMoves(p.card.id, true);
  return (
    <ul className="board-menu" aria-label={t('pipeline.moveMenu', { client: p.name })}>
      {moves.isLoading && <li>{t('common.loading')}</li>}
      {moves.data?.length === 0 && <li className="muted">{t('pipeline.noMoves')}</li>}
      {moves.data?.map((m) => {
        const reasonsId = `reasons-${p.card.id}-${m.event}`;
        return (
          <li key={m.event}>
            <button
              type="button"
              disabled={p.busy}
              aria-describedby={m.allowed ? undefined : reasonsId}
              onClick={() => {
                p.close();
                p.onMove(p.card, m.event, m.to);
              }}
            >
              {t('pipeline.moveTo', { move: m.title ?? m.event, stage: p.titles.stage(m.to) })}
            </button>
            {!m.allowed && <Reasons id={reasonsId} move={m} titles={p.titles} />}
          </li>
        );
      })}
    </ul>
  );
}
