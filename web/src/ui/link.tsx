/** An in-app link: a real `<a href>` (keyboard, new tab) that routes without reloading. */
import type { MouseEvent, ReactNode } from 'react';
import { navigate } from './navigate.js';

export function Link(props: { to: string; children: ReactNode; 'aria-label'?: string }) {
  const go = (e: MouseEvent) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey) return;
    e.preventDefault();
    navigate(props.to);
  };
  return (
    <a href={props.to} onClick={go} aria-label={props['aria-label']}>
      {props.children}
    </a>
  );
}
