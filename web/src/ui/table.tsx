/** The studio's tables: header cells, rows, the scrollable box around them, and the empty and error paragraphs. */
import type { ReactNode } from 'react';

/**
 * A table with one header row of column headings. By default it sits in a focusable, scrollable
 * region named by `labelledBy`; `plain` puts it in a card instead, naming the table itself.
 * A truthy `empty` is shown as a muted paragraph in place of the table.
 */
export function DataTable(props: {
  labelledBy: string;
  columns: ReactNode[];
  children: ReactNode;
  empty?: ReactNode;
  plain?: boolean;
}) {
  if (props.empty) return <p className="muted">{props.empty}</p>;
  const table = (
    <table aria-labelledby={props.plain ? props.labelledBy : undefined}>
      <thead>
        <tr>
          {props.columns.map((c, i) => (
            <th key={i} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{props.children}</tbody>
    </table>
  );
  if (props.plain) return <div className="card scroll">{table}</div>;
  return (
    <div className="scroll card table-box" tabIndex={0} role="region" aria-labelledby={props.labelledBy}>
      {table}
    </div>
  );
}

/** An error's message as an alert, or nothing. */
export function ErrorAlert({ error }: { error: Error | null | undefined }) {
  if (!error) return null;
  return (
    <p role="alert" className="alert">
      {error.message}
    </p>
  );
}
