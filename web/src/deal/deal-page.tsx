/** A deal: where it is on its regulation's path, its tasks, its fields, the moves its stage allows, its history. */
import { DealChain } from './chain.js';
import { ClientPhones } from './phones.js';
import { useState, type FormEvent } from 'react';
import { Decisions, Timeline, useNames, type Titles } from './history.js';
import { Moves } from './moves.js';
import { Refusal } from '../ui/refusal.js';
import { Templates } from './templates.js';
import { useI18n } from '../i18n/index.js';
import {
  useCompleteTask,
  useDeal,
  useDealEvent,
  useDecisions,
  useMoves,
  useRegulation,
  useTimeline,
  type FieldValues,
} from './queries.js';
import { type Task } from '../inbox/queries.js';

type FieldDef = { title: string; type: 'string' | 'number' | 'integer' | 'boolean'; enum?: Array<string | number> };

function TaskRow({
  task,
  outcomes,
  fields,
}: {
  task: Task;
  outcomes: string[] | undefined;
  fields: () => FieldValues;
}) {
  const { t, dateTime, kind } = useI18n();
  const name = useNames();
  const complete = useCompleteTask();
  const [outcome, setOutcome] = useState(outcomes?.[0] ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    complete.mutate({ id: task.id, ...(outcome ? { outcome } : {}), fields: fields() });
  };
  const outcomeId = `outcome-${task.id}`;
  return (
    <li className="card">
      <form className="row" onSubmit={submit}>
        <strong>{task.title}</strong>
        <span className="badge">{kind(task.kind)}</span>
        {task.required && <span className="badge">{t('deal.required')}</span>}
        {task.dueAt && <span className="muted">{t('inbox.due', { due: dateTime(task.dueAt) })}</span>}
        <span className="muted">{t('deal.assignee', { who: name(task.assignee) })}</span>
        <label htmlFor={outcomeId} className="visually-hidden">
          {t('deal.outcomeFor', { title: task.title })}
        </label>
        {outcomes ? (
          <select id={outcomeId} value={outcome} onChange={(e) => setOutcome(e.target.value)}>
            {outcomes.map((o) => (
              <option key={o}>{o}</option>
            ))}
          </select>
        ) : (
          <input
            id={outcomeId}
            value={outcome}
            placeholder={t('deal.outcome')}
            onChange={(e) => setOutcome(e.target.value)}
          />
        )}
        <button type="submit" disabled={complete.isPending} aria-label={t('deal.completeTask', { title: task.title })}>
          {t('deal.complete')}
        </button>
      </form>
      {complete.error && <Refusal error={complete.error} />}
    </li>
  );
}

