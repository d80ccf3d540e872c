/**
 * Moving running deals to a newer version: the stage mapping chosen here
 * (each old stage to a new one, or left as is), the dry-run plan (which deals
 * move where, which tasks end and start), then the durable migration job
 * with live progress and its report.
 */
import { useEffect, useMemo, useState } from 'react';
import { Link } from '../../ui/link.js';
import { useEditorI18n } from './i18n.js';
import { useJob, usePlanMigration, useStartMigration, useVersion, useVersions, type MigrationPlan } from './queries.js';

type Report = MigrationPlan & {
  migrated: Array<{ dealId: string; stage: string }>;
  failed: Array<{ dealId: string; error: string }>;
};

/** A deal as a person knows it: its client, with the id when there is no name. */
function nameOf(plan: MigrationPlan, dealId: string): string {
  const client = [...plan.moves, ...plan.unmapped].find((m) => m.dealId === dealId)?.client;
  return client ? `${client} (${dealId})` : dealId;
}

function PlanTable({ plan }: { plan: MigrationPlan }) {
  const { s } = useEditorI18n();
  return (
    <div className="scroll">
      <table aria-label={s('migrate.planTitle', { moves: plan.moves.length, left: plan.unmapped.length })}>
        <thead>
          <tr>
            <th scope="col">{s('migrate.deal')}</th>
            <th scope="col">{s('migrate.owner')}</th>
            <th scope="col">{s('migrate.move')}</th>
            <th scope="col">{s('migrate.cancel')}</th>
            <th scope="col">{s('migrate.create')}</th>
          </tr>
        </thead>
        <tbody>
          {plan.moves.map((m) => (
            <tr key={m.dealId}>
              <th scope="row">
                <Link to={`/deal/${encodeURIComponent(m.dealId)}`}>{m.client ?? m.dealId}</Link>
              </th>
              <td>{m.owner}</td>
              <td>
                {m.fromStage} → {m.toStage}
              </td>
              <td>{m.cancelTasks.join(', ') || s('common.none')}</td>
              <td>{m.createTasks.join(', ') || s('common.none')}</td>
            </tr>
          ))}
          {plan.unmapped.map((u) => (
            <tr key={u.dealId} className="unmapped">
              <th scope="row">
                <Link to={`/deal/${encodeURIComponent(u.dealId)}`}>{u.client ?? u.dealId}</Link>
              </th>
              <td />
              <td>
                {u.stage}: {s('migrate.unmapped')}
              </td>
              <td colSpan={2}>{u.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function MigratePanel(props: { id: string; publishedVersion: number | undefined }) {
  const { s } = useEditorI18n();
  const versions = useVersions(props.id);
  const numbers = useMemo(() => (versions.data ?? []).map((v) => v.version), [versions.data]);
  const [from, setFrom] = useState<number | undefined>();
  const [to, setTo] = useState<number | undefined>();
  const [stageMap, setStageMap] = useState<Record<string, string>>({});
  const [jobId, setJobId] = useState<string | undefined>();
  const plan = usePlanMigration();
  const start = useStartMigration();
  const job = useJob(jobId);

  // Default: from the version before the newest to the newest (again after each publish).
  useEffect(() => {
    const newest = numbers.at(-1);
    if (newest && newest > 1) {
      setTo(newest);
      setFrom(newest - 1);
    }
  }, [numbers, props.publishedVersion]);

  const fromVersion = useVersion(props.id, from);
  const toVersion = useVersion(props.id, to);
  const oldStages = useMemo(
    () => (fromVersion.data?.regulation.stages ?? []).filter((st) => !st.final),
    [fromVersion.data],
  );
  const newStages = useMemo(() => toVersion.data?.regulation.stages ?? [], [toVersion.data]);

  // Each old stage maps to the new stage of the same key, when there is one.
  useEffect(() => {
    const keys = new Set(newStages.map((st) => st.key));
    setStageMap(Object.fromEntries(oldStages.filter((st) => keys.has(st.key)).map((st) => [st.key, st.key])));
    plan.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [oldStages, newStages]);

  if (numbers.length < 2) return <p className="card">{s('migrate.needTwo')}</p>;
  const request = from && to ? { id: props.id, from, to, stageMap } : undefined;
  const report = job.data?.status === 'done' ? (job.data.report as Report | null) : null;

  return (
    <section aria-labelledby="migrate-title">
      <h2 id="migrate-title">{s('migrate.title')}</h2>
      <div className="card">
        <div className="row">
          <div className="field">
            <label htmlFor="migrate-from">{s('migrate.from')}</label>
            <select id="migrate-from" value={from ?? ''} onChange={(e) => setFrom(Number(e.target.value))}>
              {numbers.slice(0, -1).map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="migrate-to">{s('migrate.to')}</label>
            <select id="migrate-to" value={to ?? ''} onChange={(e) => setTo(Number(e.target.value))}>
              {numbers
                .filter((n) => !from || n > from)
                .map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
            </select>
          </div>
        </div>
        <fieldset className="stage-map">
          <legend>{s('migrate.map')}</legend>
          {oldStages.map((st) => (
            <div className="field map-row" key={st.key}>
              <label htmlFor={`map-${st.key}`}>{s('migrate.mapFor', { stage: st.title })}</label>
              <select
                id={`map-${st.key}`}
                value={stageMap[st.key] ?? ''}
                onChange={(e) => {
                  const next = { ...stageMap };
                  if (e.target.value) next[st.key] = e.target.value;
                  else delete next[st.key];
                  setStageMap(next);
                  plan.reset();
                }}
              >
                <option value="">{s('migrate.leave')}</option>
                {newStages.map((n) => (
                  <option key={n.key} value={n.key}>
                    {n.title} ({n.key})
                  </option>
                ))}
              </select>
            </div>
          ))}
        </fieldset>
        <div className="row">
          <button
            type="button"
            className="secondary"
            disabled={!request || plan.isPending}
            onClick={() => request && plan.mutate(request)}
          >
            {s('migrate.plan')}
          </button>
          <button
            type="button"
            disabled={!plan.data || plan.data.moves.length === 0 || start.isPending || job.data?.status === 'running'}
            onClick={() => request && start.mutate(request, { onSuccess: (started) => setJobId(started.jobId) })}
          >
            {s('migrate.apply')}
          </button>
        </div>
        {(plan.error ?? start.error) && (
          <p className="alert" role="alert">
            {(plan.error ?? start.error)!.message}
          </p>
        )}
      </div>

      {plan.data && (
        <div className="card">
          <h3>{s('migrate.planTitle', { moves: plan.data.moves.length, left: plan.data.unmapped.length })}</h3>
          {plan.data.moves.length + plan.data.unmapped.length === 0 ? (
            <p>{s('migrate.noDeals', { version: plan.data.from })}</p>
          ) : (
            <PlanTable plan={plan.data} />
          )}
        </div>
      )}

      {job.data && (
        <div className="card" role="status" aria-live="polite">
          <progress
            max={Math.max(job.data.total, 1)}
            value={job.data.done + job.data.failed}
            aria-label={s('migrate.progress', { done: job.data.done, total: job.data.total, failed: job.data.failed })}
          />
          <p>{s('migrate.progress', { done: job.data.done, total: job.data.total, failed: job.data.failed })}</p>
          {job.data.status === 'failed' && (
            <p className="alert">{s('migrate.failedJob', { message: job.data.error ?? '' })}</p>
          )}
          {report && (
            <>
              <h3>
                {s('migrate.report', {
                  migrated: report.migrated.length,
                  failed: report.failed.length,
                  left: report.unmapped.length,
                })}
              </h3>
              <ul className="list report">
                {report.migrated.map((m) => (
                  <li key={m.dealId}>
                    ✓ {nameOf(report, m.dealId)} → {m.stage}
                  </li>
                ))}
                {report.failed.map((f) => (
                  <li key={f.dealId} className="failed">
                    ✗ {nameOf(report, f.dealId)}: {f.error}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
