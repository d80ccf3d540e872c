/** A deal: where it is on its regulation's path, its tasks, its fields, the moves its stage allows, its history. */
import { useState, type FormEvent } from 'react';
import { ApiError } from '../api.js';
import { useI18n } from '../i18n.js';
import {
  useCompleteTask,
  useDeal,
  useDealEvent,
  useDecisions,
  useRegulation,
  useTimeline,
  type FieldValues,
  type Task,
} from '../queries.js';

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
  const { t, dateTime } = useI18n();
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
        {task.required && <span className="badge">{t('deal.required')}</span>}
        {task.dueAt && <span className="muted">{t('inbox.due', { due: dateTime(task.dueAt) })}</span>}
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

function Refusal({ error }: { error: Error }) {
  const { t } = useI18n();
  const reasons = error instanceof ApiError ? error.reasons : [error.message];
  return (
    <div role="alert" className="alert">
      <strong>{t('deal.refused')}</strong>
      <ul>
        {reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
    </div>
  );
}

export function DealPage({ id }: { id: string }) {
  const { t, dateTime } = useI18n();
  const deal = useDeal(id);
  const regulation = useRegulation(deal.data?.regulationId, deal.data?.regulationVersion);
  const timeline = useTimeline(id);
  const decisions = useDecisions(id);
  const move = useDealEvent(id);
  const [edits, setEdits] = useState<FieldValues>({});
  if (deal.isError) return <p role="alert">{t('common.error', { message: deal.error.message })}</p>;
  if (!deal.data || !regulation.data) return <p>{t('common.loading')}</p>;
  const d = deal.data;
  const reg = regulation.data.regulation;
  const stage = reg.stages.find((s) => s.key === d.stage);
  const defs = (reg.fields ?? {}) as Record<string, FieldDef>;
  const required = new Set(stage?.requiredFields ?? []);
  const value = (k: string) => (k in edits ? edits[k] : d.fields[k]);
  const changed = () => edits;
  const outcomesOf = (task: Task) => {
    const def = stage?.tasks.find((x) => x.key === task.key) as { outcomes?: string[] } | undefined;
    return def?.outcomes;
  };

  return (
    <article aria-labelledby="deal-title">
      <h1 id="deal-title">{t('deal.title', { client: String(d.client.name) })}</h1>
      <p className="muted">
        {t(`deal.status.${d.status}`)} · {t('deal.owner', { owner: d.owner })}
      </p>
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
                <TaskRow key={task.id} task={task} outcomes={outcomesOf(task)} fields={changed} />
              ))}
          </ul>
          <h2 id="moves-title">{t('deal.moves')}</h2>
          <div className="row" role="group" aria-labelledby="moves-title">
            {Object.keys(stage?.on ?? {}).length === 0 && <p className="muted">{t('deal.noMoves')}</p>}
            {Object.keys(stage?.on ?? {}).map((event) => (
              <button
                key={event}
                type="button"
                className="secondary"
                disabled={move.isPending}
                onClick={() => move.mutate({ type: event, fields: edits })}
              >
                {event}
              </button>
            ))}
          </div>
          {move.error && <Refusal error={move.error} />}
        </section>
        <section aria-labelledby="fields-title">
          <h2 id="fields-title">{t('deal.fields')}</h2>
          <div className="card">
            {Object.entries(defs).map(([key, def]) => {
              const inputId = `field-${key}`;
              const v = value(key);
              const set = (x: string | number | boolean) => setEdits({ ...edits, [key]: x });
              return (
                <div className="field" key={key}>
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
                      value={String(v ?? '')}
                      onChange={(e) => set(e.target.value)}
                    >
                      <option value="">—</option>
                      {def.enum.map((o) => (
                        <option key={String(o)}>{String(o)}</option>
                      ))}
                    </select>
                  ) : def.type === 'boolean' ? (
                    <input id={inputId} type="checkbox" checked={v === true} onChange={(e) => set(e.target.checked)} />
                  ) : (
                    <input
                      id={inputId}
                      type={def.type === 'string' ? 'text' : 'number'}
                      required={required.has(key)}
                      aria-required={required.has(key)}
                      value={v === undefined || v === null ? '' : String(v)}
                      onChange={(e) => set(def.type === 'string' ? e.target.value : Number(e.target.value))}
                    />
                  )}
                </div>
              );
            })}
          </div>
        </section>
      </div>
      <div className="grid">
        <section aria-labelledby="timeline-title">
          <h2 id="timeline-title">{t('deal.timeline')}</h2>
          <ol className="list card">
            {(timeline.data ?? []).map((e, i) => (
              <li key={i}>
                <span className="muted">{dateTime(e.at)}</span> {e.kind} {e.stage ?? ''} {e.task ?? ''}{' '}
                {e.detail ?? e.reason ?? ''}
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="decisions-title">
          <h2 id="decisions-title">{t('deal.decisions')}</h2>
          {decisions.data?.length === 0 && <p className="muted">{t('deal.noDecisions')}</p>}
          <ol className="list card" hidden={!decisions.data?.length}>
            {(decisions.data ?? []).map((x) => (
              <li key={x.id}>
                <span className="muted">{dateTime(x.at)}</span> {x.kind} {x.rule ?? ''} {x.subject ?? ''}
              </li>
            ))}
          </ol>
        </section>
      </div>
    </article>
  );
}
