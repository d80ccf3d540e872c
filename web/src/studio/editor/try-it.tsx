/**
 * Try it: a scenario (a preset, or edited as YAML) run by the simulator on
 * the draft as it is now; the timeline as a readable list and on a time axis,
 * reminders and escalations marked, times in the regulation's time zone.
 */
import { useCallback, useState, type FormEvent } from 'react';
import { parse } from 'yaml';
import { ApiError } from '../../api.js';
import { useEditorI18n, type EditorKey } from './i18n.js';
import { PRESETS, preset, scenarioText, type PresetName } from './scenarios.js';
import { useSimulate, type DraftValidation, type Scenario, type TimelineEntry } from './queries.js';
import { TimelineChart } from './timeline-chart.js';

export function TryIt(props: { id: string; source: string; draft: DraftValidation | undefined }) {
  const i18n = useEditorI18n();
  const { s } = i18n;
  const simulate = useSimulate();
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<PresetName | undefined>();
  const [parseError, setParseError] = useState<string | undefined>();
  const zone = props.draft?.timezone ?? 'UTC';
  const valid = props.draft?.valid === true;

  const pick = (name: PresetName) => {
    if (!props.draft) return;
    setChosen(name);
    setText(scenarioText(preset(name, props.draft)));
  };

  const run = (e: FormEvent) => {
    e.preventDefault();
    let scenario: Scenario;
    try {
      scenario = parse(text) as Scenario;
      setParseError(undefined);
    } catch (error) {
      setParseError((error as Error).message);
      return;
    }
    simulate.mutate({ id: props.id, source: props.source, scenario });
  };

  const describe = useCallback(
    (e: TimelineEntry) => {
      const parts = [
        i18n.s(`kind.${e.kind}` as EditorKey),
        e.stage ? `«${e.stage}»` : '',
        e.task ? `· ${e.task}` : '',
        e.level ? `· L${e.level}` : '',
        e.who?.length ? `→ ${e.who.join(', ')}` : '',
        e.reason ? `(${e.reason})` : '',
        e.detail ? `— ${e.detail}` : '',
      ];
      return parts.filter(Boolean).join(' ');
    },
    [i18n],
  );

  const result = simulate.data;
  const count = (kind: string) => result?.timeline.filter((e) => e.kind === kind).length ?? 0;

  return (
    <section aria-labelledby="try-title">
      <h2 id="try-title">{s('try.title')}</h2>
      {!valid && <p className="alert">{s('try.draftInvalid')}</p>}
      <form className="card" onSubmit={run}>
        <fieldset className="presets">
          <legend>{s('try.presets')}</legend>
          <div className="row">
            {PRESETS.map((name) => (
              <button
                key={name}
                type="button"
                className="secondary"
                aria-pressed={chosen === name}
                disabled={!valid}
                onClick={() => pick(name)}
              >
                {s(`try.preset.${name}` as EditorKey)}
              </button>
            ))}
          </div>
        </fieldset>
        <label htmlFor="scenario">{s('try.scenario')}</label>
        <textarea
          id="scenario"
          className="scenario"
          rows={12}
          spellCheck={false}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <div className="row">
          <button type="submit" disabled={!valid || !text.trim() || simulate.isPending}>
            {simulate.isPending ? s('try.running') : s('try.run')}
          </button>
          <span className="muted">{s('try.timezone', { zone })}</span>
        </div>
        {parseError && <p className="alert">{s('try.badScenario', { message: parseError })}</p>}
        {simulate.error && (
          <p className="alert" role="alert">
            {simulate.error instanceof ApiError ? simulate.error.message : String(simulate.error)}
          </p>
        )}
      </form>
      {result && (
        <div className="card" aria-live="polite">
          <p>
            <strong>
              {s('try.outcome', {
                stage: result.outcome.stage,
                status: i18n.t(`deal.status.${result.outcome.status}` as 'deal.status.active'),
                owner: result.outcome.owner ?? s('try.nobody'),
                at: i18n.zoned(result.outcome.at, zone),
              })}
            </strong>
          </p>
          <p className="row">
            <span className="badge reminder">{s('try.reminders', { count: count('reminder') })}</span>
            <span className="badge escalation">{s('try.escalations', { count: count('escalation') })}</span>
          </p>
          <h3>{s('try.axis')}</h3>
          <TimelineChart timeline={result.timeline} timeZone={zone} describe={describe} />
          <h3>{s('try.timeline')}</h3>
          <ol className="list sim-timeline" aria-label={s('try.timeline')}>
            {result.timeline.map((e, i) => (
              <li key={i} className={`kind-${e.kind.replace('.', '-')}`}>
                <time dateTime={e.at}>{i18n.zoned(e.at, zone)}</time>
                <span>{describe(e)}</span>
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
