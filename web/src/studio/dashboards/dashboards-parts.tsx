/** What the dashboards' views share: their props, a result's states, the CSV link, a numbers table. */
import type { ReactNode } from 'react';
import type { Filters, Params } from './queries.js';
import { useStudioI18n } from '../i18n.js';

/** What every view gets: the URL's params, a way to change them, and the API filters among them. */
export interface ViewProps {
  params: Params;
  setParams(next: Params): void;
  filters: Filters;
}

/** A result's loading, error or empty state, else its body. */
export function Result<T>(props: {
  query: { data?: T; error: Error | null };
  empty?: (data: T) => boolean;
  children: (data: T) => ReactNode;
}) {
  const { t } = useStudioI18n();
  if (props.query.error)
    return (
      <p role="alert" className="alert">
        {props.query.error.message}
      </p>
    );
  if (props.query.data === undefined)
    return (
      <p className="muted" aria-busy="true">
        …
      </p>
    );
  if (props.empty?.(props.query.data)) return <p className="muted">{t('dash.empty')}</p>;
  return <>{props.children(props.query.data)}</>;
}

/** A CSV download of one result: a plain link, the session cookie signs it. */
export function CsvLink({ href, what }: { href: string; what: string }) {
  const { t } = useStudioI18n();
  return (
    <a className="button secondary csv" href={href} download aria-label={t('dash.csvOf', { what })}>
      {t('dash.csv')}
    </a>
  );
}

/** A section's heading with its CSV link. */
export function Heading(props: { id: string; title: string; csv?: string }) {
  return (
    <div className="section-head">
      <h3 id={props.id}>{props.title}</h3>
      {props.csv && <CsvLink href={props.csv} what={props.title} />}
    </div>
  );
}

/** A scrollable table region named by its heading. */
export function TableBox(props: { labelledBy: string; children: ReactNode }) {
  return (
    <div className="scroll card table-box" tabIndex={0} role="region" aria-labelledby={props.labelledBy}>
      <table>{props.children}</table>
    </div>
  );
}
