/** Copies a text to the clipboard and says so ("copied") in a live region next to it. */
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/index.js';

export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useI18n();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 4_000);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className="row">
      <button type="button" className="secondary" aria-label={label} onClick={() => void copy()}>
        {t('deal.copy')}
      </button>
      <span role="status" className={state === 'failed' ? 'error-text' : 'ok-text'}>
        {state === 'copied' ? t('deal.copied') : state === 'failed' ? t('deal.copyFailed') : ''}
      </span>
    </span>
  );
}
