/**
 * The pipeline board (/pipeline?regulation=…): a column per stage of the
 * regulation, a card per deal one may see. Dragging a card over a column
 * tells at once whether the move is allowed and why not (the deal's moves,
 * read ahead); a refused drop changes nothing and says why; the card's menu
 * offers the same moves to the keyboard. Filters: whose deals, owner,
 * overdue only.
 *
 * @module
 */
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { useMe } from '../auth/queries.js';
import { useRegulation, useRegulations } from '../deal/queries.js';
import { useI18n } from '../i18n/index.js';
import { useManagers, useReassign } from '../team/queries.js';
import { Refusal } from '../ui/refusal.js';
import { BoardCard } from './board-card.js';
import { dropVerdict, type DropVerdict } from './drag.js';
import {
  cachedMoves,
  fetchMoves,
  prefetchMoves,
  useBoard,
  useMoveDeal,
  type BoardCard as Card,
  type BoardFilter,
} from './queries.js';
import { Reasons, type RegulationTitles } from './reasons.js';
import './pipeline.css';

interface Dragging {
  card: Card;
  stage: string;
}

export default function PipelinePage() {
  const i18n = useI18n();
  const { t } = i18n;
  const me = useMe();
  const search: { regulation?: string } = useSearch({ strict: false });
  const go = useNavigate();
  const regulations = useRegulations();
  const regulationId = search.regulation ?? regulations.data?.[0]?.id;
  const [filter, setFilter] = useState<BoardFilter>({});
  const board = useBoard(regulationId, filter);
  const regulation = useRegulation(regulationId, board.data?.version);
  const head = me.data?.role !== 'manager';
  const people = useManagers(!!me.data && head);
  const move = useMoveDeal();
  const assign = useReassign();
  const { mutate: mutateMove } = move;
  const { mutate: mutateAssign } = assign;
  const client = useQueryClient();
  const [dragging, setDragging] = useState<Dragging>();
  const [over, setOver] = useState<string>();
  // The drag as the event handlers see it now (state lags a render behind).
  const dragRef = useRef<Dragging | undefined>(undefined);
  const overRef = useRef<string | undefined>(undefined);
  const [note, setNote] = useState<{ ok: boolean; text: string; verdict?: DropVerdict }>();

  const reg = regulation.data?.regulation;
  const titles: RegulationTitles = useMemo(
    () => ({
      field: (k) => reg?.fields?.[k]?.title ?? k,
      task: (k) => reg?.stages.flatMap((s) => s.tasks).find((x) => x.key === k)?.title ?? k,
      stage: (k) => reg?.stages.find((s) => s.key === k)?.title ?? k,
    }),
    [reg],
  );
  const verdict = (stage: string) =>
    dragging ? dropVerdict(dragging.stage, stage, cachedMoves(client, dragging.card.id)) : undefined;

  useLayoutEffect(() => {
    // First render of the board with its deals: the browser test reads this mark.
    if (board.data) performance.mark('board-rendered');
  }, [board.data]);
  useEffect(() => {
    if (dragging) void fetchMoves(client, dragging.card.id).then(() => setOver((o) => o));
  }, [dragging, client]);

  const prefetch = useCallback((id: string) => void prefetchMoves(client, id), [client]);
  const doMove = useCallback(
    (card: Card, event: string, stage: string) => {
      const name = card.client ?? card.id;
      mutateMove(
        { dealId: card.id, event },
        {
          onSuccess: () =>
            setNote({ ok: true, text: t('pipeline.moved', { client: name, stage: titles.stage(stage) }) }),
          onError: () => setNote(undefined),
        },
      );
    },
    [mutateMove, t, titles],
  );
  /** Released over an allowed column: the move is sent. */
  const drop = (stage: string) => (e: DragEvent) => {
    e.preventDefault();
    const d = dragRef.current;
    dragRef.current = undefined;
    if (!d) return;
    const v = dropVerdict(d.stage, stage, cachedMoves(client, d.card.id));
    if (v.kind === 'allowed') doMove(d.card, v.move.event, stage);
  };
  /**
   * The drag ended: over a refused column there was no drop (the column did
   * not accept it, the cursor said so); it changes nothing and says why.
   */
  const endDrag = useCallback(() => {
    const d = dragRef.current;
    const stage = overRef.current;
    dragRef.current = undefined;
    overRef.current = undefined;
    setDragging(undefined);
    setOver(undefined);
    if (!d || !stage) return;
    const v = dropVerdict(d.stage, stage, cachedMoves(client, d.card.id));
    const refused = t('pipeline.refused', { client: d.card.client ?? d.card.id });
    if (v.kind === 'refused') setNote({ ok: false, text: refused, verdict: v });
    else if (v.kind === 'none') setNote({ ok: false, text: `${refused} ${t('pipeline.drop.none')}` });
  }, [client, t]);
  const startDrag = useCallback((card: Card, stage: string) => {
    dragRef.current = { card, stage };
    setDragging({ card, stage });
  }, []);
  const onAssign = useCallback(
    (c: Card) =>
      mutateAssign(c.id, {
        onSuccess: (r) =>
          setNote({ ok: true, text: t('pipeline.assigned', { client: c.client ?? c.id, owner: r.owner }) }),
      }),
    [mutateAssign, t],
  );
  const enter = (stage: string) => {
    overRef.current = stage;
    if (over !== stage) setOver(stage);
  };

  if (regulations.data?.length === 0) return <p>{t('pipeline.empty')}</p>;
  return (
    <section aria-labelledby="pipeline-title" className="pipeline">
      <h1 id="pipeline-title">{t('pipeline.title')}</h1>
      <form className="board-filters" aria-label={t('pipeline.filters')} onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('pipeline.regulation')}
          <select
            value={regulationId ?? ''}
            onChange={(e) => void go({ to: '/pipeline', search: { regulation: e.target.value } })}
          >
            {(regulations.data ?? []).map((r) => (
              <option key={r.id} value={r.id}>
                {r.title}
              </option>
            ))}
          </select>
        </label>
        {head && (
          <>
            <label>
              {t('pipeline.scope')}
              <select
                value={filter.scope ?? 'all'}
                onChange={(e) => setFilter({ ...filter, scope: e.target.value as BoardFilter['scope'] })}
              >
                {(['all', 'department', 'mine'] as const).map((s) => (
                  <option key={s} value={s}>
                    {t(`pipeline.scope.${s}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('pipeline.owner')}
              <select
                value={filter.owner ?? ''}
                onChange={(e) => setFilter({ ...filter, owner: e.target.value || undefined })}
              >
                <option value="">{t('pipeline.anyOwner')}</option>
                {(people.data ?? [])
                  .filter((p) => p.active && p.role !== 'admin')
                  .map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
              </select>
            </label>
          </>
        )}
        <label className="check">
          <input
            type="checkbox"
            checked={!!filter.overdue}
            onChange={(e) => setFilter({ ...filter, overdue: e.target.checked })}
          />
          {t('pipeline.overdueOnly')}
        </label>
      </form>
      <p className="muted">{t('pipeline.dragHint')}</p>
      <div role="status" aria-live="polite" className="board-note">
        {note && (
          <div className={note.ok ? 'ok-text' : 'alert'}>
            {note.text}
            {note.verdict?.kind === 'refused' && <Reasons move={note.verdict.move} titles={titles} />}
          </div>
        )}
      </div>
      {move.error && <Refusal error={move.error} />}
      {assign.error && <Refusal error={assign.error} />}
      {board.isError && <p role="alert">{t('common.error', { message: board.error.message })}</p>}
      {board.data?.truncated && <p className="alert">{t('pipeline.truncated')}</p>}
      <div className="board">
        {(board.data?.columns ?? []).map((column) => {
          const v = over === column.stage ? verdict(column.stage) : undefined;
          const hintId = `drop-${column.stage}`;
          return (
            <section
              key={column.stage}
              className={`board-column${v ? ` drop-${v.kind}` : ''}`}
              aria-labelledby={`col-${column.stage}`}
              data-drop={v?.kind}
              onDragEnter={() => enter(column.stage)}
              onDragOver={(e) => {
                enter(column.stage);
                const d = dragRef.current;
                // Only an allowed move is accepted: elsewhere the cursor says no, and nothing drops.
                if (d && dropVerdict(d.stage, column.stage, cachedMoves(client, d.card.id)).kind === 'allowed') {
                  e.preventDefault();
                  e.dataTransfer.dropEffect = 'move';
                }
              }}
              onDrop={drop(column.stage)}
            >
              <h2 id={`col-${column.stage}`}>
                {column.title} <span className="muted">{t('pipeline.deals', { count: column.deals.length })}</span>
              </h2>
              {v && v.kind !== 'same' && (
                <div id={hintId} className="drop-hint">
                  {v.kind === 'allowed' && t('pipeline.drop.allowed', { move: v.move.title ?? v.move.event })}
                  {v.kind === 'checking' && t('pipeline.drop.checking')}
                  {v.kind === 'none' && t('pipeline.drop.none')}
                  {v.kind === 'refused' && (
                    <>
                      {t('pipeline.drop.refused')}
                      <Reasons move={v.move} titles={titles} />
                    </>
                  )}
                </div>
              )}
              {column.deals.map((card) => (
                <BoardCard
                  key={card.id}
                  card={card}
                  stage={column.stage}
                  titles={titles}
                  fieldTitle={titles.field}
                  canAssign={head}
                  busy={move.isPending || assign.isPending}
                  onDragStart={startDrag}
                  onDragEnd={endDrag}
                  onMove={doMove}
                  i18n={i18n}
                  onPrefetch={prefetch}
                  onAssign={onAssign}
                />
              ))}
            </section>
          );
        })}
      </div>
    </section>
  );
}
