/**
 * A deal's history in words: the timeline's lines and the rules' decisions as
 * sentences in the reader's language ("Assigned to Anna: least loaded with
 * skill construction"), with who and when.
 */
import { useI18n, type I18n, type MessageKey } from '../i18n/index.js';
import { useMe } from '../auth/queries.js';
import { type Decision, type TimelineEntry } from './queries.js';
import { useManagers } from '../team/queries.js';

/** Stage and task titles of the deal's regulation version, by key. */
export interface Titles {
  stage(key: string | undefined): string;
  task(key: string | undefined): string;
  template(id: string): string;
}

/** People by name where the reader may list people; by id otherwise (a manager sees their own name). */
export function useNames(): (id: string) => string {
  const me = useMe();
  const people = useManagers(!!me.data && me.data.role !== 'manager');
  return (id) => {
    if (id === me.data?.id) return me.data.name;
    return people.data?.find((p) => p.id === id)?.name ?? id;
  };
}

function timelineLine(e: TimelineEntry, i18n: I18n, titles: Titles, name: (id: string) => string): string {
  const { t } = i18n;
  const who = (e.who ?? []).map(name).join(', ') || '—';
  const task = titles.task(e.task);
  switch (e.kind) {
    case 'stage.entered':
      return t('tl.stage.entered', { stage: titles.stage(e.stage) });
    case 'stage.left':
      return t('tl.stage.left', { stage: titles.stage(e.stage) });
    case 'task.created':
      return e.dueAt
        ? t('tl.task.createdDue', { task, who, due: i18n.dateTime(e.dueAt) })
        : t('tl.task.created', { task, who });
    case 'task.completed':
      return e.detail ? t('tl.task.completedWith', { task, outcome: e.detail }) : t('tl.task.completed', { task });
    case 'task.cancelled':
      return t('tl.task.cancelled', { task });
    case 'task.retimed':
      return e.dueAt ? t('tl.task.retimed', { task, due: i18n.dateTime(e.dueAt) }) : t('tl.task.retimedNone', { task });
    case 'reminder':
      return t('tl.reminder', { task, who });
    case 'escalation':
      return t('tl.escalation', {
        level: e.level ?? 1,
        task: e.task ? task : t('tl.stageWork'),
        reason: e.reason ? t(`tl.reason.${e.reason}` as MessageKey) : '',
        who,
      });
    case 'deal.closed':
      return t('tl.deal.closed', {
        outcome: e.detail === 'won' || e.detail === 'lost' ? t(`deal.status.${e.detail}`) : (e.detail ?? ''),
      });
    case 'assigned':
      return t('tl.assigned', { who });
    case 'rejected':
      return t('tl.rejected', { detail: e.detail ?? e.reason ?? '' });
  }
}

type AssignmentOutcome = {
  owner?: string;
  strategy?: string;
  reason?: string;
  skill?: string;
  region?: string;
};

/** Why the rules chose this owner, in words: the strategy, then what it was limited to. */
function why(d: Decision, i18n: I18n): string {
  const { t } = i18n;
  const o = (d.outcome ?? {}) as AssignmentOutcome;
  const reason = o.reason ?? '';
  const parts: string[] = [];
  if (d.error) parts.push(t('dc.failed'));
  else if (d.rule === null) parts.push(t('dc.fallback'));
  else if (/no active manager matches/.test(reason)) parts.push(t('dc.noneMatches'));
  else if (o.strategy === 'round_robin') parts.push(t('dc.roundRobin'));
  else if (o.strategy === 'manager') parts.push(t('dc.named'));
  else if (o.strategy === 'sticky' && /keeps the client/.test(reason)) parts.push(t('dc.sticky'));
  else if (o.strategy) {
    const load = (d.alternatives as Array<{ id?: string; load?: number }>).find((a) => a.id === o.owner)?.load;
    parts.push(load === undefined ? t('dc.leastLoadedNoLoad') : t('dc.leastLoaded', { load }));
  } else parts.push(t('dc.stage'));
  if (o.skill) parts.push(t('dc.skill', { skill: o.skill }));
  if (o.region) parts.push(t('dc.region', { region: o.region }));
  if (d.rule) parts.push(t('dc.rule', { rule: d.rule }));
  return parts.join(', ');
}

function decisionLine(d: Decision, i18n: I18n, titles: Titles, name: (id: string) => string): string {
  const { t } = i18n;
  const o = (d.outcome ?? {}) as Record<string, unknown>;
  // A task decision is about the task's id: deal:visit:key.
  const task = titles.task(d.subject?.split(':').pop());
  switch (d.kind) {
    case 'assignment':
      // An assignment with a subject is a reassignment by an escalation (its timer's id).
      return t(d.subject ? 'dc.reassigned' : 'dc.assigned', {
        owner: name(String(o.owner ?? '')),
        why: why(d, i18n),
      });
    case 'reminders':
      return t('dc.reminders', { task, count: Array.isArray(o.reminders) ? o.reminders.length : 0 });
    case 'templates':
      return t('dc.templates', { task, templates: ((o.templates as string[]) ?? []).map(titles.template).join(', ') });
    case 'escalation': {
      const who = ((o.notified as string[]) ?? []).map(name).join(', ') || '—';
      return o.reassignedTo
        ? t('dc.escalationReassigned', { level: Number(o.level ?? 1), who, owner: name(String(o.reassignedTo)) })
        : t('dc.escalation', { level: Number(o.level ?? 1), who });
    }
  }
}

export function Timeline({ entries, titles }: { entries: TimelineEntry[]; titles: Titles }) {
  const i18n = useI18n();
  const name = useNames();
  return (
    <ol className="list card history">
      {entries.map((e, i) => (
        <li key={i}>
          <time dateTime={e.at} className="muted">
            {i18n.dateTime(e.at)}
          </time>{' '}
          <span>{timelineLine(e, i18n, titles, name)}</span>
        </li>
      ))}
    </ol>
  );
}

export function Decisions({ decisions, titles }: { decisions: Decision[]; titles: Titles }) {
  const i18n = useI18n();
  const name = useNames();
  return (
    <ol className="list card history">
      {decisions.map((d) => (
        <li key={d.id}>
          <time dateTime={d.at} className="muted">
            {i18n.dateTime(d.at)}
          </time>{' '}
          <span>{decisionLine(d, i18n, titles, name)}</span>
        </li>
      ))}
    </ol>
  );
}
