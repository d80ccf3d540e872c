/**
 * The regulation's diagram as the API draws it (Graphviz SVG), inline; each
 * stage is a button that takes the editor to the stage's YAML. Stages a
 * plugin adds are marked. The markup comes from our own API and the page's
 * CSP refuses inline scripts, so inserting it is safe.
 */
import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useEditorI18n } from './i18n.js';
import type { DraftValidation } from './queries.js';

/** The stage a click or key landed on: Graphviz names each node's group with a <title>. */
function stageOf(target: EventTarget | null): string | undefined {
  const node = (target as Element | null)?.closest?.('g.node');
  const key = node?.querySelector('title')?.textContent ?? undefined;
  return key && key !== 'start' ? key : undefined;
}

export function Diagram(props: {
  svg: string | null;
  stale: boolean;
  stages: DraftValidation['stages'];
  onStage: (key: string) => void;
}) {
  const { s } = useEditorI18n();
  const host = useRef<HTMLDivElement>(null);
  const fromPlugins = props.stages.filter((st) => st.plugin);
  const [natural, setNatural] = useState(false);

  useEffect(() => {
    // Shrunk to fit unless that would make it unreadable (less than 60% of its size).
    const svg = host.current?.querySelector('svg');
    const natural = svg ? parseFloat(svg.getAttribute('width') ?? '0') * (4 / 3) : 0;
    setNatural(!!host.current && natural > host.current.clientWidth / 0.6);
    const titles = new Map(props.stages.map((st) => [st.key, st]));
    for (const node of host.current?.querySelectorAll('g.node') ?? []) {
      const key = node.querySelector('title')?.textContent ?? '';
      const stage = titles.get(key);
      if (!stage) continue;
      node.setAttribute('role', 'button');
      node.setAttribute('tabindex', '0');
      node.setAttribute('data-stage', key);
      // Named by what it shows (title, who, SLA, tasks), so the name matches the visible text.
      const shown = [...node.querySelectorAll('text')].map((t) => t.textContent?.trim()).filter(Boolean);
      node.setAttribute('aria-label', shown.join(' ') || stage.title);
      if (stage.plugin) node.classList.add('plugin-stage');
    }
  }, [props.svg, props.stages]);

  const click = (e: MouseEvent) => {
    const key = stageOf(e.target);
    if (key) props.onStage(key);
  };
  const key = (e: KeyboardEvent) => {
    const stage = stageOf(e.target);
    if (stage && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      props.onStage(stage);
    }
  };

  return (
    <section className="card diagram-card" aria-labelledby="diagram-title">
      <h2 id="diagram-title">{s('diagram.title')}</h2>
      <p className="muted">{s('diagram.hint')}</p>
      {props.stale && props.svg && <p className="badge warn">{s('diagram.stale')}</p>}
      {props.svg ? (
        <div
          ref={host}
          className={`diagram${props.stale ? ' stale' : ''}${natural ? ' natural' : ''}`}
          role="group"
          aria-label={s('diagram.label')}
          onClick={click}
          onKeyDown={key}
          dangerouslySetInnerHTML={{ __html: props.svg }}
        />
      ) : (
        <p className="muted">{s('diagram.none')}</p>
      )}
      {fromPlugins.length > 0 && (
        <>
          <h3>{s('diagram.pluginStages')}</h3>
          <ul className="list plugin-stages">
            {fromPlugins.map((st) => (
              <li key={st.key}>
                <span className="badge plugin">{st.plugin}</span>{' '}
                {s('diagram.pluginStage', { stage: st.title, plugin: st.plugin! })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
