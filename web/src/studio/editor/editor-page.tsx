/**
 * One regulation in the studio (`/studio/regulations/:id`, or `/studio/new`):
 * the YAML and its live diagram, a dry run, the diff and publishing, moving
 * running deals. The draft lives here, shared by the tabs; it is validated
 * through the API as the director types (debounced, the stale answer dropped).
 */
import type { EditorView } from '@codemirror/view';
import { useEffect, useRef, useState } from 'react';
import { navigate } from '../../ui/navigate.js';
import { Diagram } from './diagram.js';
import { useEditorI18n, type EditorKey } from './i18n.js';
import { MigratePanel } from './migrate.js';
import { PublishPanel } from './publish.js';
import { useSchema, useSource, validateDraft, type DraftValidation } from './queries.js';
import { TryIt } from './try-it.js';
import { goToLine, stageLine, YamlEditor } from './yaml-editor.js';

/** How long the typing pauses before the draft is checked. */
const DEBOUNCE_MS = 250;

const TEMPLATE = `id: new_regulation
title: New regulation
calendar: { timezone: Europe/Moscow, workingDays: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' }
escalation:
  chain:
    - { to: head, after: PT4H }
stages:
  - key: first_call
    title: First call
    tasks:
      - { key: call, title: Call the client, due: PT2H, kind: call }
    on:
      QUALIFIED: won
      LOST: { to: lost, enforce: false }
  - { key: won, title: Won, final: won }
  - { key: lost, title: Lost, final: lost }
`;

type Tab = 'edit' | 'try' | 'publish' | 'migrate';
const TABS: Tab[] = ['edit', 'try', 'publish', 'migrate'];

function initialTab(): Tab {
  const tab = new URLSearchParams(window.location.search).get('tab');
  return TABS.includes(tab as Tab) ? (tab as Tab) : 'edit';
}

export function EditorPage({ id }: { id: string | undefined }) {
  const { s } = useEditorI18n();
  const source = useSource(id);
  if (id && source.isLoading) return <p>{s('editor.checking')}</p>;
  if (id && source.error) return <p className="alert">{s('editor.loadFailed', { message: source.error.message })}</p>;
  const text = id ? source.data!.text : TEMPLATE;
  return (
    <Workbench
      key={`${id ?? 'new'}:${source.data?.version ?? 0}`}
      id={id}
      initial={text}
      version={source.data?.version}
    />
  );
}

function Workbench(props: { id: string | undefined; initial: string; version: number | undefined }) {
  const { s } = useEditorI18n();
  const schema = useSchema();
  const view = useRef<EditorView | null>(null);
  const [text, setText] = useState(props.initial);
  const [baseline, setBaseline] = useState(props.initial);
  const [draft, setDraft] = useState<DraftValidation | undefined>();
  const [lastValid, setLastValid] = useState<DraftValidation | undefined>();
  const [checking, setChecking] = useState(true);
  const [tab, setTab] = useState<Tab>(initialTab);
  const [published, setPublished] = useState(props.version);

  // Checked a moment after the typing stops; an answer to an older text is dropped.
  useEffect(() => {
    setChecking(true);
    const abort = new AbortController();
    const timer = setTimeout(() => {
      validateDraft(text, abort.signal)
        .then((result) => {
          if (abort.signal.aborted) return;
          setDraft(result);
          if (result.valid) setLastValid(result);
          setChecking(false);
        })
        .catch(() => {
          if (!abort.signal.aborted) setChecking(false);
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [text]);

  const choose = (next: Tab) => {
    setTab(next);
    const url = new URL(window.location.href);
    if (next === 'edit') url.searchParams.delete('tab');
    else url.searchParams.set('tab', next);
    window.history.replaceState(null, '', url);
  };

  const toStage = (key: string) => {
    const line = stageLine(text, key) ?? stageLine(text, 'plugins');
    const plugins = text.split('\n').findIndex((l) => /^plugins:/.test(l));
    const target = line ?? (plugins >= 0 ? plugins + 1 : undefined);
    if (view.current && target) goToLine(view.current, target);
  };

  const onPublished = (id: string, version: number, reverted: boolean) => {
    setPublished(version);
    if (!props.id) navigate(`/studio/regulations/${encodeURIComponent(id)}?tab=publish`);
    else if (!reverted) setBaseline(text);
  };

  const title = draft?.title ?? lastValid?.title;
  const problems = draft?.problems ?? [];
  const routeId = props.id ?? draft?.id ?? 'new_regulation';
  const state = checking ? 'checking' : problems.length ? 'invalid' : 'valid';

  return (
    <div className="workbench">
      <h1>{props.id ? s('editor.title', { title: title ?? props.id }) : s('editor.newTitle')}</h1>
      <p className="row muted">
        {props.id && <code>{props.id}</code>}
        {text !== baseline ? s('editor.unpublished') : published ? s('editor.published', { version: published }) : ''}
      </p>
      <div role="tablist" aria-label={s('editor.tabs')} className="tabs">
        {TABS.filter((t) => t !== 'migrate' || props.id).map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            id={`tab-${t}`}
            aria-controls={`panel-${t}`}
            aria-selected={tab === t}
            className={tab === t ? '' : 'secondary'}
            onClick={() => choose(t)}
          >
            {s(`editor.tab.${t}` as EditorKey)}
          </button>
        ))}
      </div>

      <div role="tabpanel" id="panel-edit" aria-labelledby="tab-edit" hidden={tab !== 'edit'} className="studio-split">
        <section className="card editor-card" aria-labelledby="editor-label">
          <h2 id="editor-label">{s('editor.text')}</h2>
          <p className="muted">{s('editor.hint')}</p>
          <p role="status" aria-live="polite" className={`check-state ${state}`} data-state={state}>
            {checking
              ? s('editor.checking')
              : problems.length
                ? s('editor.problems', { count: problems.length })
                : s('editor.valid')}
          </p>
          <YamlEditor
            initial={props.initial}
            label={s('editor.text')}
            schema={schema.data}
            problems={problems}
            onChange={setText}
            viewRef={view}
          />
          {problems.length > 0 && (
            <ol className="list problems" aria-label={s('editor.problems', { count: problems.length })}>
              {problems.map((p, i) => (
                <li key={i}>
                  <button
                    type="button"
                    className="link"
                    onClick={() => p.line !== null && view.current && goToLine(view.current, p.line)}
                  >
                    {p.line !== null
                      ? s('editor.problemAt', { line: p.line, column: p.column ?? 1 })
                      : s('editor.problemNoLine')}
                  </button>
                  : {p.message} <code className="muted">{p.pointer}</code>
                </li>
              ))}
            </ol>
          )}
        </section>
        <Diagram
          svg={draft?.svg ?? lastValid?.svg ?? null}
          stale={!!draft && !draft.valid}
          stages={(draft?.valid ? draft : lastValid)?.stages ?? []}
          onStage={toStage}
        />
      </div>
      <div role="tabpanel" id="panel-try" aria-labelledby="tab-try" hidden={tab !== 'try'}>
        {tab === 'try' && <TryIt id={routeId} source={text} draft={draft} />}
      </div>
      <div role="tabpanel" id="panel-publish" aria-labelledby="tab-publish" hidden={tab !== 'publish'}>
        {tab === 'publish' && <PublishPanel id={props.id} source={text} draft={draft} onPublished={onPublished} />}
      </div>
      {props.id && (
        <div role="tabpanel" id="panel-migrate" aria-labelledby="tab-migrate" hidden={tab !== 'migrate'}>
          {tab === 'migrate' && <MigratePanel id={props.id} publishedVersion={published} />}
        </div>
      )}
    </div>
  );
}