export function DealPage({ id }: { id: string }) {
  const { t } = useI18n();
  const name = useNames();
  const deal = useDeal(id);
  const regulation = useRegulation(deal.data?.regulationId, deal.data?.regulationVersion);
  const timeline = useTimeline(id);
  const decisions = useDecisions(id);
  const moves = useMoves(id);
  const save = useDealEvent(id);
  const [edits, setEdits] = useState<FieldValues>({});
  if (deal.isError) return <p role="alert">{t('common.error', { message: deal.error.message })}</p>;
  if (!deal.data || !regulation.data) return <p>{t('common.loading')}</p>;
  const d = deal.data;
  const reg = regulation.data.regulation;
  const stage = reg.stages.find((s) => s.key === d.stage);
  const defs = (reg.fields ?? {}) as Record<string, FieldDef>;
  const required = new Set(stage?.requiredFields ?? []);
  const fieldTitle = (k: string) => defs[k]?.title ?? k;
  const titles: Titles = {
    stage: (key) => reg.stages.find((s) => s.key === key)?.title ?? key ?? '',
    task: (key) =>
      (stage?.tasks.find((x) => x.key === key) ?? reg.stages.flatMap((s) => s.tasks).find((x) => x.key === key))
        ?.title ??
      key ??
      '',
    template: (tid) => (reg.templates as Array<{ id: string; title?: string }>).find((x) => x.id === tid)?.title ?? tid,
  };
  // The fields a blocked move waits for, and the moves each one would let through.
  const needed = new Map<string, string[]>();
  for (const m of moves.data ?? [])
    for (const r of m.reasons) if (r.field) needed.set(r.field, [...(needed.get(r.field) ?? []), m.event]);
  const value = (k: string) => (k in edits ? edits[k] : d.fields[k]);
  const outcomesOf = (task: Task) => {
    const def = stage?.tasks.find((x) => x.key === task.key) as { outcomes?: string[] } | undefined;
    return def?.outcomes;
  };
  const saveFields = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ type: 'FIELDS_UPDATED', fields: edits }, { onSuccess: () => setEdits({}) });
  };

  return (
    <article aria-labelledby="deal-title">
      <h1 id="deal-title">{t('deal.title', { client: String(d.client.name) })}</h1>
      <p className="muted">
        {t(`deal.status.${d.status}`)} · {t('deal.owner', { owner: name(d.owner) })}
      </p>
      <ClientPhones dealId={id} />
      <DealChain chain={d.chain} />
      <h2 id="path-title">{t('deal.path')}</h2>
      <ol className="stages" aria-labelledby="path-title">
        {reg.stages.map((s) => (
          <li key={s.key} aria-current={s.key === d.stage ? 'step' : undefined}>
            {s.title}
            {s.key === d.stage && <span className="visually-hidden"> ({t('deal.current')})</span>}
          </li>
        ))}
      </ol>
      <div className="grid">
        <section aria-labelledby="tasks-title">
          <h2 id="tasks-title">{t('deal.tasks')}</h2>
          <ul className="list">
            {d.tasks
              .filter((task) => task.status === 'open')
              .map((task) => (
                <TaskRow key={task.id} task={task} outcomes={outcomesOf(task)} fields={() => edits} />
              ))}
          </ul>
          <h2 id="moves-title">{t('deal.moves')}</h2>
          <div role="group" aria-labelledby="moves-title">
            <Moves dealId={id} moves={moves.data ?? []} edits={edits} fieldTitle={fieldTitle} titles={titles} />
          </div>
        </section>
        <section aria-labelledby="fields-title">
          <h2 id="fields-title">{t('deal.fields')}</h2>
          <form className="card" onSubmit={saveFields}>
            {Object.entries(defs).map(([key, def]) => {
              const inputId = `field-${key}`;
              const v = value(key);
              const set = (x: string | number | boolean) => setEdits({ ...edits, [key]: x });
              const neededFor = needed.get(key);
              const hintId = neededFor ? `${inputId}-needed` : undefined;
              return (
                <div className={neededFor ? 'field needed' : 'field'} key={key}>
                  <label htmlFor={inputId}>
                    {def.title}
                    {required.has(key) && (
                      <span className="required" aria-hidden="true">
                        {' '}
                        *
                      </span>
                    )}
                  </label>
                  {def.enum ? (
                    <select
                      id={inputId}
                      required={required.has(key)}
                      aria-describedby={hintId}
                      value={String(v ?? '')}
                      onChange={(e) => set(e.target.value)}
                    >
                      <option value="">—</option>
                      {def.enum.map((o) => (
                        <option key={String(o)}>{String(o)}</option>
                      ))}
                    </select>
                  ) : def.type === 'boolean' ? (
                    <input
                      id={inputId}
                      type="checkbox"
                      aria-describedby={hintId}
                      checked={v === true}
                      onChange={(e) => set(e.target.checked)}
                    />
                  ) : (
                    <input
                      id={inputId}
                      type={def.type === 'string' ? 'text' : 'number'}
                      required={required.has(key)}
                      aria-required={required.has(key)}
                      aria-describedby={hintId}
                      value={v === undefined || v === null ? '' : String(v)}
                      onChange={(e) => set(def.type === 'string' ? e.target.value : Number(e.target.value))}
                    />
                  )}
                  {neededFor && (
                    <p id={hintId} className="needed-hint">
                      {t('deal.neededFor', { move: neededFor.join(', ') })}
                    </p>
                  )}
                </div>
              );
            })}
            <div className="row">
              <button type="submit" disabled={save.isPending || Object.keys(edits).length === 0}>
                {t('deal.saveFields')}
              </button>
              <span role="status" className="ok-text">
                {save.isSuccess && Object.keys(edits).length === 0 ? t('deal.fieldsSaved') : ''}
              </span>
            </div>
            {save.error && <Refusal error={save.error} />}
          </form>
          <h2 id="templates-title">{t('deal.templates')}</h2>
          <div role="group" aria-labelledby="templates-title">
            <Templates dealId={id} titles={titles} />
          </div>
        </section>
      </div>
      <div className="grid">
        <section aria-labelledby="timeline-title">
          <h2 id="timeline-title">{t('deal.timeline')}</h2>
          <Timeline entries={timeline.data ?? []} titles={titles} />
        </section>
        <section aria-labelledby="decisions-title">
          <h2 id="decisions-title">{t('deal.decisions')}</h2>
          {decisions.data?.length === 0 && <p className="muted">{t('deal.noDecisions')}</p>}
          {!!decisions.data?.length && <Decisions decisions={decisions.data} titles={titles} />}
        </section>
      </div>
    </article>
  );
}
