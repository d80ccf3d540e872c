/**
 * Diff and publish: what the draft changes against the published version,
 * publishing it with a comment, the version history (who, when, why) and
 * revert (an older version published again as the newest).
 */
import { useState, type FormEvent } from 'react';
import { useEditorI18n } from './i18n.js';
import { useDraftDiff, usePublish, useRevert, useVersions, type DraftValidation } from './queries.js';
import { DataTable } from '../../ui/table.js';

function changeClass(line: string): string {
  return line.startsWith('+') ? 'added' : line.startsWith('-') ? 'removed' : 'changed';
}

export function PublishPanel(props: {
  id: string | undefined;
  source: string;
  draft: DraftValidation | undefined;
  onPublished: (id: string, version: number, reverted: boolean) => void;
}) {
  const i18n = useEditorI18n();
  const { s } = i18n;
  const id = props.id ?? props.draft?.id ?? undefined;
  const valid = props.draft?.valid === true;
  const versions = useVersions(id);
  const published = (versions.data?.length ?? 0) > 0;
  const diff = useDraftDiff(id, props.source, valid && published);
  const publish = usePublish();
  const revert = useRevert();
  const [comment, setComment] = useState('');
  const [notice, setNotice] = useState<string | undefined>();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!id) return;
    publish.mutate(
      { id, source: props.source, comment },
      {
        onSuccess: (r) => {
          setNotice(r.created ? s('publish.done', { version: r.version }) : s('publish.same'));
          setComment('');
          props.onPublished(id, r.version, false);
        },
      },
    );
  };

  const newest = versions.data?.at(-1)?.version;

  return (
    <section aria-labelledby="publish-title">
      <h2 id="publish-title">{s('publish.diff')}</h2>
      <div className="card">
        {!valid && <p className="alert">{s('publish.invalid')}</p>}
        {valid && !published && <p>{s('publish.firstVersion')}</p>}
        {diff.data && (
          <>
            <p className="muted">{s('publish.diffAgainst', { version: diff.data.from })}</p>
            {diff.data.text.length === 0 ? (
              <p>{s('publish.noChanges')}</p>
            ) : (
              <ul className="list diff" aria-label={s('publish.diff')}>
                {diff.data.text.map((line, i) => (
                  <li key={i} className={changeClass(line)}>
                    {line}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
        <form onSubmit={submit} className="publish-form">
          <div className="field">
            <label htmlFor="publish-comment">{s('publish.comment')}</label>
            <input id="publish-comment" value={comment} onChange={(e) => setComment(e.target.value)} maxLength={2000} />
          </div>
          <button type="submit" disabled={!valid || !id || publish.isPending}>
            {s('publish.submit')}
          </button>
        </form>
        <div role="status" aria-live="polite">
          {notice && <p className="notice">{notice}</p>}
        </div>
        {publish.error && (
          <p className="alert" role="alert">
            {s('publish.failed', { message: publish.error.message })}
          </p>
        )}
      </div>

      {published && (
        <>
          <h2 id="history-title">{s('history.title')}</h2>
          <DataTable
            plain
            labelledBy="history-title"
            columns={[
              s('history.version'),
              s('history.who'),
              s('history.when'),
              s('history.comment'),
              <span key="revert" className="visually-hidden">
                {s('history.revert')}
              </span>,
            ]}
          >
            {[...(versions.data ?? [])].reverse().map((v) => (
              <tr key={v.version}>
                <th scope="row">
                  {v.version}
                  {v.version === newest && <span className="badge current">{s('history.current')}</span>}
                </th>
                <td>{v.publishedBy}</td>
                <td>{i18n.dateTime(v.publishedAt)}</td>
                <td>{v.comment ?? s('common.none')}</td>
                <td>
                  {v.version !== newest && (
                    <button
                      type="button"
                      className="secondary"
                      aria-label={s('history.revertVersion', { version: v.version })}
                      disabled={revert.isPending}
                      onClick={() =>
                        revert.mutate(
                          { id: id!, version: v.version },
                          {
                            onSuccess: (r) => {
                              setNotice(s('history.reverted', { from: v.version, version: r.version }));
                              props.onPublished(id!, r.version, true);
                            },
                          },
                        )
                      }
                    >
                      {s('history.revert')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </section>
  );
}
